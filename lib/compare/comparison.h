#pragma once

#include "document/document.h"
#include "tokendiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace plenary::compare {

/// Where a paragraph entry of a comparison stands.
enum class Placement : quint8
{
    Kept,      ///< in both revisions, in the same order relative to the other kept paragraphs
    Added,     ///< only in the new revision
    Removed,   ///< only in the old revision (taken out of the text, not marked deleted)
    MovedHere, ///< in both, at another place: this entry is where it is now, with its redline
    MovedAway, ///< the place the moved paragraph had in the old revision (no text of its own)
};

/// One paragraph of a comparison, aligned by identifier.
struct ParagraphDifference
{
    Placement placement = Placement::Kept;
    qsizetype oldIndex = -1; ///< index in Comparison::oldDocument(), -1 when Added
    qsizetype newIndex = -1; ///< index in Comparison::newDocument(), -1 when Removed
    bool textChanged = false;
    bool statusChanged = false; ///< "agreed ad ref → agreed", "proposed → deleted"
    bool kindChanged = false;   ///< "pp → op"
    bool bounded = false;       ///< the redline hit the cost limit (TokenDiff::isBounded)
    /// The redline of the text: all Equal when unchanged, one Inserted for an added paragraph,
    /// one Deleted for a removed one, empty for MovedAway (the redline is at MovedHere).
    QList<TextSegment> segments;
    TokenDiffCounts counts;

    [[nodiscard]] bool isMoved() const
    {
        return placement == Placement::MovedHere || placement == Placement::MovedAway;
    }
    /// Anything to report: placement, text, status or kind. Renumbering alone is nothing.
    [[nodiscard]] bool isChanged() const
    {
        return placement != Placement::Kept || textChanged || statusChanged || kindChanged;
    }
};

/// The figures of a comparison, for its heading and `plenary diff --stat`.
struct ComparisonSummary
{
    int added = 0;
    int removed = 0;       ///< taken out of the text
    int markedDeleted = 0; ///< status changed to deleted (the paragraph stays, struck through)
    int changed = 0;       ///< text changed
    int moved = 0;
    int statusChanged = 0; ///< status changes other than to deleted
    int kindChanged = 0;
    int bracketsOpened = 0;
    int bracketsClosed = 0;
    int wordsInserted = 0;
    int wordsDeleted = 0;
    int boundedParagraphs = 0;  ///< paragraphs whose redline hit the cost limit
    bool headerChanged = false; ///< title, symbol, date or other header fields differ

    [[nodiscard]] bool isIdentical() const;
};

struct ComparisonOptions
{
    /// The token diff's cost limit per paragraph; 0 chooses it from the size, as git does.
    int costLimit = 0;
};

/// Two revisions of a negotiated text compared paragraph by paragraph, as negotiators read a
/// redline: paragraphs aligned by identifier (renumbering is no change), moves found as the
/// paragraphs outside the longest common sequence of identifiers, status and kind changes, and
/// a word-level redline of each changed text. Entries come in reading order of the new
/// revision, removed paragraphs and the old places of moved ones where they stood in the old.
/// A value: safe to build on a worker thread and hand to a view.
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    Comparison() = default;

    /// Compares `older` with `newer` (either may be the later revision: the comparison reads
    /// from the first to the second).
    [[nodiscard]] static Comparison compare(Document older, Document newer,
                                            const ComparisonOptions &options = {});

    [[nodiscard]] const Document &oldDocument() const { return m_old; }
    [[nodiscard]] const Document &newDocument() const { return m_new; }
    [[nodiscard]] const QList<ParagraphDifference> &paragraphs() const { return m_paragraphs; }
    [[nodiscard]] const ComparisonSummary &summary() const { return m_summary; }

    /// The text of a segment on its side: the old text for Deleted, the new one otherwise.
    [[nodiscard]] QStringView segmentText(const ParagraphDifference &paragraph,
                                          const TextSegment &segment) const;

    /// The summary in one line: "2 paragraphs added, 1 deleted, 5 changed, 1 moved; …".
    [[nodiscard]] QString summaryText() const;

private:
    Document m_old;
    Document m_new;
    QList<ParagraphDifference> m_paragraphs;
    ComparisonSummary m_summary;
};

} // namespace plenary::compare
