#include "repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QScopeGuard>
#include <QSet>
#include <git2.h>
#include <queue>

namespace plenary::git {

namespace {

template<typename T, void (*Free)(T *)> struct FreeWith
{
    void operator()(T *p) const { Free(p); }
};
template<typename T, void (*Free)(T *)> using Owned = std::unique_ptr<T, FreeWith<T, Free>>;

using CommitPtr = Owned<git_commit, git_commit_free>;
using TreePtr = Owned<git_tree, git_tree_free>;
using TreeEntryPtr = Owned<git_tree_entry, git_tree_entry_free>;
using BlobPtr = Owned<git_blob, git_blob_free>;
using ReferencePtr = Owned<git_reference, git_reference_free>;
using SignaturePtr = Owned<git_signature, git_signature_free>;
using IndexPtr = Owned<git_index, git_index_free>;
using RevwalkPtr = Owned<git_revwalk, git_revwalk_free>;
using ObjectPtr = Owned<git_object, git_object_free>;
using TagPtr = Owned<git_tag, git_tag_free>;
using ConfigPtr = Owned<git_config, git_config_free>;

QString text(const char *s)
{
    return QString::fromUtf8(s ? s : "");
}

Signature fromGit(const git_signature *sig)
{
    return {
        text(sig->name), text(sig->email),
        QDateTime::fromSecsSinceEpoch(sig->when.time, Qt::OffsetFromUTC, sig->when.offset * 60)};
}

Result<SignaturePtr> toGit(const Signature &sig)
{
    git_signature *out = nullptr;
    const QDateTime when = sig.when.isValid() ? sig.when : QDateTime::currentDateTime();
    if (int rc =
            git_signature_new(&out, sig.name.toUtf8().constData(), sig.email.toUtf8().constData(),
                              when.toSecsSinceEpoch(), when.offsetFromUtc() / 60);
        rc < 0)
        return lastError(rc);
    return SignaturePtr(out);
}

CommitInfo infoOf(const git_commit *c)
{
    CommitInfo info;
    info.id = Oid(*git_commit_id(c));
    info.author = fromGit(git_commit_author(c));
    info.message = text(git_commit_message(c));
    for (unsigned i = 0; i < git_commit_parentcount(c); ++i)
        info.parents.append(Oid(*git_commit_parent_id(c, i)));
    return info;
}

// The tree of a commit.
Result<TreePtr> treeOf(git_repository *repo, const Oid &commitId)
{
    git_commit *commit = nullptr;
    if (int rc = git_commit_lookup(&commit, repo, commitId.raw()); rc < 0)
        return lastError(rc);
    CommitPtr owned(commit);
    git_tree *tree = nullptr;
    if (int rc = git_commit_tree(&tree, commit); rc < 0)
        return lastError(rc);
    return TreePtr(tree);
}

} // namespace

// libgit2 is set up once per process; fsync of the git directory is on, so that a power cut
// cannot lose a negotiator's revision.
void initialiseLibrary()
{
    static const bool initialised = [] {
        git_libgit2_init();
        git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
        // Objects are not hashed again on every read, as the git program does not either: it
        // took three quarters of a history walk. zlib's checksum still catches damaged
        // objects, and `git fsck` verifies hashes.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
        // History walks hold the commits they need; caching 10,000 of them only costs the
        // time to free them at the end.
        git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_COMMIT, size_t(0));
        return true;
    }();
    Q_UNUSED(initialised);
}

Error lastError(int code, const QString &context)
{
    const git_error *e = git_error_last();
    QString message = e && e->message
                          ? QString::fromUtf8(e->message).trimmed()
                          : QCoreApplication::translate("Repository", "git error %1").arg(code);
    if (!context.isEmpty())
        message = context + QLatin1String(": ") + message;
    Error::Kind kind = Error::Kind::Failed;
    switch (code) {
    case GIT_ENOTFOUND:
        kind = Error::Kind::NotFound;
        break;
    case GIT_EEXISTS:
        kind = Error::Kind::Exists;
        break;
    case GIT_ELOCKED:
        kind = Error::Kind::Locked;
        break;
    case GIT_EMODIFIED:
        kind = Error::Kind::Stale;
        break;
    case GIT_EINVALIDSPEC:
    case GIT_EAMBIGUOUS:
        kind = Error::Kind::Invalid;
        break;
    default:
        break;
    }
    return {kind, message};
}

void Repository::Deleter::operator()(git_repository *repo) const
{
    git_repository_free(repo);
}

Repository::Repository(git_repository *repo) : m_repo(repo)
{
}
Repository::Repository(Repository &&) noexcept = default;
Repository &Repository::operator=(Repository &&) noexcept = default;
Repository::~Repository() = default;

Result<Repository> Repository::discover(const QString &path)
{
    initialiseLibrary();
    git_repository *repo = nullptr;
    if (int rc = git_repository_open_ext(&repo, QFile::encodeName(path).constData(), 0, nullptr);
        rc < 0)
        return lastError(rc);
    return Repository(repo);
}

Result<Repository> Repository::init(const QString &path, const QString &branch)
{
    initialiseLibrary();
    git_repository_init_options options;
    git_repository_init_options_init(&options, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
    options.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    const QByteArray head = branch.toUtf8();
    options.initial_head = head.constData();
    git_repository *repo = nullptr;
    if (int rc = git_repository_init_ext(&repo, QFile::encodeName(path).constData(), &options);
        rc < 0)
        return lastError(rc);
    return Repository(repo);
}

bool Repository::isBare() const
{
    return git_repository_is_bare(raw());
}

QString Repository::workDirectory() const
{
    return QFile::decodeName(git_repository_workdir(raw()));
}

QString Repository::gitDirectory() const
{
    return QFile::decodeName(git_repository_path(raw()));
}

Result<QString> Repository::headBranch() const
{
    if (git_repository_head_detached(raw()) == 1)
        return Error{Error::Kind::Invalid, QCoreApplication::translate(
                                               "Repository", "HEAD is detached (not on a branch)")};
    git_reference *head = nullptr;
    if (int rc = git_reference_lookup(&head, raw(), "HEAD"); rc < 0)
        return lastError(rc);
    ReferencePtr owned(head);
    const char *target = git_reference_symbolic_target(head);
    if (!target)
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Repository", "HEAD is not a branch")};
    return text(target);
}

Result<Oid> Repository::headCommit() const
{
    git_oid oid;
    if (int rc = git_reference_name_to_id(&oid, raw(), "HEAD"); rc < 0)
        return lastError(rc);
    return Oid(oid);
}

Result<Oid> Repository::branchTarget(const QString &branch) const
{
    git_oid oid;
    if (int rc = git_reference_name_to_id(&oid, raw(), branch.toUtf8().constData()); rc < 0)
        return lastError(rc);
    return Oid(oid);
}

Result<std::optional<Oid>> Repository::firstParent(const Oid &commitId) const
{
    git_commit *c = nullptr;
    if (int rc = git_commit_lookup(&c, raw(), commitId.raw()); rc < 0)
        return lastError(rc);
    CommitPtr owned(c);
    if (git_commit_parentcount(c) == 0)
        return std::optional<Oid>();
    return std::optional<Oid>(Oid(*git_commit_parent_id(c, 0)));
}

Result<Oid> Repository::resolve(const QString &revision) const
{
    git_object *object = nullptr;
    if (int rc = git_revparse_single(&object, raw(), revision.toUtf8().constData()); rc < 0)
        return lastError(rc);
    ObjectPtr owned(object);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT); rc < 0)
        return lastError(rc);
    ObjectPtr ownedPeeled(peeled);
    return Oid(*git_object_id(peeled));
}

Result<CommitInfo> Repository::commit(const Oid &id) const
{
    git_commit *c = nullptr;
    if (int rc = git_commit_lookup(&c, raw(), id.raw()); rc < 0)
        return lastError(rc);
    CommitPtr owned(c);
    return infoOf(c);
}

Result<Oid> Repository::blobAt(const Oid &commitId, const QString &path) const
{
    auto tree = treeOf(raw(), commitId);
    if (!tree)
        return tree.error();
    git_tree_entry *entry = nullptr;
    if (int rc = git_tree_entry_bypath(&entry, tree->get(), path.toUtf8().constData()); rc < 0)
        return lastError(rc);
    TreeEntryPtr ownedEntry(entry);
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("Repository", "'%1' is not a file").arg(path)};
    return Oid(*git_tree_entry_id(entry));
}

Result<QByteArray> Repository::blobContent(const Oid &blobId) const
{
    git_blob *blob = nullptr;
    if (int rc = git_blob_lookup(&blob, raw(), blobId.raw()); rc < 0)
        return lastError(rc);
    BlobPtr owned(blob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)),
                      qsizetype(git_blob_rawsize(blob)));
}

Result<QByteArray> Repository::fileAt(const Oid &commitId, const QString &path) const
{
    auto blob = blobAt(commitId, path);
    if (!blob)
        return blob.error();
    return blobContent(*blob);
}

Result<Oid> Repository::createCommit(const std::optional<Oid> &parent,
                                     const QMap<QString, QByteArray> &files,
                                     const Signature &author, const QString &message)
{
    return createCommit(parent ? QList<Oid>{*parent} : QList<Oid>(), files, author, message);
}

Result<Oid> Repository::createCommit(const QList<Oid> &parents,
                                     const QMap<QString, QByteArray> &files,
                                     const Signature &author, const QString &message)
{
    std::vector<CommitPtr> parentCommits;
    TreePtr baseTree;
    for (const Oid &parent : parents) {
        git_commit *c = nullptr;
        if (int rc = git_commit_lookup(&c, raw(), parent.raw()); rc < 0)
            return lastError(rc);
        parentCommits.emplace_back(c);
    }
    if (!parentCommits.empty()) {
        git_tree *tree = nullptr;
        if (int rc = git_commit_tree(&tree, parentCommits.front().get()); rc < 0)
            return lastError(rc);
        baseTree.reset(tree);
    }
    QList<QByteArray> paths;
    QList<git_tree_update> updates;
    for (auto it = files.begin(); it != files.end(); ++it) {
        git_oid blob;
        if (int rc = git_blob_create_from_buffer(&blob, raw(), it.value().constData(),
                                                 size_t(it.value().size()));
            rc < 0)
            return lastError(rc);
        paths.append(it.key().toUtf8());
        git_tree_update update{};
        update.action = GIT_TREE_UPDATE_UPSERT;
        update.id = blob;
        update.filemode = GIT_FILEMODE_BLOB;
        updates.append(update);
    }
    for (qsizetype i = 0; i < updates.size(); ++i)
        updates[i].path = paths[i].constData();

    // Without a parent (a first commit) the tree is built from nothing.
    git_oid treeId;
    if (int rc = git_tree_create_updated(&treeId, raw(), baseTree.get(), size_t(updates.size()),
                                         updates.data());
        rc < 0)
        return lastError(rc);
    git_tree *tree = nullptr;
    if (int rc = git_tree_lookup(&tree, raw(), &treeId); rc < 0)
        return lastError(rc);
    TreePtr ownedTree(tree);

    auto signature = toGit(author);
    if (!signature)
        return signature.error();
    std::vector<const git_commit *> parentPointers;
    for (const CommitPtr &c : parentCommits)
        parentPointers.push_back(c.get());
    git_oid commitId;
    if (int rc = git_commit_create(&commitId, raw(), nullptr, signature->get(), signature->get(),
                                   nullptr, message.toUtf8().constData(), tree,
                                   parentPointers.size(), parentPointers.data());
        rc < 0)
        return lastError(rc);
    return Oid(commitId);
}

Result<std::optional<Oid>> Repository::mergeBase(const Oid &a, const Oid &b) const
{
    git_oid base;
    const int rc = git_merge_base(&base, raw(), a.raw(), b.raw());
    if (rc == GIT_ENOTFOUND)
        return std::optional<Oid>();
    if (rc < 0)
        return lastError(rc);
    return std::optional<Oid>(Oid(base));
}

Result<bool> Repository::descendsFrom(const Oid &commit, const Oid &ancestor) const
{
    if (commit == ancestor)
        return true;
    const int rc = git_graph_descendant_of(raw(), commit.raw(), ancestor.raw());
    if (rc < 0)
        return lastError(rc);
    return rc == 1;
}

Result<QStringList> Repository::branches() const
{
    git_branch_iterator *iterator = nullptr;
    if (int rc = git_branch_iterator_new(&iterator, raw(), GIT_BRANCH_LOCAL); rc < 0)
        return lastError(rc);
    const auto freeIterator = qScopeGuard([&] { git_branch_iterator_free(iterator); });
    QStringList names;
    git_reference *ref = nullptr;
    git_branch_t type;
    int rc = 0;
    while ((rc = git_branch_next(&ref, &type, iterator)) == 0) {
        const char *name = nullptr;
        if (git_branch_name(&name, ref) == 0 && name)
            names.append(QString::fromUtf8(name));
        git_reference_free(ref);
    }
    if (rc != GIT_ITEROVER)
        return lastError(rc);
    names.sort();
    return names;
}

bool Repository::isValidBranchName(const QString &name)
{
    initialiseLibrary();
    int valid = 0;
    git_branch_name_is_valid(&valid, name.toUtf8().constData());
    return valid && !name.isEmpty();
}

Result<void> Repository::createBranch(const QString &name, const Oid &target)
{
    git_commit *commit = nullptr;
    if (int rc = git_commit_lookup(&commit, raw(), target.raw()); rc < 0)
        return lastError(rc);
    CommitPtr owned(commit);
    git_reference *ref = nullptr;
    if (int rc = git_branch_create(&ref, raw(), name.toUtf8().constData(), commit, 0); rc < 0)
        return lastError(rc);
    git_reference_free(ref);
    return {};
}

Result<void> Repository::setHead(const QString &branch)
{
    if (int rc = git_repository_set_head(raw(), branch.toUtf8().constData()); rc < 0)
        return lastError(rc);
    return {};
}

Result<void> Repository::updateBranch(const QString &branch, const Oid &target,
                                      const std::optional<Oid> &expected,
                                      const QString &reflogMessage)
{
    git_reference *ref = nullptr;
    const QByteArray name = branch.toUtf8();
    const QByteArray log = reflogMessage.toUtf8();
    const int rc =
        expected
            ? git_reference_create_matching(&ref, raw(), name.constData(), target.raw(), 1,
                                            expected->raw(), log.constData())
            : git_reference_create(&ref, raw(), name.constData(), target.raw(), 0, log.constData());
    if (rc < 0) {
        // A branch created meanwhile by someone else is as stale as one that moved.
        if (rc == GIT_EEXISTS)
            return Error{Error::Kind::Stale, lastError(rc).message};
        return lastError(rc);
    }
    git_reference_free(ref);
    return {};
}

Result<void> Repository::resetIndexTo(const Oid &commitId)
{
    auto tree = treeOf(raw(), commitId);
    if (!tree)
        return tree.error();
    git_index *index = nullptr;
    if (int rc = git_repository_index(&index, raw()); rc < 0)
        return lastError(rc);
    IndexPtr ownedIndex(index);
    if (int rc = git_index_read_tree(index, tree->get()); rc < 0)
        return lastError(rc);
    if (int rc = git_index_write(index); rc < 0)
        return lastError(rc);
    return {};
}

bool Repository::isValidTagName(const QString &name)
{
    initialiseLibrary();
    int valid = 0;
    git_reference_name_is_valid(&valid, (QLatin1String("refs/tags/") + name).toUtf8().constData());
    return valid && !name.isEmpty();
}

Result<void> Repository::createTag(const QString &name, const Oid &commitId,
                                   const Signature &tagger, const QString &message)
{
    git_object *target = nullptr;
    if (int rc = git_object_lookup(&target, raw(), commitId.raw(), GIT_OBJECT_COMMIT); rc < 0)
        return lastError(rc);
    ObjectPtr ownedTarget(target);
    auto signature = toGit(tagger);
    if (!signature)
        return signature.error();
    git_oid tagId;
    if (int rc = git_tag_create(&tagId, raw(), name.toUtf8().constData(), target, signature->get(),
                                message.toUtf8().constData(), 0);
        rc < 0)
        return lastError(rc);
    return {};
}

Result<QList<TagInfo>> Repository::tags() const
{
    struct Collected
    {
        QList<QPair<QByteArray, git_oid>> refs;
    } collected;
    auto collect = [](const char *name, git_oid *oid, void *payload) -> int {
        static_cast<Collected *>(payload)->refs.append({QByteArray(name), *oid});
        return 0;
    };
    if (int rc = git_tag_foreach(raw(), collect, &collected); rc < 0)
        return lastError(rc);

    QList<TagInfo> result;
    for (const auto &[refName, oid] : collected.refs) {
        TagInfo info;
        info.name = text(refName.constData()).mid(int(qstrlen("refs/tags/")));
        git_object *object = nullptr;
        if (git_object_lookup(&object, raw(), &oid, GIT_OBJECT_ANY) < 0)
            continue; // a tag naming a missing object: not a revision anyone can show
        ObjectPtr ownedObject(object);
        if (git_object_type(object) == GIT_OBJECT_TAG) {
            auto *tag = reinterpret_cast<git_tag *>(object);
            if (const git_signature *sig = git_tag_tagger(tag))
                info.tagger = fromGit(sig);
            info.message = text(git_tag_message(tag)).trimmed();
        }
        git_object *peeled = nullptr;
        if (git_object_peel(&peeled, object, GIT_OBJECT_COMMIT) < 0)
            continue;
        info.commit = Oid(*git_object_id(peeled));
        git_object_free(peeled);
        result.append(info);
    }
    return result;
}

Result<void> Repository::walk(const Oid &from,
                              const std::function<bool(const CommitInfo &)> &visit) const
{
    // Newest first by committer time, a child always before its parents, as `git log` lists.
    // Our own queue rather than git_revwalk, which parses every commit a second time: each
    // commit is read once, when it is queued, and handed to `visit` from the queue.
    struct Queued
    {
        git_time_t time;
        quint64 order; // ties go in discovery order, so children come before their parents
        git_commit *commit;
        bool operator<(const Queued &other) const
        {
            return time != other.time ? time < other.time : order > other.order;
        }
    };
    std::priority_queue<Queued> queue;
    QSet<Oid> seen;
    quint64 discovered = 0;
    auto enqueue = [&](const git_oid &id) -> int {
        if (seen.contains(Oid(id)))
            return 0;
        seen.insert(Oid(id));
        git_commit *commit = nullptr;
        if (int rc = git_commit_lookup(&commit, raw(), &id); rc < 0)
            return rc;
        queue.push({git_commit_time(commit), discovered++, commit});
        return 0;
    };
    auto releaseQueue = qScopeGuard([&] {
        for (; !queue.empty(); queue.pop())
            git_commit_free(queue.top().commit);
    });
    if (int rc = enqueue(*from.raw()); rc < 0)
        return lastError(rc);
    while (!queue.empty()) {
        CommitPtr commit(queue.top().commit);
        queue.pop();
        for (unsigned i = 0; i < git_commit_parentcount(commit.get()); ++i)
            if (int rc = enqueue(*git_commit_parent_id(commit.get(), i)); rc < 0)
                return lastError(rc);
        if (!visit(infoOf(commit.get())))
            return {};
    }
    return {};
}

std::optional<QString> Repository::configString(const QString &key) const
{
    git_config *config = nullptr;
    if (git_repository_config_snapshot(&config, raw()) < 0)
        return std::nullopt;
    ConfigPtr owned(config);
    const char *value = nullptr;
    if (git_config_get_string(&value, config, key.toUtf8().constData()) < 0)
        return std::nullopt;
    return text(value);
}

std::optional<QString> Repository::globalConfigString(const QString &key)
{
    initialiseLibrary();
    git_config *config = nullptr;
    if (git_config_open_default(&config) < 0)
        return std::nullopt;
    ConfigPtr owned(config);
    git_config *snapshot = nullptr;
    if (git_config_snapshot(&snapshot, config) < 0)
        return std::nullopt;
    ConfigPtr ownedSnapshot(snapshot);
    const char *value = nullptr;
    if (git_config_get_string(&value, snapshot, key.toUtf8().constData()) < 0)
        return std::nullopt;
    return text(value);
}

QString Oid::shortString() const
{
    char buffer[8];
    git_oid_tostr(buffer, sizeof buffer, &m_oid);
    return QString::fromLatin1(buffer);
}

QString Oid::toString() const
{
    char buffer[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buffer, sizeof buffer, &m_oid);
    return QString::fromLatin1(buffer);
}

} // namespace plenary::git
