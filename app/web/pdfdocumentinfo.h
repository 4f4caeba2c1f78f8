#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace plenary::web {

/// What a printed PDF is finished with (web::finishPdf): its document information, whether
/// every page gets its number and whether the lines of its text do. Shared by the commands that
/// print and the render module.
struct PdfDocumentInfo
{
    QString title;
    QString author;  ///< the secretariat's delegation
    QString subject; ///< the document symbol as issued
    QStringList keywords;
    QString creator; ///< the program: "Plenary 0.1.0"
    QDateTime created;
    bool pageNumbers = true; ///< "n/N" at the foot of every page
    /// The number of every line of the text in the margin, from 1 on each page: the lines that
    /// start inside the text's column (PrintHtml::Options::lineNumbers leaves the gap), not
    /// the masthead or the notes, which start at the margin, nor the draft mark.
    bool lineNumbers = false;
    /// Right-to-left text: its column starts on the right, and the numbers stand there.
    bool rightToLeft = false;
    /// How far the text's column starts from the page's edge on the numbers' side, in points:
    /// the render module's 20 mm page margin and the 10 mm print.css leaves for the numbers.
    double textColumnInset = 30 * 72 / 25.4;
};

} // namespace plenary::web
