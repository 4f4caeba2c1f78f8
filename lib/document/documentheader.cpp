#include "documentheader.h"

#include <QCoreApplication>
#include <QLocale>

namespace plenary {

QString documentKindKeyword(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Declaration:
        return QStringLiteral("declaration");
    case DocumentKind::Summary:
        return QStringLiteral("summary");
    case DocumentKind::Statement:
        return QStringLiteral("statement");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromKeyword(QStringView word)
{
    for (auto kind : {DocumentKind::Declaration, DocumentKind::Summary, DocumentKind::Statement})
        if (word == documentKindKeyword(kind))
            return kind;
    return std::nullopt;
}

bool DocumentHeader::isRightToLeft() const
{
    if (language.isEmpty())
        return false;
    const QLocale locale(language);
    return locale.language() != QLocale::C && locale.textDirection() == Qt::RightToLeft;
}

QString DocumentHeader::distributionName() const
{
    // The masthead's words; their translations live with the page that first showed them.
    if (distribution == QLatin1String("general"))
        return QCoreApplication::translate("DocumentHtml", "General");
    if (distribution == QLatin1String("limited"))
        return QCoreApplication::translate("DocumentHtml", "Limited");
    if (distribution == QLatin1String("restricted"))
        return QCoreApplication::translate("DocumentHtml", "Restricted");
    return distribution;
}

QString DocumentHeader::originalLanguageName() const
{
    const QLocale locale(original);
    if (locale.language() == QLocale::C)
        return original;
    return QLocale::languageToString(locale.language());
}

} // namespace plenary
