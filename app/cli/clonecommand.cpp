#include "clonecommand.h"

#include "console.h"
#include "git/remote.h"
#include "history/negotiationrepository.h"

#include <QCommandLineParser>
#include <QDir>

namespace plenary::cli {

QString CloneCommand::summary() const
{
    return tr("Make your own copy of a negotiation from its shared remote.");
}

QString CloneCommand::arguments() const
{
    return tr("URL DIR");
}

QList<QCommandLineOption> CloneCommand::options() const
{
    return {};
}

int CloneCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("give the remote and a folder: plenary clone URL DIR"));
    const QString directory =
        QDir(globalDirectory().isEmpty() ? QDir::currentPath() : globalDirectory())
            .absoluteFilePath(args[1]);
    auto cloned = git::Remote::clone(args[0], directory);
    if (!cloned)
        return fail(cloned.error().message);
    auto repo = NegotiationRepository::open(directory);
    if (!repo)
        Console::err(tr("plenary: warning: %1 was cloned, but it is not a negotiation Plenary "
                        "can open: %2")
                         .arg(args[1], repo.error().message) +
                     QLatin1Char('\n'));
    Console::out(tr("Cloned %1 into %2 (branch %3).")
                     .arg(args[0], args[1], repo ? repo->branchName() : QStringLiteral("?")) +
                 QLatin1Char('\n'));
    return repo ? Success : Failure;
}

} // namespace plenary::cli
