#pragma once

#include "export/exportjob.h"
#include "web/pdfdocumentinfo.h"

#include <QCoreApplication>

namespace plenary::web {

/// What an export's PDF is finished with: the job's title, author, symbol and keywords, its
/// line numbers, Plenary as the creator, and now as the creation date. One place for the command
/// line and the editor's export dialog.
inline PdfDocumentInfo exportInfo(const ExportJob &job)
{
    PdfDocumentInfo info;
    info.title = job.title();
    info.author = job.author();
    info.subject = job.issuedSymbol();
    info.keywords = job.keywords();
    info.creator = QLatin1String("Plenary ") + QCoreApplication::applicationVersion();
    info.created = QDateTime::currentDateTime();
    info.lineNumbers = job.options().lineNumbers && ExportJob::numbersLines(job.options().format);
    info.rightToLeft = job.source().document.header.isRightToLeft();
    return info;
}

} // namespace plenary::web
