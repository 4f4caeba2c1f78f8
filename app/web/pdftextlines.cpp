#include "pdftextlines.h"

#include <QCoreApplication>
#include <algorithm>
#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <vector>

namespace plenary::web {

namespace {

// Below the baseline, glyphs descend about a fifth of their size (0.21–0.24 em in the serif
// and sans-serif fonts pages print with); a word's box reaches down by the font's descent.
constexpr double kDescent = 0.22;

struct Word
{
    double left, right, top, bottom, size; // top and bottom measured down from the page's top
    [[nodiscard]] double middle() const { return (top + bottom) / 2; }
};

struct Line
{
    double left, right, top, bottom;
    double size;       // of its largest word
    double wordBottom; // the bottom of that word
};

// poppler reports problems in a file on standard error; they become the error returned here.
void quiet(const std::string &, void *)
{
}

QString message(const char *text)
{
    return QCoreApplication::translate("PdfTextLines", text);
}

} // namespace

Result<QList<QList<PdfTextLine>>> PdfTextLines::read(const QByteArray &pdf, double maxFontSize)
{
    poppler::set_debug_error_function(quiet, nullptr);
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(pdf.constData(), int(pdf.size())));
    if (!document)
        return Error::failed(message("the PDF could not be read to number its lines"));
    if (document->is_locked())
        return Error::failed(message("the PDF is encrypted: its lines cannot be numbered"));

    QList<QList<PdfTextLine>> pages;
    for (int index = 0; index < document->pages(); ++index) {
        const std::unique_ptr<poppler::page> page(document->create_page(index));
        if (!page)
            return Error::failed(
                message("page %1 of the PDF could not be read to number its lines").arg(index + 1));
        const poppler::rectf media = page->page_rect(poppler::media_box);

        std::vector<Word> words;
        for (const poppler::text_box &box :
             page->text_list(poppler::page::text_list_include_font)) {
            const poppler::rectf r = box.bbox();
            if (box.get_font_size() > maxFontSize || r.width() <= 0 || r.height() <= 0)
                continue;
            words.push_back({r.left(), r.right(), r.top(), r.bottom(), box.get_font_size()});
        }
        std::sort(words.begin(), words.end(),
                  [](const Word &a, const Word &b) { return a.middle() < b.middle(); });

        std::vector<Line> lines;
        for (const Word &word : words) {
            if (!lines.empty()) {
                Line &line = lines.back();
                const double lineMiddle = (line.top + line.bottom) / 2;
                if ((word.middle() >= line.top && word.middle() <= line.bottom) ||
                    (lineMiddle >= word.top && lineMiddle <= word.bottom)) {
                    line.left = std::min(line.left, word.left);
                    line.right = std::max(line.right, word.right);
                    line.top = std::min(line.top, word.top);
                    line.bottom = std::max(line.bottom, word.bottom);
                    if (word.size > line.size ||
                        (word.size == line.size && word.bottom > line.wordBottom)) {
                        line.size = word.size;
                        line.wordBottom = word.bottom;
                    }
                    continue;
                }
            }
            lines.push_back({word.left, word.right, word.top, word.bottom, word.size, word.bottom});
        }

        // From poppler's page coordinates (down from the top of the media box) to the PDF's.
        const double pageTop = media.y() + media.height();
        QList<PdfTextLine> result;
        result.reserve(qsizetype(lines.size()));
        for (const Line &line : lines)
            result.append({media.x() + line.left, media.x() + line.right, pageTop - line.top,
                           pageTop - line.bottom,
                           pageTop - (line.wordBottom - kDescent * line.size)});
        pages.append(result);
    }
    return pages;
}

} // namespace plenary::web
