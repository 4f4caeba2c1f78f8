#include "mergecommand.h"

#include "console.h"
#include "history/branchmerge.h"
#include "history/negotiationrepository.h"
#include "merge/resolution.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString MergeCommand::summary() const
{
    return tr("Merge a proposal (a branch) into the current branch, paragraph by paragraph.");
}

QString MergeCommand::arguments() const
{
    return tr("BRANCH");
}

QList<QCommandLineOption> MergeCommand::strategyOptions()
{
    return {QCommandLineOption(QStringLiteral("alternatives"),
                               tr("Keep both versions of every conflicting paragraph as bracketed "
                                  "alternatives attributed to their delegations.")),
            QCommandLineOption(QStringLiteral("ours"),
                               tr("Settle every conflict with the current branch's version.")),
            QCommandLineOption(QStringLiteral("theirs"),
                               tr("Settle every conflict with the merged branch's version."))};
}

QList<QCommandLineOption> MergeCommand::options() const
{
    return RepositoryCommand::options() + identityOptions() + strategyOptions();
}

std::optional<Resolution> MergeCommand::strategy(const QCommandLineParser &parser, QString *usage)
{
    std::optional<Resolution> chosen;
    int count = 0;
    if (parser.isSet(QStringLiteral("alternatives"))) {
        chosen = Resolution::alternatives();
        ++count;
    }
    if (parser.isSet(QStringLiteral("ours"))) {
        chosen = Resolution::ours();
        ++count;
    }
    if (parser.isSet(QStringLiteral("theirs"))) {
        chosen = Resolution::theirs();
        ++count;
    }
    if (count > 1)
        *usage = tr("choose one of --alternatives, --ours and --theirs");
    return chosen;
}

int MergeCommand::mergeInto(NegotiationRepository &repository, const git::Oid &theirs,
                            const QString &theirName, const QCommandLineParser &parser,
                            const std::optional<Resolution> &strategy)
{
    auto who = identity(parser, repository);
    if (!who)
        return Failure;
    auto unsaved = repository.unsavedFiles();
    if (!unsaved)
        return fail(unsaved.error().message);
    if (!unsaved->isEmpty())
        return fail(tr("%1 has changes not saved as a revision; commit them before merging "
                       "('plenary commit -m MESSAGE')")
                        .arg(unsaved->join(QLatin1String(", "))));

    auto merge = BranchMerge::prepare(repository, theirs, theirName, who->delegation);
    if (!merge)
        return fail(merge.error().message);
    switch (merge->kind()) {
    case BranchMerge::Kind::UpToDate:
        Console::out(tr("Already up to date with %1.").arg(theirName) + QLatin1Char('\n'));
        return Success;
    case BranchMerge::Kind::FastForward: {
        auto moved = merge->record(repository, who.value());
        if (!moved)
            return fail(moved.error().message);
        if (!moved->warning.isEmpty())
            Console::err(tr("plenary: warning: %1").arg(moved->warning) + QLatin1Char('\n'));
        Console::out(tr("Fast-forward to %1 (%2).").arg(theirName, theirs.shortString()) +
                     QLatin1Char('\n'));
        return Success;
    }
    case BranchMerge::Kind::Merge:
        break;
    }

    const QList<BranchConflict> conflicts = merge->conflicts();
    if (!conflicts.isEmpty()) {
        if (!strategy) {
            QString list;
            for (const BranchConflict &c : conflicts)
                list += QLatin1String("  ") + c.reference + QLatin1String(": ") +
                        BranchMerge::describe(*c.conflict) + QLatin1Char('\n');
            Console::err(tr("plenary %1: %2 (%3) and %4 (%5) disagree; nothing was changed:")
                             .arg(name())
                             .arg(repository.branchName(), merge->sides().ours, theirName,
                                  merge->sides().theirs) +
                         QLatin1Char('\n') + list +
                         tr("Settle them with --alternatives, --ours or --theirs, or in the "
                            "editor.") +
                         QLatin1Char('\n'));
            return Failure;
        }
        if (auto resolved = merge->resolveAll(*strategy); !resolved)
            return fail(resolved.error().message);
    }
    auto committed = merge->record(repository, who.value());
    if (!committed)
        return fail(committed.error().message);
    if (!committed->warning.isEmpty())
        Console::err(tr("plenary: warning: %1").arg(committed->warning) + QLatin1Char('\n'));
    Console::out(tr("Merged %1 into %2: revision %3%4.")
                     .arg(theirName, repository.branchName(),
                          committed->commit ? committed->commit->shortString() : QString(),
                          conflicts.isEmpty()
                              ? QString()
                              : tr(" (conflicts settled: %1)").arg(conflicts.size())) +
                 QLatin1Char('\n'));
    return Success;
}

int MergeCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("name the branch to merge: plenary merge eu-op7"));
    QString usage;
    const std::optional<Resolution> chosen = strategy(parser, &usage);
    if (!usage.isEmpty())
        return usageError(usage);
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (args[0] == repo->branchName())
        return usageError(tr("'%1' is the current branch; name another one").arg(args[0]));
    auto theirs = repo->git().branchTarget(QLatin1String("refs/heads/") + args[0]);
    if (!theirs) {
        // Any revision git knows ("origin/main", a tag) merges too.
        auto resolved = repo->git().resolve(args[0]);
        if (!resolved)
            return fail(tr("there is no branch '%1'; 'plenary branch' lists them").arg(args[0]));
        theirs = resolved.value();
    }
    return mergeInto(*repo, theirs.value(), args[0], parser, chosen);
}

} // namespace plenary::cli
