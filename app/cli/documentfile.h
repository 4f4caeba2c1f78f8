#pragma once

#include "document/documentreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace plenary::cli {

/// A document file named on the command line: read with its problems printed, and written back
/// atomically only when it was read without errors.
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFile)

public:
    explicit DocumentFile(QString path);

    /// Reads the file and prints its diagnostics (file:line:column) to standard error.
    void read();

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const ReadResult &result() const { return m_result; }
    [[nodiscard]] ReadResult &result() { return m_result; }
    [[nodiscard]] bool hasErrors() const { return m_result.hasErrors(); }
    [[nodiscard]] const QByteArray &originalBytes() const { return m_bytes; }

    /// Writes the document atomically unless the bytes are unchanged; on failure prints why and
    /// returns false. The file is never left half-written.
    bool write(const QByteArray &bytes);

    /// Prints "FILE: has errors; not written" and returns Failure.
    int refuseToWrite() const;

private:
    QString m_path;
    QByteArray m_bytes;
    ReadResult m_result;
};

} // namespace plenary::cli
