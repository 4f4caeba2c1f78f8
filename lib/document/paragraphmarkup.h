#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace plenary {

/// A negotiation bracket pair "[ … ]" in a paragraph's text.
struct BracketSpan
{
    qsizetype begin = 0; ///< index of '['
    qsizetype end = 0;   ///< index just past ']'
    int depth = 1;       ///< 1 for an outermost span, 2 inside it, …
};

/// One option of an alternative group: "[Alt 2 (RU, KZ): …]".
struct Alternative
{
    int span = 0;   ///< index into ParagraphMarkup::spans
    int number = 0; ///< the N of "Alt N"
    QStringList delegations;
    qsizetype contentBegin = 0; ///< index of the option's text, after "Alt N (…): "
    int group = 0;              ///< alternatives with the same group stand for the same passage
};

/// A cross-reference "{#id}" to another paragraph.
struct CrossReference
{
    qsizetype begin = 0;
    qsizetype length = 0;
    QString id;
};

/// A problem in the inline markup, at an index of the text.
struct MarkupProblem
{
    enum class Kind { UnclosedBracket, StrayBracket, UnclosedLead, BidiControl };
    Kind kind;
    qsizetype position = 0;
    char32_t character = 0; ///< for BidiControl
};

/// Everything Plenary reads from a paragraph's text: opening words, cross-references,
/// negotiation brackets and alternatives.
struct ParagraphMarkup
{
    qsizetype leadEnd = 0; ///< index of the '*' closing the opening words; 0 when there are none
    QList<CrossReference> crossReferences;
    QList<BracketSpan> spans;
    QList<Alternative> alternatives;
    int alternativeGroups = 0;
    QList<MarkupProblem> problems;

    [[nodiscard]] bool hasLead() const { return leadEnd > 0; }

    /// Reads the markup of one paragraph's text.
    [[nodiscard]] static ParagraphMarkup analyse(QStringView text);
};

/// Number of words in a text: runs of letters and digits (with inner apostrophes and hyphens);
/// every character of a script written without spaces (Han, Kana) counts as one word.
[[nodiscard]] int countWords(QStringView text);

/// True for U+202A–U+202E and U+2066–U+2069.
[[nodiscard]] bool isBidiControl(char32_t c);

} // namespace plenary
