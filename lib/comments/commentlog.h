#pragma once

#include "commentevent.h"
#include "commentthread.h"
#include "core/result.h"
#include "document/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace plenary {

/// Who acts on a comment: the drafter and the delegation they speak for (an Identity's parts).
struct CommentAuthor
{
    QString name;
    QString email;
    QString delegation;
};

/// The comments of a negotiation: the comments file read and folded into threads, and new
/// events appended to it (docs/repository.md). The file is only ever appended to, so lines this
/// version cannot read are reported and kept as they are, and two clones' additions merge as
/// lines. Nothing here commits: bytes() is the new file content, which the caller saves (the
/// editor with the text, in the same commit; the command line on its own).
class CommentLog
{
    Q_DECLARE_TR_FUNCTIONS(CommentLog)

public:
    CommentLog() = default;

    /// Reads a comments file. Never fails: a line that does not read is reported in
    /// diagnostics() with its line number and kept in bytes().
    [[nodiscard]] static CommentLog read(const QByteArray &bytes);

    /// The file content: what was read, then every event appended since.
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    /// Lines that do not read (errors) and events that point nowhere (warnings).
    [[nodiscard]] const Diagnostics &diagnostics() const { return m_diagnostics; }
    /// The events appended since the file was read, in order.
    [[nodiscard]] const QList<CommentEvent> &pending() const { return m_pending; }
    [[nodiscard]] bool isModified() const { return !m_pending.isEmpty(); }

    /// Every thread, ordered by the time it was opened (then identifier).
    [[nodiscard]] const QList<CommentThread> &threads() const { return m_threads; }
    /// The thread of a comment, or of the comment a reply answers; nullptr if unknown.
    [[nodiscard]] const CommentThread *thread(QStringView commentOrReplyId) const;
    /// The threads on one paragraph, in order.
    [[nodiscard]] QList<const CommentThread *> threadsOn(QStringView paragraphId) const;
    /// How many threads are open.
    [[nodiscard]] int openCount() const;

    /// Which threads a view shows.
    struct Filter
    {
        enum class State
        {
            All,
            Open,
            Resolved
        };
        State state = State::All;
        QString delegation;  ///< only threads opened by this delegation; empty for all
        QString paragraphId; ///< only threads on this paragraph; empty for all
        [[nodiscard]] bool matches(const CommentThread &thread) const;
    };
    [[nodiscard]] QList<const CommentThread *> threads(const Filter &filter) const;

    /// Opens a thread on a paragraph, optionally quoting a span of it; returns its identifier.
    /// `when` defaults to now; a new event is never dated before one already in the file, so
    /// what a drafter saw before acting always sorts before the action.
    [[nodiscard]] Result<QString> addComment(const CommentAuthor &who, const QString &paragraphId,
                                             const std::optional<Quote> &quote, const QString &body,
                                             const QDateTime &when = {});
    /// Answers a comment; returns the reply's identifier.
    [[nodiscard]] Result<QString> reply(const CommentAuthor &who, const QString &commentId,
                                        const QString &body, const QDateTime &when = {});
    /// Replaces the text of a comment or reply; only its author (same email) may.
    [[nodiscard]] Result<void> edit(const CommentAuthor &who, const QString &commentOrReplyId,
                                    const QString &body, const QDateTime &when = {});
    [[nodiscard]] Result<void> resolve(const CommentAuthor &who, const QString &commentId,
                                       const QDateTime &when = {});
    [[nodiscard]] Result<void> reopen(const CommentAuthor &who, const QString &commentId,
                                      const QDateTime &when = {});

    /// `file` with `events` appended, one line each (and a line end first if `file` lacks one):
    /// how the editor re-applies its pending events onto a comments file that changed under it.
    [[nodiscard]] static QByteArray append(QByteArray file, const QList<CommentEvent> &events);

private:
    [[nodiscard]] Result<CommentEvent> newEvent(CommentEvent::Type type, const CommentAuthor &who,
                                                const QDateTime &when) const;
    [[nodiscard]] Result<void> checkBody(const QString &body) const;
    void appendEvent(const CommentEvent &event);
    void fold();

    QByteArray m_bytes;
    int m_lineCount = 0;           // lines in m_bytes
    QList<CommentEvent> m_events;  // every event that reads, in file order
    QList<int> m_eventLines;       // the line of each
    Diagnostics m_readDiagnostics; // lines that do not read
    Diagnostics m_diagnostics;     // those and what folding found
    QList<CommentEvent> m_pending;
    QList<CommentThread> m_threads;
    QHash<QString, qsizetype> m_threadOf; // comment or reply id → index in m_threads
};

} // namespace plenary
