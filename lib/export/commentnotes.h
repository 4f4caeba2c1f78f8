#pragma once

#include "comments/commentlog.h"
#include "document/document.h"

#include <QList>

namespace plenary {

/// One open comment as a numbered endnote of an exported text.
struct CommentNote
{
    int number = 0;                        ///< 1, 2, … in the order of the notes
    qsizetype paragraph = -1;              ///< index in the document; -1 when the paragraph is gone
    const CommentThread *thread = nullptr; ///< the comment, its quote and its replies
};

/// The open comments of a text as the endnotes an export carries (`--comments`): in the order
/// of their paragraphs, then of their opening; comments whose paragraph is no longer in the text
/// come last, so no open comment is left out. Every format numbers its notes from this one list.
class CommentNotes
{
public:
    /// The notes; each points into `comments`, which must outlive them.
    [[nodiscard]] static QList<CommentNote> open(const Document &document,
                                                 const CommentLog &comments);
    /// "Kazakhstan, Aigerim Seitkali, 2026-11-20 10:05": who wrote a comment or reply, and when.
    [[nodiscard]] static QString byline(const QString &delegation, const QString &author,
                                        const QDateTime &time);
    /// The notes on one paragraph, in order.
    [[nodiscard]] static QList<const CommentNote *> on(const QList<CommentNote> &notes,
                                                       qsizetype paragraph);
};

} // namespace plenary
