#include "documentfile.h"

#include "command.h"
#include "console.h"

#include <QFile>
#include <QSaveFile>

namespace plenary::cli {

DocumentFile::DocumentFile(QString path) : m_path(std::move(path))
{
}

void DocumentFile::read()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result = {};
        m_result.diagnostics.append(
            {Diagnostic::Severity::Error, 0, 0, tr("cannot open: %1").arg(file.errorString())});
    } else if (file.size() > DocumentReader::kMaxFileBytes) {
        m_result = {};
        m_result.diagnostics.append({Diagnostic::Severity::Error, 0, 0,
                                     tr("file is %1 bytes long; the largest allowed is %2")
                                         .arg(file.size())
                                         .arg(DocumentReader::kMaxFileBytes)});
    } else {
        m_bytes = file.readAll();
        m_result = DocumentReader::read(m_bytes);
    }
    QString report;
    for (const Diagnostic &d : m_result.diagnostics)
        report += d.format(m_path) + QLatin1Char('\n');
    if (!report.isEmpty())
        Console::err(report);
}

bool DocumentFile::write(const QByteArray &bytes)
{
    if (bytes == m_bytes)
        return true;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Console::err(tr("%1: error: cannot write: %2").arg(m_path, file.errorString()) +
                     QLatin1Char('\n'));
        return false;
    }
    m_bytes = bytes;
    return true;
}

int DocumentFile::refuseToWrite() const
{
    Console::err(tr("%1: the file has errors; it was not changed").arg(m_path) + QLatin1Char('\n'));
    return Failure;
}

} // namespace plenary::cli
