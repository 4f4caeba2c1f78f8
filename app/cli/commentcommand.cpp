#include "commentcommand.h"

#include "console.h"
#include "document/numbering.h"

#include <QCommandLineParser>
#include <QFile>

namespace plenary::cli {

QString CommentCommand::summary() const
{
    return tr("Comment on a paragraph, reply, resolve or reopen (one commit of the comments).");
}

QString CommentCommand::arguments() const
{
    return tr("add --paragraph REF [--quote TEXT] -m BODY | reply ID -m BODY | resolve ID | "
              "reopen ID");
}

QList<QCommandLineOption> CommentCommand::options() const
{
    return RepositoryCommand::options() + identityOptions() +
           QList<QCommandLineOption>{
               QCommandLineOption(QStringLiteral("paragraph"),
                                  tr("add: the paragraph (OP5bis, PP3, an identifier), as "
                                     "numbered in the last revision."),
                                  tr("REF")),
               QCommandLineOption(QStringLiteral("quote"),
                                  tr("add: the words of the paragraph commented on."), tr("TEXT")),
               QCommandLineOption({QStringLiteral("m"), QStringLiteral("message")},
                                  tr("add, reply: the comment's text."), tr("BODY"))};
}

QString CommentCommand::reference(const CommentThread &thread, const Document &document)
{
    const qsizetype index = document.indexOf(thread.paragraphId);
    return index < 0 ? QLatin1Char('#') + thread.paragraphId : Numbering(document).reference(index);
}

int CommentCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool add = action == QLatin1String("add");
    const bool reply = action == QLatin1String("reply");
    const bool resolve = action == QLatin1String("resolve");
    const bool reopen = action == QLatin1String("reopen");
    if (!add && !reply && !resolve && !reopen)
        return usageError(
            action.isEmpty()
                ? tr("give an action: add, reply, resolve or reopen")
                : tr("unknown action '%1'; expected add, reply, resolve or reopen").arg(action));
    if (add && args.size() != 1)
        return usageError(tr("'comment add' takes no argument; name the paragraph with "
                             "--paragraph REF"));
    if (!add && args.size() != 2)
        return usageError(tr("give the identifier of the comment: 'comment %1 ID'").arg(action));
    const QString body = parser.value(QStringLiteral("message"));
    if ((add || reply) && body.trimmed().isEmpty())
        return usageError(tr("a text is required: -m \"…\""));
    if (!add &&
        (parser.isSet(QStringLiteral("paragraph")) || parser.isSet(QStringLiteral("quote"))))
        return usageError(tr("--paragraph and --quote are for 'comment add'"));
    if ((resolve || reopen) && parser.isSet(QStringLiteral("message")))
        return usageError(
            tr("'comment %1' takes no text; answer with 'comment reply'").arg(action));
    const QString ref = parser.value(QStringLiteral("paragraph"));
    if (add && ref.isEmpty())
        return usageError(tr("name the paragraph: --paragraph REF (OP5bis, PP3, #id)"));
    if (add && parser.isSet(QStringLiteral("quote")) &&
        parser.value(QStringLiteral("quote")).isEmpty())
        return usageError(tr("--quote needs the words to quote"));

    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (!repo->openedAt())
        return fail(tr("the branch has no revision yet"));
    const git::Oid head = *repo->openedAt();
    auto who = identity(parser, *repo);
    if (!who)
        return Failure;

    // The comments are committed on top of the last revision, the working text left alone. A
    // comments file changed by hand and not committed is not overwritten.
    auto committed = repo->commentsAt(head);
    if (!committed)
        return fail(committed.error().message);
    QFile working(repo->filePath(NegotiationRepository::kCommentsFile));
    if (working.open(QIODevice::ReadOnly) && working.readAll() != committed.value())
        return fail(tr("%1 has changes that are not committed; commit them first ('plenary "
                       "commit') so that none is lost")
                        .arg(NegotiationRepository::kCommentsFile));
    auto log = commentsAt(*repo, head);
    if (!log)
        return Failure;
    auto document = documentAt(*repo, head);
    if (!document)
        return Failure;

    const CommentAuthor author{who->name, who->email, who->delegation};
    const QString target = args.value(1);
    QString message;
    QString printed;
    if (add) {
        const qsizetype index = Numbering(*document).find(ref);
        if (index < 0)
            return fail(tr("no paragraph '%1' in revision %2").arg(ref, head.shortString()));
        const Paragraph &paragraph = document->paragraphs[index];
        std::optional<Quote> quote;
        if (parser.isSet(QStringLiteral("quote"))) {
            const QString words = parser.value(QStringLiteral("quote"));
            const qsizetype at = paragraph.text.indexOf(words);
            if (at < 0)
                return fail(
                    tr("%1 does not contain \"%2\" in revision %3")
                        .arg(Numbering(*document).reference(index), words, head.shortString()));
            quote = Quote::capture(paragraph.text, at, words.size());
        }
        auto id = log->addComment(author, paragraph.id, quote, body);
        if (!id)
            return fail(id.error().message);
        message = tr("Comment on %1").arg(Numbering(*document).reference(index));
        printed = id.value();
    } else {
        const CommentThread *thread = log->thread(target);
        if (!thread || thread->id != target)
            return fail(tr("no comment '%1' in revision %2").arg(target, head.shortString()));
        const QString where = reference(*thread, *document);
        if (reply) {
            auto id = log->reply(author, target, body);
            if (!id)
                return fail(id.error().message);
            message = tr("Reply to comment %1 on %2").arg(target, where);
            printed = id.value();
        } else {
            auto done = resolve ? log->resolve(author, target) : log->reopen(author, target);
            if (!done)
                return fail(done.error().message);
            message = resolve ? tr("Resolve comment %1 on %2").arg(target, where)
                              : tr("Reopen comment %1 on %2").arg(target, where);
            printed = resolve ? tr("resolved %1").arg(target) : tr("reopened %1").arg(target);
        }
    }

    NegotiationRepository::SaveRequest request;
    request.base = head;
    request.files.insert(NegotiationRepository::kCommentsFile, log->bytes());
    request.identity = *who;
    request.message = message;
    auto saved = repo->save(request);
    if (!saved)
        return fail(saved.error().message);
    if (!saved->warning.isEmpty())
        Console::err(tr("plenary comment: warning: %1").arg(saved->warning) + QLatin1Char('\n'));
    Console::out(printed + QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
