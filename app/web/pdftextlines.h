#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace plenary::web {

/// One line of text on a printed page, in PDF points from the page's lower left corner.
struct PdfTextLine
{
    double left = 0;
    double right = 0;
    double top = 0;
    double bottom = 0;
    double baseline = 0; ///< estimated from the bottom of its largest words
};

/// The lines of text of every page of a PDF, as poppler reads them: each page's words grouped
/// into lines by their height on the page (a word belongs to a line when its middle lies within
/// the line, or the line's middle within the word), top to bottom. Used to number the lines of
/// a printed text (web::finishPdf); pages are taken as printed, unrotated.
class PdfTextLines
{
public:
    /// Per page, its lines from top to bottom. Words set larger than `maxFontSize` points are
    /// left out (the draft mark across the page is no line of the text).
    [[nodiscard]] static Result<QList<QList<PdfTextLine>>> read(const QByteArray &pdf,
                                                                double maxFontSize);
};

} // namespace plenary::web
