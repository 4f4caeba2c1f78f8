#include "democommand.h"

#include "console.h"
#include "history/demonegotiation.h"

#include <QCommandLineParser>
#include <QDir>

namespace plenary::cli {

QString DemoCommand::summary() const
{
    return tr("Create the sample negotiation: the bundled declaration over its revisions.");
}

QString DemoCommand::arguments() const
{
    return tr("DIR");
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {};
}

int DemoCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("give the directory to create"));
    auto repo = DemoNegotiation::create(args[0]);
    if (!repo)
        return fail(repo.error().message);
    Console::out(tr("created the sample negotiation in %1").arg(QDir::cleanPath(repo->root())) +
                 QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
