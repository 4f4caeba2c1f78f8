#include "commandmodule.h"

#include <QDir>
#include <QLibrary>

namespace plenary::cli {

bool CommandModule::load(const QString &name, std::vector<std::unique_ptr<Command>> &commands,
                         QString &error)
{
    const QString path = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral(PLENARY_MODULE_DIR "/") + name);
    QLibrary library(path);
    using Entry = void (*)(std::vector<std::unique_ptr<Command>> *);
    const auto entry = reinterpret_cast<Entry>(library.resolve("plenaryCommands"));
    if (!entry) {
        error = tr("the module %1 of this installation cannot be loaded (%2); reinstall Plenary")
                    .arg(name, library.errorString());
        return false;
    }
    // The module stays loaded for the life of the process: its commands live in it.
    entry(&commands);
    return true;
}

} // namespace plenary::cli
