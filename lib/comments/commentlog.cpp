#include "commentlog.h"

#include "document/paragraphid.h"

#include <QSet>
#include <algorithm>

namespace plenary {

namespace {

bool sameAuthor(const QString &emailA, const QString &nameA, const CommentAuthor &who)
{
    if (!emailA.isEmpty() || !who.email.isEmpty())
        return emailA.compare(who.email, Qt::CaseInsensitive) == 0;
    return nameA == who.name;
}

// The fold's order: by instant, then identifier, so every clone folds a union of events alike.
bool earlier(const CommentEvent &a, const CommentEvent &b)
{
    const qint64 ta = a.time.toMSecsSinceEpoch(), tb = b.time.toMSecsSinceEpoch();
    return ta != tb ? ta < tb : a.id < b.id;
}

} // namespace

CommentLog CommentLog::read(const QByteArray &bytes)
{
    CommentLog log;
    log.m_bytes = bytes;
    QHash<QString, int> seen; // id → line of its first event
    QHash<QString, QByteArray> seenLine;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        QByteArrayView line(bytes.constData() + start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        QString error;
        int column = 0;
        auto event = CommentEvent::fromLine(line, &error, &column);
        if (!event) {
            log.m_readDiagnostics.append({Diagnostic::Severity::Error, lineNumber, column,
                                          tr("%1; the line is kept as it is").arg(error)});
            continue;
        }
        if (const auto it = seen.constFind(event->id); it != seen.constEnd()) {
            // The same line twice (a change picked onto two branches) is one event.
            if (seenLine.value(event->id) != line.toByteArray())
                log.m_readDiagnostics.append(
                    {Diagnostic::Severity::Error, lineNumber, 0,
                     tr("identifier '%1' is already used on line %2; this line is ignored")
                         .arg(event->id)
                         .arg(it.value())});
            continue;
        }
        seen.insert(event->id, lineNumber);
        seenLine.insert(event->id, line.toByteArray());
        log.m_events.append(*event);
        log.m_eventLines.append(lineNumber);
    }
    log.m_lineCount = lineNumber;
    log.fold();
    return log;
}

void CommentLog::fold()
{
    m_threads.clear();
    m_threadOf.clear();
    m_diagnostics = m_readDiagnostics;

    QList<qsizetype> order(m_events.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return earlier(m_events[a], m_events[b]); });
    auto warn = [&](qsizetype event, const QString &message) {
        m_diagnostics.append(
            {Diagnostic::Severity::Warning, m_eventLines.value(event), 0, message});
    };

    // Comments first, then replies, then what acts on them: a clone whose clock was behind may
    // have dated an answer before the comment it answers.
    for (qsizetype i : order) {
        const CommentEvent &e = m_events[i];
        if (e.type != CommentEvent::Type::Comment)
            continue;
        CommentThread t;
        t.id = e.id;
        t.paragraphId = e.paragraphId;
        t.quote = e.quote;
        t.delegation = e.delegation;
        t.author = e.author;
        t.email = e.email;
        t.time = e.time;
        t.body = e.body;
        m_threadOf.insert(t.id, m_threads.size());
        m_threads.append(t);
    }
    for (qsizetype i : order) {
        const CommentEvent &e = m_events[i];
        if (e.type != CommentEvent::Type::Reply)
            continue;
        const qsizetype index = m_threadOf.value(e.target, -1);
        if (index < 0 || m_threads[index].id != e.target) {
            warn(i, tr("a reply to '%1', which is not a comment in this file").arg(e.target));
            continue;
        }
        m_threads[index].replies.append(
            {e.id, e.delegation, e.author, e.email, e.time, e.body, QDateTime()});
        m_threadOf.insert(e.id, index);
    }
    for (qsizetype i : order) {
        const CommentEvent &e = m_events[i];
        if (e.type == CommentEvent::Type::Comment || e.type == CommentEvent::Type::Reply)
            continue;
        const qsizetype index = m_threadOf.value(e.target, -1);
        if (index < 0) {
            warn(i, tr("'%1' is not a comment or reply in this file").arg(e.target));
            continue;
        }
        CommentThread &t = m_threads[index];
        const CommentAuthor who{e.author, e.email, e.delegation};
        if (e.type == CommentEvent::Type::Edit) {
            if (t.id == e.target) {
                if (!sameAuthor(t.email, t.author, who)) {
                    warn(i, tr("an edit of '%1' by someone other than its author is ignored")
                                .arg(e.target));
                    continue;
                }
                t.body = e.body;
                t.edited = e.time;
            } else {
                for (CommentReply &r : t.replies) {
                    if (r.id != e.target)
                        continue;
                    if (!sameAuthor(r.email, r.author, who)) {
                        warn(i, tr("an edit of '%1' by someone other than its author is ignored")
                                    .arg(e.target));
                        break;
                    }
                    r.body = e.body;
                    r.edited = e.time;
                }
            }
            continue;
        }
        if (t.id != e.target) {
            warn(i, tr("'%1' is a reply; only comments are resolved and reopened").arg(e.target));
            continue;
        }
        t.resolved = e.type == CommentEvent::Type::Resolve;
        t.resolvedBy = t.resolved ? e.author : QString();
        t.resolvedByDelegation = t.resolved ? e.delegation : QString();
        t.resolvedAt = t.resolved ? e.time : QDateTime();
    }
}

const CommentThread *CommentLog::thread(QStringView commentOrReplyId) const
{
    const qsizetype index = m_threadOf.value(commentOrReplyId.toString(), -1);
    return index < 0 ? nullptr : &m_threads[index];
}

QList<const CommentThread *> CommentLog::threadsOn(QStringView paragraphId) const
{
    Filter filter;
    filter.paragraphId = paragraphId.toString();
    return threads(filter);
}

int CommentLog::openCount() const
{
    return int(std::count_if(m_threads.begin(), m_threads.end(),
                             [](const CommentThread &t) { return t.isOpen(); }));
}

bool CommentLog::Filter::matches(const CommentThread &thread) const
{
    if (state == State::Open && thread.resolved)
        return false;
    if (state == State::Resolved && !thread.resolved)
        return false;
    if (!delegation.isEmpty() && thread.delegation != delegation)
        return false;
    return paragraphId.isEmpty() || thread.paragraphId == paragraphId;
}

QList<const CommentThread *> CommentLog::threads(const Filter &filter) const
{
    QList<const CommentThread *> result;
    for (const CommentThread &t : m_threads)
        if (filter.matches(t))
            result.append(&t);
    return result;
}

QByteArray CommentLog::append(QByteArray file, const QList<CommentEvent> &events)
{
    for (const CommentEvent &e : events) {
        if (!file.isEmpty() && !file.endsWith('\n'))
            file += '\n';
        file += e.toLine() + '\n';
    }
    return file;
}

Result<CommentEvent> CommentLog::newEvent(CommentEvent::Type type, const CommentAuthor &who,
                                          const QDateTime &when) const
{
    if (who.name.trimmed().isEmpty() || who.delegation.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("a comment needs an author and a delegation")};
    CommentEvent e;
    e.type = type;
    e.author = who.name;
    e.email = who.email;
    e.delegation = who.delegation;
    e.time = when.isValid() ? when : QDateTime::currentDateTime();
    e.time = e.time.toOffsetFromUtc(e.time.offsetFromUtc());
    for (const CommentEvent &other : m_events)
        if (other.time >= e.time)
            e.time = other.time.addMSecs(1).toOffsetFromUtc(e.time.offsetFromUtc());
    QSet<QString> used;
    for (const CommentEvent &other : m_events)
        used.insert(other.id);
    do
        e.id = ParagraphId::generate();
    while (used.contains(e.id));
    return e;
}

Result<void> CommentLog::checkBody(const QString &body) const
{
    if (body.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("a comment needs a text")};
    return {};
}

void CommentLog::appendEvent(const CommentEvent &event)
{
    m_bytes = append(m_bytes, {event});
    m_lineCount = int(m_bytes.count('\n'));
    m_events.append(event);
    m_eventLines.append(m_lineCount);
    m_pending.append(event);
    fold();
}

Result<QString> CommentLog::addComment(const CommentAuthor &who, const QString &paragraphId,
                                       const std::optional<Quote> &quote, const QString &body,
                                       const QDateTime &when)
{
    if (!ParagraphId::isValid(paragraphId))
        return Error{Error::Kind::Invalid,
                     tr("'%1' is not a paragraph identifier").arg(paragraphId)};
    if (quote && quote->text.isEmpty())
        return Error{Error::Kind::Invalid, tr("the quoted text is empty")};
    if (auto checked = checkBody(body); !checked)
        return checked.error();
    auto event = newEvent(CommentEvent::Type::Comment, who, when);
    if (!event)
        return event.error();
    event->paragraphId = paragraphId;
    event->quote = quote;
    event->body = body.trimmed();
    appendEvent(*event);
    return event->id;
}

Result<QString> CommentLog::reply(const CommentAuthor &who, const QString &commentId,
                                  const QString &body, const QDateTime &when)
{
    const CommentThread *t = thread(commentId);
    if (!t || t->id != commentId)
        return Error{Error::Kind::NotFound, tr("no comment '%1'").arg(commentId)};
    if (auto checked = checkBody(body); !checked)
        return checked.error();
    auto event = newEvent(CommentEvent::Type::Reply, who, when);
    if (!event)
        return event.error();
    event->target = commentId;
    event->body = body.trimmed();
    appendEvent(*event);
    return event->id;
}

Result<void> CommentLog::edit(const CommentAuthor &who, const QString &commentOrReplyId,
                              const QString &body, const QDateTime &when)
{
    const CommentThread *t = thread(commentOrReplyId);
    if (!t)
        return Error{Error::Kind::NotFound, tr("no comment or reply '%1'").arg(commentOrReplyId)};
    QString email = t->email, name = t->author;
    for (const CommentReply &r : t->replies)
        if (r.id == commentOrReplyId)
            email = r.email, name = r.author;
    if (!sameAuthor(email, name, who))
        return Error{
            Error::Kind::Invalid,
            tr("'%1' was written by %2; only its author can edit it").arg(commentOrReplyId, name)};
    if (auto checked = checkBody(body); !checked)
        return checked;
    auto event = newEvent(CommentEvent::Type::Edit, who, when);
    if (!event)
        return event.error();
    event->target = commentOrReplyId;
    event->body = body.trimmed();
    appendEvent(*event);
    return {};
}

Result<void> CommentLog::resolve(const CommentAuthor &who, const QString &commentId,
                                 const QDateTime &when)
{
    const CommentThread *t = thread(commentId);
    if (!t || t->id != commentId)
        return Error{Error::Kind::NotFound, tr("no comment '%1'").arg(commentId)};
    if (t->resolved)
        return Error{Error::Kind::Invalid, tr("comment '%1' is already resolved").arg(commentId)};
    auto event = newEvent(CommentEvent::Type::Resolve, who, when);
    if (!event)
        return event.error();
    event->target = commentId;
    appendEvent(*event);
    return {};
}

Result<void> CommentLog::reopen(const CommentAuthor &who, const QString &commentId,
                                const QDateTime &when)
{
    const CommentThread *t = thread(commentId);
    if (!t || t->id != commentId)
        return Error{Error::Kind::NotFound, tr("no comment '%1'").arg(commentId)};
    if (!t->resolved)
        return Error{Error::Kind::Invalid, tr("comment '%1' is open, not resolved").arg(commentId)};
    auto event = newEvent(CommentEvent::Type::Reopen, who, when);
    if (!event)
        return event.error();
    event->target = commentId;
    appendEvent(*event);
    return {};
}

} // namespace plenary
