#include "commentspanel.h"

#include "documenteditor.h"
#include "paragraphformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace plenary::gui {

namespace {

// Marks the editor's extra selections that show comments, so that others' (find) are kept.
constexpr int kCommentHighlight = QTextFormat::UserProperty + 0x4c1;

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

CommentsPanel::CommentsPanel(DocumentEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_state(new QComboBox(this)),
      m_delegation(new QComboBox(this)), m_list(new QListWidget(this)), m_empty(new QLabel(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_reply(new QPushButton(tr("Re&ply…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_resolve(new QPushButton(tr("Re&solve"), this)),
      m_refresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_state->addItem(tr("Open"), int(CommentLog::Filter::State::Open));
    m_state->addItem(tr("Resolved"), int(CommentLog::Filter::State::Resolved));
    m_state->addItem(tr("All"), int(CommentLog::Filter::State::All));
    m_state->setToolTip(tr("Which comments to list"));
    m_delegation->setToolTip(tr("Comments of one delegation only"));
    filters->addWidget(m_state, 1);
    filters->addWidget(m_delegation, 1);
    layout->addLayout(filters);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(2);
    layout->addWidget(m_list, 1);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #777"));
    layout->addWidget(m_empty);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_reply, m_edit, m_resolve})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    m_add->setToolTip(tr("Comment on the selected words, or on the paragraph at the cursor "
                         "(Ctrl+Alt+M)"));
    m_reply->setToolTip(tr("Answer the chosen comment"));
    m_edit->setToolTip(tr("Change the text of your own comment"));

    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::askAddComment);
    connect(m_reply, &QPushButton::clicked, this, &CommentsPanel::askReply);
    connect(m_edit, &QPushButton::clicked, this, &CommentsPanel::askEdit);
    connect(m_resolve, &QPushButton::clicked, this, [this] { toggleResolvedCurrent(); });
    connect(m_state, &QComboBox::currentIndexChanged, this, &CommentsPanel::rebuildList);
    connect(m_delegation, &QComboBox::currentIndexChanged, this, &CommentsPanel::rebuildList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        updateButtons();
        updateHighlights();
    });
    // Choosing a comment goes to its text.
    connect(m_list, &QListWidget::itemClicked, this, [this] { goToCurrent(); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { goToCurrent(); });
    // The text moves under the comments: they are placed again shortly after edits.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, this, &CommentsPanel::refresh);
    connect(editor, &DocumentEditor::paragraphsChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(editor, &QTextEdit::cursorPositionChanged, this, &CommentsPanel::followCursor);
    updateButtons();
}

void CommentsPanel::setComments(CommentLog *log, const Manifest &manifest)
{
    m_log = log;
    m_manifest = manifest;
    const QSignalBlocker blocker(m_delegation);
    m_delegation->clear();
    m_delegation->addItem(tr("All delegations"), QString());
    for (const Delegation &d : manifest.delegations)
        m_delegation->addItem(swatch(colourOf(d.code)), d.code, d.code);
    refresh();
}

void CommentsPanel::setAuthorProvider(std::function<std::optional<CommentAuthor>()> provider)
{
    m_authorProvider = std::move(provider);
}

void CommentsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

QColor CommentsPanel::colourOf(const QString &delegation) const
{
    const Delegation *d = m_manifest.delegation(delegation);
    return d ? QColor(d->colour) : QColor(0x777777);
}

void CommentsPanel::refresh()
{
    m_anchors.clear();
    if (m_log) {
        const Document document = m_editor->currentDocument();
        for (const CommentThread &thread : m_log->threads())
            m_anchors.insert(thread.id, CommentAnchor::place(thread, document));
    }
    rebuildList();
}

CommentAnchor CommentsPanel::anchorOf(const QString &id) const
{
    return m_anchors.value(id);
}

QString CommentsPanel::threadText(const CommentThread &thread, const CommentAnchor &anchor) const
{
    // Plain text in lines: the list item shows it as it is, nothing in it is markup.
    const QLocale locale;
    QStringList lines;
    const QString where = anchor.state == CommentAnchor::State::Orphaned
                              ? tr("removed paragraph")
                              : m_editor->numbering().reference(anchor.paragraphIndex);
    lines.append(QStringLiteral("%1 · %2 — %3, %4")
                     .arg(where, thread.delegation, thread.author,
                          locale.toString(thread.time.toLocalTime(), QLocale::ShortFormat)));
    if (thread.quote) {
        QString quote = QStringLiteral("“%1”").arg(thread.quote->text);
        if (anchor.state == CommentAnchor::State::TextChanged)
            quote += QLatin1Char(' ') + tr("(text changed)");
        else if (anchor.state == CommentAnchor::State::Fuzzy)
            quote += QLatin1Char(' ') + tr("(wording changed)");
        lines.append(quote);
    }
    lines.append(thread.body);
    if (thread.edited.isValid())
        lines.last() += QLatin1Char(' ') + tr("(edited)");
    for (const CommentReply &reply : thread.replies)
        lines.append(
            QStringLiteral("    ↳ %1 — %2: %3").arg(reply.delegation, reply.author, reply.body));
    if (thread.resolved)
        lines.append(
            tr("✓ Resolved by %1 (%2), %3")
                .arg(thread.resolvedBy, thread.resolvedByDelegation,
                     locale.toString(thread.resolvedAt.toLocalTime(), QLocale::ShortFormat)));
    return lines.join(QLatin1Char('\n'));
}

void CommentsPanel::rebuildList()
{
    const QString keep = currentThreadId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_log) {
        m_empty->setText(QString());
        updateButtons();
        return;
    }
    CommentLog::Filter filter;
    filter.state = CommentLog::Filter::State(m_state->currentData().toInt());
    filter.delegation = m_delegation->currentData().toString();
    QList<const CommentThread *> threads = m_log->threads(filter);
    // In the order of the text: by paragraph, then by place in it; removed paragraphs last.
    std::stable_sort(
        threads.begin(), threads.end(), [this](const CommentThread *a, const CommentThread *b) {
            const CommentAnchor x = m_anchors.value(a->id);
            const CommentAnchor y = m_anchors.value(b->id);
            const auto key = [](const CommentAnchor &c) {
                return std::pair(c.paragraphIndex < 0 ? std::numeric_limits<qsizetype>::max()
                                                      : c.paragraphIndex,
                                 c.start);
            };
            return key(x) < key(y);
        });
    for (const CommentThread *thread : threads) {
        auto *item = new QListWidgetItem(swatch(colourOf(thread->delegation)),
                                         threadText(*thread, m_anchors.value(thread->id)), m_list);
        item->setData(Qt::UserRole, thread->id);
        if (thread->resolved)
            item->setForeground(QColor(0x808080));
        if (thread->id == keep)
            m_list->setCurrentItem(item);
    }
    m_empty->setText(threads.isEmpty() ? tr("No comments here. Select words in the text and "
                                            "choose Add to comment on them.")
                                       : QString());
    m_empty->setVisible(threads.isEmpty());
    updateButtons();
    updateHighlights();
}

QStringList CommentsPanel::listedThreadIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    return ids;
}

QString CommentsPanel::currentThreadId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

const CommentThread *CommentsPanel::current() const
{
    return m_log ? m_log->thread(currentThreadId()) : nullptr;
}

bool CommentsPanel::selectThread(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            m_list->scrollToItem(m_list->item(i));
            return true;
        }
    return false;
}

void CommentsPanel::updateButtons()
{
    const CommentThread *thread = current();
    const bool writable = m_log && !m_readOnly;
    m_add->setEnabled(writable);
    m_reply->setEnabled(writable && thread);
    m_edit->setEnabled(writable && thread);
    m_resolve->setEnabled(writable && thread);
    m_resolve->setText(thread && thread->resolved ? tr("Re&open") : tr("Re&solve"));
}

// The quoted spans of the listed open threads, tinted in their delegation's colour; the current
// thread's stronger.
void CommentsPanel::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const QTextEdit::ExtraSelection &s : m_editor->extraSelections())
        if (!s.format.hasProperty(kCommentHighlight))
            selections.append(s);
    const QString currentId = currentThreadId();
    for (const QString &id : listedThreadIds()) {
        const CommentThread *thread = m_log->thread(id);
        const CommentAnchor anchor = m_anchors.value(id);
        if (!thread || anchor.paragraphIndex < 0 || (!thread->isOpen() && id != currentId))
            continue;
        const QTextBlock block =
            m_editor->document()->findBlockByNumber(int(anchor.paragraphIndex));
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        if (anchor.hasSpan()) {
            selection.cursor.setPosition(block.position() +
                                         ParagraphFormat::positionInBlock(block, anchor.start));
            selection.cursor.setPosition(
                block.position() +
                    ParagraphFormat::positionInBlock(block, anchor.start + anchor.length),
                QTextCursor::KeepAnchor);
        } else if (id != currentId) {
            continue; // a comment on the whole paragraph is marked only when chosen
        } else {
            selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        QColor tint = colourOf(thread->delegation);
        tint.setAlpha(id == currentId ? 90 : 40);
        selection.format.setBackground(tint);
        selection.format.setProperty(kCommentHighlight, true);
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
}

// Back from the text to the comments: the cursor in a commented paragraph brings its first
// thread (the one whose span holds the cursor, if any) into view.
void CommentsPanel::followCursor()
{
    if (!m_log || m_list->count() == 0)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    const int paragraph = cursor.blockNumber();
    const qsizetype at = ParagraphFormat::textIndexOf(cursor.block(), cursor.positionInBlock());
    if (const CommentAnchor a = m_anchors.value(currentThreadId());
        a.paragraphIndex == paragraph &&
        (!a.hasSpan() || (at >= a.start && at <= a.start + a.length)))
        return;
    QString best;
    for (const QString &id : listedThreadIds()) {
        const CommentAnchor a = m_anchors.value(id);
        if (a.paragraphIndex != paragraph)
            continue;
        if (best.isEmpty())
            best = id;
        if (a.hasSpan() && at >= a.start && at <= a.start + a.length) {
            best = id;
            break;
        }
    }
    if (!best.isEmpty() && best != currentThreadId()) {
        const QSignalBlocker blocker(m_list);
        selectThread(best);
        updateButtons();
        updateHighlights();
    }
}

bool CommentsPanel::goToCurrent()
{
    const CommentAnchor anchor = m_anchors.value(currentThreadId());
    if (anchor.paragraphIndex < 0) {
        Q_EMIT commandRefused(tr("The paragraph of this comment is no longer in the text."));
        return false;
    }
    const QTextBlock block = m_editor->document()->findBlockByNumber(int(anchor.paragraphIndex));
    QTextCursor cursor(block);
    if (anchor.hasSpan()) {
        cursor.setPosition(block.position() +
                           ParagraphFormat::positionInBlock(block, anchor.start));
        cursor.setPosition(block.position() + ParagraphFormat::positionInBlock(
                                                  block, anchor.start + anchor.length),
                           QTextCursor::KeepAnchor);
    }
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus();
    return true;
}

std::optional<CommentAuthor> CommentsPanel::author()
{
    return m_authorProvider ? m_authorProvider() : std::nullopt;
}

bool CommentsPanel::changed(const Result<void> &result)
{
    if (!result) {
        Q_EMIT commandRefused(result.error().message);
        return false;
    }
    refresh();
    Q_EMIT commentsChanged();
    return true;
}

bool CommentsPanel::addComment(const QString &body)
{
    if (!m_log || m_readOnly || body.trimmed().isEmpty())
        return false;
    const auto who = author();
    if (!who)
        return false;
    const QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = m_editor->document()->findBlock(cursor.selectionStart());
    std::optional<Quote> quote;
    if (cursor.hasSelection()) {
        // A selection running into later paragraphs quotes the first one's part.
        const int end = std::min(cursor.selectionEnd(), block.position() + block.length() - 1);
        const qsizetype from =
            ParagraphFormat::textIndexOf(block, cursor.selectionStart() - block.position());
        const qsizetype to = ParagraphFormat::textIndexOf(block, end - block.position());
        if (to > from)
            quote = Quote::capture(ParagraphFormat::textOf(block), from, to - from);
    }
    auto added = m_log->addComment(*who, ParagraphFormat::idOf(block), quote, body.trimmed());
    if (!added) {
        Q_EMIT commandRefused(added.error().message);
        return false;
    }
    m_state->setCurrentIndex(m_state->findData(int(CommentLog::Filter::State::Open)));
    m_delegation->setCurrentIndex(0);
    refresh();
    selectThread(added.value());
    Q_EMIT commentsChanged();
    return true;
}

// Acts on the current thread as the drafter: `act(who, thread)` changes the log; then the list
// is placed again with the thread still chosen.
bool CommentsPanel::actOnCurrent(
    const std::function<Result<void>(const CommentAuthor &, const CommentThread &)> &act)
{
    const CommentThread *thread = current();
    if (!thread || m_readOnly)
        return false;
    const auto who = author();
    if (!who)
        return false;
    const QString id = thread->id;
    const bool ok = changed(act(*who, *thread));
    selectThread(id);
    return ok;
}

bool CommentsPanel::replyToCurrent(const QString &body)
{
    if (body.trimmed().isEmpty())
        return false;
    return actOnCurrent([&](const CommentAuthor &who, const CommentThread &thread) -> Result<void> {
        auto replied = m_log->reply(who, thread.id, body.trimmed());
        if (!replied)
            return replied.error();
        return {};
    });
}

bool CommentsPanel::editCurrent(const QString &body)
{
    if (body.trimmed().isEmpty())
        return false;
    return actOnCurrent([&](const CommentAuthor &who, const CommentThread &thread) {
        return m_log->edit(who, thread.id, body.trimmed());
    });
}

// A resolved thread leaves the list of open ones; the list shows it while "All" is chosen.
bool CommentsPanel::toggleResolvedCurrent()
{
    return actOnCurrent([&](const CommentAuthor &who, const CommentThread &thread) {
        return thread.resolved ? m_log->reopen(who, thread.id) : m_log->resolve(who, thread.id);
    });
}

void CommentsPanel::askAddComment()
{
    if (!m_log || m_readOnly)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    const QString reference = m_editor->numbering().reference(
        m_editor->document()->findBlock(cursor.selectionStart()).blockNumber());
    bool ok = false;
    const QString prompt = cursor.hasSelection()
                               ? tr("Comment on “%1” in %2:")
                                     .arg(cursor.selectedText().left(80).replace(
                                              QChar::ParagraphSeparator, QLatin1Char(' ')),
                                          reference)
                               : tr("Comment on %1:").arg(reference);
    const QString body =
        QInputDialog::getMultiLineText(this, tr("Add Comment"), prompt, QString(), &ok);
    if (ok)
        addComment(body);
}

void CommentsPanel::askReply()
{
    const CommentThread *thread = current();
    if (!thread)
        return;
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(
        this, tr("Reply"), tr("Reply to %1 (%2):").arg(thread->author, thread->delegation),
        QString(), &ok);
    if (ok)
        replyToCurrent(body);
}

void CommentsPanel::askEdit()
{
    const CommentThread *thread = current();
    if (!thread)
        return;
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(this, tr("Edit Comment"),
                                                        tr("Your comment:"), thread->body, &ok);
    if (ok)
        editCurrent(body);
}

} // namespace plenary::gui
