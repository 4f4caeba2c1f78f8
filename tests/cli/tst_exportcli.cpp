// plenary export as the secretariat runs it: usage, the finalise check refusing a final text,
// plain text and HTML, and (in the entries labelled gui, which run QtWebEngine) PDFs read back
// with poppler's pdfinfo and pdftotext.

#include "cliprocess.h"
#include "gitprogram.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Printing and reading PDFs back may take longer than other commands.
constexpr int kTimeoutMs = 120000;

Run program(const QString &dir, const QString &name, const QStringList &args)
{
    return runProgram(name, args, dir, {u"NO_COLOR"_s}, QByteArray(), kTimeoutMs);
}

Run plenary(const QString &dir, const QStringList &args)
{
    return runPlenary(args, dir, {u"NO_COLOR"_s}, QByteArray(), kTimeoutMs);
}

// One field of pdfinfo's report ("Pages", "Keywords").
QString pdfInfo(const QString &pdf, const QString &field)
{
    const Run r = program(QString(), u"pdfinfo"_s, {pdf});
    static const QRegularExpression line(u"^([A-Za-z ]+):\\s*(.*)$"_s,
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(r.out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) == field)
            return m.captured(2).trimmed();
    }
    return {};
}

// The text of each page, as pdftotext reads it (pages are separated by form feeds).
QStringList pdfPages(const QString &pdf)
{
    QStringList pages = program(QString(), u"pdftotext"_s, {pdf, u"-"_s})
                            .out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

const QByteArray kCleanText =
    "format: plenary 1\ntitle: Final Declaration of the Test Conference\nkind: declaration\n"
    "language: en\nconference: Test Conference\nsymbol: TEST/2026/L.2\n"
    "distribution: general\ndate: 2026-11-20\noriginal: en\n\n"
    "chapeau #aaaaaaaa agreed: We, the participating States,\n\n"
    "pp #bbbbbbbb agreed: *Recalling* our earlier commitments,\n\n"
    "op #cccccccc agreed numbered: *Decide* to cooperate closely;\n\n"
    "sub #dddddddd agreed numbered: on borders;\n\n"
    "op #eeeeeeee agreed numbered: *Request* a report.\n";

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_demo;

    bool pdfTests() const { return qEnvironmentVariableIsSet("PLENARY_TEST_PDF"); }

    // A new negotiation whose latest revision holds `text`.
    QString negotiation(const QString &name, const QByteArray &text)
    {
        const QString dir = m_tmp.filePath(name);
        if (plenary(m_tmp.path(),
                    {u"init"_s, dir, u"--title"_s, u"x"_s, u"--delegation"_s,
                     u"UZ=Republic of Uzbekistan"_s, u"--author"_s, u"Secretariat <s@conf.org>"_s})
                    .exitCode != 0 ||
            !writeFile(dir + u"/text.plenary"_s, text) ||
            plenary(dir, {u"commit"_s, u"-m"_s, u"Text"_s, u"--author"_s,
                          u"Secretariat <s@conf.org>"_s, u"--delegation"_s, u"UZ"_s})
                    .exitCode != 0)
            return {};
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_demo = m_tmp.filePath(u"demo"_s);
        QCOMPARE(plenary(m_tmp.path(), {u"demo"_s, m_demo}).exitCode, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << QStringList{u"--format"_s, u"docx"_s}
                                << u"unknown format 'docx'; expected pdf, html, txt, odt or akn"_s;
        QTest::newRow("paper") << QStringList{u"--format=txt"_s, u"--paper"_s, u"a3"_s}
                               << u"unknown paper 'a3'"_s;
        QTest::newRow("force without final")
            << QStringList{u"--format=txt"_s, u"--force"_s} << u"--force only makes sense"_s;
        QTest::newRow("comments in Akoma Ntoso") << QStringList{u"--format=akn"_s, u"--comments"_s}
                                                 << u"--comments is not available for akn"_s;
        QTest::newRow("line numbers without pages")
            << QStringList{u"--format=txt"_s, u"--line-numbers"_s}
            << u"--line-numbers is only available for pdf"_s;
        QTest::newRow("arguments")
            << QStringList{u"--format=txt"_s, u"Rev.2"_s} << u"name the revision with --rev"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = plenary(m_demo, QStringList{u"export"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // Every blocker listed with its paragraph; nothing written.
    void refusedFinalListsTheBlockers()
    {
        const Run r = plenary(m_demo, {u"export"_s, u"--format=txt"_s, u"--final"_s});
        QCOMPARE(r.exitCode, 1);
        for (const QString &blocker :
             {u"PP3: 2 square brackets left"_s,
              u"PP4: paragraph not agreed (agreed ad referendum)"_s, u"OP3: 2 alternatives left"_s,
              u"OP12: deleted paragraph not yet cleaned"_s,
              u"OP3: open comment by Pieter Janssens (EU)"_s})
            QVERIFY2(r.err.contains(blocker), qPrintable(blocker + u"\n"_s + r.err));
        QVERIFY(!QFile::exists(m_demo + u"/TEST-2026-L.1.txt"_s));
        QVERIFY(!QFile::exists(m_demo + u"/BSCT-2026-L.1.txt"_s));
    }

    void plainTextOfATaggedRevision()
    {
        const Run r =
            plenary(m_demo, {u"export"_s, u"--rev"_s, u"Rev.2"_s, u"--format"_s, u"txt"_s});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(readFile(m_demo + u"/BSCT-2026-L.1-Rev.2.txt"_s));
        QVERIFY(text.startsWith(u"DRAFT \u2014 Rev.2\n"_s));
        QVERIFY(text.contains(u"\nBSCT/2026/L.1/Rev.2\n"_s));
        // Operative paragraphs numbered 1. … in order, each once.
        qsizetype at = 0;
        for (int n = 1; n <= 10; ++n) {
            const qsizetype next = text.indexOf(u"\n%1. "_s.arg(n), at);
            QVERIFY2(next > at, qPrintable(u"no paragraph %1 after the previous one"_s.arg(n)));
            at = next;
        }
        QVERIFY(!text.contains(u"*Reaffirm*"_s));
    }

    void finalTextOfACleanNegotiation()
    {
        const QString dir = negotiation(u"clean-txt"_s, kCleanText);
        QVERIFY(!dir.isEmpty());
        const Run r =
            plenary(dir, {u"export"_s, u"--final"_s, u"--format=txt"_s, u"-o"_s, u"final.txt"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QString text = QString::fromUtf8(readFile(dir + u"/final.txt"_s));
        QVERIFY(!text.contains(u"DRAFT"_s));
        QVERIFY(text.contains(u"\n1. Decide to cooperate closely;\n"_s));
        QVERIFY(text.contains(u"\n    (a) on borders;\n"_s));
    }

    // Open comments follow the text as numbered endnotes, marked at their paragraphs.
    void commentsAsEndnotes()
    {
        const Run r =
            plenary(m_demo, {u"export"_s, u"--format=txt"_s, u"--comments"_s, u"-o"_s, u"-"_s});
        QCOMPARE(r.exitCode, 0);
        const qsizetype notes = r.out.indexOf(u"\nOpen comments\n"_s);
        QVERIFY2(notes > 0, qPrintable(r.out.right(800)));
        QVERIFY(r.out.left(notes).contains(u"[1]"_s));
        QVERIFY(r.out.mid(notes).contains(u"[1] OP3"_s));
        QVERIFY(r.out.mid(notes).contains(u"Pieter Janssens"_s));
        // Without the option, no notes.
        const Run plain = plenary(m_demo, {u"export"_s, u"--format=txt"_s, u"-o"_s, u"-"_s});
        QVERIFY(!plain.out.contains(u"Open comments"_s));
    }

    // ODT, read back by odt2txt: the masthead, DRAFT and the numbered paragraphs in order.
    void odtOfATaggedRevision()
    {
        const Run r = plenary(m_demo, {u"export"_s, u"--rev"_s, u"Rev.2"_s, u"--format=odt"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString odt = m_demo + u"/BSCT-2026-L.1-Rev.2.odt"_s;
        QVERIFY(QFile::exists(odt));
        const Run text = program(QString(), u"odt2txt"_s, {odt});
        QVERIFY2(text.exitCode == 0,
                 qPrintable(u"odt2txt (Debian package odt2txt): "_s + text.err));
        QVERIFY(text.out.contains(u"DRAFT"_s));
        QVERIFY(text.out.contains(u"BSCT/2026/L.1/Rev.2"_s));
        qsizetype at = text.out.indexOf(u"Reaffirming"_s);
        QVERIFY(at > 0);
        for (int n = 1; n <= 10; ++n) {
            const qsizetype next =
                text.out.indexOf(QRegularExpression(u"(^|\\n)\\s*%1\\.\\s"_s.arg(n)), at);
            QVERIFY2(next > at, qPrintable(u"no number %1. after the previous one"_s.arg(n)));
            at = next;
        }
    }

    // Akoma Ntoso, valid against the official schema beside the project.
    void aknIsValid()
    {
        const QString schema = QStringLiteral(PLENARY_AKN_SCHEMA);
        if (!QFile::exists(schema))
            QSKIP(qPrintable(u"the Akoma Ntoso schema is not at "_s + schema));
        const Run r = plenary(m_demo, {u"export"_s, u"--format=akn"_s, u"--final"_s, u"--force"_s,
                                       u"-o"_s, u"final.xml"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run lint = program(QString(), u"xmllint"_s,
                                 {u"--noout"_s, u"--schema"_s, schema, m_demo + u"/final.xml"_s});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.err));
        const QString xml = QString::fromUtf8(readFile(m_demo + u"/final.xml"_s));
        QVERIFY(xml.contains(u"<statement"_s));
        QVERIFY(xml.contains(u"BSCT/2026/L.1"_s));
    }

    void htmlHasNoScript()
    {
        const Run r = plenary(m_demo, {u"export"_s, u"--format=html"_s, u"-o"_s, u"-"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!r.out.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(r.out.contains(u"class=\"draft-mark\""_s));
    }

    void pdfDraft()
    {
        if (!pdfTests())
            QSKIP("printing runs QtWebEngine: the tst_exportcli_pdf entry runs this test");
        const Run r = plenary(m_demo, {u"export"_s, u"--rev"_s, u"Rev.2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString pdf = m_demo + u"/BSCT-2026-L.1-Rev.2.pdf"_s;
        QVERIFY(QFile::exists(pdf));
        const GitProgram rev = GitProgram::run(m_demo, {u"rev-parse"_s, u"Rev.2^{commit}"_s});
        QCOMPARE(rev.exitCode, 0);

        QCOMPARE(pdfInfo(pdf, u"Title"_s),
                 u"Samarkand Declaration on Border Security and Counter-Terrorism Cooperation"_s);
        QCOMPARE(pdfInfo(pdf, u"Author"_s), u"Republic of Uzbekistan"_s);
        QCOMPARE(pdfInfo(pdf, u"Subject"_s), u"BSCT/2026/L.1/Rev.2"_s);
        const QString keywords = pdfInfo(pdf, u"Keywords"_s);
        QVERIFY2(keywords.contains(u"revision "_s + rev.out.trimmed()), qPrintable(keywords));
        QVERIFY(!keywords.contains(u"forced"_s));
        QVERIFY(!pdfInfo(pdf, u"CreationDate"_s).isEmpty());
        QVERIFY(pdfInfo(pdf, u"Page size"_s).contains(u"(A4)"_s));
        const int pages = pdfInfo(pdf, u"Pages"_s).toInt();
        QVERIFY(pages >= 2);

        const QStringList text = pdfPages(pdf);
        QCOMPARE(text.size(), pages);
        for (int i = 0; i < pages; ++i) {
            QVERIFY2(text[i].contains(u"DRAFT"_s), qPrintable(u"no DRAFT on page %1"_s.arg(i + 1)));
            QVERIFY2(text[i].contains(u"Rev.2"_s), qPrintable(u"no Rev.2 on page %1"_s.arg(i + 1)));
            QVERIFY2(text[i].contains(u"%1/%2"_s.arg(i + 1).arg(pages)),
                     qPrintable(u"no page number on page %1"_s.arg(i + 1)));
        }
        const QString all = text.join(QLatin1Char('\n'));
        QVERIFY(all.contains(u"BSCT/2026/L.1/Rev.2"_s));
        // Numbers 1. … in order, and paragraphs in order.
        qsizetype at = all.indexOf(u"Reaffirming our strong"_s);
        QVERIFY(at > 0);
        QVERIFY(all.indexOf(u"Recalling Security Council"_s) > at);
        for (int n = 1; n <= 10; ++n) {
            static const QRegularExpression any;
            const qsizetype next = all.indexOf(QRegularExpression(u"(^|\\n)%1\\.\\s"_s.arg(n)), at);
            QVERIFY2(next > at, qPrintable(u"no number %1. after the previous one"_s.arg(n)));
            at = next;
        }
    }

    // Line numbers restart on every page; open comments end the PDF as notes.
    void pdfLineNumbersAndNotes()
    {
        if (!pdfTests())
            QSKIP("printing runs QtWebEngine: the tst_exportcli_pdf entry runs this test");
        // A final text: the draft mark's letters, laid over the text, would interleave with the
        // lines pdftotext reads (tst_pdffinish checks the mark itself is never numbered).
        const Run r = plenary(m_demo, {u"export"_s, u"--line-numbers"_s, u"--comments"_s,
                                       u"--final"_s, u"--force"_s, u"-o"_s, u"numbered.pdf"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString pdf = m_demo + u"/numbered.pdf"_s;
        const Run layout = program(QString(), u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QCOMPARE(layout.exitCode, 0);
        const QStringList pages = layout.out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 3);
        // A number in the margin, then the line. Counting starts at the page's line 1: above it
        // on the first page is the masthead, whose date also starts with a number.
        static const QRegularExpression numbered(u"^\\s{0,6}(\\d{1,2})\\s+\\S"_s);
        bool notes = false; // the notes close the text; they are not numbered
        for (qsizetype p = 0; p < pages.size() && !notes; ++p) {
            int expected = 1;
            for (const QString &line : pages[p].split(QLatin1Char('\n'))) {
                if ((notes = line.contains(u"Open comments"_s)))
                    break;
                const QRegularExpressionMatch m = numbered.match(line);
                if (!m.hasMatch() || (expected == 1 && m.captured(1) != u"1"_s))
                    continue;
                QVERIFY2(
                    m.captured(1).toInt() == expected,
                    qPrintable(
                        u"page %1: expected line %2 in: %3"_s.arg(p + 1).arg(expected).arg(line)));
                ++expected;
            }
            QVERIFY2(expected > 10,
                     qPrintable(u"page %1 has %2 numbered lines"_s.arg(p + 1).arg(expected - 1)));
        }
        QVERIFY(notes);
    }

    void pdfLetter()
    {
        if (!pdfTests())
            QSKIP("printing runs QtWebEngine: the tst_exportcli_pdf entry runs this test");
        const Run r =
            plenary(m_demo, {u"export"_s, u"--paper"_s, u"letter"_s, u"-o"_s, u"letter.pdf"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfInfo(m_demo + u"/letter.pdf"_s, u"Page size"_s).contains(u"letter"_s));
    }

    void pdfFinalOfACleanText()
    {
        if (!pdfTests())
            QSKIP("printing runs QtWebEngine: the tst_exportcli_pdf entry runs this test");
        const QString dir = negotiation(u"clean-pdf"_s, kCleanText);
        QVERIFY(!dir.isEmpty());
        const Run r = plenary(dir, {u"export"_s, u"--final"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList produced = QDir(dir).entryList({u"*.pdf"_s}, QDir::Files);
        QCOMPARE(produced, QStringList{u"TEST-2026-L.2.pdf"_s});
        const QString pdf = dir + u"/TEST-2026-L.2.pdf"_s;
        QCOMPARE(pdfInfo(pdf, u"Subject"_s), u"TEST/2026/L.2"_s);
        QVERIFY(!pdfInfo(pdf, u"Keywords"_s).contains(u"forced"_s));
        QVERIFY(pdfInfo(pdf, u"Keywords"_s).contains(u"final"_s));
        const QStringList text = pdfPages(pdf);
        QCOMPARE(text.size(), 1);
        QVERIFY(!text[0].contains(u"DRAFT"_s));
        QVERIFY(text[0].contains(u"1/1"_s));
        QVERIFY(text[0].indexOf(u"1. Decide to cooperate closely;"_s) > 0 ||
                text[0].contains(QRegularExpression(u"1\\.\\s+Decide to cooperate closely;"_s)));
    }

    void pdfForcedFinal()
    {
        if (!pdfTests())
            QSKIP("printing runs QtWebEngine: the tst_exportcli_pdf entry runs this test");
        const Run r =
            plenary(m_demo, {u"export"_s, u"--final"_s, u"--force"_s, u"-o"_s, u"forced.pdf"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"exported as final despite"_s));
        const QString pdf = m_demo + u"/forced.pdf"_s;
        QVERIFY(pdfInfo(pdf, u"Keywords"_s).contains(u"forced final"_s));
        for (const QString &page : pdfPages(pdf))
            QVERIFY(!page.contains(u"DRAFT"_s));
    }

    // Document text is data in the PDF too: markup prints as text and fetches nothing; Arabic,
    // Cyrillic and Chinese print with the installed fonts.
    void pdfTextIsDataAndFetchesNothing()
    {
        if (!pdfTests())
            QSKIP("printing runs QtWebEngine: the tst_exportcli_pdf entry runs this test");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray port = QByteArray::number(server.serverPort());
        const QByteArray hostile =
            "<script>document.title='x'</script> <img src=http://127.0.0.1:" + port +
            "/img.png> <link rel=stylesheet href=\"http://127.0.0.1:" + port +
            "/x.css\"> \"quoted\"";
        const QByteArray text = kCleanText + "\nop #ffffffff agreed numbered: " + hostile +
                                "\n\nop #gggggggg agreed numbered: Москва и Самарканд "
                                "مؤتمر دولي 边境安全合作;\n";
        const QString dir = negotiation(u"hostile"_s, text);
        QVERIFY(!dir.isEmpty());
        const Run r = plenary(dir, {u"export"_s, u"-o"_s, u"hostile.pdf"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString all = pdfPages(dir + u"/hostile.pdf"_s).join(QLatin1Char('\n'));
        // Justified lines come back from pdftotext in pieces: each piece is checked.
        const QString portText = QString::fromLatin1(port);
        for (const QString &piece : QStringList{
                 u"<script>document.title='x'</script>"_s, u"<img"_s,
                 u"src=http://127.0.0.1:"_s + portText + u"/img.png>"_s, u"<link"_s,
                 u"rel=stylesheet"_s, u"href=\"http://127.0.0.1:"_s + portText + u"/x.css\">"_s,
                 u"\"quoted\""_s})
            QVERIFY2(all.contains(piece), qPrintable(piece + u"\n"_s + all));
        QVERIFY(all.contains(u"Москва и Самарканд"_s));
        // No lam-alef here: Chromium maps that ligature back to its letters in reverse order.
        QVERIFY2(all.contains(u"مؤتمر دولي"_s), qPrintable(all));
        // Chinese prints with the CJK font the set-up installs (fonts-wqy-microhei).
        QVERIFY2(all.contains(u"边境安全合作"_s), qPrintable(all));
        QVERIFY(!server.waitForNewConnection(200));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
