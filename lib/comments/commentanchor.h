#pragma once

#include "quote.h"

#include <QString>
#include <QStringView>

namespace plenary {

class Document;
struct CommentThread;

/// Where a comment stands in the current text: its paragraph (found by identifier, so moves and
/// renumbering never lose it) and the span its quote now covers.
struct CommentAnchor
{
    /// How much of a quote two texts must share for a changed quote still to be found: one minus
    /// the edit distance over the longer of the two spans (docs/repository.md).
    static constexpr double kFuzzyThreshold = 0.75;
    /// Quotes are searched approximately only while quote length × paragraph length stays under
    /// this many steps; beyond it only exact matches are found.
    static constexpr qsizetype kMaxFuzzyCells = 16 * 1024 * 1024;

    enum class State
    {
        Paragraph,   ///< a comment on the whole paragraph (no quote)
        Exact,       ///< the quote is in the text word for word
        Fuzzy,       ///< the quote was edited; the closest span above the threshold is shown
        TextChanged, ///< the quote is gone; the comment stays on its paragraph
        Orphaned     ///< the paragraph is no longer in the text (removed or cleaned away)
    };

    State state = State::Orphaned;
    qsizetype paragraphIndex = -1; ///< index in Document::paragraphs; -1 when orphaned
    qsizetype start = -1;          ///< UTF-16 index in Paragraph::text; -1 without a span
    qsizetype length = 0;          ///< UTF-16 length of the span
    double similarity = 0;         ///< 1 for exact matches

    [[nodiscard]] bool hasSpan() const { return start >= 0; }

    /// Finds `quote` in `text`: exactly (preferring the occurrence whose surroundings match the
    /// stored context, then the one nearest the stored offset), else the most similar span at or
    /// above kFuzzyThreshold, else TextChanged. paragraphIndex is left at -1.
    [[nodiscard]] static CommentAnchor locate(const Quote &quote, QStringView text);

    /// Places a thread in a document: its paragraph by identifier, then its quote in that
    /// paragraph's text.
    [[nodiscard]] static CommentAnchor place(const CommentThread &thread, const Document &document);
};

} // namespace plenary
