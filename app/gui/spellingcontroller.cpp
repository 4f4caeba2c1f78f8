#include "spellingcontroller.h"

#include "documenteditor.h"
#include "negotiationhighlighter.h"
#include "paragraphformat.h"

#include <QScrollBar>
#include <QTextBlock>

namespace plenary::gui {

SpellingController::SpellingController(DocumentEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor)
{
    editor->highlighter()->setMisspellings(
        [this](const QTextBlock &block) { return misspellingsOf(block); });
    connect(&m_service, &SpellingService::checked, this, &SpellingController::onChecked);
    connect(&m_service, &SpellingService::suggestionsReady, this,
            &SpellingController::suggestionsReady);
    connect(&m_service, &SpellingService::languageChanged, this, [this] {
        submitAll(); // checks queued before the dictionary changed are answered in the new one
        Q_EMIT noticeChanged();
    });
    // An edit re-checks the paragraphs it touched, once typing pauses.
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(150);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        QList<QTextBlock> blocks;
        for (const QString &id : std::exchange(m_touched, {}))
            if (const QTextBlock block = blockOf(id); block.isValid())
                blocks.append(block);
        submit(blocks);
    });
    connect(editor->document(), &QTextDocument::contentsChange, this,
            &SpellingController::onContentsChange);
    // What comes into view is checked first.
    m_scrolled.setSingleShot(true);
    m_scrolled.setInterval(100);
    connect(&m_scrolled, &QTimer::timeout, this, &SpellingController::prioritizeVisible);
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, &m_scrolled,
            qOverload<>(&QTimer::start));
}

void SpellingController::open(const QString &language, const QByteArray &projectDictionary)
{
    m_savedDictionary = projectDictionary;
    m_checked.clear();
    m_service.cancelAll();
    m_service.setProjectDictionary(ProjectDictionary::read(projectDictionary));
    if (m_service.language() != language || !m_service.isReady())
        m_service.setLanguage(language); // then languageChanged() submits the paragraphs
    else
        submitAll();
}

void SpellingController::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        submitAll();
    } else {
        m_service.cancelAll();
        m_checked.clear();
    }
    m_editor->highlighter()->rehighlight();
}

QTextBlock SpellingController::blockOf(const QString &paragraphId) const
{
    for (QTextBlock b = m_editor->document()->begin(); b.isValid(); b = b.next())
        if (ParagraphFormat::idOf(b) == paragraphId)
            return b;
    return {};
}

void SpellingController::submit(const QList<QTextBlock> &blocks)
{
    if (!m_enabled || !m_service.isReady() || blocks.isEmpty())
        return;
    QList<SpellingRequest> requests;
    for (const QTextBlock &block : blocks) {
        const QString id = ParagraphFormat::idOf(block);
        if (!id.isEmpty())
            requests.append({id, block.text(), ++m_revision});
    }
    m_service.check(requests);
}

void SpellingController::submitAll()
{
    QList<QTextBlock> blocks;
    for (QTextBlock b = m_editor->document()->begin(); b.isValid(); b = b.next())
        blocks.append(b);
    submit(blocks);
    prioritizeVisible();
}

void SpellingController::prioritizeVisible()
{
    if (!m_enabled)
        return;
    const QTextBlock first = m_editor->cursorForPosition(QPoint(0, 0)).block();
    const QTextBlock last =
        m_editor->cursorForPosition(QPoint(0, m_editor->viewport()->height())).block();
    QStringList visible;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        visible.append(ParagraphFormat::idOf(b));
        if (b == last)
            break;
    }
    m_service.prioritize(visible);
}

void SpellingController::onContentsChange(int position, int, int added)
{
    if (!m_enabled)
        return;
    QTextDocument *document = m_editor->document();
    const QTextBlock last = document->findBlock(position + added);
    for (QTextBlock b = document->findBlock(position); b.isValid(); b = b.next()) {
        m_touched.insert(ParagraphFormat::idOf(b));
        if (b == last)
            break;
    }
    m_recheck.start();
}

void SpellingController::onChecked(const SpellingResult &result)
{
    const QTextBlock block = blockOf(result.paragraphId);
    if (!block.isValid())
        return;
    // The answer is for the text that was sent; if the block has moved on since, only the words
    // still where they were are marked (misspellingsOf), until its own re-check comes back.
    m_checked.insert(result.paragraphId, result.misspellings);
    m_editor->highlighter()->rehighlightBlock(block);
    Q_EMIT paragraphChecked(result.paragraphId);
}

QList<std::pair<int, int>> SpellingController::misspellingsOf(const QTextBlock &block) const
{
    QList<std::pair<int, int>> ranges;
    if (!m_enabled)
        return ranges;
    const auto found = m_checked.constFind(ParagraphFormat::idOf(block));
    if (found == m_checked.cend())
        return ranges;
    const QString text = block.text();
    for (const Misspelling &m : *found) {
        // A word the drafter has changed since the check is not marked any more.
        if (QStringView(text).mid(m.begin, m.length) != m.word)
            continue;
        ranges.append({int(m.begin), int(m.begin + m.length)});
    }
    return ranges;
}

std::optional<std::pair<int, int>> SpellingController::misspellingAt(int position) const
{
    const QTextBlock block = m_editor->document()->findBlock(position);
    const int at = position - block.position();
    for (const auto &[from, to] : misspellingsOf(block))
        if (at >= from && at <= to)
            return std::pair(block.position() + from, block.position() + to);
    return std::nullopt;
}

quint64 SpellingController::requestSuggestions(const QString &word)
{
    return m_service.requestSuggestions(word, 8);
}

bool SpellingController::replace(int from, int to, const QString &replacement)
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    if (m_editor->isReadOnly() || !m_editor->beginGuardedEdit(cursor))
        return false;
    cursor.insertText(replacement);
    m_editor->endGuardedEdit();
    return true;
}

Result<bool> SpellingController::addToDictionary(const QString &word)
{
    auto added = m_service.addToProject(word); // the service re-checks where it was flagged
    if (added && added.value())
        Q_EMIT dictionaryChanged();
    return added;
}

void SpellingController::ignore(const QString &word)
{
    m_service.ignore(word);
}

QByteArray SpellingController::dictionaryBytes() const
{
    return m_service.projectDictionary().bytes();
}

bool SpellingController::dictionaryUnsaved() const
{
    return dictionaryBytes() != m_savedDictionary &&
           !(dictionaryBytes().isEmpty() && m_savedDictionary.isEmpty());
}

void SpellingController::dictionarySaved()
{
    m_savedDictionary = dictionaryBytes();
}

} // namespace plenary::gui
