#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace plenary {

/// An event both comments files hold under one identifier but with different lines.
struct CommentsMergeDifference
{
    QString id;
    QByteArray ours;   ///< the line kept
    QByteArray theirs; ///< the line left out (it stays in theirs' history)
};

/// What merging two comments files gives.
struct CommentsMergeResult
{
    QByteArray bytes; ///< the merged file
    QList<CommentsMergeDifference> differences;
};

/// The merge of two versions of the comments file (`comments.jsonl`, lib/comments/commentlog.h):
/// the union of their events by identity (docs/merge.md). The file is an append-only log, so
/// there is nothing to take away: ours' lines stay as they are, in their order, and theirs'
/// lines that ours lacks follow in theirs' order. A line that does not read is its own identity
/// and is kept like an event.
class CommentsMerge
{
public:
    [[nodiscard]] static CommentsMergeResult merge(const QByteArray &ours,
                                                   const QByteArray &theirs);
};

} // namespace plenary
