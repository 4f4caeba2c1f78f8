#include "printhtml.h"

#include "document/numbering.h"
#include "document/paragraphid.h"
#include "render/documenthtml.h"
#include "render/html.h"

#include <QFile>
#include <QRegularExpression>

namespace plenary {

using render::escapeHtml;
using render::HtmlContext;

namespace {

// The superscript markers of the notes on one paragraph, each a link to its note.
QString noteMarkers(const QList<const CommentNote *> &notes)
{
    QString html = QLatin1String("<sup class=\"note-ref\">");
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString number = QString::number(notes[i]->number);
        if (i > 0)
            html += QLatin1String(",");
        html += QLatin1String("<a href=\"#") + PrintHtml::noteId(notes[i]->number) +
                QLatin1String("\">") + number + QLatin1String("</a>");
    }
    return html + QLatin1String("</sup>");
}

QString noteEntry(const Document &document, const Numbering &numbering, const CommentNote &note)
{
    const CommentThread &thread = *note.thread;
    QString html = QLatin1String("<div class=\"note\" id=\"") + PrintHtml::noteId(note.number) +
                   QLatin1String("\">\n<div class=\"note-head\"><span class=\"note-number\">") +
                   QString::number(note.number) + QLatin1String("</span> ");
    if (note.paragraph >= 0) {
        const QString reference = escapeHtml(numbering.reference(note.paragraph));
        const QString &id = document.paragraphs[note.paragraph].id;
        if (ParagraphId::isValid(id))
            html += QLatin1String("<a class=\"note-paragraph\" href=\"#") +
                    escapeHtml(render::DocumentHtml::fragmentId(id), HtmlContext::Attribute) +
                    QLatin1String("\">") + reference + QLatin1String("</a>");
        else
            html += QLatin1String("<span class=\"note-paragraph\">") + reference +
                    QLatin1String("</span>");
    } else {
        html += QLatin1String("<span class=\"note-paragraph\">#") + escapeHtml(thread.paragraphId) +
                QLatin1String("</span>");
    }
    html += QLatin1String(" <span class=\"note-byline\">") +
            escapeHtml(CommentNotes::byline(thread.delegation, thread.author, thread.time)) +
            QLatin1String("</span></div>\n");
    if (thread.quote)
        html += QLatin1String("<div class=\"note-quote\">") +
                escapeHtml(PrintHtml::tr("\u201C%1\u201D").arg(thread.quote->text)) +
                QLatin1String("</div>\n");
    html += QLatin1String("<div class=\"note-text\">") + escapeHtml(thread.body) +
            QLatin1String("</div>\n");
    for (const CommentReply &reply : thread.replies)
        html += QLatin1String("<div class=\"note-reply\"><span class=\"note-byline\">") +
                escapeHtml(PrintHtml::tr("%1:").arg(
                    CommentNotes::byline(reply.delegation, reply.author, reply.time))) +
                QLatin1String("</span> ") + escapeHtml(reply.body) + QLatin1String("</div>\n");
    return html + QLatin1String("</div>\n");
}

} // namespace

QString PrintHtml::symbol(const QString &symbol, int revisionNumber)
{
    if (revisionNumber <= 0 || symbol.isEmpty())
        return symbol;
    return symbol + QLatin1String("/Rev.") + QString::number(revisionNumber);
}

int PrintHtml::revisionNumber(const QString &tag)
{
    static const QRegularExpression shape(QStringLiteral("^Rev\\.([1-9][0-9]{0,3})$"));
    const QRegularExpressionMatch match = shape.match(tag);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString PrintHtml::styleSheet()
{
    QFile file(QStringLiteral(":/plenary/export/print.css"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the print stylesheet is missing from plenaryexport's resources");
    return QString::fromUtf8(file.readAll());
}

QString PrintHtml::noteId(int number)
{
    return QLatin1String("note-") + QString::number(number);
}

QString PrintHtml::notesSection(const Document &document, const QList<CommentNote> &notes)
{
    if (notes.isEmpty())
        return {};
    const Numbering numbering(document);
    QString html = QLatin1String("<section class=\"notes\">\n");
    bool inText = false;
    bool gone = false;
    for (const CommentNote &note : notes) {
        if (note.paragraph >= 0 && !inText) {
            inText = true;
            html += QLatin1String("<h2 class=\"notes-heading\">") +
                    escapeHtml(tr("Open comments")) + QLatin1String("</h2>\n");
        } else if (note.paragraph < 0 && !gone) {
            gone = true;
            html += QLatin1String("<h2 class=\"notes-heading\">") +
                    escapeHtml(tr("Open comments on paragraphs no longer in the text")) +
                    QLatin1String("</h2>\n");
        }
        html += noteEntry(document, numbering, note);
    }
    return html + QLatin1String("</section>\n");
}

QString PrintHtml::page(const Document &document, const Options &options)
{
    Document issued = document;
    issued.header.symbol = symbol(document.header.symbol, options.revisionNumber);
    const render::DocumentHtml body(issued);
    const DocumentHeader &header = issued.header;

    QString html;
    html.reserve(8192 + issued.paragraphs.size() * 600);
    // @page size overrides the layout printToPdf is given, so the page names its paper.
    html += render::pageHead(header.language, header.title,
                             render::DocumentHtml::styleSheet() + styleSheet() +
                                 (options.paper == Paper::Letter
                                      ? QLatin1String("@page { size: letter; }\n")
                                      : QLatin1String("@page { size: A4; }\n")));
    html += QLatin1String("<body class=\"print ") + documentKindKeyword(header.kind) +
            (options.draft ? QLatin1String(" draft") : QString()) +
            (options.lineNumbers ? QLatin1String(" line-numbers") : QString()) +
            QLatin1String("\">\n");
    if (options.draft)
        html += QLatin1String("<div class=\"draft-mark\"><span class=\"draft-word\">") +
                escapeHtml(tr("DRAFT")) + QLatin1String("</span><span class=\"draft-revision\">") +
                escapeHtml(options.revisionLabel) + QLatin1String("</span></div>\n");
    html += body.masthead();
    html += QLatin1String("<h1 class=\"title\">") + escapeHtml(header.title) +
            QLatin1String("</h1>\n<main>\n");
    for (qsizetype i = 0; i < issued.paragraphs.size(); ++i) {
        QString paragraph = body.paragraph(i);
        const QList<const CommentNote *> notes = CommentNotes::on(options.notes, i);
        // The markers go inside the paragraph's element, after its last word.
        if (!notes.isEmpty())
            paragraph.insert(paragraph.lastIndexOf(QLatin1String("</")), noteMarkers(notes));
        html += paragraph;
    }
    html += QLatin1String("</main>\n");
    html += notesSection(issued, options.notes);
    html += QLatin1String("</body>\n</html>\n");
    return html;
}

} // namespace plenary
