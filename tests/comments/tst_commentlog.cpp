#include "comments/commentlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace plenary;

namespace {

const CommentAuthor kEu{QStringLiteral("Pieter Janssens"), QStringLiteral("pj@eeas.europa.eu"),
                        QStringLiteral("EU")};
const CommentAuthor kHost{QStringLiteral("Dilnoza Karimova"),
                          QStringLiteral("dilnoza.karimova@mfa.uz"), QStringLiteral("UZ")};
const CommentAuthor kOsce{QStringLiteral("Katharina Brandt"), QStringLiteral("kb@osce.org"),
                          QStringLiteral("OSCE")};

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

// Everything a reader of the folded comments sees, as text, to compare two folds.
QString summary(const CommentLog &log)
{
    QString s;
    for (const CommentThread &t : log.threads()) {
        s += t.id + u' ' + t.paragraphId + u' ' + t.delegation + u' ' + t.body + u' ' +
             (t.quote ? t.quote->text : QString()) + u' ' +
             (t.resolved ? QStringLiteral("resolved by ") + t.resolvedBy : QStringLiteral("open")) +
             u'\n';
        for (const CommentReply &r : t.replies)
            s += QStringLiteral("  ") + r.id + u' ' + r.delegation + u' ' + r.body + u'\n';
    }
    return s;
}

QList<QByteArray> lines(const QByteArray &bytes)
{
    QList<QByteArray> result = bytes.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

class TestCommentLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineFormIsFixedAndReadable()
    {
        CommentEvent e;
        e.id = QStringLiteral("c7k2m9xq");
        e.type = CommentEvent::Type::Comment;
        e.time = at("2026-11-04T15:20:00+01:00");
        e.delegation = QStringLiteral("EU");
        e.author = QStringLiteral("Pieter Janssens");
        e.email = QStringLiteral("pj@eeas.europa.eu");
        e.paragraphId = QStringLiteral("5e8c4skx");
        e.quote = Quote{QStringLiteral("API and PNR data"), QStringLiteral("analyse "),
                        QStringLiteral(" in"), 71};
        e.body = QStringLiteral("Keep \"ICAO\" — and\nthe C:\\ path\tlike this.");
        QCOMPARE(
            e.toLine(),
            QByteArray(
                "{\"id\":\"c7k2m9xq\",\"event\":\"comment\",\"time\":\"2026-11-04T15:20:00+01:00\","
                "\"delegation\":\"EU\",\"author\":\"Pieter "
                "Janssens\",\"email\":\"pj@eeas.europa.eu\","
                "\"paragraph\":\"5e8c4skx\",\"quote\":\"API and PNR data\",\"at\":71,"
                "\"before\":\"analyse \",\"after\":\" in\","
                "\"body\":\"Keep \\\"ICAO\\\" — and\\nthe C:\\\\ path\\tlike this.\"}"));
        QString error;
        const auto back = CommentEvent::fromLine(e.toLine(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toLine(), e.toLine());
        QCOMPARE(back->body, e.body);
        QCOMPARE(back->time, e.time);
        QCOMPARE(back->time.offsetFromUtc(), 3600);

        CommentEvent r;
        r.id = QStringLiteral("r2m4k8wd");
        r.type = CommentEvent::Type::Resolve;
        r.target = e.id;
        r.time = at("2026-11-13T17:29:30.250+05:00");
        r.delegation = QStringLiteral("UZ");
        r.author = QStringLiteral("Dilnoza Karimova");
        r.email = QStringLiteral("dk@mfa.uz");
        QCOMPARE(r.toLine(),
                 QByteArray("{\"id\":\"r2m4k8wd\",\"event\":\"resolve\",\"target\":\"c7k2m9xq\","
                            "\"time\":\"2026-11-13T17:29:30.250+05:00\",\"delegation\":\"UZ\","
                            "\"author\":\"Dilnoza Karimova\",\"email\":\"dk@mfa.uz\"}"));
    }

    void roundTripOfAThread()
    {
        CommentLog log;
        const QString text = QStringLiteral("establish passenger information units with the "
                                            "capability to collect API and PNR data");
        const qsizetype start = text.indexOf(QLatin1String("API and PNR"));
        auto id = log.addComment(kEu, QStringLiteral("5e8c4skx"), Quote::capture(text, start, 11),
                                 QStringLiteral("Should this refer to ICAO?\nSecond line: «ça»."),
                                 at("2026-11-04T15:20:00+01:00"));
        QVERIFY(id.isOk());
        auto reply = log.reply(kHost, id.value(), QStringLiteral("Both alternatives stay."),
                               at("2026-11-06T17:00:00+05:00"));
        QVERIFY(reply.isOk());
        QVERIFY(log.edit(kEu, id.value(), QStringLiteral("Should this refer to ICAO standards?"),
                         at("2026-11-06T14:00:00+01:00"))
                    .isOk());
        QVERIFY(log.resolve(kHost, id.value(), at("2026-11-13T17:00:00+05:00")).isOk());
        QCOMPARE(log.pending().size(), 4);
        QCOMPARE(lines(log.bytes()).size(), 4);

        const CommentLog back = CommentLog::read(log.bytes());
        QVERIFY(back.diagnostics().isEmpty());
        QCOMPARE(summary(back), summary(log));
        QCOMPARE(back.threads().size(), 1);
        const CommentThread &t = back.threads().first();
        QCOMPARE(t.id, id.value());
        QCOMPARE(t.paragraphId, QStringLiteral("5e8c4skx"));
        QCOMPARE(t.quote->text, QStringLiteral("API and PNR"));
        QCOMPARE(t.quote->before, QStringLiteral(" with the capability to collect "));
        QCOMPARE(t.quote->offset, start);
        QCOMPARE(t.body, QStringLiteral("Should this refer to ICAO standards?"));
        QCOMPARE(t.edited, at("2026-11-06T14:00:00+01:00"));
        QCOMPARE(t.replies.size(), 1);
        QCOMPARE(t.replies.first().id, reply.value());
        QCOMPARE(t.replies.first().delegation, QStringLiteral("UZ"));
        QVERIFY(t.resolved);
        QCOMPARE(t.resolvedBy, QStringLiteral("Dilnoza Karimova"));
        QCOMPARE(t.resolvedByDelegation, QStringLiteral("UZ"));
        QCOMPARE(back.thread(reply.value()), &back.threads().first());
        QCOMPARE(back.openCount(), 0);
        // Each line is one compact JSON object that starts with its identifier.
        for (const QByteArray &line : lines(log.bytes())) {
            QVERIFY(line.startsWith("{\"id\":\""));
            QVERIFY(QJsonDocument::fromJson(line).isObject());
        }
    }

    void actionsCheckTheirTarget()
    {
        CommentLog log;
        auto id = log.addComment(kEu, QStringLiteral("op000001"), std::nullopt,
                                 QStringLiteral("On the whole paragraph."));
        QVERIFY(id.isOk());
        QCOMPARE(log.reply(kHost, QStringLiteral("zzzzzzzz"), QStringLiteral("x")).error().kind,
                 Error::Kind::NotFound);
        QCOMPARE(log.reopen(kHost, id.value()).error().message,
                 QStringLiteral("comment '%1' is open, not resolved").arg(id.value()));
        QVERIFY(log.resolve(kHost, id.value()).isOk());
        QCOMPARE(log.resolve(kHost, id.value()).error().message,
                 QStringLiteral("comment '%1' is already resolved").arg(id.value()));
        QVERIFY(log.reopen(kOsce, id.value()).isOk());
        QVERIFY(log.threads().first().isOpen());
        QVERIFY(log.threads().first().resolvedBy.isEmpty());
        QVERIFY(!log.edit(kHost, id.value(), QStringLiteral("not mine")).isOk());
        QVERIFY(!log.reply(kHost, id.value(), QStringLiteral("  \n ")).isOk());
        QVERIFY(
            !log.addComment(kEu, QStringLiteral("#bad"), std::nullopt, QStringLiteral("x")).isOk());
        QVERIFY(!log.addComment({QString(), QString(), QStringLiteral("EU")},
                                QStringLiteral("op000001"), std::nullopt, QStringLiteral("x"))
                     .isOk());
        auto r = log.reply(kHost, id.value(), QStringLiteral("Answer"));
        QVERIFY(r.isOk());
        QCOMPARE(log.edit(kEu, r.value(), QStringLiteral("x")).error().kind, Error::Kind::Invalid);
        QVERIFY(log.edit(kHost, r.value(), QStringLiteral("Answer, corrected")).isOk());
        QCOMPARE(log.threads().first().replies.first().body, QStringLiteral("Answer, corrected"));
        // Resolve then reopen in the same millisecond still fold in the order they were made.
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(log.resolve(kHost, id.value(), now).isOk());
        QVERIFY(log.reopen(kHost, id.value(), now).isOk());
        QVERIFY(CommentLog::read(log.bytes()).threads().first().isOpen());
    }

    void foldIsIndependentOfLineOrder()
    {
        CommentLog log;
        auto a = log.addComment(kEu, QStringLiteral("op000001"), std::nullopt, QStringLiteral("A"),
                                at("2026-11-04T10:00:00+01:00"));
        auto b = log.addComment(kOsce, QStringLiteral("op000002"), std::nullopt,
                                QStringLiteral("B"), at("2026-11-05T10:00:00+01:00"));
        QVERIFY(log.reply(kHost, a.value(), QStringLiteral("A1")).isOk());
        QVERIFY(log.resolve(kHost, a.value()).isOk());
        QVERIFY(log.reply(kEu, b.value(), QStringLiteral("B1")).isOk());
        QVERIFY(log.reopen(kEu, a.value()).isOk());
        QVERIFY(log.resolve(kOsce, b.value()).isOk());
        const QString expected = summary(log);
        QList<QByteArray> shuffled = lines(log.bytes());
        for (int round = 0; round < 20; ++round) {
            std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
            const CommentLog back = CommentLog::read(shuffled.join('\n') + '\n');
            QCOMPARE(summary(back), expected);
            QVERIFY(back.diagnostics().isEmpty());
        }
        QCOMPARE(log.openCount(), 1);
        CommentLog::Filter open;
        open.state = CommentLog::Filter::State::Open;
        QCOMPARE(log.threads(open).size(), 1);
        QCOMPARE(log.threads(open).first()->id, a.value());
        CommentLog::Filter osce;
        osce.delegation = QStringLiteral("OSCE");
        QCOMPARE(log.threads(osce).first()->id, b.value());
        QCOMPARE(log.threadsOn(QStringLiteral("op000002")).size(), 1);
    }

    void clonesAppendingIndependentlyUnite()
    {
        CommentLog base;
        auto id = base.addComment(kEu, QStringLiteral("op000001"), std::nullopt,
                                  QStringLiteral("Base comment"));
        QVERIFY(id.isOk());
        CommentLog ours = CommentLog::read(base.bytes());
        CommentLog theirs = CommentLog::read(base.bytes());
        QVERIFY(ours.resolve(kHost, id.value()).isOk());
        auto added = ours.addComment(kHost, QStringLiteral("op000002"), std::nullopt,
                                     QStringLiteral("Ours"));
        auto replied = theirs.reply(kOsce, id.value(), QStringLiteral("Theirs"));
        auto other = theirs.addComment(kOsce, QStringLiteral("op000003"), std::nullopt,
                                       QStringLiteral("Theirs too"));
        QVERIFY(added.isOk() && replied.isOk() && other.isOk());
        // A union of the two files, in either order, is the same state holding everything.
        const CommentLog oneWay =
            CommentLog::read(CommentLog::append(ours.bytes(), theirs.pending()));
        const CommentLog otherWay =
            CommentLog::read(CommentLog::append(theirs.bytes(), ours.pending()));
        QCOMPARE(summary(oneWay), summary(otherWay));
        QCOMPARE(oneWay.threads().size(), 3);
        QVERIFY(oneWay.thread(id.value())->resolved);
        QCOMPARE(oneWay.thread(id.value())->replies.size(), 1);
        QVERIFY(oneWay.thread(added.value()) && oneWay.thread(other.value()));
    }

    void newEventsAreNeverDatedBeforeTheFile()
    {
        CommentLog log;
        auto id = log.addComment(kEu, QStringLiteral("op000001"), std::nullopt,
                                 QStringLiteral("From a clock ahead"),
                                 QDateTime::currentDateTime().addDays(1));
        QVERIFY(id.isOk());
        auto reply = log.reply(kHost, id.value(), QStringLiteral("Later, by a slower clock"));
        QVERIFY(reply.isOk());
        QVERIFY(log.pending().last().time > log.pending().first().time);
    }

    void malformedLinesAreReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"id\":\"abcd1234\",")
                                  << QStringLiteral("not a JSON object: ");
        QTest::newRow("an array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("unknown event")
            << QByteArray(
                   "{\"id\":\"abcd1234\",\"event\":\"vote\",\"time\":\"2026-11-04T10:00:00Z\","
                   "\"delegation\":\"EU\",\"author\":\"A\"}")
            << QStringLiteral("unknown event 'vote'");
        QTest::newRow("time without offset")
            << QByteArray(
                   "{\"id\":\"abcd1234\",\"event\":\"resolve\",\"target\":\"abcd9999\","
                   "\"time\":\"2026-11-04T10:00:00\",\"delegation\":\"EU\",\"author\":\"A\"}")
            << QStringLiteral("\"time\" must be an ISO 8601 date and time with its UTC offset");
        QTest::newRow("comment without body")
            << QByteArray(
                   "{\"id\":\"abcd1234\",\"event\":\"comment\",\"time\":\"2026-11-04T10:00:00Z\","
                   "\"delegation\":\"EU\",\"author\":\"A\",\"paragraph\":\"op000001\"}")
            << QStringLiteral("\"body\" must be a non-empty string");
        QTest::newRow("bad identifier")
            << QByteArray("{\"id\":\"NOT AN ID\",\"event\":\"comment\"}")
            << QStringLiteral("\"id\" is not an identifier");
        QTest::newRow("negative offset")
            << QByteArray(
                   "{\"id\":\"abcd1234\",\"event\":\"comment\",\"time\":\"2026-11-04T10:00:00Z\","
                   "\"delegation\":\"EU\",\"author\":\"A\",\"paragraph\":\"op000001\","
                   "\"quote\":\"x\",\"at\":-3,\"body\":\"b\"}")
            << QStringLiteral("\"at\" must be a whole number");
    }

    void malformedLinesAreReportedAndKept()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, message);
        CommentLog good;
        auto id =
            good.addComment(kEu, QStringLiteral("op000001"), std::nullopt, QStringLiteral("Fine"));
        QVERIFY(id.isOk());
        // The malformed line second, without a final line end.
        const QByteArray file = good.bytes() + line;
        CommentLog log = CommentLog::read(file);
        QCOMPARE(log.diagnostics().size(), 1);
        const Diagnostic &d = log.diagnostics().first();
        QVERIFY(d.isError());
        QCOMPARE(d.line, 2);
        QVERIFY2(d.message.startsWith(message), qPrintable(d.message));
        QVERIFY(d.format(QStringLiteral("comments.jsonl"))
                    .startsWith(QLatin1String("comments.jsonl:2:")));
        QCOMPARE(log.threads().size(), 1);
        // Appending keeps the line byte for byte and starts a new line after it.
        QVERIFY(log.reply(kHost, id.value(), QStringLiteral("Answer")).isOk());
        QVERIFY(log.bytes().startsWith(QByteArray(file + '\n')));
        const CommentLog again = CommentLog::read(log.bytes());
        QCOMPARE(again.diagnostics().size(), 1);
        QCOMPARE(again.diagnostics().first().line, 2);
        QCOMPARE(again.thread(id.value())->replies.size(), 1);
    }

    void eventsPointingNowhereAreWarningsNotLosses()
    {
        const QByteArray file =
            "{\"id\":\"rrrr0001\",\"event\":\"reply\",\"target\":\"gone0001\",\"time\":\"2026-11-"
            "04T10:00:00Z\",\"delegation\":\"EU\",\"author\":\"A\",\"body\":\"lost thread\"}"
            "\n"
            "{\"id\":\"cccc0001\",\"event\":\"comment\",\"time\":\"2026-11-04T09:00:00Z\","
            "\"delegation\":\"EU\",\"author\":\"A\",\"paragraph\":\"op000001\",\"body\":\"c\"}"
            "\n"
            "{\"id\":\"cccc0001\",\"event\":\"comment\",\"time\":\"2026-11-04T09:00:00Z\","
            "\"delegation\":\"EU\",\"author\":\"A\",\"paragraph\":\"op000001\",\"body\":\"c\"}"
            "\n"
            "{\"id\":\"cccc0001\",\"event\":\"comment\",\"time\":\"2026-11-04T09:00:00Z\","
            "\"delegation\":\"EU\",\"author\":\"B\",\"paragraph\":\"op000001\",\"body\":\"other\"}"
            "\n";
        const CommentLog log = CommentLog::read(file);
        QCOMPARE(log.threads().size(), 1);
        QCOMPARE(log.diagnostics().size(), 2);
        // Found in file order: the duplicate identifier (line 4), then the reply (line 1).
        QCOMPARE(log.diagnostics()[0].line, 4);
        QVERIFY(log.diagnostics()[0].isError());
        QVERIFY(log.diagnostics()[0].message.contains(QLatin1String("already used on line 2")));
        QCOMPARE(log.diagnostics()[1].line, 1);
        QVERIFY(!log.diagnostics()[1].isError());
        QCOMPARE(log.bytes(), file);
    }
};

QTEST_GUILESS_MAIN(TestCommentLog)
#include "tst_commentlog.moc"
