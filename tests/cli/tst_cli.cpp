#include "cliprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kHeader = "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\n\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void help()
    {
        const Run r = runPlenary({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"check", "fmt", "renumber", "clean"})
            QVERIFY2(r.out.contains(QLatin1String("  ") + QLatin1String(command)), command);
        const Run sub = runPlenary({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.startsWith(QLatin1String("Usage: plenary check")));
        QVERIFY(sub.out.contains(QLatin1String("--brackets")));
    }

    // Without a display, starting the editor says so and names the commands that work.
    void withoutADisplayTheEditorNamesTheHeadlessCommands()
    {
        for (const QStringList &args :
             {QStringList{}, QStringList{QStringLiteral(PLENARY_SAMPLES)}}) {
            const Run r = runPlenary(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith(QLatin1String("plenary: no display: the editor needs a "
                                                    "graphical session.")),
                     qPrintable(r.err));
            QVERIFY(r.err.contains(QLatin1String("check, fmt")));
        }
    }

    void version()
    {
        const Run r = runPlenary({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("plenary ")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")}
            << QStringLiteral("plenary: 'frobnicate' is not a plenary command");
        QTest::newRow("unknown global option")
            << QStringList{QStringLiteral("--frobnicate")}
            << QStringLiteral("plenary: unknown option '--frobnicate'");
        QTest::newRow("unknown command option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--frobnicate"),
                           QStringLiteral("x.plenary")}
            << QStringLiteral("plenary check: Unknown option 'frobnicate'.");
        QTest::newRow("check without file") << QStringList{QStringLiteral("check")}
                                            << QStringLiteral("plenary check: no file given");
        QTest::newRow("fmt with two files")
            << QStringList{QStringLiteral("fmt"), QStringLiteral("a"), QStringLiteral("b")}
            << QStringLiteral("plenary fmt: give exactly one file");
        QTest::newRow("renumber without file") << QStringList{QStringLiteral("renumber")}
                                               << QStringLiteral("plenary renumber: no file given");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runPlenary(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // The summary of the bundled samples, reviewed once by eye and fixed in a golden file.
    void checkSamplesMatchGolden()
    {
        const Run r =
            runPlenary({QStringLiteral("check"), QStringLiteral("--brackets"),
                        QStringLiteral("declaration.plenary"), QStringLiteral("summary.plenary")},
                       QStringLiteral(PLENARY_SAMPLES));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QString golden =
            QString::fromUtf8(readFile(QStringLiteral(PLENARY_CLI_DATA "/check-samples.golden")));
        QVERIFY(!golden.isEmpty());
        QCOMPARE(r.out, golden);
    }

    void checkReportsEveryErrorAndFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.plenary"));
        QVERIFY(writeFile(path, kHeader + "op #aaaa1111 agreed: [strengthen cooperation;\n\n"
                                          "op #aaaa1111 proposed: Text {#zzzz9999}.\n"));
        const Run r = runPlenary({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path + QLatin1String(":6:22: error: unbalanced '['")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(path + QLatin1String(":8:4: error: identifier #aaaa1111 is "
                                                     "already used on line 6")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(path + QLatin1String(":8:29: error: cross-reference to #zzzz9999")),
                 qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("errors 3, warnings 0")));
    }

    void checkMissingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.plenary"));
        const Run r = runPlenary({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(path + QLatin1String(": error: cannot open")), qPrintable(r.err));
    }

    void checkOneBadFileAmongGoodOnesFails()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.plenary"));
        QVERIFY(writeFile(bad, "title: no format line\n"));
        const Run r = runPlenary(
            {QStringLiteral("check"), QStringLiteral(PLENARY_SAMPLES "/declaration.plenary"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("declaration.plenary: no problems")));
        QVERIFY(r.err.contains(bad + QLatin1String(":1:1: error: expected the header line")));
    }

    void fmtPrintsCanonicalForm()
    {
        const QString path = m_dir.filePath(QStringLiteral("loose.plenary"));
        QVERIFY(writeFile(path, kHeader + "\n\nop #aaaa1111:Text one;\nop #bbbb2222 agreed: Two."));
        const Run r = runPlenary({QStringLiteral("fmt"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString::fromUtf8(kHeader + "op #aaaa1111 proposed: Text one;\n\n"
                                                    "op #bbbb2222 agreed: Two.\n"));
    }

    void fmtInPlaceRewritesAtomicallyAndKeepsPermissions()
    {
        const QString path = m_dir.filePath(QStringLiteral("loose.plenary"));
        QVERIFY(writeFile(path, kHeader + "op #aaaa1111: Text;\n"));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const Run r = runPlenary({QStringLiteral("fmt"), QStringLiteral("--in-place"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QCOMPARE(readFile(path), kHeader + "op #aaaa1111 proposed: Text;\n");
        const QFile::Permissions modeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & modeBits,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    }

    void writingCommandsLeaveFilesWithErrorsUntouched_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("fmt --in-place") << QStringList{QStringLiteral("fmt"), QStringLiteral("-i")};
        QTest::newRow("fmt") << QStringList{QStringLiteral("fmt")};
        QTest::newRow("renumber") << QStringList{QStringLiteral("renumber")};
        QTest::newRow("clean") << QStringList{QStringLiteral("clean")};
    }
    void writingCommandsLeaveFilesWithErrorsUntouched()
    {
        QFETCH(QStringList, args);
        const QString path = m_dir.filePath(QStringLiteral("broken.plenary"));
        const QByteArray broken = kHeader + "op #aaaa1111 deleted: Text \xC3(;\r\n\nop oops\n";
        QVERIFY(writeFile(path, broken));
        const Run r = runPlenary(args << path);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(path + QLatin1String(":6:28: error: invalid UTF-8 byte 0xC3")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(path + QLatin1String(":6:31: error: carriage return")));
        QVERIFY(r.err.contains(path + QLatin1String(":8:1: error: expected a paragraph")));
        QVERIFY(r.err.contains(QLatin1String("it was not changed")));
        QCOMPARE(readFile(path), broken);
    }

    void renumberFixesTheBaseline()
    {
        const QString path = m_dir.filePath(QStringLiteral("doc.plenary"));
        QVERIFY(writeFile(path, kHeader + "op #aaaa1111 agreed numbered: One;\n\n"
                                          "op #bbbb2222 proposed: One bis, see {#cccc3333};\n\n"
                                          "op #cccc3333 proposed numbered: Two.\n"));
        Run r = runPlenary({QStringLiteral("check"), path});
        QVERIFY2(r.out.contains(QLatin1String("OP1 to OP2; inserted: OP1bis")), qPrintable(r.out));
        r = runPlenary({QStringLiteral("renumber"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("paragraphs added to the numbering: 1")));
        QCOMPARE(readFile(path), kHeader +
                                     "op #aaaa1111 agreed numbered: One;\n\n"
                                     "op #bbbb2222 proposed numbered: One bis, see "
                                     "{#cccc3333};\n\nop #cccc3333 proposed numbered: Two.\n");
        r = runPlenary({QStringLiteral("check"), path});
        QVERIFY2(r.out.contains(QLatin1String("operative paragraphs: 3 (OP1 to OP3)\n")),
                 qPrintable(r.out));
        r = runPlenary({QStringLiteral("renumber"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("nothing to renumber")));
    }

    void cleanRemovesDeletedParagraphsWithTheirSubParagraphs()
    {
        const QString path = m_dir.filePath(QStringLiteral("doc.plenary"));
        QVERIFY(writeFile(path, kHeader + "op #aaaa1111 agreed numbered: One;\n\n"
                                          "op #bbbb2222 deleted numbered: Two:\n\n"
                                          "sub #dddd4444 agreed numbered: item;\n\n"
                                          "op #cccc3333 proposed numbered: Three.\n"));
        const Run r = runPlenary({QStringLiteral("clean"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("removed OP2, OP2(a)")), qPrintable(r.out));
        QCOMPARE(readFile(path), kHeader + "op #aaaa1111 agreed numbered: One;\n\n"
                                           "op #cccc3333 proposed numbered: Three.\n");
    }

    void cleanRefusesToBreakACrossReference()
    {
        const QString path = m_dir.filePath(QStringLiteral("doc.plenary"));
        const QByteArray text = kHeader + "op #aaaa1111 agreed numbered: See {#bbbb2222};\n\n"
                                          "op #bbbb2222 deleted numbered: Two.\n";
        QVERIFY(writeFile(path, text));
        const Run r = runPlenary({QStringLiteral("clean"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path + QLatin1String(":6: error: OP1 refers to OP2, which would "
                                                     "be removed")),
                 qPrintable(r.err));
        QCOMPARE(readFile(path), text);
    }

    // The system language picks the catalogue; messages stay precise in every language.
    void speaksTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("French") << QStringLiteral("fr_FR.UTF-8")
                                << QStringLiteral("ce crochet n'est jamais fermé");
        QTest::newRow("Russian") << QStringLiteral("ru_RU.UTF-8")
                                 << QStringLiteral("эта скобка нигде не закрывается");
        QTest::newRow("English") << QStringLiteral("C")
                                 << QStringLiteral("this bracket is never closed");
    }
    void speaksTheSystemLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("broken.plenary"));
        QVERIFY(writeFile(path, kHeader + "op #aaaa1111 proposed: [open;\n"));
        const Run r = runPlenary(
            {QStringLiteral("check"), path}, {},
            {QStringLiteral("LC_ALL=") + language, QStringLiteral("LANGUAGE=") + language.left(2)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path + QLatin1String(":6:24: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    // Commands that only read and write texts must not pay for loading the GUI, the web engine
    // or libgit2.
    void checkLoadsNoGuiLibraries()
    {
        const Run r = runPlenary(
            {QStringLiteral("check"), QStringLiteral(PLENARY_SAMPLES "/declaration.plenary")}, {},
            {QStringLiteral("LD_DEBUG=libs")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("libQt6Core.so")),
                 "LD_DEBUG did not report the libraries loaded");
        for (const char *library :
             {"libQt6Gui", "libQt6Widgets", "libQt6WebEngine", "libgit2", "libhunspell"})
            QVERIFY2(!r.err.contains(QLatin1String(library)), library);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
