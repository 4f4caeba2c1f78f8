#pragma once

#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <functional>

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

    /// The misspelled words of a block, as [start, end) positions in its text; empty when none
    /// or not known yet. Set by the spelling checker; they are drawn with a red wavy line.
    using Misspellings = std::function<QList<std::pair<int, int>>(const QTextBlock &)>;
    void setMisspellings(Misspellings misspellings);

protected:
    void highlightBlock(const QString &text) override;

private:
    Misspellings m_misspellings;
};

} // namespace plenary::gui
