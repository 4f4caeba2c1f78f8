#pragma once

#include "compare/comparison.h"

#include <QCoreApplication>
#include <QString>

namespace plenary::render {

/// A comparison as one self-contained HTML page, as negotiators read a redline: a heading
/// naming both revisions and the summary, then the paragraphs with insertions underlined in
/// colour and deletions struck through, each under its reference in both revisions and what
/// happened to it (moved from / to, marked at both places; status and kind changes). Every
/// changed paragraph is numbered "change-N" with links to the previous and next change. In
/// columns, old text on the left ("Text proposed") and new text on the right ("Amendment").
/// All document text goes through escapeHtml(); the page embeds its stylesheets and refers to
/// nothing else: no script, no image, no font, so a viewer has nothing to fetch or run.
class RedlineHtml
{
    Q_DECLARE_TR_FUNCTIONS(RedlineHtml)

public:
    struct Options
    {
        QString oldLabel;         ///< "Rev.1 (3f2a9c1)"
        QString newLabel;         ///< "Rev.2 (8d0e4b7)", "working text"
        bool columns = false;     ///< two columns instead of one inline redline
        bool changedOnly = false; ///< leave out the paragraphs that did not change
    };

    /// The complete page, from <!DOCTYPE html> to </html>.
    [[nodiscard]] static QString page(const compare::Comparison &comparison,
                                      const Options &options);

    /// The HTML id of the n-th change (from 1): the fragment next/previous links go to.
    [[nodiscard]] static QString changeId(int n);
    /// The stylesheet of redlines (resources/style/redline.css), after document.css.
    [[nodiscard]] static QString styleSheet();
};

} // namespace plenary::render
