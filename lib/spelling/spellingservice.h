#pragma once

#include "core/result.h"
#include "dictionarylocator.h"
#include "projectdictionary.h"
#include "spellchecker.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace plenary {

/// "Check this paragraph's text": the paragraph's identifier, its text with markup, and a
/// counter the caller increases with every edit of it.
struct SpellingRequest
{
    QString paragraphId;
    QString text;
    quint64 revision = 0;
};

/// The misspelled words of one request's text (offsets are UTF-16 indexes into that text).
struct SpellingResult
{
    QString paragraphId;
    quint64 revision = 0;
    QList<Misspelling> misspellings;
};

/// Spell checking off the caller's thread, designed around Hunspell not being thread-safe: one
/// worker thread owns the Hunspell object (built, used and destroyed there only; constructions
/// across the process serialised by SpellingDictionary). Every public function is cheap and
/// may be called from the thread the service lives in (the GUI thread); results come back as
/// signals emitted in that thread.
///
/// The worker takes, in this order: a change of language, words added or ignored, suggestions
/// (someone is waiting for a context menu), then paragraph checks in queue order. A paragraph
/// submitted again while queued keeps its place with the newer text; a result whose paragraph
/// was resubmitted or cancelled in the meantime is never delivered. Adding or ignoring a word
/// re-checks, by itself, the paragraphs whose last result flagged it.
class SpellingService : public QObject
{
    Q_OBJECT

public:
    explicit SpellingService(QObject *parent = nullptr);
    /// With dictionaries looked up by `locator` (tests use their own folders).
    explicit SpellingService(DictionaryLocator locator, QObject *parent = nullptr);
    /// Stops the worker, waiting for the word it is checking (or the suggestion or dictionary
    /// it is computing) to finish.
    ~SpellingService() override;

    /// Loads the dictionary for a BCP 47 tag on the worker; languageChanged() tells the
    /// outcome. Queued checks are answered in the new language; resubmit the others.
    void setLanguage(const QString &tag);
    [[nodiscard]] QString language() const;
    /// Whether a dictionary is loaded and checks are answered.
    [[nodiscard]] bool isReady() const;
    /// Non-empty when no dictionary could be loaded: "no Russian dictionary: install
    /// hunspell-ru". Show it, and keep editing: checks are then dropped without a result.
    [[nodiscard]] QString notice() const;

    /// The repository's dictionary.txt, read; its words are accepted from now on.
    void setProjectDictionary(const ProjectDictionary &dictionary);
    /// The project dictionary with the words added since: save bytes() with the next save.
    [[nodiscard]] ProjectDictionary projectDictionary() const;
    /// "Add to dictionary": adds to the project dictionary (true if new) and accepts the word.
    [[nodiscard]] Result<bool> addToProject(const QString &word);
    /// "Ignore": accepts the word until the service is destroyed; nothing is written.
    void ignore(const QString &word);

    /// Queues paragraphs to check, in this order after those already queued.
    void check(const QList<SpellingRequest> &requests);
    /// Moves these queued paragraphs to the front, in this order (the visible ones).
    void prioritize(const QStringList &paragraphIds);
    /// Drops queued checks of these paragraphs and any result on its way (removed paragraphs).
    void cancel(const QStringList &paragraphIds);
    /// Drops every queued check and result on its way (another document).
    void cancelAll();
    /// Paragraphs waiting to be checked.
    [[nodiscard]] int pendingChecks() const;

    /// Computes up to `max` suggestions on the worker (about 25 ms each in Hunspell);
    /// suggestionsReady() answers with the number returned here.
    quint64 requestSuggestions(const QString &word, int max = 8);

Q_SIGNALS:
    void checked(const plenary::SpellingResult &result);
    void suggestionsReady(quint64 request, const QString &word, const QStringList &suggestions);
    /// After setLanguage(): `ready` false with the notice when no dictionary was loaded.
    void languageChanged(const QString &tag, bool ready, const QString &notice);

private:
    struct Suggestion
    {
        quint64 request;
        QString word;
        int max;
    };
    struct Flagged
    {
        QString text;
        quint64 revision;
        QStringList words;
    };

    void run();
    [[nodiscard]] bool hasWork() const;
    void deliver(const SpellingResult &result);
    void requeueFlagged(const QStringList &words);

    DictionaryLocator m_locator;

    mutable std::mutex m_mutex; // guards everything below but m_checker
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::optional<QString> m_pendingLanguage;
    QStringList m_pendingWords; // added or ignored, not yet given to the checker
    std::deque<Suggestion> m_suggestions;
    quint64 m_nextSuggestion = 1;
    QStringList m_queue;                        // paragraph ids, in checking order
    QHash<QString, SpellingRequest> m_requests; // the queued texts
    QHash<QString, quint64> m_latest;           // the last revision submitted per paragraph
    QHash<QString, Flagged> m_flagged;          // last results with misspellings
    QString m_language;
    bool m_ready = false;
    QString m_notice;
    ProjectDictionary m_project;
    QSet<QString> m_ignored;

    std::optional<SpellChecker> m_checker; // the worker's own: never touched by another thread
    std::thread m_worker;
};

} // namespace plenary

Q_DECLARE_METATYPE(plenary::SpellingResult)
