#pragma once

#include "core/result.h"
#include "keyvaluemerge.h"
#include "mergeconflict.h"
#include "resolution.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <optional>

namespace plenary {

/// The merge of two versions of the manifest (`plenary.manifest`, docs/repository.md) key by
/// key, on its `key: value` lines (`secretariat`, `delegation EU`, …), so that it needs nothing
/// of the history library that reads manifests (docs/merge.md). A key changed differently on
/// both sides is a conflict, which provisionally keeps ours' value.
class ManifestMerge
{
    Q_DECLARE_TR_FUNCTIONS(ManifestMerge)

public:
    /// Merges `ours` and `theirs`, both descended from `base`. An error for a line that is not
    /// `key: value` or a key given twice.
    [[nodiscard]] static Result<ManifestMerge> merge(const QByteArray &base, const QByteArray &ours,
                                                     const QByteArray &theirs,
                                                     const MergeSides &sides);

    /// The keys in conflict (MergeConflict::Kind::Field).
    [[nodiscard]] const QList<MergeConflict> &conflicts() const { return m_conflicts; }
    [[nodiscard]] const std::optional<Resolution> &resolution(qsizetype conflict) const
    {
        return m_resolutions[conflict];
    }
    [[nodiscard]] qsizetype unresolvedCount() const;

    /// Settles a conflict with ours' value, theirs' or a blend (the value's text); a manifest
    /// holds no alternatives.
    [[nodiscard]] Result<void> resolve(qsizetype conflict, const Resolution &resolution);

    /// The merged file, one `key: value` line each; Manifest::read and write() put it in
    /// canonical order.
    [[nodiscard]] QByteArray bytes() const;

private:
    KeyValueMerge m_merge;
    QList<MergeConflict> m_conflicts;
    QList<std::optional<Resolution>> m_resolutions;
};

} // namespace plenary
