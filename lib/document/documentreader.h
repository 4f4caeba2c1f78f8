#pragma once

#include "diagnostic.h"
#include "document.h"

#include <QByteArray>
#include <QCoreApplication>

namespace plenary {

/// What reading a text file gives: the document, as much of it as could be read, and every
/// problem found, located by line and column.
struct ReadResult
{
    Document document;
    Diagnostics diagnostics;

    [[nodiscard]] bool hasErrors() const { return plenary::hasErrors(diagnostics); }
};

/// Reads the Plenary text format (docs/format.md). Never throws and never stops at the first
/// problem: whatever can be read is read, and each problem is reported with its place.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    static constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;

    [[nodiscard]] static ReadResult read(const QByteArray &bytes);

    /// Reads a file from disk; a file that cannot be opened is reported as a diagnostic.
    [[nodiscard]] static ReadResult readFile(const QString &path);
};

/// Column (from 1, in code points) of a UTF-16 index in a line.
[[nodiscard]] int columnAt(QStringView line, qsizetype index);

} // namespace plenary
