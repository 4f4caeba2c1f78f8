#include "findbar.h"

#include "documenteditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace plenary::gui {

namespace {

// Marks the extra selections that are the bar's, so that the editor's others stay.
constexpr int kFindBarHighlight = QTextFormat::UserProperty + 0x46b;

// Edits come in bursts (typing, undoing a replace-all paragraph by paragraph): search again
// once they pause.
constexpr int kRefreshDelayMs = 120;

QString shortcutText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

bool isEnter(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == 0;
}

bool isEscape(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier;
}

QString replacedMessage(int occurrences, int paragraphs)
{
    if (occurrences == 1)
        return FindBar::tr("Replaced 1 occurrence in 1 paragraph");
    if (paragraphs == 1)
        return FindBar::tr("Replaced %1 occurrences in 1 paragraph").arg(occurrences);
    return FindBar::tr("Replaced %1 occurrences in %2 paragraphs").arg(occurrences).arg(paragraphs);
}

} // namespace

FindBar::FindBar(DocumentEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_findField(new QLineEdit(this)),
      m_replaceField(new QLineEdit(this)), m_replaceLabel(new QLabel(tr("Replace wi&th:"), this)),
      m_previousButton(new QPushButton(tr("Previous"), this)),
      m_nextButton(new QPushButton(tr("Next"), this)),
      m_replaceButton(new QPushButton(tr("&Replace"), this)),
      m_replaceAllButton(new QPushButton(tr("Replace &All"), this)),
      m_matchCase(new QCheckBox(tr("Match &case"), this)),
      m_wholeWords(new QCheckBox(tr("Whole w&ords"), this)),
      m_withinBrackets(new QCheckBox(tr("Within &brackets only"), this)),
      m_closeButton(new QToolButton(this)), m_status(new QLabel(this)),
      m_refreshTimer(new QTimer(this))
{
    m_findField->setObjectName(QStringLiteral("findField"));
    m_replaceField->setObjectName(QStringLiteral("replaceField"));
    m_previousButton->setObjectName(QStringLiteral("previousButton"));
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_replaceButton->setObjectName(QStringLiteral("replaceButton"));
    m_replaceAllButton->setObjectName(QStringLiteral("replaceAllButton"));
    m_matchCase->setObjectName(QStringLiteral("matchCase"));
    m_wholeWords->setObjectName(QStringLiteral("wholeWords"));
    m_withinBrackets->setObjectName(QStringLiteral("withinBrackets"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_status->setObjectName(QStringLiteral("matchStatus"));

    const QString enter = shortcutText(QKeySequence(Qt::Key_Return));
    const QString shiftEnter = shortcutText(QKeySequence(Qt::SHIFT | Qt::Key_Return));
    auto *findLabel = new QLabel(tr("Fi&nd:"), this);
    findLabel->setBuddy(m_findField);
    m_replaceLabel->setBuddy(m_replaceField);
    m_findField->setClearButtonEnabled(true);
    m_findField->setPlaceholderText(tr("Find in the text"));
    m_findField->setToolTip(
        tr("Text to find (%1); %2 finds the next match, %3 the previous")
            .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_F)), enter, shiftEnter));
    m_replaceField->setPlaceholderText(tr("Replace with"));
    m_replaceField->setToolTip(tr("Text to put in place of each match (%1); %2 replaces the "
                                  "selected match")
                                   .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_H)), enter));
    m_previousButton->setToolTip(
        tr("Previous match (%1, %2)")
            .arg(shiftEnter, shortcutText(QKeySequence(Qt::SHIFT | Qt::Key_F3))));
    m_nextButton->setToolTip(
        tr("Next match (%1, %2)").arg(enter, shortcutText(QKeySequence(Qt::Key_F3))));
    m_replaceButton->setToolTip(tr("Replace the selected match and go to the next one (%1 in "
                                   "the Replace field)")
                                    .arg(enter));
    m_replaceAllButton->setToolTip(
        tr("Replace every match in the text, in one step that Undo takes back"));
    m_matchCase->setToolTip(tr("Find only text with the same capital and small letters"));
    m_wholeWords->setToolTip(tr("Find only whole words: “State” does not find “Statement”"));
    m_withinBrackets->setToolTip(
        tr("Find only text inside square brackets, that is text not yet agreed"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setToolTip(tr("Close (%1)").arg(shortcutText(QKeySequence(Qt::Key_Escape))));
    m_closeButton->setFocusPolicy(Qt::TabFocus);
    m_status->setAccessibleName(tr("Matches"));
    // Enter on a focused button presses it, as in a dialog, rather than finding the next match.
    for (QPushButton *button :
         {m_previousButton, m_nextButton, m_replaceButton, m_replaceAllButton})
        button->setAutoDefault(true);

    auto *options = new QHBoxLayout;
    options->addWidget(m_matchCase);
    options->addWidget(m_wholeWords);
    options->addWidget(m_withinBrackets);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(findLabel, 0, 0);
    layout->addWidget(m_findField, 0, 1);
    layout->addWidget(m_previousButton, 0, 2);
    layout->addWidget(m_nextButton, 0, 3);
    layout->addLayout(options, 0, 4);
    layout->addWidget(m_status, 0, 5);
    layout->addWidget(m_closeButton, 0, 6);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replaceField, 1, 1);
    layout->addWidget(m_replaceButton, 1, 2);
    layout->addWidget(m_replaceAllButton, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(5, 1);
    m_findField->setMinimumWidth(fontMetrics().averageCharWidth() * 28);

    setTabOrder(m_findField, m_replaceField);
    setTabOrder(m_replaceField, m_previousButton);
    setTabOrder(m_previousButton, m_nextButton);
    setTabOrder(m_nextButton, m_replaceButton);
    setTabOrder(m_replaceButton, m_replaceAllButton);
    setTabOrder(m_replaceAllButton, m_matchCase);
    setTabOrder(m_matchCase, m_wholeWords);
    setTabOrder(m_wholeWords, m_withinBrackets);
    setTabOrder(m_withinBrackets, m_closeButton);

    m_findField->installEventFilter(this);
    m_replaceField->installEventFilter(this);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &FindBar::refresh);

    connect(m_findField, &QLineEdit::textChanged, this, &FindBar::onSearchChanged);
    for (QCheckBox *box : {m_matchCase, m_wholeWords, m_withinBrackets})
        connect(box, &QCheckBox::toggled, this, &FindBar::onSearchChanged);
    connect(m_previousButton, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(m_nextButton, &QPushButton::clicked, this, &FindBar::findNext);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replace);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_closeButton, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this,
            &FindBar::onContentsChange);
    connect(m_editor, &QTextEdit::cursorPositionChanged, this, &FindBar::onCursorMoved);

    m_replaceLabel->hide();
    m_replaceField->hide();
    m_replaceButton->hide();
    m_replaceAllButton->hide();
    hide();
}

FindBar::~FindBar() = default;

int FindBar::matchCount() const
{
    return int(m_hits.size());
}

QString FindBar::statusText() const
{
    return m_status->text();
}

SearchOptions FindBar::options() const
{
    SearchOptions options;
    options.matchCase = m_matchCase->isChecked();
    options.wholeWords = m_wholeWords->isChecked();
    options.withinBrackets = m_withinBrackets->isChecked();
    return options;
}

void FindBar::showFind()
{
    showBar(false);
}

void FindBar::showReplace()
{
    showBar(true);
}

void FindBar::showBar(bool withReplace)
{
    m_replaceLabel->setVisible(withReplace);
    m_replaceField->setVisible(withReplace);
    m_replaceButton->setVisible(withReplace);
    m_replaceAllButton->setVisible(withReplace);
    show();
    // A selection within one paragraph is what the drafter means to find.
    const QString selected = m_editor->textCursor().selectedText();
    const bool prefill = !selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) &&
                         !selected.contains(QChar::LineSeparator) &&
                         !selected.contains(QChar(TextSearch::kObjectReplacement));
    if (prefill && selected != m_findField->text())
        m_findField->setText(selected);
    else
        ensureFresh();
    QLineEdit *field = withReplace && prefill && canReplace() ? m_replaceField : m_findField;
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

void FindBar::closeBar()
{
    hide();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext()
{
    go(true);
}

void FindBar::findPrevious()
{
    go(false);
}

void FindBar::go(bool forward)
{
    if (TextSearch(m_findField->text(), options()).isNull()) {
        showFind();
        return;
    }
    if (isHidden())
        show();
    ensureFresh();
    if (m_hits.isEmpty()) {
        m_note.clear();
        updateStatus();
        return;
    }
    const QTextCursor cursor = m_editor->textCursor();
    if (forward) {
        const int from = cursor.selectionEnd();
        const auto next = std::find_if(m_hits.cbegin(), m_hits.cend(),
                                       [from](const Hit &hit) { return hit.position >= from; });
        if (next != m_hits.cend())
            select(int(next - m_hits.cbegin()), QString());
        else
            select(0, tr("%1 of %2, continued from the start").arg(1).arg(m_hits.size()));
    } else {
        const int before = cursor.selectionStart();
        const auto previous =
            std::find_if(m_hits.crbegin(), m_hits.crend(),
                         [before](const Hit &hit) { return hit.position < before; });
        if (previous != m_hits.crend()) {
            select(int(m_hits.crend() - previous) - 1, QString());
        } else {
            const int last = int(m_hits.size()) - 1;
            select(last, tr("%1 of %2, continued from the end").arg(last + 1).arg(m_hits.size()));
        }
    }
}

void FindBar::select(int index, const QString &note)
{
    const Hit hit = m_hits[index];
    m_current = index;
    m_note = note;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(hit.position);
    cursor.setPosition(hit.end(), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    updateHighlights();
    updateStatus();
}

void FindBar::replace()
{
    ensureFresh();
    if (!canReplace() || TextSearch(m_findField->text(), options()).isNull())
        return;
    const int index = hitAtSelection();
    if (index < 0) {
        findNext(); // the first press shows what the next one replaces
        return;
    }
    const Hit hit = m_hits[index];
    QTextCursor edit(m_editor->document());
    edit.setPosition(hit.position);
    edit.setPosition(hit.end(), QTextCursor::KeepAnchor);
    if (!m_editor->beginGuardedEdit(edit))
        return;
    edit.insertText(m_replaceField->text());
    m_editor->endGuardedEdit();
    QTextCursor after(m_editor->document());
    after.setPosition(edit.position());
    m_editor->setTextCursor(after);
    refresh();
    findNext();
}

void FindBar::replaceAll()
{
    ensureFresh();
    if (!canReplace() || m_hits.isEmpty())
        return;
    QTextDocument *document = m_editor->document();
    const QList<Hit> hits = m_hits;
    QList<QTextBlock> touched;
    for (const Hit &hit : hits) {
        const QTextBlock block = document->findBlock(hit.position);
        if (touched.isEmpty() || touched.constLast() != block)
            touched.append(block);
    }
    if (!m_editor->beginGuardedEdit(touched)) {
        m_note = tr("Nothing was replaced");
        updateStatus();
        return;
    }
    const QString replacement = m_replaceField->text();
    QTextCursor edit(document);
    // From the end, so that the positions of the matches still to replace stay valid.
    for (auto hit = hits.crbegin(); hit != hits.crend(); ++hit) {
        edit.setPosition(hit->position);
        edit.setPosition(hit->end(), QTextCursor::KeepAnchor);
        edit.insertText(replacement);
    }
    m_editor->endGuardedEdit();
    refresh();
    m_note = replacedMessage(int(hits.size()), int(touched.size()));
    updateStatus();
    Q_EMIT replacedAll(int(hits.size()), int(touched.size()));
}

void FindBar::onSearchChanged()
{
    m_note.clear();
    refresh();
    if (m_hits.isEmpty())
        return;
    // Finding as the drafter types: the match at or after where the selection starts, so
    // that each further letter keeps or narrows the match rather than jumping past it.
    const int from = m_editor->textCursor().selectionStart();
    const auto at = std::find_if(m_hits.cbegin(), m_hits.cend(),
                                 [from](const Hit &hit) { return hit.position >= from; });
    select(at != m_hits.cend() ? int(at - m_hits.cbegin()) : 0, QString());
}

void FindBar::onContentsChange()
{
    m_dirty = true;
    m_note.clear();
    if (!isHidden())
        m_refreshTimer->start();
}

void FindBar::onCursorMoved()
{
    if (m_dirty || isHidden())
        return;
    const int current = hitAtSelection();
    if (current == m_current)
        return;
    m_current = current;
    m_note.clear();
    updateHighlights();
    updateStatus();
}

void FindBar::ensureFresh()
{
    if (m_dirty)
        refresh();
}

void FindBar::refresh()
{
    m_refreshTimer->stop();
    m_dirty = false;
    m_hits.clear();
    const TextSearch search(m_findField->text(), options());
    if (!search.isNull()) {
        for (QTextBlock block = m_editor->document()->begin(); block.isValid();
             block = block.next()) {
            const QString text = block.text();
            for (const TextMatch &match : search.matchesIn(text))
                m_hits.append({block.position() + int(match.begin), int(match.length)});
        }
    }
    m_current = hitAtSelection();
    const bool replaceable = canReplace();
    m_replaceField->setEnabled(replaceable);
    m_replaceButton->setEnabled(replaceable);
    m_replaceAllButton->setEnabled(replaceable);
    updateHighlights();
    updateStatus();
}

int FindBar::hitAtSelection() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return -1;
    const int start = cursor.selectionStart();
    const auto at =
        std::lower_bound(m_hits.cbegin(), m_hits.cend(), start,
                         [](const Hit &hit, int position) { return hit.position < position; });
    if (at == m_hits.cend() || at->position != start || at->end() != cursor.selectionEnd())
        return -1;
    return int(at - m_hits.cbegin());
}

bool FindBar::canReplace() const
{
    return !m_editor->isReadOnly();
}

void FindBar::updateHighlights()
{
    if (isHidden()) {
        clearHighlights();
        return;
    }
    QList<QTextEdit::ExtraSelection> selections;
    for (const QTextEdit::ExtraSelection &selection : m_editor->extraSelections()) {
        if (!selection.format.hasProperty(kFindBarHighlight))
            selections.append(selection);
    }
    QTextCharFormat match;
    match.setBackground(QColor(0xff, 0xe8, 0x82));
    match.setProperty(kFindBarHighlight, true);
    QTextCharFormat current = match;
    current.setBackground(QColor(0xff, 0x96, 0x32));
    QTextDocument *document = m_editor->document();
    for (int i = 0; i < m_hits.size(); ++i) {
        QTextCursor cursor(document);
        cursor.setPosition(m_hits[i].position);
        cursor.setPosition(m_hits[i].end(), QTextCursor::KeepAnchor);
        selections.append({cursor, i == m_current ? current : match});
    }
    m_editor->setExtraSelections(selections);
}

void FindBar::clearHighlights()
{
    QList<QTextEdit::ExtraSelection> selections = m_editor->extraSelections();
    const auto mine = [](const QTextEdit::ExtraSelection &selection) {
        return selection.format.hasProperty(kFindBarHighlight);
    };
    if (std::none_of(selections.cbegin(), selections.cend(), mine))
        return;
    selections.removeIf(mine);
    m_editor->setExtraSelections(selections);
}

void FindBar::updateStatus()
{
    QString text = m_note;
    if (text.isEmpty() && !m_findField->text().isEmpty()) {
        if (m_hits.isEmpty())
            text = tr("No matches");
        else if (m_current >= 0)
            text = tr("%1 of %2").arg(m_current + 1).arg(m_hits.size());
        else if (m_hits.size() == 1)
            text = tr("1 match");
        else
            text = tr("%1 matches").arg(m_hits.size());
    }
    m_status->setText(text);
}

bool FindBar::event(QEvent *event)
{
    // Esc and Enter belong to the bar while it has the focus, whatever the window binds them to.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isEscape(key) || isEnter(key)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_findField && watched != m_replaceField)
        return QWidget::eventFilter(watched, event);
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!isEscape(key) && !isEnter(key))
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (isEscape(key))
        closeBar();
    else if (watched == m_replaceField)
        replace();
    else if (key->modifiers() & Qt::ShiftModifier)
        findPrevious();
    else
        findNext();
    return true;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (isEscape(event)) {
        closeBar();
        return;
    }
    if (isEnter(event)) {
        if (event->modifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refreshTimer->stop();
    clearHighlights();
}

} // namespace plenary::gui
