#pragma once

#include "quote.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace plenary {

/// One answer in a comment's thread.
struct CommentReply
{
    QString id;
    QString delegation;
    QString author;
    QString email;
    QDateTime time;
    QString body;     ///< the latest text (after edits)
    QDateTime edited; ///< when its author last edited it; invalid if never
};

/// A comment on a paragraph as it stands after every event in the comments file: who made it,
/// on which paragraph and quote, its text, its replies in order and whether it is resolved.
struct CommentThread
{
    QString id;
    QString paragraphId; ///< without '#'
    std::optional<Quote> quote;
    QString delegation;
    QString author;
    QString email;
    QDateTime time;
    QString body;
    QDateTime edited;
    QList<CommentReply> replies; ///< by time, then identifier

    bool resolved = false;
    QString resolvedBy;           ///< who resolved it; empty while open
    QString resolvedByDelegation; ///< for which delegation
    QDateTime resolvedAt;         ///< when; invalid while open

    [[nodiscard]] bool isOpen() const { return !resolved; }
};

} // namespace plenary
