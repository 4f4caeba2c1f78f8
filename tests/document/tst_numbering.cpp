// Numbering against docs/format.md ("Numbering", "Paragraph references"): numbers computed from
// the order, the kinds and the baseline; references and citations; renumber() and clean().

#include "document/document.h"
#include "document/numbering.h"
#include "document/paragraphmarkup.h"

#include <QTest>

using namespace plenary;
using namespace Qt::StringLiterals;

namespace {

// Builds a document from a structure such as "op+ op~ sub": one paragraph per word, named by
// its kind keyword, with '+' for numbered and '~' for deleted. Paragraph i has the identifier
// "idNN" (id00, id01 …). Returns false on a word that is no kind.
bool build(const QString &structure, Document &document)
{
    document = Document();
    document.header.title = u"T"_s;
    document.header.language = u"en"_s;
    int i = 0;
    for (QStringView word : QStringView(structure).split(u' ', Qt::SkipEmptyParts)) {
        Paragraph p;
        p.id = u"id%1"_s.arg(i++, 2, 10, QLatin1Char('0'));
        while (word.endsWith(u'+') || word.endsWith(u'~')) {
            if (word.endsWith(u'+'))
                p.numbered = true;
            else
                p.status = ParagraphStatus::Deleted;
            word.chop(1);
        }
        const auto kind = kindFromKeyword(word);
        if (!kind)
            return false;
        p.kind = *kind;
        p.text = u"Text of "_s + p.id;
        document.paragraphs.append(p);
    }
    return true;
}

enum class Part
{
    Label,
    Reference,
    Citation,
    Parent
};

QString describe(const Document &document, Part part)
{
    const Numbering numbering(document);
    QStringList parts;
    for (qsizetype i = 0; i < document.paragraphs.size(); ++i) {
        switch (part) {
        case Part::Label:
            parts.append(numbering.label(i));
            break;
        case Part::Reference:
            parts.append(numbering.reference(i));
            break;
        case Part::Citation:
            parts.append(numbering.citation(i));
            break;
        case Part::Parent:
            parts.append(QString::number(numbering.parent(i)));
            break;
        }
    }
    return parts.join(u'|');
}

// The text as displayed: every cross-reference replaced by the citation of its target.
QString displayed(const Document &document, qsizetype index)
{
    const Numbering numbering(document);
    QString text = document.paragraphs[index].text;
    const auto references = ParagraphMarkup::analyse(text).crossReferences;
    for (auto it = references.rbegin(); it != references.rend(); ++it) {
        const qsizetype target = document.indexOf(it->id);
        text.replace(it->begin, it->length, target < 0 ? u"??"_s : numbering.citation(target));
    }
    return text;
}

QStringList ids(const Document &document)
{
    QStringList result;
    for (const Paragraph &p : document.paragraphs)
        result.append(p.id);
    return result;
}

QString repeated(const QString &word, int times)
{
    QStringList words;
    for (int i = 0; i < times; ++i)
        words.append(word);
    return words.join(u' ');
}

} // namespace

class TestNumbering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels_data();
    void labels();
    void references_data();
    void references();
    void citations_data();
    void citations();
    void parents_data();
    void parents();
    void find_data();
    void find();
    void identifierWinsOverReferenceWithHash();
    void insertionSuffix_data();
    void insertionSuffix();
    void letterAndRoman_data();
    void letterAndRoman();
    void renumber();
    void crossReferenceFollowsTheIdentifier();
    void clean_data();
    void clean();
    void cleanBlockers_data();
    void cleanBlockers();
};

void TestNumbering::labels_data()
{
    QTest::addColumn<QString>("structure");
    QTest::addColumn<QString>("labels");

    QTest::newRow("no baseline: sequential") << u"op op op"_s << u"1|2|3"_s;
    QTest::newRow("no baseline: deleted ones count") << u"op op~ op"_s << u"1|2|3"_s;
    QTest::newRow("baseline: 5, 5 bis, 5 ter, 6")
        << u"op+ op+ op+ op+ op+ op op op+"_s << u"1|2|3|4|5|5 bis|5 ter|6"_s;
    QTest::newRow("baseline: every insertion suffix, then -11")
        << repeated(u"op+"_s, 5) + u' ' + repeated(u"op"_s, 11)
        << u"1|2|3|4|5|5 bis|5 ter|5 quater|5 quinquies|5 sexies|5 septies|5 octies|5 novies|"
           "5 decies|5-11|5-12"_s;
    QTest::newRow("baseline: insertion before the first numbered (0 bis)")
        << u"op op+ op+"_s << u"0 bis|1|2"_s;
    QTest::newRow("baseline: two insertions before the first numbered")
        << u"op op op+"_s << u"0 bis|0 ter|1"_s;
    QTest::newRow("baseline: deleted paragraphs keep their numbers")
        << u"op+ op~+ op~ op+"_s << u"1|2|2 bis|3"_s;
    QTest::newRow("sub letters") << u"op sub sub sub"_s << u"1|(a)|(b)|(c)"_s;
    QTest::newRow("sub letters after z")
        << u"op "_s + repeated(u"sub"_s, 28)
        << u"1|(a)|(b)|(c)|(d)|(e)|(f)|(g)|(h)|(i)|(j)|(k)|(l)|(m)|(n)|(o)|(p)|(q)|(r)|(s)|(t)|"
           "(u)|(v)|(w)|(x)|(y)|(z)|(aa)|(bb)"_s;
    QTest::newRow("letters restart under each parent")
        << u"op sub sub op sub"_s << u"1|(a)|(b)|2|(a)"_s;
    QTest::newRow("second level roman") << u"op sub subsub subsub subsub subsub subsub sub subsub"_s
                                        << u"1|(a)|(i)|(ii)|(iii)|(iv)|(v)|(b)|(i)"_s;
    QTest::newRow("second level beyond ten") << u"op sub "_s + repeated(u"subsub"_s, 14)
                                             << u"1|(a)|(i)|(ii)|(iii)|(iv)|(v)|(vi)|(vii)|"
                                                "(viii)|(ix)|(x)|(xi)|(xii)|(xiii)|(xiv)"_s;
    QTest::newRow("sub bis") << u"op+ sub+ sub sub+"_s << u"1|(a)|(a bis)|(b)"_s;
    QTest::newRow("subsub bis") << u"op+ sub+ subsub+ subsub subsub+"_s
                                << u"1|(a)|(i)|(i bis)|(ii)"_s;
    QTest::newRow("new op with unnumbered subs gets (a), (b)")
        << u"op+ op sub sub op+ sub+ sub+"_s << u"1|1 bis|(a)|(b)|2|(a)|(b)"_s;
    QTest::newRow("new sub with unnumbered subsubs gets (i), (ii)")
        << u"op+ sub+ subsub+ sub subsub subsub"_s << u"1|(a)|(i)|(a bis)|(i)|(ii)"_s;
    QTest::newRow("narrative sequence separate from operative")
        << u"op para op para"_s << u"1|1|2|2"_s;
    QTest::newRow("narrative baseline independent of operative")
        << u"para+ op para op"_s << u"1|1|1 bis|2"_s;
    QTest::newRow("kinds referred to by position have no label")
        << u"heading chapeau pp pp op"_s << u"||||1"_s;
    QTest::newRow("subs under a preambular paragraph") << u"pp sub sub"_s << u"|(a)|(b)"_s;
    QTest::newRow("letters restart under a preambular paragraph")
        << u"op sub pp sub"_s << u"1|(a)||(a)"_s;
}

void TestNumbering::labels()
{
    QFETCH(QString, structure);
    QFETCH(QString, labels);
    Document document;
    QVERIFY2(build(structure, document), qPrintable(structure));
    QCOMPARE(describe(document, Part::Label), labels);
}

void TestNumbering::references_data()
{
    QTest::addColumn<QString>("structure");
    QTest::addColumn<QString>("references");

    QTest::newRow("by position") << u"heading chapeau pp pp heading chapeau pp"_s
                                 << u"H1|CH1|PP1|PP2|H2|CH2|PP3"_s;
    QTest::newRow("operative, compact form")
        << u"op+ op sub+ subsub+ subsub sub op+"_s
        << u"OP1|OP1bis|OP1bis(a)|OP1bis(a)(i)|OP1bis(a)(ibis)|OP1bis(abis)|OP2"_s;
    QTest::newRow("operative before the first numbered") << u"op op+"_s << u"OP0bis|OP1"_s;
    QTest::newRow("operative -11") << u"op+ "_s + repeated(u"op"_s, 10)
                                   << u"OP1|OP1bis|OP1ter|OP1quater|OP1quinquies|OP1sexies|"
                                      "OP1septies|OP1octies|OP1novies|OP1decies|OP1-11"_s;
    QTest::newRow("narrative") << u"para para+ para"_s << u"P0bis|P1|P1bis"_s;
    QTest::newRow("subs of a preambular paragraph")
        << u"pp pp sub subsub"_s << u"PP1|PP2|PP2(a)|PP2(a)(i)"_s;
}

void TestNumbering::references()
{
    QFETCH(QString, structure);
    QFETCH(QString, references);
    Document document;
    QVERIFY2(build(structure, document), qPrintable(structure));
    QCOMPARE(describe(document, Part::Reference), references);
}

void TestNumbering::citations_data()
{
    QTest::addColumn<QString>("structure");
    QTest::addColumn<QString>("citations");

    QTest::newRow("operative, sub, subsub")
        << u"op+ op op+ sub sub subsub"_s << u"1|1 bis|2|2 (a)|2 (b)|2 (b) (i)"_s;
    QTest::newRow("sub bis") << u"op+ sub+ sub"_s << u"1|1 (a)|1 (a bis)"_s;
    QTest::newRow("by position") << u"heading chapeau pp pp para"_s << u"H1|CH1|PP1|PP2|1"_s;
}

void TestNumbering::citations()
{
    QFETCH(QString, structure);
    QFETCH(QString, citations);
    Document document;
    QVERIFY2(build(structure, document), qPrintable(structure));
    QCOMPARE(describe(document, Part::Citation), citations);
}

void TestNumbering::parents_data()
{
    QTest::addColumn<QString>("structure");
    QTest::addColumn<QString>("parents");

    QTest::newRow("op, pp and para")
        << u"op sub subsub sub pp sub para sub"_s << u"-1|0|1|0|-1|4|-1|6"_s;
    QTest::newRow("orphans") << u"heading sub subsub"_s << u"-1|-1|1"_s;
}

void TestNumbering::parents()
{
    QFETCH(QString, structure);
    QFETCH(QString, parents);
    Document document;
    QVERIFY2(build(structure, document), qPrintable(structure));
    QCOMPARE(describe(document, Part::Parent), parents);
}

void TestNumbering::find_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("index");

    // The document of find():
    //  0 H1  1 CH1  2 PP1  3 PP2  4 PP3  5 OP1  6 OP2  7 OP3  8 OP4  9 OP5  10 OP5(a)
    //  11 OP5(a)(i)  12 OP5(a)(ii)  13 OP5(abis)  14 OP5bis  15 H2  16 P1 … 19 P4
    QTest::newRow("OP5") << u"OP5"_s << 9;
    QTest::newRow("OP5bis") << u"OP5bis"_s << 14;
    QTest::newRow("OP5 bis") << u"OP5 bis"_s << 14;
    QTest::newRow("op5bis") << u"op5bis"_s << 14;
    QTest::newRow("Op5Bis") << u"Op5Bis"_s << 14;
    QTest::newRow("surrounding spaces") << u"  OP5 "_s << 9;
    QTest::newRow("final full stop") << u"OP5."_s << 9;
    QTest::newRow("OP5(a)") << u"OP5(a)"_s << 10;
    QTest::newRow("OP5 (a)") << u"OP5 (a)"_s << 10;
    QTest::newRow("OP5(a)(ii)") << u"OP5(a)(ii)"_s << 12;
    QTest::newRow("OP5 (a) (ii)") << u"OP5 (a) (ii)"_s << 12;
    QTest::newRow("OP5(A)(II)") << u"OP5(A)(II)"_s << 12;
    QTest::newRow("OP5(a bis)") << u"OP5(a bis)"_s << 13;
    QTest::newRow("OP5(abis)") << u"OP5(abis)"_s << 13;
    QTest::newRow("PP3") << u"PP3"_s << 4;
    QTest::newRow("pp 3") << u"pp 3"_s << 4;
    QTest::newRow("P4") << u"P4"_s << 19;
    QTest::newRow("H2") << u"H2"_s << 15;
    QTest::newRow("CH1") << u"CH1"_s << 1;
    QTest::newRow("#id") << u"#id09"_s << 9;
    QTest::newRow("id") << u"id09"_s << 9;
    QTest::newRow("#ID in capitals") << u"#ID14"_s << 14;
    QTest::newRow("unknown OP6") << u"OP6"_s << -1;
    QTest::newRow("unknown OP5ter") << u"OP5ter"_s << -1;
    QTest::newRow("unknown OP5(c)") << u"OP5(c)"_s << -1;
    QTest::newRow("unknown PP4") << u"PP4"_s << -1;
    QTest::newRow("unknown P5") << u"P5"_s << -1;
    QTest::newRow("unknown CH2") << u"CH2"_s << -1;
    QTest::newRow("unknown identifier") << u"#zzzz9999"_s << -1;
    QTest::newRow("number alone") << u"5"_s << -1;
    QTest::newRow("kind alone") << u"OP"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestNumbering::find()
{
    QFETCH(QString, reference);
    QFETCH(int, index);
    Document document;
    QVERIFY(build(u"heading chapeau pp pp pp op+ op+ op+ op+ op+ sub+ subsub+ subsub+ sub op "
                  "heading para para para para"_s,
                  document));
    QCOMPARE(Numbering(document).find(reference), qsizetype(index));
}

void TestNumbering::identifierWinsOverReferenceWithHash()
{
    // A hand-written identifier may look like a reference: "#op10" is the identifier, while
    // "OP10" is the tenth operative paragraph.
    Document document;
    QVERIFY(build(repeated(u"op"_s, 10), document));
    document.paragraphs[0].id = u"op10"_s;
    const Numbering numbering(document);
    QCOMPARE(numbering.find(u"#op10"_s), qsizetype(0));
    QCOMPARE(numbering.find(u"OP10"_s), qsizetype(9));
    QCOMPARE(numbering.find(u"id09"_s), qsizetype(9));
}

void TestNumbering::insertionSuffix_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("0: none") << 0 << QString();
    QTest::newRow("1: bis") << 1 << u"bis"_s;
    QTest::newRow("2: ter") << 2 << u"ter"_s;
    QTest::newRow("3: quater") << 3 << u"quater"_s;
    QTest::newRow("9: decies") << 9 << u"decies"_s;
    QTest::newRow("10: -11") << 10 << u"-11"_s;
    QTest::newRow("11: -12") << 11 << u"-12"_s;
}

void TestNumbering::insertionSuffix()
{
    QFETCH(int, n);
    QFETCH(QString, suffix);
    QCOMPARE(Numbering::insertionSuffix(n), suffix);
}

void TestNumbering::letterAndRoman_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("roman");
    QTest::newRow("1") << 1 << u"a"_s << u"i"_s;
    QTest::newRow("4") << 4 << u"d"_s << u"iv"_s;
    QTest::newRow("9") << 9 << u"i"_s << u"ix"_s;
    QTest::newRow("14") << 14 << u"n"_s << u"xiv"_s;
    QTest::newRow("26") << 26 << u"z"_s << u"xxvi"_s;
    QTest::newRow("27") << 27 << u"aa"_s << u"xxvii"_s;
    QTest::newRow("40") << 40 << u"nn"_s << u"xl"_s;
    QTest::newRow("53") << 53 << u"aaa"_s << u"liii"_s;
    QTest::newRow("78") << 78 << QStringLiteral("zzz") << u"lxxviii"_s;
    QTest::newRow("1994: letters never grow past three") << 1994 << u"1994"_s << u"mcmxciv"_s;
}

void TestNumbering::letterAndRoman()
{
    QFETCH(int, n);
    QFETCH(QString, letter);
    QFETCH(QString, roman);
    QCOMPARE(Numbering::letter(n), letter);
    QCOMPARE(Numbering::roman(n), roman);
}

void TestNumbering::renumber()
{
    Document document;
    QVERIFY(build(u"pp op+ op op+ sub+ sub subsub"_s, document));
    QCOMPARE(describe(document, Part::Label), u"|1|1 bis|2|(a)|(a bis)|(i)"_s);

    QCOMPARE(document.renumber(), 3); // op, sub and subsub join; pp is never numbered
    QCOMPARE(describe(document, Part::Label), u"|1|2|3|(a)|(b)|(i)"_s);
    QCOMPARE(describe(document, Part::Reference), u"PP1|OP1|OP2|OP3|OP3(a)|OP3(b)|OP3(b)(i)"_s);
    QCOMPARE(document.paragraphs[0].numbered, false);
    for (qsizetype i = 1; i < document.paragraphs.size(); ++i)
        QVERIFY(document.paragraphs[i].numbered);

    QCOMPARE(document.renumber(), 0);
    QCOMPARE(describe(document, Part::Label), u"|1|2|3|(a)|(b)|(i)"_s);
}

void TestNumbering::crossReferenceFollowsTheIdentifier()
{
    Document document;
    QVERIFY(build(u"op+ op op+ sub+ sub op+"_s, document));
    document.paragraphs[5].text = u"as in paragraphs {#id01} and {#id04}, not {#id00}"_s;
    QCOMPARE(displayed(document, 5), u"as in paragraphs 1 bis and 2 (a bis), not 1"_s);

    document.renumber();
    QCOMPARE(displayed(document, 5), u"as in paragraphs 2 and 3 (b), not 1"_s);

    // Moving a paragraph moves its number, and the reference goes with it.
    document.paragraphs.move(1, 0);
    QCOMPARE(displayed(document, 5), u"as in paragraphs 1 and 3 (b), not 2"_s);
}

void TestNumbering::clean_data()
{
    QTest::addColumn<QString>("structure");
    QTest::addColumn<QStringList>("remaining");
    QTest::addColumn<QString>("labels"); // after clean()

    QTest::newRow("nothing deleted")
        << u"op sub"_s << QStringList{u"id00"_s, u"id01"_s} << u"1|(a)"_s;
    QTest::newRow("deleted op with its subs and subsubs")
        << u"op+ op~+ sub+ subsub+ sub+ op+"_s << QStringList{u"id00"_s, u"id05"_s} << u"1|2"_s;
    QTest::newRow("deleted sub with its subsubs, not its siblings")
        << u"op+ sub~+ subsub+ subsub+ sub+"_s << QStringList{u"id00"_s, u"id04"_s} << u"1|(a)"_s;
    QTest::newRow("deleted subsub alone")
        << u"op sub subsub~ subsub"_s << QStringList{u"id00"_s, u"id01"_s, u"id03"_s}
        << u"1|(a)|(i)"_s;
    QTest::newRow("deleted pp with its subs")
        << u"pp~ sub op"_s << QStringList{u"id02"_s} << u"1"_s;
    QTest::newRow("consecutive deleted paragraphs")
        << u"op~+ sub op~+ op+"_s << QStringList{u"id03"_s} << u"1"_s;
    QTest::newRow("deleted last paragraph") << u"para para~"_s << QStringList{u"id00"_s} << u"1"_s;
}

void TestNumbering::clean()
{
    QFETCH(QString, structure);
    QFETCH(QStringList, remaining);
    QFETCH(QString, labels);
    Document document;
    QVERIFY2(build(structure, document), qPrintable(structure));
    const int before = int(document.paragraphs.size());

    QCOMPARE(document.paragraphsToClean().size(), before - remaining.size());
    QCOMPARE(document.clean(), before - remaining.size());
    QCOMPARE(ids(document), remaining);
    QCOMPARE(describe(document, Part::Label), labels);
    QCOMPARE(document.clean(), 0);
}

void TestNumbering::cleanBlockers_data()
{
    QTest::addColumn<QString>("structure");
    QTest::addColumn<int>("referring");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("blockers"); // "referring->removed"

    QTest::newRow("reference to a deleted paragraph")
        << u"op+ op~+ op+"_s << 2 << u"see {#id01}"_s << u"2->1"_s;
    QTest::newRow("reference to a sub of a deleted paragraph")
        << u"op~ sub op"_s << 2 << u"see {#id01}"_s << u"2->1"_s;
    QTest::newRow("two references, one to a removed paragraph")
        << u"op op~ op"_s << 0 << u"{#id02} and {#id01}"_s << u"0->1"_s;
    QTest::newRow("reference from a removed paragraph")
        << u"op~ sub op"_s << 1 << u"see {#id00}"_s << QString();
    QTest::newRow("reference to a kept paragraph")
        << u"op op~"_s << 1 << u"see {#id00}"_s << QString();
    QTest::newRow("reference to a missing paragraph")
        << u"op op~"_s << 0 << u"see {#zzzz9999}"_s << QString();
}

void TestNumbering::cleanBlockers()
{
    QFETCH(QString, structure);
    QFETCH(int, referring);
    QFETCH(QString, text);
    QFETCH(QString, blockers);
    Document document;
    QVERIFY2(build(structure, document), qPrintable(structure));
    document.paragraphs[referring].text = text;

    QStringList found;
    for (const Document::CleanBlocker &b : document.cleanBlockers())
        found.append(u"%1->%2"_s.arg(b.referring).arg(b.removed));
    QCOMPARE(found.join(u' '), blockers);
}

QTEST_GUILESS_MAIN(TestNumbering)

#include "tst_numbering.moc"
