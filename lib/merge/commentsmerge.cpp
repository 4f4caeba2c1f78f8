#include "commentsmerge.h"

#include "comments/commentevent.h"

#include <QHash>
#include <QSet>

namespace plenary {

namespace {

// The file's non-blank lines without their line ends.
QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    for (QByteArray line : bytes.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

// An event's identity is its identifier; a line that does not read is identified by itself.
QByteArray identity(const QByteArray &line, QString *id)
{
    QString error;
    if (const auto event = CommentEvent::fromLine(line, &error)) {
        *id = event->id;
        return "event " + event->id.toUtf8();
    }
    id->clear();
    return "line " + line;
}

} // namespace

CommentsMergeResult CommentsMerge::merge(const QByteArray &ours, const QByteArray &theirs)
{
    CommentsMergeResult result;
    QHash<QByteArray, QByteArray> kept; // identity → the line kept for it
    QString id;
    auto take = [&](const QByteArray &line, bool fromTheirs) {
        const QByteArray key = identity(line, &id);
        const auto it = kept.constFind(key);
        if (it == kept.cend()) {
            kept.insert(key, line);
            result.bytes += line + '\n';
        } else if (*it != line && fromTheirs) {
            result.differences.append({id, *it, line});
        }
    };
    for (const QByteArray &line : linesOf(ours))
        take(line, false);
    for (const QByteArray &line : linesOf(theirs))
        take(line, true);
    return result;
}

} // namespace plenary
