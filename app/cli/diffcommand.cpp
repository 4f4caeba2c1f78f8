#include "diffcommand.h"

#include "compare/comparison.h"
#include "console.h"
#include "document/documentreader.h"
#include "render/redlinehtml.h"
#include "render/redlinetext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <cstdlib>
#include <optional>
#include <unistd.h>

namespace plenary::cli {

namespace {

// One side of the comparison: its text, read, and how the heading names it.
struct Side
{
    Document document;
    QString label;
};

} // namespace

QString DiffCommand::summary() const
{
    return tr("Compare two revisions, or a revision and the working text, as a redline.");
}

QString DiffCommand::arguments() const
{
    return tr("[REV_A [REV_B]]");
}

QList<QCommandLineOption> DiffCommand::options() const
{
    return RepositoryCommand::options() +
           QList<QCommandLineOption>{
               QCommandLineOption(QStringLiteral("format"),
                                  tr("Output format: text (default), html or pdf."), tr("FORMAT"),
                                  QStringLiteral("text")),
               QCommandLineOption(QStringLiteral("columns"),
                                  tr("HTML or PDF in two columns: text proposed | amendment.")),
               QCommandLineOption(QStringLiteral("changed-only"),
                                  tr("Leave out the paragraphs that did not change.")),
               QCommandLineOption(QStringLiteral("stat"),
                                  tr("Print only the summary: paragraphs added, deleted, "
                                     "changed, moved; brackets; words.")),
               QCommandLineOption(QStringLiteral("o"),
                                  tr("Write to FILE (atomically) instead of standard output."),
                                  tr("FILE"))};
}

bool DiffCommand::needsRenderer(const QStringList &args) const
{
    const qsizetype at = args.indexOf(QStringLiteral("--format"));
    return args.contains(QStringLiteral("--format=pdf")) ||
           (at >= 0 && args.value(at + 1) == QLatin1String("pdf"));
}

int DiffCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 2)
        return usageError(tr("give at most two revisions"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("html") &&
        format != QLatin1String("pdf"))
        return usageError(tr("unknown format '%1'; expected text, html or pdf").arg(format));
    const bool pdf = format == QLatin1String("pdf");
    const bool html = format == QLatin1String("html") || pdf;
    // A PDF is not for a terminal: to a file, or to standard output going elsewhere.
    if (pdf && !parser.isSet(QStringLiteral("o")) && ::isatty(STDOUT_FILENO))
        return usageError(tr("write the PDF to a file: -o FILE"));
    const bool stat = parser.isSet(QStringLiteral("stat"));
    if (stat && (html || parser.isSet(QStringLiteral("columns")) ||
                 parser.isSet(QStringLiteral("changed-only"))))
        return usageError(tr("--stat prints the summary as text; it takes no --format html or "
                             "pdf, --columns or --changed-only"));
    if (parser.isSet(QStringLiteral("columns")) && !html)
        return usageError(tr("--columns needs --format html or pdf"));

    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (!repo->openedAt())
        return fail(tr("the branch has no revision yet"));

    // A revision's text, or the working file's; a text that does not read is reported with
    // its revision and line:column, and nothing is compared.
    auto read = [&](const QByteArray &bytes, const QString &origin) -> std::optional<Document> {
        ReadResult result = DocumentReader::read(bytes);
        if (!result.hasErrors())
            return std::move(result.document);
        for (const Diagnostic &d : result.diagnostics)
            if (d.isError())
                Console::err(tr("plenary diff: %1: %2")
                                 .arg(origin, d.format(NegotiationRepository::kTextFile)) +
                             QLatin1Char('\n'));
        return std::nullopt;
    };
    auto revisionSide = [&](const QString &spec) -> std::optional<Side> {
        auto oid = resolveRevision(*repo, spec);
        if (!oid)
            return std::nullopt;
        auto text = repo->textAt(*oid);
        if (!text) {
            fail(text.error().message);
            return std::nullopt;
        }
        auto document = read(text.value(), tr("revision %1").arg(oid->shortString()));
        if (!document)
            return std::nullopt;
        QString label = oid->shortString();
        if (auto revision = repo->revision(*oid); revision && !revision->tags.isEmpty())
            label = revision->tags.join(QLatin1String(", ")) + QLatin1String(" (") + label +
                    QLatin1Char(')');
        return Side{std::move(*document), label};
    };

    std::optional<Side> older = revisionSide(args.value(0));
    if (!older)
        return Failure;
    std::optional<Side> newer;
    if (args.size() == 2) {
        newer = revisionSide(args[1]);
    } else {
        // The working text: what the next commit would save.
        const QString path = repo->filePath(NegotiationRepository::kTextFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read the working text %1: %2").arg(path, file.errorString()));
        if (auto document = read(file.readAll(), tr("working text")))
            newer = Side{std::move(*document), tr("working text")};
    }
    if (!newer)
        return Failure;

    const compare::Comparison comparison =
        compare::Comparison::compare(std::move(older->document), std::move(newer->document));

    const bool toFile = parser.isSet(QStringLiteral("o"));
    QByteArray output;
    if (html) {
        render::RedlineHtml::Options options;
        options.oldLabel = older->label;
        options.newLabel = newer->label;
        options.columns = parser.isSet(QStringLiteral("columns"));
        options.changedOnly = parser.isSet(QStringLiteral("changed-only"));
        output = render::RedlineHtml::page(comparison, options).toUtf8();
        if (pdf) {
            auto printed = printPdf(output, QStringLiteral("A4"));
            if (!printed)
                return fail(printed.error().message);
            output = printed.value();
        }
    } else {
        render::RedlineText::Options options;
        options.oldLabel = older->label;
        options.newLabel = newer->label;
        options.changedOnly = parser.isSet(QStringLiteral("changed-only"));
        // Colours only for a person at a terminal, and never for those who asked for none.
        options.colour =
            !toFile && ::isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
        output = (stat ? render::RedlineText::stat(comparison, options)
                       : render::RedlineText::render(comparison, options))
                     .toUtf8();
    }

    if (!toFile) {
        Console::outBytes(output);
        return Success;
    }
    const QString path = parser.value(QStringLiteral("o"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Success;
}

} // namespace plenary::cli
