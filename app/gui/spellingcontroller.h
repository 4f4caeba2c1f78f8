#pragma once

#include "spelling/spellingservice.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>

class QTextBlock;
class QTextCursor;

namespace plenary::gui {

class DocumentEditor;

/// Spelling in the editor: paragraphs go to the SpellingService (whose worker thread alone owns
/// Hunspell) when a text opens, visible ones first, and again a moment after each edit, only
/// the paragraphs it touched; the answers come back to the GUI thread and the highlighter draws
/// them. Suggestions are asked for only when a menu needs them. Words added to the project
/// dictionary are saved with the next revision.
class SpellingController : public QObject
{
    Q_OBJECT

public:
    explicit SpellingController(DocumentEditor *editor, QObject *parent = nullptr);

    /// A text opened: its language (BCP 47) and the repository's dictionary.txt.
    void open(const QString &language, const QByteArray &projectDictionary);
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    /// "no Russian dictionary: install hunspell-ru", or empty.
    [[nodiscard]] QString notice() const { return m_service.notice(); }

    /// The misspelled words of a block, [start, end) in its text, as last checked; words the
    /// drafter has changed since are left out.
    [[nodiscard]] QList<std::pair<int, int>> misspellingsOf(const QTextBlock &block) const;
    /// The misspelled word at a document position, as [start, end) document positions.
    [[nodiscard]] std::optional<std::pair<int, int>> misspellingAt(int position) const;
    /// Asks for suggestions; suggestionsReady() answers with the number returned.
    quint64 requestSuggestions(const QString &word);
    /// Replaces a misspelled word (through the editor's guard for agreed text).
    bool replace(int from, int to, const QString &replacement);
    Result<bool> addToDictionary(const QString &word);
    void ignore(const QString &word);

    /// dictionary.txt as it should be saved; whether it differs from the saved one.
    [[nodiscard]] QByteArray dictionaryBytes() const;
    [[nodiscard]] bool dictionaryUnsaved() const;
    /// The dictionary was saved with a revision.
    void dictionarySaved();
    /// Paragraphs still waiting to be checked.
    [[nodiscard]] int pendingChecks() const { return m_service.pendingChecks(); }

Q_SIGNALS:
    void noticeChanged();
    void suggestionsReady(quint64 request, const QString &word, const QStringList &suggestions);
    /// A paragraph's check came back (whether or not it found anything).
    void paragraphChecked(const QString &paragraphId);
    void dictionaryChanged();

private:
    void submit(const QList<QTextBlock> &blocks);
    void submitAll();
    void prioritizeVisible();
    void onContentsChange(int position, int removed, int added);
    void onChecked(const SpellingResult &result);
    [[nodiscard]] QTextBlock blockOf(const QString &paragraphId) const;

    DocumentEditor *m_editor;
    SpellingService m_service;
    bool m_enabled = true;
    QHash<QString, QList<Misspelling>> m_checked; ///< the last answer per paragraph
    quint64 m_revision = 0;
    QSet<QString> m_touched;
    QTimer m_recheck;
    QTimer m_scrolled;
    QByteArray m_savedDictionary;
};

} // namespace plenary::gui
