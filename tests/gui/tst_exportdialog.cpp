// File → Export…: the dialog on the demo negotiation, with the real QtWebEngine printing its
// preview offscreen, qpdf finishing it, and poppler's tools reading what was written.

#include "gui/exportdialog.h"
#include "gui/mainwindow.h"
#include "history/demonegotiation.h"
#include "web/sandbox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPdfDocument>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plenary;
using namespace plenary::gui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPreviewTimeoutMs = 120000; // Chromium's first start on a loaded machine

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

public:
    static void initMain() { web::Sandbox::prepareApplication(true); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_repo;

    // Opens the dialog from the File menu and waits for its first preview.
    ExportDialog *openDialog(MainWindow &window)
    {
        if (!window.openRepository(m_repo))
            return nullptr;
        auto *action = window.findChild<QAction *>(u"export"_s);
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        auto *dialog = window.findChild<ExportDialog *>();
        if (!dialog)
            return nullptr;
        QSignalSpy ready(dialog, &ExportDialog::previewReady);
        if (!ready.wait(kPreviewTimeoutMs))
            return nullptr;
        return dialog;
    }

    // Waits for the preview of the options the dialog shows now.
    static bool waitForPreview(ExportDialog *dialog)
    {
        QSignalSpy ready(dialog, &ExportDialog::previewReady);
        return ready.wait(kPreviewTimeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(u"config"_s)));
        m_repo = m_dir->filePath(u"demo"_s);
        QVERIFY(DemoNegotiation::create(m_repo).isOk());
    }

    void previewsTheDraftAndExportsTheFilePreviewed()
    {
        MainWindow window;
        ExportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(!dialog->previewPdf().isEmpty());
        QVERIFY(dialog->preview()->pageCount() >= 2);
        QVERIFY(dialog->exportButton()->isEnabled());
        QVERIFY(dialog->blockerList()->isHidden());
        // The named revisions are offered beside the latest one.
        QTRY_VERIFY(dialog->revisionBox()->findText(u"Rev.2"_s, Qt::MatchStartsWith) >= 0);
        QVERIFY(dialog->revisionBox()->findText(u"Rev.1"_s, Qt::MatchStartsWith) >= 0);

        const QString pdf = m_dir->filePath(u"draft.pdf"_s);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QVERIFY(dialog->exportTo(pdf));
        QCOMPARE(exported.size(), 1);
        const QString text = run(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY2(text.contains(u"DRAFT"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"1/"_s));
        QVERIFY(run(u"pdfinfo"_s, {pdf}).contains(u"draft"_s));
    }

    void anOlderRevisionCarriesItsNumberInTheSymbol()
    {
        MainWindow window;
        ExportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->revisionBox()->findText(u"Rev.1"_s, Qt::MatchStartsWith) >= 0);
        dialog->revisionBox()->setCurrentIndex(
            dialog->revisionBox()->findText(u"Rev.1"_s, Qt::MatchStartsWith));
        QVERIFY(waitForPreview(dialog));
        const QString pdf = m_dir->filePath(u"rev1.pdf"_s);
        QVERIFY(dialog->exportTo(pdf));
        QVERIFY(run(u"pdftotext"_s, {pdf, u"-"_s}).contains(u"/Rev.1"_s));
    }

    void aFinalExportOfABracketedTextIsRefusedWithItsReport()
    {
        MainWindow window;
        ExportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(!dialog->forceBox()->isEnabled());
        dialog->finalBox()->setChecked(true);
        QVERIFY(dialog->forceBox()->isEnabled());
        QVERIFY(waitForPreview(dialog));

        // The demo still has brackets, alternatives, proposed paragraphs and open comments.
        QVERIFY(dialog->blockerList()->isVisibleTo(dialog));
        QVERIFY(dialog->blockerList()->count() > 3);
        QStringList report;
        for (int i = 0; i < dialog->blockerList()->count(); ++i)
            report.append(dialog->blockerList()->item(i)->text());
        QVERIFY2(report.join(u'\n').contains(u"square bracket"_s), qPrintable(report.join(u'\n')));
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(!dialog->exportTo(m_dir->filePath(u"refused.pdf"_s)));
        QVERIFY(!QFile::exists(m_dir->filePath(u"refused.pdf"_s)));

        // Forced, it is issued, and the PDF says so.
        dialog->forceBox()->setChecked(true);
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog->exportButton()->isEnabled());
        const QString pdf = m_dir->filePath(u"forced.pdf"_s);
        QVERIFY(dialog->exportTo(pdf));
        QVERIFY(run(u"pdfinfo"_s, {pdf}).contains(u"forced final"_s));
        QVERIFY(!run(u"pdftotext"_s, {pdf, u"-"_s}).contains(u"DRAFT"_s));
    }

    void optionsFollowTheFormat()
    {
        MainWindow window;
        ExportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->lineNumbersBox()->isEnabled());
        QVERIFY(dialog->commentsBox()->isEnabled());
        dialog->lineNumbersBox()->setChecked(true);
        dialog->commentsBox()->setChecked(true);
        QVERIFY(waitForPreview(dialog));
        const QString pdf = m_dir->filePath(u"numbered.pdf"_s);
        QVERIFY(dialog->exportTo(pdf));
        const QString text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY2(text.contains(QRegularExpression(u"\\n\\s+1\\s+Samarkand Declaration"_s)),
                 qPrintable(text.left(1500)));
        QVERIFY(text.contains(u"Open comments"_s));

        // Only pages have lines to number; Akoma Ntoso carries no comments.
        dialog->formatBox()->setCurrentIndex(
            dialog->formatBox()->findData(int(ExportFormat::Text)));
        QVERIFY(!dialog->lineNumbersBox()->isEnabled());
        QVERIFY(dialog->commentsBox()->isEnabled());
        dialog->formatBox()->setCurrentIndex(
            dialog->formatBox()->findData(int(ExportFormat::AkomaNtoso)));
        QVERIFY(!dialog->commentsBox()->isEnabled());
        QVERIFY(!dialog->options().comments);
        QVERIFY(!dialog->options().lineNumbers);

        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(ExportFormat::Odt)));
        QVERIFY(waitForPreview(dialog));
        const QString odt = m_dir->filePath(u"text.odt"_s);
        QVERIFY(dialog->exportTo(odt));
        QFile file(odt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(2) == "PK");
    }

    void otherFormatsAreWrittenFromTheSameRevision()
    {
        MainWindow window;
        ExportDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        dialog->formatBox()->setCurrentIndex(
            dialog->formatBox()->findData(int(ExportFormat::Text)));
        QVERIFY(waitForPreview(dialog));
        const QString txt = m_dir->filePath(u"text.txt"_s);
        QVERIFY(dialog->exportTo(txt));
        QFile file(txt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(u"DRAFT"_s));
        QVERIFY(text.contains(u"\n1. "_s));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
