#include "compare/comparison.h"
#include "documentgenerator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace plenary;
using namespace plenary::compare;

namespace {

// A paragraph written as in the text format: "op #id status: text".
Paragraph para(ParagraphKind kind, const char *id, ParagraphStatus status, const QString &text,
               bool numbered = true)
{
    Paragraph p;
    p.kind = kind;
    p.id = QLatin1String(id);
    p.status = status;
    p.text = text;
    p.numbered = numbered;
    return p;
}

Paragraph op(const char *id, const QString &text,
             ParagraphStatus status = ParagraphStatus::Proposed)
{
    return para(ParagraphKind::Operative, id, status, text);
}

Document document(QList<Paragraph> paragraphs)
{
    Document d;
    d.header.title = QStringLiteral("Samarkand Declaration");
    d.header.language = QStringLiteral("en");
    d.paragraphs = std::move(paragraphs);
    return d;
}

const QList<Paragraph> kBase{
    op("aaaa0001", QStringLiteral("*Reaffirm* our commitment to the Strategy;")),
    op("aaaa0002", QStringLiteral("*Call upon* all States to strengthen cooperation;")),
    op("aaaa0003", QStringLiteral("*Encourage* the exchange of information;")),
    op("aaaa0004", QStringLiteral("*Request* UNOCT to report;")),
    op("aaaa0005", QStringLiteral("*Decide* to remain seized of the matter.")),
};

// The redline of one entry: {-deleted-}{+inserted+}.
QString redline(const Comparison &c, const ParagraphDifference &p)
{
    QString out;
    for (const TextSegment &s : p.segments) {
        const QStringView text = c.segmentText(p, s);
        if (s.kind == SegmentKind::Equal)
            out += text;
        else if (s.kind == SegmentKind::Deleted)
            out += QLatin1String("{-") + text + QLatin1String("-}");
        else
            out += QLatin1String("{+") + text + QLatin1String("+}");
    }
    return out;
}

QString placementName(Placement p)
{
    switch (p) {
    case Placement::Kept:
        return QStringLiteral("kept");
    case Placement::Added:
        return QStringLiteral("added");
    case Placement::Removed:
        return QStringLiteral("removed");
    case Placement::MovedHere:
        return QStringLiteral("moved-here");
    case Placement::MovedAway:
        return QStringLiteral("moved-away");
    }
    return {};
}

// The entries as "id:placement[:text][:status][:kind]", in order.
QStringList outline(const Comparison &c)
{
    QStringList out;
    for (const ParagraphDifference &p : c.paragraphs()) {
        const Paragraph &para = p.newIndex >= 0 ? c.newDocument().paragraphs[p.newIndex]
                                                : c.oldDocument().paragraphs[p.oldIndex];
        QString line = para.id.right(1) + QLatin1Char(':') + placementName(p.placement);
        if (p.textChanged)
            line += QLatin1String(":text");
        if (p.statusChanged)
            line += QLatin1String(":status");
        if (p.kindChanged)
            line += QLatin1String(":kind");
        out.append(line);
    }
    return out;
}

// Every entry's segments rebuild both texts, and every paragraph of each side is shown once.
void checkReconstruction(const Comparison &c)
{
    QList<int> oldSeen(c.oldDocument().paragraphs.size(), 0);
    QList<int> newSeen(c.newDocument().paragraphs.size(), 0);
    for (const ParagraphDifference &p : c.paragraphs()) {
        if (p.placement == Placement::MovedAway) {
            QVERIFY(p.segments.isEmpty());
            continue;
        }
        QString oldText, newText;
        qsizetype oldAt = 0, newAt = 0;
        for (const TextSegment &s : p.segments) {
            if (s.kind != SegmentKind::Inserted) {
                QCOMPARE(s.oldBegin, oldAt);
                oldAt = s.oldEnd;
                oldText += c.oldDocument().paragraphs[p.oldIndex].text.mid(s.oldBegin,
                                                                           s.oldEnd - s.oldBegin);
            }
            if (s.kind != SegmentKind::Deleted) {
                QCOMPARE(s.newBegin, newAt);
                newAt = s.newEnd;
                newText += c.newDocument().paragraphs[p.newIndex].text.mid(s.newBegin,
                                                                           s.newEnd - s.newBegin);
            }
        }
        if (p.oldIndex >= 0) {
            ++oldSeen[p.oldIndex];
            QCOMPARE(oldText, c.oldDocument().paragraphs[p.oldIndex].text);
        }
        if (p.newIndex >= 0) {
            ++newSeen[p.newIndex];
            QCOMPARE(newText, c.newDocument().paragraphs[p.newIndex].text);
        }
    }
    QVERIFY(std::all_of(oldSeen.cbegin(), oldSeen.cend(), [](int n) { return n == 1; }));
    QVERIFY(std::all_of(newSeen.cbegin(), newSeen.cend(), [](int n) { return n == 1; }));
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QList<Paragraph>>("before");
        QTest::addColumn<QList<Paragraph>>("after");
        QTest::addColumn<QStringList>("outline");
        QTest::addColumn<QString>("summary");

        QTest::newRow("identical")
            << kBase << kBase << QStringList{"1:kept", "2:kept", "3:kept", "4:kept", "5:kept"}
            << "no differences";
        {
            // 2 bis before renumbering, 3 after: no change at all.
            QList<Paragraph> before = kBase;
            before[2].numbered = false;
            QTest::newRow("renumber only")
                << before << kBase << QStringList{"1:kept", "2:kept", "3:kept", "4:kept", "5:kept"}
                << "no differences";
        }
        {
            const QList<Paragraph> after{kBase[0], kBase[2], kBase[3], kBase[1], kBase[4]};
            QTest::newRow("move")
                << kBase << after << QStringList{"1:kept", "2:moved-away", "3:kept",
                                                 "4:kept", "2:moved-here", "5:kept"}
                << "paragraphs: added 0, deleted 0, changed 0, moved 1; status changes 0 (marked "
                   "deleted 0); brackets: opened 0, closed 0; words: inserted 0, deleted 0";
        }
        {
            QList<Paragraph> after{kBase[0], kBase[2], kBase[3], kBase[1], kBase[4]};
            after[3].text = QStringLiteral("*Call upon* all States to [enhance] cooperation;");
            QTest::newRow("move and edit")
                << kBase << after << QStringList{"1:kept", "2:moved-away",      "3:kept",
                                                 "4:kept", "2:moved-here:text", "5:kept"}
                << "paragraphs: added 0, deleted 0, changed 1, moved 1; status changes 0 (marked "
                   "deleted 0); brackets: opened 1, closed 0; words: inserted 1, deleted 1";
        }
        {
            QList<Paragraph> after = kBase;
            after.removeAt(2);
            after.insert(3, op("bbbb0001", QStringLiteral("*Invite* donors to contribute;")));
            QTest::newRow("add and delete")
                << kBase << after
                << QStringList{"1:kept", "2:kept", "3:removed", "4:kept", "1:added", "5:kept"}
                << "paragraphs: added 1, deleted 1, changed 0, moved 0; status changes 0 (marked "
                   "deleted 0); brackets: opened 0, closed 0; words: inserted 4, deleted 5";
        }
        {
            QList<Paragraph> before = kBase, after = kBase;
            before[0].status = ParagraphStatus::AdReferendum;
            after[0].status = ParagraphStatus::Agreed;
            after[4].status = ParagraphStatus::Deleted;
            QTest::newRow("status change")
                << before << after
                << QStringList{"1:kept:status", "2:kept", "3:kept", "4:kept", "5:kept:status"}
                << "paragraphs: added 0, deleted 0, changed 0, moved 0; status changes 2 (marked "
                   "deleted 1); brackets: opened 0, closed 0; words: inserted 0, deleted 0";
        }
        {
            QList<Paragraph> after = kBase;
            after[1].kind = ParagraphKind::Preambular;
            QTest::newRow("kind change")
                << kBase << after
                << QStringList{"1:kept", "2:kept:kind", "3:kept", "4:kept", "5:kept"}
                << "paragraphs: added 0, deleted 0, changed 0, moved 0; status changes 0 (marked "
                   "deleted 0); kind changes 1; brackets: opened 0, closed 0; words: inserted "
                   "0, deleted 0";
        }
        {
            QList<Paragraph> after = kBase;
            after[1].text = QStringLiteral("*Call upon* all States to [strengthen] cooperation;");
            QTest::newRow("bracket opened")
                << kBase << after
                << QStringList{"1:kept", "2:kept:text", "3:kept", "4:kept", "5:kept"}
                << "paragraphs: added 0, deleted 0, changed 1, moved 0; status changes 0 (marked "
                   "deleted 0); brackets: opened 1, closed 0; words: inserted 0, deleted 0";
            QTest::newRow("bracket closed")
                << after << kBase
                << QStringList{"1:kept", "2:kept:text", "3:kept", "4:kept", "5:kept"}
                << "paragraphs: added 0, deleted 0, changed 1, moved 0; status changes 0 (marked "
                   "deleted 0); brackets: opened 0, closed 1; words: inserted 0, deleted 0";
        }
        {
            QList<Paragraph> after = kBase;
            after[1].text = QStringLiteral("*Call upon* all States to [Alt 1 (EU): strengthen] "
                                           "[Alt 2 (RU, KZ): enhance] cooperation;");
            QTest::newRow("alternatives added")
                << kBase << after
                << QStringList{"1:kept", "2:kept:text", "3:kept", "4:kept", "5:kept"}
                << "paragraphs: added 0, deleted 0, changed 1, moved 0; status changes 0 (marked "
                   "deleted 0); brackets: opened 2, closed 0; words: inserted 9, deleted 1";
        }
        {
            const QList<Paragraph> before{
                op("cccc0001", QStringLiteral("*Призывают* все государства "
                                              "укреплять сотрудничество;"))};
            const QList<Paragraph> after{
                op("cccc0001", QStringLiteral("*Призывают* все государства "
                                              "расширять трансграничное "
                                              "сотрудничество;"))};
            QTest::newRow("Cyrillic")
                << before << after << QStringList{"1:kept:text"}
                << "paragraphs: added 0, deleted 0, changed 1, moved 0; status changes 0 (marked "
                   "deleted 0); brackets: opened 0, closed 0; words: inserted 2, deleted 1";
        }
        {
            const QList<Paragraph> before{
                op("dddd0001", QStringLiteral("*تدعو* جميع الدول إلى تعزيز التعاون الإقليمي؛"))};
            const QList<Paragraph> after{
                op("dddd0001", QStringLiteral("*تدعو* جميع الدول إلى تعزيز التعاون الدولي؛"))};
            QTest::newRow("Arabic")
                << before << after << QStringList{"1:kept:text"}
                << "paragraphs: added 0, deleted 0, changed 1, moved 0; status changes 0 (marked "
                   "deleted 0); brackets: opened 0, closed 0; words: inserted 1, deleted 1";
        }
        {
            const QList<Paragraph> before{
                op("eeee0001", QStringLiteral("*呼吁*各国加强边境管理合作；"))};
            const QList<Paragraph> after{
                op("eeee0001", QStringLiteral("*呼吁*各国[加强]边境安全合作；"))};
            QTest::newRow("Chinese")
                << before << after << QStringList{"1:kept:text"}
                << "paragraphs: added 0, deleted 0, changed 1, moved 0; status changes 0 (marked "
                   "deleted 0); brackets: opened 1, closed 0; words: inserted 2, deleted 2";
        }
        QTest::newRow("empty document")
            << QList<Paragraph>{} << QList<Paragraph>{} << QStringList{} << "no differences";
        QTest::newRow("from an empty document")
            << QList<Paragraph>{} << QList<Paragraph>{kBase[0], kBase[1]}
            << QStringList{"1:added", "2:added"}
            << "paragraphs: added 2, deleted 0, changed 0, moved 0; status changes 0 (marked "
               "deleted 0); brackets: opened 0, closed 0; words: inserted 13, deleted 0";
        {
            QList<Paragraph> after = kBase;
            for (Paragraph &p : after)
                p.text = QStringLiteral("*Note* a wholly different sentence %1.").arg(p.id);
            QTest::newRow("full rewrite")
                << kBase << after
                << QStringList{"1:kept:text", "2:kept:text", "3:kept:text", "4:kept:text",
                               "5:kept:text"}
                << "paragraphs: added 0, deleted 0, changed 5, moved 0; status changes 0 (marked "
                   "deleted 0); brackets: opened 0, closed 0; words: inserted 30, deleted 29";
        }
    }

    void rows()
    {
        QFETCH(QList<Paragraph>, before);
        QFETCH(QList<Paragraph>, after);
        QFETCH(QStringList, outline);
        QFETCH(QString, summary);
        const Comparison c = Comparison::compare(document(before), document(after));
        QCOMPARE(::outline(c), outline);
        QCOMPARE(c.summaryText(), summary);
        checkReconstruction(c);
        // Reversed, the same paragraphs change and the figures swap.
        const Comparison back = Comparison::compare(document(after), document(before));
        QCOMPARE(back.summary().added, c.summary().removed);
        QCOMPARE(back.summary().wordsInserted, c.summary().wordsDeleted);
        QCOMPARE(back.summary().bracketsOpened, c.summary().bracketsClosed);
        QCOMPARE(back.summary().moved, c.summary().moved);
        checkReconstruction(back);
    }

    void redlinesOfRows()
    {
        QList<Paragraph> after{kBase[0], kBase[2], kBase[3], kBase[1], kBase[4]};
        after[3].text = QStringLiteral("*Call upon* all States to [enhance] cooperation;");
        const Comparison c = Comparison::compare(document(kBase), document(after));
        QCOMPARE(redline(c, c.paragraphs()[4]),
                 QStringLiteral("*Call upon* all States to {-strengthen-}{+[enhance]+} "
                                "cooperation;"));

        const Comparison zh = Comparison::compare(
            document({op("eeee0001", QStringLiteral("*呼吁*各国加强边境管理合作；"))}),
            document({op("eeee0001", QStringLiteral("*呼吁*各国[加强]边境安全合作；"))}));
        QCOMPARE(redline(zh, zh.paragraphs()[0]),
                 QStringLiteral("*呼吁*各国{+[+}加强{+]+}边境{-管理-}{+安全+}合作；"));
    }

    // One paragraph of a megabyte, a few words changed: correct, and not a quadratic effort.
    void megabyteParagraph()
    {
        QString before;
        while (before.size() < 1024 * 1024)
            before += QStringLiteral("the States shall strengthen border cooperation and ");
        QString after = before;
        after.replace(500000, 10, QStringLiteral("[enhance] "));
        after.insert(900000, QStringLiteral("in particular "));
        QElapsedTimer timer;
        timer.start();
        const Comparison c = Comparison::compare(document({op("ffff0001", before)}),
                                                 document({op("ffff0001", after)}));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(c.summary().changed, 1);
        QVERIFY(c.summary().wordsInserted >= 3 && c.summary().wordsInserted <= 5);
        QCOMPARE(c.summary().bracketsOpened, 1);
        QCOMPARE(c.summary().boundedParagraphs, 0);
        checkReconstruction(c);
    }

    // A long paragraph rewritten from end to end: the work is bounded and the summary says so.
    void fullRewriteOfALongParagraphIsBounded()
    {
        QString before, after;
        for (int i = 0; i < 20000; ++i) {
            before += QStringLiteral("w%1 ").arg(i * 7919 % 20011);
            after += QStringLiteral("w%1 ").arg(i * 104729 % 20011);
        }
        QElapsedTimer timer;
        timer.start();
        const Comparison c = Comparison::compare(document({op("ffff0002", before)}),
                                                 document({op("ffff0002", after)}));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(c.summary().boundedParagraphs, 1);
        QVERIFY(c.paragraphs()[0].bounded);
        QVERIFY(c.summaryText().contains(QLatin1String("simplified: 1 paragraphs")));
        checkReconstruction(c);
    }

    // The property on realistic revisions: generated documents revised with word changes,
    // moves, insertions, deletions and status changes.
    void reconstructionOnGeneratedRevisions()
    {
        for (quint32 seed = 1; seed <= 12; ++seed) {
            bench::DocumentGenerator generator(seed);
            const Document base = generator.generate(80, 8000);
            bench::RevisionEdits edits;
            edits.changedWords = bench::DocumentGenerator::wordCount(base) / 20;
            edits.movedParagraphs = 4;
            edits.insertedParagraphs = 2;
            edits.deletedParagraphs = 2;
            edits.statusChanges = 5;
            const Document next = generator.revise(base, edits);
            const Comparison c = Comparison::compare(base, next);
            checkReconstruction(c);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("seed %1").arg(seed)));
            QVERIFY(c.summary().moved >= 1);
            QVERIFY(c.summary().changed > 10);
            QCOMPARE(c.summary().added, 2);
            QCOMPARE(c.summary().boundedParagraphs, 0);
            const Comparison back = Comparison::compare(next, base);
            checkReconstruction(back);
            QCOMPARE(back.summary().moved, c.summary().moved);
        }
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
