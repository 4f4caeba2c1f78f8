// The page the secretariat prints: the symbol carries the revision, a draft says so on every
// page and a final does not, the paper is named, and document text stays data.

#include "document/documentreader.h"
#include "export/printhtml.h"

#include <QTest>

using namespace plenary;
using namespace Qt::StringLiterals;

namespace {

Document sample()
{
    const ReadResult result = DocumentReader::read(
        "format: plenary 1\ntitle: Final Declaration\nkind: declaration\nlanguage: en\n"
        "conference: Test Conference\nsymbol: TEST/2026/L.1\ndistribution: limited\n\n"
        "chapeau #aaaaaaaa agreed: We, the participating States,\n\n"
        "op #cccccccc agreed numbered: *Decide* <script>alert('x')</script> to cooperate;\n");
    if (result.hasErrors())
        qFatal("the test text does not read");
    return result.document;
}

} // namespace

class TestPrintHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revisionNumber_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("number");
        QTest::newRow("Rev.2") << u"Rev.2"_s << 2;
        QTest::newRow("Rev.12") << u"Rev.12"_s << 12;
        QTest::newRow("zero draft") << u"Zero-draft"_s << 0;
        QTest::newRow("Final") << u"Final"_s << 0;
        QTest::newRow("Rev.0") << u"Rev.0"_s << 0;
        QTest::newRow("Rev.2 with more") << u"Rev.2-EU"_s << 0;
    }

    void revisionNumber()
    {
        QFETCH(QString, tag);
        QFETCH(int, number);
        QCOMPARE(PrintHtml::revisionNumber(tag), number);
    }

    void symbolCarriesTheRevision()
    {
        QCOMPARE(PrintHtml::symbol(u"BSCT/2026/L.1"_s, 2), u"BSCT/2026/L.1/Rev.2"_s);
        QCOMPARE(PrintHtml::symbol(u"BSCT/2026/L.1"_s, 0), u"BSCT/2026/L.1"_s);
        PrintHtml::Options options;
        options.revisionNumber = 3;
        options.revisionLabel = u"Rev.3"_s;
        QVERIFY(PrintHtml::page(sample(), options).contains(u">TEST/2026/L.1/Rev.3<"_s));
    }

    void draftMarkOnADraftOnly()
    {
        PrintHtml::Options options;
        options.revisionLabel = u"1a2b3c4"_s;
        const QString draft = PrintHtml::page(sample(), options);
        QVERIFY(draft.contains(u"class=\"draft-mark\""_s));
        QVERIFY(draft.contains(u">DRAFT<"_s));
        QVERIFY(draft.contains(u">1a2b3c4<"_s));
        options.draft = false;
        const QString final = PrintHtml::page(sample(), options);
        QVERIFY(!final.contains(u"class=\"draft"_s));
        QVERIFY(!final.contains(u">DRAFT<"_s));
        QVERIFY(!final.contains(u">1a2b3c4<"_s));
    }

    void paperSize()
    {
        PrintHtml::Options options;
        QVERIFY(PrintHtml::page(sample(), options).contains(u"@page { size: A4; }"_s));
        options.paper = PrintHtml::Paper::Letter;
        QVERIFY(PrintHtml::page(sample(), options).contains(u"@page { size: letter; }"_s));
    }

    void documentTextIsData()
    {
        PrintHtml::Options options;
        options.revisionLabel = u"<b>label</b>"_s;
        const QString page = PrintHtml::page(sample(), options);
        QVERIFY(!page.contains(u"<script"_s));
        QVERIFY(page.contains(u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"_s));
        QVERIFY(!page.contains(u"<b>label"_s));
        QVERIFY(page.contains(u"default-src 'none'"_s));
    }

    void printStyleEmbedded()
    {
        const QString page = PrintHtml::page(sample(), {});
        QVERIFY(page.contains(PrintHtml::styleSheet()));
        QVERIFY(!PrintHtml::styleSheet().contains(u"url("_s));
        QVERIFY(!PrintHtml::styleSheet().contains(u"@import"_s));
    }
};

QTEST_GUILESS_MAIN(TestPrintHtml)
#include "tst_printhtml.moc"
