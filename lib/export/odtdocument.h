#pragma once

#include "commentnotes.h"
#include "core/result.h"
#include "document/document.h"
#include "printhtml.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace plenary {

/// A document as an OpenDocument Text package (.odt), laid out as the PDF is: masthead, title,
/// numbered paragraphs with hanging indents, opening words in italics, brackets kept as text,
/// deleted paragraphs struck through, open comments as endnotes. Every part of the layout is a
/// named style in styles.xml (Plenary_Operative, Plenary_OpeningWords, …) so that an office can
/// restyle the text; a right-to-left language turns every paragraph style and the page to rl-tb.
/// The package is written with libzip, the XML with QXmlStreamWriter (docs/export.md).
class OdtDocument
{
    Q_DECLARE_TR_FUNCTIONS(OdtDocument)

public:
    struct Options
    {
        /// The symbol as issued, with its "/Rev.N" (PrintHtml::symbol).
        QString symbol;
        /// The revision as readers know it ("Rev.2"): a draft opens with "DRAFT — Rev.2". Empty
        /// on a final text, which carries no draft line.
        QString draftLabel;
        /// Who issues the text (the secretariat's delegation): the package's initial creator.
        QString author;
        /// The commit the text was read from; among the keywords as "revision <id>".
        QString revisionId;
        /// Further keywords after the symbol, the revision and "draft" or "final" (tags, …).
        QStringList keywords;
        /// When the package was made; the current time when not valid.
        QDateTime created;
        PrintHtml::Paper paper = PrintHtml::Paper::A4;
        /// Open comments as endnotes (CommentNotes::open); they must point into a live log.
        QList<CommentNote> notes;
    };

    /// The package's bytes, or an error naming what failed (a note that points nowhere, libzip).
    [[nodiscard]] static Result<QByteArray> write(const Document &document, const Options &options);

    /// The media type the package declares (its first entry, "mimetype").
    [[nodiscard]] static QString mediaType();
};

} // namespace plenary
