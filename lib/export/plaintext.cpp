#include "plaintext.h"

#include "document/numbering.h"
#include "document/paragraphmarkup.h"

namespace plenary {

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
                          const QString &draftLabel)
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
        out += line + QLatin1String("\n\n");
    }
    return out;
}

} // namespace plenary
