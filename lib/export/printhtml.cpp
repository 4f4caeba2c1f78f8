#include "printhtml.h"

#include "render/documenthtml.h"
#include "render/html.h"

#include <QFile>
#include <QRegularExpression>

namespace plenary {

using render::escapeHtml;
using render::HtmlContext;

QString PrintHtml::symbol(const QString &symbol, int revisionNumber)
{
    if (revisionNumber <= 0 || symbol.isEmpty())
        return symbol;
    return symbol + QLatin1String("/Rev.") + QString::number(revisionNumber);
}

int PrintHtml::revisionNumber(const QString &tag)
{
    static const QRegularExpression shape(QStringLiteral("^Rev\\.([1-9][0-9]{0,3})$"));
    const QRegularExpressionMatch match = shape.match(tag);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString PrintHtml::styleSheet()
{
    QFile file(QStringLiteral(":/plenary/export/print.css"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the print stylesheet is missing from plenaryexport's resources");
    return QString::fromUtf8(file.readAll());
}

QString PrintHtml::page(const Document &document, const Options &options)
{
    Document issued = document;
    issued.header.symbol = symbol(document.header.symbol, options.revisionNumber);
    const render::DocumentHtml body(issued);
    const DocumentHeader &header = issued.header;

    QString html;
    html.reserve(8192 + issued.paragraphs.size() * 600);
    // @page size overrides the layout printToPdf is given, so the page names its paper.
    html += render::pageHead(header.language, header.title,
                             render::DocumentHtml::styleSheet() + styleSheet() +
                                 (options.paper == Paper::Letter
                                      ? QLatin1String("@page { size: letter; }\n")
                                      : QLatin1String("@page { size: A4; }\n")));
    html += QLatin1String("<body class=\"print ") + documentKindKeyword(header.kind) +
            (options.draft ? QLatin1String(" draft") : QString()) + QLatin1String("\">\n");
    if (options.draft)
        html += QLatin1String("<div class=\"draft-mark\"><span class=\"draft-word\">") +
                escapeHtml(tr("DRAFT")) + QLatin1String("</span><span class=\"draft-revision\">") +
                escapeHtml(options.revisionLabel) + QLatin1String("</span></div>\n");
    html += body.masthead();
    html += QLatin1String("<h1 class=\"title\">") + escapeHtml(header.title) +
            QLatin1String("</h1>\n<main>\n");
    for (qsizetype i = 0; i < issued.paragraphs.size(); ++i)
        html += body.paragraph(i);
    html += QLatin1String("</main>\n</body>\n</html>\n");
    return html;
}

} // namespace plenary
