// The inline markup of a paragraph's text (docs/format.md, "Text"): negotiation brackets,
// alternatives, opening words, cross-references, and the word count negotiators track.

#include "document/paragraphmarkup.h"

#include <QTest>
#include <algorithm>

using namespace plenary;
using namespace Qt::StringLiterals;

namespace {

// "begin-end:depth" for each span, in reading order.
QString describeSpans(const ParagraphMarkup &m)
{
    QStringList parts;
    for (const BracketSpan &s : m.spans)
        parts.append(u"%1-%2:%3"_s.arg(s.begin).arg(s.end).arg(s.depth));
    return parts.join(u' ');
}

// "unclosed@3 stray@7 lead@0 bidi U+202E@4", by position.
QString describeProblems(const ParagraphMarkup &m)
{
    QList<MarkupProblem> problems = m.problems;
    std::stable_sort(
        problems.begin(), problems.end(),
        [](const MarkupProblem &a, const MarkupProblem &b) { return a.position < b.position; });
    QStringList parts;
    for (const MarkupProblem &p : problems) {
        QString kind;
        switch (p.kind) {
        case MarkupProblem::Kind::UnclosedBracket:
            kind = u"unclosed"_s;
            break;
        case MarkupProblem::Kind::StrayBracket:
            kind = u"stray"_s;
            break;
        case MarkupProblem::Kind::UnclosedLead:
            kind = u"lead"_s;
            break;
        case MarkupProblem::Kind::BidiControl:
            kind = u"bidi U+"_s + QString::number(uint(p.character), 16).toUpper();
            break;
        }
        parts.append(kind + u'@' + QString::number(p.position));
    }
    return parts.join(u' ');
}

// "g0 s1 Alt 2 (RU,KZ) 'content'" for each alternative, separated by " | ".
QString describeAlternatives(QStringView text, const ParagraphMarkup &m)
{
    QStringList parts;
    for (const Alternative &a : m.alternatives) {
        QString part = u"g%1 s%2 Alt %3"_s.arg(a.group).arg(a.span).arg(a.number);
        if (!a.delegations.isEmpty())
            part += u" ("_s + a.delegations.join(u',') + u')';
        const qsizetype contentEnd = m.spans[a.span].end - 1; // the closing ']'
        part += u" '"_s + text.mid(a.contentBegin, contentEnd - a.contentBegin) + u'\'';
        parts.append(part);
    }
    return parts.join(u" | "_s);
}

} // namespace

class TestParagraphMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brackets_data();
    void brackets();
    void alternatives_data();
    void alternatives();
    void leadWords_data();
    void leadWords();
    void crossReferences_data();
    void crossReferences();
    void bidiControls_data();
    void bidiControls();
    void isBidiControl_data();
    void isBidiControl();
    void countWords_data();
    void countWords();
};

void TestParagraphMarkup::brackets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spans");
    QTest::addColumn<QString>("problems");

    QTest::newRow("no brackets") << u"Calls upon all States"_s << QString() << QString();
    QTest::newRow("empty text") << QString() << QString() << QString();
    QTest::newRow("simple") << u"to [strengthen] border"_s << u"3-15:1"_s << QString();
    QTest::newRow("nested [[…]]") << u"[[enhance]]"_s << u"0-11:1 1-10:2"_s << QString();
    QTest::newRow("nested within text") << u"to [strengthen [[enhance]] and [improve]] x"_s
                                        << u"3-41:1 15-26:2 16-25:3 31-40:2"_s << QString();
    QTest::newRow("triple") << u"[[[x]]]"_s << u"0-7:1 1-6:2 2-5:3"_s << QString();
    QTest::newRow("whole paragraph")
        << u"[*Calls upon* all States to act;]"_s << u"0-33:1"_s << QString();
    QTest::newRow("adjacent") << u"[a][b] [c]"_s << u"0-3:1 3-6:1 7-10:1"_s << QString();
    QTest::newRow("empty span") << u"a [] b"_s << u"2-4:1"_s << QString();
    QTest::newRow("after non-BMP characters (UTF-16 indexes)")
        << u"😀 [x]"_s << u"3-6:1"_s << QString();
    QTest::newRow("unbalanced open") << u"a [b [c] d"_s << u"5-8:2"_s << u"unclosed@2"_s;
    QTest::newRow("two unbalanced open") << u"[[a"_s << QString() << u"unclosed@0 unclosed@1"_s;
    QTest::newRow("unbalanced close") << u"a] [b]] c"_s << u"3-6:1"_s << u"stray@1 stray@6"_s;
    QTest::newRow("close before open") << u"]a["_s << QString() << u"stray@0 unclosed@2"_s;
}

void TestParagraphMarkup::brackets()
{
    QFETCH(QString, text);
    QFETCH(QString, spans);
    QFETCH(QString, problems);
    const ParagraphMarkup m = ParagraphMarkup::analyse(text);
    QCOMPARE(describeSpans(m), spans);
    QCOMPARE(describeProblems(m), problems);
}

void TestParagraphMarkup::alternatives_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("groups");
    QTest::addColumn<QString>("alternatives");

    QTest::newRow("group of two") << u"to [Alt 1: strengthen] [Alt 2: enhance] controls"_s << 1
                                  << u"g0 s0 Alt 1 'strengthen' | g0 s1 Alt 2 'enhance'"_s;
    QTest::newRow("group of three") << u"[Alt 1: a] [Alt 2: b] [Alt 3: c]"_s << 1
                                    << u"g0 s0 Alt 1 'a' | g0 s1 Alt 2 'b' | g0 s2 Alt 3 'c'"_s;
    QTest::newRow("attributed to several delegations")
        << u"[Alt 1 (EU, US): prepare a report] [Alt 2 (RU,KZ): convene a meeting];"_s << 1
        << u"g0 s0 Alt 1 (EU,US) 'prepare a report' | g0 s1 Alt 2 (RU,KZ) 'convene a meeting'"_s;
    QTest::newRow("unattributed single alternative")
        << u"[Alt 1: x]"_s << 1 << u"g0 s0 Alt 1 'x'"_s;
    QTest::newRow("adjacent without a space")
        << u"[Alt 1: a][Alt 2: b]"_s << 1 << u"g0 s0 Alt 1 'a' | g0 s1 Alt 2 'b'"_s;
    QTest::newRow("numbers of two digits")
        << u"[Alt 10: a] [Alt 11: b]"_s << 1 << u"g0 s0 Alt 10 'a' | g0 s1 Alt 11 'b'"_s;
    QTest::newRow("two separate groups")
        << u"[Alt 1: a] [Alt 2: b] and [Alt 1 (EU): c] [Alt 2 (US): d]"_s << 2
        << u"g0 s0 Alt 1 'a' | g0 s1 Alt 2 'b' | g1 s2 Alt 1 (EU) 'c' | g1 s3 Alt 2 (US) 'd'"_s;
    QTest::newRow("groups separated by an ordinary span")
        << u"[Alt 1: a] [Alt 2: b] [x] [Alt 1: c] [Alt 2: d]"_s << 2
        << u"g0 s0 Alt 1 'a' | g0 s1 Alt 2 'b' | g1 s3 Alt 1 'c' | g1 s4 Alt 2 'd'"_s;
    QTest::newRow("Alt inside a non-alternative span") << u"[see Alt 1: x]"_s << 0 << QString();
    QTest::newRow("Alt outside brackets") << u"Alt 1: x"_s << 0 << QString();
    QTest::newRow("Alternative is not Alt") << u"[Alternative 1: x]"_s << 0 << QString();
    QTest::newRow("Alt without a number") << u"[Alt A: x] [Alt: y]"_s << 0 << QString();
    QTest::newRow("Alt without a colon") << u"[Alt 1 x]"_s << 0 << QString();
    QTest::newRow("Alt with an empty delegation") << u"[Alt 1 (EU,): x]"_s << 0 << QString();
    QTest::newRow("Alt with unclosed delegations") << u"[Alt 1 (EU: x]"_s << 0 << QString();
    QTest::newRow("brackets inside an alternative")
        << u"[Alt 1: [very] strong] [Alt 2: weak]"_s << 1
        << u"g0 s0 Alt 1 '[very] strong' | g0 s2 Alt 2 'weak'"_s;
    QTest::newRow("alternatives inside a bracketed span")
        << u"[[Alt 1: a] [Alt 2: b]]"_s << 1 << u"g0 s1 Alt 1 'a' | g0 s2 Alt 2 'b'"_s;
    QTest::newRow("nested alternatives")
        << u"[Alt 1 (EU): to [Alt 1: strengthen] [Alt 2: enhance] controls] "
           "[Alt 2 (RU): to keep controls]"_s
        << 2
        << u"g0 s0 Alt 1 (EU) 'to [Alt 1: strengthen] [Alt 2: enhance] controls' | "
           "g1 s1 Alt 1 'strengthen' | g1 s2 Alt 2 'enhance' | "
           "g0 s3 Alt 2 (RU) 'to keep controls'"_s;
}

void TestParagraphMarkup::alternatives()
{
    QFETCH(QString, text);
    QFETCH(int, groups);
    QFETCH(QString, alternatives);
    const ParagraphMarkup m = ParagraphMarkup::analyse(text);
    QCOMPARE(describeProblems(m), QString());
    QCOMPARE(describeAlternatives(text, m), alternatives);
    QCOMPARE(m.alternativeGroups, groups);
}

void TestParagraphMarkup::leadWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasLead");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("problems");

    QTest::newRow("participle") << u"*Recognizing* that terrorism"_s << true << u"Recognizing"_s
                                << QString();
    QTest::newRow("two words") << u"*Deeply concerned* by"_s << true << u"Deeply concerned"_s
                               << QString();
    QTest::newRow("lead only") << u"*Decides*"_s << true << u"Decides"_s << QString();
    QTest::newRow("Cyrillic lead") << u"*Призываем* все"_s << true << u"Призываем"_s << QString();
    QTest::newRow("later stars are ordinary")
        << u"*Notes* that 2 * 3 * 4"_s << true << u"Notes"_s << QString();
    QTest::newRow("bracket in the lead")
        << u"*[Strongly] urges* all"_s << true << u"[Strongly] urges"_s << QString();
    QTest::newRow("empty lead") << u"**x"_s << true << QString() << QString();
    QTest::newRow("no lead") << u"Recognizing that"_s << false << QString() << QString();
    QTest::newRow("star not at the start") << u"a *b* c"_s << false << QString() << QString();
    QTest::newRow("space before the star") << u" *a* b"_s << false << QString() << QString();
    QTest::newRow("unclosed") << u"*Calls upon all States"_s << false << QString() << u"lead@0"_s;
    QTest::newRow("single star") << u"*"_s << false << QString() << u"lead@0"_s;
}

void TestParagraphMarkup::leadWords()
{
    QFETCH(QString, text);
    QFETCH(bool, hasLead);
    QFETCH(QString, lead);
    QFETCH(QString, problems);
    const ParagraphMarkup m = ParagraphMarkup::analyse(text);
    QCOMPARE(m.hasLead(), hasLead);
    if (hasLead) {
        QCOMPARE(text.at(m.leadEnd), u'*');
        QCOMPARE(text.mid(1, m.leadEnd - 1), lead);
    } else {
        QCOMPARE(m.leadEnd, 0);
    }
    QCOMPARE(describeProblems(m), problems);
}

void TestParagraphMarkup::crossReferences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("references"); // "begin+length:id", space-separated

    QTest::newRow("alone") << u"{#8x2mfa7c}"_s << u"0+11:8x2mfa7c"_s;
    QTest::newRow("two in a sentence")
        << u"paragraphs {#abcd} and {#efgh1234};"_s << u"11+7:abcd 23+11:efgh1234"_s;
    QTest::newRow("inside brackets") << u"[see {#abcd1234}]"_s << u"5+11:abcd1234"_s;
    QTest::newRow("after an ordinary brace") << u"{x} {#abcd1234}"_s << u"4+11:abcd1234"_s;
    QTest::newRow("after a brace that is no reference") << u"{#{#abcd1234}"_s << u"2+11:abcd1234"_s;
    QTest::newRow("longest identifier")
        << u"{#" + QString(32, u'z') + u'}' << u"0+35:" + QString(32, u'z');
    QTest::newRow("identifier too short") << u"{#abc}"_s << QString();
    QTest::newRow("identifier too long") << u"{#" + QString(33, u'z') + u'}' << QString();
    QTest::newRow("capital letters") << u"{#ABCD1234}"_s << QString();
    QTest::newRow("never closed") << u"{#abcd1234 and more"_s << QString();
    QTest::newRow("space after the brace") << u"{ #abcd1234}"_s << QString();
    QTest::newRow("no hash") << u"{abcd1234}"_s << QString();
}

void TestParagraphMarkup::crossReferences()
{
    QFETCH(QString, text);
    QFETCH(QString, references);
    const ParagraphMarkup m = ParagraphMarkup::analyse(text);
    QStringList parts;
    for (const CrossReference &r : m.crossReferences)
        parts.append(u"%1+%2:%3"_s.arg(r.begin).arg(r.length).arg(r.id));
    QCOMPARE(parts.join(u' '), references);
    QCOMPARE(describeProblems(m), QString());
}

void TestParagraphMarkup::bidiControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problems");

    QTest::newRow("RLO U+202E") << u"a\u202Eb"_s << u"bidi U+202E@1"_s;
    QTest::newRow("LRE U+202A") << u"\u202Ax"_s << u"bidi U+202A@0"_s;
    QTest::newRow("LRI and PDI U+2066 U+2069")
        << u"\u2066x\u2069"_s << u"bidi U+2066@0 bidi U+2069@2"_s;
    QTest::newRow("marks RLM, ALM and neighbours are allowed")
        << u"\u200F\u061C\u2029\u202F\u2065\u206A"_s << QString();
}

void TestParagraphMarkup::bidiControls()
{
    QFETCH(QString, text);
    QFETCH(QString, problems);
    QCOMPARE(describeProblems(ParagraphMarkup::analyse(text)), problems);
}

void TestParagraphMarkup::isBidiControl_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("control");

    QTest::newRow("U+202A LRE") << 0x202Au << true;
    QTest::newRow("U+202E RLO") << 0x202Eu << true;
    QTest::newRow("U+2066 LRI") << 0x2066u << true;
    QTest::newRow("U+2069 PDI") << 0x2069u << true;
    QTest::newRow("U+2029 paragraph separator") << 0x2029u << false;
    QTest::newRow("U+202F narrow no-break space") << 0x202Fu << false;
    QTest::newRow("U+2065 unassigned") << 0x2065u << false;
    QTest::newRow("U+206A") << 0x206Au << false;
    QTest::newRow("U+200F RLM") << 0x200Fu << false;
    QTest::newRow("letter a") << uint('a') << false;
}

void TestParagraphMarkup::isBidiControl()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, control);
    QCOMPARE(plenary::isBidiControl(char32_t(codePoint)), control);
}

void TestParagraphMarkup::countWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces only") << u"  \t "_s << 0;
    QTest::newRow("English") << u"Calls upon all States"_s << 4;
    QTest::newRow("punctuation") << u"States, organizations; and (others)."_s << 4;
    QTest::newRow("hyphenated words") << u"counter-terrorism co-operation"_s << 2;
    QTest::newRow("dashes between words") << u"one - two — three"_s << 3;
    QTest::newRow("typographic apostrophe") << u"women’s and youth organizations"_s << 4;
    QTest::newRow("straight apostrophes") << u"States' obligations don't"_s << 3;
    QTest::newRow("markup") << u"*Calls upon* [all] States"_s << 4;
    QTest::newRow("numbers") << u"resolutions 2178 (2014) and 2396 (2017)"_s << 6;
    QTest::newRow("Cyrillic") << u"Призываем все государства укрепить пограничный контроль"_s << 6;
    QTest::newRow("Cyrillic with hyphen") << u"Северо-Восточная Азия"_s << 2;
    QTest::newRow("Arabic") << u"يهيب بجميع الدول أن تعزز إدارة الحدود"_s << 7;
    QTest::newRow("Arabic with vowel marks") << u"إِدَارَة الحُدُود"_s << 2;
    QTest::newRow("Chinese per character") << u"吁请所有国家加强边境管理"_s << 12;
    QTest::newRow("Chinese with punctuation") << u"联合国，安理会。"_s << 6;
    QTest::newRow("Chinese with numbers") << u"2026年11月"_s << 4;
    QTest::newRow("Chinese in English") << u"the 中文 text"_s << 4;
    QTest::newRow("Han outside the BMP") << u"𠀀𠀁"_s << 2;
    QTest::newRow("Japanese kana and kanji") << u"テロ対策"_s << 4;
    QTest::newRow("emoji are no words") << u"😀 👍"_s << 0;
}

void TestParagraphMarkup::countWords()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(plenary::countWords(text), words);
}

QTEST_GUILESS_MAIN(TestParagraphMarkup)

#include "tst_paragraphmarkup.moc"
