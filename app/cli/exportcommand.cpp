#include "exportcommand.h"

#include "console.h"
#include "export/exportjob.h"
#include "web/exportinfo.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <unistd.h>

namespace plenary::cli {

QString ExportCommand::summary() const
{
    return tr("Export a revision as the secretariat issues it: PDF, ODT, HTML, plain text or "
              "Akoma Ntoso XML.");
}

QString ExportCommand::arguments() const
{
    return QString();
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return RepositoryCommand::options() +
           QList<QCommandLineOption>{
               QCommandLineOption(QStringLiteral("rev"),
                                  tr("The revision to export (default: the latest)."), tr("REV"),
                                  QStringLiteral("HEAD")),
               QCommandLineOption(
                   QStringLiteral("format"),
                   tr("Output format: pdf (default), odt, html, txt or akn (Akoma Ntoso XML)."),
                   tr("FORMAT"), QStringLiteral("pdf")),
               QCommandLineOption(QStringLiteral("o"),
                                  tr("Write to FILE (atomically; - for standard output); by "
                                     "default a name made of the symbol and the revision, in the "
                                     "current directory."),
                                  tr("FILE")),
               QCommandLineOption(QStringLiteral("final"),
                                  tr("The final text: no DRAFT mark; refused unless the "
                                     "finalise check passes.")),
               QCommandLineOption(QStringLiteral("force"),
                                  tr("With --final: export even though the check fails, and say "
                                     "so in the PDF's keywords.")),
               QCommandLineOption(QStringLiteral("comments"),
                                  tr("Open comments as numbered endnotes (every format but "
                                     "akn).")),
               QCommandLineOption(QStringLiteral("line-numbers"),
                                  tr("Line numbers in the margin, restarting on each page "
                                     "(pdf).")),
               QCommandLineOption(QStringLiteral("paper"),
                                  tr("Paper size: a4 (default) or letter."), tr("PAPER"),
                                  QStringLiteral("a4"))};
}

bool ExportCommand::needsRenderer(const QStringList &args) const
{
    // PDF is the default: only another format named explicitly renders nothing.
    QString format = QStringLiteral("pdf");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format") && i + 1 < args.size())
            format = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--format=")))
            format = args[i].mid(9);
    }
    return format == QLatin1String("pdf");
}

int ExportCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("export takes no arguments; name the revision with --rev"));
    ExportJob::Options options;
    const QString formatName = parser.value(QStringLiteral("format"));
    const std::optional<ExportFormat> format = ExportJob::formatNamed(formatName);
    if (!format)
        return usageError(
            tr("unknown format '%1'; expected %2").arg(formatName, ExportJob::formatNames()));
    options.format = *format;
    const QString paperName = parser.value(QStringLiteral("paper")).toLower();
    if (paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))
        return usageError(tr("unknown paper '%1'; expected a4 or letter")
                              .arg(parser.value(QStringLiteral("paper"))));
    options.paper =
        paperName == QLatin1String("letter") ? PrintHtml::Paper::Letter : PrintHtml::Paper::A4;
    options.comments = parser.isSet(QStringLiteral("comments"));
    if (options.comments && !ExportJob::carriesComments(options.format))
        return usageError(tr("--comments is not available for %1").arg(formatName));
    options.lineNumbers = parser.isSet(QStringLiteral("line-numbers"));
    if (options.lineNumbers && !ExportJob::numbersLines(options.format))
        return usageError(tr("--line-numbers is only available for pdf: other formats have no "
                             "fixed pages"));
    options.final = parser.isSet(QStringLiteral("final"));
    options.force = parser.isSet(QStringLiteral("force"));
    if (options.force && !options.final)
        return usageError(tr("--force only makes sense with --final"));

    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (!repo->openedAt())
        return fail(tr("the branch has no revision yet"));
    const auto oid = resolveRevision(*repo, parser.value(QStringLiteral("rev")));
    if (!oid)
        return Failure;
    auto source = ExportSource::read(*repo, *oid);
    if (!source)
        return fail(source.error().message);
    for (const QString &warning : source->warnings)
        Console::err(warning + QLatin1Char('\n'));

    ExportJob job(std::move(source.value()), options);
    job.check();
    if (!job.blockers().isEmpty()) {
        QString list;
        for (const FinaliseBlocker &blocker : job.blockers())
            list += QLatin1String("  ") + blocker.toString() + QLatin1Char('\n');
        if (job.isRefused()) {
            Console::err(tr("plenary export: the text is not ready to be issued as final "
                            "(%1 blockers):")
                             .arg(job.blockers().size()) +
                         QLatin1Char('\n') + list +
                         tr("Resolve them, or export with --final --force.") + QLatin1Char('\n'));
            return Failure;
        }
        Console::err(tr("plenary export: warning: exported as final despite %1 blockers:")
                         .arg(job.blockers().size()) +
                     QLatin1Char('\n') + list);
    }

    const QString path = parser.isSet(QStringLiteral("o")) ? parser.value(QStringLiteral("o"))
                                                           : job.defaultFileName();
    auto written = job.write();
    if (!written)
        return fail(written.error().message);
    QByteArray output = std::move(written.value());
    if (options.format == ExportFormat::Pdf) {
        auto printed =
            printPdf(output, paperName == QLatin1String("letter") ? QStringLiteral("Letter")
                                                                  : QStringLiteral("A4"));
        if (!printed)
            return fail(printed.error().message);
        auto finished = finishPdf(printed.value(), web::exportInfo(job));
        if (!finished)
            return fail(finished.error().message);
        output = std::move(finished.value());
    }

    if (path == QLatin1String("-")) {
        if (options.format == ExportFormat::Pdf && ::isatty(STDOUT_FILENO))
            return usageError(tr("write the PDF to a file, not to a terminal"));
        Console::outBytes(output);
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    Console::out(tr("%1 written").arg(path) + QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
