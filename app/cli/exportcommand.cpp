#include "exportcommand.h"

#include "console.h"
#include "export/finalisecheck.h"
#include "export/plaintext.h"
#include "export/printhtml.h"
#include "spelling/projectdictionary.h"
#include "spelling/spellchecker.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <unistd.h>

namespace plenary::cli {

QString ExportCommand::summary() const
{
    return tr("Export a revision as the secretariat issues it: PDF, HTML or plain text.");
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
               QCommandLineOption(QStringLiteral("format"),
                                  tr("Output format: pdf (default), html or txt."), tr("FORMAT"),
                                  QStringLiteral("pdf")),
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

QString ExportCommand::defaultFileName(const QString &issuedSymbol, const QString &revisionName,
                                       bool symbolCarriesRevision, const QString &extension)
{
    QString base = issuedSymbol.isEmpty() ? QStringLiteral("document") : issuedSymbol;
    if (!symbolCarriesRevision && !revisionName.isEmpty())
        base += QLatin1Char('-') + revisionName;
    // A symbol's slashes become dashes; anything a file name should not hold becomes '_'.
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    base.replace(unsafe, QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    return base + QLatin1Char('.') + extension;
}

int ExportCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("export takes no arguments; name the revision with --rev"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("pdf") && format != QLatin1String("html") &&
        format != QLatin1String("txt"))
        return usageError(tr("unknown format '%1'; expected pdf, html or txt").arg(format));
    const QString paperName = parser.value(QStringLiteral("paper")).toLower();
    if (paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))
        return usageError(tr("unknown paper '%1'; expected a4 or letter")
                              .arg(parser.value(QStringLiteral("paper"))));
    const bool final = parser.isSet(QStringLiteral("final"));
    const bool force = parser.isSet(QStringLiteral("force"));
    if (force && !final)
        return usageError(tr("--force only makes sense with --final"));

    auto repo = openRepository(parser);
    if (!repo)
        return Failure;
    if (!repo->openedAt())
        return fail(tr("the branch has no revision yet"));
    const auto oid = resolveRevision(*repo, parser.value(QStringLiteral("rev")));
    if (!oid)
        return Failure;
    std::optional<Document> document = documentAt(*repo, *oid);
    if (!document)
        return Failure;
    auto revision = repo->revision(*oid);
    if (!revision)
        return fail(revision.error().message);

    // The revision as readers know it: its co-chairs' number ("Rev.2") if it has one, else its
    // first tag, else its short identifier.
    int revisionNumber = 0;
    QString revisionName;
    for (const QString &tag : revision->tags) {
        if (const int n = PrintHtml::revisionNumber(tag); n > revisionNumber) {
            revisionNumber = n;
            revisionName = tag;
        }
    }
    if (revisionName.isEmpty())
        revisionName = revision->tags.isEmpty() ? oid->shortString() : revision->tags.first();
    const QString issuedSymbol = PrintHtml::symbol(document->header.symbol, revisionNumber);

    bool forced = false;
    if (final) {
        std::optional<CommentLog> comments = commentsAt(*repo, *oid);
        if (!comments)
            return Failure;
        QList<FinaliseBlocker> blockers;
        auto checker = SpellChecker::forLanguage(document->header.language);
        if (checker) {
            QFile dictionary(repo->filePath(NegotiationRepository::kDictionaryFile));
            if (dictionary.open(QIODevice::ReadOnly))
                for (const QString &word : ProjectDictionary::read(dictionary.readAll()).words())
                    checker->addProjectWord(word);
            blockers = FinaliseCheck::run(*document, &*comments, &checker.value());
        } else {
            // Spelling that cannot be checked is not spelling that passed.
            blockers = FinaliseCheck::run(*document, &*comments, nullptr);
            blockers.append(
                {FinaliseBlocker::Kind::Spelling, tr("spelling"), checker.error().message});
        }
        if (!blockers.isEmpty()) {
            QString list;
            for (const FinaliseBlocker &blocker : blockers)
                list += QLatin1String("  ") + blocker.toString() + QLatin1Char('\n');
            if (!force) {
                Console::err(tr("plenary export: the text is not ready to be issued as final "
                                "(%1 blockers):")
                                 .arg(blockers.size()) +
                             QLatin1Char('\n') + list +
                             tr("Resolve them, or export with --final --force.") +
                             QLatin1Char('\n'));
                return Failure;
            }
            Console::err(tr("plenary export: warning: exported as final despite %1 blockers:")
                             .arg(blockers.size()) +
                         QLatin1Char('\n') + list);
            forced = true;
        }
    }

    const QString extension = format;
    const QString path = parser.isSet(QStringLiteral("o"))
                             ? parser.value(QStringLiteral("o"))
                             : defaultFileName(issuedSymbol, final ? QString() : revisionName,
                                               revisionNumber > 0, extension);

    QByteArray output;
    if (format == QLatin1String("txt")) {
        output =
            PlainText::render(*document, issuedSymbol, final ? QString() : revisionName).toUtf8();
    } else {
        PrintHtml::Options options;
        options.revisionLabel = revisionName;
        options.revisionNumber = revisionNumber;
        options.draft = !final;
        options.paper =
            paperName == QLatin1String("letter") ? PrintHtml::Paper::Letter : PrintHtml::Paper::A4;
        output = PrintHtml::page(*document, options).toUtf8();
        if (format == QLatin1String("pdf")) {
            auto printed =
                printPdf(output, paperName == QLatin1String("letter") ? QStringLiteral("Letter")
                                                                      : QStringLiteral("A4"));
            if (!printed)
                return fail(printed.error().message);
            web::PdfDocumentInfo info;
            info.title = document->header.title;
            auto manifest = repo->workingManifest();
            if (manifest) {
                const Delegation *secretariat = manifest->delegation(manifest->secretariat);
                info.author = secretariat ? secretariat->name : manifest->secretariat;
            }
            info.subject = issuedSymbol;
            info.keywords = QStringList{issuedSymbol, QLatin1String("revision ") + oid->toString()};
            info.keywords += revision->tags;
            info.keywords.append(final ? QStringLiteral("final") : QStringLiteral("draft"));
            if (forced)
                info.keywords.append(QStringLiteral("forced final"));
            info.keywords.removeAll(QString());
            info.creator = QLatin1String("Plenary ") + QCoreApplication::applicationVersion();
            info.created = QDateTime::currentDateTime();
            auto finished = finishPdf(printed.value(), info);
            if (!finished)
                return fail(finished.error().message);
            output = std::move(finished.value());
        }
    }

    if (path == QLatin1String("-")) {
        if (format == QLatin1String("pdf") && ::isatty(STDOUT_FILENO))
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
