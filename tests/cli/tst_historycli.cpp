#include "cliprocess.h"
#include "gitprogram.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Without an identity unless `env` gives one ("KEY=VALUE").
Run plenary(const QString &dir, const QStringList &args, const QStringList &env = {})
{
    return runPlenary(
        args, dir,
        QStringList{QStringLiteral("PLENARY_AUTHOR"), QStringLiteral("PLENARY_DELEGATION")} + env);
}

const QStringList kEu{QStringLiteral("--author"),
                      QStringLiteral("Pieter Janssens <pj@eeas.europa.eu>"),
                      QStringLiteral("--delegation"), QStringLiteral("EU")};

} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        const Run r = plenary(m_tmp.path(), {QStringLiteral("demo"), m_demo});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("created the sample negotiation")));
    }

    void demoIsAValidHistoryOfSeveralDelegations()
    {
        QCOMPARE(
            GitProgram::run(m_demo, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode,
            0);
        const GitProgram delegations = GitProgram::run(
            m_demo, {QStringLiteral("log"),
                     QStringLiteral("--format=%(trailers:key=Delegation,valueonly)")});
        const QStringList codes = delegations.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(codes.size() >= 10);
        QVERIFY(QSet<QString>(codes.begin(), codes.end()).size() >= 4);
        QCOMPARE(GitProgram::run(m_demo, {QStringLiteral("tag")}).out,
                 QStringLiteral("Rev.1\nRev.2\n"));
        const Run check =
            plenary(m_demo, {QStringLiteral("check"), QStringLiteral("text.plenary")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains(QLatin1String("inserted: OP7bis")));
        // The git program's own blame and show work on it too.
        QCOMPARE(GitProgram::run(m_demo, {QStringLiteral("blame"), QStringLiteral("text.plenary")})
                     .exitCode,
                 0);
    }

    void logListsOneLinePerRevision()
    {
        const Run r = plenary(m_demo, {QStringLiteral("log")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 12);
        static const QRegularExpression kLine(QStringLiteral(
            "^[0-9a-f]{7} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d [^(]+ \\([A-Z]+\\): .+$"));
        for (const QString &line : lines)
            QVERIFY2(kLine.match(line).hasMatch(), qPrintable(line));
        QVERIFY(lines.last().contains(QLatin1String("(UZ): Zero draft")));
        QVERIFY(r.out.contains(QLatin1String("(tag: Rev.2)")));

        QCOMPARE(plenary(m_demo, {QStringLiteral("log"), QStringLiteral("-n"), QStringLiteral("3")})
                     .out.count(QLatin1Char('\n')),
                 3);
        QCOMPARE(plenary(m_demo, {QStringLiteral("log"), QStringLiteral("-n2")})
                     .out.count(QLatin1Char('\n')),
                 2);
        const Run eu = plenary(
            m_demo, {QStringLiteral("log"), QStringLiteral("--delegation"), QStringLiteral("EU")});
        QVERIFY(!eu.out.isEmpty());
        for (const QString &line : eu.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY(line.contains(QLatin1String("(EU): ")));
        const Run since = plenary(m_demo, {QStringLiteral("log"), QStringLiteral("--since"),
                                           QStringLiteral("2026-11-16")});
        QCOMPARE(since.out.count(QLatin1Char('\n')), 3);
        const Run bis = plenary(m_demo, {QStringLiteral("log"), QStringLiteral("--paragraph"),
                                         QStringLiteral("OP7bis")});
        QCOMPARE(bis.out.count(QLatin1Char('\n')), 1);
        QVERIFY(bis.out.contains(QLatin1String("OP7 bis")));
        const Run byId = plenary(m_demo, {QStringLiteral("log"), QStringLiteral("--paragraph"),
                                          QStringLiteral("#1pwq94hx")});
        QCOMPARE(byId.out, bis.out);
    }

    void showPrintsTheTextAtARevision()
    {
        const Run head = plenary(m_demo, {QStringLiteral("show")});
        QCOMPARE(head.exitCode, 0);
        QCOMPARE(head.out.toUtf8(), readFile(m_demo + QLatin1String("/text.plenary")));
        const Run rev1 = plenary(m_demo, {QStringLiteral("show"), QStringLiteral("Rev.1")});
        QCOMPARE(rev1.exitCode, 0);
        QCOMPARE(rev1.out, GitProgram::run(m_demo, {QStringLiteral("show"),
                                                    QStringLiteral("Rev.1:text.plenary")})
                               .out);
        QVERIFY(rev1.out != head.out);
        QCOMPARE(plenary(m_demo, {QStringLiteral("show"), QStringLiteral("HEAD~11")}).out,
                 GitProgram::run(m_demo,
                                 {QStringLiteral("show"), QStringLiteral("HEAD~11:text.plenary")})
                     .out);
    }

    void blameAttributesParagraphsToRevisions()
    {
        const Run r = plenary(m_demo, {QStringLiteral("blame")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 33);
        QVERIFY(lines.first().startsWith(QLatin1String("CH1 ")));
        const QString bis = lines.filter(QRegularExpression(QStringLiteral("^OP7bis "))).value(0);
        QVERIFY2(bis.endsWith(QLatin1String("Dilnoza Karimova (UZ)")), qPrintable(bis));
        const QString head =
            GitProgram::run(m_demo, {QStringLiteral("rev-parse"), QStringLiteral("--short=7"),
                                     QStringLiteral("HEAD")})
                .out.trimmed();
        QVERIFY(bis.contains(head));
        // Blame of an earlier revision: nothing newer than it appears.
        const Run rev1 = plenary(m_demo, {QStringLiteral("blame"), QStringLiteral("Rev.1")});
        QCOMPARE(rev1.exitCode, 0);
        QVERIFY(!rev1.out.contains(head));
    }

    void commitTagRestoreRoundTrip()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("n"));
        QCOMPARE(plenary(dir.path(), {QStringLiteral("demo"), repo}).exitCode, 0);
        const QString textPath = repo + QLatin1String("/text.plenary");
        QByteArray text = readFile(textPath);
        text.replace("*Reaffirm* our commitment", "*Reaffirm* our strong commitment");
        QVERIFY(writeFile(textPath, text));

        Run r = plenary(repo, QStringList{QStringLiteral("commit")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("a message is required")));
        r = plenary(repo, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("x"),
                           QStringLiteral("--author"), QStringLiteral("A <a@b>")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no delegation")));
        r = plenary(repo, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("x"),
                           QStringLiteral("--author"), QStringLiteral("A <a@b>"),
                           QStringLiteral("--delegation"), QStringLiteral("RU")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("unknown delegation 'RU'")));

        r = plenary(repo, QStringList{QStringLiteral("commit"), QStringLiteral("-m"),
                                      QStringLiteral("EU on OP1")} +
                              kEu);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Pieter Janssens (EU): EU on OP1")));
        QCOMPARE(
            GitProgram::run(repo, {QStringLiteral("log"), QStringLiteral("-1"),
                                   QStringLiteral("--format=%(trailers:key=Delegation,valueonly)")})
                .out.trimmed(),
            QStringLiteral("EU"));
        QCOMPARE(
            GitProgram::run(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
            QString());

        r = plenary(repo, QStringList{QStringLiteral("commit"), QStringLiteral("-m"),
                                      QStringLiteral("again")} +
                              kEu);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("nothing to commit")));

        // Identity from the environment.
        text.replace("our strong commitment", "our firm commitment");
        QVERIFY(writeFile(textPath, text));
        r = plenary(repo, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("env")},
                    {QStringLiteral("PLENARY_AUTHOR=Env Drafter <e@d>"),
                     QStringLiteral("PLENARY_DELEGATION=OSCE")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Env Drafter (OSCE): env")));

        r = plenary(repo, QStringList{QStringLiteral("tag"), QStringLiteral("HEAD"),
                                      QStringLiteral("Rev.3"), QStringLiteral("-m"),
                                      QStringLiteral("Rev.3 issued")} +
                              kEu);
        QCOMPARE(r.exitCode, 0);
        r = plenary(repo, QStringList{QStringLiteral("tag"), QStringLiteral("HEAD~1"),
                                      QStringLiteral("Rev.3"), QStringLiteral("-m"),
                                      QStringLiteral("again")} +
                              kEu);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("already used")));
        r = plenary(repo, {QStringLiteral("tags")});
        QCOMPARE(r.out.count(QLatin1Char('\n')), 3);
        QVERIFY(r.out.contains(QLatin1String("Rev.3 ")));

        // Restore refuses to overwrite unsaved work, then brings Rev.1 back as a new revision.
        QVERIFY(writeFile(textPath, text + "\nop #zzzz0000 proposed: unsaved;\n"));
        r = plenary(repo, QStringList{QStringLiteral("restore"), QStringLiteral("Rev.1"),
                                      QStringLiteral("-m"), QStringLiteral("back")} +
                              kEu);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("unsaved changes")));
        QVERIFY(readFile(textPath).contains("unsaved;"));
        QVERIFY(writeFile(textPath, text));
        r = plenary(repo, QStringList{QStringLiteral("restore"), QStringLiteral("Rev.1"),
                                      QStringLiteral("-m"), QStringLiteral("Back to Rev.1")} +
                              kEu);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(textPath), GitProgram::run(repo, {QStringLiteral("show"),
                                                            QStringLiteral("Rev.1:text.plenary")})
                                         .out.toUtf8());
        QCOMPARE(GitProgram::run(repo, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                                        QStringLiteral("HEAD")})
                     .out.trimmed(),
                 QStringLiteral("15"));
        QCOMPARE(
            GitProgram::run(repo, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode,
            0);
    }

    void invalidTextIsNotCommitted()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("n"));
        QCOMPARE(plenary(dir.path(), {QStringLiteral("demo"), repo}).exitCode, 0);
        const QString textPath = repo + QLatin1String("/text.plenary");
        QVERIFY(
            writeFile(textPath, readFile(textPath) + "\nop #zzzz0000 proposed: [unbalanced;\n"));
        const Run r = plenary(repo, QStringList{QStringLiteral("commit"), QStringLiteral("-m"),
                                                QStringLiteral("bad")} +
                                        kEu);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("text.plenary:77:24: error: unbalanced '['")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was committed")));
        QCOMPARE(GitProgram::run(repo, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                                        QStringLiteral("HEAD")})
                     .out.trimmed(),
                 QStringLiteral("12"));
    }

    // A negotiation set up entirely with the git program, then used with Plenary.
    void repositoryMadeByHandWithGit()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        QCOMPARE(GitProgram::run(repo, {QStringLiteral("init"), QStringLiteral("-q"),
                                        QStringLiteral("-b"), QStringLiteral("main")})
                     .exitCode,
                 0);
        QVERIFY(writeFile(
            repo + QLatin1String("/plenary.manifest"),
            "format: plenary-manifest 1\nsecretariat: UZ\n"
            "delegation EU: #b8560b European Union\ndelegation UZ: #1f5fa8 Uzbekistan\n"));
        QVERIFY(writeFile(repo + QLatin1String("/text.plenary"),
                          "format: plenary 1\ntitle: By hand\nkind: declaration\nlanguage: en\n\n"
                          "op #aaaa1111 proposed: *Calls upon* States;\n\nop #bbbb2222 proposed: "
                          "*Decides* to meet.\n"));
        QCOMPARE(GitProgram::run(repo, {QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
        QCOMPARE(GitProgram::run(repo, {QStringLiteral("commit"), QStringLiteral("-qm"),
                                        QStringLiteral("by hand")})
                     .exitCode,
                 0);

        Run r = plenary(repo, {QStringLiteral("log")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Hand Editor (-): by hand")), qPrintable(r.out));
        QCOMPARE(plenary(repo, {QStringLiteral("show")}).exitCode, 0);
        r = plenary(repo, {QStringLiteral("blame")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("OP1  ")));

        QByteArray text = readFile(repo + QLatin1String("/text.plenary"));
        text.replace("States;", "all States;");
        QVERIFY(writeFile(repo + QLatin1String("/text.plenary"), text));
        r = plenary(repo, QStringList{QStringLiteral("commit"), QStringLiteral("-m"),
                                      QStringLiteral("EU edit")} +
                              kEu);
        QCOMPARE(r.exitCode, 0);
        r = plenary(repo, {QStringLiteral("blame")});
        QVERIFY(
            r.out.split(QLatin1Char('\n')).at(0).endsWith(QLatin1String("Pieter Janssens (EU)")));
        QVERIFY(r.out.split(QLatin1Char('\n')).at(1).endsWith(QLatin1String("Hand Editor (-)")));
        QCOMPARE(plenary(repo, QStringList{QStringLiteral("tag"), QStringLiteral("HEAD"),
                                           QStringLiteral("Rev.1"), QStringLiteral("-m"),
                                           QStringLiteral("first")} +
                                   kEu)
                     .exitCode,
                 0);
        QCOMPARE(plenary(repo, QStringList{QStringLiteral("restore"), QStringLiteral("HEAD~1"),
                                           QStringLiteral("-m"), QStringLiteral("undo")} +
                                   kEu)
                     .exitCode,
                 0);
        QCOMPARE(
            GitProgram::run(repo, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode,
            0);
        QCOMPARE(
            GitProgram::run(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
            QString());
    }

    void initCreatesAnEmptyNegotiation()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("new"));
        Run r =
            plenary(dir.path(), {QStringLiteral("init"), repo, QStringLiteral("--kind"),
                                 QStringLiteral("summary"), QStringLiteral("--title"),
                                 QStringLiteral("Co-Chairs' Summary"), QStringLiteral("--language"),
                                 QStringLiteral("fr"), QStringLiteral("--delegation"),
                                 QStringLiteral("UZ=Ouzbékistan"), QStringLiteral("--delegation"),
                                 QStringLiteral("EU=Union européenne"), QStringLiteral("--author"),
                                 QStringLiteral("Secrétariat <s@conf.org>")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(GitProgram::run(
                     repo, {QStringLiteral("log"),
                            QStringLiteral("--format=%an %(trailers:key=Delegation,valueonly)")})
                     .out.trimmed(),
                 QStringLiteral("Secrétariat UZ"));
        const QString text = QString::fromUtf8(readFile(repo + QLatin1String("/text.plenary")));
        QVERIFY(text.contains(QLatin1String("kind: summary\nlanguage: fr\n")));
        QVERIFY(readFile(repo + QLatin1String("/plenary.manifest")).contains("secretariat: UZ\n"));
        QCOMPARE(plenary(repo, {QStringLiteral("log")}).exitCode, 0);

        r = plenary(dir.path(),
                    {QStringLiteral("init"), repo, QStringLiteral("--title"), QStringLiteral("x"),
                     QStringLiteral("--delegation"), QStringLiteral("UZ=U")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("already a git repository")));
        r = plenary(dir.path(), {QStringLiteral("init"), dir.filePath(QStringLiteral("x")),
                                 QStringLiteral("--title"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("name at least one delegation")));
    }

    void repositoryErrorsAreOneLineAndExitOne_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a repository")
            << QStringLiteral("/") << QStringList{QStringLiteral("log")}
            << QStringLiteral("is not inside a git repository");
        QTest::newRow("unknown revision")
            << QStringLiteral("demo")
            << QStringList{QStringLiteral("show"), QStringLiteral("Rev.9")}
            << QStringLiteral("unknown revision 'Rev.9'");
        QTest::newRow("missing tag for blame")
            << QStringLiteral("demo")
            << QStringList{QStringLiteral("blame"), QStringLiteral("Final")}
            << QStringLiteral("unknown revision 'Final'");
        QTest::newRow("unknown paragraph")
            << QStringLiteral("demo")
            << QStringList{QStringLiteral("log"), QStringLiteral("--paragraph"),
                           QStringLiteral("OP99")}
            << QStringLiteral("no paragraph 'OP99'");
        QTest::newRow("-C to a missing place")
            << QStringLiteral("demo")
            << QStringList{QStringLiteral("-C"), QStringLiteral("/nowhere"), QStringLiteral("log")}
            << QStringLiteral("'/nowhere' does not exist");
    }
    void repositoryErrorsAreOneLineAndExitOne()
    {
        QFETCH(QString, where);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = plenary(where == QLatin1String("demo") ? m_demo : where, args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void dashCSelectsTheRepository()
    {
        const Run before = plenary(m_tmp.path(), {QStringLiteral("-C"), m_demo,
                                                  QStringLiteral("log"), QStringLiteral("-n1")});
        QCOMPARE(before.exitCode, 0);
        const Run after = plenary(m_tmp.path(), {QStringLiteral("log"), QStringLiteral("-C"),
                                                 m_demo, QStringLiteral("-n1")});
        QCOMPARE(after.out, before.out);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
