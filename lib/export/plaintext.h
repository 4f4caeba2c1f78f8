#pragma once

#include "document/document.h"

#include <QCoreApplication>
#include <QString>

namespace plenary {

/// A document as plain UTF-8 text, numbered as in the PDF: masthead lines, the title, then each
/// paragraph with its number or letter ("1.", "(a)"), opening words without their asterisks,
/// cross-references as the current number of their target. A deleted paragraph still in the
/// text is marked "[deleted]".
class PlainText
{
    Q_DECLARE_TR_FUNCTIONS(PlainText)

public:
    /// `symbol` is the symbol as issued (with its "/Rev.N"); `draftLabel`, when not empty, opens
    /// the text as "DRAFT — Rev.2".
    [[nodiscard]] static QString render(const Document &document, const QString &symbol,
                                        const QString &draftLabel);
    /// One paragraph's text as it reads: no markup asterisks, references as numbers.
    [[nodiscard]] static QString paragraphText(const Document &document, qsizetype index);
};

} // namespace plenary
