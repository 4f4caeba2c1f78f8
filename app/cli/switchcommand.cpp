#include "switchcommand.h"

#include "console.h"
#include "history/negotiationrepository.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString SwitchCommand::summary() const
{
    return tr("Switch to another branch (a proposal, or main).");
}

QString SwitchCommand::arguments() const
{
    return tr("NAME");
}

QList<QCommandLineOption> SwitchCommand::options() const
{
    return RepositoryCommand::options();
}

int SwitchCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("name the branch: plenary switch main"));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    auto switched = repo->switchTo(args[0]);
    if (!switched)
        return fail(switched.error().message);
    if (!switched->isEmpty())
        Console::err(tr("plenary: warning: %1").arg(switched.value()) + QLatin1Char('\n'));
    Console::out(tr("Switched to %1.").arg(args[0]) + QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
