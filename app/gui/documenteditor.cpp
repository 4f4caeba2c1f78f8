#include "documenteditor.h"

#include "document/paragraphid.h"
#include "negotiationhighlighter.h"
#include "paragraphformat.h"

#include <QAbstractTextDocumentLayout>
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
