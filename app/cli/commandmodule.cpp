#include "commandmodule.h"

#include <QDir>
#include <QLibrary>

namespace plenary::cli {

QFunctionPointer CommandModule::resolve(const QString &name, const char *symbol, QString &error)
{
    // A loaded library stays loaded when its QLibrary goes: the module's code stays in use.
    QLibrary library(QDir(QCoreApplication::applicationDirPath())
                         .filePath(QStringLiteral(PLENARY_MODULE_DIR "/") + name));
    if (!library.load()) {
        error = tr("the module %1 of this installation cannot be loaded (%2); reinstall Plenary")
                    .arg(name, library.errorString());
        return nullptr;
    }
    const QFunctionPointer entry = library.resolve(symbol);
    if (!entry)
        error = tr("the module %1 of this installation cannot be loaded (%2); reinstall Plenary")
                    .arg(name, library.errorString());
    return entry;
}

bool CommandModule::load(const QString &name, std::vector<std::unique_ptr<Command>> &commands,
                         QString &error)
{
    using Entry = void (*)(std::vector<std::unique_ptr<Command>> *);
    const auto entry = reinterpret_cast<Entry>(resolve(name, "plenaryCommands", error));
    if (!entry)
        return false;
    // The module stays loaded for the life of the process: its commands live in it.
    entry(&commands);
    return true;
}

} // namespace plenary::cli
