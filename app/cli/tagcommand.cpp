#include "tagcommand.h"

#include "console.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString TagCommand::summary() const
{
    return tr("Name a revision (Rev.1, Final) with an annotated tag.");
}

QString TagCommand::arguments() const
{
    return tr("REV NAME");
}

QList<QCommandLineOption> TagCommand::options() const
{
    return RepositoryCommand::options() + identityOptions() +
           QList<QCommandLineOption>{
               QCommandLineOption({QStringLiteral("m"), QStringLiteral("message")},
                                  tr("What this revision is (required)."), tr("MESSAGE"))};
}

int TagCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("give a revision and a name: plenary tag HEAD Rev.1 -m \"…\""));
    const QString message = parser.value(QStringLiteral("message"));
    if (message.trimmed().isEmpty())
        return usageError(tr("a message is required: -m \"what this revision is\""));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    auto rev = resolveRevision(*repo, args[0]);
    if (!rev)
        return Failure;
    auto who = identity(parser, *repo);
    if (!who)
        return Failure;
    if (auto tagged = repo->tag(*rev, args[1], *who, message); !tagged)
        return fail(tagged.error().message);
    Console::out(tr("%1 names revision %2").arg(args[1], rev->shortString()) + QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
