#include "documenteditor.h"

#include "document/paragraphid.h"
#include "negotiationhighlighter.h"
#include "paragraphformat.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>

namespace plenary::gui {

namespace {

QColor statusColour(ParagraphStatus status)
{
    switch (status) {
    case ParagraphStatus::Proposed:
        return QColor(0xc8c8c8);
    case ParagraphStatus::AdReferendum:
        return QColor(0xe0a030);
    case ParagraphStatus::Agreed:
        return QColor(0x2e7d32);
    case ParagraphStatus::Deleted:
        return QColor(0xc62828);
    }
    return {};
}

} // namespace

DocumentEditor::DocumentEditor(QWidget *parent)
    : QTextEdit(parent), m_numbering(std::make_unique<Numbering>(Document()))
{
    m_highlighter = new NegotiationHighlighter(document());
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSize(12);
    document()->setDefaultFont(font);
    document()->setDocumentMargin(24);
    connect(document(), &QTextDocument::contentsChange, this, &DocumentEditor::onContentsChange);
}

DocumentEditor::~DocumentEditor() = default;

void DocumentEditor::setDocument(const Document &doc)
{
    m_loading = true;
    m_header = doc.header;
    QTextDocument *text = document();
    text->clear();
    QTextCursor cursor(text);
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < doc.paragraphs.size(); ++i) {
        const Paragraph &p = doc.paragraphs[i];
        if (i == 0)
            cursor.setBlockFormat(ParagraphFormat::formatFor(p));
        else
            cursor.insertBlock(ParagraphFormat::formatFor(p));
        cursor.insertText(p.text);
    }
    cursor.endEditBlock();
    text->clearUndoRedoStacks();
    text->setModified(false);
    m_blockCount = text->blockCount();
    m_loading = false;
    updateNumbering();
    moveCursor(QTextCursor::Start);
}

Document DocumentEditor::currentDocument() const
{
    Document doc;
    doc.header = m_header;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        doc.paragraphs.append(ParagraphFormat::paragraphOf(block));
    return doc;
}

void DocumentEditor::onContentsChange(int, int, int)
{
    if (m_loading)
        return;
    if (document()->blockCount() != m_blockCount) {
        m_blockCount = document()->blockCount();
        giveNewParagraphsAnIdentity();
    }
    updateNumbering();
    Q_EMIT paragraphsChanged();
}

// A split block copies its format, identifier included: the later of two blocks with one
// identifier is the new paragraph, and gets a fresh identifier within the same undo step.
void DocumentEditor::giveNewParagraphsAnIdentity()
{
    QSet<QString> seen;
    QList<QTextBlock> fresh;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QString id = ParagraphFormat::idOf(block);
        if (id.isEmpty() || seen.contains(id))
            fresh.append(block);
        else
            seen.insert(id);
    }
    if (fresh.isEmpty())
        return;
    m_loading = true;
    QTextCursor cursor(document());
    cursor.joinPreviousEditBlock();
    for (const QTextBlock &block : fresh) {
        Paragraph p = ParagraphFormat::paragraphOf(block);
        p.id = ParagraphId::generate();
        p.numbered = false;
        p.status = ParagraphStatus::Proposed;
        cursor.setPosition(block.position());
        cursor.setBlockFormat(ParagraphFormat::formatFor(p));
    }
    cursor.endEditBlock();
    m_loading = false;
}

void DocumentEditor::updateNumbering()
{
    Document skeleton;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        Paragraph p;
        p.id = ParagraphFormat::idOf(block);
        p.kind = ParagraphFormat::kindOf(block);
        p.numbered = block.blockFormat().boolProperty(ParagraphFormat::Numbered);
        skeleton.paragraphs.append(p);
    }
    m_numbering = std::make_unique<Numbering>(skeleton);
    viewport()->update();
}

bool DocumentEditor::beginGuardedEdit(const QTextCursor &range)
{
    QList<QTextBlock> touched;
    const QTextBlock last = document()->findBlock(range.selectionEnd());
    for (QTextBlock b = document()->findBlock(range.selectionStart()); b.isValid(); b = b.next()) {
        touched.append(b);
        if (b == last)
            break;
    }
    return beginGuardedEdit(touched);
}

bool DocumentEditor::beginGuardedEdit(const QList<QTextBlock> &touched)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    m_guarding = true;
    if (isReadOnly())
        return true;
    QList<QTextBlock> settled;
    for (const QTextBlock &b : touched) {
        const ParagraphStatus status = ParagraphFormat::statusOf(b);
        if (status == ParagraphStatus::Agreed || status == ParagraphStatus::AdReferendum)
            settled.append(b);
    }
    if (settled.isEmpty())
        return true;
    QStringList references;
    for (const QTextBlock &b : settled)
        references.append(m_numbering->reference(b.blockNumber()));
    const auto answer = QMessageBox::question(
        this, tr("Edit Agreed Text"),
        tr("%1 is agreed or agreed ad referendum. Editing it reopens it: its status becomes "
           "proposed. Edit it?")
            .arg(references.join(QLatin1String(", "))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        endGuardedEdit();
        return false;
    }
    for (const QTextBlock &b : settled) {
        QTextBlockFormat format = b.blockFormat();
        format.setProperty(ParagraphFormat::Status, int(ParagraphStatus::Proposed));
        cursor.setPosition(b.position());
        cursor.setBlockFormat(format);
    }
    return true;
}

void DocumentEditor::endGuardedEdit()
{
    if (!m_guarding)
        return;
    m_guarding = false;
    QTextCursor(document()).endEditBlock();
    viewport()->update();
    Q_EMIT paragraphsChanged();
}

void DocumentEditor::keyPressEvent(QKeyEvent *event)
{
    const bool edits = (!event->text().isEmpty() && event->text().at(0).isPrint()) ||
                       event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete ||
                       event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
                       event->matches(QKeySequence::Cut) || event->matches(QKeySequence::Paste);
    // Enter at the end of a paragraph starts a new one and leaves the paragraph as it is.
    const bool newParagraph = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                              !textCursor().hasSelection() && textCursor().atBlockEnd();
    if (!edits || newParagraph || m_guarding) {
        QTextEdit::keyPressEvent(event);
        return;
    }
    // Backspace at the start of a paragraph touches the one before it too.
    QTextCursor range = textCursor();
    if (event->key() == Qt::Key_Backspace && !range.hasSelection() && range.atBlockStart())
        range.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
    if (event->key() == Qt::Key_Delete && !range.hasSelection() && range.atBlockEnd())
        range.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    if (!beginGuardedEdit(range)) {
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
    endGuardedEdit();
}

void DocumentEditor::insertFromMimeData(const QMimeData *source)
{
    if (m_guarding) {
        QTextEdit::insertFromMimeData(source);
        return;
    }
    if (!beginGuardedEdit(textCursor()))
        return;
    QTextEdit::insertFromMimeData(source);
    endGuardedEdit();
}

void DocumentEditor::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    paintNumbers(painter, event->rect());
}

// Numbers hang in each paragraph's left margin, as in a conference document; a thin bar at
// the far left shows the paragraph's status.
void DocumentEditor::paintNumbers(QPainter &painter, const QRect &area)
{
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    QTextBlock block = cursorForPosition(QPoint(0, area.top())).block();
    painter.setFont(document()->defaultFont());
    const QFontMetrics metrics(document()->defaultFont());
    for (; block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block).translated(offset);
        if (rect.top() > area.bottom())
            break;
        if (rect.bottom() < area.top())
            continue;
        const QTextBlockFormat format = block.blockFormat();
        const int index = block.blockNumber();
        const ParagraphKind kind = ParagraphFormat::kindOf(block);
        QString label = m_numbering->label(index);
        if (kind == ParagraphKind::Operative || kind == ParagraphKind::Narrative)
            label += QLatin1Char('.');
        const qreal textLeft = rect.left() + format.leftMargin();
        const qreal top = rect.top() + format.topMargin();
        painter.setPen(QColor(0x444444));
        painter.drawText(QRectF(textLeft - 84, top, 76, metrics.height()),
                         Qt::AlignRight | Qt::AlignTop, label);
        painter.fillRect(
            QRectF(8, top + 2, 3, rect.height() - format.topMargin() - format.bottomMargin() - 4),
            statusColour(ParagraphFormat::statusOf(block)));
    }
}

} // namespace plenary::gui
