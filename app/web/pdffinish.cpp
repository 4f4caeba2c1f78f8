#include "pdffinish.h"

#include "pdftextlines.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <exception>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <string>

namespace plenary::web {

namespace {

constexpr double kFontSize = 9;        // the page number
constexpr double kFootFromBottom = 28; // points: about 10 mm, inside the 18 mm bottom margin
const char *const kFontName = "/PlenaryPageNumber"; // also the line numbers' font

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// A PDF date: D:YYYYMMDDHHmmSS+HH'mm'.
std::string pdfDate(const QDateTime &when)
{
    const int offset = when.offsetFromUtc() / 60;
    const QString zone = offset == 0 ? QStringLiteral("Z")
                                     : QStringLiteral("%1%2'%3'")
                                           .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                           .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                                           .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return utf8(QLatin1String("D:") + when.toString(QStringLiteral("yyyyMMddHHmmss")) + zone);
}

// Line numbers: small, grey, set off from the text's column by a gap.
constexpr double kLineNumberSize = 7.5;
constexpr double kLineNumberGap = 6;
// A line starting this much nearer the page's edge than the column does is not in it: the
// masthead and the notes start a whole 10 mm nearer.
constexpr double kColumnTolerance = 10;
// Text larger than this is no line of the text: the draft mark is 28 and 100 pt (print.css).
constexpr double kLargestTextSize = 20;

// The width of a run of digits and slashes in Helvetica (digits 556, slash 278 thousandths).
double helveticaWidth(const std::string &text, double size)
{
    double width = 0;
    for (const char c : text)
        width += c == '/' ? 278 : 556;
    return width * size / 1000;
}

std::string number(double value)
{
    return std::to_string(value);
}

// "n/N", centred at the foot of the page.
std::string pageNumber(const QPDFObjectHandle::Rectangle &box, std::size_t index, std::size_t total)
{
    const std::string label = std::to_string(index + 1) + '/' + std::to_string(total);
    const double x = (box.llx + box.urx - helveticaWidth(label, kFontSize)) / 2;
    const double y = box.lly + kFootFromBottom;
    return "0 g BT " + std::string(kFontName) + ' ' + number(kFontSize) + " Tf " + number(x) + ' ' +
           number(y) + " Td (" + label + ") Tj ET\n";
}

// 1, 2, 3 … beside each line of the text's column, on the baseline of the line.
std::string lineNumbers(const QPDFObjectHandle::Rectangle &box, const QList<PdfTextLine> &lines,
                        const PdfDocumentInfo &info)
{
    std::string content;
    int count = 0;
    for (const PdfTextLine &line : lines) {
        const bool inColumn = info.rightToLeft
                                  ? line.right <= box.urx - info.textColumnInset + kColumnTolerance
                                  : line.left >= box.llx + info.textColumnInset - kColumnTolerance;
        if (!inColumn)
            continue;
        const std::string label = std::to_string(++count);
        const double x = info.rightToLeft ? box.urx - info.textColumnInset + kLineNumberGap
                                          : box.llx + info.textColumnInset - kLineNumberGap -
                                                helveticaWidth(label, kLineNumberSize);
        content += "BT " + std::string(kFontName) + ' ' + number(kLineNumberSize) + " Tf " +
                   number(x) + ' ' + number(line.baseline) + " Td (" + label + ") Tj ET\n";
    }
    return content.empty() ? content : "0.45 g\n" + content;
}

// Draws `overlays[i]` over page i in the page's own coordinates, in the standard Helvetica.
void overlay(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages,
             const std::vector<std::string> &overlays)
{
    QPDFObjectHandle font = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (overlays[i].empty())
            continue;
        QPDFPageObjectHelper &page = pages[i];
        QPDFObjectHandle resources = page.getAttribute("/Resources", true);
        if (!resources.isDictionary()) {
            resources = QPDFObjectHandle::newDictionary();
            page.getObjectHandle().replaceKey("/Resources", resources);
        }
        QPDFObjectHandle fonts = resources.getKey("/Font");
        if (!fonts.isDictionary()) {
            fonts = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/Font", fonts);
        }
        fonts.replaceKey(kFontName, font);
        // The printed content may leave its graphics state changed: it is wrapped in q … Q so
        // that the overlay is drawn in the page's own coordinates, from black.
        page.addPageContents(QPDFObjectHandle::newStream(&pdf, "q\n"), true);
        page.addPageContents(QPDFObjectHandle::newStream(&pdf, "Q\nq\n" + overlays[i] + "Q\n"),
                             false);
    }
}

void setInfo(QPDF &pdf, const PdfDocumentInfo &info)
{
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle dictionary = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    auto set = [&dictionary](const char *key, const QString &value) {
        if (!value.isEmpty())
            dictionary.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
    };
    set("/Title", info.title);
    set("/Author", info.author);
    set("/Subject", info.subject);
    set("/Keywords", info.keywords.join(QLatin1String(", ")));
    set("/Creator", info.creator);
    if (info.created.isValid()) {
        dictionary.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(info.created)));
        dictionary.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(info.created)));
    }
    trailer.replaceKey("/Info", dictionary);
    pdf.getRoot().removeKey("/Metadata");
}

} // namespace

Result<QByteArray> finishPdf(const QByteArray &pdf, const PdfDocumentInfo &info)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        // The lines are measured before anything is drawn over the pages.
        QList<QList<PdfTextLine>> lines;
        if (info.lineNumbers) {
            auto measured = PdfTextLines::read(pdf, kLargestTextSize);
            if (!measured)
                return measured.error();
            lines = std::move(measured.value());
        }
        document.processMemoryFile("printed document", pdf.constData(), std::size_t(pdf.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
        if (info.lineNumbers && std::size_t(lines.size()) != pages.size())
            return Error::failed(QCoreApplication::translate(
                                     "PdfFinish", "the PDF has %1 pages, of which %2 were read")
                                     .arg(pages.size())
                                     .arg(lines.size()));
        std::vector<std::string> overlays(pages.size());
        for (std::size_t i = 0; i < pages.size(); ++i) {
            const QPDFObjectHandle::Rectangle box = pages[i].getMediaBox().getArrayAsRectangle();
            if (info.lineNumbers)
                overlays[i] += lineNumbers(box, lines[qsizetype(i)], info);
            if (info.pageNumbers)
                overlays[i] += pageNumber(box, i, pages.size());
        }
        overlay(document, pages, overlays);
        setInfo(document, info);
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Error::failed(
            QCoreApplication::translate("PdfFinish", "the PDF could not be finished: %1")
                .arg(QString::fromStdString(e.what())));
    }
}

} // namespace plenary::web
