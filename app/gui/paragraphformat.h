#pragma once

#include "document/paragraph.h"

#include <QTextBlock>
#include <QTextBlockFormat>

namespace plenary::gui {

/// Where a paragraph's identity and negotiation state live in the editor: properties of its
/// text block's format, so that every change to them is part of the document's undo history.
namespace ParagraphFormat {

enum Property
{
    Id = QTextFormat::UserProperty + 1,
    Kind,
    Status,
    Numbered,
};

[[nodiscard]] Paragraph paragraphOf(const QTextBlock &block);
/// The block format carrying a paragraph's identity and state (its text is not included).
[[nodiscard]] QTextBlockFormat formatFor(const Paragraph &paragraph);
[[nodiscard]] QString idOf(const QTextBlock &block);
[[nodiscard]] ParagraphKind kindOf(const QTextBlock &block);
[[nodiscard]] ParagraphStatus statusOf(const QTextBlock &block);

} // namespace ParagraphFormat

} // namespace plenary::gui
