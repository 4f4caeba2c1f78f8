#include "cliprocess.h"
#include "gitprogram.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

Run plenary(const QString &dir, const QStringList &args)
{
    return runPlenary(args, dir, {QStringLiteral("NO_COLOR")});
}

// Everything after the heading's first two lines, which name the revisions.
QString afterLabels(const QString &text)
{
    return text.section(QLatin1Char('\n'), 2);
}

} // namespace

class TestDiffCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_demo;

    QString newDemo(const QString &name)
    {
        const QString dir = m_tmp.filePath(name);
        const Run r = plenary(m_tmp.path(), {QStringLiteral("demo"), dir});
        return r.exitCode == 0 ? dir : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_demo = newDemo(QStringLiteral("demo"));
        QVERIFY(!m_demo.isEmpty());
    }

    void textRedlineOfTwoTags()
    {
        const Run r = plenary(
            m_demo, {QStringLiteral("diff"), QStringLiteral("Rev.1"), QStringLiteral("Rev.2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY(lines[0].startsWith(QLatin1String("from: Rev.1 (")));
        QVERIFY(lines[1].startsWith(QLatin1String("to:   Rev.2 (")));
        // The same redline as the golden one the library's test keeps.
        const QString golden =
            QString::fromUtf8(readFile(QStringLiteral(PLENARY_COMPARE_DATA "/demo-rev1-rev2.txt")));
        QCOMPARE(afterLabels(r.out), afterLabels(golden));
        QVERIFY(!r.out.contains(QLatin1String("\x1b["))); // not a terminal: no colours
    }

    void eitherOrderAndRevisionExpressions()
    {
        const Run back = plenary(m_demo, {QStringLiteral("diff"), QStringLiteral("--stat"),
                                          QStringLiteral("Rev.2"), QStringLiteral("Rev.1")});
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(back.out.count(QLatin1Char('\n')), 3);
        QVERIFY(back.out.contains(QLatin1String("paragraphs: added 1, deleted 3, changed 16")));
        const Run ids = plenary(m_demo, {QStringLiteral("diff"), QStringLiteral("--stat"),
                                         QStringLiteral("HEAD~7"), QStringLiteral("HEAD~3")});
        QCOMPARE(ids.exitCode, 0);
        QCOMPARE(afterLabels(ids.out),
                 afterLabels(plenary(m_demo, {QStringLiteral("diff"), QStringLiteral("--stat"),
                                              QStringLiteral("Rev.1"), QStringLiteral("Rev.2")})
                                 .out));
    }

    void changedOnly()
    {
        const Run all = plenary(
            m_demo, {QStringLiteral("diff"), QStringLiteral("Rev.1"), QStringLiteral("Rev.2")});
        const Run changed =
            plenary(m_demo, {QStringLiteral("diff"), QStringLiteral("--changed-only"),
                             QStringLiteral("Rev.1"), QStringLiteral("Rev.2")});
        QCOMPARE(changed.exitCode, 0);
        QVERIFY(all.out.contains(QLatin1String("OP2 #0r87hmaa\n")));
        QVERIFY(!changed.out.contains(QLatin1String("#0r87hmaa")));
        QVERIFY(changed.out.contains(QLatin1String("{+")));
    }

    void htmlToAFile()
    {
        const QString path = m_tmp.filePath(QStringLiteral("redline.html"));
        const Run r = plenary(m_demo, {QStringLiteral("diff"), QStringLiteral("--format"),
                                       QStringLiteral("html"), QStringLiteral("-o"), path,
                                       QStringLiteral("Rev.1"), QStringLiteral("Rev.2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        const QString html = QString::fromUtf8(readFile(path));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<b>Rev.1 (")));
        QVERIFY(html.contains(QLatin1String("<ins class=\"redline\">")));
        QVERIFY(!html.contains(QLatin1String("<script")));

        const Run columns =
            plenary(m_demo, {QStringLiteral("diff"), QStringLiteral("--format=html"),
                             QStringLiteral("--columns"), QStringLiteral("--changed-only"),
                             QStringLiteral("Rev.1"), QStringLiteral("Rev.2")});
        QCOMPARE(columns.exitCode, 0);
        QVERIFY(columns.out.contains(QLatin1String("<table class=\"columns\">")));
        QVERIFY(columns.out.contains(QLatin1String("Amendment")));
    }

    // The PDF redline, printed by QtWebEngine without a display: its text has the heading
    // naming both revisions and the amendment columns.
    void pdfRedline()
    {
        if (qEnvironmentVariableIsEmpty("PLENARY_TEST_PDF"))
            QSKIP("printing runs QtWebEngine: the tst_diffcli_pdf entry runs this test");
        const QString out = m_tmp.filePath(QStringLiteral("rev1-rev2.pdf"));
        const Run r = plenary(m_demo, {QStringLiteral("diff"), QStringLiteral("Rev.1"),
                                       QStringLiteral("Rev.2"), QStringLiteral("--format"),
                                       QStringLiteral("pdf"), QStringLiteral("--columns"),
                                       QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readFile(out).startsWith("%PDF-"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), out, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("Rev.1")) &&
                     content.contains(QStringLiteral("Rev.2")),
                 qPrintable(content.left(600)));
        QVERIFY(content.contains(QStringLiteral("Amendment")));
        QVERIFY(content.contains(QStringLiteral("Samarkand Declaration")));
        // Not to a terminal, and --stat takes no PDF.
        const Run stat = plenary(m_demo, {QStringLiteral("diff"), QStringLiteral("--stat"),
                                          QStringLiteral("--format=pdf"), QStringLiteral("Rev.1")});
        QCOMPARE(stat.exitCode, 2);
    }

    void workingText()
    {
        const QString dir = newDemo(QStringLiteral("working"));
        QVERIFY(!dir.isEmpty());
        QCOMPARE(plenary(dir, {QStringLiteral("diff")}).out.section(QLatin1Char('\n'), 2, 2),
                 QStringLiteral("no differences"));
        const QString file = dir + QLatin1String("/text.plenary");
        QByteArray text = readFile(file);
        QVERIFY(text.contains("to establish a regional coordination mechanism"));
        text.replace("to establish a regional coordination mechanism",
                     "to establish a [permanent] regional coordination mechanism");
        QVERIFY(writeFile(file, text));
        for (const QStringList &args :
             {QStringList{QStringLiteral("diff")},
              QStringList{QStringLiteral("diff"), QStringLiteral("HEAD")}}) {
            const Run r = plenary(dir, args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.section(QLatin1Char('\n'), 1, 1).contains(QLatin1String("working text")));
            QVERIFY2(r.out.contains(QLatin1String("a {+[permanent] +}regional")),
                     qPrintable(r.out));
        }
        // A working text that does not read: its place, and nothing compared.
        text.replace("[permanent]", "[permanent");
        QVERIFY(writeFile(file, text));
        const Run bad = plenary(dir, {QStringLiteral("diff")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.contains(QRegularExpression(QStringLiteral(
                     "^plenary diff: working text: text\\.plenary:\\d+:\\d+: error: "))),
                 qPrintable(bad.err));
    }

    void revisionThatDoesNotRead()
    {
        const QString dir = newDemo(QStringLiteral("broken"));
        QVERIFY(!dir.isEmpty());
        QVERIFY(writeFile(dir + QLatin1String("/text.plenary"),
                          "format: plenary 1\ntitle: x\n\nop nonsense\n"));
        QCOMPARE(GitProgram::run(dir, {QStringLiteral("-c"), QStringLiteral("user.name=T"),
                                       QStringLiteral("-c"), QStringLiteral("user.email=t@x"),
                                       QStringLiteral("commit"), QStringLiteral("-qam"),
                                       QStringLiteral("broken")})
                     .exitCode,
                 0);
        const QString id =
            GitProgram::run(dir, {QStringLiteral("rev-parse"), QStringLiteral("--short=7"),
                                  QStringLiteral("HEAD")})
                .out.trimmed();
        const Run r =
            plenary(dir, {QStringLiteral("diff"), QStringLiteral("Rev.2"), QStringLiteral("HEAD")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(
            r.err.contains(QStringLiteral("plenary diff: revision %1: text.plenary:4:").arg(id)),
            qPrintable(r.err));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown revision")
            << QStringList{"diff", "Rev.9", "Rev.2"} << 1 << "unknown revision 'Rev.9'";
        QTest::newRow("three revisions")
            << QStringList{"diff", "Rev.1", "Rev.2", "HEAD"} << 2 << "give at most two revisions";
        QTest::newRow("unknown format") << QStringList{"diff", "--format", "docx"} << 2
                                        << "unknown format 'docx'; expected text, html or pdf";
        QTest::newRow("columns without html") << QStringList{"diff", "--columns", "Rev.1"} << 2
                                              << "--columns needs --format html or pdf";
        QTest::newRow("stat with html") << QStringList{"diff", "--stat", "--format", "html"} << 2
                                        << "--stat prints the summary as text";
        QTest::newRow("unknown option") << QStringList{"diff", "--word-diff"} << 2 << "word-diff";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = plenary(m_demo, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
