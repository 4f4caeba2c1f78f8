// Document text becomes HTML in one place: every character of the document is data, never
// markup; the page refers to nothing outside itself; numbers, letters and cross-references
// read as they print.

#include "document/documentreader.h"
#include "render/documenthtml.h"
#include "render/html.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace plenary;
using namespace plenary::render;
using namespace Qt::StringLiterals;

namespace {

Paragraph paragraph(const QString &id, ParagraphKind kind, const QString &text,
                    ParagraphStatus status = ParagraphStatus::Proposed)
{
    Paragraph p;
    p.id = id;
    p.kind = kind;
    p.text = text;
    p.status = status;
    return p;
}

Document sample(const QString &name)
{
    const ReadResult read = DocumentReader::readFile(QStringLiteral(PLENARY_SAMPLES "/") + name);
    if (read.hasErrors())
        qFatal("the bundled sample %s does not read", qPrintable(name));
    return read.document;
}

// Text that would do something if it reached the page as markup.
const QStringList kHostile{
    u"<script>document.title='x'</script>"_s,
    u"<img src=\"file:///etc/passwd\">"_s,
    u"<link rel=stylesheet href=\"http://example.invalid/x.css\">"_s,
    u"<a href='javascript:alert(1)'>here</a>"_s,
    u"\" onmouseover=\"alert(1)"_s,
    u"' onmouseover='alert(1)"_s,
    u"</p></main><iframe src=https://example.invalid/></iframe>"_s,
    u"<style>@import url(http://example.invalid/x.css);</style>"_s,
    u"&lt;script&gt; already escaped"_s,
    u"<!-- comment --><![CDATA[x]]>"_s,
    u"<svg><use href=\"data:image/svg+xml,x\"/></svg>"_s,
};

// The tags plenaryrender writes. Anything else in a page came from the document.
const QSet<QString> kOwnTags{u"html"_s,   u"head"_s, u"meta"_s, u"title"_s, u"style"_s, u"body"_s,
                             u"header"_s, u"div"_s,  u"h1"_s,   u"h2"_s,    u"main"_s,  u"p"_s,
                             u"span"_s,   u"em"_s,   u"a"_s,    u"del"_s};

} // namespace

class TestDocumentHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void bidiControlsAreShown_data();
    void bidiControlsAreShown();
    void otherControlsAreReplaced();
    void hostileTextStaysText_data();
    void hostileTextStaysText();
    void stylesheetIsSelfContained();
    void sampleNumbers_data();
    void sampleNumbers();
    void sampleCrossReferences_data();
    void sampleCrossReferences();
    void missingCrossReference();
    void openingWordsInItalics();
    void bracketsByDepth();
    void alternativesMarked();
    void overlappingMarkupStaysWellFormed();
    void deletedStruckThrough();
    void masthead();
    void direction_data();
    void direction();
};

void TestDocumentHtml::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("element");
    QTest::addRow("plain") << u"Calls upon all States"_s << u"Calls upon all States"_s;
    QTest::addRow("ampersand") << u"R&D"_s << u"R&amp;D"_s;
    QTest::addRow("entity stays literal") << u"&amp;"_s << u"&amp;amp;"_s;
    QTest::addRow("script") << u"<script>alert(1)</script>"_s
                            << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
    QTest::addRow("double quote") << u"a \"b\""_s << u"a &quot;b&quot;"_s;
    QTest::addRow("apostrophe, which toHtmlEscaped passes")
        << u"States' obligations"_s << u"States&#39; obligations"_s;
    QTest::addRow("non-ASCII passes")
        << u"Déclaration — Декларация إعلان"_s << u"Déclaration — Декларация إعلان"_s;
    QTest::addRow("surrogate pair passes") << u"\U0001F600"_s << u"\U0001F600"_s;
    QTest::addRow("unpaired surrogate") << QString(QChar(0xd800)) << QString(QChar(0xfffd));
}

void TestDocumentHtml::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, element);
    QCOMPARE(escapeHtml(text), element);
    QCOMPARE(escapeHtml(text, HtmlContext::Attribute), element);
}

void TestDocumentHtml::bidiControlsAreShown_data()
{
    QTest::addColumn<int>("codePoint");
    for (int c : {0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069})
        QTest::addRow("U+%04X", c) << c;
}

void TestDocumentHtml::bidiControlsAreShown()
{
    QFETCH(int, codePoint);
    const QString name = u"U+%1"_s.arg(codePoint, 4, 16).toUpper();
    // "pay 100" reversed by an override would read "001 yap".
    const QString text = u"pay "_s + QChar(codePoint) + u"100"_s;

    const QString element = escapeHtml(text);
    QVERIFY(!element.contains(QChar(codePoint)));
    QVERIFY2(element.contains(u"<span class=\"bidi-control\""_s), qPrintable(element));
    QVERIFY2(element.contains(u">"_s + name + u"</span>100"_s), qPrintable(element));

    const QString attribute = escapeHtml(text, HtmlContext::Attribute);
    QVERIFY(!attribute.contains(QChar(codePoint)));
    QVERIFY(!attribute.contains(u'<'));
    QCOMPARE(attribute, u"pay ["_s + name + u"]100"_s);

    Document doc;
    doc.header.title = text;
    doc.header.language = u"en"_s;
    doc.paragraphs = {paragraph(u"aaaa"_s, ParagraphKind::Operative, text)};
    const QString page = DocumentHtml(doc).page();
    QVERIFY(!page.contains(QChar(codePoint)));
    QVERIFY(page.contains(u"<title>pay ["_s + name + u"]100</title>"_s));
}

void TestDocumentHtml::otherControlsAreReplaced()
{
    QCOMPARE(escapeHtml(u"a\u0000b\u001bc\u0085d\te\nf"_s), u"a\ufffdb\ufffdc\ufffdd\te\nf"_s);
}

void TestDocumentHtml::hostileTextStaysText_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text : kHostile)
        QTest::newRow(qPrintable(text)) << text;
}

void TestDocumentHtml::hostileTextStaysText()
{
    QFETCH(QString, text);
    Document doc;
    doc.header.title = text;
    doc.header.language = text;
    doc.header.conference = text;
    doc.header.symbol = text;
    doc.header.distribution = text;
    doc.header.date = text;
    doc.header.original = text;
    doc.paragraphs = {
        paragraph(u"aaaa"_s, ParagraphKind::Chapeau, text),
        paragraph(u"bbbb"_s, ParagraphKind::Preambular, u"*"_s + text + u"* "_s + text),
        paragraph(u"cccc"_s, ParagraphKind::Operative, u"["_s + text + u" [["_s + text + u"]]]"_s),
        paragraph(u"dddd"_s, ParagraphKind::Operative,
                  u"[Alt 1 (EU): "_s + text + u"] [Alt 2 (RU): x "_s + text + u"]"_s),
        paragraph(u"eeee"_s, ParagraphKind::Sub, text + u" {#aaaa} {#zzzz} ]["_s),
        paragraph(u"ffff"_s, ParagraphKind::Heading, text, ParagraphStatus::Deleted),
        paragraph(text, ParagraphKind::Narrative, text),
    };
    const QString page = DocumentHtml(doc).page();

    QVERIFY2(!page.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(page));
    QVERIFY(page.contains(escapeHtml(text)));

    // Every tag in the page is one plenaryrender writes.
    static const QRegularExpression tag(u"<([A-Za-z][A-Za-z0-9]*)"_s);
    for (const QRegularExpressionMatch &m : tag.globalMatch(page))
        QVERIFY2(kOwnTags.contains(m.captured(1).toLower()), qPrintable(m.captured(0)));
    // No attribute names a resource: the only link is a fragment of the page itself.
    static const QRegularExpression attribute(u"\\s([A-Za-z-]+)=\"([^\"]*)\""_s);
    for (const QRegularExpressionMatch &m : attribute.globalMatch(page)) {
        const QString name = m.captured(1).toLower();
        const QString value = m.captured(2).toLower();
        QVERIFY2(!name.startsWith(u"on"_s), qPrintable(m.captured(0)));
        QVERIFY2(name != u"src"_s && name != u"style"_s, qPrintable(m.captured(0)));
        if (name == u"href"_s)
            QVERIFY2(value.startsWith(u'#'), qPrintable(m.captured(0)));
        for (const char *scheme : {"http:", "https:", "file:", "javascript:", "data:"})
            QVERIFY2(!value.contains(QLatin1String(scheme)), qPrintable(m.captured(0)));
    }
    // Unescaped quotes would end an attribute early: the only ones are around our values.
    QCOMPARE(page.count(u'"') % 2, 0);
}

void TestDocumentHtml::stylesheetIsSelfContained()
{
    const QString css = DocumentHtml::styleSheet();
    QVERIFY(css.contains(u".lead"_s));
    QVERIFY(!css.contains(u"url("_s, Qt::CaseInsensitive));
    QVERIFY(!css.contains(u"@import"_s, Qt::CaseInsensitive));
    QVERIFY(!css.contains(u"</"_s));
}

void TestDocumentHtml::sampleNumbers_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("number");
    QTest::addRow("OP1") << u"pa4gh8vk"_s << u"1."_s;
    QTest::addRow("OP5") << u"wffj4mr2"_s << u"5."_s;
    QTest::addRow("OP5(a)") << u"mx9xf3gc"_s << u"(a)"_s;
    QTest::addRow("OP5(b)(ii)") << u"8e6fs76p"_s << u"(ii)"_s;
    QTest::addRow("OP7bis, inserted after the baseline") << u"1pwq94hx"_s << u"7 bis."_s;
    QTest::addRow("OP8 follows the baseline") << u"snf6pf05"_s << u"8."_s;
    QTest::addRow("OP12, deleted, keeps its number") << u"5pm3f8c7"_s << u"12."_s;
    QTest::addRow("OP15") << u"x14z5z6g"_s << u"15."_s;
    QTest::addRow("PP1 has no number") << u"bek7h22k"_s << QString();
    QTest::addRow("chapeau has no number") << u"d4m86rcb"_s << QString();
}

void TestDocumentHtml::sampleNumbers()
{
    QFETCH(QString, id);
    QFETCH(QString, number);
    const Document doc = sample(u"declaration.plenary"_s);
    const DocumentHtml html(doc);
    const QString p = html.paragraph(doc.indexOf(id));
    QVERIFY2(p.startsWith(u"<p id=\"p-"_s + id + u"\""_s), qPrintable(p));
    if (number.isEmpty())
        QVERIFY2(!p.contains(u"class=\"number\""_s), qPrintable(p));
    else
        QVERIFY2(p.contains(u"<span class=\"number\">"_s + number + u"</span>"_s), qPrintable(p));
    QVERIFY(html.page().contains(p));
}

void TestDocumentHtml::sampleCrossReferences_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("citation");
    QTest::addRow("OP7 cites OP14") << u"9zy95c25"_s << u"znw93gf1"_s << u"14"_s;
    QTest::addRow("OP7bis cites OP7") << u"1pwq94hx"_s << u"9zy95c25"_s << u"7"_s;
    QTest::addRow("OP10(a) cites OP5(a)") << u"p9nj0w07"_s << u"mx9xf3gc"_s << u"5 (a)"_s;
}

void TestDocumentHtml::sampleCrossReferences()
{
    QFETCH(QString, id);
    QFETCH(QString, target);
    QFETCH(QString, citation);
    const Document doc = sample(u"declaration.plenary"_s);
    const QString p = DocumentHtml(doc).paragraph(doc.indexOf(id));
    QVERIFY2(
        p.contains(u"<a class=\"xref\" href=\"#p-"_s + target + u"\">"_s + citation + u"</a>"_s),
        qPrintable(p));
    QVERIFY(!p.contains(u"{#"_s));
}

void TestDocumentHtml::missingCrossReference()
{
    Document doc;
    doc.paragraphs = {paragraph(u"aaaa"_s, ParagraphKind::Operative, u"see {#zz9zz9zz}"_s)};
    const QString p = DocumentHtml(doc).paragraph(0);
    QVERIFY2(p.contains(u"<span class=\"xref missing\""_s), qPrintable(p));
    QVERIFY(p.contains(u">{#zz9zz9zz}</span>"_s));
    QVERIFY(!p.contains(u"href"_s));
}

void TestDocumentHtml::openingWordsInItalics()
{
    Document doc;
    doc.paragraphs = {
        paragraph(u"aaaa"_s, ParagraphKind::Preambular, u"*Deeply concerned* by the threat,"_s),
        paragraph(u"bbbb"_s, ParagraphKind::Preambular, u"a * b * c"_s),
    };
    const DocumentHtml html(doc);
    QCOMPARE(html.paragraph(0), u"<p id=\"p-aaaa\" class=\"paragraph pp status-proposed\">"
                                "<em class=\"lead\">Deeply concerned</em> by the threat,</p>\n"_s);
    // A '*' that does not open the paragraph is an ordinary character.
    QCOMPARE(html.paragraph(1),
             u"<p id=\"p-bbbb\" class=\"paragraph pp status-proposed\">a * b * c</p>\n"_s);
}

void TestDocumentHtml::bracketsByDepth()
{
    Document doc;
    doc.paragraphs = {paragraph(u"aaaa"_s, ParagraphKind::Preambular, u"to [a [[b]] c] d"_s)};
    QCOMPARE(DocumentHtml(doc).paragraph(0),
             u"<p id=\"p-aaaa\" class=\"paragraph pp status-proposed\">to "
             "<span class=\"depth-1 bracket\">[</span><span class=\"depth-1\">a </span>"
             "<span class=\"depth-2 bracket\">[</span>"
             "<span class=\"depth-3 bracket\">[</span><span class=\"depth-3\">b</span>"
             "<span class=\"depth-3 bracket\">]</span>"
             "<span class=\"depth-2 bracket\">]</span>"
             "<span class=\"depth-1\"> c</span><span class=\"depth-1 bracket\">]</span>"
             " d</p>\n"_s);
}

void TestDocumentHtml::alternativesMarked()
{
    Document doc;
    doc.paragraphs = {
        paragraph(u"aaaa"_s, ParagraphKind::Operative, u"[Alt 1 (EU, US): x] [Alt 2: y]"_s)};
    const QString p = DocumentHtml(doc).paragraph(0);
    QVERIFY2(p.contains(u"<span class=\"depth-1 alt-label\">Alt 1 (EU, US): </span>"_s),
             qPrintable(p));
    QVERIFY2(p.contains(u"<span class=\"depth-1 alt-label\">Alt 2: </span>"_s), qPrintable(p));
}

void TestDocumentHtml::overlappingMarkupStaysWellFormed()
{
    // Opening words that end inside a bracket, an unclosed and a stray bracket.
    Document doc;
    doc.paragraphs = {paragraph(u"aaaa"_s, ParagraphKind::Preambular,
                                u"*Recognizing [fully* the] role ] of [ States"_s)};
    const QString p = DocumentHtml(doc).paragraph(0);
    QCOMPARE(p, u"<p id=\"p-aaaa\" class=\"paragraph pp status-proposed\">"
                "<em class=\"lead\">Recognizing </em>"
                "<em class=\"lead depth-1 bracket\">[</em>"
                "<em class=\"lead depth-1\">fully</em>"
                "<span class=\"depth-1\"> the</span><span class=\"depth-1 bracket\">]</span>"
                " role <span class=\"unbalanced\">]</span> of "
                "<span class=\"unbalanced\">[</span> States</p>\n"_s);
}

void TestDocumentHtml::deletedStruckThrough()
{
    const Document doc = sample(u"declaration.plenary"_s);
    const QString p = DocumentHtml(doc).paragraph(doc.indexOf(u"5pm3f8c7"));
    QVERIFY2(p.contains(u"class=\"paragraph op status-deleted numbered\""_s), qPrintable(p));
    QVERIFY2(p.contains(u"</span><del><em class=\"lead\">Encourage</em> States"_s), qPrintable(p));
    QVERIFY(p.endsWith(u"</del></p>\n"_s));
}

void TestDocumentHtml::masthead()
{
    const QString page = DocumentHtml(sample(u"declaration.plenary"_s)).page();
    QVERIFY(page.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"_s));
    QVERIFY(page.contains(u"<title>Samarkand Declaration on Border Security and "
                          "Counter-Terrorism Cooperation</title>"_s));
    QVERIFY(page.contains(u"<div class=\"symbol\">BSCT/2026/L.1</div>"_s));
    QVERIFY(page.contains(u"<div class=\"conference\">High-Level Conference on Border Security "
                          "and Counter-Terrorism Cooperation</div>"_s));
    QVERIFY(page.contains(u"<div class=\"distribution\">Distr.: Limited</div>"_s));
    QVERIFY(page.contains(u"<div class=\"date\">20 November 2026</div>"_s));
    QVERIFY(page.contains(u"<div class=\"original\">Original: English</div>"_s));
    QVERIFY(page.contains(u"<h1 class=\"title\">Samarkand Declaration"_s));
    // Paragraphs in document order, after the title.
    QVERIFY(page.indexOf(u"id=\"p-d4m86rcb\""_s) > page.indexOf(u"<h1"_s));
    QVERIFY(page.indexOf(u"id=\"p-x14z5z6g\""_s) > page.indexOf(u"id=\"p-pa4gh8vk\""_s));
}

void TestDocumentHtml::direction_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("html");
    QTest::addRow("Arabic") << u"ar"_s << u"<html lang=\"ar\" dir=\"rtl\">"_s;
    QTest::addRow("Arabic, Egypt") << u"ar-EG"_s << u"<html lang=\"ar-EG\" dir=\"rtl\">"_s;
    QTest::addRow("Hebrew") << u"he"_s << u"<html lang=\"he\" dir=\"rtl\">"_s;
    QTest::addRow("Persian") << u"fa"_s << u"<html lang=\"fa\" dir=\"rtl\">"_s;
    QTest::addRow("English") << u"en"_s << u"<html lang=\"en\" dir=\"ltr\">"_s;
    QTest::addRow("Russian") << u"ru"_s << u"<html lang=\"ru\" dir=\"ltr\">"_s;
    QTest::addRow("Chinese") << u"zh-Hans"_s << u"<html lang=\"zh-Hans\" dir=\"ltr\">"_s;
    QTest::addRow("no language") << QString() << u"<html dir=\"ltr\">"_s;
}

void TestDocumentHtml::direction()
{
    QFETCH(QString, language);
    QFETCH(QString, html);
    Document doc;
    doc.header.title = u"إعلان"_s;
    doc.header.language = language;
    doc.paragraphs = {paragraph(u"aaaa"_s, ParagraphKind::Operative, u"*يدعو* جميع الدول"_s)};
    const QString page = DocumentHtml(doc).page();
    QVERIFY2(page.contains(u"<!DOCTYPE html>\n"_s + html), qPrintable(page.left(80)));
}

QTEST_GUILESS_MAIN(TestDocumentHtml)
#include "tst_documenthtml.moc"
