#include "command.h"

#include "commandmodule.h"
#include "console.h"

#include <QCommandLineParser>
#include <algorithm>

namespace plenary::cli {

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              Command::tr("Show this help."));
}

QString g_globalDirectory;

} // namespace

void Command::setGlobalDirectory(const QString &directory)
{
    g_globalDirectory = directory;
}

QString Command::globalDirectory()
{
    return g_globalDirectory;
}

int Command::execute(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(helpOption());
    const QList<QCommandLineOption> own = options();
    parser.addOptions(own);
    // "-n5" and "-m'text'" as git accepts them: a one-letter option glued to its value.
    QStringList normalised{QStringLiteral("plenary")};
    for (const QString &arg : args) {
        const bool glued =
            arg.size() > 2 && arg[0] == QLatin1Char('-') && arg[1] != QLatin1Char('-');
        const bool takesValue =
            glued && std::any_of(own.begin(), own.end(), [&](const QCommandLineOption &o) {
                return !o.valueName().isEmpty() && o.names().contains(arg.mid(1, 1));
            });
        if (takesValue)
            normalised << arg.left(2) << arg.mid(2);
        else
            normalised << arg;
    }
    if (!parser.parse(normalised))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(helpText());
        return Success;
    }
    return run(parser);
}

QString Command::helpText() const
{
    QString text = tr("Usage: plenary %1 [OPTIONS] %2").arg(name(), arguments()) +
                   QLatin1String("\n\n") + summary() + QLatin1String("\n\n") + tr("Options:") +
                   QLatin1Char('\n');
    QList<QCommandLineOption> all{helpOption()};
    all += options();
    for (const QCommandLineOption &option : all) {
        QStringList names;
        for (const QString &n : option.names())
            names.append((n.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + n);
        QString left = names.join(QLatin1String(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        text += QLatin1String("  ") + left.leftJustified(24) + QLatin1Char(' ') +
                option.description() + QLatin1Char('\n');
    }
    return text;
}

int Command::usageError(const QString &message) const
{
    Console::err(QStringLiteral("plenary %1: %2\n").arg(name(), message) +
                 tr("Run 'plenary %1 --help' for usage.").arg(name()) + QLatin1Char('\n'));
    return UsageError;
}

Result<QByteArray> Command::printPdf(const QByteArray &html, const QString &paper)
{
    if (!QCoreApplication::instance() || !QCoreApplication::instance()->inherits("QGuiApplication"))
        return Error{Error::Kind::Failed,
                     tr("printing needs the render module's application; none was made")};
    QString error;
    using Print = bool (*)(const QByteArray *, const QString *, QByteArray *, QString *);
    const auto print = reinterpret_cast<Print>(
        CommandModule::resolve(QStringLiteral("plenary-render.so"), "plenaryPrintPdf", error));
    if (!print)
        return Error{Error::Kind::Failed, error};
    QByteArray pdf;
    if (!print(&html, &paper, &pdf, &error))
        return Error{Error::Kind::Failed, tr("the PDF could not be made: %1").arg(error)};
    return pdf;
}

Result<QByteArray> Command::finishPdf(const QByteArray &pdf, const web::PdfDocumentInfo &info)
{
    QString error;
    using Finish =
        bool (*)(const QByteArray *, const web::PdfDocumentInfo *, QByteArray *, QString *);
    const auto finish = reinterpret_cast<Finish>(
        CommandModule::resolve(QStringLiteral("plenary-render.so"), "plenaryFinishPdf", error));
    if (!finish)
        return Error{Error::Kind::Failed, error};
    QByteArray finished;
    if (!finish(&pdf, &info, &finished, &error))
        return Error{Error::Kind::Failed, error};
    return finished;
}

} // namespace plenary::cli
