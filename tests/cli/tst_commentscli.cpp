#include "cliprocess.h"
#include "gitprogram.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// plenary comment and plenary comments as a drafter runs them, checked with the git program.

namespace {

// As a drafter with no identity configured: commands that need one say so.
Run plenary(const QString &dir, const QStringList &args)
{
    return runPlenary(args, dir,
                      {QStringLiteral("PLENARY_AUTHOR"), QStringLiteral("PLENARY_DELEGATION")});
}

QString git(const QString &dir, const QStringList &args)
{
    return GitProgram::run(dir, args).out;
}

QStringList lines(const QString &out)
{
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The line of `plenary comments` for an identifier, split into its six fields.
QStringList fieldsOf(const QString &out, const QString &id)
{
    for (const QString &line : lines(out))
        if (line.startsWith(id + QLatin1Char('\t')))
            return line.split(QLatin1Char('\t'));
    return {};
}

const QStringList kEu{QStringLiteral("--author"),
                      QStringLiteral("Pieter Janssens <pj@eeas.europa.eu>"),
                      QStringLiteral("--delegation"), QStringLiteral("EU")};
const QStringList kHost{QStringLiteral("--author"),
                        QStringLiteral("Dilnoza Karimova <dilnoza.karimova@mfa.uz>"),
                        QStringLiteral("--delegation"), QStringLiteral("UZ")};

const QRegularExpression kIdLine(QStringLiteral("^[0-9a-z]{8}\\n$"));

} // namespace

class TestCommentsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_count = 0;

    // A fresh copy of the demo for a test that changes it.
    QString demo()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("demo%1").arg(++m_count));
        const Run r = plenary(m_tmp.path(), {QStringLiteral("demo"), dir});
        if (r.exitCode != 0)
            qFatal("plenary demo failed: %s", qPrintable(r.err));
        return dir;
    }

    static int revisions(const QString &repo)
    {
        return git(repo,
                   {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
            .trimmed()
            .toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void demoHasThreadsFromSeveralDelegations()
    {
        const QString repo = demo();
        const Run r = plenary(repo, {QStringLiteral("comments")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QStringList all = lines(r.out);
        QCOMPARE(all.size(), 11);
        QSet<QString> opened;
        int resolved = 0, replies = 0;
        for (const QString &line : all) {
            const QStringList f = line.split(QLatin1Char('\t'));
            QCOMPARE(f.size(), 6);
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-z]{8}$")).match(f[0]).hasMatch(),
                     qPrintable(line));
            if (f[3] == QLatin1String("reply")) {
                ++replies;
                continue;
            }
            opened.insert(f[2]);
            resolved += f[3] == QLatin1String("resolved");
        }
        QVERIFY(opened.size() >= 3);
        QCOMPARE(resolved, 1);
        QCOMPARE(replies, 6);
        const QStringList interpol = fieldsOf(r.out, QStringLiteral("ktmmx266"));
        QCOMPARE(interpol.value(1), QStringLiteral("OP7bis"));
        QCOMPARE(interpol.value(4), QString()); // on the whole paragraph

        const Run open = plenary(repo, {QStringLiteral("comments"), QStringLiteral("--open")});
        QCOMPARE(open.exitCode, 0);
        QCOMPARE(lines(open.out).size(), 8);
        QVERIFY(!open.out.contains(QLatin1String("\tresolved\t")));
        QVERIFY(!open.out.contains(QLatin1String("88kdxqna")));

        // Rev.1 had two comments and one reply; Rev.2 had the OSCE thread resolved.
        const Run rev1 = plenary(
            repo, {QStringLiteral("comments"), QStringLiteral("--rev"), QStringLiteral("Rev.1")});
        QCOMPARE(rev1.exitCode, 0);
        QCOMPARE(lines(rev1.out).size(), 3);
        QCOMPARE(fieldsOf(rev1.out, QStringLiteral("88kdxqna")).value(3), QStringLiteral("open"));
        const Run rev2 = plenary(
            repo, {QStringLiteral("comments"), QStringLiteral("--rev"), QStringLiteral("Rev.2")});
        QCOMPARE(fieldsOf(rev2.out, QStringLiteral("88kdxqna")).value(3),
                 QStringLiteral("resolved"));

        // git log -p shows each event as one readable line.
        const QString patch =
            git(repo, {QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("--format=%an"),
                       QStringLiteral("--"), QStringLiteral("comments.jsonl")});
        QCOMPARE(patch.count(QLatin1String("\n+{\"id\":\"")), 12);
        QVERIFY(patch.contains(QLatin1String("\"event\":\"resolve\",\"target\":\"88kdxqna\","
                                             "\"time\":\"2026-11-13T17:26:00+05:00\"")));
        QVERIFY(patch.contains(QLatin1String("women’s")) ||
                patch.contains(QLatin1String("OSCE wording")));
    }

    void addReplyResolveReopenEachMakeOneCommitOfTheComments()
    {
        const QString repo = demo();
        const QString textPath = repo + QLatin1String("/text.plenary");
        // An edit of the text not yet saved: it must stay unsaved.
        QByteArray text = readFile(textPath);
        text.replace("*Reaffirm* our commitment", "*Reaffirm* our strong commitment");
        QVERIFY(writeFile(textPath, text));
        const int before = revisions(repo);

        Run r =
            plenary(repo, QStringList{QStringLiteral("comment"), QStringLiteral("add"),
                                      QStringLiteral("--paragraph"), QStringLiteral("OP2"),
                                      QStringLiteral("--quote"),
                                      QStringLiteral("controls on the issuance of identity papers"),
                                      QStringLiteral("-m"),
                                      QStringLiteral("Should this cite ICAO Doc 9303?\nSee "
                                                     "the Annex.")} +
                              kEu);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(kIdLine.match(r.out).hasMatch(), qPrintable(r.out + r.err));
        const QString id = r.out.trimmed();
        QCOMPARE(revisions(repo), before + 1);
        QCOMPARE(git(repo, {QStringLiteral("show"), QStringLiteral("--format="),
                            QStringLiteral("--name-only"), QStringLiteral("HEAD")}),
                 QStringLiteral("comments.jsonl\n"));
        QCOMPARE(git(repo, {QStringLiteral("log"), QStringLiteral("-1"),
                            QStringLiteral("--format=%an|%s|%(trailers:key=Delegation,valueonly)")})
                     .trimmed(),
                 QStringLiteral("Pieter Janssens|Comment on OP2|EU"));
        QCOMPARE(git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QStringLiteral(" M text.plenary\n"));
        QCOMPARE(readFile(textPath), text);
        const QString diff = git(
            repo, {QStringLiteral("show"), QStringLiteral("--format="), QStringLiteral("HEAD")});
        QCOMPARE(diff.count(QLatin1String("\n+{")), 1);
        QVERIFY(diff.contains(
            QLatin1String("\"body\":\"Should this cite ICAO Doc 9303?\\nSee the Annex.\"}")));

        Run list = plenary(repo, {QStringLiteral("comments")});
        QCOMPARE(
            fieldsOf(list.out, id),
            (QStringList{id, QStringLiteral("OP2"), QStringLiteral("EU"), QStringLiteral("open"),
                         QStringLiteral("\"controls on the issuance of identity papers\""),
                         QStringLiteral("Should this cite ICAO Doc 9303?\\nSee the Annex.")}));

        r = plenary(repo, QStringList{QStringLiteral("comment"), QStringLiteral("reply"), id,
                                      QStringLiteral("-m"),
                                      QStringLiteral("Les coprésidents en tiendront compte.")} +
                              kHost);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(kIdLine.match(r.out).hasMatch());
        const QString replyId = r.out.trimmed();
        QCOMPARE(
            git(repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")})
                .trimmed(),
            QStringLiteral("Reply to comment %1 on OP2").arg(id));

        r = plenary(repo,
                    QStringList{QStringLiteral("comment"), QStringLiteral("resolve"), id} + kHost);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("resolved %1\n").arg(id));
        list = plenary(repo, {QStringLiteral("comments"), QStringLiteral("--open")});
        QVERIFY(!list.out.contains(id));
        list = plenary(repo, {QStringLiteral("comments")});
        QCOMPARE(fieldsOf(list.out, id).value(3), QStringLiteral("resolved"));
        QCOMPARE(fieldsOf(list.out, replyId),
                 (QStringList{replyId, QStringLiteral("OP2"), QStringLiteral("UZ"),
                              QStringLiteral("reply"), QString(),
                              QStringLiteral("Les coprésidents en tiendront compte.")}));

        r = plenary(repo,
                    QStringList{QStringLiteral("comment"), QStringLiteral("resolve"), id} + kHost);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("already resolved")));
        r = plenary(repo,
                    QStringList{QStringLiteral("comment"), QStringLiteral("reopen"), id} + kEu);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("reopened %1\n").arg(id));
        list = plenary(repo, {QStringLiteral("comments"), QStringLiteral("--open")});
        QCOMPARE(fieldsOf(list.out, id).value(3), QStringLiteral("open"));

        QCOMPARE(revisions(repo), before + 4);
        QCOMPARE(git(repo, {QStringLiteral("diff"), QStringLiteral("--stat"),
                            QStringLiteral("HEAD~4"), QStringLiteral("HEAD"), QStringLiteral("--"),
                            QStringLiteral("text.plenary")}),
                 QString());
        QCOMPARE(git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QStringLiteral(" M text.plenary\n"));
        QCOMPARE(
            GitProgram::run(repo, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode,
            0);
    }

    void commentSurvivesRenumberingWithTheNewReference()
    {
        const QString repo = demo();
        Run r =
            plenary(repo, QStringList{QStringLiteral("comment"), QStringLiteral("add"),
                                      QStringLiteral("--paragraph"), QStringLiteral("OP7bis"),
                                      QStringLiteral("--quote"), QStringLiteral("I-24/7"),
                                      QStringLiteral("-m"), QStringLiteral("Which databases?")} +
                              kEu);
        QCOMPARE(r.exitCode, 0);
        const QString id = r.out.trimmed();
        QCOMPARE(fieldsOf(plenary(repo, {QStringLiteral("comments")}).out, id).value(1),
                 QStringLiteral("OP7bis"));

        r = plenary(repo, {QStringLiteral("renumber"), QStringLiteral("text.plenary")});
        QCOMPARE(r.exitCode, 0);
        // References are those of the last revision until the renumbered text is saved.
        QCOMPARE(fieldsOf(plenary(repo, {QStringLiteral("comments")}).out, id).value(1),
                 QStringLiteral("OP7bis"));
        r = plenary(repo, QStringList{QStringLiteral("commit"), QStringLiteral("-m"),
                                      QStringLiteral("Renumbered")} +
                              kHost);
        QCOMPARE(r.exitCode, 0);
        const Run list = plenary(repo, {QStringLiteral("comments")});
        QCOMPARE(
            fieldsOf(list.out, id),
            (QStringList{id, QStringLiteral("OP8"), QStringLiteral("EU"), QStringLiteral("open"),
                         QStringLiteral("\"I-24/7\""), QStringLiteral("Which databases?")}));
        // The demo's own comment on the same paragraph follows it too; the earlier revision
        // still shows the old number.
        QCOMPARE(fieldsOf(list.out, QStringLiteral("ktmmx266")).value(1), QStringLiteral("OP8"));
        QCOMPARE(fieldsOf(plenary(repo, {QStringLiteral("comments"), QStringLiteral("--rev"),
                                         QStringLiteral("HEAD~1")})
                              .out,
                          id)
                     .value(1),
                 QStringLiteral("OP7bis"));
        // A new comment by the new number lands on the same paragraph.
        r = plenary(repo, QStringList{QStringLiteral("comment"), QStringLiteral("add"),
                                      QStringLiteral("--paragraph"), QStringLiteral("OP8"),
                                      QStringLiteral("-m"), QStringLiteral("Agreed.")} +
                              kHost);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(git(repo, {QStringLiteral("show"), QStringLiteral("HEAD:comments.jsonl")})
                    .endsWith(QLatin1String("\"paragraph\":\"1pwq94hx\",\"body\":\"Agreed.\"}\n")));
    }

    void quoteEditedAwayAndParagraphCleanedAway()
    {
        const QString repo = demo();
        const QString textPath = repo + QLatin1String("/text.plenary");
        // The OP12 paragraph is deleted in the demo; comment on it, then clean it away.
        Run r = plenary(
            repo, QStringList{QStringLiteral("comment"), QStringLiteral("add"),
                              QStringLiteral("--paragraph"), QStringLiteral("OP12"),
                              QStringLiteral("--quote"), QStringLiteral("common regional database"),
                              QStringLiteral("-m"), QStringLiteral("Why was this dropped?")} +
                      kEu);
        QCOMPARE(r.exitCode, 0);
        const QString onDeleted = r.out.trimmed();
        QByteArray text = readFile(textPath);
        QVERIFY(text.contains("national watchlists"));
        text.replace("national watchlists", "lists of persons of interest");
        QVERIFY(writeFile(textPath, text));
        QCOMPARE(plenary(repo, {QStringLiteral("clean"), QStringLiteral("text.plenary")}).exitCode,
                 0);
        QCOMPARE(plenary(repo, QStringList{QStringLiteral("commit"), QStringLiteral("-m"),
                                           QStringLiteral("Cleaned")} +
                                   kHost)
                     .exitCode,
                 0);
        const Run list = plenary(repo, {QStringLiteral("comments")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(fieldsOf(list.out, onDeleted),
                 (QStringList{onDeleted, QStringLiteral("#5pm3f8c7"), QStringLiteral("EU"),
                              QStringLiteral("open, orphaned"),
                              QStringLiteral("\"common regional database\""),
                              QStringLiteral("Why was this dropped?")}));
        QCOMPARE(fieldsOf(list.out, QStringLiteral("2k6da49n")).value(3),
                 QStringLiteral("open, text changed"));
        QCOMPARE(fieldsOf(list.out, QStringLiteral("2k6da49n")).value(1), QStringLiteral("OP5(c)"));
    }

    void badInputIsReportedAndNothingIsLost()
    {
        const QString repo = demo();
        const int before = revisions(repo);
        auto comment = [&](const QStringList &args) {
            return plenary(repo, QStringList{QStringLiteral("comment")} + args + kEu);
        };
        Run r = comment({QStringLiteral("reply"), QStringLiteral("zzzz9999"), QStringLiteral("-m"),
                         QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no comment 'zzzz9999'")), qPrintable(r.err));
        r = comment({QStringLiteral("resolve"), QStringLiteral("zzzz9999")});
        QCOMPARE(r.exitCode, 1);
        r = comment({QStringLiteral("add"), QStringLiteral("--paragraph"), QStringLiteral("OP99"),
                     QStringLiteral("-m"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no paragraph 'OP99'")), qPrintable(r.err));
        r = comment({QStringLiteral("add"), QStringLiteral("--paragraph"), QStringLiteral("OP2"),
                     QStringLiteral("--quote"), QStringLiteral("not in the text"),
                     QStringLiteral("-m"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("OP2 does not contain \"not in the text\"")),
                 qPrintable(r.err));
        QCOMPARE(
            comment({QStringLiteral("add"), QStringLiteral("--paragraph"), QStringLiteral("OP2")})
                .exitCode,
            2);
        QCOMPARE(comment({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(comment({QStringLiteral("resolve")}).exitCode, 2);
        QCOMPARE(revisions(repo), before);

        // A malformed line, saved with the git program: reported with its line number, kept.
        const QString commentsPath = repo + QLatin1String("/comments.jsonl");
        const QByteArray broken = readFile(commentsPath) + "{\"id\":\"abcd1234\", oops\n";
        QVERIFY(writeFile(commentsPath, broken));
        // Not yet committed: the command refuses rather than overwrite it.
        r = comment({QStringLiteral("add"), QStringLiteral("--paragraph"), QStringLiteral("OP2"),
                     QStringLiteral("-m"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("comments.jsonl has changes that are not committed")),
                 qPrintable(r.err));
        QCOMPARE(readFile(commentsPath), broken);
        QCOMPARE(GitProgram::run(repo, {QStringLiteral("commit"), QStringLiteral("-qam"),
                                        QStringLiteral("hand edit")})
                     .exitCode,
                 0);

        const Run list = plenary(repo, {QStringLiteral("comments")});
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.startsWith(QLatin1String("comments.jsonl:13:")), qPrintable(list.err));
        QVERIFY(list.err.contains(QLatin1String(": error: not a JSON object")));
        QCOMPARE(lines(list.out).size(), 11); // every readable comment still listed

        r = comment({QStringLiteral("add"), QStringLiteral("--paragraph"),
                     QStringLiteral("#0r87hmaa"), QStringLiteral("-m"),
                     QStringLiteral("After the bad line")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.startsWith(QLatin1String("comments.jsonl:13:")));
        const QByteArray after = readFile(commentsPath);
        QVERIFY(after.startsWith(broken));
        QCOMPARE(after.count('\n'), broken.count('\n') + 1);
        QCOMPARE(
            git(repo, {QStringLiteral("show"), QStringLiteral("HEAD:comments.jsonl")}).toUtf8(),
            after);
    }
};

QTEST_GUILESS_MAIN(TestCommentsCli)
#include "tst_commentscli.moc"
