#include "statuscommand.h"

#include "console.h"
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
    const QString upstream = QLatin1String("refs/remotes/origin/") + branch;
    if (auto remote = repo->git().branchTarget(upstream); remote && head) {
        auto counts = repo->git().aheadBehind(*head, remote.value());
        if (!counts)
            return fail(counts.error().message);
        const auto [ahead, behind] = counts.value();
        if (ahead == 0 && behind == 0)
            out += tr("Up to date with origin/%1.").arg(branch);
        else
            out +=
                tr("Against origin/%1: %2 ahead, %3 behind%4.")
                    .arg(branch)
                    .arg(ahead)
                    .arg(behind)
                    .arg(behind > 0 ? tr(" (pull to bring them in)") : tr(" (push to share them)"));
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
