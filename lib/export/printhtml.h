#pragma once

#include "document/document.h"

#include <QCoreApplication>
#include <QString>

namespace plenary {

/// A document as the page the secretariat prints: DocumentHtml's masthead, title and
/// paragraphs, with the print stylesheet (resources/style/print.css), the paper size and, on a
/// draft, a DRAFT mark and the revision on every page. Page numbers are not part of the page:
/// Chromium prints no page-margin boxes, so they are added to the PDF afterwards. The draft mark
/// is fixed in place, which Chromium repeats on every printed page.
class PrintHtml
{
    Q_DECLARE_TR_FUNCTIONS(PrintHtml)

public:
    enum class Paper
    {
        A4,
        Letter
    };

    struct Options
    {
        /// The revision as readers know it: "Rev.2", or a short commit id.
        QString revisionLabel;
        /// The revision's number when it is one ("Rev.2" → 2): the symbol then carries it.
        int revisionNumber = 0;
        /// A draft carries the DRAFT mark and the revision on every page; a final does not.
        bool draft = true;
        Paper paper = Paper::A4;
    };

    /// The complete, self-contained page.
    [[nodiscard]] static QString page(const Document &document, const Options &options);
    /// The symbol as issued: "BSCT/2026/L.1/Rev.2" for revision 2, unchanged for none.
    [[nodiscard]] static QString symbol(const QString &symbol, int revisionNumber);
    /// N for a revision named "Rev.N" (the co-chairs' numbering), 0 for any other name.
    [[nodiscard]] static int revisionNumber(const QString &tag);
    /// The print stylesheet (resources/style/print.css).
    [[nodiscard]] static QString styleSheet();
};

} // namespace plenary
