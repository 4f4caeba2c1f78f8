#pragma once

#include "document/paragraph.h"

#include <QFlags>
#include <QString>
#include <optional>

namespace plenary {

/// The delegations whose versions meet in a merge: "ours" (the branch merged into) and "theirs"
/// (the proposal merged), as delegation codes ("EU", "RU"). Alternatives are attributed to them.
struct MergeSides
{
    QString ours;
    QString theirs;
};

/// A part of a paragraph that merges on its own (docs/merge.md).
enum class MergeField
{
    Kind = 0x1,
    Status = 0x2,
    Numbered = 0x4,
    Text = 0x8,
    Presence = 0x10 ///< removed from the text on one side, edited on the other
};
Q_DECLARE_FLAGS(MergeFields, MergeField)
Q_DECLARE_OPERATORS_FOR_FLAGS(MergeFields)

/// Where the two sides of a merge disagree: one paragraph, one header field or one manifest key.
struct MergeConflict
{
    enum class Kind
    {
        Edit,          ///< a paragraph changed differently on both sides (or added twice)
        OursRemoved,   ///< ours removed the paragraph, theirs edited it
        TheirsRemoved, ///< theirs removed the paragraph, ours edited it
        Field          ///< a header field or manifest key changed differently on both sides
    };

    Kind kind = Kind::Edit;

    /// Paragraph conflicts: the paragraph's identifier and its three versions (absent where the
    /// version does not have it; no base when both sides added the same identifier).
    QString paragraphId;
    std::optional<Paragraph> base;
    std::optional<Paragraph> ours;
    std::optional<Paragraph> theirs;
    MergeFields fields; ///< which parts conflict

    /// Field conflicts: the header field or manifest key ("title", "delegation EU") and its three
    /// values (absent where the version does not have the key).
    QString key;
    std::optional<QString> baseValue;
    std::optional<QString> ourValue;
    std::optional<QString> theirValue;

    QString ourDelegation;
    QString theirDelegation;

    [[nodiscard]] bool isParagraph() const { return kind != Kind::Field; }
};

} // namespace plenary
