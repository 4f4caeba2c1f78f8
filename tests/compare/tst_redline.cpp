#include "compare/comparison.h"
#include "document/documentreader.h"
#include "render/redlinehtml.h"
#include "render/redlinetext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace plenary;
using namespace plenary::compare;
using namespace plenary::render;

namespace {

Document readDemo(const char *file)
{
    QFile f(QLatin1String(PLENARY_DEMO "/") + QLatin1String(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return DocumentReader::read(f.readAll()).document;
}

// The demo's Rev.1 (rev05) and Rev.2 (rev09), as tagged by DemoNegotiation.
Comparison demoComparison()
{
    return Comparison::compare(readDemo("rev05.plenary"), readDemo("rev09.plenary"));
}

// Compares with a golden file; PLENARY_UPDATE_GOLDEN=1 rewrites it (then review the change).
void compareWithGolden(const QString &actual, const QString &name)
{
    const QString path = QLatin1String(PLENARY_COMPARE_DATA "/") + name;
    if (qEnvironmentVariableIsSet("PLENARY_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QString expected = QString::fromUtf8(f.readAll());
    if (actual != expected) {
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i)
            QCOMPARE(a[i], e[i]);
        QCOMPARE(a.size(), e.size());
    }
}

Document oneParagraph(const QString &text, ParagraphStatus status = ParagraphStatus::Proposed)
{
    Document d;
    d.header.title = QStringLiteral("Declaration");
    d.header.language = QStringLiteral("en");
    Paragraph p;
    p.id = QStringLiteral("k3x9m2pq");
    p.kind = ParagraphKind::Operative;
    p.status = status;
    p.text = text;
    d.paragraphs.append(p);
    return d;
}

} // namespace

class TestRedline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoRev1ToRev2Text()
    {
        const Comparison c = demoComparison();
        QVERIFY(c.newDocument().paragraphs.size() > 30);
        compareWithGolden(RedlineText::render(
                              c, {QStringLiteral("Rev.1"), QStringLiteral("Rev.2"), false, false}),
                          QStringLiteral("demo-rev1-rev2.txt"));
    }

    void demoRev1ToRev2Html()
    {
        RedlineHtml::Options options;
        options.oldLabel = QStringLiteral("Rev.1");
        options.newLabel = QStringLiteral("Rev.2");
        compareWithGolden(RedlineHtml::page(demoComparison(), options),
                          QStringLiteral("demo-rev1-rev2.html"));
    }

    void demoRev1ToRev2HtmlColumnsChangedOnly()
    {
        RedlineHtml::Options options;
        options.oldLabel = QStringLiteral("Rev.1");
        options.newLabel = QStringLiteral("Rev.2");
        options.columns = true;
        options.changedOnly = true;
        compareWithGolden(RedlineHtml::page(demoComparison(), options),
                          QStringLiteral("demo-rev1-rev2-columns.html"));
    }

    void changedOnlyLeavesOutUnchangedParagraphs()
    {
        const Comparison c = demoComparison();
        const QString all = RedlineText::render(c, {QStringLiteral("A"), QStringLiteral("B")});
        RedlineText::Options options{QStringLiteral("A"), QStringLiteral("B"), false, true};
        const QString changed = RedlineText::render(c, options);
        QVERIFY(changed.size() < all.size());
        // OP2 (#0r87hmaa) did not change between Rev.1 and Rev.2.
        QVERIFY(all.contains(QLatin1String("#0r87hmaa")));
        QVERIFY(!changed.contains(QLatin1String("#0r87hmaa")));
        QVERIFY(!changed.contains(QLatin1String("\x1b[")));
        options.colour = true;
        const QString coloured = RedlineText::render(c, options);
        QVERIFY(coloured.contains(QLatin1String("\x1b[4;32m")));
        QVERIFY(!coloured.contains(QLatin1String("{+")));
    }

    void navigationLinksEveryChange()
    {
        const Comparison c = demoComparison();
        const QString html =
            RedlineHtml::page(c, {QStringLiteral("Rev.1"), QStringLiteral("Rev.2")});
        int changes = 0;
        for (const ParagraphDifference &p : c.paragraphs())
            changes += p.isChanged();
        QVERIFY(changes > 10);
        for (int n = 1; n <= changes; ++n)
            QVERIFY(html.contains(QLatin1String("id=\"") + RedlineHtml::changeId(n) +
                                  QLatin1Char('"')));
        QVERIFY(!html.contains(QLatin1String("id=\"") + RedlineHtml::changeId(changes + 1)));
        QVERIFY(html.contains(QLatin1String("href=\"#change-2\"")));
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("script inserted") << "to strengthen cooperation"
                                         << "to <script>alert(1)</script> cooperation";
        QTest::newRow("script deleted") << "to <script>alert(1)</script> cooperation"
                                        << "to strengthen cooperation";
        QTest::newRow("img onerror unchanged")
            << "<img src=x onerror=alert(1)> and \"quotes\" and 'single'"
            << "<img src=x onerror=alert(1)> and \"quotes\" and 'single' too";
        QTest::newRow("quotes closing an attribute")
            << "a"
            << "\" onmouseover=\"alert(1)\" ' onfocus='alert(2)";
        QTest::newRow("bidirectional override") << "pay"
                                                << "pay \u202Eyap";
    }

    void escaping()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        for (bool columns : {false, true}) {
            RedlineHtml::Options options;
            options.oldLabel = QStringLiteral("<b>Rev.1</b>");
            options.newLabel = QStringLiteral("Rev.2 \"x\"");
            options.columns = columns;
            const QString html = RedlineHtml::page(
                Comparison::compare(oneParagraph(before), oneParagraph(after)), options);
            QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
            QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
            QVERIFY(!html.contains(QLatin1String("<b>Rev.1")));
            QVERIFY(!html.contains(QChar(0x202E)));
            // No attribute of the page is opened by document text: every on… is inside text.
            static const QRegularExpression handler(QStringLiteral("<[^>]*\\son\\w+="));
            QVERIFY(!handler.match(html).hasMatch());
            // Only the page's own style and anchors; nothing that loads anything.
            static const QRegularExpression source(QStringLiteral("<[^>]*\\s(src|href)=\"[^#]"));
            QVERIFY(!source.match(html).hasMatch());
            QVERIFY(!html.contains(QLatin1String("url("), Qt::CaseInsensitive));
            QVERIFY(!html.contains(QLatin1String("@import"), Qt::CaseInsensitive));
            if (after.contains(QLatin1String("<script")))
                QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
            if (after.contains(QLatin1Char('"')))
                QVERIFY(html.contains(QLatin1String("&quot;")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRedline)
#include "tst_redline.moc"
