#include "blamecommand.h"

#include "console.h"
#include "document/documentreader.h"
#include "document/numbering.h"

#include <QCommandLineParser>

namespace plenary::cli {

QString BlameCommand::summary() const
{
    return tr("Show, for each paragraph, the revision that last changed its text.");
}

QString BlameCommand::arguments() const
{
    return tr("[REV]");
}

QList<QCommandLineOption> BlameCommand::options() const
{
    return RepositoryCommand::options();
}

int BlameCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return usageError(tr("give at most one revision"));
    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (!repo->openedAt())
        return fail(tr("the branch has no revision yet"));
    auto rev = resolveRevision(*repo, args.value(0));
    if (!rev)
        return Failure;
    auto blame = repo->blame(*rev);
    if (!blame)
        return fail(blame.error().message);
    auto text = repo->textAt(*rev);
    const Document document = DocumentReader::read(text.value_or(QByteArray())).document;
    const Numbering numbering(document);

    qsizetype width = 4;
    for (qsizetype i = 0; i < document.paragraphs.size(); ++i)
        width = std::max(width, numbering.reference(i).size());
    QString out;
    for (qsizetype i = 0; i < blame->size(); ++i) {
        const ParagraphBlame &b = blame->at(i);
        const qsizetype index = document.indexOf(b.paragraphId);
        const Revision &r = b.revision;
        out += (index >= 0 ? numbering.reference(index) : b.paragraphId).leftJustified(width) +
               QLatin1Char(' ') + r.id.shortString() + QLatin1Char(' ') +
               shortDateTime(r.author.when) + QLatin1Char(' ') + r.author.name +
               QLatin1String(" (") + (r.delegation.isEmpty() ? QStringLiteral("-") : r.delegation) +
               QLatin1String(")\n");
    }
    Console::out(out);
    return Success;
}

} // namespace plenary::cli
