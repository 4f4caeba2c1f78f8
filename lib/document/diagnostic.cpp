#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace plenary {

QString Diagnostic::format(const QString &fileName) const
{
    const QString level = isError() ? QCoreApplication::translate("Diagnostic", "error")
                                    : QCoreApplication::translate("Diagnostic", "warning");
    QString where = fileName;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ") + level + QLatin1String(": ") + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

} // namespace plenary
