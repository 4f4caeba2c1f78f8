#pragma once

#include "document/document.h"
#include "document/numbering.h"

#include <QTextEdit>
#include <memory>

namespace plenary::gui {

class NegotiationHighlighter;

/// The text of a negotiation as a drafter edits it: one block per paragraph, its number drawn
/// in the margin beside it (never typed), its status as a colour bar. Enter starts a new
/// paragraph of the same kind with a fresh identifier.
class DocumentEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit DocumentEditor(QWidget *parent = nullptr);
    ~DocumentEditor() override;

    /// Shows a document; the undo history starts afresh.
    void setDocument(const Document &document);
    /// The document as edited: the header it was loaded with and the current paragraphs.
    [[nodiscard]] Document currentDocument() const;

    /// The numbering of the current paragraphs.
    [[nodiscard]] const Numbering &numbering() const { return *m_numbering; }

    /// Asks before an edit touches agreed or ad referendum paragraphs; if the drafter agrees,
    /// their status goes back to proposed within the same undo step as the edit, which the
    /// caller performs between beginGuardedEdit() and endGuardedEdit(). Returns false if the
    /// drafter declined (then nothing may be changed).
    bool beginGuardedEdit(const QTextCursor &range);
    /// The same for an edit that touches exactly these paragraphs (replace all, for example).
    bool beginGuardedEdit(const QList<QTextBlock> &touched);
    void endGuardedEdit();

Q_SIGNALS:
    /// The paragraphs changed (text, kind, status or order).
    void paragraphsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void onContentsChange(int position, int removed, int added);
    void giveNewParagraphsAnIdentity();
    void updateNumbering();
    void paintNumbers(QPainter &painter, const QRect &area);

    DocumentHeader m_header;
    std::unique_ptr<Numbering> m_numbering;
    NegotiationHighlighter *m_highlighter = nullptr;
    int m_blockCount = 0;
    bool m_loading = false;
    bool m_guarding = false;
};

} // namespace plenary::gui
