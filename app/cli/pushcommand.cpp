#include "pushcommand.h"

#include "console.h"
#include "git/remote.h"
#include "history/negotiationrepository.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString PushCommand::summary() const
{
    return tr("Share the branch's revisions with the remote it follows (never forced).");
}

QString PushCommand::arguments() const
{
    return QString();
}

QList<QCommandLineOption> PushCommand::options() const
{
    return RepositoryCommand::options();
}

int PushCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("push takes no arguments: it pushes the current branch"));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (!repo->currentHead())
        return fail(tr("the branch has no revision yet"));
    const QString branch = repo->branchName();
    QString remote = QStringLiteral("origin");
    if (auto upstream = git::Remote::upstreamOf(repo->git(), branch))
        remote = upstream->remote;
    if (auto unsaved = repo->unsavedFiles(); unsaved && !unsaved->isEmpty())
        Console::err(tr("plenary: warning: %1 has changes not saved as a revision; they are not "
                        "pushed")
                         .arg(unsaved->join(QLatin1String(", "))) +
                     QLatin1Char('\n'));
    if (auto pushed = git::Remote::push(repo->git(), remote, branch); !pushed)
        return fail(pushed.error().message);
    Console::out(
        tr("Pushed %1 to %2 (%3).").arg(branch, remote, repo->currentHead()->shortString()) +
        QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
