#pragma once

#include "document/paragraph.h"

#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>

namespace plenary::gui {

/// Where a paragraph's identity and negotiation state live in the editor: properties of its
/// text block's format, so that every change to them is part of the document's undo history.
/// A cross-reference `{#id}` is one inline object character (U+FFFC) whose character format
/// names the paragraph it cites, so that it shows the cited paragraph's current number.
namespace ParagraphFormat {

enum Property
{
    Id = QTextFormat::UserProperty + 1,
    Kind,
    Status,
    Numbered,
    CrossReferenceTarget,
};

/// The object type of a cross-reference character.
inline constexpr int kCrossReferenceObject = QTextFormat::UserObject + 1;

[[nodiscard]] Paragraph paragraphOf(const QTextBlock &block);
/// The block format carrying a paragraph's identity and state (its text is not included),
/// laid out for a left-to-right or right-to-left text.
[[nodiscard]] QTextBlockFormat formatFor(const Paragraph &paragraph, bool rightToLeft = false);
[[nodiscard]] QString idOf(const QTextBlock &block);
[[nodiscard]] ParagraphKind kindOf(const QTextBlock &block);
[[nodiscard]] ParagraphStatus statusOf(const QTextBlock &block);
/// How deep a paragraph sits: headings and the chapeau 0, paragraphs 1, sub-paragraphs 2, 3.
[[nodiscard]] int levelOf(ParagraphKind kind);

/// A block's text in the file's form: cross-reference objects written as `{#id}`.
[[nodiscard]] QString textOf(const QTextBlock &block);
/// The character format of a cross-reference to paragraph `id`.
[[nodiscard]] QTextCharFormat crossReferenceFormat(const QString &id);
/// Whether a character format is that of a cross-reference.
[[nodiscard]] bool isCrossReference(const QTextCharFormat &format);
/// Inserts text in the file's form at the cursor, each `{#id}` as a cross-reference object.
void insertText(QTextCursor &cursor, QStringView text);

/// Where an index into the paragraph's text in the file's form (textOf) lies in the block: a
/// `{#id}` is one character there. An index inside a reference maps to the reference's start.
[[nodiscard]] int positionInBlock(const QTextBlock &block, qsizetype textIndex);
/// The index into textOf(block) of a position in the block.
[[nodiscard]] qsizetype textIndexOf(const QTextBlock &block, int positionInBlock);

} // namespace ParagraphFormat

} // namespace plenary::gui
