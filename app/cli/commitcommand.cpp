#include "commitcommand.h"

#include "console.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QCommandLineParser>
#include <QFile>

namespace plenary::cli {

QString CommitCommand::summary() const
{
    return tr("Save the working text as a new revision (one commit).");
}

QString CommitCommand::arguments() const
{
    return {};
}

QList<QCommandLineOption> CommitCommand::options() const
{
    return RepositoryCommand::options() + identityOptions() +
           QList<QCommandLineOption>{
               QCommandLineOption({QStringLiteral("m"), QStringLiteral("message")},
                                  tr("Describe the change (required)."), tr("MESSAGE"))};
}

int CommitCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QString message = parser.value(QStringLiteral("message"));
    if (message.trimmed().isEmpty())
        return usageError(tr("a message is required: -m \"what changed\""));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    auto who = identity(parser, *repo);
    if (!who)
        return Failure;

    NegotiationRepository::SaveRequest request;
    request.base = repo->openedAt();
    request.identity = *who;
    request.message = message;

    // The text must read without errors; what is committed is its canonical form.
    const QString textPath = repo->filePath(NegotiationRepository::kTextFile);
    QFile textFile(textPath);
    if (!textFile.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(textPath, textFile.errorString()));
    const ReadResult read = DocumentReader::read(textFile.readAll());
    bool errors = false;
    for (const Diagnostic &d : read.diagnostics) {
        Console::err(d.format(textPath) + QLatin1Char('\n'));
        errors = errors || d.isError();
    }
    if (errors)
        return fail(
            tr("%1 has errors; nothing was committed").arg(NegotiationRepository::kTextFile));
    request.files.insert(NegotiationRepository::kTextFile, DocumentWriter::write(read.document));

    auto manifest = repo->workingManifest();
    if (!manifest)
        return fail(manifest.error().message);
    request.files.insert(NegotiationRepository::kManifestFile, manifest->write());
    for (const QString &file :
         {NegotiationRepository::kCommentsFile, NegotiationRepository::kDictionaryFile}) {
        QFile f(repo->filePath(file));
        if (f.open(QIODevice::ReadOnly))
            request.files.insert(file, f.readAll());
    }

    auto saved = repo->save(request);
    if (!saved)
        return fail(saved.error().message);
    if (!saved->warning.isEmpty())
        Console::err(tr("plenary commit: warning: %1").arg(saved->warning) + QLatin1Char('\n'));
    if (!saved->commit) {
        Console::out(tr("nothing to commit: the text is the same as in revision %1")
                         .arg(repo->openedAt() ? repo->openedAt()->shortString() : QString()) +
                     QLatin1Char('\n'));
        return Success;
    }
    auto revision = repo->revision(*saved->commit);
    if (revision)
        Console::out(formatRevision(revision.value()) + QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
