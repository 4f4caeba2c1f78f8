#include "paragraphformat.h"

#include "document/paragraphmarkup.h"

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

int levelOf(ParagraphKind kind)
{
    switch (kind) {
    case ParagraphKind::Heading:
    case ParagraphKind::Chapeau:
        return 0;
    case ParagraphKind::Sub:
        return 2;
    case ParagraphKind::SubSub:
        return 3;
    default:
        return 1;
    }
}

Paragraph paragraphOf(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    Paragraph p;
    p.id = format.stringProperty(Id);
    p.kind = ParagraphKind(format.intProperty(Kind));
    p.status = ParagraphStatus(format.intProperty(Status));
    p.numbered = format.boolProperty(Numbered);
    p.text = textOf(block);
    return p;
}

QTextBlockFormat formatFor(const Paragraph &paragraph, bool rightToLeft)
{
    QTextBlockFormat format;
    format.setProperty(Id, paragraph.id);
    format.setProperty(Kind, int(paragraph.kind));
    format.setProperty(Status, int(paragraph.status));
    format.setProperty(Numbered, paragraph.numbered);
    // The room on the reading side holds the number, which hangs as in a conference document.
    const int indent = std::max(levelOf(paragraph.kind), 1) * 56;
    if (rightToLeft) {
        format.setLayoutDirection(Qt::RightToLeft);
        format.setRightMargin(indent);
    } else {
        format.setLeftMargin(indent);
    }
    format.setBottomMargin(paragraph.kind == ParagraphKind::Heading ? 14 : 10);
    format.setTopMargin(paragraph.kind == ParagraphKind::Heading ? 14 : 0);
    return format;
}

QString textOf(const QTextBlock &block)
{
    QString text;
    text.reserve(block.length());
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (!isCrossReference(format)) {
            text += fragment.text();
            continue;
        }
        const QString token =
            QLatin1String("{#") + format.stringProperty(CrossReferenceTarget) + QLatin1Char('}');
        for (const QChar c : fragment.text())
            text += c == QChar::ObjectReplacementCharacter ? token : QString(c);
    }
    return text;
}

QTextCharFormat crossReferenceFormat(const QString &id)
{
    QTextCharFormat format;
    format.setObjectType(kCrossReferenceObject);
    format.setProperty(CrossReferenceTarget, id);
    return format;
}

bool isCrossReference(const QTextCharFormat &format)
{
    return format.objectType() == kCrossReferenceObject;
}

void insertText(QTextCursor &cursor, QStringView text)
{
    const QTextCharFormat plain;
    qsizetype at = 0;
    for (const CrossReference &ref : ParagraphMarkup::analyse(text).crossReferences) {
        if (ref.begin > at)
            cursor.insertText(text.mid(at, ref.begin - at).toString(), plain);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), crossReferenceFormat(ref.id));
        at = ref.begin + ref.length;
    }
    if (at < text.size())
        cursor.insertText(text.mid(at).toString(), plain);
    // What is typed next is text, not another reference.
    cursor.setCharFormat(plain);
}

namespace {

// Calls visit(blockOffset, textIndex, textLength) for every character of the block, where
// textLength is how long the character is in the file's form.
template<typename Visit> void walk(const QTextBlock &block, Visit visit)
{
    int offset = 0;
    qsizetype index = 0;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        const qsizetype reference =
            isCrossReference(format) ? format.stringProperty(CrossReferenceTarget).size() + 3 : 1;
        const QString t = fragment.text();
        for (const QChar c : t) {
            const qsizetype length = c == QChar::ObjectReplacementCharacter ? reference : 1;
            if (!visit(offset, index, length))
                return;
            ++offset;
            index += length;
        }
    }
    visit(offset, index, 0); // the end of the block
}

} // namespace

int positionInBlock(const QTextBlock &block, qsizetype textIndex)
{
    int found = 0;
    walk(block, [&](int offset, qsizetype index, qsizetype length) {
        found = offset;
        return index + length <= textIndex && length > 0;
    });
    return found;
}

qsizetype textIndexOf(const QTextBlock &block, int position)
{
    qsizetype found = 0;
    walk(block, [&](int offset, qsizetype index, qsizetype) {
        found = index;
        return offset < position;
    });
    return found;
}

} // namespace plenary::gui::ParagraphFormat
