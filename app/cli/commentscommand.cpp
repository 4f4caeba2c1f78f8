#include "commentscommand.h"

#include "commentcommand.h"
#include "comments/commentanchor.h"
#include "console.h"

#include <QCommandLineParser>

namespace plenary::cli {

namespace {

// One field of a tab-separated line: line ends, tabs and backslashes written as \n, \t, \\.
QString field(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

} // namespace

QString CommentsCommand::summary() const
{
    return tr("List comments and replies: id, paragraph, delegation, state, quote, text.");
}

QString CommentsCommand::arguments() const
{
    return {};
}

QList<QCommandLineOption> CommentsCommand::options() const
{
    return RepositoryCommand::options() +
           QList<QCommandLineOption>{
               QCommandLineOption(QStringLiteral("open"),
                                  tr("Only comments that are open, with their replies.")),
               QCommandLineOption(QStringLiteral("rev"),
                                  tr("The comments as they were at this revision (default: the "
                                     "last)."),
                                  tr("REV"))};
}

int CommentsCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (!repo->openedAt())
        return fail(tr("the branch has no revision yet"));
    auto revision = resolveRevision(*repo, parser.value(QStringLiteral("rev")));
    if (!revision)
        return Failure;
    auto document = documentAt(*repo, *revision);
    if (!document)
        return Failure;
    auto log = commentsAt(*repo, *revision);
    if (!log)
        return Failure;

    CommentLog::Filter filter;
    if (parser.isSet(QStringLiteral("open")))
        filter.state = CommentLog::Filter::State::Open;
    QString out;
    const QChar tab = QLatin1Char('\t');
    for (const CommentThread *thread : log->threads(filter)) {
        const CommentAnchor anchor = CommentAnchor::place(*thread, *document);
        const QString where = CommentCommand::reference(*thread, *document);
        QString state = thread->resolved ? tr("resolved") : tr("open");
        if (anchor.state == CommentAnchor::State::TextChanged)
            state = tr("%1, text changed").arg(state);
        else if (anchor.state == CommentAnchor::State::Orphaned)
            state = tr("%1, orphaned").arg(state);
        const QString quote = thread->quote
                                  ? QLatin1Char('"') + field(thread->quote->text) + QLatin1Char('"')
                                  : QString();
        out += thread->id + tab + where + tab + thread->delegation + tab + state + tab + quote +
               tab + field(thread->body) + QLatin1Char('\n');
        for (const CommentReply &reply : thread->replies)
            out += reply.id + tab + where + tab + reply.delegation + tab + tr("reply") + tab + tab +
                   field(reply.body) + QLatin1Char('\n');
    }
    Console::out(out);
    return hasErrors(log->diagnostics()) ? Failure : Success;
}

} // namespace plenary::cli
