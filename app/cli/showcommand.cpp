#include "showcommand.h"

#include "console.h"
#include "document/documentreader.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString ShowCommand::summary() const
{
    return tr("Print the document text at a revision.");
}

QString ShowCommand::arguments() const
{
    return tr("[REV]");
}

QList<QCommandLineOption> ShowCommand::options() const
{
    return RepositoryCommand::options();
}

int ShowCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return usageError(tr("give at most one revision"));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    auto rev = resolveRevision(*repo, args.value(0));
    if (!rev)
        return Failure;
    auto text = repo->textAt(*rev);
    if (!text)
        return fail(text.error().message);
    Console::outBytes(text.value());
    // A revision whose text no longer reads is shown as it is, and its problems reported.
    bool errors = false;
    for (const Diagnostic &d : DocumentReader::read(text.value()).diagnostics) {
        if (!d.isError())
            continue;
        errors = true;
        Console::err(tr("revision %1: %2")
                         .arg(rev->shortString(), d.format(NegotiationRepository::kTextFile)) +
                     QLatin1Char('\n'));
    }
    return errors ? Failure : Success;
}

} // namespace plenary::cli
