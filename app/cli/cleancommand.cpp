#include "cleancommand.h"

#include "console.h"
#include "document/documentwriter.h"
#include "document/numbering.h"
#include "documentfile.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString CleanCommand::summary() const
{
    return tr("Remove deleted paragraphs from the text (rewrites the file; history keeps them).");
}

QString CleanCommand::arguments() const
{
    return tr("FILE");
}

QList<QCommandLineOption> CleanCommand::options() const
{
    return {};
}

int CleanCommand::run(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(files.isEmpty() ? tr("no file given") : tr("give exactly one file"));
    DocumentFile file(files.first());
    file.read();
    if (file.hasErrors())
        return file.refuseToWrite();
    Document document = file.result().document;
    const Numbering numbering(document);

    const auto blockers = document.cleanBlockers();
    if (!blockers.isEmpty()) {
        for (const auto &b : blockers)
            Console::err(
                tr("%1:%2: error: %3 refers to %4, which would be removed; remove or "
                   "change the reference first")
                    .arg(file.path())
                    .arg(document.paragraphs[b.referring].line)
                    .arg(numbering.reference(b.referring), numbering.reference(b.removed)) +
                QLatin1Char('\n'));
        return file.refuseToWrite();
    }

    QStringList removed;
    for (qsizetype i : document.paragraphsToClean())
        removed.append(numbering.reference(i));
    document.clean();
    if (!file.write(DocumentWriter::write(document)))
        return Failure;
    Console::out(removed.isEmpty()
                     ? tr("%1: no deleted paragraphs; nothing to clean").arg(file.path()) +
                           QLatin1Char('\n')
                     : tr("%1: removed %2").arg(file.path(), removed.join(QLatin1String(", "))) +
                           QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
