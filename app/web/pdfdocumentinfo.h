#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace plenary::web {

/// What a printed PDF is finished with (web::finishPdf): its document information and whether
/// every page gets its number. Shared by the commands that print and the render module.
struct PdfDocumentInfo
{
    QString title;
    QString author;  ///< the secretariat's delegation
    QString subject; ///< the document symbol as issued
    QStringList keywords;
    QString creator; ///< the program: "Plenary 0.1.0"
    QDateTime created;
    bool pageNumbers = true; ///< "n/N" at the foot of every page
};

} // namespace plenary::web
