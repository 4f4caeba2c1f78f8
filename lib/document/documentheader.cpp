#include "documentheader.h"

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

} // namespace plenary
