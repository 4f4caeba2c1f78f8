#pragma once

#include "comments/commentlog.h"
#include "history/editorsession.h"
#include "history/negotiationrepository.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QToolBar;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace plenary::gui {

class DocumentEditor;
class CommentsPanel;
class SpellingController;
class CompareView;
class ExportDialog;
class FindBar;
class HistoryPanel;
class NegotiationMenu;
class OutlinePanel;

/// Plenary's main window: the negotiated text as a document, saved as revisions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the negotiation repository containing `path`; on failure shows why and keeps the
    /// current state.
    bool openRepository(const QString &path);
    /// The welcome page, for a first start.
    void showWelcome();
    /// Asks for the title, language, delegations and folder of a new negotiation, creates its
    /// repository and opens it. Returns whether one was created.
    bool newNegotiation(DocumentKind kind);
    /// Saves the edited text as a revision; asks for a message (and, the first time, who the
    /// drafter is). Returns whether a revision was saved.
    bool save();

    [[nodiscard]] DocumentEditor *editor() const { return m_editor; }
    [[nodiscard]] HistoryPanel *history() const { return m_history; }
    [[nodiscard]] CommentsPanel *comments() const { return m_commentsPanel; }
    [[nodiscard]] SpellingController *spelling() const { return m_spelling; }
    /// Whether the open negotiation can only be read here (an unwritable folder).
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// The notice shown above the text (read-only, in use elsewhere); empty when none.
    [[nodiscard]] QString notice() const;
    /// What the status bar says: words, agreed paragraphs, open brackets, revision.
    [[nodiscard]] QString statusText() const;
    /// Whether the text is shown raw, with its errors, because it does not parse.
    [[nodiscard]] bool showsErrors() const;
    /// The raw text view of a text with errors.
    [[nodiscard]] QPlainTextEdit *rawText() const { return m_rawText; }
    /// Reads the raw text again; if it has no errors left, it opens in the editor (unsaved).
    bool checkRawText();

    /// Shows a revision's text, read-only.
    void showRevision(const Revision &revision);
    /// Brings the selected revision's text back as a new revision.
    bool restoreSelectedRevision();
    /// Names the selected revision (Rev.1, Final).
    bool nameSelectedRevision();
    /// Opens a redline of two revisions, or of a revision and the text being edited.
    CompareView *compare(const Revision &older, const Revision &newer);
    /// File → Export…: the export dialog on the latest saved revision (nullptr with none).
    ExportDialog *exportRevision();
    CompareView *compareWithText(const Revision &revision);
    /// What one delegation changed since a revision (Rev.1), up to the latest.
    CompareView *compareChangesBy(const QString &delegation, const Revision &since);

    /// The Negotiation menu: proposals, merging, pull and push.
    [[nodiscard]] NegotiationMenu *negotiation() const { return m_negotiation; }
    /// The open negotiation's folder (with a trailing slash); empty when none is open.
    [[nodiscard]] QString repositoryRoot() const;
    /// Whether the text, comments or dictionary have changes not saved as a revision.
    [[nodiscard]] bool unsavedWork() const { return hasUnsavedWork(); }
    /// Who drafts here, as save() finds it (asked the first time); nothing if cancelled.
    [[nodiscard]] std::optional<Identity> drafter() { return askIdentity(false); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void editSettings();
    void applySettings();
    void insertCrossReference();
    void askChangesByDelegation();
    void openSample();
    void chooseRepository();
    void updateTitle();
    void updateStatus();
    void updateRevisionLabel();
    void showMasthead(const DocumentHeader &header);
    [[nodiscard]] bool maySetAside();
    [[nodiscard]] std::optional<Identity> askIdentity(bool always);
    void writeRecovery();
    void offerRecovery();
    void discardRecovery();
    void reloadHistory();
    void createErrorPage();
    void showErrors(const QList<Diagnostic> &diagnostics);
    void showNotices();
    void setEditorReady(bool ready);
    void loadComments();
    void loadSpelling(const QString &language);
    void addSpellingActions(QMenu *menu, int position);
    [[nodiscard]] bool hasUnsavedWork() const;
    [[nodiscard]] bool commentsUnsaved() const;

    std::optional<NegotiationRepository> m_repository;
    /// The revision the edited text is based on: a save is refused if the branch moved since.
    std::optional<git::Oid> m_base;
    QTimer m_autosave;
    QTimer m_statusTimer;
    QStackedWidget *m_pages;
    QWidget *m_welcome;
    QWidget *m_editorPage;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorSummary = nullptr;
    QListWidget *m_errorList = nullptr;
    QPlainTextEdit *m_rawText = nullptr;
    QLabel *m_notice;
    std::unique_ptr<EditorSession> m_session;
    bool m_readOnly = false;
    QLabel *m_masthead;
    DocumentEditor *m_editor;
    OutlinePanel *m_outline = nullptr;
    HistoryPanel *m_history = nullptr;
    QLabel *m_words;
    QLabel *m_agreed;
    QLabel *m_brackets;
    QLabel *m_revision;
    QAction *m_saveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QList<QAction *> m_writeActions;
    FindBar *m_findBar = nullptr;
    CommentsPanel *m_commentsPanel = nullptr;
    SpellingController *m_spelling = nullptr;
    std::optional<CommentLog> m_comments;
    QByteArray m_commentsSaved; ///< the comments file as last read or saved
    QLabel *m_openComments = nullptr;
    QAction *m_addCommentAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_kindMenu = nullptr;
    QMenu *m_statusMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_joinAction = nullptr;
    QAction *m_crossReferenceAction = nullptr;
    NegotiationMenu *m_negotiation = nullptr;
};

} // namespace plenary::gui
