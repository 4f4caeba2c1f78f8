#include "fmtcommand.h"

#include "console.h"
#include "document/documentwriter.h"
#include "documentfile.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString FmtCommand::summary() const
{
    return tr("Print a document in canonical form, or rewrite it in place.");
}

QString FmtCommand::arguments() const
{
    return tr("FILE");
}

QList<QCommandLineOption> FmtCommand::options() const
{
    return {QCommandLineOption({QStringLiteral("i"), QStringLiteral("in-place")},
                               tr("Rewrite the file atomically instead of printing it."))};
}

int FmtCommand::run(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(files.isEmpty() ? tr("no file given") : tr("give exactly one file"));
    DocumentFile file(files.first());
    file.read();
    if (file.hasErrors())
        return file.refuseToWrite();
    const QByteArray canonical = DocumentWriter::write(file.result().document);
    if (parser.isSet(QStringLiteral("in-place")))
        return file.write(canonical) ? Success : Failure;
    Console::outBytes(canonical);
    return Success;
}

} // namespace plenary::cli
