#include "paragraphformat.h"

namespace plenary::gui::ParagraphFormat {

QString idOf(const QTextBlock &block)
{
    return block.blockFormat().stringProperty(Id);
}

ParagraphKind kindOf(const QTextBlock &block)
{
    return ParagraphKind(block.blockFormat().intProperty(Kind));
}

ParagraphStatus statusOf(const QTextBlock &block)
{
    return ParagraphStatus(block.blockFormat().intProperty(Status));
}

Paragraph paragraphOf(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    Paragraph p;
    p.id = format.stringProperty(Id);
    p.kind = ParagraphKind(format.intProperty(Kind));
    p.status = ParagraphStatus(format.intProperty(Status));
    p.numbered = format.boolProperty(Numbered);
    p.text = block.text();
    return p;
}

QTextBlockFormat formatFor(const Paragraph &paragraph)
{
    QTextBlockFormat format;
    format.setProperty(Id, paragraph.id);
    format.setProperty(Kind, int(paragraph.kind));
    format.setProperty(Status, int(paragraph.status));
    format.setProperty(Numbered, paragraph.numbered);
    // The room on the left holds the number, which hangs as in a conference document.
    const int indent = paragraph.kind == ParagraphKind::Sub      ? 2
                       : paragraph.kind == ParagraphKind::SubSub ? 3
                                                                 : 1;
    format.setLeftMargin(indent * 56);
    format.setBottomMargin(paragraph.kind == ParagraphKind::Heading ? 14 : 10);
    format.setTopMargin(paragraph.kind == ParagraphKind::Heading ? 14 : 0);
    return format;
}

} // namespace plenary::gui::ParagraphFormat
