#pragma once

#include "mergeconflict.h"

#include <QString>

namespace plenary {

/// Two conflicting texts of a paragraph as one text holding both as an alternative group
/// attributed to their delegations: "to [Alt 1 (EU): strengthen] [Alt 2 (RU): enhance] border
/// management;" (docs/merge.md). The words both texts open and close with stay outside the group
/// when that leaves the text's brackets, opening words and other groups as they were;
/// otherwise the whole texts are the options.
class AlternativeText
{
public:
    /// Ours is always Alt 1 and theirs Alt 2. If both texts read without markup problems, so
    /// does the result.
    [[nodiscard]] static QString build(const QString &ours, const QString &theirs,
                                       const MergeSides &sides);
    /// One text against its removal: the removing side's option is empty ("[Alt 1 (EU):]").
    [[nodiscard]] static QString againstRemoval(const QString &text, bool oursRemoved,
                                                const MergeSides &sides);
};

} // namespace plenary
