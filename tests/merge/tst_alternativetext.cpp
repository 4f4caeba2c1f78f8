#include "document/paragraphmarkup.h"
#include "merge/alternativetext.h"

#include <QTest>

using namespace plenary;

namespace {

const MergeSides kSides{QStringLiteral("EU"), QStringLiteral("RU")};

// The outermost alternatives of a text, in order.
QList<Alternative> outer(const ParagraphMarkup &m)
{
    QList<Alternative> out;
    for (const Alternative &a : m.alternatives)
        if (m.spans[a.span].depth == 1)
            out.append(a);
    return out;
}

} // namespace

class TestAlternativeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data()
    {
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("expected");

        QTest::newRow("one word differs")
            << "*Calls upon* all States to strengthen border management;"
            << "*Calls upon* all States to enhance border management;"
            << "*Calls upon* all States to [Alt 1 (EU): strengthen] [Alt 2 (RU): enhance] "
               "border management;";
        QTest::newRow("opening words differ")
            << "*Calls upon* all States to act;"
            << "*Urges* all States to act;"
            << "[Alt 1 (EU): *Calls upon*] [Alt 2 (RU): *Urges*] all States to act;";
        QTest::newRow("opening words share a word with the rest")
            << "*Calls upon* States"
            << "*Urges upon* States"
            << "[Alt 1 (EU): *Calls upon*] [Alt 2 (RU): *Urges upon*] States";
        QTest::newRow("words added at the end") << "to act"
                                                << "to act now"
                                                << "to [Alt 1 (EU): act] [Alt 2 (RU): act now]";
        QTest::newRow("bracketed words") << "to [strengthen] border"
                                         << "to [enhance] border"
                                         << "to [Alt 1 (EU): [strengthen]] [Alt 2 (RU): "
                                            "[enhance]] border";
        QTest::newRow("difference inside brackets")
            << "to [strengthen the] border"
            << "to [enhance the] border"
            << "to [Alt 1 (EU): [strengthen the]] [Alt 2 (RU): [enhance the]] border";
        QTest::newRow("existing alternatives on both sides")
            << "[Alt 1 (EU): a] [Alt 2 (RU): b]"
            << "[Alt 1 (EU): a2] [Alt 2 (RU): b]"
            << "[Alt 1 (EU): [Alt 1 (EU): a] [Alt 2 (RU): b]] [Alt 2 (RU): [Alt 1 (EU): a2] "
               "[Alt 2 (RU): b]]";
        QTest::newRow("next to an alternative group")
            << "x [Alt 1: a] [Alt 2: b] y"
            << "x [Alt 1: a] [Alt 2: b] z"
            << "x [Alt 1 (EU): [Alt 1: a] [Alt 2: b] y] [Alt 2 (RU): [Alt 1: a] [Alt 2: b] z]";
        QTest::newRow("before an alternative group")
            << "y [Alt 1: a] [Alt 2: b]"
            << "z [Alt 1: a] [Alt 2: b]"
            << "[Alt 1 (EU): y [Alt 1: a] [Alt 2: b]] [Alt 2 (RU): z [Alt 1: a] [Alt 2: b]]";
        QTest::newRow("cross-references") << "as in paragraph {#op01} above"
                                          << "as in paragraph {#op02} above"
                                          << "as in paragraph [Alt 1 (EU): {#op01}] [Alt 2 "
                                             "(RU): {#op02}] above";
        QTest::newRow("the last word differs, before the semicolon")
            << "*Decide* to cooperate closely;"
            << "*Decide* to cooperate fully;"
            << "*Decide* to cooperate [Alt 1 (EU): closely] [Alt 2 (RU): fully];";
        QTest::newRow("a word before a comma")
            << "*Recalling* resolution 2178, as well as"
            << "*Recalling* resolution 2396, as well as"
            << "*Recalling* resolution [Alt 1 (EU): 2178] [Alt 2 (RU): 2396], as well as";
        QTest::newRow("the final full stop")
            << "*Decide* to remain seized of the matter."
            << "*Decide* to remain actively seized of it."
            << "*Decide* to remain [Alt 1 (EU): seized of the matter] [Alt 2 (RU): actively "
               "seized of it].";
        QTest::newRow("an abbreviation is not cut") << "the U.N."
                                                    << "the U.S."
                                                    << "the [Alt 1 (EU): U.N.] [Alt 2 (RU): U.S.]";
        QTest::newRow("empty text on one side") << ""
                                                << "to act"
                                                << "[Alt 1 (EU):] [Alt 2 (RU): to act]";
    }

    void build()
    {
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(QString, expected);
        const QString text = AlternativeText::build(ours, theirs, kSides);
        QCOMPARE(text, expected);
        const ParagraphMarkup m = ParagraphMarkup::analyse(text);
        QVERIFY(m.problems.isEmpty());
        // The new group is the last one outside every bracket: exactly the two options, ours
        // first, attributed to the two delegations, joined to no other group.
        const QList<Alternative> alternatives = outer(m);
        QVERIFY(alternatives.size() >= 2);
        const Alternative &first = alternatives[alternatives.size() - 2];
        const Alternative &second = alternatives.last();
        QCOMPARE(first.number, 1);
        QCOMPARE(first.delegations, QStringList{QStringLiteral("EU")});
        QCOMPARE(second.number, 2);
        QCOMPARE(second.delegations, QStringList{QStringLiteral("RU")});
        QCOMPARE(first.group, second.group);
        for (qsizetype i = 0; i < alternatives.size() - 2; ++i)
            QVERIFY(alternatives[i].group != first.group);
    }

    void unbalancedTextsAreWrappedWhole()
    {
        // A text with an error is never cut: both whole, the error stays where it was.
        QCOMPARE(AlternativeText::build(QStringLiteral("to [act now"), QStringLiteral("to act now"),
                                        kSides),
                 QStringLiteral("[Alt 1 (EU): to [act now] [Alt 2 (RU): to act now]"));
    }

    void identicalTextsStayAsTheyAre()
    {
        QCOMPARE(AlternativeText::build(QStringLiteral("to act"), QStringLiteral("to act"), kSides),
                 QStringLiteral("to act"));
    }

    void againstRemoval()
    {
        QCOMPARE(AlternativeText::againstRemoval(QStringLiteral("*Invites* donors"), true, kSides),
                 QStringLiteral("[Alt 1 (EU):] [Alt 2 (RU): *Invites* donors]"));
        QCOMPARE(AlternativeText::againstRemoval(QStringLiteral("*Invites* donors"), false, kSides),
                 QStringLiteral("[Alt 1 (EU): *Invites* donors] [Alt 2 (RU):]"));
    }
};

QTEST_GUILESS_MAIN(TestAlternativeText)
#include "tst_alternativetext.moc"
