#pragma once

#include <QString>
#include <QStringView>

namespace plenary {

/// The span of a paragraph's text a comment quotes, as it was when the comment was made: the
/// quoted words, a little of the text on either side, and where they stood. Positions passed in
/// and out are UTF-16 indexes into Paragraph::text (the text as stored, with its markup); the
/// stored offset counts Unicode code points, as the comments file does (docs/repository.md).
struct Quote
{
    static constexpr qsizetype kContextLength = 32; ///< characters of context kept on each side

    QString text;         ///< the quoted span; never empty in a stored quote
    QString before;       ///< up to kContextLength characters just before it
    QString after;        ///< up to kContextLength characters just after it
    qsizetype offset = 0; ///< where it started, in code points from the start of the paragraph

    /// The quote of `length` UTF-16 units at `start` in `paragraphText`, with its context.
    [[nodiscard]] static Quote capture(QStringView paragraphText, qsizetype start,
                                       qsizetype length);

    /// Code points in `text` before the UTF-16 index `index`.
    [[nodiscard]] static qsizetype codePointIndex(QStringView text, qsizetype index);

    bool operator==(const Quote &other) const = default;
};

} // namespace plenary
