// Finding and replacing in a paragraph's text (TextSearch): match case, whole words of any
// script, within negotiation brackets only, never inside a cross-reference or an inline
// object, and the paragraph text a replacement gives.

#include "document/textsearch.h"

#include <QTest>

using namespace plenary;
using namespace Qt::StringLiterals;

namespace {

// The text with each match between « and », so that a row reads as what the drafter sees.
QString marked(QStringView text, const QList<TextMatch> &matches)
{
    QString out;
    qsizetype copied = 0;
    for (const TextMatch &m : matches) {
        out += text.mid(copied, m.begin - copied);
        out += u'«' + text.mid(m.begin, m.length) + u'»';
        copied = m.end();
    }
    out += text.mid(copied);
    return out;
}

enum Option
{
    None = 0,
    MatchCase = 1,
    WholeWords = 2,
    WithinBrackets = 4
};

SearchOptions optionsOf(int flags)
{
    SearchOptions options;
    options.matchCase = flags & MatchCase;
    options.wholeWords = flags & WholeWords;
    options.withinBrackets = flags & WithinBrackets;
    return options;
}

} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void matchesAreOrderedAndDisjoint();
    void nullSearches();
    void replaced_data();
    void replaced();
    void replacingEveryMatchOfANeedle();
};

void TestTextSearch::matches_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("options");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // Case
    QTest::newRow("ignores case by default")
        << u"state"_s << int(None) << u"State, state and STATE"_s
        << u"«State», «state» and «STATE»"_s;
    QTest::newRow("match case") << u"state"_s << int(MatchCase) << u"State, state and STATE"_s
                                << u"State, «state» and STATE"_s;
    QTest::newRow("É finds é and É, ignoring case")
        << u"état"_s << int(None) << u"État, état, ÉTAT"_s << u"«État», «état», «ÉTAT»"_s;
    QTest::newRow("É finds only É, matching case")
        << u"État"_s << int(MatchCase) << u"État, état, ÉTAT"_s << u"«État», état, ÉTAT"_s;
    QTest::newRow("Cyrillic ignoring case")
        << u"государства"_s << int(None) << u"Государства и ГОСУДАРСТВА"_s
        << u"«Государства» и «ГОСУДАРСТВА»"_s;
    QTest::newRow("Cyrillic Ё and ё") << u"ёлка"_s << int(None) << u"Ёлка"_s << u"«Ёлка»"_s;
    QTest::newRow("Cyrillic matching case")
        << u"Государства"_s << int(MatchCase) << u"государства Государства"_s
        << u"государства «Государства»"_s;

    // Whole words
    QTest::newRow("part of a word without whole words")
        << u"state"_s << int(None) << u"the statement of the State"_s
        << u"the «state»ment of the «State»"_s;
    QTest::newRow("whole words: not in statement")
        << u"state"_s << int(WholeWords) << u"the statement of the State"_s
        << u"the statement of the «State»"_s;
    QTest::newRow("whole words: É is a letter, so not in États")
        << u"tats"_s << int(WholeWords) << u"États, tats"_s << u"États, «tats»"_s;
    QTest::newRow("without whole words: inside États")
        << u"tats"_s << int(None) << u"États"_s << u"É«tats»"_s;
    QTest::newRow("whole words: underscore joins words")
        << u"state"_s << int(WholeWords) << u"state_party state"_s << u"state_party «state»"_s;
    QTest::newRow("whole words: digits are word characters")
        << u"201"_s << int(WholeWords) << u"2396 (2017) and 201"_s << u"2396 (2017) and «201»"_s;
    QTest::newRow("whole words: a number in parentheses")
        << u"2017"_s << int(WholeWords) << u"2396 (2017)"_s << u"2396 («2017»)"_s;
    QTest::newRow("whole words: apostrophe separates")
        << u"women"_s << int(WholeWords) << u"women’s and womenfolk"_s
        << u"«women»’s and womenfolk"_s;
    QTest::newRow("whole words: Cyrillic")
        << u"мир"_s << int(WholeWords) << u"мира, мир и Мир"_s << u"мира, «мир» и «Мир»"_s;
    QTest::newRow("whole words: Arabic (not in the state nor in and-the-states)")
        << u"الدول"_s << int(WholeWords) << u"الدولة والدول الدول"_s << u"الدولة والدول «الدول»"_s;
    QTest::newRow("Arabic without whole words")
        << u"الدول"_s << int(None) << u"الدولة والدول"_s << u"«الدول»ة و«الدول»"_s;
    QTest::newRow("whole words: Arabic vowel marks belong to the word")
        << u"كتب"_s << int(WholeWords) << u"كتبَ كتب"_s << u"كتبَ «كتب»"_s;
    QTest::newRow("whole words: each Han character is a word")
        << u"中国"_s << int(WholeWords) << u"中国人民"_s << u"«中国»人民"_s;
    QTest::newRow("whole words: a needle that starts with punctuation")
        << u"(2017"_s << int(WholeWords) << u"(2017) (20171)"_s << u"«(2017») (20171)"_s;

    // Within brackets
    QTest::newRow("within brackets")
        << u"strengthen"_s << int(WithinBrackets) << u"to strengthen [strengthen] and"_s
        << u"to strengthen [«strengthen»] and"_s;
    QTest::newRow("within brackets at any depth")
        << u"enhance"_s << int(WithinBrackets) << u"enhance [and [[enhance]]] [enhance]"_s
        << u"enhance [and [[«enhance»]]] [«enhance»]"_s;
    QTest::newRow("the brackets themselves may be part of a match")
        << u"[fully]"_s << int(WithinBrackets) << u"to [fully] implement"_s
        << u"to «[fully]» implement"_s;
    QTest::newRow("an inner span within the outer one")
        << u"[[and"_s << int(WithinBrackets) << u"OSCE [x [[and the Centre]]]"_s
        << u"OSCE [x «[[and» the Centre]]]"_s;
    QTest::newRow("not across the edge of a span")
        << u"fully] implement"_s << int(WithinBrackets) << u"to [fully] implement"_s
        << u"to [fully] implement"_s;
    QTest::newRow("across the edge, without the option")
        << u"fully] implement"_s << int(None) << u"to [fully] implement"_s
        << u"to [«fully] implement»"_s;
    QTest::newRow("not across two spans")
        << u"a] [b"_s << int(WithinBrackets) << u"[a] [b]"_s << u"[a] [b]"_s;
    QTest::newRow("an unclosed bracket opens no span")
        << u"x"_s << int(WithinBrackets) << u"a [x y"_s << u"a [x y"_s;
    QTest::newRow("an unclosed outer bracket around a closed inner span")
        << u"x"_s << int(WithinBrackets) << u"[x [x] x"_s << u"[x [«x»] x"_s;
    QTest::newRow("a stray closing bracket closes nothing")
        << u"x"_s << int(WithinBrackets) << u"x] y [x]"_s << u"x] y [«x»]"_s;
    QTest::newRow("alternatives are bracketed")
        << u"PNR"_s << int(WithinBrackets) << u"[Alt 1 (EU): API and PNR] [Alt 2: PNR] PNR"_s
        << u"[Alt 1 (EU): API and «PNR»] [Alt 2: «PNR»] PNR"_s;
    QTest::newRow("Cyrillic within brackets")
        << u"укрепить"_s << int(WithinBrackets) << u"[Укрепить] укрепить"_s
        << u"[«Укрепить»] укрепить"_s;
    QTest::newRow("Arabic within brackets")
        << u"الحدود"_s << int(WithinBrackets) << u"أمن الحدود [إدارة الحدود]"_s
        << u"أمن الحدود [إدارة «الحدود»]"_s;

    // Cross-references and inline objects
    QTest::newRow("never inside a cross-reference")
        << u"8x2m"_s << int(None) << u"paragraph {#8x2mfa7c} and 8x2m"_s
        << u"paragraph {#8x2mfa7c} and «8x2m»"_s;
    QTest::newRow("not across the edge of a cross-reference")
        << u"paragraph {"_s << int(None) << u"paragraph {#8x2mfa7c}"_s
        << u"paragraph {#8x2mfa7c}"_s;
    QTest::newRow("not a whole cross-reference")
        << u"{#8x2mfa7c}"_s << int(None) << u"paragraph {#8x2mfa7c}"_s
        << u"paragraph {#8x2mfa7c}"_s;
    QTest::newRow("inside brackets but inside a cross-reference")
        << u"mfa"_s << int(WithinBrackets) << u"[see {#8x2mfa7c}, mfa]"_s
        << u"[see {#8x2mfa7c}, «mfa»]"_s;
    QTest::newRow("an invalid identifier is ordinary text")
        << u"#AB"_s << int(None) << u"see {#AB}"_s << u"see {«#AB»}"_s;
    QTest::newRow("an inline object separates words")
        << u"paragraph"_s << int(WholeWords) << u"paragraph\uFFFC below"_s
        << u"«paragraph»\uFFFC below"_s;
    QTest::newRow("an inline object is found by nothing")
        << u"a\uFFFCb"_s << int(None) << u"a\uFFFCb"_s << u"a\uFFFCb"_s;

    // Characters made of several code points
    QTest::newRow("not the base of a decomposed É")
        << u"e"_s << int(None) << u"E\u0301cole e"_s << u"E\u0301col«e» «e»"_s;
    QTest::newRow("a decomposed é as a whole")
        << u"e\u0301"_s << int(None) << u"caf\u00e9 cafe\u0301"_s << u"caf\u00e9 caf«e\u0301»"_s;
    QTest::newRow("after characters outside the BMP")
        << u"x"_s << int(WholeWords) << u"😀 x 𝐱x"_s << u"😀 «x» 𝐱x"_s;

    // Empty and overlapping
    QTest::newRow("empty needle") << QString() << int(None) << u"text"_s << u"text"_s;
    QTest::newRow("empty text") << u"a"_s << int(None) << QString() << QString();
    QTest::newRow("needle longer than the text") << u"abc"_s << int(None) << u"ab"_s << u"ab"_s;
    QTest::newRow("overlapping candidates: the first wins")
        << u"ana"_s << int(None) << u"banana"_s << u"b«ana»na"_s;
    QTest::newRow("adjacent matches") << u"aa"_s << int(None) << u"aaaa"_s << u"«aa»«aa»"_s;
    QTest::newRow("a rejected candidate hides no overlapping one")
        << u"aa"_s << int(WholeWords) << u"aaa aa"_s << u"aaa «aa»"_s;
    QTest::newRow("candidates inside a cross-reference, then a match")
        << u"aa"_s << int(None) << u"x{#aaaa}aa"_s << u"x{#aaaa}«aa»"_s;

    // Combinations
    QTest::newRow("match case and whole words")
        << u"State"_s << int(MatchCase | WholeWords) << u"State States state"_s
        << u"«State» States state"_s;
    QTest::newRow("whole words within brackets")
        << u"and"_s << int(WholeWords | WithinBrackets) << u"and [growing and acute] [andes]"_s
        << u"and [growing «and» acute] [andes]"_s;
    QTest::newRow("all three") << u"PNR"_s << int(MatchCase | WholeWords | WithinBrackets)
                               << u"PNR [Alt 1: pnr and PNR data] [Alt 2: PNRs]"_s
                               << u"PNR [Alt 1: pnr and «PNR» data] [Alt 2: PNRs]"_s;
    QTest::newRow("all three, Cyrillic")
        << u"Мир"_s << int(MatchCase | WholeWords | WithinBrackets) << u"Мир [мир, Мира, Мир]"_s
        << u"Мир [мир, Мира, «Мир»]"_s;
}

void TestTextSearch::matches()
{
    QFETCH(QString, needle);
    QFETCH(int, options);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const TextSearch search(needle, optionsOf(options));
    QCOMPARE(marked(text, search.matchesIn(text)), expected);
}

void TestTextSearch::matchesAreOrderedAndDisjoint()
{
    const QString text = u"[a [aa] aaa] aaaa {#aaaa} aa"_s;
    for (int flags = 0; flags < 8; ++flags) {
        const QList<TextMatch> matches = TextSearch(u"aa"_s, optionsOf(flags)).matchesIn(text);
        for (qsizetype i = 0; i < matches.size(); ++i) {
            QCOMPARE(matches[i].length, 2);
            QCOMPARE(text.mid(matches[i].begin, 2), u"aa"_s);
            if (i > 0)
                QVERIFY2(matches[i - 1].end() <= matches[i].begin, qPrintable(QString::number(i)));
        }
    }
}

void TestTextSearch::nullSearches()
{
    QVERIFY(TextSearch().isNull());
    QVERIFY(TextSearch(QString(), {}).isNull());
    QVERIFY(TextSearch(u"a\uFFFC"_s, {}).isNull());
    QVERIFY(!TextSearch(u"a"_s, {}).isNull());
}

void TestTextSearch::replaced_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("options");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("expected");

    QTest::newRow("every match") << u"strengthen"_s << int(None)
                                 << u"to [strengthen] the [strengthen] laws"_s << u"enhance"_s
                                 << u"to [enhance] the [enhance] laws"_s;
    QTest::newRow("only within brackets")
        << u"strengthen"_s << int(WithinBrackets) << u"to strengthen [strengthen]"_s << u"enhance"_s
        << u"to strengthen [enhance]"_s;
    QTest::newRow("an empty replacement deletes")
        << u" [fully]"_s << int(None) << u"States to [fully] implement"_s << QString()
        << u"States to implement"_s;
    QTest::newRow("a replacement containing the needle")
        << u"a"_s << int(WholeWords) << u"a b a"_s << u"aa"_s << u"aa b aa"_s;
    QTest::newRow("no match leaves the text")
        << u"x"_s << int(None) << u"abc"_s << u"y"_s << u"abc"_s;
    QTest::newRow("cross-references stay")
        << u"8x2mfa7c"_s << int(None) << u"OP {#8x2mfa7c} not 8x2mfa7c"_s << u"OP1"_s
        << u"OP {#8x2mfa7c} not OP1"_s;
    QTest::newRow("after characters outside the BMP")
        << u"b"_s << int(WholeWords) << u"😀 b 😀b"_s << u"β"_s << u"😀 β 😀β"_s;
    QTest::newRow("Arabic") << u"الدول"_s << int(WholeWords) << u"الدولة الدول"_s << u"البلدان"_s
                            << u"الدولة البلدان"_s;
}

void TestTextSearch::replaced()
{
    QFETCH(QString, needle);
    QFETCH(int, options);
    QFETCH(QString, text);
    QFETCH(QString, replacement);
    QFETCH(QString, expected);
    const TextSearch search(needle, optionsOf(options));
    QCOMPARE(TextSearch::replaced(text, search.matchesIn(text), replacement), expected);
}

void TestTextSearch::replacingEveryMatchOfANeedle()
{
    // Replacing only some matches leaves the others as they were.
    const QString text = u"[a] a [a]"_s;
    const QList<TextMatch> matches = TextSearch(u"a"_s, {}).matchesIn(text);
    QCOMPARE(matches.size(), 3);
    QCOMPARE(TextSearch::replaced(text, {matches[0], matches[2]}, u"b"_s), u"[b] a [b]"_s);
    QCOMPARE(TextSearch::replaced(text, {}, u"b"_s), text);
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
