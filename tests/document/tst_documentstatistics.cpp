// The figures negotiators count: paragraphs by kind and status, brackets still open,
// alternatives and words; deleted paragraphs are no longer under negotiation.

#include "document/documentreader.h"
#include "document/documentstatistics.h"

#include <QFile>
#include <QTest>

using namespace plenary;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\n\n";

// "heading chapeau pp op sub subsub para" counts, in ParagraphKind order.
QString byKind(const DocumentStatistics &s)
{
    QStringList parts;
    for (int n : s.byKind)
        parts.append(QString::number(n));
    return parts.join(u' ');
}

// "proposed adref agreed deleted" counts, in ParagraphStatus order.
QString byStatus(const DocumentStatistics &s)
{
    QStringList parts;
    for (int n : s.byStatus)
        parts.append(QString::number(n));
    return parts.join(u' ');
}

// "paragraph:begin-end" for each open span.
QString spans(const DocumentStatistics &s)
{
    QStringList parts;
    for (const auto &span : s.spans)
        parts.append(u"%1:%2-%3"_s.arg(span.paragraph).arg(span.begin).arg(span.end));
    return parts.join(u' ');
}

} // namespace

class TestDocumentStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures_data();
    void figures();
    void countAccessors();
    void bundledSamples_data();
    void bundledSamples();
};

void TestDocumentStatistics::figures_data()
{
    QTest::addColumn<QByteArray>("paragraphs");
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<QString>("statuses");
    QTest::addColumn<int>("openSpans");
    QTest::addColumn<QString>("spanList");
    QTest::addColumn<int>("alternativeGroups");
    QTest::addColumn<int>("alternatives");
    QTest::addColumn<int>("words");

    QTest::newRow("no paragraphs")
        << QByteArray() << u"0 0 0 0 0 0 0"_s << u"0 0 0 0"_s << 0 << QString() << 0 << 0 << 0;
    QTest::newRow("one of each kind")
        << "heading #aaaa0001 agreed: Opening\n\nchapeau #aaaa0002 agreed: We,\n\n"
           "pp #aaaa0003 agreed: *Noting*,\n\nop #aaaa0004 agreed: *Decides*:\n\n"
           "sub #aaaa0005 agreed: one;\n\nsubsub #aaaa0006 agreed: two;\n\n"
           "para #aaaa0007 agreed: three.\n"_ba
        << u"1 1 1 1 1 1 1"_s << u"0 0 7 0"_s << 0 << QString() << 0 << 0 << 7;
    QTest::newRow("counts by status")
        << "op #aaaa0001 proposed: a\n\nop #aaaa0002: b\n\nop #aaaa0003 adref: c\n\n"
           "op #aaaa0004 agreed: d\n\npp #aaaa0005 agreed: e\n\npp #aaaa0006 agreed: f\n\n"
           "op #aaaa0007 deleted: g\n"_ba
        << u"0 0 2 5 0 0 0"_s << u"2 1 3 1"_s << 0 << QString() << 0 << 0 << 6;
    QTest::newRow("open spans, nested ones included")
        << "op #aaaa0001 proposed: to [strengthen [[enhance]]] and [improve]\n\n"
           "op #aaaa0002 proposed: [whole paragraph]\n"_ba
        << u"0 0 0 2 0 0 0"_s << u"2 0 0 0"_s << 5 << u"0:3-27 0:15-26 0:16-25 0:32-41 1:0-17"_s
        << 0 << 0 << 7;
    QTest::newRow("alternatives in groups")
        << "op #aaaa0001 proposed: [Alt 1 (EU): a] [Alt 2 (RU, KZ): b] and "
           "[Alt 1: c] [Alt 2: d] [Alt 3: e]\n"_ba
        << u"0 0 0 1 0 0 0"_s << u"1 0 0 0"_s << 5 << u"0:0-15 0:16-35 0:40-50 0:51-61 0:62-72"_s
        << 2 << 5 << 19;
    QTest::newRow("deleted paragraphs excluded from brackets and words")
        << "op #aaaa0001 deleted: [x] [Alt 1: y] [Alt 2: z] many words here\n\n"
           "op #aaaa0002 agreed: [kept] one\n"_ba
        << u"0 0 0 2 0 0 0"_s << u"0 0 1 1"_s << 1 << u"1:0-6"_s << 0 << 0 << 2;
    QTest::newRow("words across scripts")
        << "op #aaaa0001 proposed: *Calls upon* counter-terrorism\n\n"
           "op #aaaa0002 proposed: Призываем все\n\n"
           "op #aaaa0003 proposed: 吁请所有国家\n\n"
           "op #aaaa0004 proposed: يهيب بجميع\n"_ba
        << u"0 0 0 4 0 0 0"_s << u"4 0 0 0"_s << 0 << QString() << 0 << 0 << 3 + 2 + 6 + 2;
}

void TestDocumentStatistics::figures()
{
    QFETCH(QByteArray, paragraphs);
    QFETCH(QString, kinds);
    QFETCH(QString, statuses);
    QFETCH(int, openSpans);
    QFETCH(QString, spanList);
    QFETCH(int, alternativeGroups);
    QFETCH(int, alternatives);
    QFETCH(int, words);

    const ReadResult r = DocumentReader::read(kHeader + paragraphs);
    QVERIFY(!r.hasErrors());
    const DocumentStatistics s = DocumentStatistics::of(r.document);
    QCOMPARE(byKind(s), kinds);
    QCOMPARE(byStatus(s), statuses);
    QCOMPARE(s.paragraphs(), int(r.document.paragraphs.size()));
    QCOMPARE(s.openSpans, openSpans);
    QCOMPARE(spans(s), spanList);
    QCOMPARE(s.alternativeGroups, alternativeGroups);
    QCOMPARE(s.alternatives, alternatives);
    QCOMPARE(s.words, words);
}

void TestDocumentStatistics::countAccessors()
{
    const ReadResult r = DocumentReader::read(kHeader + "pp #aaaa0001 adref: a\n\n"
                                                        "op #aaaa0002 deleted: b\n\n"
                                                        "op #aaaa0003 deleted: c\n");
    const DocumentStatistics s = DocumentStatistics::of(r.document);
    QCOMPARE(s.count(ParagraphKind::Preambular), 1);
    QCOMPARE(s.count(ParagraphKind::Operative), 2);
    QCOMPARE(s.count(ParagraphKind::Sub), 0);
    QCOMPARE(s.count(ParagraphStatus::AdReferendum), 1);
    QCOMPARE(s.count(ParagraphStatus::Deleted), 2);
    QCOMPARE(s.count(ParagraphStatus::Agreed), 0);
    QCOMPARE(s.paragraphs(), 3);
}

void TestDocumentStatistics::bundledSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<QString>("statuses");
    QTest::addColumn<int>("openSpans");
    QTest::addColumn<int>("alternativeGroups");
    QTest::addColumn<int>("alternatives");
    QTest::addColumn<int>("words");

    // Counted independently of Plenary: kinds and statuses from the paragraph lines, spans as
    // the '[' of paragraphs not deleted, words as runs of letters and digits joined by ' ’ -.
    QTest::newRow("declaration") << u"declaration.plenary"_s << u"0 1 8 16 6 2 0"_s << u"20 4 8 1"_s
                                 << 23 << 1 << 2 << 1115;
    QTest::newRow("summary") << u"summary.plenary"_s << u"5 0 0 0 0 0 15"_s << u"6 0 14 0"_s << 1
                             << 0 << 0 << 743;
}

void TestDocumentStatistics::bundledSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, kinds);
    QFETCH(QString, statuses);
    QFETCH(int, openSpans);
    QFETCH(int, alternativeGroups);
    QFETCH(int, alternatives);
    QFETCH(int, words);

    const ReadResult r = DocumentReader::readFile(QStringLiteral(PLENARY_SAMPLES "/") + file);
    QVERIFY(r.diagnostics.isEmpty());
    const DocumentStatistics s = DocumentStatistics::of(r.document);
    QCOMPARE(byKind(s), kinds);
    QCOMPARE(byStatus(s), statuses);
    QCOMPARE(s.openSpans, openSpans);
    QCOMPARE(int(s.spans.size()), openSpans);
    QCOMPARE(s.alternativeGroups, alternativeGroups);
    QCOMPARE(s.alternatives, alternatives);
    QCOMPARE(s.words, words);
}

QTEST_GUILESS_MAIN(TestDocumentStatistics)

#include "tst_documentstatistics.moc"
