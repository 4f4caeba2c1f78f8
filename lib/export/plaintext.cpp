#include "plaintext.h"

#include "document/numbering.h"
#include "document/paragraphmarkup.h"

namespace plenary {

namespace {

const QLatin1String kIndent("    ");

// Text of several lines, each line indented.
QString indented(const QString &text)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += kIndent + line + QLatin1Char('\n');
    return out;
}

} // namespace

QString PlainText::notesSection(const Document &document, const QList<CommentNote> &notes)
{
    if (notes.isEmpty())
        return {};
    const Numbering numbering(document);
    QString out;
    bool inText = false;
    bool gone = false;
    for (const CommentNote &note : notes) {
        const CommentThread &thread = *note.thread;
        if (note.paragraph >= 0 && !inText) {
            inText = true;
            out += tr("Open comments") + QLatin1String("\n\n");
        } else if (note.paragraph < 0 && !gone) {
            gone = true;
            out += tr("Open comments on paragraphs no longer in the text") + QLatin1String("\n\n");
        }
        const QString reference = note.paragraph >= 0 ? numbering.reference(note.paragraph)
                                                      : QLatin1Char('#') + thread.paragraphId;
        out += QLatin1Char('[') + QString::number(note.number) + QLatin1String("] ") + reference +
               QStringLiteral(" \u2014 ") +
               CommentNotes::byline(thread.delegation, thread.author, thread.time) +
               QLatin1Char('\n');
        if (thread.quote)
            out += indented(tr("\u201C%1\u201D").arg(thread.quote->text));
        out += indented(thread.body);
        for (const CommentReply &reply : thread.replies)
            out += indented(
                tr("%1:").arg(CommentNotes::byline(reply.delegation, reply.author, reply.time)) +
                QLatin1Char(' ') + reply.body);
        out += QLatin1Char('\n');
    }
    return out;
}

QString PlainText::paragraphText(const Document &document, qsizetype index)
{
    const QString &text = document.paragraphs[index].text;
    const ParagraphMarkup markup = ParagraphMarkup::analyse(text);
    const Numbering numbering(document);
    QString out;
    out.reserve(text.size());
    qsizetype nextRef = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (nextRef < markup.crossReferences.size() && markup.crossReferences[nextRef].begin == i) {
            const CrossReference &ref = markup.crossReferences[nextRef++];
            const qsizetype target = document.indexOf(ref.id);
            out += target >= 0 ? numbering.citation(target) : text.mid(i, ref.length);
            i += ref.length;
            continue;
        }
        if (markup.hasLead() && (i == 0 || i == markup.leadEnd)) {
            ++i; // the asterisks around the opening words
            continue;
        }
        out += text[i++];
    }
    return out;
}

QString PlainText::render(const Document &document, const QString &symbol,
                          const QString &draftLabel, const QList<CommentNote> &notes)
{
    const DocumentHeader &header = document.header;
    const Numbering numbering(document);
    QString out;
    if (!draftLabel.isEmpty())
        out += tr("DRAFT \u2014 %1").arg(draftLabel) + QLatin1String("\n\n");
    if (!header.conference.isEmpty())
        out += header.conference + QLatin1Char('\n');
    if (!symbol.isEmpty())
        out += symbol + QLatin1Char('\n');
    if (!header.date.isEmpty())
        out += header.date + QLatin1Char('\n');
    out += QLatin1Char('\n') + header.title + QLatin1String("\n\n");
    for (qsizetype i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &p = document.paragraphs[i];
        QString indent;
        if (p.kind == ParagraphKind::Sub)
            indent = QStringLiteral("    ");
        else if (p.kind == ParagraphKind::SubSub)
            indent = QStringLiteral("        ");
        QString line = indent;
        if (p.isDeleted())
            line += tr("[deleted]") + QLatin1Char(' ');
        if (isNumberedKind(p.kind)) {
            line += numbering.label(i);
            if (p.kind == ParagraphKind::Operative || p.kind == ParagraphKind::Narrative)
                line += QLatin1Char('.');
            line += QLatin1Char(' ');
        }
        line += paragraphText(document, i);
        const QList<const CommentNote *> markers = CommentNotes::on(notes, i);
        if (!markers.isEmpty()) {
            line += QLatin1Char(' ');
            for (const CommentNote *note : markers)
                line += QLatin1Char('[') + QString::number(note->number) + QLatin1Char(']');
        }
        out += line + QLatin1String("\n\n");
    }
    return out + notesSection(document, notes);
}

} // namespace plenary
