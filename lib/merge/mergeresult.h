#pragma once

#include "core/result.h"
#include "document/diagnostic.h"
#include "document/document.h"
#include "keyvaluemerge.h"
#include "mergeconflict.h"
#include "resolution.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace plenary {

/// What merging two versions of a document gives (ParagraphMerge): the merged document and the
/// conflicts, each settled by a Resolution. Until a conflict is resolved the document holds
/// ours' version of it, so document() is always a whole text.
class MergeResult
{
    Q_DECLARE_TR_FUNCTIONS(MergeResult)

public:
    /// The merged document with every resolution so far applied.
    [[nodiscard]] const Document &document() const { return m_document; }
    /// Every conflict: the header's first, then the paragraphs' in the merged order.
    [[nodiscard]] const QList<MergeConflict> &conflicts() const { return m_conflicts; }
    /// How a conflict was resolved; nothing while it is open.
    [[nodiscard]] const std::optional<Resolution> &resolution(qsizetype conflict) const
    {
        return m_resolutions[conflict];
    }
    [[nodiscard]] qsizetype unresolvedCount() const;
    [[nodiscard]] bool isResolved() const { return unresolvedCount() == 0; }

    /// Settles one conflict (again, if it was resolved before). An error, changing nothing, for
    /// an unknown conflict, alternatives in a header field, or a blend that is not a valid
    /// paragraph text or field value.
    [[nodiscard]] Result<void> resolve(qsizetype conflict, const Resolution &resolution);
    /// Settles every open conflict alike; an error, changing nothing, if one of them cannot
    /// take the resolution (resolve header conflicts first to settle the rest as alternatives).
    [[nodiscard]] Result<void> resolveAll(const Resolution &resolution);

    /// What DocumentReader reports on the merged document as written (a cross-reference to a
    /// paragraph the other side removed, a sub-paragraph left without its paragraph).
    [[nodiscard]] Diagnostics check() const;

private:
    friend class ParagraphMerge;

    struct Slot
    {
        std::optional<Paragraph> merged;  // every field that merged, ours' where they conflict
        std::optional<Paragraph> current; // with the conflict's resolution applied
        qsizetype conflict = -1;
    };
    // What a conflict settles: a slot, a known header field (by key), or an unknown header
    // field (a conflict of m_extras).
    struct Target
    {
        qsizetype slot = -1;
        qsizetype extra = -1;
    };

    [[nodiscard]] Result<void> validate(const MergeConflict &conflict,
                                        const Resolution &resolution) const;
    void apply(qsizetype conflict);
    void rebuild();

    MergeSides m_sides;
    QList<Slot> m_slots;
    DocumentHeader m_header;
    KeyValueMerge m_extras;
    QList<MergeConflict> m_conflicts;
    QList<Target> m_targets;
    QList<std::optional<Resolution>> m_resolutions;
    Document m_document;
};

} // namespace plenary
