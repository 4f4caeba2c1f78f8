#include "logcommand.h"

#include "console.h"
#include "document/documentreader.h"
#include "document/numbering.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString LogCommand::summary() const
{
    return tr("List revisions, newest first: id, date, author, delegation, message, tags.");
}

QString LogCommand::arguments() const
{
    return tr("[REV]");
}

QList<QCommandLineOption> LogCommand::options() const
{
    return RepositoryCommand::options() +
           QList<QCommandLineOption>{
               QCommandLineOption(QStringLiteral("n"), tr("Show at most N revisions."), tr("N")),
               QCommandLineOption(QStringLiteral("delegation"),
                                  tr("Only revisions saved for this delegation."), tr("CODE")),
               QCommandLineOption(QStringLiteral("since"),
                                  tr("Only revisions from this date on (YYYY-MM-DD)."), tr("DATE")),
               QCommandLineOption(QStringLiteral("paragraph"),
                                  tr("Only revisions that changed this paragraph (OP5bis, PP3, "
                                     "an identifier)."),
                                  tr("REF"))};
}

int LogCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return usageError(tr("give at most one revision"));
    NegotiationRepository::LogFilter filter;
    if (parser.isSet(QStringLiteral("n"))) {
        bool ok = false;
        filter.maxCount = parser.value(QStringLiteral("n")).toInt(&ok);
        if (!ok || filter.maxCount < 0)
            return usageError(
                tr("-n needs a number, not '%1'").arg(parser.value(QStringLiteral("n"))));
    }
    filter.delegation = parser.value(QStringLiteral("delegation"));
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate date = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!date.isValid())
            return usageError(tr("--since needs a date YYYY-MM-DD, not '%1'")
                                  .arg(parser.value(QStringLiteral("since"))));
        filter.since = date.startOfDay();
    }

    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (!repo->openedAt())
        return fail(tr("the branch has no revision yet"));
    auto from = resolveRevision(*repo, args.value(0));
    if (!from)
        return Failure;

    if (parser.isSet(QStringLiteral("paragraph"))) {
        // The reference is resolved against the text of the revision the log starts from.
        const QString ref = parser.value(QStringLiteral("paragraph"));
        auto text = repo->textAt(*from);
        if (!text)
            return fail(text.error().message);
        const ReadResult read = DocumentReader::read(text.value());
        const qsizetype index = Numbering(read.document).find(ref);
        if (index < 0)
            return fail(tr("no paragraph '%1' in revision %2").arg(ref, from->shortString()));
        filter.paragraphId = read.document.paragraphs[index].id;
    }

    auto revisions = repo->log(*from, filter);
    if (!revisions)
        return fail(revisions.error().message);
    QString out;
    out.reserve(revisions->size() * 128);
    for (const Revision &r : revisions.value())
        out += formatRevision(r) + QLatin1Char('\n');
    Console::out(out);
    return Success;
}

} // namespace plenary::cli
