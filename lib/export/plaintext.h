#pragma once

#include "commentnotes.h"
#include "document/document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace plenary {

/// A document as plain UTF-8 text, numbered as in the PDF: masthead lines, the title, then each
/// paragraph with its number or letter ("1.", "(a)"), opening words without their asterisks,
/// cross-references as the current number of their target. A deleted paragraph still in the
/// text is marked "[deleted]". Open comments can follow as numbered endnotes, marked "[1]" at
/// the end of their paragraphs.
class PlainText
{
    Q_DECLARE_TR_FUNCTIONS(PlainText)

public:
    /// `symbol` is the symbol as issued (with its "/Rev.N"); `draftLabel`, when not empty, opens
    /// the text as "DRAFT — Rev.2"; `notes` (CommentNotes::open), when not empty, are marked at
    /// their paragraphs and listed after the text.
    [[nodiscard]] static QString render(const Document &document, const QString &symbol,
                                        const QString &draftLabel,
                                        const QList<CommentNote> &notes = {});
    /// The notes after the text: under "Open comments", each as "[1] OP3 — delegation, author,
    /// date", then the quoted words, its text and replies, indented; the notes on paragraphs no
    /// longer in the text under their own heading. Empty when there are none.
    [[nodiscard]] static QString notesSection(const Document &document,
                                              const QList<CommentNote> &notes);
    /// One paragraph's text as it reads: no markup asterisks, references as numbers.
    [[nodiscard]] static QString paragraphText(const Document &document, qsizetype index);
};

} // namespace plenary
