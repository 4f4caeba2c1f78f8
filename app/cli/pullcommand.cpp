#include "pullcommand.h"

#include "console.h"
#include "git/remote.h"
#include "history/negotiationrepository.h"
#include "merge/resolution.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString PullCommand::summary() const
{
    return tr("Bring in the remote's revisions and merge them paragraph by paragraph.");
}

QString PullCommand::arguments() const
{
    return QString();
}

QList<QCommandLineOption> PullCommand::options() const
{
    return RepositoryCommand::options() + identityOptions() + strategyOptions();
}

int PullCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("pull takes no arguments: it pulls what the current branch follows"));
    QString usage;
    const std::optional<Resolution> chosen = strategy(parser, &usage);
    if (!usage.isEmpty())
        return usageError(usage);
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    const QString branch = repo->branchName();
    auto upstream = git::Remote::upstreamOf(repo->git(), branch);
    if (!upstream)
        return fail(upstream.error().message);
    // Unsaved work is checked before anything is fetched: a refused pull changes nothing.
    if (auto unsaved = repo->unsavedFiles(); !unsaved)
        return fail(unsaved.error().message);
    else if (!unsaved->isEmpty())
        return fail(tr("%1 has changes not saved as a revision; commit them before pulling "
                       "('plenary commit -m MESSAGE')")
                        .arg(unsaved->join(QLatin1String(", "))));
    auto fetched = git::Remote::fetch(repo->git(), upstream->remote);
    if (!fetched)
        return fail(fetched.error().message);
    if (!fetched->keptNames.isEmpty())
        Console::err(tr("plenary: warning: %1 gives %2 to other revisions than this copy does; "
                        "the names here are kept (names are never moved)")
                         .arg(upstream->remote, fetched->keptNames.join(QLatin1String(", "))) +
                     QLatin1Char('\n'));
    auto theirs = repo->git().branchTarget(upstream->reference);
    if (!theirs) {
        if (theirs.error().kind == Error::Kind::NotFound) {
            Console::out(tr("%1 has no branch %2 yet: nothing to pull ('plenary push' shares "
                            "yours).")
                             .arg(upstream->remote, branch) +
                         QLatin1Char('\n'));
            return Success;
        }
        return fail(theirs.error().message);
    }
    QString theirName = upstream->reference;
    theirName.remove(QStringLiteral("refs/remotes/"));
    return mergeInto(*repo, theirs.value(), theirName, parser, chosen);
}

} // namespace plenary::cli
