// Two delegations, each in its own clone of a shared remote, edit, pull, settle a conflict as
// alternatives, push, and end with the same HEAD: plenary clone, pull, push and status over a
// path and over ssh (a throwaway sshd on 127.0.0.1), checked with the git program.

#include "cliprocess.h"
#include "gitprogram.h"
#include "sshserver.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Delegate
{
    QString code;
    QString author;
};
const Delegate kUz{u"UZ"_s, u"Dilnoza Karimova <dk@mfa.uz>"_s};
const Delegate kEu{u"EU"_s, u"Pieter Janssens <pj@eeas.europa.eu>"_s};

QString git(const QString &dir, const QStringList &args)
{
    return GitProgram::run(dir, args).out.trimmed();
}

// OP1 of the demo, "*Reaffirm* our … commitment", with `word` where the dots are.
bool reword(const QString &dir, const QByteArray &word)
{
    QString text = QString::fromUtf8(readFile(dir + u"/text.plenary"_s));
    static const QRegularExpression op1(u"\\*Reaffirm\\* our (\\w+ )?commitment"_s);
    if (!text.contains(op1))
        return false;
    text.replace(op1, u"*Reaffirm* our "_s + QString::fromUtf8(word) + u" commitment"_s);
    return writeFile(dir + u"/text.plenary"_s, text.toUtf8());
}

} // namespace

class TestRemoteCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_home; ///< HOME for the commands: its .ssh holds the test's known_hosts
    QString m_sshKey;

    Run plenary(const QString &dir, const QStringList &args, const Delegate &who = kUz) const
    {
        QStringList environment{u"HOME="_s + m_home, u"XDG_CONFIG_HOME="_s + m_home + u"/.config"_s,
                                u"SSH_AUTH_SOCK"_s, u"PLENARY_DELEGATION="_s + who.code,
                                u"PLENARY_AUTHOR="_s + who.author};
        if (!m_sshKey.isEmpty())
            environment.append(u"PLENARY_SSH_KEY="_s + m_sshKey);
        return runPlenary(args, dir, environment);
    }

    // The shared remote: a bare repository of the demo negotiation.
    QString sharedRemote(const QString &name)
    {
        const QString seed = m_tmp.filePath(name + u"-seed"_s);
        const QString bare = m_tmp.filePath(name + u".git"_s);
        if (plenary(m_tmp.path(), {u"demo"_s, seed}).exitCode != 0 ||
            GitProgram::run(m_tmp.path(), {u"clone"_s, u"-q"_s, u"--bare"_s, seed, bare})
                    .exitCode != 0)
            return {};
        return bare;
    }

    static void verifyFsck(const QString &dir)
    {
        const GitProgram fsck = GitProgram::run(dir, {u"fsck"_s, u"--strict"_s});
        QVERIFY2(fsck.exitCode == 0, qPrintable(dir + u": "_s + fsck.err));
    }

    // The whole round of two delegations on `url`.
    void negotiateThrough(const QString &url, const QString &bare, const QString &name)
    {
        const QString uz = m_tmp.filePath(name + u"-uz"_s);
        const QString eu = m_tmp.filePath(name + u"-eu"_s);
        Run r = plenary(m_tmp.path(), {u"clone"_s, url, uz});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"Cloned %1 into %2 (branch main).\n"_s.arg(url, uz));
        QVERIFY2(plenary(m_tmp.path(), {u"clone"_s, url, eu}).exitCode == 0, "second clone");

        // Different paragraphs: the second push is refused until a pull merges cleanly.
        QVERIFY(reword(uz, "firm"));
        QCOMPARE(plenary(uz, {u"commit"_s, u"-m"_s, u"UZ: firm"_s}).exitCode, 0);
        r = plenary(uz, {u"push"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QByteArray text = readFile(eu + u"/text.plenary"_s);
        text.replace("*Underline* that", "*Underline* again that");
        QVERIFY(text.contains("*Underline* again that"));
        QVERIFY(writeFile(eu + u"/text.plenary"_s, text));
        QCOMPARE(plenary(eu, {u"commit"_s, u"-m"_s, u"EU: again"_s}, kEu).exitCode, 0);
        const QString euBefore = git(eu, {u"rev-parse"_s, u"HEAD"_s});
        r = plenary(eu, {u"push"_s}, kEu);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"pull first"_s), qPrintable(r.err));
        QCOMPARE(git(bare, {u"rev-parse"_s, u"main"_s}), git(uz, {u"rev-parse"_s, u"HEAD"_s}));
        QVERIFY(plenary(eu, {u"status"_s}, kEu).out.contains(u"1 ahead"_s));
        r = plenary(eu, {u"pull"_s}, kEu);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(git(eu, {u"rev-parse"_s, u"HEAD^1"_s}), euBefore);
        const QByteArray merged = readFile(eu + u"/text.plenary"_s);
        QVERIFY(merged.contains("*Reaffirm* our firm commitment"));
        QVERIFY(merged.contains("*Underline* again that"));
        QVERIFY2(plenary(eu, {u"push"_s}, kEu).exitCode == 0, "push after pull");

        // The same paragraph: the pull lists the conflict and changes nothing; --alternatives
        // keeps both, attributed; both end on the same HEAD.
        QCOMPARE(plenary(uz, {u"pull"_s}).exitCode, 0);
        QVERIFY(reword(uz, "steadfast"));
        QCOMPARE(plenary(uz, {u"commit"_s, u"-m"_s, u"UZ: steadfast"_s}).exitCode, 0);
        QCOMPARE(plenary(uz, {u"push"_s}).exitCode, 0);
        QVERIFY(reword(eu, "strong"));
        QCOMPARE(plenary(eu, {u"commit"_s, u"-m"_s, u"EU: strong"_s}, kEu).exitCode, 0);
        const QString head = git(eu, {u"rev-parse"_s, u"HEAD"_s});
        const QByteArray working = readFile(eu + u"/text.plenary"_s);
        r = plenary(eu, {u"pull"_s}, kEu);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"  OP1: changed differently by EU and UZ (text)\n"_s),
                 qPrintable(r.err));
        QCOMPARE(git(eu, {u"rev-parse"_s, u"HEAD"_s}), head);
        QCOMPARE(readFile(eu + u"/text.plenary"_s), working);
        r = plenary(eu, {u"pull"_s, u"--alternatives"_s}, kEu);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readFile(eu + u"/text.plenary"_s)
                    .contains(
                        "*Reaffirm* our [Alt 1 (EU): strong] [Alt 2 (UZ): steadfast] commitment"));
        QCOMPARE(plenary(eu, {u"push"_s}, kEu).exitCode, 0);
        QCOMPARE(plenary(uz, {u"pull"_s}).exitCode, 0);
        QCOMPARE(git(uz, {u"rev-parse"_s, u"HEAD"_s}), git(eu, {u"rev-parse"_s, u"HEAD"_s}));
        QCOMPARE(git(bare, {u"rev-parse"_s, u"main"_s}), git(eu, {u"rev-parse"_s, u"HEAD"_s}));
        QVERIFY(plenary(uz, {u"status"_s}).out.contains(u"Up to date with origin/main"_s));
        // The git program reads the result.
        QVERIFY(GitProgram::run(uz, {u"show"_s, u"HEAD:text.plenary"_s})
                    .out.contains(u"[Alt 1 (EU): strong]"_s));
        for (const QString &dir : {uz, eu, bare})
            verifyFsck(dir);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_home = m_tmp.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(m_home + u"/.ssh"_s));
    }

    void overAPath()
    {
        negotiateThrough(sharedRemote(u"path"_s), m_tmp.filePath(u"path.git"_s), u"path"_s);
    }

    void overSsh()
    {
        if (const QString why = SshServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        SshServer server;
        QVERIFY2(server.start(m_tmp.filePath(u"sshd"_s)), qPrintable(server.error()));
        QVERIFY(writeFile(m_home + u"/.ssh/known_hosts"_s, server.knownHostsLine()));
        m_sshKey = server.clientKey();
        const QString bare = sharedRemote(u"ssh"_s);
        QVERIFY(!bare.isEmpty());
        negotiateThrough(server.url(bare), bare, u"ssh"_s);
        m_sshKey.clear();
    }

    // Named revisions travel with the line they name, and are never moved: not on the remote,
    // not in a clone.
    void namedRevisionsTravelAndStay()
    {
        const QString bare = sharedRemote(u"names"_s);
        const QString uz = m_tmp.filePath(u"names-uz"_s);
        const QString eu = m_tmp.filePath(u"names-eu"_s);
        QCOMPARE(plenary(m_tmp.path(), {u"clone"_s, bare, uz}).exitCode, 0);
        QCOMPARE(plenary(m_tmp.path(), {u"clone"_s, bare, eu}).exitCode, 0);
        const QString head = git(uz, {u"rev-parse"_s, u"HEAD"_s});

        QCOMPARE(plenary(uz, {u"tag"_s, u"HEAD"_s, u"Rev.3"_s, u"-m"_s, u"Rev.3"_s}).exitCode, 0);
        Run r = plenary(uz, {u"push"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(git(bare, {u"rev-parse"_s, u"Rev.3^{commit}"_s}), head);
        // The other clone already has the commit; the name still arrives.
        r = plenary(eu, {u"pull"_s}, kEu);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(git(eu, {u"rev-parse"_s, u"Rev.3^{commit}"_s}), head);

        // Both name Rev.4, each another revision: the second push and pull move no name.
        QCOMPARE(plenary(eu, {u"tag"_s, u"HEAD~1"_s, u"Rev.4"_s, u"-m"_s, u"EU's"_s}, kEu).exitCode,
                 0);
        QCOMPARE(plenary(uz, {u"tag"_s, u"HEAD"_s, u"Rev.4"_s, u"-m"_s, u"UZ's"_s}).exitCode, 0);
        QCOMPARE(plenary(uz, {u"push"_s}).exitCode, 0);
        const QString remoteRev4 = git(bare, {u"rev-parse"_s, u"Rev.4"_s});
        const QString euRev4 = git(eu, {u"rev-parse"_s, u"Rev.4"_s});
        r = plenary(eu, {u"push"_s}, kEu);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"main was pushed, but not its revision names"_s),
                 qPrintable(r.err));
        QCOMPARE(git(bare, {u"rev-parse"_s, u"Rev.4"_s}), remoteRev4);
        r = plenary(eu, {u"pull"_s}, kEu);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"gives Rev.4 to other revisions than this copy does"_s),
                 qPrintable(r.err));
        QCOMPARE(git(eu, {u"rev-parse"_s, u"Rev.4"_s}), euRev4);
        for (const QString &dir : {uz, eu, bare})
            verifyFsck(dir);
    }

    // Nothing is lost or changed when the remote cannot be reached.
    void unreachableRemote()
    {
        const QString bare = sharedRemote(u"gone"_s);
        const QString mine = m_tmp.filePath(u"gone-uz"_s);
        QCOMPARE(plenary(m_tmp.path(), {u"clone"_s, bare, mine}).exitCode, 0);
        QVERIFY(reword(mine, "firm"));
        QCOMPARE(plenary(mine, {u"commit"_s, u"-m"_s, u"UZ: firm"_s}).exitCode, 0);
        QVERIFY(QDir(bare).removeRecursively());
        const QString head = git(mine, {u"rev-parse"_s, u"HEAD"_s});
        const QString tracking = git(mine, {u"rev-parse"_s, u"origin/main"_s});
        for (const QString &command : {u"pull"_s, u"push"_s}) {
            const Run r = plenary(mine, {command});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"cannot reach"_s), qPrintable(r.err));
            QCOMPARE(git(mine, {u"rev-parse"_s, u"HEAD"_s}), head);
            QCOMPARE(git(mine, {u"rev-parse"_s, u"origin/main"_s}), tracking);
        }
        verifyFsck(mine);
        const Run clone = plenary(m_tmp.path(), {u"clone"_s, bare, m_tmp.filePath(u"never"_s)});
        QCOMPARE(clone.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"never"_s)));
    }
};

QTEST_GUILESS_MAIN(TestRemoteCli)
#include "tst_remotecli.moc"
