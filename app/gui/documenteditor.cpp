#include "documenteditor.h"

#include "document/paragraphid.h"
#include "document/paragraphmarkup.h"
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
#include <QTextObjectInterface>
#include <QTimer>

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

// Draws a cross-reference as the cited paragraph's current number, on a light tint, so that it
// reads as part of the sentence and is visibly not typed text.
class CrossReferenceRenderer : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit CrossReferenceRenderer(DocumentEditor *editor) : QObject(editor), m_editor(editor) {}

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        const QFontMetricsF metrics(document->defaultFont());
        return {metrics.horizontalAdvance(label(format)) + 2 * kPadding, metrics.ascent()};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                    const QTextFormat &format) override
    {
        const QFont font = document->defaultFont();
        const QFontMetricsF metrics(font);
        const bool known = !m_editor->citationOf(target(format)).isEmpty();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(known ? QColor(0xe3edf9) : QColor(0xfde0e0));
        painter->drawRoundedRect(QRectF(rect.left(), rect.bottom() - metrics.ascent(), rect.width(),
                                        metrics.ascent() + metrics.descent()),
                                 3, 3);
        painter->setFont(font);
        painter->setPen(known ? QColor(0x1f5fa8) : QColor(0xc62828));
        painter->drawText(QPointF(rect.left() + kPadding, rect.bottom()), label(format));
        painter->restore();
    }

private:
    static constexpr qreal kPadding = 2;

    static QString target(const QTextFormat &format)
    {
        return format.stringProperty(ParagraphFormat::CrossReferenceTarget);
    }

    QString label(const QTextFormat &format) const
    {
        const QString citation = m_editor->citationOf(target(format));
        return citation.isEmpty() ? QLatin1String("#") + target(format) + QLatin1Char('?')
                                  : citation;
    }

    DocumentEditor *m_editor;
};

DocumentEditor::DocumentEditor(QWidget *parent)
    : QTextEdit(parent), m_numbering(std::make_unique<Numbering>(Document()))
{
    m_highlighter = new NegotiationHighlighter(document());
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSize(12);
    setFont(font); // the widget's font, so that zooming keeps the face
    document()->setDocumentMargin(24);
    document()->documentLayout()->registerHandler(ParagraphFormat::kCrossReferenceObject,
                                                  new CrossReferenceRenderer(this));
    connect(document(), &QTextDocument::contentsChange, this, &DocumentEditor::onContentsChange);
    // Text typed next to a cross-reference is text, not another reference.
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        if (ParagraphFormat::isCrossReference(textCursor().charFormat()))
            setCurrentCharFormat(QTextCharFormat());
    });
}

DocumentEditor::~DocumentEditor() = default;

void DocumentEditor::setDocument(const Document &doc)
{
    m_loading = true;
    m_header = doc.header;
    m_rightToLeft = doc.header.isRightToLeft();
    QTextDocument *text = document();
    text->clear();
    QTextOption option = text->defaultTextOption();
    option.setTextDirection(m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    text->setDefaultTextOption(option);
    QList<Paragraph> paragraphs = doc.paragraphs;
    if (paragraphs.isEmpty()) {
        // A new document starts with one empty paragraph to type into.
        Paragraph first;
        first.id = ParagraphId::generate();
        first.kind = doc.header.kind == DocumentKind::Summary ? ParagraphKind::Narrative
                                                              : ParagraphKind::Chapeau;
        paragraphs.append(first);
    }
    // Numbers and citations are known before the text is laid out, so that references get
    // their width once.
    Document numbered;
    numbered.paragraphs = paragraphs;
    m_numbering = std::make_unique<Numbering>(numbered);
    m_citations.clear();
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        m_citations.insert(paragraphs[i].id, m_numbering->citation(i));
    QTextCursor cursor(text);
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QTextBlockFormat format = ParagraphFormat::formatFor(paragraphs[i], m_rightToLeft);
        if (i == 0)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format, QTextCharFormat());
        ParagraphFormat::insertText(cursor, paragraphs[i].text);
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

void DocumentEditor::onContentsChange(int position, int, int added)
{
    if (m_loading)
        return;
    if (document()->blockCount() != m_blockCount) {
        m_blockCount = document()->blockCount();
        giveNewParagraphsAnIdentity();
    }
    makeCrossReferences(position, added);
    updateNumbering();
    m_changedWhileGuarding = true;
    Q_EMIT paragraphsChanged();
}

// A `{#id}` typed or pasted becomes a cross-reference object, and a character that took a
// reference's format from its neighbour becomes plain text again, within the same undo step.
void DocumentEditor::makeCrossReferences(int position, int length)
{
    const QTextBlock last = document()->findBlock(position + length);
    QList<std::pair<int, QString>> references; // document position, id
    QList<std::pair<int, int>> stray;          // document position, length
    for (QTextBlock block = document()->findBlock(position); block.isValid();
         block = block.next()) {
        const QString text = block.text();
        if (text.contains(QLatin1String("{#")))
            for (const CrossReference &ref : ParagraphMarkup::analyse(text).crossReferences)
                references.append({block.position() + int(ref.begin), ref.id});
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!ParagraphFormat::isCrossReference(fragment.charFormat()))
                continue;
            const QString t = fragment.text();
            for (int i = 0; i < t.size(); ++i)
                if (t.at(i) != QChar::ObjectReplacementCharacter)
                    stray.append({fragment.position() + i, 1});
        }
        if (block == last)
            break;
    }
    if (references.isEmpty() && stray.isEmpty())
        return;
    m_loading = true;
    QTextCursor cursor(document());
    cursor.joinPreviousEditBlock();
    for (const auto &[at, count] : stray) {
        cursor.setPosition(at);
        cursor.setPosition(at + count, QTextCursor::KeepAnchor);
        cursor.setCharFormat(QTextCharFormat());
    }
    // From the end, so that earlier positions stay valid.
    for (auto it = references.crbegin(); it != references.crend(); ++it) {
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + int(it->second.size()) + 3, QTextCursor::KeepAnchor);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                          ParagraphFormat::crossReferenceFormat(it->second));
    }
    cursor.endEditBlock();
    m_loading = false;
    setCurrentCharFormat(QTextCharFormat());
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
        cursor.setBlockFormat(ParagraphFormat::formatFor(p, m_rightToLeft));
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
    QHash<QString, QString> citations;
    citations.reserve(skeleton.paragraphs.size());
    for (qsizetype i = 0; i < skeleton.paragraphs.size(); ++i)
        citations.insert(skeleton.paragraphs[i].id, m_numbering->citation(i));
    if (citations != m_citations) {
        QSet<QString> changed;
        for (auto it = citations.cbegin(); it != citations.cend(); ++it)
            if (m_citations.value(it.key()) != it.value())
                changed.insert(it.key());
        for (auto it = m_citations.cbegin(); it != m_citations.cend(); ++it)
            if (!citations.contains(it.key()))
                changed.insert(it.key());
        m_citations = std::move(citations);
        // Not while the document is reporting a change: right after it.
        QTimer::singleShot(0, this, [this, changed] { relayoutCrossReferences(changed); });
    }
    viewport()->update();
}

// A reference whose number changed ("5" → "5 bis") changes width: its paragraph is laid out
// again.
void DocumentEditor::relayoutCrossReferences(const QSet<QString> &targets)
{
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (ParagraphFormat::isCrossReference(format) &&
                targets.contains(format.stringProperty(ParagraphFormat::CrossReferenceTarget))) {
                document()->markContentsDirty(block.position(), block.length());
                break;
            }
        }
    }
}

QStringList DocumentEditor::citing(const QString &id) const
{
    QStringList references;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (ParagraphFormat::isCrossReference(format) &&
                format.stringProperty(ParagraphFormat::CrossReferenceTarget) == id) {
                references.append(m_numbering->reference(block.blockNumber()));
                break;
            }
        }
    return references;
}

QList<QTextBlock> DocumentEditor::selectedBlocks() const
{
    QList<QTextBlock> blocks;
    const QTextCursor cursor = textCursor();
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    for (QTextBlock b = document()->findBlock(cursor.selectionStart()); b.isValid(); b = b.next()) {
        blocks.append(b);
        if (b == last)
            break;
    }
    return blocks;
}

bool DocumentEditor::setParagraphKind(ParagraphKind kind)
{
    if (isReadOnly())
        return false;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (const QTextBlock &block : selectedBlocks()) {
        Paragraph p = ParagraphFormat::paragraphOf(block);
        p.kind = kind;
        cursor.setPosition(block.position());
        cursor.setBlockFormat(ParagraphFormat::formatFor(p, m_rightToLeft));
    }
    cursor.endEditBlock();
    return true;
}

bool DocumentEditor::setParagraphStatus(ParagraphStatus status)
{
    if (isReadOnly())
        return false;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (const QTextBlock &block : selectedBlocks()) {
        QTextBlockFormat format = block.blockFormat();
        format.setProperty(ParagraphFormat::Status, int(status));
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
    return true;
}

// The paragraph at `index` with the sub-paragraphs that follow it: [first, last] block numbers.
std::pair<int, int> DocumentEditor::unitAt(int index) const
{
    QTextBlock block = document()->findBlockByNumber(index);
    const int level = ParagraphFormat::levelOf(ParagraphFormat::kindOf(block));
    int last = index;
    for (block = block.next();
         block.isValid() && ParagraphFormat::levelOf(ParagraphFormat::kindOf(block)) > level;
         block = block.next())
        last = block.blockNumber();
    return {index, last};
}

// Replaces blocks [first, first + count) with `with`, inside the caller's edit block.
void DocumentEditor::replaceParagraphs(int first, int count, const QList<Paragraph> &with)
{
    const QTextBlock a = document()->findBlockByNumber(first);
    const QTextBlock b = document()->findBlockByNumber(first + count - 1);
    m_loading = true;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(a.position());
    cursor.setPosition(b.position() + b.length() - 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    for (qsizetype i = 0; i < with.size(); ++i) {
        const QTextBlockFormat format = ParagraphFormat::formatFor(with[i], m_rightToLeft);
        if (i == 0)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format, QTextCharFormat());
        ParagraphFormat::insertText(cursor, with[i].text);
    }
    cursor.endEditBlock();
    m_loading = false;
    m_blockCount = document()->blockCount();
    updateNumbering();
    Q_EMIT paragraphsChanged();
}

bool DocumentEditor::moveParagraphUp()
{
    return moveParagraph(true);
}

bool DocumentEditor::moveParagraphDown()
{
    return moveParagraph(false);
}

// Swaps the paragraph (with its sub-paragraphs) and its neighbour of the same level; it never
// crosses its parent's bounds. Order is not text: agreed paragraphs move without a question.
bool DocumentEditor::moveParagraph(bool up)
{
    if (isReadOnly())
        return false;
    const QTextCursor cursor = textCursor();
    const int index = cursor.blockNumber();
    const int offset = cursor.positionInBlock();
    const auto [first, last] = unitAt(index);
    const int level =
        ParagraphFormat::levelOf(ParagraphFormat::kindOf(document()->findBlockByNumber(first)));
    auto levelAt = [this](int i) {
        return ParagraphFormat::levelOf(ParagraphFormat::kindOf(document()->findBlockByNumber(i)));
    };
    int otherFirst = 0;
    int otherLast = 0;
    if (up) {
        int j = first - 1;
        while (j >= 0 && levelAt(j) > level)
            --j;
        if (j < 0 || levelAt(j) != level) {
            Q_EMIT commandRefused(tr("%1 is the first at its level here: it cannot move up.")
                                      .arg(m_numbering->reference(index)));
            return false;
        }
        otherFirst = j;
        otherLast = first - 1;
    } else {
        const int n = last + 1;
        if (n >= document()->blockCount() || levelAt(n) != level) {
            Q_EMIT commandRefused(tr("%1 is the last at its level here: it cannot move down.")
                                      .arg(m_numbering->reference(index)));
            return false;
        }
        std::tie(otherFirst, otherLast) = unitAt(n);
    }
    auto paragraphs = [this](int from, int to) {
        QList<Paragraph> list;
        for (int i = from; i <= to; ++i)
            list.append(ParagraphFormat::paragraphOf(document()->findBlockByNumber(i)));
        return list;
    };
    const QList<Paragraph> moving = paragraphs(first, last);
    const QList<Paragraph> other = paragraphs(otherFirst, otherLast);
    const int start = up ? otherFirst : first;
    replaceParagraphs(start, int(moving.size() + other.size()),
                      up ? moving + other : other + moving);
    // The cursor stays in the paragraph it was in.
    const int moved = up ? start + (index - first) : start + int(other.size()) + (index - first);
    QTextCursor after(document()->findBlockByNumber(moved));
    after.setPosition(after.position() + std::min(offset, after.block().length() - 1));
    setTextCursor(after);
    return true;
}

bool DocumentEditor::splitParagraph()
{
    if (isReadOnly())
        return false;
    QTextCursor cursor = textCursor();
    if (!beginGuardedEdit(QList<QTextBlock>{cursor.block()}))
        return false;
    cursor.removeSelectedText();
    cursor.insertBlock(); // the later part gets a fresh identifier
    setTextCursor(cursor);
    endGuardedEdit();
    return true;
}

bool DocumentEditor::joinWithNextParagraph()
{
    if (isReadOnly())
        return false;
    const QTextBlock block = textCursor().block();
    const QTextBlock next = block.next();
    if (!next.isValid()) {
        Q_EMIT commandRefused(tr("There is no next paragraph to join."));
        return false;
    }
    const QStringList cited = citing(ParagraphFormat::idOf(next));
    if (!cited.isEmpty()) {
        Q_EMIT commandRefused(
            tr("%1 cannot be joined to the paragraph before it: %2 cite it.")
                .arg(m_numbering->reference(next.blockNumber()), cited.join(QLatin1String(", "))));
        return false;
    }
    if (!beginGuardedEdit(QList<QTextBlock>{block, next}))
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(block.position() + block.length() - 1);
    const QString left = block.text();
    const QString right = next.text();
    if (!left.isEmpty() && !right.isEmpty() && !left.back().isSpace() && !right.front().isSpace())
        cursor.insertText(QStringLiteral(" "), QTextCharFormat());
    const int junction = cursor.position();
    cursor.deleteChar(); // the paragraph separator: the next paragraph's text joins this one
    cursor.setPosition(junction);
    setTextCursor(cursor);
    endGuardedEdit();
    return true;
}

bool DocumentEditor::insertCrossReference(const QString &id)
{
    if (isReadOnly() || !m_citations.contains(id))
        return false;
    QTextCursor cursor = textCursor();
    if (!beginGuardedEdit(QList<QTextBlock>{cursor.block()}))
        return false;
    cursor.removeSelectedText();
    cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                      ParagraphFormat::crossReferenceFormat(id));
    cursor.setCharFormat(QTextCharFormat());
    setTextCursor(cursor);
    endGuardedEdit();
    return true;
}

QMimeData *DocumentEditor::createMimeDataFromSelection() const
{
    // Copied text is in the file's form: a reference stays a reference when pasted back.
    const QTextCursor cursor = textCursor();
    QStringList lines;
    for (const QTextBlock &block : selectedBlocks()) {
        const int from = std::max(cursor.selectionStart() - block.position(), 0);
        const int to = std::min(cursor.selectionEnd() - block.position(), block.length() - 1);
        // Cut the block's file-form text at the selection, counting references as one.
        QString text;
        int at = 0;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QString t = f.text();
            for (int i = 0; i < t.size(); ++i, ++at) {
                if (at < from || at >= to)
                    continue;
                if (ParagraphFormat::isCrossReference(f.charFormat()) &&
                    t.at(i) == QChar::ObjectReplacementCharacter)
                    text += QLatin1String("{#") +
                            f.charFormat().stringProperty(ParagraphFormat::CrossReferenceTarget) +
                            QLatin1Char('}');
                else
                    text += t.at(i);
            }
        }
        lines.append(text);
    }
    auto *mime = new QMimeData;
    mime->setText(lines.join(QLatin1Char('\n')));
    return mime;
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
    m_changedWhileGuarding = false;
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
    m_reopened = true;
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
    // A reopened paragraph's status bar changes colour; text changes were reported already.
    if (m_reopened) {
        m_reopened = false;
        viewport()->update();
    }
    if (!m_changedWhileGuarding)
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
        const qreal top = rect.top() + format.topMargin();
        const qreal height = rect.height() - format.topMargin() - format.bottomMargin() - 4;
        painter.setPen(QColor(0x444444));
        if (m_rightToLeft) {
            // Mirrored: the number hangs on the right, the status bar runs on the far right.
            const qreal textRight = rect.right() - format.rightMargin();
            painter.drawText(QRectF(textRight + 8, top, 76, metrics.height()),
                             Qt::AlignLeft | Qt::AlignTop, label);
            painter.fillRect(QRectF(viewport()->width() - 11, top + 2, 3, height),
                             statusColour(ParagraphFormat::statusOf(block)));
            continue;
        }
        const qreal textLeft = rect.left() + format.leftMargin();
        painter.drawText(QRectF(textLeft - 84, top, 76, metrics.height()),
                         Qt::AlignRight | Qt::AlignTop, label);
        painter.fillRect(QRectF(8, top + 2, 3, height),
                         statusColour(ParagraphFormat::statusOf(block)));
    }
}

} // namespace plenary::gui

#include "documenteditor.moc"
