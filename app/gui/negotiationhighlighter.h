#pragma once

#include <QSyntaxHighlighter>

namespace plenary::gui {

/// Draws what negotiators look for in the text: opening words in italics, square brackets by
/// nesting level, alternatives and their delegations, unbalanced brackets, cross-references,
/// and deleted paragraphs struck through. Works block by block, so a keystroke re-highlights
/// only its paragraph.
class NegotiationHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit NegotiationHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace plenary::gui
