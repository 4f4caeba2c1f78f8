#pragma once

#include "core/result.h"
#include "pdfdocumentinfo.h"

#include <QByteArray>

namespace plenary::web {

/// Finishes a PDF that QtWebEngine printed, with qpdf: Chromium prints neither page-margin
/// boxes nor more document information than the title, so the page numbers ("2/7", centred at
/// the foot of every page, in the standard Helvetica font) and the Info dictionary (title,
/// author, subject, keywords, creator, creation date) are added here. Any XMP metadata Chromium
/// wrote is removed, so the Info dictionary is the only metadata the file carries.
[[nodiscard]] Result<QByteArray> finishPdf(const QByteArray &pdf, const PdfDocumentInfo &info);

} // namespace plenary::web
