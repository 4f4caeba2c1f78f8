#pragma once

#include "core/result.h"
#include "document/document.h"
#include "git/repository.h"
#include "identity.h"
#include "manifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace plenary {

/// One revision as the history lists it.
struct Revision
{
    git::Oid id;
    git::Signature author;
    QString delegation; ///< from the "Delegation:" trailer; empty for commits made without one
    QString subject;
    QStringList tags;
};

/// Who last changed a paragraph's text.
struct ParagraphBlame
{
    QString paragraphId;
    Revision revision;
};

/// A negotiation kept in a git repository (docs/repository.md): the manifest, the document
/// text, comments and the project dictionary at fixed paths; every save one commit with a
/// "Delegation:" trailer; named revisions as annotated tags. History is never rewritten.
class NegotiationRepository
{
    Q_DECLARE_TR_FUNCTIONS(NegotiationRepository)

public:
    static inline const QString kManifestFile = QStringLiteral("plenary.manifest");
    static inline const QString kTextFile = QStringLiteral("text.plenary");
    static inline const QString kCommentsFile = QStringLiteral("comments.jsonl");
    static inline const QString kDictionaryFile = QStringLiteral("dictionary.txt");
    /// Written when a negotiation is created: git merges the comments file as a union of lines.
    static inline const QString kAttributesFile = QStringLiteral(".gitattributes");
    static inline const QByteArray kAttributes = QByteArrayLiteral("comments.jsonl merge=union\n");

    /// Opens the negotiation repository containing `path`. Refuses a bare repository, one
    /// without a Plenary manifest, and a detached HEAD, each with a one-line reason.
    [[nodiscard]] static Result<NegotiationRepository> open(const QString &path);

    /// Creates `directory` as a new negotiation repository with a first commit holding the
    /// manifest and the document. The directory must not hold a repository yet.
    [[nodiscard]] static Result<NegotiationRepository>
    create(const QString &directory, const Manifest &manifest, const Document &document,
           const Identity &identity, const QString &message, const QDateTime &when = QDateTime());

    [[nodiscard]] git::Repository &git() { return m_git; }
    [[nodiscard]] const git::Repository &git() const { return m_git; }
    /// The working directory, with a trailing slash.
    [[nodiscard]] QString root() const { return m_git.workDirectory(); }
    [[nodiscard]] QString filePath(const QString &file) const { return root() + file; }
    /// The branch saves go to ("refs/heads/main").
    [[nodiscard]] const QString &branch() const { return m_branch; }
    /// The revision the branch pointed to when the repository was opened.
    [[nodiscard]] const std::optional<git::Oid> &openedAt() const { return m_openedAt; }

    /// The manifest in the working directory (what the next save commits).
    [[nodiscard]] Result<Manifest> workingManifest() const;

    /// Checks the identity against the manifest: its delegation must be listed.
    [[nodiscard]] Result<void> checkIdentity(const Identity &identity) const;

    struct SaveRequest
    {
        /// The revision the new text was based on; the save fails as stale if the branch no
        /// longer points there. Empty only for a branch with no commit yet.
        std::optional<git::Oid> base;
        QMap<QString, QByteArray> files; ///< repository path → complete new content
        Identity identity;
        QString message;
        QDateTime when; ///< the author date; now when invalid
    };
    struct SaveOutcome
    {
        std::optional<git::Oid> commit; ///< empty when nothing changed
        QString warning;                ///< something the user should know; the save succeeded
    };
    /// Writes one commit with the files and moves the branch to it, compare-and-swap against
    /// `base`; then writes the files into the working directory atomically and updates the
    /// index. Fails as Locked ("busy, retry") or Stale; never replaces a revision it did not see.
    [[nodiscard]] Result<SaveOutcome> save(const SaveRequest &request);

    /// The branch's short name ("main", "eu-op7").
    [[nodiscard]] QString branchName() const;
    /// The commit the branch points to now; nothing while it has none.
    [[nodiscard]] std::optional<git::Oid> currentHead() const;
    /// Plenary's files in the repository (manifest, text, comments, dictionary, attributes).
    [[nodiscard]] static QStringList plenaryFiles();
    /// Plenary's files as a revision has them (absent ones left out).
    [[nodiscard]] Result<QMap<QString, QByteArray>> plenaryFilesAt(const git::Oid &commit) const;
    /// Plenary's files whose working copy differs from the branch's latest revision.
    [[nodiscard]] Result<QStringList> unsavedFiles() const;

    /// Switches to another local branch: HEAD, the index and Plenary's working files. Refused
    /// while a working file has changes not saved as a revision. Returns a warning, or nothing.
    [[nodiscard]] Result<QString> switchTo(const QString &branch);
    /// Whether `slug` can name a proposal: a branch name without spaces or colons ("eu-op7").
    [[nodiscard]] static bool isValidProposalName(const QString &slug);
    /// Starts a proposal: a branch `slug` at the latest revision, switched to, and a first
    /// revision that records its title in the manifest ("proposal eu-op7: EU proposal on OP 7").
    [[nodiscard]] Result<git::Oid> startProposal(const QString &slug, const QString &title,
                                                 const Identity &identity);
    /// Records a merge: a commit with parents `ours` (the branch's head, compare-and-swap as in
    /// save()) and `theirs`, holding ours' tree with `files` replaced; the working files follow.
    [[nodiscard]] Result<SaveOutcome> commitMerge(const git::Oid &ours, const git::Oid &theirs,
                                                  const QMap<QString, QByteArray> &files,
                                                  const Identity &identity, const QString &message);
    /// Moves the branch from `expected` to `target` (a fast-forward) and the working files with it.
    [[nodiscard]] Result<SaveOutcome> moveBranch(const git::Oid &target, const git::Oid &expected,
                                                 const QString &reflog);

    /// The commit message of a save: the message, a blank line, the Delegation trailer.
    [[nodiscard]] static QString commitMessage(const QString &message, const QString &delegation);
    /// The Delegation trailer of a commit message, or empty.
    [[nodiscard]] static QString delegationOf(const QString &commitMessage);

    struct LogFilter
    {
        int maxCount = -1;
        QString delegation;
        QDateTime since;
        QString paragraphId; ///< only revisions that changed this paragraph
    };
    [[nodiscard]] Result<QList<Revision>> log(const git::Oid &from, const LogFilter &filter) const;

    /// The paragraphs (by identifier) whose line (text, kind or status) a delegation changed or
    /// added in the revisions after `since` up to `until`: what "changes by delegation X since
    /// Rev.1" shows. Walks first parents from `until` and stops at `since`.
    [[nodiscard]] Result<QSet<QString>> paragraphsChangedBy(const QString &delegation,
                                                            const git::Oid &since,
                                                            const git::Oid &until) const;

    /// The document text file at a revision.
    [[nodiscard]] Result<QByteArray> textAt(const git::Oid &revision) const;
    /// The comments file at a revision; empty if the revision has none yet.
    [[nodiscard]] Result<QByteArray> commentsAt(const git::Oid &revision) const;
    [[nodiscard]] Result<Revision> revision(const git::Oid &id) const;

    /// Names a revision (Rev.1, Final) with an annotated tag made by a delegation.
    [[nodiscard]] Result<void> tag(const git::Oid &revision, const QString &name,
                                   const Identity &identity, const QString &message);

    /// For each paragraph of the revision's text, the revision that last changed its text,
    /// following the paragraph by identifier through moves and renumbering.
    [[nodiscard]] Result<QList<ParagraphBlame>> blame(const git::Oid &revision) const;

private:
    explicit NegotiationRepository(git::Repository git);
    [[nodiscard]] Result<void> publish(const git::Oid &commit, const std::optional<git::Oid> &base,
                                       const QString &reflog);
    /// Writes files into the working directory atomically and removes others; a warning or "".
    QString writeWorkingFiles(const QMap<QString, QByteArray> &files, const QStringList &removed);
    /// Makes the index match a commit, waiting out an abandoned lock; a warning or "".
    QString updateIndex(const git::Oid &commit);
    /// Replaces Plenary's working files of revision `from` with those of `to`.
    [[nodiscard]] Result<QString> checkOut(const git::Oid &from, const git::Oid &to);
    [[nodiscard]] Result<void> checkNothingUnsaved(const QString &action) const;
    [[nodiscard]] QHash<git::Oid, QStringList> tagsByCommit() const;
    [[nodiscard]] static Revision makeRevision(const git::CommitInfo &info,
                                               const QHash<git::Oid, QStringList> &tags);

    git::Repository m_git;
    QString m_branch;
    std::optional<git::Oid> m_openedAt;
};

} // namespace plenary
