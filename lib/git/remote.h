#pragma once

#include "core/result.h"
#include "oid.h"
#include "repository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace plenary::git {

/// How far a transfer with a remote has come.
struct TransferProgress
{
    quint64 totalObjects = 0;    ///< objects to receive (fetch, clone) or to send (push)
    quint64 receivedObjects = 0; ///< objects received so far
    quint64 indexedObjects = 0;  ///< objects received and checked
    quint64 receivedBytes = 0;
    quint64 sentObjects = 0; ///< objects sent so far (push)
    quint64 sentBytes = 0;
    QString remoteMessage; ///< the last line the server reported ("Counting objects: 40% …")
};

/// What the caller is asked for when Plenary has no credentials that the remote accepts.
struct CredentialRequest
{
    QString url;
    QString userName; ///< the user named by the URL, if any
    bool ssh = false; ///< an ssh:// remote (key file or password) rather than http(s)
    int attempt = 1;  ///< 2 and more when the previous answer was refused
};

/// An answer to a CredentialRequest.
struct Credentials
{
    QString userName;
    QString password; ///< the password or token; for a key file, its passphrase
    QString keyFile;  ///< ssh only: a private key file to use instead of a password
};

/// How clone, fetch and push talk to a remote. Every callback is called on the thread that
/// called clone(), fetch() or push() (in the editor, a worker thread), never concurrently.
struct RemoteOptions
{
    /// Called as objects arrive or leave and with the server's progress lines; returning
    /// false cancels the transfer, which then fails with the message "cancelled".
    std::function<bool(const TransferProgress &)> progress;
    /// Asked last, after the ssh agent and key files or the token and the git credential
    /// helper were refused or absent; returning nothing gives up. At most maxCredentialPrompts
    /// times per operation.
    std::function<std::optional<Credentials>(const CredentialRequest &)> askCredentials;
    int maxCredentialPrompts = 3;

    /// A private key for ssh remotes; else $PLENARY_SSH_KEY. Its passphrase, else
    /// $PLENARY_SSH_KEY_PASSPHRASE.
    QString sshKeyFile;
    QString sshKeyPassphrase;
    /// Whether keys held by a running ssh-agent ($SSH_AUTH_SOCK) are offered first.
    bool useSshAgent = true;
    /// Whether ~/.ssh/id_ed25519, id_ecdsa and id_rsa are offered after the named key.
    bool useDefaultSshKeys = true;
    /// The known_hosts file an ssh server's key must be listed in; empty for
    /// ~/.ssh/known_hosts (and /etc/ssh/ssh_known_hosts).
    QString knownHostsFile;
    /// Whether `git credential fill` is asked for http(s) passwords (after $PLENARY_TOKEN).
    bool useCredentialHelper = true;
};

/// One reference a fetch moved.
struct RefUpdate
{
    QString name; ///< "refs/remotes/origin/main", "refs/tags/Rev.2"
    Oid before;   ///< null when the reference is new
    Oid after;
};

/// What a fetch brought.
struct FetchOutcome
{
    QList<RefUpdate> updates; ///< empty when the clone was up to date
    /// Revision names ("Rev.4") this clone already gave another revision than the remote does:
    /// the clone's are kept, as names are never moved.
    QStringList keptNames;
    quint64 receivedObjects = 0;
    quint64 receivedBytes = 0;

    [[nodiscard]] bool upToDate() const { return updates.isEmpty(); }
};

/// How two branches differ: commits on one that the other lacks.
struct AheadBehind
{
    qsizetype ahead = 0;  ///< commits on the branch that its upstream lacks (to push)
    qsizetype behind = 0; ///< commits on the upstream that the branch lacks (to pull)
};

/// The remote branch a local branch follows.
struct Upstream
{
    QString remote;    ///< "origin"
    QString reference; ///< the remote-tracking reference, "refs/remotes/origin/main"
};

/// The shared remote where delegations' clones meet: clone, fetch and push through libgit2,
/// over local paths, file://, ssh:// (and user@host:path) and http(s)://.
///
/// Errors are precise and leave the local repository as it was:
/// - Stale: push() was refused because the remote branch has commits this clone lacks —
///   "the remote has changes that are not here yet: pull first" (also when the server refuses
///   a non-fast-forward update);
/// - Failed with "cannot reach URL: …" (network, missing repository), "authentication failed
///   for URL: …", an ssh host that is unknown or whose key changed (with how to trust it),
///   or "cancelled" when the progress callback returned false.
///
/// Nothing is ever forced: a push only fast-forwards the remote branch.
class Remote
{
    Q_DECLARE_TR_FUNCTIONS(Remote)

public:
    /// Clones `url` into `directory` (which must not exist or be empty) and checks out the
    /// remote's default branch, which follows its remote branch. On failure `directory` is as
    /// it was: removed if the clone created it, emptied again if it was an empty directory.
    [[nodiscard]] static Result<Repository> clone(const QString &url, const QString &directory,
                                                  const RemoteOptions &options = {});

    /// Fetches from a remote: its branches into refs/remotes/REMOTE/*, and the tags on them.
    /// Only remote-tracking references (and tags) move, and only once everything arrived.
    [[nodiscard]] static Result<FetchOutcome>
    fetch(Repository &repository, const QString &remoteName = QStringLiteral("origin"),
          const RemoteOptions &options = {});

    /// Pushes `branch` ("main" or "refs/heads/main") to the branch of the same name on the
    /// remote, fast-forward only. On success the remote-tracking reference moves and the
    /// branch follows the remote branch if it followed none; nothing else changes locally.
    [[nodiscard]] static Result<void> push(Repository &repository, const QString &remoteName,
                                           const QString &branch,
                                           const RemoteOptions &options = {});

    /// The URL of a remote.
    [[nodiscard]] static Result<QString> url(const Repository &repository,
                                             const QString &remoteName = QStringLiteral("origin"));

    /// The remote branch `branch` follows: branch.BRANCH.remote and .merge from the
    /// configuration, else refs/remotes/origin/BRANCH if it exists; NotFound otherwise.
    [[nodiscard]] static Result<Upstream> upstreamOf(const Repository &repository,
                                                     const QString &branch);
    /// Makes `branch` follow the branch of the same name on `remoteName`
    /// (branch.BRANCH.remote and branch.BRANCH.merge).
    [[nodiscard]] static Result<void> setUpstream(Repository &repository, const QString &branch,
                                                  const QString &remoteName);

    /// How many commits `branch` has that `upstream` lacks, and the reverse. Both are
    /// revisions as git understands them ("main", "origin/main", full reference names).
    [[nodiscard]] static Result<AheadBehind>
    aheadBehind(const Repository &repository, const QString &branch, const QString &upstream);

    /// Whether this libgit2 speaks ssh (built with libssh2).
    [[nodiscard]] static bool supportsSsh();
};

} // namespace plenary::git
