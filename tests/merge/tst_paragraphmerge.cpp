#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "document/numbering.h"
#include "merge/paragraphmerge.h"

#include <QElapsedTimer>
#include <QTest>

using namespace plenary;

Q_DECLARE_METATYPE(plenary::Resolution)

namespace {

const MergeSides kSides{QStringLiteral("EU"), QStringLiteral("RU")};

const char kHeader[] = "format: plenary 1\n"
                       "title: Samarkand Declaration on Border Security\n"
                       "kind: declaration\n"
                       "language: en\n";

// A document from header lines and paragraph lines ("op #op01 proposed: text"), one per line.
Document document(const QString &paragraphs, const QString &header = QString::fromLatin1(kHeader))
{
    QString text = header + u'\n';
    const QStringList lines = paragraphs.split(u'\n', Qt::SkipEmptyParts);
    text += lines.join(QStringLiteral("\n\n"));
    if (!lines.isEmpty())
        text += u'\n';
    const ReadResult read = DocumentReader::read(text.toUtf8());
    for (const Diagnostic &d : read.diagnostics)
        qWarning("%s", qPrintable(d.format(QStringLiteral("fixture"))));
    return read.document;
}

// The paragraph lines of a document as written, one per line.
QString paragraphLines(const Document &d)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(DocumentWriter::write(d)).split(u'\n'))
        if (line.contains(u'#') && !line.contains(QLatin1String(": plenary")))
            lines.append(line);
    return lines.join(u'\n');
}

QString fieldNames(MergeFields fields)
{
    QStringList names;
    if (fields & MergeField::Kind)
        names << QStringLiteral("kind");
    if (fields & MergeField::Status)
        names << QStringLiteral("status");
    if (fields & MergeField::Numbered)
        names << QStringLiteral("numbered");
    if (fields & MergeField::Text)
        names << QStringLiteral("text");
    if (fields & MergeField::Presence)
        names << QStringLiteral("presence");
    return names.join(u',');
}

// "op01 edit text; title field" — every conflict in one line.
QString describe(const QList<MergeConflict> &conflicts)
{
    QStringList out;
    for (const MergeConflict &c : conflicts) {
        switch (c.kind) {
        case MergeConflict::Kind::Edit:
            out << c.paragraphId + QStringLiteral(" edit ") + fieldNames(c.fields);
            break;
        case MergeConflict::Kind::OursRemoved:
            out << c.paragraphId + QStringLiteral(" ours-removed");
            break;
        case MergeConflict::Kind::TheirsRemoved:
            out << c.paragraphId + QStringLiteral(" theirs-removed");
            break;
        case MergeConflict::Kind::Field:
            out << c.key + QStringLiteral(" field");
            break;
        }
    }
    return out.join(QStringLiteral("; "));
}

MergeResult mergeOrFail(const Document &base, const Document &ours, const Document &theirs)
{
    Result<MergeResult> merged = ParagraphMerge::merge(base, ours, theirs, kSides);
    if (!merged)
        qFatal("merge failed: %s", qPrintable(merged.error().message));
    return std::move(merged).value();
}

// The merged document written, read back without an error and equal to what was written
// (unknown header fields are warnings, kept as they are).
bool roundTrips(const Document &merged)
{
    const QByteArray bytes = DocumentWriter::write(merged);
    const ReadResult read = DocumentReader::read(bytes);
    for (const Diagnostic &d : read.diagnostics)
        if (d.isError())
            qWarning("%s", qPrintable(d.format(QStringLiteral("merged"))));
    return !read.hasErrors() && DocumentWriter::write(read.document) == bytes &&
           read.document == merged;
}

} // namespace

class TestParagraphMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged"); // conflicts provisionally ours
        QTest::addColumn<QString>("conflicts");

        const QString ab = "op #op01 proposed: A\nop #op02 proposed: B\n";
        const QString abc = ab + "op #op03 proposed: C\n";

        QTest::newRow("one side edits, each its own paragraph")
            << ab << "op #op01 proposed: A ours\nop #op02 proposed: B\n"
            << "op #op01 proposed: A\nop #op02 proposed: B theirs\n"
            << "op #op01 proposed: A ours\nop #op02 proposed: B theirs"
            << "";
        QTest::newRow("identical edits") << ab << "op #op01 proposed: A2\nop #op02 proposed: B\n"
                                         << "op #op01 proposed: A2\nop #op02 proposed: B\n"
                                         << "op #op01 proposed: A2\nop #op02 proposed: B"
                                         << "";
        QTest::newRow("conflicting edits")
            << ab << "op #op01 proposed: A ours\nop #op02 proposed: B\n"
            << "op #op01 proposed: A theirs\nop #op02 proposed: B\n"
            << "op #op01 proposed: A ours\nop #op02 proposed: B"
            << "op01 edit text";
        QTest::newRow("ours removed, theirs edited")
            << ab << "op #op02 proposed: B\n"
            << "op #op01 proposed: A theirs\nop #op02 proposed: B\n"
            << "op #op02 proposed: B"
            << "op01 ours-removed";
        QTest::newRow("theirs removed, ours edited")
            << ab << "op #op01 proposed: A ours\nop #op02 proposed: B\n"
            << "op #op02 proposed: B\n"
            << "op #op01 proposed: A ours\nop #op02 proposed: B"
            << "op01 theirs-removed";
        QTest::newRow("removed on one side, untouched on the other")
            << ab << ab << "op #op02 proposed: B\n"
            << "op #op02 proposed: B"
            << "";
        QTest::newRow("removed on both sides") << ab << "op #op02 proposed: B\n"
                                               << "op #op02 proposed: B\n"
                                               << "op #op02 proposed: B"
                                               << "";
        QTest::newRow("marked deleted on one side, edited on the other")
            << ab << "op #op01 deleted: A\nop #op02 proposed: B\n"
            << "op #op01 proposed: A theirs\nop #op02 proposed: B\n"
            << "op #op01 deleted: A theirs\nop #op02 proposed: B"
            << "";
        QTest::newRow("insertions of both sides at the same place")
            << ab << "op #op01 proposed: A\nop #ours proposed: O\nop #op02 proposed: B\n"
            << "op #op01 proposed: A\nop #thrs proposed: T\nop #op02 proposed: B\n"
            << "op #op01 proposed: A\nop #ours proposed: O\nop #thrs proposed: T\n"
               "op #op02 proposed: B"
            << "";
        QTest::newRow("several insertions of both sides at the same place")
            << ab
            << "op #op01 proposed: A\nop #our1 proposed: O1\nop #our2 proposed: O2\n"
               "op #op02 proposed: B\n"
            << "op #op01 proposed: A\nop #thr1 proposed: T1\nop #thr2 proposed: T2\n"
               "op #op02 proposed: B\n"
            << "op #op01 proposed: A\nop #our1 proposed: O1\nop #our2 proposed: O2\n"
               "op #thr1 proposed: T1\nop #thr2 proposed: T2\nop #op02 proposed: B"
            << "";
        QTest::newRow("insertions of both sides at the start")
            << ab << "op #ours proposed: O\n" + ab << "op #thrs proposed: T\n" + ab
            << "op #ours proposed: O\nop #thrs proposed: T\nop #op01 proposed: A\n"
               "op #op02 proposed: B"
            << "";
        QTest::newRow("insertions at different places")
            << ab << "op #ours proposed: O\n" + ab << ab + "op #thrs proposed: T\n"
            << "op #ours proposed: O\nop #op01 proposed: A\nop #op02 proposed: B\n"
               "op #thrs proposed: T"
            << "";
        QTest::newRow("insertion after a paragraph the other side removed")
            << abc << "op #op01 proposed: A\nop #op03 proposed: C\n"
            << "op #op01 proposed: A\nop #op02 proposed: B\nop #thrs proposed: T\n"
               "op #op03 proposed: C\n"
            << "op #op01 proposed: A\nop #thrs proposed: T\nop #op03 proposed: C"
            << "";
        QTest::newRow("move on one side, edit on the other")
            << abc << "op #op03 proposed: C\nop #op01 proposed: A\nop #op02 proposed: B\n"
            << "op #op01 proposed: A\nop #op02 proposed: B\nop #op03 proposed: C theirs\n"
            << "op #op03 proposed: C theirs\nop #op01 proposed: A\nop #op02 proposed: B"
            << "";
        QTest::newRow("move on one side, insertion after it on the other")
            << abc << "op #op03 proposed: C\nop #op01 proposed: A\nop #op02 proposed: B\n"
            << abc + "op #thrs proposed: T\n"
            << "op #op03 proposed: C\nop #op01 proposed: A\nop #op02 proposed: B\n"
               "op #thrs proposed: T"
            << "";
        QTest::newRow("moved differently on both sides: ours' place")
            << abc << "op #op03 proposed: C\nop #op01 proposed: A\nop #op02 proposed: B\n"
            << "op #op01 proposed: A\nop #op03 proposed: C\nop #op02 proposed: B\n"
            << "op #op03 proposed: C\nop #op01 proposed: A\nop #op02 proposed: B"
            << "";
        QTest::newRow("moved on one side, removed on the other")
            << abc << "op #op03 proposed: C\nop #op01 proposed: A\nop #op02 proposed: B\n"
            << ab << ab.trimmed() << "";
        QTest::newRow("status changed alike") << ab << "op #op01 agreed: A\nop #op02 proposed: B\n"
                                              << "op #op01 agreed: A\nop #op02 proposed: B\n"
                                              << "op #op01 agreed: A\nop #op02 proposed: B"
                                              << "";
        QTest::newRow("status changed differently")
            << ab << "op #op01 agreed: A\nop #op02 proposed: B\n"
            << "op #op01 adref: A\nop #op02 proposed: B\n"
            << "op #op01 agreed: A\nop #op02 proposed: B"
            << "op01 edit status";
        QTest::newRow("status on one side, text on the other")
            << ab << "op #op01 agreed: A\nop #op02 proposed: B\n"
            << "op #op01 proposed: A theirs\nop #op02 proposed: B\n"
            << "op #op01 agreed: A theirs\nop #op02 proposed: B"
            << "";
        QTest::newRow("kind on one side, text on the other")
            << ab << "pp #op01 proposed: A\nop #op02 proposed: B\n"
            << "op #op01 proposed: A theirs\nop #op02 proposed: B\n"
            << "pp #op01 proposed: A theirs\nop #op02 proposed: B"
            << "";
        QTest::newRow("kind and text both conflicting")
            << ab << "pp #op01 proposed: A ours\nop #op02 proposed: B\n"
            << "chapeau #op01 proposed: A theirs\nop #op02 proposed: B\n"
            << "pp #op01 proposed: A ours\nop #op02 proposed: B"
            << "op01 edit kind,text";
        QTest::newRow("renumbered on one side, edited on the other")
            << ab << "op #op01 proposed numbered: A\nop #op02 proposed numbered: B\n"
            << "op #op01 proposed: A theirs\nop #op02 proposed: B\n"
            << "op #op01 proposed numbered: A theirs\nop #op02 proposed numbered: B"
            << "";
        QTest::newRow("same identifier added alike on both sides")
            << ab << ab + "op #same proposed: S\n"
            << ab + "op #same proposed: S\n"
            << ab + "op #same proposed: S"
            << "";
        QTest::newRow("same identifier added differently on both sides")
            << ab << ab + "op #same proposed: S ours\n"
            << ab + "op #same agreed: S theirs\n"
            << ab + "op #same proposed: S ours"
            << "same edit status,text";
        QTest::newRow("several conflicts in text order")
            << abc << "op #op01 proposed: A ours\nop #op02 agreed: B\nop #op03 proposed: C ours\n"
            << "op #op01 proposed: A theirs\nop #op02 adref: B\n"
            << "op #op01 proposed: A ours\nop #op02 agreed: B\nop #op03 proposed: C ours"
            << "op01 edit text; op02 edit status; op03 theirs-removed";
    }

    void merge()
    {
        QFETCH(QString, base);
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        QFETCH(QString, conflicts);
        const MergeResult result = mergeOrFail(document(base), document(ours), document(theirs));
        QCOMPARE(paragraphLines(result.document()), merged);
        QCOMPARE(describe(result.conflicts()), conflicts);
        QCOMPARE(result.unresolvedCount(), result.conflicts().size());
        QVERIFY(roundTrips(result.document()));
        for (const MergeConflict &c : result.conflicts()) {
            QCOMPARE(c.ourDelegation, QStringLiteral("EU"));
            QCOMPARE(c.theirDelegation, QStringLiteral("RU"));
        }

        // The merge is symmetric but for the order at one place and the provisional side.
        const MergeResult swapped = mergeOrFail(document(base), document(theirs), document(ours));
        QCOMPARE(swapped.conflicts().size(), result.conflicts().size());
    }

    void conflictRecordsTheThreeVersions()
    {
        const MergeResult result =
            mergeOrFail(document("op #op01 proposed: A\n"), document("op #op01 agreed: A ours\n"),
                        document("op #op01 adref: A theirs\n"));
        QCOMPARE(result.conflicts().size(), 1);
        const MergeConflict &c = result.conflicts().first();
        QCOMPARE(c.paragraphId, QStringLiteral("op01"));
        QCOMPARE(c.fields, MergeFields(MergeField::Status) | MergeField::Text);
        QCOMPARE(c.base->text, QStringLiteral("A"));
        QCOMPARE(c.ours->status, ParagraphStatus::Agreed);
        QCOMPARE(c.theirs->text, QStringLiteral("A theirs"));

        const MergeResult removed = mergeOrFail(document("op #op01 proposed: A\n"), document(""),
                                                document("op #op01 proposed: A theirs\n"));
        QCOMPARE(removed.conflicts().size(), 1);
        QVERIFY(removed.conflicts().first().base);
        QVERIFY(!removed.conflicts().first().ours);
        QCOMPARE(removed.conflicts().first().theirs->text, QStringLiteral("A theirs"));
    }

    void header_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<QString>("conflicts");

        const QString h = QString::fromLatin1(kHeader);
        QTest::newRow("different fields on each side")
            << h + "date: 2026-11-20\n"
            << h + "date: 2026-11-21\n"
            << QString(h).replace(QLatin1String("title: Samarkand"),
                                  QLatin1String("title: Tashkent")) +
                   "date: 2026-11-20\n"
            << "title: Tashkent Declaration on Border Security|declaration|2026-11-21|"
            << "";
        const QString h2 = QString::fromLatin1(kHeader);
        QTest::newRow("the same field alike")
            << h2 << h2 + "symbol: BSCT/2026/L.2\n"
            << h2 + "symbol: BSCT/2026/L.2\n"
            << "title: Samarkand Declaration on Border Security|declaration||"
            << "";
        QTest::newRow("the same field differently")
            << h2 + "date: 2026-11-20\n"
            << h2 + "date: 2026-11-21\n"
            << h2 + "date: 2026-11-22\n"
            << "title: Samarkand Declaration on Border Security|declaration|2026-11-21|"
            << "date field";
        QTest::newRow("the kind differently")
            << h2 << QString(h2).replace(QLatin1String("declaration\n"), QLatin1String("summary\n"))
            << QString(h2).replace(QLatin1String("declaration\n"), QLatin1String("statement\n"))
            << "title: Samarkand Declaration on Border Security|summary||"
            << "kind field";
        QTest::newRow("unknown fields added on both sides")
            << h2 << h2 + "colour: blue\n"
            << h2 + "venue: Samarkand\n"
            << "title: Samarkand Declaration on Border Security|declaration||colour: blue, "
               "venue: Samarkand"
            << "";
        QTest::newRow("an unknown field changed differently")
            << h2 + "venue: Samarkand\n"
            << h2 + "venue: Tashkent\n"
            << h2 + "venue: Bukhara\n"
            << "title: Samarkand Declaration on Border Security|declaration||venue: Tashkent"
            << "venue field";
        QTest::newRow("an unknown field removed on one side, changed on the other")
            << h2 + "venue: Samarkand\n"
            << h2 << h2 + "venue: Bukhara\n"
            << "title: Samarkand Declaration on Border Security|declaration||"
            << "venue field";
    }

    void header()
    {
        QFETCH(QString, base);
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        QFETCH(QString, conflicts);
        const QString paragraph = QStringLiteral("op #op01 proposed: A\n");
        const MergeResult result = mergeOrFail(document(paragraph, base), document(paragraph, ours),
                                               document(paragraph, theirs));
        const DocumentHeader &h = result.document().header;
        QStringList extras;
        for (const auto &[key, value] : h.extraFields)
            extras << key + QStringLiteral(": ") + value;
        QCOMPARE(QStringLiteral("title: %1|%2|%3|%4")
                     .arg(h.title, documentKindKeyword(h.kind), h.date,
                          extras.join(QStringLiteral(", "))),
                 merged);
        QCOMPARE(describe(result.conflicts()), conflicts);
    }

    void headerConflictsResolve()
    {
        const QString h = QString::fromLatin1(kHeader);
        const QString p = QStringLiteral("op #op01 proposed: A\n");
        MergeResult result = mergeOrFail(
            document(p, h + "date: 2026-11-20\nvenue: Samarkand\n"),
            document("op #op01 proposed: A ours\n", h + "date: 2026-11-21\nvenue: Tashkent\n"),
            document("op #op01 proposed: A theirs\n", h + "date: 2026-11-22\nvenue: Bukhara\n"));
        QCOMPARE(describe(result.conflicts()),
                 QStringLiteral("date field; venue field; op01 edit text"));

        // Alternatives cannot stand in a header field: nothing changes.
        const Result<void> refused = result.resolveAll(Resolution::alternatives());
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("header field 'date' cannot hold alternatives; take ours, theirs "
                                "or a blend"));
        QCOMPARE(result.unresolvedCount(), 3);

        QVERIFY(result.resolve(0, Resolution::theirs()));
        QCOMPARE(result.document().header.date, QStringLiteral("2026-11-22"));
        QVERIFY(result.resolve(1, Resolution::blend(QStringLiteral("Samarkand and Bukhara"))));
        QVERIFY(result.resolveAll(Resolution::alternatives()));
        QVERIFY(result.isResolved());
        QCOMPARE(result.document().header.extraFields.size(), 1);
        QCOMPARE(result.document().header.extraFields.first().second,
                 QStringLiteral("Samarkand and Bukhara"));
        QCOMPARE(result.document().paragraphs.first().text,
                 QStringLiteral("A [Alt 1 (EU): ours] [Alt 2 (RU): theirs]"));
        QVERIFY(roundTrips(result.document()));

        // A blend of the document kind must be a kind.
        MergeResult kinds = mergeOrFail(
            document(p, h), document(p, QString(h).replace("declaration\n", "summary\n")),
            document(p, QString(h).replace("declaration\n", "statement\n")));
        const Result<void> badKind = kinds.resolve(0, Resolution::blend(QStringLiteral("report")));
        QVERIFY(!badKind);
        QCOMPARE(badKind.error().message,
                 QStringLiteral("unknown document kind 'report'; expected declaration, summary "
                                "or statement"));
        QVERIFY(kinds.resolve(0, Resolution::theirs()));
        QCOMPARE(kinds.document().header.kind, DocumentKind::Statement);
    }

    void resolutions_data()
    {
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<Resolution>("resolution");
        QTest::addColumn<QString>("merged");

        const QString o = "op #op01 agreed: *Calls upon* all States to strengthen border "
                          "management;\nop #op02 proposed: B\n";
        const QString t = "op #op01 adref: *Calls upon* all States to enhance border "
                          "management;\nop #op02 proposed: B\n";
        QTest::newRow("ours") << o << t << Resolution::ours()
                              << "op #op01 agreed: *Calls upon* all States to strengthen border "
                                 "management;\nop #op02 proposed: B";
        QTest::newRow("theirs") << o << t << Resolution::theirs()
                                << "op #op01 adref: *Calls upon* all States to enhance border "
                                   "management;\nop #op02 proposed: B";
        QTest::newRow("blend")
            << o << t
            << Resolution::blend(QStringLiteral("*Calls upon* all States to strengthen and "
                                                "enhance border management;"))
            << "op #op01 agreed: *Calls upon* all States to strengthen and enhance border "
               "management;\nop #op02 proposed: B";
        QTest::newRow("alternatives")
            << o << t << Resolution::alternatives()
            << "op #op01 proposed: *Calls upon* all States to [Alt 1 (EU): strengthen] [Alt 2 "
               "(RU): enhance] border management;\nop #op02 proposed: B";
        QTest::newRow("alternatives of nested brackets")
            << "op #op01 proposed: to [[strengthen] border] management\n"
            << "op #op01 proposed: to [[enhance] border] management\n"
            << Resolution::alternatives()
            << "op #op01 proposed: to [Alt 1 (EU): [[strengthen] border]] [Alt 2 (RU): "
               "[[enhance] border]] management";
        QTest::newRow("alternatives of alternatives")
            << "op #op01 proposed: [Alt 1 (UZ): a] [Alt 2 (KZ): b]\n"
            << "op #op01 proposed: [Alt 1 (UZ): a] [Alt 2 (KZ): c]\n"
            << Resolution::alternatives()
            << "op #op01 proposed: [Alt 1 (EU): [Alt 1 (UZ): a] [Alt 2 (KZ): b]] [Alt 2 (RU): "
               "[Alt 1 (UZ): a] [Alt 2 (KZ): c]]";
        QTest::newRow("alternatives of a status alone")
            << "op #op01 agreed: A\n"
            << "op #op01 deleted: A\n"
            << Resolution::alternatives() << "op #op01 proposed: A";
        QTest::newRow("ours removed: theirs") << "op #op02 proposed: B\n"
                                              << "op #op01 proposed: A theirs\nop #op02 "
                                                 "proposed: B\n"
                                              << Resolution::theirs()
                                              << "op #op01 proposed: A theirs\nop #op02 "
                                                 "proposed: B";
        QTest::newRow("ours removed: ours") << "op #op02 proposed: B\n"
                                            << "op #op01 proposed: A theirs\nop #op02 proposed: "
                                               "B\n"
                                            << Resolution::ours() << "op #op02 proposed: B";
        QTest::newRow("ours removed: alternatives")
            << "op #op02 proposed: B\n"
            << "op #op01 agreed: *Invites* donors\nop #op02 proposed: B\n"
            << Resolution::alternatives()
            << "op #op01 proposed: [Alt 1 (EU):] [Alt 2 (RU): *Invites* donors]\n"
               "op #op02 proposed: B";
        QTest::newRow("theirs removed: alternatives")
            << "op #op01 proposed: A ours\nop #op02 proposed: B\n"
            << "op #op02 proposed: B\n"
            << Resolution::alternatives()
            << "op #op01 proposed: [Alt 1 (EU): A ours] [Alt 2 (RU):]\nop #op02 proposed: B";
        QTest::newRow("theirs removed: theirs")
            << "op #op01 proposed: A ours\nop #op02 proposed: B\n"
            << "op #op02 proposed: B\n"
            << Resolution::theirs() << "op #op02 proposed: B";
        QTest::newRow("theirs removed: blend")
            << "op #op01 proposed: A ours\nop #op02 proposed: B\n"
            << "op #op02 proposed: B\n"
            << Resolution::blend(QStringLiteral("A shorter"))
            << "op #op01 proposed: A shorter\n"
               "op #op02 proposed: B";
    }

    void resolutions()
    {
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(Resolution, resolution);
        QFETCH(QString, merged);
        const Document base =
            document("op #op01 proposed: *Calls upon* all States to act on border management;\n"
                     "op #op02 proposed: B\n");
        MergeResult result = mergeOrFail(base, document(ours), document(theirs));
        QCOMPARE(result.conflicts().size(), 1);
        QVERIFY(result.resolve(0, resolution));
        QVERIFY(result.isResolved());
        QCOMPARE(result.resolution(0), std::optional<Resolution>(resolution));
        QCOMPARE(paragraphLines(result.document()), merged);
        QVERIFY(roundTrips(result.document()));
        QVERIFY(result.check().isEmpty());

        // Resolving again replaces the earlier resolution.
        QVERIFY(result.resolve(0, Resolution::ours()));
        QCOMPARE(paragraphLines(result.document()),
                 paragraphLines(mergeOrFail(base, document(ours), document(theirs)).document()));
    }

    void alternativesForEveryConflictParse()
    {
        const Document base = document("pp #pp01 proposed: *Recognizing* that [terrorism] harms,\n"
                                       "op #op01 proposed: *Calls upon* all States to act;\n"
                                       "op #op02 proposed: *Requests* the Secretariat to:\n"
                                       "sub #sb01 proposed: report;\n"
                                       "op #op03 proposed: *Invites* donors.\n");
        const Document ours =
            document("pp #pp01 proposed: *Recognizing* that [[all] terrorism] harms,\n"
                     "op #op01 agreed: *Calls upon* all States to act [now];\n"
                     "op #op02 proposed: *Requests* the Secretariat to:\n"
                     "sub #sb01 proposed: [Alt 1 (UZ): report] [Alt 2 (KZ): brief];\n");
        const Document theirs =
            document("pp #pp01 proposed: *Recognizing* that [terrorism] [seriously] harms,\n"
                     "op #op01 adref: *Calls upon* all States to act {#op02};\n"
                     "op #op02 proposed: *Requests* the Secretariat to:\n"
                     "sub #sb01 proposed: [Alt 1 (UZ): report] [Alt 2 (KZ): inform];\n"
                     "op #op03 proposed: *Invites* donors and partners.\n");
        MergeResult result = mergeOrFail(base, ours, theirs);
        QCOMPARE(describe(result.conflicts()),
                 QStringLiteral("pp01 edit text; op01 edit status,text; sb01 edit text; op03 "
                                "ours-removed"));
        QVERIFY(result.resolveAll(Resolution::alternatives()));
        QVERIFY(result.isResolved());
        QVERIFY(roundTrips(result.document()));
        QCOMPARE(paragraphLines(result.document()),
                 QStringLiteral(
                     "pp #pp01 proposed: *Recognizing* that [Alt 1 (EU): [[all] terrorism]] [Alt "
                     "2 (RU): [terrorism] [seriously]] harms,\n"
                     "op #op01 proposed: *Calls upon* all States to act [Alt 1 (EU): [now];] [Alt "
                     "2 (RU): {#op02};]\n"
                     "op #op02 proposed: *Requests* the Secretariat to:\n"
                     "sub #sb01 proposed: [Alt 1 (EU): [Alt 1 (UZ): report] [Alt 2 (KZ): brief];] "
                     "[Alt 2 (RU): [Alt 1 (UZ): report] [Alt 2 (KZ): inform];]\n"
                     "op #op03 proposed: [Alt 1 (EU):] [Alt 2 (RU): *Invites* donors and "
                     "partners.]"));
    }

    void blendsMustBeParagraphText_data()
    {
        QTest::addColumn<QString>("blend");
        QTest::addColumn<QString>("message");
        QTest::newRow("line break") << "A\nB"
                                    << "a blend must be one line; it has a line break at column 2";
        QTest::newRow("control character")
            << QStringLiteral("A\u0007") << "control character U+0007 in the blend at column 2";
        QTest::newRow("unclosed bracket")
            << "to [act"
            << "unbalanced '[' in the blend at column 4: this bracket is never closed";
        QTest::newRow("stray bracket")
            << "to act]"
            << "unbalanced ']' in the blend at column 7: no '[' is open here";
        QTest::newRow("unclosed opening words")
            << "*Calls upon all"
            << "the blend's opening words start with '*' but are not closed by a second '*'";
    }

    void blendsMustBeParagraphText()
    {
        QFETCH(QString, blend);
        QFETCH(QString, message);
        MergeResult result =
            mergeOrFail(document("op #op01 proposed: A\n"), document("op #op01 proposed: A ours\n"),
                        document("op #op01 proposed: A theirs\n"));
        const Result<void> refused = result.resolve(0, Resolution::blend(blend));
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, message);
        QVERIFY(!result.resolution(0));
        QCOMPARE(result.document().paragraphs.first().text, QStringLiteral("A ours"));
    }

    void unknownConflict()
    {
        MergeResult result =
            mergeOrFail(document("op #op01 proposed: A\n"), document("op #op01 proposed: A ours\n"),
                        document("op #op01 proposed: A theirs\n"));
        const Result<void> refused = result.resolve(3, Resolution::ours());
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("there is no conflict 4; the merge's conflicts are numbered 1 to 1"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("ourCode");
        QTest::addColumn<QStringList>("ourIds");
        QTest::addColumn<QString>("message");
        const QStringList good{QStringLiteral("op01"), QStringLiteral("op02")};
        QTest::newRow("lowercase code")
            << "eu" << good
            << "'eu' is not a delegation code (2 to 12 characters from A-Z, 0-9 and '-', "
               "starting with a letter)";
        QTest::newRow("code with a parenthesis")
            << "EU)" << good
            << "'EU)' is not a delegation code (2 to 12 characters from A-Z, 0-9 and '-', "
               "starting with a letter)";
        QTest::newRow("duplicate identifier")
            << "EU" << QStringList{QStringLiteral("op01"), QStringLiteral("op01")}
            << "identifier #op01 appears twice in ours (EU); merge texts that read without "
               "errors";
        QTest::newRow("no identifier")
            << "EU" << QStringList{QStringLiteral("op01"), QString()}
            << "paragraph 2 of ours (EU) has no valid identifier; merge texts that read "
               "without errors";
    }

    void badInput()
    {
        QFETCH(QString, ourCode);
        QFETCH(QStringList, ourIds);
        QFETCH(QString, message);
        const Document base = document("op #op01 proposed: A\nop #op02 proposed: B\n");
        Document ours = base;
        for (qsizetype i = 0; i < ourIds.size(); ++i)
            ours.paragraphs[i].id = ourIds[i];
        const Result<MergeResult> merged =
            ParagraphMerge::merge(base, ours, base, {ourCode, QStringLiteral("RU")});
        QVERIFY(!merged);
        QCOMPARE(merged.error().message, message);
    }

    void insertionsOfBothSidesAreNumbered()
    {
        const QString base = "op #op01 agreed numbered: A\n"
                             "op #op02 agreed numbered: B\n"
                             "sub #sb01 proposed numbered: Ba\n"
                             "op #op03 agreed numbered: C\n";
        const Document ours = document("op #op01 agreed numbered: A\n"
                                       "op #op02 agreed numbered: B\n"
                                       "sub #sb01 proposed numbered: Ba\n"
                                       "sub #sbou proposed: Ba ours\n"
                                       "op #ours proposed: O\n"
                                       "op #op03 agreed numbered: C\n");
        const Document theirs = document("op #op01 agreed numbered: A\n"
                                         "op #op02 agreed numbered: B\n"
                                         "sub #sb01 proposed numbered: Ba\n"
                                         "op #thrs proposed: T\n"
                                         "op #op03 agreed numbered: C\n");
        const MergeResult result = mergeOrFail(document(base), ours, theirs);
        QVERIFY(result.conflicts().isEmpty());
        const Document &merged = result.document();
        const Numbering numbering(merged);
        QStringList references;
        for (qsizetype i = 0; i < merged.paragraphs.size(); ++i)
            references << numbering.reference(i);
        QCOMPARE(references.join(u' '),
                 QStringLiteral("OP1 OP2 OP2(a) OP2(abis) OP2bis OP2ter OP3"));
        QVERIFY(result.check().isEmpty());
    }

    void checkReportsReferencesToRemovedParagraphs()
    {
        const QString ab = "op #op01 proposed: A\nop #op02 proposed: B\n";
        const MergeResult result =
            mergeOrFail(document(ab), document("op #op01 proposed: A\n"),
                        document("op #op01 proposed: A\nop #op02 proposed: B, as in {#op01}\n"
                                 "op #thrs proposed: see {#op02}\n"));
        // op02: ours removed it, theirs edited it; theirs' new paragraph cites it.
        QCOMPARE(describe(result.conflicts()), QStringLiteral("op02 ours-removed"));
        const Diagnostics problems = result.check();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
                 QStringLiteral("cross-reference to #op02, which is not a paragraph of this "
                                "document"));
    }

    void largeMerge()
    {
        // 300 paragraphs of about 100 words; each side changes 30, five of them the same.
        QString base, ours, theirs;
        const QString words =
            QStringLiteral("the States represented at the conference ").repeated(16);
        for (int i = 0; i < 300; ++i) {
            const QString head =
                QStringLiteral("op #p%1 proposed: ").arg(i, 3, 10, QLatin1Char('0'));
            base += head + words + QString::number(i) + u'\n';
            ours += head + words + QString::number(i) + (i % 10 == 0 ? " ours" : "") + u'\n';
            theirs += head + words + QString::number(i) +
                      (i % 10 == 5 || i % 60 == 0 ? " theirs" : "") + u'\n';
        }
        const Document b = document(base), o = document(ours), t = document(theirs);
        QElapsedTimer timer;
        timer.start();
        MergeResult result = mergeOrFail(b, o, t);
        const qint64 merging = timer.nsecsElapsed();
        QCOMPARE(result.conflicts().size(), 5);
        QCOMPARE(result.document().paragraphs.size(), 300);
        QCOMPARE(result.document().paragraphs[10].text.right(5), QStringLiteral(" ours"));
        QCOMPARE(result.document().paragraphs[15].text.right(7), QStringLiteral(" theirs"));
        timer.restart();
        QVERIFY(result.resolveAll(Resolution::alternatives()));
        const qint64 resolving = timer.nsecsElapsed();
        QVERIFY(result.document().paragraphs[60].text.endsWith(
            QStringLiteral(" 60 [Alt 1 (EU): ours] [Alt 2 (RU): theirs]")));
        qInfo("merge of 300 paragraphs: %.2f ms, resolving 5 conflicts: %.2f ms",
              double(merging) / 1e6, double(resolving) / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestParagraphMerge)
#include "tst_paragraphmerge.moc"
