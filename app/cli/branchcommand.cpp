#include "branchcommand.h"

#include "console.h"
#include "history/negotiationrepository.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString BranchCommand::summary() const
{
    return tr("List the branches, or start a proposal: a new branch with a title.");
}

QString BranchCommand::arguments() const
{
    return tr("[NAME]");
}

QList<QCommandLineOption> BranchCommand::options() const
{
    return RepositoryCommand::options() + identityOptions() +
           QList<QCommandLineOption>{QCommandLineOption(
               QStringLiteral("title"),
               tr("The proposal's title, as readers know it (\"EU proposal on OP 7\")."),
               tr("TITLE"))};
}

int BranchCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return usageError(
            tr("give one name: plenary branch eu-op7 --title \"EU proposal on OP 7\""));
    if (args.isEmpty() && parser.isSet(QStringLiteral("title")))
        return usageError(tr("--title names a new proposal: plenary branch NAME --title TITLE"));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;

    if (args.isEmpty()) {
        auto branches = repo->git().branches();
        if (!branches)
            return fail(branches.error().message);
        QString out;
        for (const QString &branch : branches.value()) {
            // A proposal's title is in its own manifest, where it was started.
            QString title;
            if (auto tip = repo->git().branchTarget(QLatin1String("refs/heads/") + branch))
                if (auto bytes =
                        repo->git().fileAt(tip.value(), NegotiationRepository::kManifestFile))
                    title = Manifest::read(bytes.value()).manifest.proposalTitle(branch);
            out += (branch == repo->branchName() ? QLatin1String("* ") : QLatin1String("  ")) +
                   branch + (title.isEmpty() ? QString() : QLatin1String("  ") + title) +
                   QLatin1Char('\n');
        }
        Console::out(out);
        return Success;
    }

    auto who = identity(parser, *repo);
    if (!who)
        return Failure;
    auto started = repo->startProposal(args[0], parser.value(QStringLiteral("title")), *who);
    if (!started)
        return fail(started.error().message);
    Console::out(tr("Started proposal %1 at revision %2; you are on it now.")
                     .arg(args[0], started->shortString()) +
                 QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
