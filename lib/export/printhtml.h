#pragma once

#include "commentnotes.h"
#include "document/document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace plenary {

/// A document as the page the secretariat prints: DocumentHtml's masthead, title and
/// paragraphs, with the print stylesheet (resources/style/print.css), the paper size and, on a
/// draft, a DRAFT mark and the revision on every page. Page numbers are not part of the page:
/// Chromium prints no page-margin boxes, so they are added to the PDF afterwards. The draft mark
/// is fixed in place, which Chromium repeats on every printed page. Open comments can follow as
/// numbered endnotes; line numbers are added to the PDF afterwards too (web::finishPdf), in the
/// gutter the page leaves for them.
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
        /// Open comments as numbered endnotes (CommentNotes::open); empty for none.
        QList<CommentNote> notes;
        /// Leaves a gutter for line numbers (PdfDocumentInfo::lineNumbers) beside the title and
        /// the paragraphs, and starts every line of the masthead and the notes at the page's
        /// margin, outside it, so that only the text's lines are numbered.
        bool lineNumbers = false;
    };

    /// The complete, self-contained page.
    [[nodiscard]] static QString page(const Document &document, const Options &options);
    /// The symbol as issued: "BSCT/2026/L.1/Rev.2" for revision 2, unchanged for none.
    [[nodiscard]] static QString symbol(const QString &symbol, int revisionNumber);
    /// N for a revision named "Rev.N" (the co-chairs' numbering), 0 for any other name.
    [[nodiscard]] static int revisionNumber(const QString &tag);
    /// The "Open comments" section: every note with its paragraph's reference, who made it and
    /// when, the quoted words, its text and replies; the notes on paragraphs no longer in the
    /// text under their own heading. Empty when there are no notes.
    [[nodiscard]] static QString notesSection(const Document &document,
                                              const QList<CommentNote> &notes);
    /// The HTML id of a note ("note-3"), the fragment its markers link to.
    [[nodiscard]] static QString noteId(int number);
    /// The print stylesheet (resources/style/print.css).
    [[nodiscard]] static QString styleSheet();
};

} // namespace plenary
