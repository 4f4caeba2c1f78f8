#pragma once

#include "core/result.h"
#include "git/oid.h"
#include "merge/manifestmerge.h"
#include "merge/mergeresult.h"
#include "negotiationrepository.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <optional>

namespace plenary {

/// One conflict of a branch merge, wherever it lies: the text (a paragraph or a header field)
/// or the manifest (a key).
struct BranchConflict
{
    enum class Place
    {
        Text,
        Manifest
    };
    Place place = Place::Text;
    qsizetype index = 0; ///< in MergeResult::conflicts() or ManifestMerge::conflicts()
    const MergeConflict *conflict = nullptr;
    QString reference; ///< "OP7", "PP3(a)", "title", "manifest: delegation EU"
};

/// Merging another line of the negotiation into the current branch — a proposal, or the shared
/// remote's line on pull (docs/merge.md). Plenary merges its own files itself: the text by
/// paragraph identifier (ParagraphMerge), the comments by event identity, the dictionary as a
/// union, the manifest key by key; any other file keeps the current branch's version. Nothing
/// is written until the repository records the merge (NegotiationRepository::commitMerge).
class BranchMerge
{
    Q_DECLARE_TR_FUNCTIONS(BranchMerge)

public:
    enum class Kind
    {
        UpToDate,    ///< theirs is already part of ours: nothing to do
        FastForward, ///< ours is part of theirs: the branch just moves to theirs
        Merge        ///< both moved: a merge commit with both as parents
    };

    /// Prepares the merge of `theirs` into the repository's current branch. `ourDelegation` is
    /// who merges; each side is attributed to the delegation of its latest revision with a
    /// Delegation trailer. Fails for unrelated histories and texts that do not read.
    [[nodiscard]] static Result<BranchMerge> prepare(const NegotiationRepository &repository,
                                                     const git::Oid &theirs,
                                                     const QString &theirName,
                                                     const QString &ourDelegation);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const git::Oid &ours() const { return m_ours; }
    [[nodiscard]] const git::Oid &theirs() const { return m_theirs; }
    [[nodiscard]] const std::optional<git::Oid> &base() const { return m_base; }
    [[nodiscard]] const MergeSides &sides() const { return m_sides; }
    /// "eu-op7", "origin/main"
    [[nodiscard]] const QString &theirName() const { return m_theirName; }
    /// The branch merged into: "main"
    [[nodiscard]] const QString &ourName() const { return m_ourName; }

    /// The text's merge (Kind::Merge only).
    [[nodiscard]] MergeResult &text() { return *m_text; }
    [[nodiscard]] const MergeResult &text() const { return *m_text; }
    [[nodiscard]] ManifestMerge &manifest() { return *m_manifest; }
    /// The text's three versions (Kind::Merge only).
    [[nodiscard]] const Document &baseDocument() const { return m_baseDocument; }
    [[nodiscard]] const Document &ourDocument() const { return m_ourDocument; }
    [[nodiscard]] const Document &theirDocument() const { return m_theirDocument; }

    /// Every conflict, the text's first, with the reference negotiators cite it by.
    [[nodiscard]] QList<BranchConflict> conflicts() const;
    /// Conflicts not yet resolved.
    [[nodiscard]] QList<BranchConflict> openConflicts() const;
    /// How a conflict was settled; nothing while it is open.
    [[nodiscard]] std::optional<Resolution> resolution(const BranchConflict &conflict) const;
    /// What the two sides did: "changed differently by UZ and EU (text)", "removed by UZ,
    /// changed by EU".
    [[nodiscard]] static QString describe(const MergeConflict &conflict);
    /// How a settled conflict was settled: "both versions kept as alternatives", "main's
    /// version kept"; empty while it is open.
    [[nodiscard]] QString settlement(const BranchConflict &conflict) const;
    /// Settles one conflict.
    [[nodiscard]] Result<void> resolve(const BranchConflict &conflict,
                                       const Resolution &resolution);
    /// Settles every open conflict alike. Alternatives fit only paragraphs: header fields and
    /// manifest keys in conflict refuse them (an error naming them, nothing changed).
    [[nodiscard]] Result<void> resolveAll(const Resolution &resolution);

    /// The merged files, once every conflict is settled; an error naming what the merged text
    /// would get wrong (a reference to a paragraph the other side removed).
    [[nodiscard]] Result<QMap<QString, QByteArray>> files() const;
    /// Records the merge in `repository`, whose branch must still be at ours(): a fast-forward
    /// moves the branch to theirs; a merge, once every conflict is settled, is a commit with
    /// both as parents and message() (NegotiationRepository::commitMerge). Up to date: nothing.
    [[nodiscard]] Result<NegotiationRepository::SaveOutcome>
    record(NegotiationRepository &repository, const Identity &identity) const;
    /// "Merge proposal eu-op7 (EU proposal on OP 7)", then how each conflict was settled:
    /// "Conflicts settled (1): OP1: both versions kept as alternatives".
    [[nodiscard]] QString message() const;

private:
    Kind m_kind = Kind::UpToDate;
    git::Oid m_ours;
    git::Oid m_theirs;
    std::optional<git::Oid> m_base;
    MergeSides m_sides;
    QString m_theirName;
    QString m_ourName;
    QString m_theirTitle;
    Document m_baseDocument;
    Document m_ourDocument;
    Document m_theirDocument;
    std::optional<MergeResult> m_text;
    std::optional<ManifestMerge> m_manifest;
    QMap<QString, QByteArray> m_otherFiles; ///< comments, dictionary, attributes, merged
};

} // namespace plenary
