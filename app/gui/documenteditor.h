#pragma once

#include "document/document.h"
#include "document/numbering.h"

#include <QHash>
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
    /// How a cross-reference to paragraph `id` reads now ("5 bis", "PP3"); empty if no
    /// paragraph has that identifier.
    [[nodiscard]] QString citationOf(const QString &id) const { return m_citations.value(id); }
    [[nodiscard]] NegotiationHighlighter *highlighter() const { return m_highlighter; }
    /// Whether the text runs right to left (the document's language is Arabic, for example).
    [[nodiscard]] bool isRightToLeft() const { return m_rightToLeft; }

    // Commands on the paragraph at the cursor (or every paragraph of the selection). Each is
    // one undo step; those that change text ask first for agreed text. They return false
    // (changing nothing) when the command does not apply there.
    bool setParagraphKind(ParagraphKind kind);
    bool setParagraphStatus(ParagraphStatus status);
    /// Moves the paragraph with its sub-paragraphs before the previous one of its level.
    bool moveParagraphUp();
    /// Moves the paragraph with its sub-paragraphs after the next one of its level.
    bool moveParagraphDown();
    /// Splits the paragraph at the cursor; the second part is a new paragraph.
    bool splitParagraph();
    /// Joins the next paragraph to this one. Refused if another paragraph cites the next one.
    bool joinWithNextParagraph();
    /// Inserts a cross-reference to paragraph `id` at the cursor.
    bool insertCrossReference(const QString &id);
    /// References of the paragraphs whose text cites paragraph `id` ("OP7, OP9").
    [[nodiscard]] QStringList citing(const QString &id) const;

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
    /// A command could not be carried out; `reason` says why, for the status bar.
    void commandRefused(const QString &reason);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void onContentsChange(int position, int removed, int added);
    void giveNewParagraphsAnIdentity();
    void updateNumbering();
    void relayoutCrossReferences(const QSet<QString> &targets);
    void paintNumbers(QPainter &painter, const QRect &area);
    void makeCrossReferences(int position, int length);
    [[nodiscard]] QList<QTextBlock> selectedBlocks() const;
    [[nodiscard]] std::pair<int, int> unitAt(int block) const;
    void replaceParagraphs(int first, int count, const QList<Paragraph> &with);
    bool moveParagraph(bool up);

    DocumentHeader m_header;
    std::unique_ptr<Numbering> m_numbering;
    QHash<QString, QString> m_citations;
    bool m_rightToLeft = false;
    NegotiationHighlighter *m_highlighter = nullptr;
    int m_blockCount = 0;
    bool m_loading = false;
    bool m_guarding = false;
    bool m_changedWhileGuarding = false; ///< the guarded edit was reported as a change already
    bool m_reopened = false;             ///< the guarded edit reopened agreed paragraphs
};

} // namespace plenary::gui
