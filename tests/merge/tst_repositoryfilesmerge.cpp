#include "comments/commentlog.h"
#include "history/manifest.h"
#include "merge/commentsmerge.h"
#include "merge/dictionarymerge.h"
#include "merge/manifestmerge.h"
#include "spelling/projectdictionary.h"

#include <QTest>

using namespace plenary;

namespace {

const MergeSides kSides{QStringLiteral("EU"), QStringLiteral("RU")};

QByteArray commentLine(const char *id, const char *time, const char *body)
{
    CommentEvent e;
    e.id = QLatin1String(id);
    e.type = CommentEvent::Type::Comment;
    e.time = QDateTime::fromString(QLatin1String(time), Qt::ISODate);
    e.delegation = QStringLiteral("EU");
    e.author = QStringLiteral("Pieter Janssens");
    e.email = QStringLiteral("pj@eeas.europa.eu");
    e.paragraphId = QStringLiteral("op01");
    e.body = QLatin1String(body);
    return e.toLine() + '\n';
}

} // namespace

class TestRepositoryFilesMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionary_data()
    {
        QTest::addColumn<QByteArray>("ours");
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QByteArray>("merged");
        QTest::newRow("words added on both sides")
            << QByteArray("Bukhara\nSamarkand\n") << QByteArray("Samarkand\nTashkent\n")
            << QByteArray("Bukhara\nSamarkand\nTashkent\n");
        QTest::newRow("the same word on both sides")
            << QByteArray("UNOCT\n") << QByteArray("UNOCT\n") << QByteArray("UNOCT\n");
        QTest::newRow("one side empty")
            << QByteArray() << QByteArray("OSCE\n") << QByteArray("OSCE\n");
        QTest::newRow("code point order, CR/LF and blank lines")
            << QByteArray("Zarafshan\r\n\nÖzbekiston\n") << QByteArray("Andijan\nzakat\n")
            << QByteArray("Andijan\nZarafshan\nzakat\nÖzbekiston\n");
        QTest::newRow("bad lines kept") << QByteArray("two words\n") << QByteArray("Samarkand\n")
                                        << QByteArray("Samarkand\ntwo words\n");
    }

    void dictionary()
    {
        QFETCH(QByteArray, ours);
        QFETCH(QByteArray, theirs);
        QFETCH(QByteArray, merged);
        const QByteArray bytes = DictionaryMerge::merge(ours, theirs);
        QCOMPARE(bytes, merged);
        QCOMPARE(DictionaryMerge::merge(theirs, ours), merged);
        // It is the file ProjectDictionary writes, with every word of both.
        const ProjectDictionary dictionary = ProjectDictionary::read(bytes);
        QCOMPARE(dictionary.bytes(), bytes);
        for (const QByteArray *side : {&ours, &theirs})
            for (const QString &word : ProjectDictionary::read(*side).words())
                QVERIFY2(dictionary.contains(word), qPrintable(word));
    }

    void comments()
    {
        const QByteArray shared = commentLine("c0000001", "2026-11-04T10:00:00+05:00", "Shared");
        const QByteArray mine = commentLine("c0000002", "2026-11-04T11:00:00+05:00", "Ours");
        const QByteArray yours = commentLine("c0000003", "2026-11-04T10:30:00+05:00", "Theirs");
        const QByteArray bad = "not json at all\n";

        const CommentsMergeResult merged =
            CommentsMerge::merge(shared + mine + bad, shared + yours + bad);
        // Ours' lines in their order, then what only theirs has; each event once.
        QCOMPARE(merged.bytes, shared + mine + bad + yours);
        QVERIFY(merged.differences.isEmpty());
        const CommentLog log = CommentLog::read(merged.bytes);
        QCOMPARE(log.threads().size(), 3);
        QCOMPARE(log.threads()[1].body, QStringLiteral("Theirs")); // folded by time
        QCOMPARE(log.diagnostics().size(), 1);                     // the bad line, kept once

        // Each side's line ends are irrelevant to identity; a file without a final LF merges.
        QCOMPARE(CommentsMerge::merge(shared.chopped(1), yours).bytes, shared + yours);
        QCOMPARE(CommentsMerge::merge(QByteArray(shared).replace("\n", "\r\n"), shared).bytes,
                 shared);
    }

    void commentsWithTheSameIdentifierDiffering()
    {
        const QByteArray ours = commentLine("c0000001", "2026-11-04T10:00:00+05:00", "As written");
        const QByteArray theirs = commentLine("c0000001", "2026-11-04T10:00:00+05:00", "Rewritten");
        const CommentsMergeResult merged = CommentsMerge::merge(ours, theirs);
        QCOMPARE(merged.bytes, ours);
        QCOMPARE(merged.differences.size(), 1);
        QCOMPARE(merged.differences.first().id, QStringLiteral("c0000001"));
        QCOMPARE(merged.differences.first().theirs + '\n', theirs);
    }

    void manifest_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("ours");
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QByteArray>("merged");
        QTest::addColumn<QStringList>("conflicts");

        const QByteArray head = "format: plenary-manifest 1\nsecretariat: UZ\n";
        const QByteArray eu = "delegation EU: #8e2a8b European Union\n";
        const QByteArray osce = "delegation OSCE: #2e7d32 Organization for Security and "
                                "Co-operation in Europe\n";
        const QByteArray ru = "delegation RU: #b0182b Russian Federation\n";
        const QByteArray uz = "delegation UZ: #1f5fa8 Republic of Uzbekistan\n";

        QTest::newRow("delegations added on both sides")
            << head + uz << head + eu + uz << head + ru + uz << head + eu + ru + uz
            << QStringList();
        QTest::newRow("a delegation added alike on both sides")
            << head + uz << head + osce + uz << head + osce + uz << head + osce + uz
            << QStringList();
        QTest::newRow("a colour changed on one side, a delegation added on the other")
            << head + eu + uz << head + "delegation EU: #1f5fa8 European Union\n" + uz
            << head + eu + osce + uz << head + "delegation EU: #1f5fa8 European Union\n" + osce + uz
            << QStringList();
        QTest::newRow("a name changed differently")
            << head + eu + uz << head + "delegation EU: #8e2a8b the European Union\n" + uz
            << head + "delegation EU: #8e2a8b EU\n" + uz
            << head + "delegation EU: #8e2a8b the European Union\n" + uz
            << QStringList{QStringLiteral("delegation EU")};
        QTest::newRow("a delegation removed on one side, changed on the other")
            << head + eu + uz << head + uz << head + "delegation EU: #1f5fa8 European Union\n" + uz
            << head + uz << QStringList{QStringLiteral("delegation EU")};
        QTest::newRow("a delegation removed on one side")
            << head + eu + uz << head + uz << head + eu + uz << head + uz << QStringList();
        QTest::newRow("the secretariat changed differently")
            << head + eu + uz << QByteArray(head).replace("UZ\n", "EU\n") + eu + uz
            << QByteArray(head).replace("UZ\n", "OSCE\n") + eu + osce + uz
            << QByteArray(head).replace("UZ\n", "EU\n") + eu + osce + uz
            << QStringList{QStringLiteral("secretariat")};
    }

    void manifest()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, ours);
        QFETCH(QByteArray, theirs);
        QFETCH(QByteArray, merged);
        QFETCH(QStringList, conflicts);
        const Result<ManifestMerge> result = ManifestMerge::merge(base, ours, theirs, kSides);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->bytes(), merged);
        QStringList keys;
        for (const MergeConflict &c : result->conflicts()) {
            keys << c.key;
            QCOMPARE(c.kind, MergeConflict::Kind::Field);
            QCOMPARE(c.ourDelegation, QStringLiteral("EU"));
        }
        QCOMPARE(keys, conflicts);
        // The manifest reads; when nothing conflicts it is already in canonical order.
        const Manifest::ReadResult read = Manifest::read(result->bytes());
        QVERIFY(!read.hasErrors());
        if (conflicts.isEmpty())
            QCOMPARE(read.manifest.write(), merged);
    }

    void manifestConflictsResolve()
    {
        const QByteArray head = "format: plenary-manifest 1\nsecretariat: UZ\n";
        const QByteArray uz = "delegation UZ: #1f5fa8 Republic of Uzbekistan\n";
        Result<ManifestMerge> result =
            ManifestMerge::merge(head + "delegation EU: #8e2a8b European Union\n" + uz, head + uz,
                                 head + "delegation EU: #1f5fa8 European Union\n" + uz, kSides);
        QVERIFY(result);
        QCOMPARE(result->unresolvedCount(), 1);
        const MergeConflict &c = result->conflicts().first();
        QCOMPARE(c.baseValue, std::optional<QString>(QStringLiteral("#8e2a8b European Union")));
        QVERIFY(!c.ourValue);
        QCOMPARE(c.theirValue, std::optional<QString>(QStringLiteral("#1f5fa8 European Union")));

        const Result<void> refused = result->resolve(0, Resolution::alternatives());
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("manifest key 'delegation EU' cannot hold alternatives; take "
                                "ours, theirs or a blend"));
        QVERIFY(result->resolve(0, Resolution::theirs()));
        QCOMPARE(result->unresolvedCount(), 0);
        QCOMPARE(result->bytes(), head + "delegation EU: #1f5fa8 European Union\n" + uz);
        QVERIFY(result->resolve(0, Resolution::blend(QStringLiteral("#8e2a8b The EU"))));
        QCOMPARE(Manifest::read(result->bytes()).manifest.delegation(QStringLiteral("EU"))->name,
                 QStringLiteral("The EU"));
        QVERIFY(result->resolve(0, Resolution::ours()));
        QCOMPARE(result->bytes(), head + uz);
    }

    void badManifests_data()
    {
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QString>("message");
        QTest::newRow("not key: value") << QByteArray("format: plenary-manifest 1\nsecretariat\n")
                                        << "line 2 of RU's manifest is not 'key: value'";
        QTest::newRow("a key twice")
            << QByteArray("format: plenary-manifest 1\nsecretariat: UZ\nsecretariat: EU\n")
            << "line 3 of RU's manifest gives 'secretariat' a second time";
    }

    void badManifests()
    {
        QFETCH(QByteArray, theirs);
        QFETCH(QString, message);
        const QByteArray good = "format: plenary-manifest 1\nsecretariat: UZ\n";
        const Result<ManifestMerge> result = ManifestMerge::merge(good, good, theirs, kSides);
        QVERIFY(!result);
        QCOMPARE(result.error().message, message);
    }
};

QTEST_GUILESS_MAIN(TestRepositoryFilesMerge)
#include "tst_repositoryfilesmerge.moc"
