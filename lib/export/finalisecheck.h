#pragma once

#include "comments/commentlog.h"
#include "document/document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace plenary {

class SpellChecker;

/// One reason a text cannot be issued as final, with the paragraph it concerns.
struct FinaliseBlocker
{
    enum class Kind
    {
        Brackets,          ///< square brackets left (text not yet agreed)
        Alternatives,      ///< "Alt 1 / Alt 2" options left
        NotAgreed,         ///< a paragraph proposed or agreed only ad referendum
        DeletedNotCleaned, ///< a deleted paragraph still in the text
        OpenComment,       ///< a comment not resolved
        Spelling,          ///< a word the dictionary does not accept
    };
    Kind kind;
    QString
        reference; ///< "OP5(a)", "PP3", "title"; the comment's identifier if its paragraph is gone
    QString message; ///< what is wrong, for the secretariat: "2 square brackets left"

    /// "OP5(a): 2 square brackets left"
    [[nodiscard]] QString toString() const { return reference + QLatin1String(": ") + message; }
};

/// The check a text passes before the secretariat issues it as final: no square brackets or
/// alternatives left, every paragraph agreed, no deleted paragraph left uncleaned, no open
/// comment, no spelling error. Each blocker names its paragraph; blockers come in text order,
/// comments after the paragraphs.
class FinaliseCheck
{
    Q_DECLARE_TR_FUNCTIONS(FinaliseCheck)

public:
    /// Checks `document`; open comments of `comments` and misspellings found by `spelling`
    /// count too (either may be null when the caller checks them otherwise).
    [[nodiscard]] static QList<FinaliseBlocker>
    run(const Document &document, const CommentLog *comments, SpellChecker *spelling);
};

} // namespace plenary
