#include "renumbercommand.h"

#include "console.h"
#include "document/documentwriter.h"
#include "documentfile.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString RenumberCommand::summary() const
{
    return tr("Fix a new numbering baseline: 5 bis becomes 6 (rewrites the file).");
}

QString RenumberCommand::arguments() const
{
    return tr("FILE");
}

QList<QCommandLineOption> RenumberCommand::options() const
{
    return {};
}

int RenumberCommand::run(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(files.isEmpty() ? tr("no file given") : tr("give exactly one file"));
    DocumentFile file(files.first());
    file.read();
    if (file.hasErrors())
        return file.refuseToWrite();
    Document document = file.result().document;
    const int joined = document.renumber();
    if (!file.write(DocumentWriter::write(document)))
        return Failure;
    Console::out(joined == 0
                     ? tr("%1: numbering already fixed; nothing to renumber").arg(file.path()) +
                           QLatin1Char('\n')
                     : tr("%1: renumbered; paragraphs added to the numbering: %2")
                               .arg(file.path())
                               .arg(joined) +
                           QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
