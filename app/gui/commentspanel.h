#pragma once

#include "comments/commentanchor.h"
#include "comments/commentlog.h"
#include "history/manifest.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace plenary::gui {

class DocumentEditor;

/// The negotiation's comments beside the text: threads in the order of the paragraphs they are
/// on, each in its delegation's colour with its quote, replies and state; the quoted spans
/// highlighted in the editor. Choosing a thread selects its text; moving the cursor into a
/// commented paragraph brings its threads into view. Changes are appended to the comments log,
/// which the window saves with the next revision.
class CommentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPanel(DocumentEditor *editor, QWidget *parent = nullptr);

    /// Shows a negotiation's comments; `log` is owned by the caller and outlives the panel's use.
    void setComments(CommentLog *log, const Manifest &manifest);
    /// Who acts: asked when a comment is first added, answered or resolved.
    void setAuthorProvider(std::function<std::optional<CommentAuthor>()> provider);
    void setReadOnly(bool readOnly);

    /// Places the threads in the current text and redraws the list and the highlights.
    void refresh();

    // What the commands do, without dialogs (the dialogs call these).
    /// Comments on the editor's selection (quoting it) or on the paragraph at the cursor.
    bool addComment(const QString &body);
    bool replyToCurrent(const QString &body);
    bool editCurrent(const QString &body);
    /// Resolves the current thread, or reopens it if it is resolved.
    bool toggleResolvedCurrent();
    /// Selects the current thread's text in the editor.
    bool goToCurrent();

    /// The thread shown as current; empty when none.
    [[nodiscard]] QString currentThreadId() const;
    bool selectThread(const QString &id);
    /// Threads listed (after filtering), in order.
    [[nodiscard]] QStringList listedThreadIds() const;
    /// Where each listed thread stands in the text.
    [[nodiscard]] CommentAnchor anchorOf(const QString &id) const;

public Q_SLOTS:
    /// The same, asking for the text in a dialog.
    void askAddComment();
    void askReply();
    void askEdit();

Q_SIGNALS:
    /// Comments were added, answered, edited, resolved or reopened (not yet saved).
    void commentsChanged();
    /// Something could not be done; for the status bar.
    void commandRefused(const QString &reason);

private:
    void rebuildList();
    void updateHighlights();
    void updateButtons();
    void followCursor();
    [[nodiscard]] const CommentThread *current() const;
    [[nodiscard]] QString threadText(const CommentThread &thread,
                                     const CommentAnchor &anchor) const;
    [[nodiscard]] QColor colourOf(const QString &delegation) const;
    std::optional<CommentAuthor> author();
    bool changed(const Result<void> &result);
    bool actOnCurrent(
        const std::function<Result<void>(const CommentAuthor &, const CommentThread &)> &act);

    DocumentEditor *m_editor;
    CommentLog *m_log = nullptr;
    Manifest m_manifest;
    std::function<std::optional<CommentAuthor>()> m_authorProvider;
    bool m_readOnly = false;
    QHash<QString, CommentAnchor> m_anchors;
    QComboBox *m_state;
    QComboBox *m_delegation;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_reply;
    QPushButton *m_edit;
    QPushButton *m_resolve;
    QTimer *m_refresh;
};

} // namespace plenary::gui
