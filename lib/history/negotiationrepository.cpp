#include "negotiationrepository.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "paragraphfingerprints.h"
#include "savelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <string_view>
#include <unordered_map>

namespace plenary {

namespace {

constexpr int kLockWaitMs = 3000;
constexpr int kRetryPauseMs = 50;
constexpr int kRetries =
    70; // with kRetryPauseMs: longer than an abandoned lock takes to be recognised

QByteArray readWorkingFile(const QString &path, bool *exists = nullptr)
{
    QFile file(path);
    const bool ok = file.open(QIODevice::ReadOnly);
    if (exists)
        *exists = ok;
    return ok ? file.readAll() : QByteArray();
}

Error busy()
{
    return {Error::Kind::Locked,
            NegotiationRepository::tr(
                "repository busy: another save is in progress; retry in a moment")};
}

} // namespace

NegotiationRepository::NegotiationRepository(git::Repository git) : m_git(std::move(git))
{
}

Result<NegotiationRepository> NegotiationRepository::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{Error::Kind::NotFound, tr("'%1' does not exist").arg(path)};
    auto git = git::Repository::discover(path);
    if (!git)
        return Error{Error::Kind::NotFound,
                     tr("'%1' is not inside a git repository; create a negotiation with "
                        "'plenary init DIR'")
                         .arg(path)};
    if (git->isBare())
        return Error{Error::Kind::Invalid,
                     tr("'%1' is a bare repository; Plenary works in a clone with a working "
                        "directory ('git clone %1 DIR')")
                         .arg(QDir::cleanPath(git->gitDirectory()))};
    auto branch = git->headBranch();
    if (!branch)
        return Error{Error::Kind::Invalid,
                     tr("HEAD is detached in '%1'; switch to a branch first ('git switch main')")
                         .arg(QDir::cleanPath(git->workDirectory()))};
    NegotiationRepository repo(std::move(git.value()));
    repo.m_branch = branch.value();
    if (!QFileInfo::exists(repo.filePath(kManifestFile)))
        return Error{Error::Kind::Invalid,
                     tr("'%1' is a git repository but not a Plenary negotiation: it has no %2")
                         .arg(QDir::cleanPath(repo.root()), kManifestFile)};
    if (auto head = repo.m_git.headCommit())
        repo.m_openedAt = head.value();
    else if (head.error().kind != Error::Kind::NotFound)
        return Error{head.error().kind, tr("cannot read HEAD: %1").arg(head.error().message)};
    return repo;
}

Result<NegotiationRepository>
NegotiationRepository::create(const QString &directory, const Manifest &manifest,
                              const Document &document, const Identity &identity,
                              const QString &message, const QDateTime &when)
{
    if (git::Repository::discover(directory)) {
        // Refuse only when the directory itself is a repository's top (nesting is allowed).
        auto existing = git::Repository::discover(directory);
        if (QDir(existing->workDirectory()) == QDir(directory))
            return Error{Error::Kind::Exists,
                         tr("'%1' is already a git repository").arg(directory)};
    }
    if (!QDir().mkpath(directory))
        return Error{Error::Kind::Failed, tr("cannot create the directory '%1'").arg(directory)};
    if (!QFileInfo(directory).isWritable())
        return Error{Error::Kind::Failed, tr("the directory '%1' is not writable").arg(directory)};
    auto git = git::Repository::init(directory);
    if (!git)
        return Error{
            git.error().kind,
            tr("cannot create a repository in '%1': %2").arg(directory, git.error().message)};
    NegotiationRepository repo(std::move(git.value()));
    repo.m_branch = QStringLiteral("refs/heads/main");
    if (!manifest.delegation(identity.delegation))
        return Error{Error::Kind::Invalid,
                     tr("delegation %1 is not listed in the manifest").arg(identity.delegation)};
    SaveRequest request;
    request.files.insert(kManifestFile, manifest.write());
    request.files.insert(kTextFile, DocumentWriter::write(document));
    request.files.insert(kAttributesFile, kAttributes);
    request.identity = identity;
    request.message = message;
    request.when = when;
    auto saved = repo.save(request);
    if (!saved)
        return saved.error();
    repo.m_openedAt = saved->commit;
    return repo;
}

Result<Manifest> NegotiationRepository::workingManifest() const
{
    bool exists = false;
    const QByteArray bytes = readWorkingFile(filePath(kManifestFile), &exists);
    if (!exists)
        return Error{Error::Kind::NotFound, tr("%1 is missing").arg(kManifestFile)};
    auto read = Manifest::read(bytes);
    if (read.hasErrors()) {
        for (const Diagnostic &d : read.diagnostics)
            if (d.isError())
                return Error{Error::Kind::Invalid, d.format(kManifestFile)};
    }
    return read.manifest;
}

Result<void> NegotiationRepository::checkIdentity(const Identity &identity) const
{
    auto manifest = workingManifest();
    if (!manifest)
        return manifest.error();
    if (!manifest->delegation(identity.delegation)) {
        QStringList codes;
        for (const Delegation &d : manifest->delegations)
            codes.append(d.code);
        return Error{Error::Kind::Invalid,
                     tr("unknown delegation '%1'; the manifest lists %2")
                         .arg(identity.delegation, codes.join(QLatin1String(", ")))};
    }
    return {};
}

QString NegotiationRepository::commitMessage(const QString &message, const QString &delegation)
{
    return message.trimmed() + QLatin1String("\n\nDelegation: ") + delegation + QLatin1Char('\n');
}

QString NegotiationRepository::delegationOf(const QString &commitMessage)
{
    // The trailer block is the last paragraph of the message; read it from the end, without
    // splitting the whole message (log reads thousands of them).
    const QStringView message = QStringView(commitMessage).trimmed();
    qsizetype end = message.size();
    while (end > 0) {
        const qsizetype start = message.lastIndexOf(QLatin1Char('\n'), end - 1) + 1;
        const QStringView line = message.mid(start, end - start);
        if (line.trimmed().isEmpty())
            break;
        if (line.startsWith(QLatin1String("Delegation:")))
            return line.mid(11).trimmed().toString();
        end = start - 1;
    }
    return {};
}

Result<NegotiationRepository::SaveOutcome> NegotiationRepository::save(const SaveRequest &request)
{
    if (request.message.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("a save needs a message")};

    SaveLock lock(m_git.gitDirectory());
    if (!lock.acquire(kLockWaitMs))
        return busy();

    // Compare-and-swap, first look: has the branch moved since the text was loaded?
    std::optional<git::Oid> head;
    if (auto target = m_git.branchTarget(m_branch))
        head = target.value();
    else if (target.error().kind != Error::Kind::NotFound)
        return Error{target.error().kind, tr("cannot save: %1").arg(target.error().message)};
    if (head != request.base)
        return Error{Error::Kind::Stale,
                     tr("the branch has moved since this text was loaded (now at %1): another "
                        "save came first; nothing was overwritten")
                         .arg(head ? head->shortString() : tr("no revision"))};

    bool changed = !request.base.has_value();
    for (auto it = request.files.begin(); !changed && it != request.files.end(); ++it) {
        auto committed = m_git.fileAt(*request.base, it.key());
        changed = !committed || committed.value() != it.value();
    }

    SaveOutcome outcome;
    if (changed) {
        git::Signature author{request.identity.name, request.identity.email,
                              request.when.isValid() ? request.when : QDateTime::currentDateTime()};
        auto commit =
            m_git.createCommit(request.base, request.files, author,
                               commitMessage(request.message, request.identity.delegation));
        if (!commit)
            return Error{commit.error().kind, tr("cannot save: %1").arg(commit.error().message)};
        if (auto published =
                publish(commit.value(), request.base,
                        QStringLiteral("plenary: ") +
                            request.message.trimmed().section(QLatin1Char('\n'), 0, 0));
            !published)
            return published.error();
        outcome.commit = commit.value();
        m_openedAt = commit.value();
    }

    // The working files now get the committed bytes (the canonical form).
    outcome.warning = writeWorkingFiles(request.files, {});
    if (outcome.commit) {
        const QString indexWarning = updateIndex(*outcome.commit);
        if (outcome.warning.isEmpty())
            outcome.warning = indexWarning;
    }
    return outcome;
}

QString NegotiationRepository::writeWorkingFiles(const QMap<QString, QByteArray> &files,
                                                 const QStringList &removed)
{
    QString warning;
    for (auto it = files.begin(); it != files.end(); ++it) {
        bool exists = false;
        if (readWorkingFile(filePath(it.key()), &exists) == it.value() && exists)
            continue;
        QDir().mkpath(QFileInfo(filePath(it.key())).absolutePath());
        QSaveFile file(filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() ||
            !file.commit())
            warning = tr("saved, but %1 could not be written in the working directory: %2")
                          .arg(it.key(), file.errorString());
    }
    for (const QString &file : removed) {
        if (QFileInfo::exists(filePath(file)) && !QFile::remove(filePath(file)))
            warning = tr("saved, but %1 could not be removed from the working directory").arg(file);
    }
    return warning;
}

QString NegotiationRepository::updateIndex(const git::Oid &commit)
{
    Result<void> indexed = m_git.resetIndexTo(commit);
    for (int i = 0; !indexed && indexed.error().kind == Error::Kind::Locked && i < kRetries; ++i) {
        SaveLock::removeIfAbandoned(m_git.gitDirectory() + QLatin1String("index.lock"));
        QThread::msleep(kRetryPauseMs);
        indexed = m_git.resetIndexTo(commit);
    }
    if (indexed)
        return QString();
    return tr("saved, but git's index could not be updated (%1); 'git status' may list the files "
              "as changed until the next save")
        .arg(indexed.error().message);
}

QStringList NegotiationRepository::plenaryFiles()
{
    return {kManifestFile, kTextFile, kCommentsFile, kDictionaryFile, kAttributesFile};
}

Result<QMap<QString, QByteArray>>
NegotiationRepository::plenaryFilesAt(const git::Oid &commit) const
{
    QMap<QString, QByteArray> files;
    for (const QString &name : plenaryFiles()) {
        auto bytes = m_git.fileAt(commit, name);
        if (bytes)
            files.insert(name, bytes.value());
        else if (bytes.error().kind != Error::Kind::NotFound)
            return Error{bytes.error().kind,
                         tr("cannot read %1 at revision %2: %3")
                             .arg(name, commit.shortString(), bytes.error().message)};
    }
    return files;
}

Result<QStringList> NegotiationRepository::unsavedFiles() const
{
    QStringList changed;
    const std::optional<git::Oid> head = currentHead();
    for (const QString &name : plenaryFiles()) {
        bool exists = false;
        const QByteArray working = readWorkingFile(filePath(name), &exists);
        if (!head) {
            if (exists && name != kManifestFile && name != kAttributesFile)
                changed.append(name);
            continue;
        }
        auto committed = m_git.fileAt(*head, name);
        if (!committed && committed.error().kind != Error::Kind::NotFound)
            return committed.error();
        if (bool(committed) != exists || (committed && committed.value() != working))
            changed.append(name);
    }
    return changed;
}

std::optional<git::Oid> NegotiationRepository::currentHead() const
{
    auto target = m_git.branchTarget(m_branch);
    return target ? std::optional<git::Oid>(target.value()) : std::nullopt;
}

QString NegotiationRepository::branchName() const
{
    return m_branch.startsWith(QLatin1String("refs/heads/")) ? m_branch.mid(11) : m_branch;
}

Result<void> NegotiationRepository::checkNothingUnsaved(const QString &action) const
{
    auto unsaved = unsavedFiles();
    if (!unsaved)
        return unsaved.error();
    if (!unsaved->isEmpty())
        return Error{Error::Kind::Invalid,
                     tr("cannot %1: %2 has changes not saved as a revision; commit them first "
                        "('plenary commit -m MESSAGE')")
                         .arg(action, unsaved->join(QLatin1String(", ")))};
    return {};
}

Result<QString> NegotiationRepository::checkOut(const git::Oid &from, const git::Oid &to)
{
    auto before = plenaryFilesAt(from);
    if (!before)
        return before.error();
    auto after = plenaryFilesAt(to);
    if (!after)
        return after.error();
    QStringList removed;
    for (auto it = before->begin(); it != before->end(); ++it)
        if (!after->contains(it.key()))
            removed.append(it.key());
    QString warning = writeWorkingFiles(after.value(), removed);
    const QString indexWarning = updateIndex(to);
    return warning.isEmpty() ? indexWarning : warning;
}

Result<QString> NegotiationRepository::switchTo(const QString &branch)
{
    const QString ref = QLatin1String("refs/heads/") + branch;
    if (ref == m_branch)
        return QString();
    auto target = m_git.branchTarget(ref);
    if (!target)
        return Error{target.error().kind,
                     target.error().kind == Error::Kind::NotFound
                         ? tr("there is no branch '%1'; 'plenary branch' lists them").arg(branch)
                         : target.error().message};
    if (auto clean = checkNothingUnsaved(tr("switch branches")); !clean)
        return clean.error();
    SaveLock lock(m_git.gitDirectory());
    if (!lock.acquire(kLockWaitMs))
        return busy();
    const std::optional<git::Oid> head = currentHead();
    if (auto moved = m_git.setHead(ref); !moved)
        return moved.error();
    m_branch = ref;
    m_openedAt = target.value();
    if (!head)
        return QString();
    return checkOut(*head, target.value());
}

bool NegotiationRepository::isValidProposalName(const QString &slug)
{
    // A branch name git accepts, and one that fits the manifest's "proposal SLUG: Title" key.
    return git::Repository::isValidBranchName(slug) && !slug.contains(QLatin1Char(' ')) &&
           !slug.contains(QLatin1Char(':'));
}

Result<git::Oid> NegotiationRepository::startProposal(const QString &slug, const QString &title,
                                                      const Identity &identity)
{
    if (!isValidProposalName(slug))
        return Error{Error::Kind::Invalid,
                     tr("'%1' cannot name a proposal: use a short name such as eu-op7 (letters, "
                        "digits, '-', '.', '_' and '/')")
                         .arg(slug)};
    const std::optional<git::Oid> head = currentHead();
    if (!head)
        return Error{Error::Kind::Invalid, tr("save a first revision before starting a proposal")};
    if (auto exists = m_git.branchTarget(QLatin1String("refs/heads/") + slug); exists)
        return Error{Error::Kind::Exists, tr("a branch named '%1' already exists").arg(slug)};
    if (auto known = checkIdentity(identity); !known)
        return known.error();
    if (auto clean = checkNothingUnsaved(tr("start a proposal")); !clean)
        return clean.error();
    auto manifest = workingManifest();
    if (!manifest)
        return manifest.error();
    if (auto created = m_git.createBranch(slug, *head); !created)
        return created.error();
    if (auto switched = switchTo(slug); !switched)
        return switched.error();
    // The title travels with the branch in the manifest, which merges key by key.
    manifest->setProposalTitle(slug, title.trimmed().isEmpty() ? slug : title.trimmed());
    SaveRequest request;
    request.base = head;
    request.files.insert(kManifestFile, manifest->write());
    request.identity = identity;
    request.message = tr("Start proposal %1: %2").arg(slug, manifest->proposalTitle(slug));
    auto saved = save(request);
    if (!saved)
        return saved.error();
    return saved->commit.value_or(*head);
}

Result<NegotiationRepository::SaveOutcome>
NegotiationRepository::moveBranch(const git::Oid &target, const git::Oid &expected,
                                  const QString &reflog)
{
    SaveLock lock(m_git.gitDirectory());
    if (!lock.acquire(kLockWaitMs))
        return busy();
    if (auto published = publish(target, expected, reflog); !published)
        return published.error();
    m_openedAt = target;
    auto written = checkOut(expected, target);
    if (!written)
        return written.error();
    return SaveOutcome{target, written.value()};
}

Result<NegotiationRepository::SaveOutcome>
NegotiationRepository::commitMerge(const git::Oid &ours, const git::Oid &theirs,
                                   const QMap<QString, QByteArray> &files, const Identity &identity,
                                   const QString &message)
{
    if (auto known = checkIdentity(identity); !known)
        return known.error();
    git::Signature author{identity.name, identity.email, QDateTime::currentDateTime()};
    auto commit = m_git.createCommit(QList<git::Oid>{ours, theirs}, files, author,
                                     commitMessage(message, identity.delegation));
    if (!commit)
        return Error{commit.error().kind, tr("cannot merge: %1").arg(commit.error().message)};
    SaveLock lock(m_git.gitDirectory());
    if (!lock.acquire(kLockWaitMs))
        return busy();
    if (auto published =
            publish(commit.value(), ours,
                    QStringLiteral("plenary: ") + message.section(QLatin1Char('\n'), 0, 0));
        !published)
        return published.error();
    m_openedAt = commit.value();
    // The merge keeps every file of ours and replaces Plenary's: only those need writing.
    QString warning = writeWorkingFiles(files, {});
    const QString indexWarning = updateIndex(commit.value());
    return SaveOutcome{commit.value(), warning.isEmpty() ? indexWarning : warning};
}

Result<void> NegotiationRepository::publish(const git::Oid &commit,
                                            const std::optional<git::Oid> &base,
                                            const QString &reflog)
{
    const QString refLock = m_git.gitDirectory() + m_branch + QLatin1String(".lock");
    for (int attempt = 0;; ++attempt) {
        Result<void> updated = m_git.updateBranch(m_branch, commit, base, reflog);
        if (updated)
            return {};
        if (updated.error().kind == Error::Kind::Stale)
            return Error{Error::Kind::Stale,
                         tr("the branch has moved since this text was loaded: another save came "
                            "first; nothing was overwritten")};
        if (updated.error().kind != Error::Kind::Locked)
            return Error{updated.error().kind, tr("cannot save: %1").arg(updated.error().message)};
        if (attempt >= kRetries)
            return busy();
        // Held by a live git process: wait. Left by a killed save: take it over.
        SaveLock::removeIfAbandoned(refLock);
        QThread::msleep(kRetryPauseMs);
    }
}

QHash<git::Oid, QStringList> NegotiationRepository::tagsByCommit() const
{
    QHash<git::Oid, QStringList> result;
    if (auto tags = m_git.tags())
        for (const git::TagInfo &tag : tags.value())
            result[tag.commit].append(tag.name);
    for (QStringList &names : result)
        names.sort();
    return result;
}

Revision NegotiationRepository::makeRevision(const git::CommitInfo &info,
                                             const QHash<git::Oid, QStringList> &tags)
{
    Revision r;
    r.id = info.id;
    r.author = info.author;
    r.delegation = delegationOf(info.message);
    r.subject = QStringView(info.message)
                    .left(info.message.indexOf(QLatin1Char('\n')))
                    .trimmed()
                    .toString();
    r.tags = tags.value(info.id);
    return r;
}

Result<Revision> NegotiationRepository::revision(const git::Oid &id) const
{
    auto info = m_git.commit(id);
    if (!info)
        return info.error();
    return makeRevision(info.value(), tagsByCommit());
}

Result<QList<Revision>> NegotiationRepository::log(const git::Oid &from,
                                                   const LogFilter &filter) const
{
    const QHash<git::Oid, QStringList> tags = tagsByCommit();
    const QByteArray paragraphId = filter.paragraphId.toUtf8();
    QList<Revision> revisions;
    std::optional<Error> failure;

    auto walked = m_git.walk(from, [&](const git::CommitInfo &commit) {
        const git::CommitInfo *info = &commit;
        const git::Oid &id = commit.id;
        if (filter.since.isValid() && info->author.when < filter.since)
            return true;
        const QString delegation = delegationOf(info->message);
        if (!filter.delegation.isEmpty() && delegation != filter.delegation)
            return true;
        if (!paragraphId.isEmpty()) {
            auto blob = m_git.blobAt(id, kTextFile);
            auto parentBlob = info->parents.isEmpty()
                                  ? Result<git::Oid>(Error{Error::Kind::NotFound, {}})
                                  : m_git.blobAt(info->parents.first(), kTextFile);
            if (blob && parentBlob && blob.value() == parentBlob.value())
                return true;
            const auto mine = blob ? ParagraphFingerprints::of(
                                         m_git.blobContent(blob.value()).value_or(QByteArray()))
                                   : ParagraphFingerprints();
            const auto theirs =
                parentBlob ? ParagraphFingerprints::of(
                                 m_git.blobContent(parentBlob.value()).value_or(QByteArray()))
                           : ParagraphFingerprints();
            const auto *a = mine.find(paragraphId);
            const auto *b = theirs.find(paragraphId);
            if ((!a && !b) || (a && b && a->line == b->line))
                return true;
        }
        revisions.append(makeRevision(commit, tags));
        return filter.maxCount < 0 || revisions.size() < filter.maxCount;
    });
    if (failure)
        return *failure;
    if (!walked)
        return walked.error();
    return revisions;
}

Result<QSet<QString>> NegotiationRepository::paragraphsChangedBy(const QString &delegation,
                                                                 const git::Oid &since,
                                                                 const git::Oid &until) const
{
    QSet<QString> changed;
    std::optional<git::Oid> next = until;
    while (next && !(*next == since)) {
        auto info = m_git.commit(*next);
        if (!info)
            return info.error();
        const git::Oid id = *next;
        next = info->parents.isEmpty() ? std::nullopt : std::optional(info->parents.first());
        if (!next)
            return Error{Error::Kind::NotFound, tr("revision %1 is not in the history before %2")
                                                    .arg(since.shortString(), until.shortString())};
        if (delegationOf(info->message) != delegation)
            continue;
        auto mine = m_git.blobAt(id, kTextFile);
        auto theirs = m_git.blobAt(*next, kTextFile);
        if (!mine || (theirs && mine.value() == theirs.value()))
            continue;
        const auto after =
            ParagraphFingerprints::of(m_git.blobContent(mine.value()).value_or(QByteArray()));
        const auto before = theirs ? ParagraphFingerprints::of(
                                         m_git.blobContent(theirs.value()).value_or(QByteArray()))
                                   : ParagraphFingerprints();
        for (auto it = after.all().cbegin(); it != after.all().cend(); ++it) {
            const auto *old = before.find(it.key());
            if (!old || old->line != it->line)
                changed.insert(QString::fromLatin1(it.key()));
        }
    }
    return changed;
}

Result<QByteArray> NegotiationRepository::textAt(const git::Oid &revision) const
{
    auto bytes = m_git.fileAt(revision, kTextFile);
    if (!bytes)
        return Error{bytes.error().kind,
                     tr("revision %1 has no %2").arg(revision.shortString(), kTextFile)};
    return bytes;
}

Result<QByteArray> NegotiationRepository::commentsAt(const git::Oid &revision) const
{
    auto bytes = m_git.fileAt(revision, kCommentsFile);
    if (!bytes && bytes.error().kind == Error::Kind::NotFound)
        return QByteArray();
    if (!bytes)
        return Error{bytes.error().kind,
                     tr("cannot read %1 at revision %2: %3")
                         .arg(kCommentsFile, revision.shortString(), bytes.error().message)};
    return bytes;
}

Result<void> NegotiationRepository::tag(const git::Oid &revision, const QString &name,
                                        const Identity &identity, const QString &message)
{
    if (!git::Repository::isValidTagName(name))
        return Error{Error::Kind::Invalid, tr("'%1' is not a valid revision name").arg(name)};
    if (auto checked = checkIdentity(identity); !checked)
        return checked;
    const QString body = commitMessage(message.isEmpty() ? name : message, identity.delegation);
    auto created = m_git.createTag(
        name, revision, {identity.name, identity.email, QDateTime::currentDateTime()}, body);
    if (!created && created.error().kind == Error::Kind::Exists)
        return Error{
            Error::Kind::Exists,
            tr("revision name '%1' is already used; named revisions are never moved").arg(name)};
    return created;
}

Result<QList<ParagraphBlame>> NegotiationRepository::blame(const git::Oid &rev) const
{
    auto textBlob = m_git.blobAt(rev, kTextFile);
    if (!textBlob)
        return Error{textBlob.error().kind,
                     tr("revision %1 has no %2").arg(rev.shortString(), kTextFile)};
    auto bytes = m_git.blobContent(textBlob.value());
    if (!bytes)
        return bytes.error();
    const ReadResult read = DocumentReader::read(bytes.value());
    for (const Diagnostic &d : read.diagnostics)
        if (d.isError())
            return Error{Error::Kind::Invalid,
                         tr("revision %1: %2").arg(rev.shortString(), d.format(kTextFile))};

    // Walk the first-parent line back from the revision. A paragraph is attributed to the
    // newest revision whose parent had a different text for it (or did not have it): while a
    // paragraph is open, its text in every revision walked so far equals its text at `rev`, so
    // each parent is compared with that text directly. Revisions that did not touch the text
    // file cost one object-id comparison; the walk stops once every paragraph is attributed.
    struct Open
    {
        QByteArray text;
        bool seenUnchanged = false;
    };
    std::unordered_map<std::string_view, Open> open;
    QList<QByteArray> ids; // owns the keys of `open`
    ids.reserve(read.document.paragraphs.size());
    ParagraphFingerprints::forEachParagraph(
        bytes.value(), [&](QByteArrayView id, QByteArrayView, QByteArrayView text) {
            ids.append(id.toByteArray());
            open.emplace(std::string_view(ids.last().constData(), size_t(ids.last().size())),
                         Open{text.toByteArray()});
        });
    QHash<QByteArray, git::Oid> attributed;

    git::Oid current = rev;
    git::Oid currentBlob = textBlob.value();
    while (!open.empty()) {
        auto firstParent = m_git.firstParent(current);
        if (!firstParent)
            return firstParent.error();
        if (!firstParent->has_value()) {
            for (const auto &entry : open)
                attributed.insert(QByteArray(entry.first.data(), qsizetype(entry.first.size())),
                                  current);
            break;
        }
        const git::Oid parent = **firstParent;
        auto parentBlob = m_git.blobAt(parent, kTextFile);
        if (parentBlob && parentBlob.value() == currentBlob) {
            current = parent;
            continue;
        }
        if (parentBlob) {
            if (auto parentBytes = m_git.blobContent(parentBlob.value()))
                ParagraphFingerprints::forEachParagraph(
                    parentBytes.value(),
                    [&](QByteArrayView id, QByteArrayView, QByteArrayView text) {
                        const auto it = open.find(std::string_view(id.data(), size_t(id.size())));
                        if (it != open.end() && it->second.text == text)
                            it->second.seenUnchanged = true;
                    });
        }
        for (auto it = open.begin(); it != open.end();) {
            if (!it->second.seenUnchanged) {
                attributed.insert(QByteArray(it->first.data(), qsizetype(it->first.size())),
                                  current);
                it = open.erase(it);
            } else {
                it->second.seenUnchanged = false;
                ++it;
            }
        }
        current = parent;
        currentBlob = parentBlob ? parentBlob.value() : git::Oid();
    }

    const QHash<git::Oid, QStringList> tags = tagsByCommit();
    QHash<git::Oid, Revision> revisions;
    QList<ParagraphBlame> result;
    for (const Paragraph &p : read.document.paragraphs) {
        const git::Oid id = attributed.value(p.id.toUtf8());
        if (!revisions.contains(id)) {
            auto info = m_git.commit(id);
            if (!info)
                return info.error();
            revisions.insert(id, makeRevision(info.value(), tags));
        }
        result.append({p.id, revisions.value(id)});
    }
    return result;
}

} // namespace plenary
