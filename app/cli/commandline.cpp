#include "commandline.h"

#include "checkcommand.h"
#include "cleancommand.h"
#include "commandmodule.h"
#include "console.h"
#include "fmtcommand.h"
#include "renumbercommand.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <memory>
#include <vector>

namespace plenary::cli {

namespace {

// The commands built into the executable; the others come from modules.
std::vector<std::unique_ptr<Command>> documentCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<FmtCommand>());
    commands.push_back(std::make_unique<RenumberCommand>());
    commands.push_back(std::make_unique<CleanCommand>());
    return commands;
}

const QString kRepositoryModule = QStringLiteral("plenary-repository-commands.so");

QString globalHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = CommandLine::tr("Usage: plenary COMMAND [OPTIONS] [ARGUMENTS]") +
                   QLatin1String("\n\n") +
                   CommandLine::tr("Plenary drafts the negotiated texts of a conference: "
                                   "declarations, co-chair's summaries, statements.") +
                   QLatin1String("\n\n") + CommandLine::tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : commands)
        text += QLatin1String("  ") + command->name().leftJustified(9) + QLatin1Char(' ') +
                command->summary() + QLatin1Char('\n');
    text += QLatin1Char('\n') + CommandLine::tr("Options:") + QLatin1Char('\n') +
            QLatin1String("  -h, --help   ") + CommandLine::tr("Show this help.") +
            QLatin1Char('\n') + QLatin1String("  --version    ") +
            CommandLine::tr("Show Plenary's version.") + QLatin1String("\n\n") +
            CommandLine::tr("Run 'plenary COMMAND --help' for the options of a command.") +
            QLatin1Char('\n');
    return text;
}

void installTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("plenary"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

// Loads the GUI module (and with it QtWidgets) and hands the process over to it.
int runEditor(std::unique_ptr<QCoreApplication> app, int argc, char *argv[], const QString &path)
{
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") ||
                         !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                         !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!display) {
        Console::err(CommandLine::tr("plenary: no display: the editor needs a graphical session. "
                                     "Without one, use the commands check, fmt, renumber, clean, "
                                     "init, commit, log, show, diff, export, tag, tags, restore, "
                                     "blame, comment, comments, spell, status, branch, switch, "
                                     "merge, clone, pull, push and demo "
                                     "(see 'plenary --help').") +
                     QLatin1Char('\n'));
        return Failure;
    }
    QString error;
    using Entry = int (*)(int, char **, const char *);
    const auto entry = reinterpret_cast<Entry>(
        CommandModule::resolve(QStringLiteral("plenary-gui.so"), "plenaryGui", error));
    if (!entry) {
        Console::err(CommandLine::tr("plenary: error: %1").arg(error) + QLatin1Char('\n'));
        return Failure;
    }
    const QByteArray localPath = QFile::encodeName(path);
    app.reset(); // the editor makes its own QApplication
    return entry(argc, argv, localPath.constData());
}

// A command that prints runs on the render module's QGuiApplication (offscreen without a
// display) instead of the QCoreApplication every other command runs on.
bool switchToRenderer(std::unique_ptr<QCoreApplication> &app, int &argc, char *argv[])
{
    QString error;
    using Make = QCoreApplication *(*)(int *, char **);
    const auto make = reinterpret_cast<Make>(CommandModule::resolve(
        QStringLiteral("plenary-render.so"), "plenaryRenderApplication", error));
    if (!make) {
        Console::err(CommandLine::tr("plenary: error: %1").arg(error) + QLatin1Char('\n'));
        return false;
    }
    app.reset();
    app.reset(make(&argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("plenary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLENARY_VERSION));
    installTranslator(*app);
    return true;
}

} // namespace

int CommandLine::run(int argc, char *argv[])
{
    // The editor's preview (QtWebEngine) needs this before any application object exists; the
    // editor's module is loaded while this one does.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    auto app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plenary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLENARY_VERSION));
    installTranslator(*app);

    QStringList args = QCoreApplication::arguments().mid(1);
    // -C DIR before the subcommand, as with git.
    while (args.size() >= 2 && args.first() == QLatin1String("-C")) {
        Command::setGlobalDirectory(args.at(1));
        args = args.mid(2);
    }
    auto commands = documentCommands();
    QString moduleError;
    const QString first = args.value(0);
    const bool wantsHelp = first == QLatin1String("--help") || first == QLatin1String("-h") ||
                           first == QLatin1String("help");
    const bool builtIn =
        std::any_of(commands.begin(), commands.end(),
                    [&](const std::unique_ptr<Command> &c) { return c->name() == first; });
    if (!builtIn && first != QLatin1String("--version") &&
        !CommandModule::load(kRepositoryModule, commands, moduleError)) {
        Console::err(tr("plenary: error: %1").arg(moduleError) + QLatin1Char('\n'));
        if (!wantsHelp)
            return Failure;
    }
    if (wantsHelp) {
        Console::out(globalHelp(commands));
        return Success;
    }
    // Without a subcommand, or with the folder of a negotiation, Plenary is the editor.
    const bool isCommand =
        std::any_of(commands.begin(), commands.end(),
                    [&](const std::unique_ptr<Command> &c) { return c->name() == first; });
    if (args.isEmpty() || (args.size() == 1 && !isCommand && QFileInfo(first).isDir()))
        return runEditor(std::move(app), argc, argv, first);
    if (first == QLatin1String("--version")) {
        Console::out(QStringLiteral("plenary %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    for (const auto &command : commands)
        if (command->name() == first) {
            if (command->needsRenderer(args.mid(1)) && !switchToRenderer(app, argc, argv))
                return Failure;
            return command->execute(args.mid(1));
        }

    if (first.startsWith(QLatin1Char('-')))
        Console::err(tr("plenary: unknown option '%1'").arg(first) + QLatin1Char('\n'));
    else
        Console::err(tr("plenary: '%1' is not a plenary command").arg(first) + QLatin1Char('\n'));
    Console::err(tr("Run 'plenary --help' for the list of commands.") + QLatin1Char('\n'));
    return UsageError;
}

} // namespace plenary::cli
