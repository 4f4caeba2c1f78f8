// Plain text numbered as the PDF is: numbers and letters, opening words without asterisks,
// cross-references as numbers, deleted paragraphs marked, a draft labelled.

#include "document/documentreader.h"
#include "export/plaintext.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
