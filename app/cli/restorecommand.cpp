#include "restorecommand.h"

#include "console.h"

#include <QCommandLineParser>
#include <QFile>

namespace plenary::cli {

QString RestoreCommand::summary() const
{
    return tr("Bring back the text of an earlier revision as a new revision (history keeps both).");
}

QString RestoreCommand::arguments() const
{
    return tr("REV");
}

QList<QCommandLineOption> RestoreCommand::options() const
{
    return RepositoryCommand::options() + identityOptions() +
           QList<QCommandLineOption>{
               QCommandLineOption({QStringLiteral("m"), QStringLiteral("message")},
                                  tr("Why the text is restored (required)."), tr("MESSAGE"))};
}

int RestoreCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("give the revision to restore"));
    const QString message = parser.value(QStringLiteral("message"));
    if (message.trimmed().isEmpty())
        return usageError(tr("a message is required: -m \"why\""));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (!repo->openedAt())
        return fail(tr("the branch has no revision yet"));
    auto rev = resolveRevision(*repo, args[0]);
    if (!rev)
        return Failure;
    auto who = identity(parser, *repo);
    if (!who)
        return Failure;

    // Restoring replaces the working text: refuse while it holds unsaved changes.
    auto current = repo->textAt(*repo->openedAt());
    QFile working(repo->filePath(NegotiationRepository::kTextFile));
    if (working.open(QIODevice::ReadOnly) && current && working.readAll() != current.value())
        return fail(tr("%1 has unsaved changes; commit them first (plenary commit -m …)")
                        .arg(NegotiationRepository::kTextFile));
    auto text = repo->textAt(*rev);
    if (!text)
        return fail(text.error().message);

    NegotiationRepository::SaveRequest request;
    request.base = repo->openedAt();
    request.files.insert(NegotiationRepository::kTextFile, text.value());
    request.identity = *who;
    request.message = message;
    auto saved = repo->save(request);
    if (!saved)
        return fail(saved.error().message);
    if (!saved->commit) {
        Console::out(tr("nothing to restore: the text is already that of %1").arg(args[0]) +
                     QLatin1Char('\n'));
        return Success;
    }
    if (auto revision = repo->revision(*saved->commit))
        Console::out(formatRevision(revision.value()) + QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
