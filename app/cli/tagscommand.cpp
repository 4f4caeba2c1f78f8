#include "tagscommand.h"

#include "console.h"

#include <QCommandLineParser>
#include <algorithm>

namespace plenary::cli {

QString TagsCommand::summary() const
{
    return tr("List the named revisions.");
}

QString TagsCommand::arguments() const
{
    return {};
}

QList<QCommandLineOption> TagsCommand::options() const
{
    return RepositoryCommand::options();
}

int TagsCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    auto tags = repo->git().tags();
    if (!tags)
        return fail(tags.error().message);
    QList<git::TagInfo> list = tags.value();
    std::sort(list.begin(), list.end(), [](const git::TagInfo &a, const git::TagInfo &b) {
        const QDateTime ta = a.tagger ? a.tagger->when : QDateTime();
        const QDateTime tb = b.tagger ? b.tagger->when : QDateTime();
        return ta != tb ? ta < tb : a.name < b.name;
    });
    QString out;
    for (const git::TagInfo &tag : list) {
        out += tag.name + QLatin1Char(' ') + tag.commit.shortString();
        if (tag.tagger)
            out += QLatin1Char(' ') + shortDateTime(tag.tagger->when) + QLatin1Char(' ') +
                   tag.tagger->name + QLatin1String(" (") +
                   NegotiationRepository::delegationOf(tag.message) + QLatin1String("): ") +
                   tag.message.section(QLatin1Char('\n'), 0, 0);
        out += QLatin1Char('\n');
    }
    Console::out(out);
    return Success;
}

} // namespace plenary::cli
