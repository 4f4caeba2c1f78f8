// A text is issued as final only when nothing is left open: each kind of blocker is found, named
// with its paragraph, and a clean text has none.

#include "document/documentreader.h"
#include "export/finalisecheck.h"
#include "spelling/spellchecker.h"

#include <QTest>

using namespace plenary;
using namespace Qt::StringLiterals;
using Kind = FinaliseBlocker::Kind;

namespace {

const QByteArray kHeader = "format: plenary 1\ntitle: Final Declaration\nkind: declaration\n"
                           "language: en\nsymbol: TEST/2026/L.1\n\n";

// A clean text: every paragraph agreed, nothing bracketed, every word in the dictionary.
const QByteArray kClean = "chapeau #aaaaaaaa agreed: We, the participating States,\n\n"
                          "pp #bbbbbbbb agreed: *Recalling* our earlier commitments,\n\n"
                          "op #cccccccc agreed numbered: *Decide* to cooperate closely;\n\n"
                          "sub #dddddddd agreed numbered: on borders;\n\n"
                          "op #eeeeeeee agreed numbered: *Request* a report.\n";

Document read(const QByteArray &body)
{
    const ReadResult result = DocumentReader::read(kHeader + body);
    if (result.hasErrors())
        qFatal("a test text does not read");
    return result.document;
}

QByteArray replaced(const char *before, const char *after)
{
    QByteArray text = kClean;
    if (!text.contains(before))
        qFatal("no '%s' in the clean text", before);
    return text.replace(before, after);
}

SpellChecker english()
{
    auto checker = SpellChecker::forLanguage(u"en"_s);
    if (!checker)
        qFatal("the en_US dictionary is missing: install hunspell-en-us");
    return std::move(checker.value());
}

} // namespace

class TestFinaliseCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanTextHasNoBlocker()
    {
        const Document document = read(kClean);
        SpellChecker spelling = english();
        CommentLog comments;
        const CommentAuthor who{u"A. Drafter"_s, u"a@example.org"_s, u"EU"_s};
        const QString id =
            comments.addComment(who, u"cccccccc"_s, std::nullopt, u"Fine?"_s).value();
        QVERIFY(comments.resolve(who, id));
        const QList<FinaliseBlocker> blockers = FinaliseCheck::run(document, &comments, &spelling);
        QVERIFY2(blockers.isEmpty(), qPrintable(blockers.value(0).toString()));
    }

    void blocker_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");

        QTest::newRow("square brackets")
            << replaced("to cooperate closely", "to [cooperate] [closely]") << int(Kind::Brackets)
            << u"OP1: 2 square brackets left"_s;
        QTest::newRow("one square bracket")
            << replaced("on borders;", "on [land] borders;") << int(Kind::Brackets)
            << u"OP1(a): 1 square bracket left"_s;
        QTest::newRow("alternatives")
            << replaced("a report.", "[Alt 1 (EU): a report][Alt 2 (RU): an update].")
            << int(Kind::Alternatives) << u"OP2: 2 alternatives left"_s;
        QTest::newRow("proposed paragraph")
            << replaced("#bbbbbbbb agreed", "#bbbbbbbb proposed") << int(Kind::NotAgreed)
            << u"PP1: paragraph not agreed (proposed)"_s;
        QTest::newRow("agreed ad referendum")
            << replaced("#eeeeeeee agreed", "#eeeeeeee adref") << int(Kind::NotAgreed)
            << u"OP2: paragraph not agreed (agreed ad referendum)"_s;
        QTest::newRow("deleted paragraph not cleaned")
            << replaced("#eeeeeeee agreed", "#eeeeeeee deleted") << int(Kind::DeletedNotCleaned)
            << u"OP2: deleted paragraph not yet cleaned from the text"_s;
        QTest::newRow("spelling error")
            << replaced("cooperate closely", "cooperate clossely") << int(Kind::Spelling)
            << u"OP1: misspelled word 'clossely'"_s;
    }

    void blocker()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        SpellChecker spelling = english();
        const QList<FinaliseBlocker> blockers = FinaliseCheck::run(read(text), nullptr, &spelling);
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(int(blockers[0].kind), kind);
        QCOMPARE(blockers[0].toString(), expected);
    }

    // The reader refuses such a text; a document built in code may still hold one.
    void unbalancedBracket()
    {
        Document document = read(kClean);
        document.paragraphs[3].text = u"on [borders;"_s;
        const QList<FinaliseBlocker> blockers = FinaliseCheck::run(document, nullptr, nullptr);
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(blockers[0].kind, Kind::Brackets);
        QCOMPARE(blockers[0].toString(), u"OP1(a): 1 unbalanced square bracket"_s);
    }

    void openComment()
    {
        CommentLog comments;
        const CommentAuthor who{u"A. Drafter"_s, u"a@example.org"_s, u"EU"_s};
        QVERIFY(comments.addComment(who, u"dddddddd"_s, std::nullopt, u"Which borders?"_s));
        const QList<FinaliseBlocker> blockers =
            FinaliseCheck::run(read(kClean), &comments, nullptr);
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(blockers[0].kind, Kind::OpenComment);
        QCOMPARE(blockers[0].toString(), u"OP1(a): open comment by A. Drafter (EU)"_s);
    }

    void misspelledTitle()
    {
        Document document = read(kClean);
        document.header.title = u"Final Declaratoin"_s;
        SpellChecker spelling = english();
        const QList<FinaliseBlocker> blockers = FinaliseCheck::run(document, nullptr, &spelling);
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(blockers[0].toString(), u"title: misspelled word 'Declaratoin'"_s);
    }

    void blockersInTextOrder()
    {
        QByteArray text = replaced("#eeeeeeee agreed", "#eeeeeeee proposed");
        text.replace("#bbbbbbbb agreed", "#bbbbbbbb adref");
        const QList<FinaliseBlocker> blockers = FinaliseCheck::run(read(text), nullptr, nullptr);
        QCOMPARE(blockers.size(), 2);
        QCOMPARE(blockers[0].reference, u"PP1"_s);
        QCOMPARE(blockers[1].reference, u"OP2"_s);
    }
};

QTEST_GUILESS_MAIN(TestFinaliseCheck)
#include "tst_finalisecheck.moc"
