// Plain text numbered as the PDF is: numbers and letters, opening words without asterisks,
// cross-references as numbers, deleted paragraphs marked, a draft labelled, open comments as
// numbered endnotes.

#include "document/documentreader.h"
#include "export/plaintext.h"

#include <QTest>
#include <QTimeZone>

using namespace plenary;
using namespace Qt::StringLiterals;

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberedAsPrinted()
    {
        const ReadResult read = DocumentReader::read(
            "format: plenary 1\ntitle: Final Declaration\nkind: declaration\nlanguage: en\n"
            "conference: Test Conference\nsymbol: TEST/2026/L.1\ndate: 2026-11-20\n\n"
            "pp #bbbbbbbb agreed: *Recalling* our commitments,\n\n"
            "op #cccccccc agreed numbered: *Decide* to cooperate;\n\n"
            "sub #dddddddd agreed numbered: on borders;\n\n"
            "op #eeeeeeee deleted numbered: *Note* the report;\n\n"
            "op #ffffffff agreed numbered: *Request* a report under {#cccccccc}.\n");
        QVERIFY(!read.hasErrors());
        const QString text = PlainText::render(read.document, u"TEST/2026/L.1/Rev.2"_s, u"Rev.2"_s);
        QCOMPARE(text, u"DRAFT \u2014 Rev.2\n\n"
                       "Test Conference\nTEST/2026/L.1/Rev.2\n2026-11-20\n\n"
                       "Final Declaration\n\n"
                       "Recalling our commitments,\n\n"
                       "1. Decide to cooperate;\n\n"
                       "    (a) on borders;\n\n"
                       "[deleted] 2. Note the report;\n\n"
                       "3. Request a report under 1.\n\n"_s);
        QVERIFY(!PlainText::render(read.document, u"S"_s, QString()).contains(u"DRAFT"_s));
    }

    void endnotes_data()
    {
        QTest::addColumn<QStringList>("paragraphIds");
        QTest::addColumn<QString>("expected");
        const QString text = u"\nFinal Declaration\n\n"_s;
        QTest::newRow("none") << QStringList{}
                              << QString(text +
                                         u"We, the States,\n\n1. Decide to cooperate;\n\n"_s);
        QTest::newRow("two on one paragraph")
            << QStringList{u"cccccccc"_s, u"cccccccc"_s}
            << QString(text +
                       u"We, the States,\n\n1. Decide to cooperate; [1][2]\n\n"
                       "Open comments\n\n"
                       "[1] OP1 \u2014 Kazakhstan, Aigerim Seitkali, 2026-11-19 10:05\n"
                       "    \u201Cto cooperate\u201D\n"
                       "    <script>alert(\"x\")</script> & 'this'\n"
                       "    second line\n"
                       "    European Union, Pieter Janssens, 2026-11-19 11:00: Agreed.\n\n"
                       "[2] OP1 \u2014 Kazakhstan, Aigerim Seitkali, 2026-11-19 10:05\n"
                       "    \u201Cto cooperate\u201D\n"
                       "    <script>alert(\"x\")</script> & 'this'\n"
                       "    second line\n"
                       "    European Union, Pieter Janssens, 2026-11-19 11:00: Agreed.\n\n"_s);
        QTest::newRow("chapeau, and a paragraph gone")
            << QStringList{u"aaaaaaaa"_s, u"zzzzzzzz"_s}
            << QString(text +
                       u"We, the States, [1]\n\n1. Decide to cooperate;\n\n"
                       "Open comments\n\n"
                       "[1] CH1 \u2014 Kazakhstan, Aigerim Seitkali, 2026-11-19 10:05\n"
                       "    <script>alert(\"x\")</script> & 'this'\n"
                       "    second line\n"
                       "    European Union, Pieter Janssens, 2026-11-19 11:00: Agreed.\n\n"
                       "Open comments on paragraphs no longer in the text\n\n"
                       "[2] #zzzzzzzz \u2014 Kazakhstan, Aigerim Seitkali, 2026-11-19 10:05\n"
                       "    <script>alert(\"x\")</script> & 'this'\n"
                       "    second line\n"
                       "    European Union, Pieter Janssens, 2026-11-19 11:00: Agreed.\n\n"_s);
    }

    void endnotes()
    {
        QFETCH(QStringList, paragraphIds);
        QFETCH(QString, expected);
        const ReadResult read = DocumentReader::read(
            "format: plenary 1\ntitle: Final Declaration\nkind: declaration\nlanguage: en\n\n"
            "chapeau #aaaaaaaa agreed: We, the States,\n\n"
            "op #cccccccc agreed numbered: *Decide* to cooperate;\n");
        QVERIFY(!read.hasErrors());
        const Document &document = read.document;
        QList<CommentThread> threads;
        for (const QString &id : paragraphIds) {
            CommentThread t;
            t.paragraphId = id;
            t.delegation = u"Kazakhstan"_s;
            t.author = u"Aigerim Seitkali"_s;
            t.time = QDateTime(QDate(2026, 11, 19), QTime(10, 5), QTimeZone(5 * 3600));
            t.body = u"<script>alert(\"x\")</script> & 'this'\nsecond line"_s;
            if (id == u"cccccccc"_s)
                t.quote = Quote::capture(document.paragraphs[1].text, 9, 12);
            t.replies.append({u"r1"_s, u"European Union"_s, u"Pieter Janssens"_s, QString(),
                              QDateTime(QDate(2026, 11, 19), QTime(11, 0), QTimeZone(5 * 3600)),
                              u"Agreed."_s, QDateTime()});
            threads.append(t);
        }
        QList<CommentNote> notes;
        for (const CommentThread &t : threads)
            notes.append({int(notes.size()) + 1, document.indexOf(t.paragraphId), &t});
        QCOMPARE(PlainText::render(document, QString(), QString(), notes), expected);
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
