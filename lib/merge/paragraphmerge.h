#pragma once

#include "core/result.h"
#include "document/document.h"
#include "mergeconflict.h"
#include "mergeresult.h"

#include <QCoreApplication>

namespace plenary {

/// The three-way merge of a document, paragraph by paragraph keyed by identifier and field by
/// field (docs/merge.md): one side's change is taken, alike changes are one, different changes
/// of the same field are conflicts; insertions of both sides are kept, moves are kept and
/// combined with the other side's edits, and the header merges field by field.
class ParagraphMerge
{
    Q_DECLARE_TR_FUNCTIONS(ParagraphMerge)

public:
    /// Merges `ours` and `theirs`, both descended from `base`. An error for a delegation code
    /// that is not one (2 to 12 characters from A-Z, 0-9 and '-', starting with a letter) and for
    /// a version whose paragraphs lack identifiers or repeat one (a text read with errors).
    [[nodiscard]] static Result<MergeResult> merge(const Document &base, const Document &ours,
                                                   const Document &theirs, const MergeSides &sides);
};

} // namespace plenary
