#pragma once

#include "quote.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace plenary {

/// One line of the comments file: something a drafter did to the comments (docs/repository.md).
/// The file is a log of these events, only ever appended to; the comments as they stand are the
/// events folded together (CommentLog).
struct CommentEvent
{
    Q_DECLARE_TR_FUNCTIONS(CommentEvent)

public:
    enum class Type
    {
        Comment,
        Reply,
        Edit,
        Resolve,
        Reopen
    };

    QString id; ///< random, unique in the file; a Comment's id is the comment's id
    Type type = Type::Comment;
    QString target; ///< the comment (Reply, Resolve, Reopen) or comment or reply (Edit) acted on
    QDateTime time; ///< with the drafter's UTC offset, to the millisecond
    QString delegation;
    QString author;
    QString email;
    QString paragraphId;        ///< Comment: the paragraph commented on, without '#'
    std::optional<Quote> quote; ///< Comment: the span quoted, if any
    QString body;               ///< Comment, Reply, Edit: plain text, may span several lines

    /// The event's one-line JSON form, keys in a fixed order, without the line end.
    [[nodiscard]] QByteArray toLine() const;

    /// Reads one line; on failure returns nothing and sets `error` (and `column`, 1-based in
    /// code points, when the JSON itself is broken).
    [[nodiscard]] static std::optional<CommentEvent> fromLine(QByteArrayView line, QString *error,
                                                              int *column = nullptr);

    /// The word a type is written as in the file ("resolve").
    [[nodiscard]] static QString typeKeyword(Type type);
    [[nodiscard]] static std::optional<Type> typeFromKeyword(QStringView word);

    /// The ISO 8601 form of a time as the file holds it: seconds, milliseconds only when not
    /// zero, and the UTC offset ("2026-11-04T15:20:00+01:00").
    [[nodiscard]] static QString formatTime(const QDateTime &time);
};

} // namespace plenary
