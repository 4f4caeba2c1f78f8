#include "remote.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>
#include <git2.h>

namespace plenary::git {

namespace {

template<typename T, void (*Free)(T *)> struct FreeWith
{
    void operator()(T *p) const { Free(p); }
};
template<typename T, void (*Free)(T *)> using Owned = std::unique_ptr<T, FreeWith<T, Free>>;

using RemotePtr = Owned<git_remote, git_remote_free>;
using ReferencePtr = Owned<git_reference, git_reference_free>;
using ConfigPtr = Owned<git_config, git_config_free>;

QString text(const char *s)
{
    return QString::fromUtf8(s ? s : "");
}

// How a remote is reached, from its URL.
struct Address
{
    enum class Kind
    {
        Local, ///< a path or file://
        Ssh,   ///< ssh://, ssh+git://, git+ssh:// or user@host:path
        Http,  ///< http:// or https://
        Other  ///< git:// and anything else libgit2 knows
    };
    Kind kind = Kind::Other;
    QString url;       ///< what libgit2 is given: local paths made absolute
    QString host;      ///< ssh and http(s)
    int port = -1;     ///< ssh: 22 unless given
    QString userName;  ///< from the URL
    QString scheme;    ///< "https", "http" (for the credential helper)
    QString path;      ///< http(s): the path without its leading slash
    QString localPath; ///< a path or file://: the folder
};

Address addressOf(const QString &url)
{
    Address address;
    address.url = url;
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto match = scheme.match(url);
    if (match.hasMatch()) {
        const QString name = match.captured(1).toLower();
        const QUrl parsed(url);
        address.host = parsed.host();
        address.userName = parsed.userName();
        if (name == QLatin1String("file")) {
            address.kind = Address::Kind::Local;
            address.localPath = parsed.toLocalFile();
        } else if (name == QLatin1String("ssh") || name == QLatin1String("ssh+git") ||
                   name == QLatin1String("git+ssh")) {
            address.kind = Address::Kind::Ssh;
            address.port = parsed.port(22);
        } else if (name == QLatin1String("http") || name == QLatin1String("https")) {
            address.kind = Address::Kind::Http;
            address.scheme = name;
            address.port = parsed.port(-1);
            address.path = parsed.path().mid(1);
        }
        return address;
    }
    // As git decides: a colon before any slash makes user@host:path an ssh address.
    static const QRegularExpression scpLike(QStringLiteral("^(?:([^@/:]+)@)?([^/:]+):"));
    if (const auto scp = scpLike.match(url); scp.hasMatch()) {
        address.kind = Address::Kind::Ssh;
        address.userName = scp.captured(1);
        address.host = scp.captured(2);
        address.port = 22;
        return address;
    }
    address.kind = Address::Kind::Local;
    address.url = QFileInfo(url).absoluteFilePath();
    address.localPath = address.url;
    return address;
}

QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name.isEmpty() ? QStringLiteral("git") : name;
}

// --- known_hosts ----------------------------------------------------------------------------

enum class HostKeyStatus
{
    Known,
    Changed,
    Revoked,
    Unknown
};

// OpenSSH's patterns: `*` and `?` wildcards (and nothing else: "[host]:port" is literal),
// compared without regard to case.
bool matchesPattern(const QString &pattern, const QString &host)
{
    QString expression;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            expression += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            expression += QLatin1Char('.');
        else
            expression += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(expression),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(host).hasMatch();
}

// Whether the host field of a known_hosts line ("a,b,!c", "[h]:2222", "|1|salt|hash") names
// `host` (already in its "[host]:port" form for ports other than 22).
bool hostFieldMatches(const QString &field, const QString &host)
{
    if (field.startsWith(QLatin1String("|1|"))) {
        const QStringList parts = field.split(QLatin1Char('|'));
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts[3].toLatin1());
        return QMessageAuthenticationCode::hash(host.toUtf8(), salt, QCryptographicHash::Sha1) ==
               hash;
    }
    bool matched = false;
    for (const QString &pattern : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (matchesPattern(pattern.mid(1), host))
                return false;
        } else if (matchesPattern(pattern, host)) {
            matched = true;
        }
    }
    return matched;
}

HostKeyStatus checkKnownHosts(const QStringList &files, const QString &host, const QByteArray &key)
{
    bool listed = false;
    bool known = false;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
            QString marker;
            if (fields.first().startsWith(QLatin1Char('@')))
                marker = fields.takeFirst();
            if (fields.size() < 3 || marker == QLatin1String("@cert-authority"))
                continue;
            if (!hostFieldMatches(fields[0], host))
                continue;
            const bool sameKey = QByteArray::fromBase64(fields[2].toLatin1()) == key;
            if (marker == QLatin1String("@revoked")) {
                if (sameKey)
                    return HostKeyStatus::Revoked;
                continue;
            }
            listed = true;
            known = known || sameKey;
        }
    }
    if (known)
        return HostKeyStatus::Known;
    return listed ? HostKeyStatus::Changed : HostKeyStatus::Unknown;
}

// --- git credential ------------------------------------------------------------------------

// The request `git credential fill|approve|reject` reads on its standard input.
QByteArray helperRequest(const Address &address, const QString &userName,
                         const QString &password = {})
{
    QByteArray request = "protocol=" + address.scheme.toUtf8() + '\n';
    QString host = address.host;
    if (address.port > 0)
        host += QLatin1Char(':') + QString::number(address.port);
    request += "host=" + host.toUtf8() + '\n';
    if (!address.path.isEmpty())
        request += "path=" + address.path.toUtf8() + '\n';
    if (!userName.isEmpty())
        request += "username=" + userName.toUtf8() + '\n';
    if (!password.isEmpty())
        request += "password=" + password.toUtf8() + '\n';
    return request + '\n';
}

// Runs `git credential ACTION`; its standard output, or nothing if git failed or is missing.
std::optional<QByteArray> runCredentialHelper(const QString &action, const QByteArray &request)
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never a prompt on a terminal nobody may be watching: the caller asks instead.
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    git.setProcessEnvironment(env);
    git.start(QStringLiteral("git"), {QStringLiteral("credential"), action});
    if (!git.waitForStarted(10000))
        return std::nullopt;
    git.write(request);
    git.closeWriteChannel();
    // A helper may wait for a keyring to be unlocked.
    if (!git.waitForFinished(120000)) {
        git.kill();
        git.waitForFinished(1000);
        return std::nullopt;
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        return std::nullopt;
    return git.readAllStandardOutput();
}

std::optional<Credentials> credentialHelperFill(const Address &address, const QString &userName)
{
    const auto answer =
        runCredentialHelper(QStringLiteral("fill"), helperRequest(address, userName));
    if (!answer)
        return std::nullopt;
    Credentials credentials;
    for (const QByteArray &line : answer->split('\n')) {
        if (line.startsWith("username="))
            credentials.userName = QString::fromUtf8(line.mid(9));
        else if (line.startsWith("password="))
            credentials.password = QString::fromUtf8(line.mid(9));
    }
    if (credentials.password.isEmpty())
        return std::nullopt;
    return credentials;
}

// --- one operation with a remote ---------------------------------------------------------

// One way of authenticating, tried once per operation (a prompt up to maxCredentialPrompts).
struct Attempt
{
    enum class Kind
    {
        Agent,
        KeyFile,
        Token,
        Helper,
        Ask
    };
    Kind kind;
    QString keyFile;
    QString passphrase;
};

// The state shared with libgit2's callbacks for one clone, fetch or push.
struct Session
{
    Session(const RemoteOptions &options, const QString &url)
        : options(options), address(addressOf(url))
    {
        planAttempts();
    }

    const RemoteOptions &options;
    Address address;

    std::optional<Error> failure; // set by a callback that stopped the operation
    bool cancelled = false;
    TransferProgress progress;
    QList<RefUpdate> updates;
    QString rejectedReference;
    QString rejection;

    QList<Attempt> attempts;
    qsizetype next = 0;                    // the attempt to make on the next request
    qsizetype lastOffered = -1;            // the attempt that produced the credentials last given
    bool newConnection = false;            // an ssh connection began since the last request
    int requests = 0;                      // every request, for a hard bound
    int prompts = 0;                       // answers asked of the caller
    std::optional<Credentials> fromHelper; // to approve or reject afterwards
    QStringList tried;                     // for the message when every attempt was refused

    void planAttempts();
    int credentials(git_credential **out, const char *userFromUrl, unsigned allowed);
    int offer(git_credential **out, const Attempt &attempt, const QString &userName,
              unsigned allowed);
    int checkHostKey(git_cert *cert, const char *host);
    bool report();
    void finish(bool succeeded);
    [[nodiscard]] Error errorFor(int rc) const;
    [[nodiscard]] git_remote_callbacks callbacks();

    int stop(Error error, int code)
    {
        failure = std::move(error);
        git_error_set_str(GIT_ERROR_CALLBACK, failure->message.toUtf8().constData());
        return code;
    }
};

void Session::planAttempts()
{
    if (address.kind == Address::Kind::Ssh) {
        const QString socket = qEnvironmentVariable("SSH_AUTH_SOCK");
        if (options.useSshAgent && !socket.isEmpty() && QFileInfo::exists(socket))
            attempts.append({Attempt::Kind::Agent, {}, {}});
        QString keyFile = options.sshKeyFile;
        QString passphrase = options.sshKeyPassphrase;
        if (keyFile.isEmpty()) {
            keyFile = qEnvironmentVariable("PLENARY_SSH_KEY");
            passphrase = qEnvironmentVariable("PLENARY_SSH_KEY_PASSPHRASE");
        }
        if (!keyFile.isEmpty())
            attempts.append({Attempt::Kind::KeyFile, keyFile, passphrase});
        if (options.useDefaultSshKeys) {
            const QString ssh = QDir::homePath() + QLatin1String("/.ssh/");
            for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
                const QString path = ssh + QLatin1String(name);
                if (path != keyFile && QFileInfo(path).isFile())
                    attempts.append({Attempt::Kind::KeyFile, path, {}});
            }
        }
    } else if (address.kind == Address::Kind::Http) {
        if (!qEnvironmentVariable("PLENARY_TOKEN").isEmpty())
            attempts.append({Attempt::Kind::Token, {}, {}});
        if (options.useCredentialHelper)
            attempts.append({Attempt::Kind::Helper, {}, {}});
    }
    if (options.askCredentials)
        attempts.append({Attempt::Kind::Ask, {}, {}});
}

int Session::credentials(git_credential **out, const char *userFromUrl, unsigned allowed)
{
    // libgit2 asks again whenever the server refused what it was given; each way is tried
    // once, and a hard bound guards against a server that never says yes or no.
    if (++requests > 32)
        return stop(Error::failed(QCoreApplication::translate(
                                      "Remote", "authentication failed for %1: too many attempts")
                                      .arg(address.url)),
                    GIT_EAUTH);

    const bool ssh = address.kind == Address::Kind::Ssh;
    if (ssh && allowed == GIT_CREDENTIAL_USERNAME) {
        const QString name = address.userName.isEmpty() ? localUserName() : address.userName;
        return git_credential_username_new(out, name.toUtf8().constData());
    }

    // A new ssh connection after a successful one: what worked is offered again first.
    if (newConnection && lastOffered >= 0)
        next = lastOffered;
    newConnection = false;

    // Asked again: the previous answer was refused.
    if (lastOffered >= 0 && next > lastOffered && fromHelper &&
        attempts[lastOffered].kind == Attempt::Kind::Helper) {
        runCredentialHelper(QStringLiteral("reject"),
                            helperRequest(address, fromHelper->userName, fromHelper->password));
        fromHelper.reset();
    }

    QString userName = text(userFromUrl);
    if (userName.isEmpty())
        userName = address.userName;
    while (next < attempts.size()) {
        const qsizetype index = next;
        const Attempt &attempt = attempts[index];
        if (attempt.kind != Attempt::Kind::Ask)
            ++next;
        const int rc = offer(out, attempt, userName, allowed);
        if (rc == GIT_PASSTHROUGH)
            continue;
        if (rc == 0)
            lastOffered = index;
        return rc;
    }
    const QString what =
        tried.isEmpty()
            ? QCoreApplication::translate("Remote", "no credentials were found (tried the "
                                                    "ssh agent, key files, $PLENARY_TOKEN and the "
                                                    "git credential helper)")
            : QCoreApplication::translate("Remote", "the remote refused %1")
                  .arg(tried.join(QLatin1String(", ")));
    return stop(
        Error::failed(QCoreApplication::translate("Remote", "authentication failed for %1: %2")
                          .arg(address.url, what)),
        GIT_EAUTH);
}

// Credentials from one attempt; GIT_PASSTHROUGH when it has none to give.
int Session::offer(git_credential **out, const Attempt &attempt, const QString &userName,
                   unsigned allowed)
{
    const bool ssh = address.kind == Address::Kind::Ssh;
    const QByteArray user = userName.toUtf8();
    switch (attempt.kind) {
    case Attempt::Kind::Agent:
        if (!(allowed & GIT_CREDENTIAL_SSH_KEY))
            return GIT_PASSTHROUGH;
        tried.append(QCoreApplication::translate("Remote", "the keys of the ssh agent"));
        return git_credential_ssh_key_from_agent(out, user.constData());
    case Attempt::Kind::KeyFile: {
        if (!(allowed & GIT_CREDENTIAL_SSH_KEY))
            return GIT_PASSTHROUGH;
        if (!QFileInfo(attempt.keyFile).isFile())
            return stop(
                Error{Error::Kind::NotFound,
                      QCoreApplication::translate("Remote", "the ssh key file %1 does not exist")
                          .arg(attempt.keyFile)},
                GIT_EAUTH);
        tried.append(QCoreApplication::translate("Remote", "the key %1").arg(attempt.keyFile));
        const QString publicKey = attempt.keyFile + QLatin1String(".pub");
        const QByteArray publicPath =
            QFileInfo(publicKey).isFile() ? QFile::encodeName(publicKey) : QByteArray();
        return git_credential_ssh_key_new(
            out, user.constData(), publicPath.isEmpty() ? nullptr : publicPath.constData(),
            QFile::encodeName(attempt.keyFile).constData(),
            attempt.passphrase.isEmpty() ? nullptr : attempt.passphrase.toUtf8().constData());
    }
    case Attempt::Kind::Token: {
        if (!(allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT))
            return GIT_PASSTHROUGH;
        tried.append(QCoreApplication::translate("Remote", "the token in $PLENARY_TOKEN"));
        const QByteArray name = userName.isEmpty() ? QByteArray("plenary") : user;
        return git_credential_userpass_plaintext_new(
            out, name.constData(), qEnvironmentVariable("PLENARY_TOKEN").toUtf8().constData());
    }
    case Attempt::Kind::Helper: {
        if (!(allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT))
            return GIT_PASSTHROUGH;
        auto credentials = credentialHelperFill(address, userName);
        if (!credentials)
            return GIT_PASSTHROUGH;
        if (credentials->userName.isEmpty())
            credentials->userName = userName;
        tried.append(
            QCoreApplication::translate("Remote", "the password of the git credential helper"));
        fromHelper = credentials;
        return git_credential_userpass_plaintext_new(out,
                                                     credentials->userName.toUtf8().constData(),
                                                     credentials->password.toUtf8().constData());
    }
    case Attempt::Kind::Ask: {
        if (prompts >= options.maxCredentialPrompts) {
            ++next;
            return GIT_PASSTHROUGH;
        }
        ++prompts;
        const auto answer = options.askCredentials({address.url, userName, ssh, prompts});
        if (!answer) {
            ++next;
            return stop(Error::failed(QCoreApplication::translate(
                                          "Remote", "authentication failed for %1: no credentials "
                                                    "were given")
                                          .arg(address.url)),
                        GIT_EAUTH);
        }
        tried.append(QCoreApplication::translate("Remote", "the credentials given"));
        // libgit2 insists on the user name it connected with.
        const QByteArray name = ssh && !userName.isEmpty() ? user : answer->userName.toUtf8();
        if (ssh && !answer->keyFile.isEmpty() && (allowed & GIT_CREDENTIAL_SSH_KEY))
            return git_credential_ssh_key_new(
                out, name.constData(), nullptr, QFile::encodeName(answer->keyFile).constData(),
                answer->password.isEmpty() ? nullptr : answer->password.toUtf8().constData());
        if (!(allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT))
            return stop(Error::failed(QCoreApplication::translate(
                                          "Remote", "authentication failed for %1: the remote "
                                                    "accepts only ssh keys, not a password")
                                          .arg(address.url)),
                        GIT_EAUTH);
        return git_credential_userpass_plaintext_new(out, name.constData(),
                                                     answer->password.toUtf8().constData());
    }
    }
    return GIT_PASSTHROUGH;
}

int Session::checkHostKey(git_cert *cert, const char *libgitHost)
{
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2)
        return GIT_PASSTHROUGH; // TLS: libgit2's own verification against the system's CAs
    newConnection = true;
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
    QString host = address.host.isEmpty() ? text(libgitHost) : address.host;
    const int port = address.port > 0 ? address.port : 22;
    const QString name =
        port == 22 ? host : QStringLiteral("[%1]:%2").arg(host, QString::number(port));
    if (!(hostKey->type & GIT_CERT_SSH_RAW))
        return stop(Error::failed(
                        QCoreApplication::translate("Remote", "cannot check the ssh host key of %1")
                            .arg(name)),
                    GIT_ECERTIFICATE);

    QStringList files;
    if (!options.knownHostsFile.isEmpty())
        files = {options.knownHostsFile};
    else
        files = {QDir::homePath() + QLatin1String("/.ssh/known_hosts"),
                 QStringLiteral("/etc/ssh/ssh_known_hosts")};
    const QByteArray key(hostKey->hostkey, qsizetype(hostKey->hostkey_len));
    const QString listed = files.first();
    switch (checkKnownHosts(files, name, key)) {
    case HostKeyStatus::Known:
        return 0;
    case HostKeyStatus::Unknown: {
        const QString keyscan =
            port == 22 ? QStringLiteral("ssh-keyscan %1").arg(host)
                       : QStringLiteral("ssh-keyscan -p %1 %2").arg(QString::number(port), host);
        return stop(Error::failed(QCoreApplication::translate(
                                      "Remote", "unknown ssh host %1: its key is not in %2; if you "
                                                "trust it, add it with: %3 >> %2")
                                      .arg(name, listed, keyscan)),
                    GIT_ECERTIFICATE);
    }
    case HostKeyStatus::Changed:
        return stop(
            Error::failed(QCoreApplication::translate(
                              "Remote", "the ssh host key of %1 does not match %2: someone "
                                        "may be intercepting the connection; if the server's "
                                        "key was replaced, remove the old one with: "
                                        "ssh-keygen -R '%1'")
                              .arg(name, listed)),
            GIT_ECERTIFICATE);
    case HostKeyStatus::Revoked:
        return stop(Error::failed(QCoreApplication::translate(
                                      "Remote", "the ssh host key of %1 is revoked in %2")
                                      .arg(name, listed)),
                    GIT_ECERTIFICATE);
    }
    return GIT_ECERTIFICATE;
}

// Hands the progress to the caller; false when it asked to cancel.
bool Session::report()
{
    if (!options.progress || options.progress(progress))
        return true;
    cancelled = true;
    git_error_set_str(GIT_ERROR_CALLBACK, "cancelled");
    return false;
}

void Session::finish(bool succeeded)
{
    if (!fromHelper)
        return;
    runCredentialHelper(succeeded ? QStringLiteral("approve") : QStringLiteral("reject"),
                        helperRequest(address, fromHelper->userName, fromHelper->password));
    fromHelper.reset();
}

Error Session::errorFor(int rc) const
{
    if (cancelled)
        return Error::failed(QCoreApplication::translate("Remote", "cancelled"));
    if (failure)
        return *failure;
    const git_error *e = git_error_last();
    QString message = e && e->message
                          ? QString::fromUtf8(e->message).trimmed()
                          : QCoreApplication::translate("Remote", "git error %1").arg(rc);
    const int klass = e ? e->klass : GIT_ERROR_NONE;
    // libgit2 says "unsupported URL protocol" for a path that does not exist.
    if (address.kind == Address::Kind::Local && !QFileInfo::exists(address.localPath))
        return Error::failed(
            QCoreApplication::translate("Remote", "cannot reach %1: the folder %2 does not exist")
                .arg(address.url, address.localPath));
    // The server may hang up after too many refusals before libgit2 asks again.
    if (rc == GIT_EAUTH && !tried.isEmpty())
        return Error::failed(QCoreApplication::translate(
                                 "Remote", "authentication failed for %1: the remote refused %2")
                                 .arg(address.url, tried.join(QLatin1String(", "))));
    if (rc == GIT_EAUTH)
        return Error::failed(
            QCoreApplication::translate("Remote", "authentication failed for %1: %2")
                .arg(address.url, message));
    if (rc == GIT_ECERTIFICATE)
        return Error::failed(
            QCoreApplication::translate("Remote", "the certificate of %1 is not trusted: %2")
                .arg(address.url, message));
    // "failed to connect to 127.0.0.1: Connection refused" says the host twice.
    static const QRegularExpression connect(QStringLiteral("^failed to connect to [^:]*: (.+)$"));
    if (const auto match = connect.match(message); match.hasMatch()) {
        message = match.captured(1);
        message[0] = message[0].toLower();
    }
    if (klass == GIT_ERROR_NET || klass == GIT_ERROR_SSH || klass == GIT_ERROR_HTTP ||
        klass == GIT_ERROR_SSL || klass == GIT_ERROR_OS || rc == GIT_ENOTFOUND ||
        (address.kind == Address::Kind::Local && klass == GIT_ERROR_REPOSITORY))
        return Error::failed(
            QCoreApplication::translate("Remote", "cannot reach %1: %2").arg(address.url, message));
    return lastError(rc, address.url);
}

git_remote_callbacks Session::callbacks()
{
    git_remote_callbacks callbacks;
    git_remote_init_callbacks(&callbacks, GIT_REMOTE_CALLBACKS_VERSION);
    callbacks.payload = this;
    callbacks.credentials = [](git_credential **out, const char *, const char *userFromUrl,
                               unsigned int allowed, void *payload) {
        return static_cast<Session *>(payload)->credentials(out, userFromUrl, allowed);
    };
    callbacks.certificate_check = [](git_cert *cert, int, const char *host, void *payload) {
        return static_cast<Session *>(payload)->checkHostKey(cert, host);
    };
    callbacks.transfer_progress = [](const git_indexer_progress *stats, void *payload) {
        auto *session = static_cast<Session *>(payload);
        session->progress.totalObjects = stats->total_objects;
        session->progress.receivedObjects = stats->received_objects;
        session->progress.indexedObjects = stats->indexed_objects;
        session->progress.receivedBytes = stats->received_bytes;
        return session->report() ? 0 : GIT_EUSER;
    };
    callbacks.sideband_progress = [](const char *str, int len, void *payload) {
        auto *session = static_cast<Session *>(payload);
        // "Counting objects:  40% (2/5)\r": the last complete line. No QRegularExpression here:
        // libgit2 may call this from its own threads, where Qt's per-thread regular expression
        // storage would never be freed.
        QString text = QString::fromUtf8(str, len);
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            session->progress.remoteMessage = lines.last().trimmed();
        return session->report() ? 0 : GIT_EUSER;
    };
    callbacks.push_transfer_progress = [](unsigned int current, unsigned int total, size_t bytes,
                                          void *payload) {
        auto *session = static_cast<Session *>(payload);
        session->progress.sentObjects = current;
        session->progress.totalObjects = total;
        session->progress.sentBytes = bytes;
        return session->report() ? 0 : GIT_EUSER;
    };
    callbacks.update_tips = [](const char *refname, const git_oid *before, const git_oid *after,
                               void *payload) {
        static_cast<Session *>(payload)->updates.append({text(refname), Oid(*before), Oid(*after)});
        return 0;
    };
    callbacks.push_update_reference = [](const char *refname, const char *status, void *payload) {
        auto *session = static_cast<Session *>(payload);
        if (status) {
            session->rejectedReference = text(refname);
            session->rejection = text(status);
        }
        return 0;
    };
    return callbacks;
}

QString fullBranchName(const QString &branch)
{
    return branch.startsWith(QLatin1String("refs/")) ? branch
                                                     : QLatin1String("refs/heads/") + branch;
}

QString shortBranchName(const QString &branch)
{
    return branch.startsWith(QLatin1String("refs/heads/")) ? branch.mid(11) : branch;
}

Error pullFirst(const QString &branch, const QString &remoteName)
{
    return {Error::Kind::Stale,
            QCoreApplication::translate(
                "Remote",
                "the remote has changes that are not here yet (%1 on %2): pull first, then "
                "push again")
                .arg(shortBranchName(branch), remoteName)};
}

Result<RemotePtr> lookupRemote(const Repository &repository, const QString &remoteName)
{
    git_remote *remote = nullptr;
    if (int rc = git_remote_lookup(&remote, repository.raw(), remoteName.toUtf8().constData());
        rc < 0) {
        if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC)
            return Error{Error::Kind::NotFound,
                         QCoreApplication::translate("Remote", "there is no remote named '%1'")
                             .arg(remoteName)};
        return lastError(rc);
    }
    return RemotePtr(remote);
}

// Empties a directory that was empty before a failed clone.
void removeContents(const QString &directory)
{
    QDir dir(directory);
    const auto entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace

Result<Repository> Remote::clone(const QString &url, const QString &directory,
                                 const RemoteOptions &options)
{
    initialiseLibrary();
    const QString target = QFileInfo(directory).absoluteFilePath();
    const QFileInfo info(target);
    // What to remove if the clone fails: the first folder of the path that did not exist.
    QString created;
    if (info.exists()) {
        if (!info.isDir())
            return Error{Error::Kind::Exists,
                         tr("cannot clone into %1: it exists and is not a folder").arg(target)};
        if (!QDir(target).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot))
            return Error{Error::Kind::Exists,
                         tr("cannot clone into %1: the folder is not empty").arg(target)};
    } else {
        created = target;
        for (QFileInfo parent(QFileInfo(target).absolutePath()); !parent.exists();
             parent = QFileInfo(parent.absolutePath()))
            created = parent.absoluteFilePath();
    }

    Session session(options, url);
    git_clone_options cloneOptions;
    git_clone_options_init(&cloneOptions, GIT_CLONE_OPTIONS_VERSION);
    cloneOptions.checkout_opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    cloneOptions.fetch_opts.callbacks = session.callbacks();
    git_repository *repo = nullptr;
    const int rc = git_clone(&repo, session.address.url.toUtf8().constData(),
                             QFile::encodeName(target).constData(), &cloneOptions);
    if (rc < 0) {
        Error error = session.errorFor(rc);
        session.finish(false);
        if (!created.isEmpty())
            QDir(created).removeRecursively();
        else
            removeContents(target);
        return error;
    }
    git_repository_free(repo);
    session.finish(true);
    return Repository::discover(target);
}

Result<FetchOutcome> Remote::fetch(Repository &repository, const QString &remoteName,
                                   const RemoteOptions &options)
{
    auto remote = lookupRemote(repository, remoteName);
    if (!remote)
        return remote.error();
    // libgit2 1.5 replaces a tag the remote gives another target even without '+': the names
    // this clone has are noted first and put back afterwards.
    QHash<QString, Oid> namesBefore;
    if (auto tags = repository.tags()) {
        for (const TagInfo &tag : tags.value()) {
            git_oid target;
            const QByteArray ref = (QLatin1String("refs/tags/") + tag.name).toUtf8();
            if (git_reference_name_to_id(&target, repository.raw(), ref.constData()) == 0)
                namesBefore.insert(tag.name, Oid(target));
        }
    }
    Session session(options, text(git_remote_url(remote->get())));
    git_fetch_options fetchOptions;
    git_fetch_options_init(&fetchOptions, GIT_FETCH_OPTIONS_VERSION);
    fetchOptions.callbacks = session.callbacks();
    // Every named revision (Rev.1, Rev.2), also of commits this clone already has: the
    // remote's own fetch refspecs and its tags, without '+', so a name that exists here for
    // another revision is not replaced (tags are never moved).
    fetchOptions.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
    git_strarray configured{};
    if (int rc = git_remote_get_fetch_refspecs(&configured, remote->get()); rc < 0)
        return session.errorFor(rc);
    QList<QByteArray> specs;
    for (size_t i = 0; i < configured.count; ++i)
        specs.append(QByteArray(configured.strings[i]));
    git_strarray_dispose(&configured);
    specs.append(QByteArrayLiteral("refs/tags/*:refs/tags/*"));
    std::vector<char *> pointers;
    for (QByteArray &spec : specs)
        pointers.push_back(spec.data());
    const git_strarray refspecs = {pointers.data(), pointers.size()};
    // libgit2 moves the remote-tracking references only once the pack is complete.
    if (int rc = git_remote_fetch(remote->get(), &refspecs, &fetchOptions, nullptr); rc < 0) {
        Error error = session.errorFor(rc);
        session.finish(false);
        return error;
    }
    session.finish(true);
    FetchOutcome outcome;
    for (auto it = namesBefore.cbegin(); it != namesBefore.cend(); ++it) {
        const QByteArray ref = (QLatin1String("refs/tags/") + it.key()).toUtf8();
        git_oid now;
        if (git_reference_name_to_id(&now, repository.raw(), ref.constData()) == 0 &&
            Oid(now) == it.value())
            continue;
        git_reference *restored = nullptr;
        if (git_reference_create(&restored, repository.raw(), ref.constData(), it.value().raw(), 1,
                                 "plenary: keep this clone's revision name") == 0) {
            git_reference_free(restored);
            outcome.keptNames.append(it.key());
        }
        session.updates.removeIf(
            [&](const RefUpdate &u) { return u.name == QString::fromUtf8(ref); });
    }
    outcome.keptNames.sort();
    outcome.updates = session.updates;
    const git_indexer_progress *stats = git_remote_stats(remote->get());
    outcome.receivedObjects = stats->received_objects;
    outcome.receivedBytes = stats->received_bytes;
    return outcome;
}

namespace {

Result<void> pushNames(Repository &repository, const RemotePtr &remote, const QString &reference,
                       const RemoteOptions &options)
{
    // The named revisions (Rev.1, Rev.2) on the pushed line, in a second push after the branch
    // went through, so that a name the remote holds for another revision cannot read as a
    // branch that fell behind. Never moved: no '+'.
    auto tip = repository.branchTarget(reference);
    auto tags = repository.tags();
    if (!tip || !tags)
        return {};
    QList<QByteArray> specs;
    for (const TagInfo &tag : tags.value()) {
        if (auto onLine = repository.descendsFrom(tip.value(), tag.commit); onLine && *onLine)
            specs.append(QStringLiteral("refs/tags/%1:refs/tags/%1").arg(tag.name).toUtf8());
    }
    if (specs.isEmpty())
        return {};
    std::vector<char *> pointers;
    for (QByteArray &spec : specs)
        pointers.push_back(spec.data());
    const git_strarray refspecs = {pointers.data(), pointers.size()};
    Session session(options, text(git_remote_url(remote.get())));
    git_push_options pushOptions;
    git_push_options_init(&pushOptions, GIT_PUSH_OPTIONS_VERSION);
    pushOptions.callbacks = session.callbacks();
    const int rc = git_remote_push(remote.get(), &refspecs, &pushOptions);
    session.finish(rc >= 0);
    if (rc < 0 || !session.rejection.isEmpty()) {
        QStringList names;
        for (const QByteArray &spec : std::as_const(specs))
            names.append(QString::fromUtf8(spec.mid(10, spec.indexOf(':') - 10)));
        return Error{Error::Kind::Exists,
                     QCoreApplication::translate("Remote",
                                                 "%1 was pushed, but not its revision names (%2): "
                                                 "%3 already gives one of them to another "
                                                 "revision, and names are never moved")
                         .arg(shortBranchName(reference), names.join(QLatin1String(", ")),
                              session.address.url)};
    }
    return {};
}

} // namespace

Result<void> Remote::push(Repository &repository, const QString &remoteName, const QString &branch,
                          const RemoteOptions &options)
{
    const QString reference = fullBranchName(branch);
    if (!reference.startsWith(QLatin1String("refs/heads/")))
        return Error{Error::Kind::Invalid, tr("'%1' is not a branch").arg(branch)};
    git_reference *local = nullptr;
    if (int rc = git_reference_lookup(&local, repository.raw(), reference.toUtf8().constData());
        rc < 0)
        return Error{Error::Kind::NotFound,
                     tr("there is no branch '%1' here").arg(shortBranchName(branch))};
    git_reference_free(local);
    auto remote = lookupRemote(repository, remoteName);
    if (!remote)
        return remote.error();

    Session session(options, text(git_remote_url(remote->get())));
    git_push_options pushOptions;
    git_push_options_init(&pushOptions, GIT_PUSH_OPTIONS_VERSION);
    pushOptions.callbacks = session.callbacks();
    // No '+': the remote branch only ever fast-forwards.
    QByteArray refspec = (reference + QLatin1Char(':') + reference).toUtf8();
    char *specs[] = {refspec.data()};
    const git_strarray refspecs = {specs, 1};
    if (int rc = git_remote_push(remote->get(), &refspecs, &pushOptions); rc < 0) {
        Error error = rc == GIT_ENONFASTFORWARD && !session.cancelled
                          ? pullFirst(reference, remoteName)
                          : session.errorFor(rc);
        session.finish(false);
        return error;
    }
    session.finish(true);
    if (!session.rejection.isEmpty()) {
        static const QRegularExpression behind(
            QStringLiteral("non-fast-forward|fetch first|rejected|stale"),
            QRegularExpression::CaseInsensitiveOption);
        if (behind.match(session.rejection).hasMatch())
            return pullFirst(reference, remoteName);
        return Error::failed(
            tr("%1 refused to update %2: %3")
                .arg(session.address.url, shortBranchName(reference), session.rejection));
    }
    if (!repository.configString(QLatin1String("branch.%1.remote").arg(shortBranchName(reference))))
        if (auto followed = setUpstream(repository, reference, remoteName); !followed)
            return followed;
    return pushNames(repository, *remote, reference, options);
}

Result<QString> Remote::url(const Repository &repository, const QString &remoteName)
{
    auto remote = lookupRemote(repository, remoteName);
    if (!remote)
        return remote.error();
    return text(git_remote_url(remote->get()));
}

Result<Upstream> Remote::upstreamOf(const Repository &repository, const QString &branch)
{
    const QByteArray reference = fullBranchName(branch).toUtf8();
    git_buf name = GIT_BUF_INIT;
    if (git_branch_upstream_name(&name, repository.raw(), reference.constData()) == 0) {
        Upstream upstream;
        upstream.reference = text(name.ptr);
        git_buf_dispose(&name);
        git_buf remote = GIT_BUF_INIT;
        if (git_branch_upstream_remote(&remote, repository.raw(), reference.constData()) == 0)
            upstream.remote = text(remote.ptr);
        git_buf_dispose(&remote);
        return upstream;
    }
    git_buf_dispose(&name);
    const QString fallback = QLatin1String("refs/remotes/origin/") + shortBranchName(branch);
    git_oid oid;
    if (git_reference_name_to_id(&oid, repository.raw(), fallback.toUtf8().constData()) == 0)
        return Upstream{QStringLiteral("origin"), fallback};
    return Error{Error::Kind::NotFound,
                 tr("the branch '%1' follows no remote branch").arg(shortBranchName(branch))};
}

Result<void> Remote::setUpstream(Repository &repository, const QString &branch,
                                 const QString &remoteName)
{
    auto remote = lookupRemote(repository, remoteName);
    if (!remote)
        return remote.error();
    const QString name = shortBranchName(branch);
    git_config *config = nullptr;
    if (int rc = git_repository_config(&config, repository.raw()); rc < 0)
        return lastError(rc);
    ConfigPtr owned(config);
    const QByteArray section = QStringLiteral("branch.%1.").arg(name).toUtf8();
    if (int rc = git_config_set_string(config, QByteArray(section + "remote").constData(),
                                       remoteName.toUtf8().constData());
        rc < 0)
        return lastError(rc);
    if (int rc = git_config_set_string(config, QByteArray(section + "merge").constData(),
                                       fullBranchName(name).toUtf8().constData());
        rc < 0)
        return lastError(rc);
    return {};
}

Result<AheadBehind> Remote::aheadBehind(const Repository &repository, const QString &branch,
                                        const QString &upstream)
{
    auto local = repository.resolve(branch);
    if (!local)
        return local.error();
    auto remote = repository.resolve(upstream);
    if (!remote)
        return remote.error();
    size_t ahead = 0;
    size_t behind = 0;
    if (int rc =
            git_graph_ahead_behind(&ahead, &behind, repository.raw(), local->raw(), remote->raw());
        rc < 0)
        return lastError(rc);
    return AheadBehind{qsizetype(ahead), qsizetype(behind)};
}

bool Remote::supportsSsh()
{
    initialiseLibrary();
    return git_libgit2_features() & GIT_FEATURE_SSH;
}

} // namespace plenary::git
