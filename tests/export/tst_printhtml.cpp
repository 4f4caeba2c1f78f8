// The page the secretariat prints: the symbol carries the revision, a draft says so on every
// page and a final does not, the paper is named, open comments become numbered endnotes, line
// numbers get their column, and document text and comments stay data.

#include "document/documentreader.h"
#include "export/printhtml.h"

#include <QTest>
#include <QTimeZone>

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

CommentThread comment(const QString &paragraphId, const QString &body)
{
    CommentThread t;
    t.id = u"c1"_s;
    t.paragraphId = paragraphId;
    t.delegation = u"Kazakhstan"_s;
    t.author = u"Aigerim Seitkali"_s;
    t.time = QDateTime(QDate(2026, 11, 19), QTime(10, 5), QTimeZone(5 * 3600));
    t.body = body;
    return t;
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

    void endnotes_data()
    {
        QTest::addColumn<QString>("paragraphId");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("quoted");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("marker, note and back-link")
            << u"cccccccc"_s << u"Replace by \u201Cenhance\u201D."_s << true
            << QStringList{u"to cooperate;<sup class=\"note-ref\"><a href=\"#note-1\">1</a>"
                           "</sup></p>"_s,
                           u"<h2 class=\"notes-heading\">Open comments</h2>"_s,
                           u"<div class=\"note\" id=\"note-1\">"_s,
                           u"<a class=\"note-paragraph\" href=\"#p-cccccccc\">OP1</a>"_s,
                           u"Kazakhstan, Aigerim Seitkali, 2026-11-19 10:05"_s,
                           u"<div class=\"note-quote\">\u201Cto cooperate\u201D</div>"_s,
                           u"Replace by \u201Cenhance\u201D."_s,
                           u"<div class=\"note-reply\"><span class=\"note-byline\">European "
                           "Union, Pieter Janssens, 2026-11-19 11:00:</span> Agreed.</div>"_s}
            << QStringList{u"no longer in the text"_s};
        QTest::newRow("comment text is data")
            << u"aaaaaaaa"_s << u"<script>alert(\"x\")</script> & 'this'"_s << false
            << QStringList{u"States,<sup class=\"note-ref\"><a href=\"#note-1\">1</a></sup></p>"_s,
                           u">CH1</a>"_s,
                           u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;this&#39;"_s}
            << QStringList{u"<script"_s, u"class=\"note-quote\""_s};
        QTest::newRow("paragraph gone")
            << u"zzzzzzzz"_s << u"Why was this deleted?"_s << false
            << QStringList{u"<h2 class=\"notes-heading\">Open comments on paragraphs no longer "
                           "in the text</h2>\n<div class=\"note\" id=\"note-1\">"_s,
                           u"<span class=\"note-paragraph\">#zzzzzzzz</span>"_s}
            << QStringList{u"class=\"note-ref\""_s,
                           u"<h2 class=\"notes-heading\">Open comments</h2>"_s};
    }

    void endnotes()
    {
        QFETCH(QString, paragraphId);
        QFETCH(QString, body);
        QFETCH(bool, quoted);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const Document document = sample();
        CommentThread t = comment(paragraphId, body);
        if (quoted)
            t.quote = Quote::capture(document.paragraphs[1].text,
                                     document.paragraphs[1].text.indexOf(u"to cooperate"_s), 12);
        t.replies.append({u"r1"_s, u"European Union"_s, u"Pieter Janssens"_s, QString(),
                          QDateTime(QDate(2026, 11, 19), QTime(11, 0), QTimeZone(5 * 3600)),
                          u"Agreed."_s, QDateTime()});
        PrintHtml::Options options;
        options.notes = {{1, document.indexOf(paragraphId), &t}};
        const QString page = PrintHtml::page(document, options);
        for (const QString &text : present)
            QVERIFY2(page.contains(text), qPrintable(text + u"\n\n"_s + page));
        for (const QString &text : absent)
            QVERIFY2(!page.contains(text), qPrintable(text));
        // The notes follow the text.
        QVERIFY(page.indexOf(u"</main>"_s) < page.indexOf(u"<section class=\"notes\">"_s));
    }

    void notesNumberedInOrderOnOneParagraph()
    {
        const Document document = sample();
        const CommentThread first = comment(u"cccccccc"_s, u"First."_s);
        const CommentThread second = comment(u"cccccccc"_s, u"Second."_s);
        const CommentThread gone = comment(u"zzzzzzzz"_s, u"Gone."_s);
        PrintHtml::Options options;
        options.notes = {{1, 1, &first}, {2, 1, &second}, {3, -1, &gone}};
        const QString page = PrintHtml::page(document, options);
        QVERIFY(page.contains(u"<sup class=\"note-ref\"><a href=\"#note-1\">1</a>,"
                              "<a href=\"#note-2\">2</a></sup></p>"_s));
        const qsizetype inText = page.indexOf(u">Open comments</h2>"_s);
        const qsizetype goneHeading = page.indexOf(u"no longer in the text</h2>"_s);
        QVERIFY(inText > 0 && goneHeading > inText);
        QVERIFY(page.indexOf(u"id=\"note-2\""_s) < goneHeading);
        QVERIFY(page.indexOf(u"id=\"note-3\""_s) > goneHeading);
        QVERIFY(PrintHtml::notesSection(document, {}).isEmpty());
        QVERIFY(!PrintHtml::page(document, {}).contains(u"class=\"notes\""_s));
    }

    void lineNumbersColumn()
    {
        PrintHtml::Options options;
        QVERIFY(!PrintHtml::page(sample(), options).contains(u" line-numbers\""_s));
        options.lineNumbers = true;
        QVERIFY(PrintHtml::page(sample(), options).contains(u" line-numbers\">"_s));
        // The column web::finishPdf numbers (PdfDocumentInfo::textColumnInset: 20 mm of page
        // margin and these 10 mm), and the draft mark larger than the 20 pt it ignores.
        const QString css = PrintHtml::styleSheet();
        QVERIFY(css.contains(u".print.line-numbers > main {\n    margin-inline-start: 10mm;"_s));
        QVERIFY(css.contains(u"font-size: 100pt;"_s));
        QVERIFY(css.contains(u"font-size: 28pt;"_s));
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
