#include "compare/tokendiff.h"
#include "compare/tokenizer.h"

#include <QTest>

using namespace plenary::compare;

namespace {

// The redline as text: {-deleted-}{+inserted+}.
QString redline(const QString &before, const QString &after, int costLimit = 0)
{
    const TokenDiff diff = TokenDiff::compute(before, after, costLimit);
    QString out;
    for (const TextSegment &s : diff.segments()) {
        switch (s.kind) {
        case SegmentKind::Equal:
            out += QStringView(after).mid(s.newBegin, s.newEnd - s.newBegin);
            break;
        case SegmentKind::Deleted:
            out += QLatin1String("{-") +
                   QStringView(before).mid(s.oldBegin, s.oldEnd - s.oldBegin) + QLatin1String("-}");
            break;
        case SegmentKind::Inserted:
            out += QLatin1String("{+") + QStringView(after).mid(s.newBegin, s.newEnd - s.newBegin) +
                   QLatin1String("+}");
            break;
        }
    }
    return out;
}

QStringList tokens(const QString &text)
{
    QStringList out;
    for (const Token &t : Tokenizer::tokenize(text))
        out.append(text.mid(t.begin, t.length));
    return out;
}

} // namespace

class TestTokenDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("words, spaces, punctuation")
            << QStringLiteral("Calls upon  States, to:")
            << QStringList{"Calls", " ", "upon", "  ", "States", ",", " ", "to", ":"};
        QTest::newRow("each bracket its own token")
            << QStringLiteral("[[enhance]]") << QStringList{"[", "[", "enhance", "]", "]"};
        QTest::newRow("opening words") << QStringLiteral("*Recognizing* that")
                                       << QStringList{"*", "Recognizing", "*", " ", "that"};
        QTest::newRow("inner apostrophe and hyphen")
            << QStringLiteral("States’ co-operation - and")
            << QStringList{"States", "’", " ", "co-operation", " ", "-", " ", "and"};
        QTest::newRow("cross-reference whole") << QStringLiteral("paragraph {#8x2mfa7c}.")
                                               << QStringList{"paragraph", " ", "{#8x2mfa7c}", "."};
        QTest::newRow("not a cross-reference")
            << QStringLiteral("{#AB}") << QStringList{"{", "#", "AB", "}"};
        QTest::newRow("Chinese per character")
            << QStringLiteral("加强合作。") << QStringList{"加", "强", "合", "作", "。"};
        QTest::newRow("Cyrillic") << QStringLiteral("Призывает государства")
                                  << QStringList{"Призывает", " ", "государства"};
        QTest::newRow("numbers and parentheses")
            << QStringLiteral("2178 (2014)") << QStringList{"2178", " ", "(", "2014", ")"};
    }

    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(tokens(text), expected);
        QCOMPARE(tokens(text).join(QString()), text);
    }

    void redline_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << "to strengthen cooperation"
                                   << "to strengthen cooperation"
                                   << "to strengthen cooperation";
        QTest::newRow("one word replaced") << "to strengthen cooperation"
                                           << "to enhance cooperation"
                                           << "to {-strengthen-}{+enhance+} cooperation";
        QTest::newRow("phrase inserted next to a comma")
            << "to counter terrorism must comply"
            << "to counter terrorism, including at borders, must comply"
            << "to counter terrorism{+, including at borders,+} must comply";
        QTest::newRow("word inserted starts with the word") << "a big step"
                                                            << "a very big step"
                                                            << "a {+very +}big step";
        QTest::newRow("bracket opened") << "to strengthen cooperation"
                                        << "to [strengthen] cooperation"
                                        << "to {+[+}strengthen{+]+} cooperation";
        QTest::newRow("bracket closed") << "to [strengthen] cooperation"
                                        << "to strengthen cooperation"
                                        << "to {-[-}strengthen{-]-} cooperation";
        QTest::newRow("alternatives added")
            << "to strengthen cooperation"
            << "to [Alt 1 (EU): strengthen] [Alt 2 (RU): enhance] cooperation"
            << "to {-strengthen-}{+[Alt 1 (EU): strengthen] [Alt 2 (RU): enhance]+} cooperation";
        QTest::newRow("no confetti: short common words fold into the phrase")
            << "the exchange of information on the movement of terrorists"
            << "the sharing of data about the travel of fighters"
            << "the {-exchange of information on the movement of terrorists-}{+sharing of data "
               "about the travel of fighters+}";
        QTest::newRow("long common stretch stays")
            << "shall strengthen the regional cooperation of States"
            << "shall enhance the regional cooperation of all States"
            << "shall {-strengthen-}{+enhance+} the regional "
               "cooperation of {+all +}States";
        QTest::newRow("Cyrillic") << "укреплять трансграничное сотрудничество"
                                  << "расширять трансграничное сотрудничество"
                                  << "{-укреплять-}{+расширять+} трансграничное сотрудничество";
        QTest::newRow("Arabic") << "تعزيز التعاون الإقليمي في مجال الحدود"
                                << "تعزيز التعاون الدولي في مجال الحدود"
                                << "تعزيز التعاون {-الإقليمي-}{+الدولي+} في مجال الحدود";
        QTest::newRow("Chinese") << "加强边境管理合作"
                                 << "加强边境安全合作"
                                 << "加强边境{-管理-}{+安全+}合作";
        QTest::newRow("from empty") << ""
                                    << "new text"
                                    << "{+new text+}";
        QTest::newRow("to empty") << "old text"
                                  << ""
                                  << "{-old text-}";
        QTest::newRow("cross-reference changed")
            << "referred to in paragraph {#mx9xf3gc} above"
            << "referred to in paragraph {#ss2mek72} above"
            << "referred to in paragraph {-{#mx9xf3gc}-}{+{#ss2mek72}+} above";
    }

    void redline()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(::redline(before, after), expected);
    }

    void counts()
    {
        const TokenDiff diff = TokenDiff::compute(u"to strengthen [timely] cooperation",
                                                  u"to [enhance] cooperation 加强");
        QCOMPARE(diff.counts().wordsDeleted, 2);  // strengthen, timely
        QCOMPARE(diff.counts().wordsInserted, 3); // enhance, 加, 强
        QVERIFY(!diff.isBounded());
    }

    // A text rewritten beyond the cost limit still gives a correct redline, and says so.
    void boundedRewriteStaysCorrect()
    {
        QString before, after;
        for (int i = 0; i < 4000; ++i) {
            before += QStringLiteral("alpha%1 ").arg(i);
            after += QStringLiteral("beta%1 ").arg(i % 97);
        }
        const TokenDiff diff = TokenDiff::compute(before, after, 16);
        QVERIFY(diff.isBounded());
        QString oldText, newText;
        for (const TextSegment &s : diff.segments()) {
            if (s.kind != SegmentKind::Inserted)
                oldText += QStringView(before).mid(s.oldBegin, s.oldEnd - s.oldBegin);
            if (s.kind != SegmentKind::Deleted)
                newText += QStringView(after).mid(s.newBegin, s.newEnd - s.newBegin);
        }
        QCOMPARE(oldText, before);
        QCOMPARE(newText, after);
    }
};

QTEST_GUILESS_MAIN(TestTokenDiff)
#include "tst_tokendiff.moc"
