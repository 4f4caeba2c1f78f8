#include "spellingservice.h"

#include <algorithm>

namespace plenary {

SpellingService::SpellingService(QObject *parent) : SpellingService(DictionaryLocator(), parent)
{
}

SpellingService::SpellingService(DictionaryLocator locator, QObject *parent)
    : QObject(parent), m_locator(std::move(locator))
{
    m_worker = std::thread([this] { run(); });
}

SpellingService::~SpellingService()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

void SpellingService::setLanguage(const QString &tag)
{
    {
        const std::lock_guard lock(m_mutex);
        m_pendingLanguage = tag;
        m_language = tag;
    }
    m_wake.notify_all();
}

QString SpellingService::language() const
{
    const std::lock_guard lock(m_mutex);
    return m_language;
}

bool SpellingService::isReady() const
{
    const std::lock_guard lock(m_mutex);
    return m_ready;
}

QString SpellingService::notice() const
{
    const std::lock_guard lock(m_mutex);
    return m_notice;
}

void SpellingService::setProjectDictionary(const ProjectDictionary &dictionary)
{
    {
        const std::lock_guard lock(m_mutex);
        m_project = dictionary;
        m_pendingWords.append(dictionary.words());
    }
    m_wake.notify_all();
}

ProjectDictionary SpellingService::projectDictionary() const
{
    const std::lock_guard lock(m_mutex);
    return m_project;
}

Result<bool> SpellingService::addToProject(const QString &word)
{
    Result<bool> added = false;
    {
        const std::lock_guard lock(m_mutex);
        added = m_project.add(word);
        if (!added)
            return added;
        m_pendingWords.append(word);
    }
    m_wake.notify_all();
    return added;
}

void SpellingService::ignore(const QString &word)
{
    {
        const std::lock_guard lock(m_mutex);
        m_ignored.insert(word);
        m_pendingWords.append(word);
    }
    m_wake.notify_all();
}

void SpellingService::check(const QList<SpellingRequest> &requests)
{
    {
        const std::lock_guard lock(m_mutex);
        for (const SpellingRequest &request : requests) {
            if (!m_requests.contains(request.paragraphId))
                m_queue.append(request.paragraphId);
            m_requests.insert(request.paragraphId, request);
            m_latest.insert(request.paragraphId, request.revision);
        }
    }
    m_wake.notify_all();
}

void SpellingService::prioritize(const QStringList &paragraphIds)
{
    const std::lock_guard lock(m_mutex);
    QStringList front;
    for (const QString &id : paragraphIds)
        if (m_requests.contains(id) && !front.contains(id))
            front.append(id);
    if (front.isEmpty())
        return;
    QStringList rest;
    rest.reserve(m_queue.size());
    const QSet<QString> moved(front.cbegin(), front.cend());
    for (const QString &id : std::as_const(m_queue))
        if (!moved.contains(id))
            rest.append(id);
    m_queue = front + rest;
}

void SpellingService::cancel(const QStringList &paragraphIds)
{
    const std::lock_guard lock(m_mutex);
    for (const QString &id : paragraphIds) {
        if (m_requests.remove(id))
            m_queue.removeOne(id);
        m_latest.remove(id);
        m_flagged.remove(id);
    }
}

void SpellingService::cancelAll()
{
    const std::lock_guard lock(m_mutex);
    m_queue.clear();
    m_requests.clear();
    m_latest.clear();
    m_flagged.clear();
}

int SpellingService::pendingChecks() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

quint64 SpellingService::requestSuggestions(const QString &word, int max)
{
    quint64 request = 0;
    {
        const std::lock_guard lock(m_mutex);
        request = m_nextSuggestion++;
        m_suggestions.push_back({request, word, max});
    }
    m_wake.notify_all();
    return request;
}

bool SpellingService::hasWork() const
{
    return m_pendingLanguage || !m_pendingWords.isEmpty() || !m_suggestions.empty() ||
           !m_queue.isEmpty();
}

void SpellingService::deliver(const SpellingResult &result)
{
    {
        const std::lock_guard lock(m_mutex);
        const auto latest = m_latest.constFind(result.paragraphId);
        if (latest == m_latest.cend() || *latest != result.revision ||
            m_requests.contains(result.paragraphId))
            return; // cancelled or resubmitted since
    }
    Q_EMIT checked(result);
}

void SpellingService::requeueFlagged(const QStringList &words)
{
    for (auto it = m_flagged.cbegin(); it != m_flagged.cend(); ++it) {
        if (m_requests.contains(it.key()))
            continue;
        const bool affected = std::any_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return it->words.contains(w, Qt::CaseInsensitive);
        });
        if (affected) {
            m_queue.prepend(it.key());
            m_requests.insert(it.key(), {it.key(), it->text, it->revision});
        }
    }
}

// The worker: the only thread that touches m_checker and so the Hunspell object.
void SpellingService::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || hasWork(); });
        if (m_stopping)
            break;

        if (m_pendingLanguage) {
            const QString tag = *m_pendingLanguage;
            m_pendingLanguage.reset();
            const QStringList words = m_project.words();
            const QSet<QString> ignored = m_ignored;
            lock.unlock();
            m_checker.reset();
            auto checker = SpellChecker::forLanguage(tag, m_locator);
            QString notice;
            if (checker) {
                m_checker.emplace(std::move(checker).value());
                for (const QString &word : words)
                    m_checker->addProjectWord(word);
                for (const QString &word : ignored)
                    m_checker->ignore(word);
            } else {
                notice = checker.error().message;
            }
            lock.lock();
            if (m_pendingLanguage)
                continue; // another language was asked for meanwhile
            m_ready = m_checker.has_value();
            m_notice = notice;
            m_flagged.clear();
            QMetaObject::invokeMethod(
                this,
                [this, tag, ready = m_ready, notice] {
                    Q_EMIT languageChanged(tag, ready, notice);
                },
                Qt::QueuedConnection);
            continue;
        }

        if (!m_pendingWords.isEmpty()) {
            const QStringList words = std::exchange(m_pendingWords, {});
            lock.unlock();
            if (m_checker)
                for (const QString &word : words)
                    m_checker->ignore(word);
            lock.lock();
            requeueFlagged(words);
            continue;
        }

        if (!m_suggestions.empty()) {
            const Suggestion s = m_suggestions.front();
            m_suggestions.pop_front();
            lock.unlock();
            const QStringList list = m_checker ? m_checker->suggest(s.word, s.max) : QStringList();
            lock.lock();
            QMetaObject::invokeMethod(
                this, [this, s, list] { Q_EMIT suggestionsReady(s.request, s.word, list); },
                Qt::QueuedConnection);
            continue;
        }

        if (!m_queue.isEmpty()) {
            const QString id = m_queue.takeFirst();
            const SpellingRequest request = m_requests.take(id);
            if (!m_checker)
                continue; // no dictionary: the notice says so
            lock.unlock();
            SpellingResult result{request.paragraphId, request.revision,
                                  m_checker->check(request.text)};
            lock.lock();
            if (m_requests.contains(id) || !m_latest.contains(id) ||
                m_latest.value(id) != request.revision)
                continue; // a newer text is queued, or the paragraph is gone
            if (result.misspellings.isEmpty()) {
                m_flagged.remove(id);
            } else {
                QStringList words;
                for (const Misspelling &m : std::as_const(result.misspellings))
                    words.append(m.word);
                m_flagged.insert(id, {request.text, request.revision, words});
            }
            QMetaObject::invokeMethod(
                this, [this, result] { deliver(result); }, Qt::QueuedConnection);
        }
    }
    lock.unlock();
    m_checker.reset(); // destroyed by the thread that used it
}

} // namespace plenary
