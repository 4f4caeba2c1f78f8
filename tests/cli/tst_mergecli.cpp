// plenary branch, switch, status and merge: proposals merged paragraph by paragraph, checked
// with the git program. A merge either completes or changes nothing.

#include "cliprocess.h"
#include "gitprogram.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// As a member of `delegation`: UZ (Dilnoza Karimova) or EU (Pieter Janssens).
Run plenary(const QString &dir, const QStringList &args, const QString &delegation = u"UZ"_s)
{
    return runPlenary(
        args, dir,
        {u"PLENARY_DELEGATION="_s + delegation,
         u"PLENARY_AUTHOR="_s + (delegation == u"EU"_s ? u"Pieter Janssens <pj@eeas.europa.eu>"_s
                                                       : u"Dilnoza Karimova <dk@mfa.uz>"_s)});
}

QString git(const QString &dir, const QStringList &args)
{
    return GitProgram::run(dir, args).out.trimmed();
}

const QByteArray kHeader = "format: plenary 1\ntitle: Test Declaration\nkind: declaration\n"
                           "language: en\nsymbol: TEST/2026/L.1\n\n";

// A paragraph left out of the text.
const char *const kRemoved = "";

// The base text: a chapeau, a preambular and four operative paragraphs; a null argument keeps
// the base's paragraph, kRemoved leaves OP2 out, `extra` goes after OP1.
QByteArray text(const char *op1 = nullptr, const char *op2 = nullptr, const char *op3 = nullptr,
                const char *extra = nullptr, const char *op1Status = "proposed",
                bool moveOp3First = false)
{
    const QByteArray p1 = QByteArray("op #oper0001 ") + op1Status +
                          " numbered: " + (op1 ? op1 : "*Decide* to cooperate;") + "\n\n";
    const QByteArray p2 = op2 && !*op2 ? QByteArray()
                                       : QByteArray("op #oper0002 proposed numbered: ") +
                                             (op2 ? op2 : "*Request* a report;") + "\n\n";
    const QByteArray p3 = QByteArray("op #oper0003 proposed numbered: ") +
                          (op3 ? op3 : "*Invite* the regional centre to assist;") + "\n\n";
    return kHeader + "chapeau #chap0001 agreed: We, the States,\n\n" +
           "pp #prea0001 agreed: *Recalling* our commitments,\n\n" +
           (moveOp3First ? p3 + p1 : p1 + QByteArray(extra)) + p2 +
           (moveOp3First ? QByteArray(extra) : p3) +
           "op #oper0004 proposed numbered: *Decide* to remain seized of the matter.\n";
}

} // namespace

class TestMergeCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_count = 0;

    // A negotiation whose main holds `base`, then the proposal "eu-prop" by the EU with
    // `theirs`, and main moved on by UZ to `ours` (when given).
    QString scenario(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs)
    {
        const QString dir = m_tmp.filePath(u"n%1"_s.arg(++m_count));
        if (plenary(m_tmp.path(),
                    {u"init"_s, dir, u"--title"_s, u"x"_s, u"--delegation"_s,
                     u"UZ=Republic of Uzbekistan"_s, u"--delegation"_s, u"EU=European Union"_s})
                .exitCode != 0)
            return {};
        const QString textFile = dir + u"/text.plenary"_s;
        if (!writeFile(textFile, base) ||
            plenary(dir, {u"commit"_s, u"-m"_s, u"Zero draft"_s}).exitCode != 0)
            return {};
        if (plenary(dir, {u"branch"_s, u"eu-prop"_s, u"--title"_s, u"EU proposal"_s}, u"EU"_s)
                .exitCode != 0)
            return {};
        if (!theirs.isNull() &&
            (!writeFile(textFile, theirs) ||
             plenary(dir, {u"commit"_s, u"-m"_s, u"EU proposal"_s}, u"EU"_s).exitCode != 0))
            return {};
        if (plenary(dir, {u"switch"_s, u"main"_s}).exitCode != 0)
            return {};
        if (!ours.isNull() && (!writeFile(textFile, ours) ||
                               plenary(dir, {u"commit"_s, u"-m"_s, u"UZ text"_s}).exitCode != 0))
            return {};
        return dir;
    }

    static void verifyClean(const QString &dir)
    {
        const GitProgram fsck = GitProgram::run(dir, {u"fsck"_s, u"--strict"_s});
        QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.err));
        QCOMPARE(git(dir, {u"status"_s, u"--porcelain"_s}), QString());
        // The working text is the committed one, and it reads.
        QCOMPARE(readFile(dir + u"/text.plenary"_s),
                 GitProgram::run(dir, {u"show"_s, u"HEAD:text.plenary"_s}).out.toUtf8());
        QCOMPARE(plenary(dir, {u"check"_s, u"text.plenary"_s}).exitCode, 0);
    }

    static int parentCount(const QString &dir)
    {
        return git(dir, {u"rev-list"_s, u"--parents"_s, u"-n"_s, u"1"_s, u"HEAD"_s})
                   .split(u' ')
                   .size() -
               1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void proposalsAreBranchesWithTitles()
    {
        const QString dir = scenario(text(), {}, {});
        QVERIFY(!dir.isEmpty());
        const Run list = plenary(dir, {u"branch"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, u"  eu-prop  EU proposal\n* main\n"_s);
        // The title is in the proposal's manifest, which any git tool reads.
        QVERIFY(GitProgram::run(dir, {u"show"_s, u"eu-prop:plenary.manifest"_s})
                    .out.contains(u"proposal eu-prop: EU proposal\n"_s));
        QCOMPARE(git(dir, {u"log"_s, u"-1"_s, u"--format=%s"_s, u"eu-prop"_s}),
                 u"Start proposal eu-prop: EU proposal"_s);
        QCOMPARE(plenary(dir, {u"status"_s}).out,
                 u"On branch main\nNo remote copy of this branch.\nNo unsaved changes.\n"_s);

        QCOMPARE(plenary(dir, {u"switch"_s, u"eu-prop"_s}).exitCode, 0);
        QCOMPARE(git(dir, {u"symbolic-ref"_s, u"HEAD"_s}), u"refs/heads/eu-prop"_s);
        QVERIFY(plenary(dir, {u"status"_s})
                    .out.startsWith(u"On branch eu-prop (proposal: EU proposal)\n"_s));
        verifyClean(dir);

        // Unsaved changes keep the user where they are.
        QVERIFY(writeFile(dir + u"/text.plenary"_s, text("*Decide* to act;")));
        QVERIFY(plenary(dir, {u"status"_s})
                    .out.contains(u"Changes not saved as a revision: text.plenary\n"_s));
        const Run refused = plenary(dir, {u"switch"_s, u"main"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"text.plenary has changes not saved"_s),
                 qPrintable(refused.err));
        QCOMPARE(git(dir, {u"symbolic-ref"_s, u"HEAD"_s}), u"refs/heads/eu-prop"_s);
        QCOMPARE(readFile(dir + u"/text.plenary"_s), text("*Decide* to act;"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("two strategies")
            << QStringList{u"merge"_s, u"eu-prop"_s, u"--ours"_s, u"--theirs"_s} << 2
            << u"choose one of --alternatives"_s;
        QTest::newRow("no branch") << QStringList{u"merge"_s} << 2 << u"name the branch"_s;
        QTest::newRow("itself") << QStringList{u"merge"_s, u"main"_s} << 2
                                << u"'main' is the current branch"_s;
        QTest::newRow("unknown") << QStringList{u"merge"_s, u"nope"_s} << 1
                                 << u"there is no branch 'nope'"_s;
        QTest::newRow("switch unknown")
            << QStringList{u"switch"_s, u"nope"_s} << 1 << u"there is no branch 'nope'"_s;
        QTest::newRow("bad proposal name")
            << QStringList{u"branch"_s, u"a b"_s} << 1 << u"'a b' cannot name a proposal"_s;
        QTest::newRow("existing proposal") << QStringList{u"branch"_s, u"eu-prop"_s} << 1
                                           << u"a branch named 'eu-prop' already exists"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString dir = scenario(text(), {}, {});
        QVERIFY(!dir.isEmpty());
        const QString head = git(dir, {u"rev-parse"_s, u"HEAD"_s});
        const Run r = plenary(dir, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(git(dir, {u"rev-parse"_s, u"HEAD"_s}), head);
    }

    // Merges that complete on their own, with both sides' work in the result.
    void cleanMerges_data()
    {
        QTest::addColumn<QByteArray>("ours");
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("different paragraphs")
            << text("*Decide* to cooperate closely;")
            << text("*Decide* to cooperate;", "*Request* a report;",
                    "*Invite* the regional centre to assist States;")
            << text("*Decide* to cooperate closely;", "*Request* a report;",
                    "*Invite* the regional centre to assist States;");
        QTest::newRow("the same change on both sides")
            << text("*Decide* to cooperate fully;") << text("*Decide* to cooperate fully;")
            << text("*Decide* to cooperate fully;");
        QTest::newRow("insertions at the same place, ours first")
            << text(nullptr, nullptr, nullptr,
                    "op #ourins01 proposed numbered: *Welcome* the offer;\n\n")
            << text(nullptr, nullptr, nullptr,
                    "op #theirs01 proposed numbered: *Note* the plan;\n\n")
            << text(nullptr, nullptr, nullptr,
                    "op #ourins01 proposed numbered: *Welcome* the offer;\n\n"
                    "op #theirs01 proposed numbered: *Note* the plan;\n\n");
        QTest::newRow("moved by ours, edited by theirs")
            << text(nullptr, nullptr, nullptr, nullptr, "proposed", true)
            << text(nullptr, nullptr, "*Invite* the regional centre to assist States;")
            << text(nullptr, nullptr, "*Invite* the regional centre to assist States;", nullptr,
                    "proposed", true);
        QTest::newRow("status by ours, text by theirs")
            << text(nullptr, nullptr, nullptr, nullptr, "agreed")
            << text("*Decide* to cooperate further;")
            << text("*Decide* to cooperate further;", nullptr, nullptr, nullptr, "agreed");
    }

    void cleanMerges()
    {
        QFETCH(QByteArray, ours);
        QFETCH(QByteArray, theirs);
        QFETCH(QByteArray, expected);
        const QString dir = scenario(text(), ours, theirs);
        QVERIFY(!dir.isEmpty());
        const QString before = git(dir, {u"rev-parse"_s, u"HEAD"_s});
        const Run r = plenary(dir, {u"merge"_s, u"eu-prop"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Merged eu-prop into main: revision "_s), qPrintable(r.out));
        QCOMPARE(GitProgram::run(dir, {u"show"_s, u"HEAD:text.plenary"_s}).out.toUtf8(), expected);
        // A merge commit with both sides as parents, by the merging delegation.
        QCOMPARE(parentCount(dir), 2);
        QCOMPARE(git(dir, {u"rev-parse"_s, u"HEAD^1"_s}), before);
        QCOMPARE(git(dir, {u"rev-parse"_s, u"HEAD^2"_s}), git(dir, {u"rev-parse"_s, u"eu-prop"_s}));
        QCOMPARE(git(dir, {u"log"_s, u"-1"_s, u"--format=%s"_s}),
                 u"Merge proposal eu-prop (EU proposal)"_s);
        QVERIFY(git(dir, {u"log"_s, u"-1"_s, u"--format=%B"_s}).contains(u"Delegation: UZ"_s));
        // The proposal's title came along in the manifest.
        QVERIFY(readFile(dir + u"/plenary.manifest"_s).contains("proposal eu-prop: EU proposal"));
        verifyClean(dir);
        // Merging again changes nothing.
        const Run again = plenary(dir, {u"merge"_s, u"eu-prop"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, u"Already up to date with eu-prop.\n"_s);
    }

    // Conflicts are listed and nothing changes.
    void conflictsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("ours");
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QString>("listed");
        QTest::newRow("the same paragraph, differently")
            << text("*Decide* to cooperate closely;") << text("*Decide* to cooperate fully;")
            << u"  OP1: changed differently by UZ and EU (text)\n"_s;
        QTest::newRow("deleted by ours, edited by theirs")
            << text(nullptr, kRemoved) << text(nullptr, "*Request* a report by 2027;")
            << u"  OP2: removed by UZ, changed by EU\n"_s;
        QTest::newRow("edited by ours, deleted by theirs")
            << text(nullptr, "*Request* a report by 2027;") << text(nullptr, kRemoved)
            << u"  OP2: changed by UZ, removed by EU\n"_s;
        QTest::newRow("statuses") << text(nullptr, nullptr, nullptr, nullptr, "agreed")
                                  << text(nullptr, nullptr, nullptr, nullptr, "adref")
                                  << u"  OP1: changed differently by UZ and EU (status)\n"_s;
    }

    void conflictsChangeNothing()
    {
        QFETCH(QByteArray, ours);
        QFETCH(QByteArray, theirs);
        QFETCH(QString, listed);
        const QString dir = scenario(text(), ours, theirs);
        QVERIFY(!dir.isEmpty());
        const QString head = git(dir, {u"rev-parse"_s, u"HEAD"_s});
        const QByteArray working = readFile(dir + u"/text.plenary"_s);
        const Run r = plenary(dir, {u"merge"_s, u"eu-prop"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"plenary merge: main (UZ) and eu-prop (EU) disagree; nothing "
                                  "was changed:\n"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(listed), qPrintable(r.err));
        QCOMPARE(git(dir, {u"rev-parse"_s, u"HEAD"_s}), head);
        QCOMPARE(readFile(dir + u"/text.plenary"_s), working);
        verifyClean(dir);
    }

    // --alternatives keeps both versions, bracketed and attributed; --ours and --theirs take one.
    void strategies()
    {
        const QString dir = scenario(text(), text("*Decide* to cooperate closely;"),
                                     text("*Decide* to cooperate fully;"));
        QVERIFY(!dir.isEmpty());
        const Run r = plenary(dir, {u"merge"_s, u"eu-prop"_s, u"--alternatives"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"(conflicts settled: 1)"_s));
        const QString merged = QString::fromUtf8(readFile(dir + u"/text.plenary"_s));
        QVERIFY2(merged.contains(u"op #oper0001 proposed numbered: *Decide* to cooperate "
                                 "[Alt 1 (UZ): closely] [Alt 2 (EU): fully];"_s),
                 qPrintable(merged));
        QCOMPARE(parentCount(dir), 2);
        QVERIFY(git(dir, {u"log"_s, u"-1"_s, u"--format=%B"_s})
                    .contains(u"both versions kept as alternatives"_s));
        verifyClean(dir);
        const Run brackets = plenary(dir, {u"check"_s, u"--brackets"_s, u"text.plenary"_s});
        QVERIFY(brackets.out.contains(u"OP1"_s));

        for (const auto &[option, words] :
             {std::pair{u"--ours"_s, "closely"}, std::pair{u"--theirs"_s, "fully"}}) {
            const QString d = scenario(text(), text("*Decide* to cooperate closely;"),
                                       text("*Decide* to cooperate fully;"));
            const Run taken = plenary(d, {u"merge"_s, u"eu-prop"_s, option});
            QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
            QVERIFY(readFile(d + u"/text.plenary"_s)
                        .contains(QByteArray(QByteArray("*Decide* to cooperate ") + words + ";")));
            verifyClean(d);
        }
    }

    // Comments merge by identity, the dictionary as a union.
    void commentsAndDictionaryFromBothSides()
    {
        const QString dir = scenario(text(), {}, {});
        QVERIFY(!dir.isEmpty());
        QCOMPARE(plenary(dir, {u"comment"_s, u"add"_s, u"--paragraph"_s, u"OP1"_s, u"-m"_s,
                               u"From Tashkent."_s})
                     .exitCode,
                 0);
        QVERIFY(writeFile(dir + u"/dictionary.txt"_s, "Samarkand\n"));
        QCOMPARE(plenary(dir, {u"commit"_s, u"-m"_s, u"words"_s}).exitCode, 0);
        QCOMPARE(plenary(dir, {u"switch"_s, u"eu-prop"_s}).exitCode, 0);
        QCOMPARE(plenary(dir,
                         {u"comment"_s, u"add"_s, u"--paragraph"_s, u"OP3"_s, u"-m"_s,
                          u"From Brussels."_s},
                         u"EU"_s)
                     .exitCode,
                 0);
        QVERIFY(writeFile(dir + u"/dictionary.txt"_s, "Brussels\n"));
        QCOMPARE(plenary(dir, {u"commit"_s, u"-m"_s, u"words"_s}, u"EU"_s).exitCode, 0);
        QCOMPARE(plenary(dir, {u"switch"_s, u"main"_s}).exitCode, 0);

        const Run r = plenary(dir, {u"merge"_s, u"eu-prop"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run comments = plenary(dir, {u"comments"_s});
        QVERIFY(comments.out.contains(u"From Tashkent."_s));
        QVERIFY(comments.out.contains(u"From Brussels."_s));
        QCOMPARE(readFile(dir + u"/dictionary.txt"_s), QByteArray("Brussels\nSamarkand\n"));
        verifyClean(dir);
    }

    void fastForward()
    {
        const QString dir = scenario(text(), {}, text("*Decide* to cooperate fully;"));
        QVERIFY(!dir.isEmpty());
        const Run r = plenary(dir, {u"merge"_s, u"eu-prop"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"Fast-forward to eu-prop"_s));
        QCOMPARE(git(dir, {u"rev-parse"_s, u"HEAD"_s}), git(dir, {u"rev-parse"_s, u"eu-prop"_s}));
        QVERIFY(readFile(dir + u"/text.plenary"_s).contains("to cooperate fully;"));
        verifyClean(dir);
    }

    void unsavedChangesRefuseAMerge()
    {
        const QString dir = scenario(text(), text("*Decide* to cooperate closely;"),
                                     text(nullptr, nullptr, "*Invite* the centre;"));
        QVERIFY(!dir.isEmpty());
        const QByteArray edited = text("*Decide* to cooperate at once;");
        QVERIFY(writeFile(dir + u"/text.plenary"_s, edited));
        const QString head = git(dir, {u"rev-parse"_s, u"HEAD"_s});
        const Run r = plenary(dir, {u"merge"_s, u"eu-prop"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"text.plenary has changes not saved as a revision"_s));
        QCOMPARE(git(dir, {u"rev-parse"_s, u"HEAD"_s}), head);
        QCOMPARE(readFile(dir + u"/text.plenary"_s), edited);
    }
};

QTEST_APPLESS_MAIN(TestMergeCli)
#include "tst_mergecli.moc"
