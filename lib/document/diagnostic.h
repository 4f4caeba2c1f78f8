#pragma once

#include <QList>
#include <QString>

namespace plenary {

/// One problem found in an input file, located by line and column (both from 1).
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    int line = 0;   ///< 1-based line; 0 when the problem concerns the whole file
    int column = 0; ///< 1-based column in Unicode code points; 0 when not applicable
    QString message;

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }

    /// "FILE:LINE:COLUMN: error: MESSAGE", the form every Plenary command prints.
    [[nodiscard]] QString format(const QString &fileName) const;
};

using Diagnostics = QList<Diagnostic>;

[[nodiscard]] bool hasErrors(const Diagnostics &diagnostics);

} // namespace plenary
