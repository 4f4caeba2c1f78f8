#pragma once

#include "compare/comparison.h"

#include <QCoreApplication>
#include <QString>

namespace plenary::render {

/// A comparison as plain text, for `plenary diff --format text`: a heading naming both
/// revisions, the summary, then each paragraph under a line with its reference in both
/// revisions and what happened to it, its text with insertions as {+…+} and deletions as
/// {-…-} (curly braces: square brackets belong to the negotiation), or in colour for a
/// terminal. The text is shown as written in the file (opening words between asterisks,
/// cross-references as {#id}).
class RedlineText
{
    Q_DECLARE_TR_FUNCTIONS(RedlineText)

public:
    struct Options
    {
        QString oldLabel;         ///< "Rev.1 (3f2a9c1)"
        QString newLabel;         ///< "working text"
        bool colour = false;      ///< ANSI colours instead of {+ +} and {- -}
        bool changedOnly = false; ///< leave out paragraphs that did not change
    };

    [[nodiscard]] static QString render(const compare::Comparison &comparison,
                                        const Options &options);
    /// Only the heading and the summary (`plenary diff --stat`).
    [[nodiscard]] static QString stat(const compare::Comparison &comparison,
                                      const Options &options);

    /// The reference of an entry in both revisions: "PP3", or "OP2 → OP3" when renumbered.
    [[nodiscard]] static QString references(const compare::Comparison &comparison,
                                            const compare::ParagraphDifference &paragraph);
    /// What happened to a paragraph: "text changed, status: proposed → agreed", "added",
    /// "moved from OP5"; empty when nothing did.
    [[nodiscard]] static QString notes(const compare::Comparison &comparison,
                                       const compare::ParagraphDifference &paragraph);
};

} // namespace plenary::render
