#pragma once

#include "tokenizer.h"

#include <QList>
#include <QStringView>

namespace plenary::compare {

/// What a stretch of a redline is.
enum class SegmentKind : quint8
{
    Equal,    ///< in both texts
    Deleted,  ///< only in the old text
    Inserted, ///< only in the new text
};

/// A stretch of a redline: a range of the old text (Equal, Deleted), of the new text (Equal,
/// Inserted), or of both. Ranges are in UTF-16 units of the paragraph's text.
struct TextSegment
{
    SegmentKind kind = SegmentKind::Equal;
    qsizetype oldBegin = 0;
    qsizetype oldEnd = 0;
    qsizetype newBegin = 0;
    qsizetype newEnd = 0;

    bool operator==(const TextSegment &) const = default;
};

/// Figures of a redline, for the summary.
struct TokenDiffCounts
{
    int wordsInserted = 0;
    int wordsDeleted = 0;
    int bracketsOpened = 0; ///< '[' inserted
    int bracketsClosed = 0; ///< '[' deleted
};

/// A word-level redline of two texts, read as a lawyer's redline: Myers' O(ND) difference on
/// tokens (Tokenizer), its work bounded as git bounds it, then a semantic cleanup that joins
/// changes separated by short common stretches into phrases. See docs/comparison.md.
class TokenDiff
{
public:
    /// The smallest cost limit; larger inputs get the square root of their token count, as in
    /// git's xdiff. Beyond the limit the difference is still correct, but no longer minimal.
    static constexpr int kMinimumCostLimit = 256;

    /// Compares two texts. `costLimit` 0 chooses the limit from the sizes as git does.
    [[nodiscard]] static TokenDiff compute(QStringView oldText, QStringView newText,
                                           int costLimit = 0);

    /// The redline in reading order; a Deleted segment comes before the Inserted one that
    /// replaces it. Equal segments are never adjacent to each other, nor are two changes of the
    /// same kind.
    [[nodiscard]] const QList<TextSegment> &segments() const { return m_segments; }
    /// True when the search hit its cost limit somewhere: the redline is correct but may mark
    /// more text than the smallest difference would.
    [[nodiscard]] bool isBounded() const { return m_bounded; }
    [[nodiscard]] const TokenDiffCounts &counts() const { return m_counts; }

private:
    QList<TextSegment> m_segments;
    TokenDiffCounts m_counts;
    bool m_bounded = false;
};

} // namespace plenary::compare
