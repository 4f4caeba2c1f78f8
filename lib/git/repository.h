#pragma once

#include "core/result.h"
#include "oid.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

struct git_repository;

namespace plenary::git {

/// Who made a commit or a tag, and when.
struct Signature
{
    QString name;
    QString email;
    QDateTime when; ///< with its UTC offset
};

/// What a commit says about itself.
struct CommitInfo
{
    Oid id;
    Signature author;
    QString message;
    QList<Oid> parents;
};

/// An annotated or lightweight tag, peeled to the commit it names.
struct TagInfo
{
    QString name;
    Oid commit;
    std::optional<Signature> tagger; ///< absent for lightweight tags
    QString message;
};

/// A git repository opened through libgit2. Owns its handle; not thread-safe (use one per
/// thread). Every failure comes back as an Error carrying libgit2's message.
class Repository
{
public:
    /// Opens the repository containing `path` (searching upwards, as git does).
    [[nodiscard]] static Result<Repository> discover(const QString &path);
    /// Creates a new non-bare repository whose initial branch is `branch`.
    [[nodiscard]] static Result<Repository> init(const QString &path,
                                                 const QString &branch = QStringLiteral("main"));

    Repository(Repository &&) noexcept;
    Repository &operator=(Repository &&) noexcept;
    ~Repository();

    [[nodiscard]] bool isBare() const;
    /// The working directory, with a trailing slash.
    [[nodiscard]] QString workDirectory() const;
    /// The .git directory, with a trailing slash.
    [[nodiscard]] QString gitDirectory() const;

    /// The branch HEAD points to ("refs/heads/main"); an error if HEAD is detached.
    [[nodiscard]] Result<QString> headBranch() const;
    /// The commit HEAD points to; NotFound while the branch has no commit yet.
    [[nodiscard]] Result<Oid> headCommit() const;
    /// The commit a branch points to; NotFound if the branch has no commit yet.
    [[nodiscard]] Result<Oid> branchTarget(const QString &branch) const;
    /// The first parent of a commit; empty for a root commit.
    [[nodiscard]] Result<std::optional<Oid>> firstParent(const Oid &commit) const;
    /// A revision as git understands it ("HEAD~3", "Rev.1", an id), peeled to a commit.
    [[nodiscard]] Result<Oid> resolve(const QString &revision) const;

    [[nodiscard]] Result<CommitInfo> commit(const Oid &id) const;
    /// The blob id of `path` in a commit's tree; NotFound if the file is not there.
    [[nodiscard]] Result<Oid> blobAt(const Oid &commit, const QString &path) const;
    [[nodiscard]] Result<QByteArray> blobContent(const Oid &blob) const;
    /// The content of `path` in a commit.
    [[nodiscard]] Result<QByteArray> fileAt(const Oid &commit, const QString &path) const;

    /// Writes blobs, a tree (the parent's tree with `files` replaced or added) and a commit
    /// object. Moves no reference: publish it with updateBranch().
    [[nodiscard]] Result<Oid> createCommit(const std::optional<Oid> &parent,
                                           const QMap<QString, QByteArray> &files,
                                           const Signature &author, const QString &message);
    /// The same with several parents (a merge): the tree is the first parent's with `files`
    /// replaced or added.
    [[nodiscard]] Result<Oid> createCommit(const QList<Oid> &parents,
                                           const QMap<QString, QByteArray> &files,
                                           const Signature &author, const QString &message);

    /// The best common ancestor of two commits; nothing when their histories never meet.
    [[nodiscard]] Result<std::optional<Oid>> mergeBase(const Oid &a, const Oid &b) const;
    /// Whether `commit` is `ancestor` or has it in its history.
    [[nodiscard]] Result<bool> descendsFrom(const Oid &commit, const Oid &ancestor) const;

    /// The local branches' short names ("main", "eu-op7"), sorted.
    [[nodiscard]] Result<QStringList> branches() const;
    /// Whether git accepts `name` as a branch's short name.
    [[nodiscard]] static bool isValidBranchName(const QString &name);
    /// Creates a local branch at `target`; Exists if the name is taken.
    [[nodiscard]] Result<void> createBranch(const QString &name, const Oid &target);
    /// Points HEAD at a local branch ("refs/heads/eu-op7"). Touches neither index nor files.
    [[nodiscard]] Result<void> setHead(const QString &branch);
    /// Moves `branch` to `target` only if it still points to `expected` (or does not exist yet,
    /// when `expected` is empty): Stale if it moved, Locked if another process holds it.
    [[nodiscard]] Result<void> updateBranch(const QString &branch, const Oid &target,
                                            const std::optional<Oid> &expected,
                                            const QString &reflogMessage);
    /// Makes the index match a commit's tree, so `git status` agrees with the new revision.
    [[nodiscard]] Result<void> resetIndexTo(const Oid &commit);

    /// Whether git accepts `name` as a tag name.
    [[nodiscard]] static bool isValidTagName(const QString &name);
    /// Creates an annotated tag; Exists if the name is taken (tags are never moved).
    [[nodiscard]] Result<void> createTag(const QString &name, const Oid &commit,
                                         const Signature &tagger, const QString &message);
    [[nodiscard]] Result<QList<TagInfo>> tags() const;

    /// Walks the history from `from`, newest first (by commit time), calling `visit` for each
    /// commit until it returns false.
    [[nodiscard]] Result<void> walk(const Oid &from,
                                    const std::function<bool(const CommitInfo &)> &visit) const;

    /// A string from the repository's configuration (with the user's and the system's).
    [[nodiscard]] std::optional<QString> configString(const QString &key) const;
    /// A string from the user's and the system's git configuration, outside any repository.
    [[nodiscard]] static std::optional<QString> globalConfigString(const QString &key);

    [[nodiscard]] git_repository *raw() const { return m_repo.get(); }

private:
    struct Deleter
    {
        void operator()(git_repository *repo) const;
    };
    explicit Repository(git_repository *repo);
    std::unique_ptr<git_repository, Deleter> m_repo;
};

/// Sets libgit2 up once per process (reference counted, so harmless to call again): fsync of the
/// git directory on, objects not hashed again on every read, no commit cache.
void initialiseLibrary();

/// Turns libgit2's last error into an Error: the message the user sees, and its kind.
[[nodiscard]] Error lastError(int code, const QString &context = {});

} // namespace plenary::git
