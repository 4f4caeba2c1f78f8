#include "exportdialog.h"

#include "history/negotiationrepository.h"
#include "web/exportinfo.h"
#include "web/pdffinish.h"
#include "web/pdfprinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace plenary::gui {

namespace {

const char kLastFolderKey[] = "export/folder";

QString formatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return ExportDialog::tr("PDF document");
    case ExportFormat::Html:
        return ExportDialog::tr("Web page (HTML)");
    case ExportFormat::Text:
        return ExportDialog::tr("Plain text");
    case ExportFormat::Odt:
        return ExportDialog::tr("OpenDocument text (ODT)");
    case ExportFormat::AkomaNtoso:
        return ExportDialog::tr("Akoma Ntoso XML");
    }
    return QString();
}

QString fileFilter(ExportFormat format)
{
    return formatTitle(format) + QLatin1String(" (*.") + ExportJob::extension(format) +
           QLatin1Char(')');
}

QPageLayout pageLayout(PrintHtml::Paper paper)
{
    return web::printLayout(paper == PrintHtml::Paper::Letter ? QStringLiteral("Letter")
                                                              : QStringLiteral("A4"));
}

} // namespace

ExportDialog::ExportDialog(const QString &root, const git::Oid &latest, QWidget *parent)
    : QDialog(parent), m_root(root), m_latest(latest), m_format(new QComboBox(this)),
      m_revision(new QComboBox(this)), m_paper(new QComboBox(this)),
      m_final(new QCheckBox(tr("&Final text (no DRAFT mark)"), this)),
      m_force(new QCheckBox(tr("Issue e&ven though the check fails"), this)),
      m_comments(new QCheckBox(tr("Open &comments as endnotes"), this)),
      m_lineNumbers(new QCheckBox(tr("&Line numbers in the margin"), this)),
      m_reportTitle(new QLabel(this)), m_blockers(new QListWidget(this)),
      m_status(new QLabel(this)), m_busy(new QProgressBar(this)), m_view(new QPdfView(this)),
      m_document(new QPdfDocument(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_exportButton(m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole)),
      m_printer(new web::PdfPrinter(this))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));

    for (ExportFormat format : ExportJob::formats())
        m_format->addItem(formatTitle(format), int(format));
    m_revision->addItem(tr("Latest revision (%1)").arg(latest.shortString()));
    m_revisions.append(latest);
    m_paper->addItem(tr("A4"), int(PrintHtml::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(PrintHtml::Paper::Letter));
    m_force->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Revision:"), m_revision);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(m_final);
    form->addRow(m_force);
    form->addRow(m_comments);
    form->addRow(m_lineNumbers);
    m_lineNumbers->setToolTip(tr("For negotiation sessions: every line of the text numbered, "
                                 "from 1 on each page (PDF only)."));

    m_reportTitle->setWordWrap(true);
    m_reportTitle->setObjectName(QStringLiteral("finaliseReportTitle"));
    m_blockers->setObjectName(QStringLiteral("finaliseReport"));
    m_blockers->setAlternatingRowColors(true);
    m_blockers->setWordWrap(true);
    m_blockers->setTextElideMode(Qt::ElideNone);
    m_blockers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reportTitle->hide();
    m_blockers->hide();

    auto *side = new QWidget(this);
    side->setMinimumWidth(340);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(form);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_reportTitle);
    sideLayout->addWidget(m_blockers, 1);
    sideLayout->addStretch(0);

    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setObjectName(QStringLiteral("exportPreview"));
    m_view->setMinimumWidth(420);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
    resize(1000, 720);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ExportDialog::prepare);
    for (QComboBox *box : {m_format, m_revision, m_paper})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    connect(m_final, &QCheckBox::toggled, this, [this](bool on) {
        m_force->setEnabled(on);
        if (!on)
            m_force->setChecked(false);
        optionsChanged();
    });
    for (QCheckBox *box : {m_force, m_comments, m_lineNumbers})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const auto format = ExportFormat(m_format->currentData().toInt());
        m_comments->setEnabled(ExportJob::carriesComments(format));
        m_lineNumbers->setEnabled(ExportJob::numbersLines(format));
    });
    connect(&m_preparer, &QFutureWatcher<Prepared>::finished, this, &ExportDialog::prepared);
    connect(m_printer, &web::PdfPrinter::printed, this, &ExportDialog::printed);
    connect(&m_finisher, &QFutureWatcher<std::pair<QByteArray, QString>>::finished, this,
            &ExportDialog::finished);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    m_exportButton->setDefault(true);

    loadRevisions();
    prepare();
}

ExportDialog::~ExportDialog()
{
    // The workers read only copies; waiting keeps their results from arriving at a dead dialog.
    m_revisionLoader.waitForFinished();
    m_preparer.waitForFinished();
    m_finisher.waitForFinished();
}

ExportJob::Options ExportDialog::options() const
{
    ExportJob::Options options;
    options.format = ExportFormat(m_format->currentData().toInt());
    options.paper = PrintHtml::Paper(m_paper->currentData().toInt());
    options.final = m_final->isChecked();
    options.force = options.final && m_force->isChecked();
    options.comments = m_comments->isEnabled() && m_comments->isChecked();
    options.lineNumbers = m_lineNumbers->isEnabled() && m_lineNumbers->isChecked();
    return options;
}

git::Oid ExportDialog::selectedRevision() const
{
    return m_revisions.value(m_revision->currentIndex(), m_latest);
}

void ExportDialog::loadRevisions()
{
    connect(&m_revisionLoader, &QFutureWatcher<QList<std::pair<git::Oid, QString>>>::finished, this,
            [this] {
                const QSignalBlocker blocker(m_revision);
                for (const auto &[id, label] : m_revisionLoader.result()) {
                    m_revision->addItem(label);
                    m_revisions.append(id);
                }
            });
    // Named revisions, newest first: a walk of the history, so not on the GUI thread.
    m_revisionLoader.setFuture(QtConcurrent::run([root = m_root, latest = m_latest] {
        QList<std::pair<git::Oid, QString>> named;
        auto repository = NegotiationRepository::open(root);
        if (!repository)
            return named;
        auto log = repository->log(latest, {});
        if (!log)
            return named;
        for (const Revision &revision : log.value()) {
            if (!revision.tags.isEmpty())
                named.append({revision.id,
                              QStringLiteral("%1 (%2)").arg(revision.tags.join(QLatin1String(", ")),
                                                            revision.id.shortString())});
        }
        return named;
    }));
}

void ExportDialog::optionsChanged()
{
    m_debounce.start();
}

ExportDialog::Prepared ExportDialog::prepareJob(const QString &root, const git::Oid &revision,
                                                const ExportJob::Options &options)
{
    Prepared prepared;
    auto repository = NegotiationRepository::open(root);
    if (!repository) {
        prepared.error = repository.error().message;
        return prepared;
    }
    auto source = ExportSource::read(*repository, revision);
    if (!source) {
        prepared.error = source.error().message;
        return prepared;
    }
    ExportJob job(std::move(source.value()), options);
    job.check();
    prepared.page = job.printPage();
    prepared.job = std::move(job);
    return prepared;
}

void ExportDialog::prepare()
{
    if (m_preparer.isRunning() || m_printer->isPrinting() || m_finisher.isRunning()) {
        // One preview at a time; the newest options win once this one is done.
        m_stale = true;
        return;
    }
    m_stale = false;
    const git::Oid revision = selectedRevision();
    m_job.reset();
    m_pdf.clear();
    updateButtons();
    showStatus(m_final->isChecked() ? tr("Checking the text and preparing the preview…")
                                    : tr("Preparing the preview…"),
               true);
    m_preparer.setFuture(QtConcurrent::run(&ExportDialog::prepareJob, m_root, revision, options()));
}

void ExportDialog::prepared()
{
    Prepared result = m_preparer.result();
    if (m_stale) {
        prepare();
        return;
    }
    if (!result.job) {
        showStatus(result.error, false);
        return;
    }
    m_job = std::move(result.job);

    const QList<FinaliseBlocker> &blockers = m_job->blockers();
    m_blockers->clear();
    for (const FinaliseBlocker &blocker : blockers)
        m_blockers->addItem(blocker.toString());
    m_reportTitle->setVisible(!blockers.isEmpty());
    m_blockers->setVisible(!blockers.isEmpty());
    if (!blockers.isEmpty()) {
        m_reportTitle->setText(
            m_job->isRefused()
                ? tr("<b>This text cannot be issued as final yet.</b> Resolve what blocks "
                     "it (%1), or issue it anyway:")
                      .arg(blockers.size())
                : tr("<b>Issued as final despite what blocks it (%1).</b> The PDF says so in "
                     "its keywords.")
                      .arg(blockers.size()));
    }
    showStatus(tr("Printing the preview…"), true);
    m_printer->print(result.page.toUtf8(), pageLayout(m_job->options().paper));
}

void ExportDialog::printed(const QByteArray &pdf, const QString &error)
{
    if (m_stale) {
        prepare();
        return;
    }
    if (pdf.isEmpty() || !m_job) {
        showStatus(tr("The preview could not be printed: %1").arg(error), false);
        Q_EMIT previewReady();
        return;
    }
    const web::PdfDocumentInfo info = web::exportInfo(*m_job);
    showStatus(tr("Numbering the pages…"), true);
    m_finisher.setFuture(QtConcurrent::run([pdf, info] {
        auto finished = web::finishPdf(pdf, info);
        return finished ? std::pair<QByteArray, QString>(finished.value(), QString())
                        : std::pair<QByteArray, QString>(QByteArray(), finished.error().message);
    }));
}

void ExportDialog::finished()
{
    if (m_stale) {
        prepare();
        return;
    }
    const auto [pdf, error] = m_finisher.result();
    if (pdf.isEmpty()) {
        showStatus(tr("The preview could not be finished: %1").arg(error), false);
        Q_EMIT previewReady();
        return;
    }
    m_pdf = pdf;
    m_document->close();
    m_pdfBuffer.close();
    m_pdfBuffer.setData(m_pdf);
    m_pdfBuffer.open(QIODevice::ReadOnly);
    m_document->load(&m_pdfBuffer);
    const int pages = m_document->pageCount();
    showStatus(m_job->isRefused()
                   ? tr("Pages: %1. Export is refused until the text passes the check.").arg(pages)
                   : tr("Pages: %1. File: %2").arg(pages).arg(m_job->defaultFileName()),
               false);
    updateButtons();
    Q_EMIT previewReady();
}

void ExportDialog::showStatus(const QString &text, bool busy)
{
    m_status->setText(text);
    m_busy->setVisible(busy);
}

void ExportDialog::updateButtons()
{
    m_exportButton->setEnabled(m_job && !m_job->isRefused() && !m_pdf.isEmpty());
}

void ExportDialog::chooseFile()
{
    if (!m_job)
        return;
    QSettings settings;
    QString folder = settings.value(QLatin1String(kLastFolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const ExportFormat format = m_job->options().format;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(formatTitle(format)),
        QDir(folder).filePath(m_job->defaultFileName()), fileFilter(format));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
    if (exportTo(path))
        accept();
}

bool ExportDialog::exportTo(const QString &path)
{
    if (!m_job || m_job->isRefused() || m_pdf.isEmpty())
        return false;
    QByteArray bytes;
    if (m_job->options().format == ExportFormat::Pdf) {
        // The very file previewed.
        bytes = m_pdf;
    } else {
        auto written = m_job->write();
        if (!written) {
            QMessageBox::warning(this, tr("Export"), written.error().message);
            return false;
        }
        bytes = std::move(written.value());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

} // namespace plenary::gui
