#include "commentnotes.h"

#include <algorithm>
#include <limits>

namespace plenary {

QList<CommentNote> CommentNotes::open(const Document &document, const CommentLog &comments)
{
    QList<CommentNote> notes;
    for (const CommentThread &thread : comments.threads()) {
        if (thread.isOpen())
            notes.append({0, document.indexOf(thread.paragraphId), &thread});
    }
    // threads() is in opening order already; a stable sort by paragraph keeps it within one.
    // A paragraph that is gone (-1) sorts after every paragraph that is there.
    const auto key = [](const CommentNote &note) {
        return note.paragraph < 0 ? std::numeric_limits<qsizetype>::max() : note.paragraph;
    };
    std::stable_sort(notes.begin(), notes.end(),
                     [&](const CommentNote &a, const CommentNote &b) { return key(a) < key(b); });
    for (qsizetype i = 0; i < notes.size(); ++i)
        notes[i].number = int(i) + 1;
    return notes;
}

QString CommentNotes::byline(const QString &delegation, const QString &author,
                             const QDateTime &time)
{
    QStringList parts;
    if (!delegation.isEmpty())
        parts.append(delegation);
    if (!author.isEmpty())
        parts.append(author);
    if (time.isValid())
        parts.append(time.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return parts.join(QLatin1String(", "));
}

QList<const CommentNote *> CommentNotes::on(const QList<CommentNote> &notes, qsizetype paragraph)
{
    QList<const CommentNote *> result;
    for (const CommentNote &note : notes) {
        if (note.paragraph == paragraph)
            result.append(&note);
    }
    return result;
}

} // namespace plenary
