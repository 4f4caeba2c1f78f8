// Finishing a printed PDF with qpdf: every page numbered "n/N", the document information set,
// and a file that is not a PDF reported, not crashed on. The PDF is drawn with QPdfWriter, so
// this test needs no QtWebEngine and runs in the sanitizer build too.

#include "web/pdffinish.h"

#include <QBuffer>
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

    void notAPdf()
    {
        auto finished = web::finishPdf("this is not a PDF", {});
        QVERIFY(!finished);
        QVERIFY(finished.error().message.startsWith(u"the PDF could not be finished"_s));
    }
};

QTEST_MAIN(TestPdfFinish)
#include "tst_pdffinish.moc"
