#include "statuscommand.h"

#include "console.h"
#include "git/remote.h"
#include "history/negotiationrepository.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString StatusCommand::summary() const
{
    return tr("The current branch, how far it is ahead of or behind the remote, and unsaved "
              "changes.");
}

QString StatusCommand::arguments() const
{
    return QString();
}

QList<QCommandLineOption> StatusCommand::options() const
{
    return RepositoryCommand::options();
}

int StatusCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("status takes no arguments"));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    QString out;
    const QString branch = repo->branchName();
    auto manifest = repo->workingManifest();
    const QString title = manifest ? manifest->proposalTitle(branch) : QString();
    out += title.isEmpty() ? tr("On branch %1").arg(branch)
                           : tr("On branch %1 (proposal: %2)").arg(branch, title);
    out += QLatin1Char('\n');

    const std::optional<git::Oid> head = repo->currentHead();
    if (!head)
        out += tr("No revision yet.") + QLatin1Char('\n');
    // Against the remote-tracking branch as last fetched: status itself goes to no network.
    auto upstream = git::Remote::upstreamOf(repo->git(), branch);
    if (upstream && head && repo->git().branchTarget(upstream->reference)) {
        auto counts = git::Remote::aheadBehind(repo->git(), repo->branch(), upstream->reference);
        if (!counts)
            return fail(counts.error().message);
        QString tracked = upstream->reference;
        tracked.remove(QStringLiteral("refs/remotes/"));
        if (counts->ahead == 0 && counts->behind == 0)
            out += tr("Up to date with %1 (as last fetched).").arg(tracked);
        else
            out += tr("Against %1: %2 ahead, %3 behind (%4).")
                       .arg(tracked)
                       .arg(counts->ahead)
                       .arg(counts->behind)
                       .arg(counts->behind > 0 ? tr("pull to bring theirs in")
                                               : tr("push to share yours"));
        out += QLatin1Char('\n');
    } else if (head) {
        out += tr("No remote copy of this branch.") + QLatin1Char('\n');
    }

    auto unsaved = repo->unsavedFiles();
    if (!unsaved)
        return fail(unsaved.error().message);
    out += unsaved->isEmpty()
               ? tr("No unsaved changes.")
               : tr("Changes not saved as a revision: %1").arg(unsaved->join(QLatin1String(", ")));
    out += QLatin1Char('\n');
    Console::out(out);
    return Success;
}

} // namespace plenary::cli
