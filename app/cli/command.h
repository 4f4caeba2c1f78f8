#pragma once

#include "core/result.h"
#include "web/pdfdocumentinfo.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace plenary::cli {

/// Exit codes of every subcommand, as git uses them.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

/// One subcommand of `plenary`: its name, what it does, its options, and how it runs.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    [[nodiscard]] virtual QString name() const = 0;
    /// One line for `plenary --help`.
    [[nodiscard]] virtual QString summary() const = 0;
    /// The arguments after the options, for the usage line: "FILE...".
    [[nodiscard]] virtual QString arguments() const = 0;
    [[nodiscard]] virtual QList<QCommandLineOption> options() const { return {}; }
    /// Runs with parsed options; positional arguments are in parser.positionalArguments().
    [[nodiscard]] virtual int run(const QCommandLineParser &parser) = 0;

    /// Whether running with these arguments prints with QtWebEngine (a PDF): then Plenary runs
    /// the command on the QGuiApplication of its render module, and printPdf() works.
    [[nodiscard]] virtual bool needsRenderer(const QStringList &args) const
    {
        Q_UNUSED(args);
        return false;
    }

    /// Parses `args` (the subcommand's own arguments), handles --help and usage errors, runs.
    [[nodiscard]] int execute(const QStringList &args);

    /// -C DIR given before the subcommand, as with git.
    static void setGlobalDirectory(const QString &directory);
    [[nodiscard]] static QString globalDirectory();

    /// The subcommand's --help text.
    [[nodiscard]] QString helpText() const;

protected:
    /// Reports a usage error ("plenary fmt: …") and returns UsageError.
    int usageError(const QString &message) const;
    /// Prints Plenary's own HTML to PDF on "A4" or "Letter" paper, through the render module;
    /// only for a command whose needsRenderer() said so.
    [[nodiscard]] static Result<QByteArray> printPdf(const QByteArray &html, const QString &paper);
    /// Adds page numbers and document information to a PDF printPdf() made, through the render
    /// module; only for a command whose needsRenderer() said so.
    [[nodiscard]] static Result<QByteArray> finishPdf(const QByteArray &pdf,
                                                      const web::PdfDocumentInfo &info);
};

} // namespace plenary::cli
