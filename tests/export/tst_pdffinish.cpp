// Finishing a printed PDF with qpdf: every page numbered "n/N", the document information set,
// the lines of the text numbered from 1 on each page (left, or right for right-to-left text)
// while the masthead, the notes and the draft mark are not, and a file that is not a PDF
// reported, not crashed on. The PDF is drawn with QPdfWriter, so
// this test needs no QtWebEngine and runs in the sanitizer build too.

#include "web/pdffinish.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace plenary;
using namespace Qt::StringLiterals;

namespace {

QByteArray threePages()
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int page = 1; page <= 3; ++page) {
            if (page > 1)
                writer.newPage();
            // A state left changed at the end of the content must not move the number.
            painter.translate(500, 500);
            painter.drawText(QPointF(100, 100), u"Body of page %1"_s.arg(page));
        }
    }
    return bytes;
}

// A printed text as PrintHtml lays it out with line numbers, in points on A4 (595 × 842): the
// masthead and the notes start at the 20 mm margin (56.7 pt), the title and the paragraphs in
// the column 10 mm further in (85 pt); mirrored for right-to-left text. A draft mark of 100 pt
// crosses every page, and the first line of the text ends with a small raised note marker.
constexpr double kMargin = 56.7;
constexpr double kColumn = 85.1;
constexpr double kPageWidth = 595.0;
const QList<int> kLinesPerPage{5, 8, 4};

double baselineOf(int page, int line)
{
    return (page == 1 ? 160 : 80) + line * 15.5;
}

QByteArray printedText(bool rightToLeft)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter(&writer);
        const QFont body(u"DejaVu Serif"_s, 11);
        // Text from `edge` points off the page's edge on the text's starting side.
        auto write = [&](const QString &text, double edge, double baseline, const QFont &font) {
            painter.setFont(font);
            const double width = QFontMetricsF(font, &writer).horizontalAdvance(text);
            painter.drawText(QPointF(rightToLeft ? kPageWidth - edge - width : edge, baseline),
                             text);
        };
        for (int page = 1; page <= kLinesPerPage.size(); ++page) {
            if (page > 1)
                writer.newPage();
            if (page == 1) {
                QFont bold(u"DejaVu Sans"_s, 12, QFont::Bold);
                write(u"Masthead Conference on Border Security   CONF/2026/L.1"_s, kMargin, 70,
                      bold);
                write(u"Masthead Distr.: Limited"_s, kMargin, 95, QFont(u"DejaVu Sans"_s, 9));
                write(u"Masthead Original: English"_s, kMargin, 110, QFont(u"DejaVu Sans"_s, 9));
            }
            for (int line = 1; line <= kLinesPerPage[page - 1]; ++line) {
                const QString text = u"Body p%1 l%2 of the negotiated text"_s.arg(page).arg(line);
                // Paragraphs start further in than the column, their numbers at its edge.
                write(text, kColumn + (line % 3) * 12, baselineOf(page, line), body);
                if (page == 1 && line == 1) {
                    const double width =
                        QFontMetricsF(body, &writer).horizontalAdvance(text + u" "_s);
                    write(u"3"_s, kColumn + 12 + width, baselineOf(page, line) - 4,
                          QFont(u"DejaVu Serif"_s, 7));
                }
            }
            if (page == kLinesPerPage.size())
                write(u"Notes 1 OP1 Kazakhstan a comment"_s, kMargin, baselineOf(page, 8), body);
            painter.setFont(QFont(u"DejaVu Sans"_s, 100, QFont::Bold));
            painter.drawText(QPointF(130, 340), u"DRAFT"_s);
        }
    }
    return bytes;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestPdfFinish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersEveryPageAndSetsTheInformation()
    {
        web::PdfDocumentInfo info;
        info.title = u"Déclaration de Samarcande"_s;
        info.author = u"Republic of Uzbekistan"_s;
        info.subject = u"BSCT/2026/L.1/Rev.2"_s;
        info.keywords = {u"BSCT/2026/L.1/Rev.2"_s, u"revision 1e95b38"_s, u"forced final"_s};
        info.creator = u"Plenary test"_s;
        info.created = QDateTime(QDate(2026, 11, 20), QTime(16, 40), QTimeZone(5 * 3600));
        auto finished = web::finishPdf(threePages(), info);
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().message));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"finished.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(finished.value());
        file.close();

        const QString pdfinfo = run(u"pdfinfo"_s, {u"-isodates"_s, path});
        QVERIFY2(pdfinfo.contains(u"Title:           Déclaration de Samarcande\n"_s),
                 qPrintable(pdfinfo));
        QVERIFY(pdfinfo.contains(u"Author:          Republic of Uzbekistan\n"_s));
        QVERIFY(pdfinfo.contains(u"Subject:         BSCT/2026/L.1/Rev.2\n"_s));
        QVERIFY(pdfinfo.contains(
            u"Keywords:        BSCT/2026/L.1/Rev.2, revision 1e95b38, forced final\n"_s));
        QVERIFY(pdfinfo.contains(u"CreationDate:    2026-11-20T16:40:00+05"_s));
        QVERIFY(pdfinfo.contains(u"Pages:           3\n"_s));

        const QStringList pages =
            run(u"pdftotext"_s, {path, u"-"_s}).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 3);
        for (int page = 1; page <= 3; ++page) {
            QVERIFY(pages[page - 1].contains(u"Body of page %1"_s.arg(page)));
            QVERIFY2(pages[page - 1].contains(u"%1/3"_s.arg(page)), qPrintable(pages[page - 1]));
        }
        // The number sits at the foot of the page, centred, whatever the content left behind.
        const QString bbox =
            run(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, path, u"-"_s});
        const QRegularExpression word(
            u"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">2/3"_s);
        const QRegularExpressionMatch m = word.match(bbox);
        QVERIFY2(m.hasMatch(), qPrintable(bbox));
        const double centre = (m.captured(1).toDouble() + m.captured(3).toDouble()) / 2;
        QVERIFY(qAbs(centre - 595.0 / 2) < 3);
        QVERIFY(m.captured(2).toDouble() > 800);
    }

    void numbersTheLinesOfTheText_data()
    {
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("left to right") << false;
        QTest::newRow("right to left") << true;
    }

    void numbersTheLinesOfTheText()
    {
        QFETCH(bool, rightToLeft);
        web::PdfDocumentInfo info;
        info.lineNumbers = true;
        info.rightToLeft = rightToLeft;
        auto finished = web::finishPdf(printedText(rightToLeft), info);
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().message));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"numbered.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(finished.value());
        file.close();

        // Each line of the text carries its number, from 1 on every page; nothing else does.
        const QStringList pages = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s})
                                      .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), kLinesPerPage.size());
        const QRegularExpression numbered(rightToLeft
                                              ? u"^\\s*(Body p\\d+ l(\\d+) .*\\S)\\s+(\\d+)$"_s
                                              : u"^\\s*(\\d+)\\s+(Body p\\d+ l(\\d+) .*)$"_s);
        for (int page = 1; page <= kLinesPerPage.size(); ++page) {
            int expected = 0;
            for (const QString &line : pages[page - 1].split(QLatin1Char('\n'))) {
                const QString trimmed = line.trimmed();
                if (trimmed.isEmpty() || trimmed == u"%1/%2"_s.arg(page).arg(kLinesPerPage.size()))
                    continue;
                // pdftotext sets the raised marker of a right-to-left line on a line of its own;
                // it is part of the first line (which a number of its own would show).
                if (page == 1 && trimmed == u"3"_s && rightToLeft)
                    continue;
                if (trimmed.startsWith(u"Masthead"_s) || trimmed.startsWith(u"Notes"_s) ||
                    trimmed.startsWith(u"DRAFT"_s)) {
                    QVERIFY2(!QRegularExpression(u"\\s\\d+$"_s).match(trimmed).hasMatch(),
                             qPrintable(line));
                    continue;
                }
                const QRegularExpressionMatch m = numbered.match(line);
                QVERIFY2(m.hasMatch(), qPrintable(u"page %1: %2"_s.arg(page).arg(line)));
                ++expected;
                const int number = (rightToLeft ? m.captured(3) : m.captured(1)).toInt();
                const int drawn = (rightToLeft ? m.captured(2) : m.captured(3)).toInt();
                QCOMPARE(number, expected);
                QCOMPARE(drawn, expected);
            }
            QCOMPARE(expected, kLinesPerPage[page - 1]);
        }

        // The numbers stand in the gap beside the column, on the baselines of their lines.
        const QString bbox =
            run(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, path, u"-"_s});
        const QRegularExpression word(
            u"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
            "yMax=\"([0-9.]+)\">([0-9]+)</word>"_s);
        int checked = 0;
        for (auto it = word.globalMatch(bbox); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int number = m.captured(5).toInt();
            if (m.captured(1).toDouble() > 200 && m.captured(3).toDouble() < 400)
                continue; // the page number, centred
            const double left = m.captured(1).toDouble();
            const double right = m.captured(3).toDouble();
            if (rightToLeft) {
                QVERIFY2(left >= kPageWidth - kColumn + 3, qPrintable(m.captured(0)));
                QVERIFY2(right <= kPageWidth - kMargin, qPrintable(m.captured(0)));
            } else {
                QVERIFY2(right <= kColumn - 3, qPrintable(m.captured(0)));
                QVERIFY2(left >= kMargin, qPrintable(m.captured(0)));
            }
            // Helvetica descends 0.207 em below its baseline.
            const double baseline = m.captured(4).toDouble() - 0.207 * 7.5;
            QVERIFY2(qAbs(baseline - baselineOf(2, number)) < 1.0,
                     qPrintable(u"%1: baseline %2, line at %3"_s.arg(m.captured(0))
                                    .arg(baseline)
                                    .arg(baselineOf(2, number))));
            ++checked;
        }
        QCOMPARE(checked, kLinesPerPage[1]);
    }

    void notAPdf()
    {
        auto finished = web::finishPdf("this is not a PDF", {});
        QVERIFY(!finished);
        QVERIFY(finished.error().message.startsWith(u"the PDF could not be finished"_s));
    }
};

QTEST_MAIN(TestPdfFinish)
#include "tst_pdffinish.moc"
