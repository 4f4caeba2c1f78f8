#pragma once

#include "export/exportjob.h"
#include "git/oid.h"

#include <QBuffer>
#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;

namespace plenary::web {
class PdfPrinter;
}

namespace plenary::gui {

/// File → Export…: a saved revision as the secretariat issues it, in any format, with the PDF
/// previewed before anything is written. A final export runs the finalise check first and lists
/// what blocks it; it is refused until the check passes, unless the secretariat forces it.
/// Reading, checking, printing and finishing all happen off the GUI thread (printing in
/// QtWebEngine's own process).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// Exports revisions of the negotiation at `root`, offering `latest` and every named one.
    ExportDialog(const QString &root, const git::Oid &latest, QWidget *parent = nullptr);
    ~ExportDialog() override;

    [[nodiscard]] QComboBox *formatBox() const { return m_format; }
    [[nodiscard]] QComboBox *revisionBox() const { return m_revision; }
    [[nodiscard]] QCheckBox *finalBox() const { return m_final; }
    [[nodiscard]] QCheckBox *forceBox() const { return m_force; }
    [[nodiscard]] QCheckBox *commentsBox() const { return m_comments; }
    [[nodiscard]] QCheckBox *lineNumbersBox() const { return m_lineNumbers; }
    [[nodiscard]] QListWidget *blockerList() const { return m_blockers; }
    [[nodiscard]] QPdfDocument *preview() const { return m_document; }
    [[nodiscard]] QPushButton *exportButton() const { return m_exportButton; }
    /// The finished PDF of the preview; empty while it is being made.
    [[nodiscard]] const QByteArray &previewPdf() const { return m_pdf; }
    /// The options as the dialog shows them.
    [[nodiscard]] ExportJob::Options options() const;

    /// Writes the export to `path` (what Export… does after asking where). Returns false and
    /// shows why when it could not.
    bool exportTo(const QString &path);

Q_SIGNALS:
    /// The preview is up to date with the options (or could not be made: see the status line).
    void previewReady();
    /// A file was written.
    void exported(const QString &path);

private:
    struct Prepared
    {
        std::optional<ExportJob> job;
        QString page;
        QString error;
    };

    void loadRevisions();
    void optionsChanged();
    void prepare();
    void prepared();
    void printed(const QByteArray &pdf, const QString &error);
    void finished();
    void chooseFile();
    void showStatus(const QString &text, bool busy);
    void updateButtons();
    [[nodiscard]] git::Oid selectedRevision() const;
    [[nodiscard]] static Prepared prepareJob(const QString &root, const git::Oid &revision,
                                             const ExportJob::Options &options);

    QString m_root;
    git::Oid m_latest;
    QComboBox *m_format;
    QComboBox *m_revision;
    QList<git::Oid> m_revisions; ///< the revision of each entry of m_revision
    QComboBox *m_paper;
    QCheckBox *m_final;
    QCheckBox *m_force;
    QCheckBox *m_comments;
    QCheckBox *m_lineNumbers;
    QLabel *m_reportTitle;
    QListWidget *m_blockers;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPdfView *m_view;
    QPdfDocument *m_document;
    QBuffer m_pdfBuffer;
    QByteArray m_pdf;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QTimer m_debounce;
    QFutureWatcher<QList<std::pair<git::Oid, QString>>> m_revisionLoader;
    QFutureWatcher<Prepared> m_preparer;
    QFutureWatcher<std::pair<QByteArray, QString>> m_finisher; ///< the PDF, or why not
    web::PdfPrinter *m_printer;
    std::optional<ExportJob> m_job; ///< the job the preview shows
    bool m_stale = false;           ///< the options changed while the preview was being made
};

} // namespace plenary::gui
