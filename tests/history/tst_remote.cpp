#include "git/remote.h"
#include "git/repository.h"
#include "gitprogram.h"
#include "sshserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace plenary;
using namespace plenary::git;

namespace {

// `git rev-parse REF` in a repository; empty when git knows no such reference.
QString revParse(const QString &directory, const QString &ref)
{
    const GitProgram git =
        GitProgram::run(directory, {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                    QStringLiteral("-q"), ref});
    return git.exitCode == 0 ? git.out.trimmed() : QString();
}

// Every reference with its target, to show that a failed operation moved none.
QString references(const QString &directory)
{
    return GitProgram::run(directory, {QStringLiteral("for-each-ref")}).out;
}

bool runGit(const QString &directory, const QStringList &args)
{
    const GitProgram git = GitProgram::run(directory, args);
    if (git.exitCode != 0)
        qWarning().noquote() << "git" << args.join(QLatin1Char(' ')) << "failed:" << git.err;
    return git.exitCode == 0;
}

// Writes a file and commits it with the git program.
bool commitFile(const QString &workDirectory, const QString &name, const QByteArray &content)
{
    QFile file(workDirectory + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return runGit(workDirectory, {QStringLiteral("add"), name}) &&
           runGit(workDirectory, {QStringLiteral("commit"), QStringLiteral("-q"),
                                  QStringLiteral("-m"), QStringLiteral("Change %1").arg(name)});
}

// A port nobody listens on just now.
} // namespace

class TestRemote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cloneCopiesTheRemote_data();
    void cloneCopiesTheRemote();
    void cloneRefusesAFolderInUse();
    void fetchBringsOtherClonesCommits();
    void pushFastForwards();
    void pushOfANewBranchFollowsIt();
    void pushRefusedWhenTheRemoteMoved_data();
    void pushRefusedWhenTheRemoteMoved();
    void unreachableRemoteChangesNothing_data();
    void unreachableRemoteChangesNothing();
    void unknownRemoteName();
    void cancelFromProgress();
    void aheadBehindCounts();
    void upstreamFallsBackToOrigin();
    void overSsh();

private:
    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }
    // A bare remote with one commit on main, and the git program's clone of it, "other".
    void makeRemote();

    QTemporaryDir m_dir;
    QString m_bare;
    QString m_other;
};

void TestRemote::init()
{
    m_dir = QTemporaryDir();
    QVERIFY(m_dir.isValid());
    // Only the keys and known hosts each test names; no agent of the person running them.
    qunsetenv("SSH_AUTH_SOCK");
    qunsetenv("PLENARY_SSH_KEY");
    qunsetenv("PLENARY_TOKEN");
    makeRemote();
}

void TestRemote::makeRemote()
{
    m_bare = path(QStringLiteral("shared.git"));
    m_other = path(QStringLiteral("other"));
    QVERIFY(runGit(m_dir.path(),
                   {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                    QStringLiteral("-b"), QStringLiteral("main"), m_bare}));
    QVERIFY(runGit(m_dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_bare, m_other}));
    QVERIFY(runGit(m_other, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                             QStringLiteral("main")}));
    QVERIFY(commitFile(m_other, QStringLiteral("text.plenary"), "first\n"));
    QVERIFY(runGit(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                             QStringLiteral("main")}));
}

void TestRemote::cloneCopiesTheRemote_data()
{
    QTest::addColumn<bool>("fileUrl");
    QTest::newRow("path") << false;
    QTest::newRow("file://") << true;
}

void TestRemote::cloneCopiesTheRemote()
{
    QFETCH(bool, fileUrl);
    const QString url = fileUrl ? QLatin1String("file://") + m_bare : m_bare;
    const QString target = path(QStringLiteral("new/eu"));
    auto cloned = Remote::clone(url, target);
    QVERIFY2(cloned, qPrintable(cloned ? QString() : cloned.error().message));

    QCOMPARE(cloned->headBranch().value_or({}), QStringLiteral("refs/heads/main"));
    QCOMPARE(cloned->headCommit().value_or({}).toString(),
             revParse(m_bare, QStringLiteral("main")));
    QFile text(target + QLatin1String("/text.plenary"));
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), QByteArray("first\n"));
    QCOMPARE(cloned->configString(QStringLiteral("branch.main.remote")).value_or(QString()),
             QStringLiteral("origin"));
    QCOMPARE(cloned->configString(QStringLiteral("branch.main.merge")).value_or(QString()),
             QStringLiteral("refs/heads/main"));
    QCOMPARE(Remote::url(*cloned).value_or({}), url);

    auto upstream = Remote::upstreamOf(*cloned, QStringLiteral("main"));
    QVERIFY(upstream);
    QCOMPARE(upstream->remote, QStringLiteral("origin"));
    QCOMPARE(upstream->reference, QStringLiteral("refs/remotes/origin/main"));
    QVERIFY(runGit(target, {QStringLiteral("fsck"), QStringLiteral("--strict")}));
    QCOMPARE(GitProgram::run(target, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
             QString());
}

void TestRemote::cloneRefusesAFolderInUse()
{
    const QString target = path(QStringLiteral("busy"));
    QVERIFY(QDir().mkpath(target));
    QFile note(target + QLatin1String("/notes.txt"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.close();
    auto cloned = Remote::clone(m_bare, target);
    QVERIFY(!cloned);
    QCOMPARE(cloned.error().kind, Error::Kind::Exists);
    QCOMPARE(cloned.error().message,
             QStringLiteral("cannot clone into %1: the folder is not empty").arg(target));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("notes.txt")});
}

void TestRemote::fetchBringsOtherClonesCommits()
{
    const QString mine = path(QStringLiteral("mine"));
    auto repository = Remote::clone(m_bare, mine);
    QVERIFY(repository);
    const QString before = revParse(mine, QStringLiteral("main"));

    QVERIFY(commitFile(m_other, QStringLiteral("text.plenary"), "second\n"));
    QVERIFY(runGit(m_other, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("-m"),
                             QStringLiteral("Rev.1"), QStringLiteral("Rev.1")}));
    QVERIFY(runGit(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                             QStringLiteral("main"), QStringLiteral("Rev.1")}));
    const QString theirs = revParse(m_other, QStringLiteral("main"));

    auto fetched = Remote::fetch(*repository);
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QVERIFY(!fetched->upToDate());
    QVERIFY(fetched->receivedObjects > 0);
    bool sawBranch = false;
    bool sawTag = false;
    for (const RefUpdate &update : fetched->updates) {
        if (update.name == QLatin1String("refs/remotes/origin/main")) {
            sawBranch = true;
            QCOMPARE(update.before.toString(), before);
            QCOMPARE(update.after.toString(), theirs);
        }
        sawTag = sawTag || update.name == QLatin1String("refs/tags/Rev.1");
    }
    QVERIFY(sawBranch);
    QVERIFY(sawTag);
    QCOMPARE(revParse(mine, QStringLiteral("refs/remotes/origin/main")), theirs);
    QCOMPARE(revParse(mine, QStringLiteral("Rev.1^{commit}")), theirs);
    // The branch itself waits for the pull.
    QCOMPARE(revParse(mine, QStringLiteral("main")), before);
    auto counts =
        Remote::aheadBehind(*repository, QStringLiteral("main"), QStringLiteral("origin/main"));
    QVERIFY(counts);
    QCOMPARE(counts->ahead, 0);
    QCOMPARE(counts->behind, 1);

    auto again = Remote::fetch(*repository);
    QVERIFY(again);
    QVERIFY(again->upToDate());
    QVERIFY(runGit(mine, {QStringLiteral("fsck"), QStringLiteral("--strict")}));
}

void TestRemote::pushFastForwards()
{
    const QString mine = path(QStringLiteral("mine"));
    auto repository = Remote::clone(m_bare, mine);
    QVERIFY(repository);
    QVERIFY(commitFile(mine, QStringLiteral("text.plenary"), "ours\n"));
    const QString ours = revParse(mine, QStringLiteral("main"));
    auto counts = Remote::aheadBehind(*repository, QStringLiteral("main"),
                                      QStringLiteral("refs/remotes/origin/main"));
    QVERIFY(counts);
    QCOMPARE(counts->ahead, 1);
    QCOMPARE(counts->behind, 0);

    QList<TransferProgress> reports;
    RemoteOptions options;
    options.progress = [&](const TransferProgress &progress) {
        reports.append(progress);
        return true;
    };
    auto pushed =
        Remote::push(*repository, QStringLiteral("origin"), QStringLiteral("main"), options);
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
    QCOMPARE(revParse(m_bare, QStringLiteral("main")), ours);
    QCOMPARE(revParse(mine, QStringLiteral("refs/remotes/origin/main")), ours);
    QCOMPARE(revParse(mine, QStringLiteral("main")), ours);
    QVERIFY(!reports.isEmpty());
    QVERIFY(reports.last().sentObjects > 0);
    counts =
        Remote::aheadBehind(*repository, QStringLiteral("main"), QStringLiteral("origin/main"));
    QVERIFY(counts);
    QCOMPARE(counts->ahead, 0);
    QCOMPARE(counts->behind, 0);
    QVERIFY(runGit(m_bare, {QStringLiteral("fsck"), QStringLiteral("--strict")}));
    QVERIFY(runGit(mine, {QStringLiteral("fsck"), QStringLiteral("--strict")}));

    // Nothing new: pushing again succeeds and changes nothing.
    QVERIFY(Remote::push(*repository, QStringLiteral("origin"), QStringLiteral("main")));
    QCOMPARE(revParse(m_bare, QStringLiteral("main")), ours);
}

void TestRemote::pushOfANewBranchFollowsIt()
{
    const QString mine = path(QStringLiteral("mine"));
    auto repository = Remote::clone(m_bare, mine);
    QVERIFY(repository);
    QVERIFY(runGit(mine, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                          QStringLiteral("eu-proposal")}));
    QVERIFY(commitFile(mine, QStringLiteral("text.plenary"), "proposal\n"));
    QVERIFY(!Remote::upstreamOf(*repository, QStringLiteral("eu-proposal")));
    QCOMPARE(Remote::upstreamOf(*repository, QStringLiteral("eu-proposal")).error().message,
             QStringLiteral("the branch 'eu-proposal' follows no remote branch"));

    auto pushed = Remote::push(*repository, QStringLiteral("origin"),
                               QStringLiteral("refs/heads/eu-proposal"));
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
    QCOMPARE(revParse(m_bare, QStringLiteral("eu-proposal")),
             revParse(mine, QStringLiteral("eu-proposal")));
    auto upstream = Remote::upstreamOf(*repository, QStringLiteral("eu-proposal"));
    QVERIFY(upstream);
    QCOMPARE(upstream->remote, QStringLiteral("origin"));
    QCOMPARE(upstream->reference, QStringLiteral("refs/remotes/origin/eu-proposal"));
    QCOMPARE(GitProgram::run(mine,
                             {QStringLiteral("config"), QStringLiteral("branch.eu-proposal.merge")})
                 .out.trimmed(),
             QStringLiteral("refs/heads/eu-proposal"));

    auto missing = Remote::push(*repository, QStringLiteral("origin"), QStringLiteral("nowhere"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QCOMPARE(missing.error().message, QStringLiteral("there is no branch 'nowhere' here"));
}

void TestRemote::pushRefusedWhenTheRemoteMoved_data()
{
    QTest::addColumn<bool>("fetchedFirst");
    QTest::newRow("remote commit unknown here") << false;
    QTest::newRow("remote commit fetched") << true;
}

void TestRemote::pushRefusedWhenTheRemoteMoved()
{
    QFETCH(bool, fetchedFirst);
    const QString mine = path(QStringLiteral("mine"));
    auto repository = Remote::clone(m_bare, mine);
    QVERIFY(repository);
    QVERIFY(commitFile(m_other, QStringLiteral("text.plenary"), "theirs\n"));
    QVERIFY(runGit(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                             QStringLiteral("main")}));
    QVERIFY(commitFile(mine, QStringLiteral("text.plenary"), "ours\n"));
    if (fetchedFirst)
        QVERIFY(Remote::fetch(*repository));
    const QString remoteBefore = references(m_bare);
    const QString localBefore = references(mine);

    auto pushed = Remote::push(*repository, QStringLiteral("origin"), QStringLiteral("main"));
    QVERIFY(!pushed);
    QCOMPARE(pushed.error().kind, Error::Kind::Stale);
    QCOMPARE(pushed.error().message,
             QStringLiteral("the remote has changes that are not here yet (main on origin): "
                            "pull first, then push again"));
    QCOMPARE(references(m_bare), remoteBefore);
    QCOMPARE(references(mine), localBefore);
    QVERIFY(runGit(m_bare, {QStringLiteral("fsck"), QStringLiteral("--strict")}));
}

void TestRemote::unreachableRemoteChangesNothing_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder")
        << QStringLiteral("@/nowhere.git")
        << QStringLiteral("cannot reach @/nowhere.git: the folder @/nowhere.git does not exist");
    QTest::newRow("missing file:// folder")
        << QStringLiteral("file://@/nowhere.git")
        << QStringLiteral(
               "cannot reach file://@/nowhere.git: the folder @/nowhere.git does not exist");
    QTest::newRow("folder that is not a repository")
        << QStringLiteral("@/other/.git/hooks")
        << QStringLiteral("cannot reach @/other/.git/hooks: could not find repository from "
                          "'@/other/.git/hooks'");
    if (Remote::supportsSsh())
        QTest::newRow("ssh, connection refused")
            << QStringLiteral("ssh://127.0.0.1:1/x.git")
            << QStringLiteral("cannot reach ssh://127.0.0.1:1/x.git: connection refused");
}

void TestRemote::unreachableRemoteChangesNothing()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    url.replace(QLatin1Char('@'), m_dir.path());
    message.replace(QLatin1Char('@'), m_dir.path());

    const QString target = path(QStringLiteral("new/clone"));
    auto cloned = Remote::clone(url, target);
    QVERIFY(!cloned);
    QCOMPARE(cloned.error().message, message);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("new"))));

    const QString mine = path(QStringLiteral("mine"));
    auto repository = Remote::clone(m_bare, mine);
    QVERIFY(repository);
    QVERIFY(commitFile(mine, QStringLiteral("text.plenary"), "ours\n"));
    QVERIFY(runGit(mine, {QStringLiteral("remote"), QStringLiteral("set-url"),
                          QStringLiteral("origin"), url}));
    const QString localBefore = references(mine);
    const QString remoteBefore = references(m_bare);

    auto fetched = Remote::fetch(*repository);
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().message, message);
    auto pushed = Remote::push(*repository, QStringLiteral("origin"), QStringLiteral("main"));
    QVERIFY(!pushed);
    QCOMPARE(pushed.error().message, message);
    QCOMPARE(references(mine), localBefore);
    QCOMPARE(references(m_bare), remoteBefore);
}

void TestRemote::unknownRemoteName()
{
    auto repository = Remote::clone(m_bare, path(QStringLiteral("mine")));
    QVERIFY(repository);
    auto fetched = Remote::fetch(*repository, QStringLiteral("upstream"));
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().kind, Error::Kind::NotFound);
    QCOMPARE(fetched.error().message, QStringLiteral("there is no remote named 'upstream'"));
}

void TestRemote::cancelFromProgress()
{
    // Enough objects that the transfer reports progress more than once.
    for (int i = 0; i < 20; ++i)
        QVERIFY(commitFile(m_other, QStringLiteral("file%1.txt").arg(i),
                           QByteArray::number(i).repeated(1000)));
    QVERIFY(runGit(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                             QStringLiteral("main")}));

    int calls = 0;
    RemoteOptions cancelling;
    cancelling.progress = [&](const TransferProgress &) {
        ++calls;
        return false;
    };
    const QString url = QLatin1String("file://") + m_bare;
    const QString target = path(QStringLiteral("cancelled"));
    auto cloned = Remote::clone(url, target, cancelling);
    QVERIFY(!cloned);
    QCOMPARE(cloned.error().message, QStringLiteral("cancelled"));
    QCOMPARE(calls, 1);
    QVERIFY(!QFileInfo::exists(target));

    // A fetch cancelled halfway moves no reference.
    const QString mine = path(QStringLiteral("mine"));
    QVERIFY(runGit(m_dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), url, mine}));
    QVERIFY(commitFile(m_other, QStringLiteral("late.txt"), QByteArray(5000, 'x')));
    QVERIFY(runGit(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                             QStringLiteral("main")}));
    auto repository = Repository::discover(mine);
    QVERIFY(repository);
    const QString before = references(mine);
    calls = 0;
    auto fetched = Remote::fetch(*repository, QStringLiteral("origin"), cancelling);
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().message, QStringLiteral("cancelled"));
    QCOMPARE(calls, 1);
    QCOMPARE(references(mine), before);
    QVERIFY(Remote::fetch(*repository));
    QCOMPARE(revParse(mine, QStringLiteral("origin/main")),
             revParse(m_bare, QStringLiteral("main")));
}

void TestRemote::aheadBehindCounts()
{
    const QString mine = path(QStringLiteral("mine"));
    auto repository = Remote::clone(m_bare, mine);
    QVERIFY(repository);
    QVERIFY(commitFile(mine, QStringLiteral("a.txt"), "a\n"));
    QVERIFY(commitFile(mine, QStringLiteral("b.txt"), "b\n"));
    QVERIFY(commitFile(m_other, QStringLiteral("c.txt"), "c\n"));
    QVERIFY(commitFile(m_other, QStringLiteral("d.txt"), "d\n"));
    QVERIFY(commitFile(m_other, QStringLiteral("e.txt"), "e\n"));
    QVERIFY(runGit(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                             QStringLiteral("main")}));
    QVERIFY(Remote::fetch(*repository));
    auto counts = Remote::aheadBehind(*repository, QStringLiteral("refs/heads/main"),
                                      QStringLiteral("origin/main"));
    QVERIFY(counts);
    QCOMPARE(counts->ahead, 2);
    QCOMPARE(counts->behind, 3);

    auto unknown =
        Remote::aheadBehind(*repository, QStringLiteral("main"), QStringLiteral("origin/nope"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
}

void TestRemote::upstreamFallsBackToOrigin()
{
    const QString mine = path(QStringLiteral("mine"));
    auto repository = Remote::clone(m_bare, mine);
    QVERIFY(repository);
    QVERIFY(runGit(mine, {QStringLiteral("config"), QStringLiteral("--unset"),
                          QStringLiteral("branch.main.remote")}));
    QVERIFY(runGit(mine, {QStringLiteral("config"), QStringLiteral("--unset"),
                          QStringLiteral("branch.main.merge")}));
    auto upstream = Remote::upstreamOf(*repository, QStringLiteral("main"));
    QVERIFY(upstream);
    QCOMPARE(upstream->remote, QStringLiteral("origin"));
    QCOMPARE(upstream->reference, QStringLiteral("refs/remotes/origin/main"));

    QVERIFY(Remote::setUpstream(*repository, QStringLiteral("main"), QStringLiteral("origin")));
    QCOMPARE(GitProgram::run(mine, {QStringLiteral("config"), QStringLiteral("branch.main.remote")})
                 .out.trimmed(),
             QStringLiteral("origin"));
    auto noRemote =
        Remote::setUpstream(*repository, QStringLiteral("main"), QStringLiteral("elsewhere"));
    QVERIFY(!noRemote);
    QCOMPARE(noRemote.error().message, QStringLiteral("there is no remote named 'elsewhere'"));
}

void TestRemote::overSsh()
{
    if (const QString why = SshServer::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (!Remote::supportsSsh())
        QSKIP("this libgit2 was built without ssh (libssh2)");

    const QString keys = path(QStringLiteral("keys"));
    QVERIFY(QDir().mkpath(keys));
    const QString strangerKey = keys + QLatin1String("/stranger");
    const QString lockedKey = keys + QLatin1String("/locked");
    QVERIFY(SshServer::makeKey(strangerKey));
    QVERIFY(SshServer::makeKey(lockedKey, QStringLiteral("sesame")));
    SshServer server;
    QVERIFY2(server.start(keys, {lockedKey}), qPrintable(server.error()));
    const QString clientKey = server.clientKey();
    const QString knownHosts = server.knownHostsFile();
    const int port = server.port();
    const QString user = QString::fromLocal8Bit(qgetenv("USER")).isEmpty()
                             ? QStringLiteral("root")
                             : QString::fromLocal8Bit(qgetenv("USER"));
    const QString url = server.url(m_bare);

    RemoteOptions options;
    options.useSshAgent = false;
    options.useDefaultSshKeys = false;
    options.sshKeyFile = clientKey;
    options.knownHostsFile = knownHosts;

    // Clone, fetch and push with the key and the known host.
    const QString mine = path(QStringLiteral("mine"));
    auto repository = Remote::clone(url, mine, options);
    QVERIFY2(repository, qPrintable(repository ? QString() : repository.error().message));
    QCOMPARE(revParse(mine, QStringLiteral("main")), revParse(m_bare, QStringLiteral("main")));
    QVERIFY(commitFile(m_other, QStringLiteral("text.plenary"), "theirs\n"));
    QVERIFY(runGit(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                             QStringLiteral("main")}));
    auto fetched = Remote::fetch(*repository, QStringLiteral("origin"), options);
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QCOMPARE(revParse(mine, QStringLiteral("origin/main")),
             revParse(m_bare, QStringLiteral("main")));
    QVERIFY(runGit(mine, {QStringLiteral("merge"), QStringLiteral("-q"),
                          QStringLiteral("--ff-only"), QStringLiteral("origin/main")}));
    QVERIFY(commitFile(mine, QStringLiteral("comments.jsonl"), "{}\n"));
    auto pushed =
        Remote::push(*repository, QStringLiteral("origin"), QStringLiteral("main"), options);
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
    QCOMPARE(revParse(m_bare, QStringLiteral("main")), revParse(mine, QStringLiteral("main")));
    QVERIFY(runGit(m_bare, {QStringLiteral("fsck"), QStringLiteral("--strict")}));

    // A key with a passphrase, named by the environment.
    {
        RemoteOptions fromEnvironment = options;
        fromEnvironment.sshKeyFile.clear();
        qputenv("PLENARY_SSH_KEY", lockedKey.toLocal8Bit());
        qputenv("PLENARY_SSH_KEY_PASSPHRASE", "sesame");
        auto unsetKey = qScopeGuard([] {
            qunsetenv("PLENARY_SSH_KEY");
            qunsetenv("PLENARY_SSH_KEY_PASSPHRASE");
        });
        auto again = Remote::fetch(*repository, QStringLiteral("origin"), fromEnvironment);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->upToDate());
    }

    const QString before = references(mine);
    // A key the server does not know: refused once, then the caller is asked, then it stops.
    {
        RemoteOptions stranger = options;
        stranger.sshKeyFile = strangerKey;
        QList<CredentialRequest> asked;
        stranger.askCredentials = [&](const CredentialRequest &request) {
            asked.append(request);
            return std::optional<Credentials>(Credentials{user, QString(), strangerKey});
        };
        stranger.maxCredentialPrompts = 2;
        auto refused = Remote::fetch(*repository, QStringLiteral("origin"), stranger);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("authentication failed for %1: the remote refused the key %2, "
                                "the credentials given, the credentials given")
                     .arg(url, strangerKey));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked[0].url, url);
        QCOMPARE(asked[0].userName, user);
        QVERIFY(asked[0].ssh);
        QCOMPARE(asked[1].attempt, 2);

        // The caller's answer is the right key: accepted.
        stranger.askCredentials = [&](const CredentialRequest &) {
            return std::optional<Credentials>(Credentials{user, QString(), clientKey});
        };
        QVERIFY(Remote::fetch(*repository, QStringLiteral("origin"), stranger));

        RemoteOptions none = options;
        none.sshKeyFile.clear();
        auto nothing = Remote::fetch(*repository, QStringLiteral("origin"), none);
        QVERIFY(!nothing);
        QVERIFY2(
            nothing.error().message.startsWith(
                QStringLiteral("authentication failed for %1: no credentials were found").arg(url)),
            qPrintable(nothing.error().message));
    }

    // Host keys: unknown, changed, and listed hashed.
    {
        RemoteOptions unknown = options;
        unknown.knownHostsFile = keys + QLatin1String("/empty_known_hosts");
        auto refused = Remote::fetch(*repository, QStringLiteral("origin"), unknown);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("unknown ssh host [127.0.0.1]:%1: its key is not in %2; if you "
                                "trust it, add it with: ssh-keyscan -p %1 127.0.0.1 >> %2")
                     .arg(QString::number(port), unknown.knownHostsFile));

        RemoteOptions changed = options;
        changed.knownHostsFile = keys + QLatin1String("/changed_known_hosts");
        QFile strangerPublic(strangerKey + QLatin1String(".pub"));
        QVERIFY(strangerPublic.open(QIODevice::ReadOnly));
        QFile file(changed.knownHostsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + strangerPublic.readAll());
        file.close();
        refused = Remote::fetch(*repository, QStringLiteral("origin"), changed);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("the ssh host key of [127.0.0.1]:%1 does not match %2")
                         .arg(QString::number(port), changed.knownHostsFile)),
                 qPrintable(refused.error().message));

        RemoteOptions hashed = options;
        hashed.knownHostsFile = keys + QLatin1String("/hashed_known_hosts");
        QVERIFY(QFile::copy(knownHosts, hashed.knownHostsFile));
        QVERIFY(
            SshServer::run(QStringLiteral("ssh-keygen"),
                           {QStringLiteral("-H"), QStringLiteral("-f"), hashed.knownHostsFile}));
        QFile hashedFile(hashed.knownHostsFile);
        QVERIFY(hashedFile.open(QIODevice::ReadOnly));
        QVERIFY(hashedFile.readAll().startsWith("|1|"));
        auto accepted = Remote::fetch(*repository, QStringLiteral("origin"), hashed);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    }
    QCOMPARE(references(mine), before);
}

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
