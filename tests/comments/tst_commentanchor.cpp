#include "comments/commentanchor.h"
#include "comments/commentlog.h"
#include "document/documentreader.h"
#include "document/numbering.h"

#include <QTest>

using namespace plenary;

namespace {

const QByteArray kText = R"(format: plenary 1
title: Anchoring
kind: declaration
language: en

pp #pp000001 agreed: *Recognizing* the role of border communities,

op #op000001 agreed numbered: *Calls upon* all States to strengthen border management;

op #op000002 proposed: *Encourages* the exchange of information among border agencies, and the exchange of good practices;

op #op000003 proposed numbered: *Invites* donors to contribute;

op #op000004 proposed numbered: *Requests* the Secretariat to report.
)";

const QByteArray kOp2Line =
    "op #op000002 proposed: *Encourages* the exchange of information among border agencies, and "
    "the exchange of good practices;\n\n";

Document read(const QByteArray &text)
{
    const ReadResult r = DocumentReader::read(text);
    if (r.hasErrors())
        qFatal("test document does not read: %s", qPrintable(r.diagnostics.first().message));
    return r.document;
}

} // namespace

Q_DECLARE_METATYPE(CommentAnchor::State)

class TestCommentAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reanchorsAfterEdits_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrence"); // which occurrence of the quote was selected
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("operation"); // after the replacement: renumber, clean
        QTest::addColumn<CommentAnchor::State>("state");
        QTest::addColumn<QString>("span"); // what the anchor covers now
        QTest::addColumn<QString>("reference");

        const QString q = QStringLiteral("the exchange of information among border agencies");
        using S = CommentAnchor::State;
        QTest::newRow("unchanged") << q << 0 << QByteArray() << QByteArray() << QString()
                                   << S::Exact << q << QStringLiteral("OP1bis");
        QTest::newRow("edit before the quote")
            << q << 0 << QByteArray("*Encourages* the exchange")
            << QByteArray("*Strongly encourages* the exchange") << QString() << S::Exact << q
            << QStringLiteral("OP1bis");
        QTest::newRow("edit after the quote")
            << q << 0 << QByteArray("agencies, and the")
            << QByteArray("agencies and with neighbouring States, and the") << QString() << S::Exact
            << q << QStringLiteral("OP1bis");
        QTest::newRow("edit inside the quote")
            << q << 0 << QByteArray("exchange of information")
            << QByteArray("exchange of relevant information") << QString() << S::Fuzzy
            << QStringLiteral("the exchange of relevant information among border agencies")
            << QStringLiteral("OP1bis");
        QTest::newRow("quote rewritten beyond the threshold")
            << q << 0 << QByteArray("information among border agencies")
            << QByteArray("data between the customs services of neighbouring States") << QString()
            << S::TextChanged << QString() << QStringLiteral("OP1bis");
        QTest::newRow("quote deleted")
            << q << 0 << QByteArray("the exchange of information among border agencies, and ")
            << QByteArray() << QString() << S::TextChanged << QString() << QStringLiteral("OP1bis");
        QTest::newRow("second occurrence kept by its context")
            << QStringLiteral("the exchange") << 1 << QByteArray("*Encourages* ")
            << QByteArray("*Encourages* in particular ") << QString() << S::Exact
            << QStringLiteral("the exchange") << QStringLiteral("OP1bis");
        const QByteArray op3 =
            "op #op000003 proposed numbered: *Invites* donors to contribute;\n\n";
        QTest::newRow("paragraph moved") << q << 0 << kOp2Line + op3 << op3 + kOp2Line << QString()
                                         << S::Exact << q << QStringLiteral("OP2bis");
        QTest::newRow("paragraph moved after the last")
            << q << 0 << kOp2Line << QByteArray() << QStringLiteral("append") << S::Exact << q
            << QStringLiteral("OP3bis");
        QTest::newRow("paragraph renumbered")
            << q << 0 << QByteArray() << QByteArray() << QStringLiteral("renumber") << S::Exact << q
            << QStringLiteral("OP2");
        QTest::newRow("paragraph marked deleted stays anchored")
            << q << 0 << QByteArray("#op000002 proposed:") << QByteArray("#op000002 deleted:")
            << QString() << S::Exact << q << QStringLiteral("OP1bis");
        QTest::newRow("paragraph cleaned away")
            << q << 0 << QByteArray("#op000002 proposed:") << QByteArray("#op000002 deleted:")
            << QStringLiteral("clean") << S::Orphaned << QString() << QString();
        QTest::newRow("paragraph removed by hand")
            << q << 0 << kOp2Line << QByteArray() << QString() << S::Orphaned << QString()
            << QString();
        QTest::newRow("whole paragraph")
            << QString() << 0 << QByteArray("information") << QByteArray("data") << QString()
            << S::Paragraph << QString() << QStringLiteral("OP1bis");
    }

    void reanchorsAfterEdits()
    {
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, operation);
        QFETCH(CommentAnchor::State, state);
        QFETCH(QString, span);
        QFETCH(QString, reference);

        const Document before = read(kText);
        const QString paragraph = QStringLiteral("op000002");
        const QString original = before.paragraphs[before.indexOf(paragraph)].text;
        std::optional<Quote> captured;
        if (!quote.isEmpty()) {
            qsizetype at = original.indexOf(quote);
            for (int i = 0; i < occurrence; ++i)
                at = original.indexOf(quote, at + 1);
            QVERIFY(at >= 0);
            captured = Quote::capture(original, at, quote.size());
        }
        CommentLog log;
        auto id = log.addComment(
            {QStringLiteral("Pieter Janssens"), QStringLiteral("pj@eu"), QStringLiteral("EU")},
            paragraph, captured, QStringLiteral("Why?"));
        QVERIFY(id.isOk());
        const CommentLog stored = CommentLog::read(log.bytes());
        QCOMPARE(stored.threads().size(), 1);

        QByteArray text = kText;
        if (!from.isEmpty()) {
            QVERIFY(text.contains(from));
            text.replace(from, to);
        }
        if (operation == QLatin1String("append"))
            text += '\n' + kOp2Line.trimmed() + '\n';
        Document after = read(text);
        if (operation == QLatin1String("renumber"))
            after.renumber();
        if (operation == QLatin1String("clean")) {
            QVERIFY(after.cleanBlockers().isEmpty());
            after.clean();
        }

        const CommentAnchor anchor = CommentAnchor::place(stored.threads().first(), after);
        QCOMPARE(anchor.state, state);
        if (state == CommentAnchor::State::Orphaned) {
            QCOMPARE(anchor.paragraphIndex, -1);
            QVERIFY(stored.threads().first().quote == captured); // still readable
            return;
        }
        QVERIFY(anchor.paragraphIndex >= 0);
        QCOMPARE(after.paragraphs[anchor.paragraphIndex].id, paragraph);
        QCOMPARE(Numbering(after).reference(anchor.paragraphIndex), reference);
        const QString current = after.paragraphs[anchor.paragraphIndex].text;
        QCOMPARE(anchor.hasSpan() ? current.mid(anchor.start, anchor.length) : QString(), span);
        if (state == CommentAnchor::State::Fuzzy) {
            QVERIFY(anchor.similarity >= CommentAnchor::kFuzzyThreshold);
            QVERIFY(anchor.similarity < 1.0);
        }
        if (occurrence > 0) // the later occurrence, not the first
            QVERIFY(anchor.start > current.indexOf(quote));
    }

    void similarityThreshold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CommentAnchor::State>("state");
        QTest::addColumn<double>("similarity");
        // The quote is "abcdefghijklmnopqrst", 20 characters; 5 changed is 0.75.
        QTest::newRow("five of twenty changed: found")
            << QStringLiteral("Some words abcdefgh12345nopqrst and more.")
            << CommentAnchor::State::Fuzzy << 0.75;
        QTest::newRow("six of twenty changed: text changed")
            << QStringLiteral("Some words abcdefgh123456opqrst and more.")
            << CommentAnchor::State::TextChanged << 0.0;
        QTest::newRow("one deleted")
            << QStringLiteral("abcdefghijklmopqrst") << CommentAnchor::State::Fuzzy << 0.95;
        QTest::newRow("empty paragraph") << QString() << CommentAnchor::State::TextChanged << 0.0;
    }

    void similarityThreshold()
    {
        QFETCH(QString, text);
        QFETCH(CommentAnchor::State, state);
        QFETCH(double, similarity);
        Quote quote;
        quote.text = QStringLiteral("abcdefghijklmnopqrst");
        const CommentAnchor anchor = CommentAnchor::locate(quote, text);
        QCOMPARE(anchor.state, state);
        QVERIFY(qAbs(anchor.similarity - similarity) < 1e-9);
    }

    void exactMatchNearestTheOldOffsetWithoutContext()
    {
        Quote quote;
        quote.text = QStringLiteral("border");
        quote.offset = 30;
        const QString text = QStringLiteral("border one, border two, border three, border four");
        const CommentAnchor anchor = CommentAnchor::locate(quote, text);
        QCOMPARE(anchor.state, CommentAnchor::State::Exact);
        QCOMPARE(anchor.start, text.indexOf(QLatin1String("border three")));
    }

    void captureCountsCodePointsAndKeepsContext()
    {
        const QString text = QStringLiteral("\U0001D504\U0001D505 states strengthen borders");
        const Quote q = Quote::capture(text, text.indexOf(QLatin1String("strengthen")), 10);
        QCOMPARE(q.text, QStringLiteral("strengthen"));
        QCOMPARE(q.offset, 10); // two letters outside the BMP count one each
        QCOMPARE(q.before, QStringLiteral("\U0001D504\U0001D505 states "));
        QCOMPARE(q.after, QStringLiteral(" borders"));
        const QString longText = QString(100, QLatin1Char('x')) + QStringLiteral("quote") +
                                 QString(100, QLatin1Char('y'));
        const Quote l = Quote::capture(longText, 100, 5);
        QCOMPARE(l.before.size(), Quote::kContextLength);
        QCOMPARE(l.after.size(), Quote::kContextLength);
    }
};

QTEST_GUILESS_MAIN(TestCommentAnchor)
#include "tst_commentanchor.moc"
