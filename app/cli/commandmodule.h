#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <vector>

namespace plenary::cli {

/// A shared module of subcommands, loaded only when one of its commands is run, so that the
/// libraries it needs are mapped only then. A module exports
/// `extern "C" void plenaryCommands(std::vector<std::unique_ptr<Command>> *)`.
class CommandModule
{
    Q_DECLARE_TR_FUNCTIONS(CommandModule)

public:
    /// Loads the module named `name` from Plenary's module folder and appends its commands.
    /// On failure returns false and sets `error` to a message for the user.
    static bool load(const QString &name, std::vector<std::unique_ptr<Command>> &commands,
                     QString &error);
    /// Loads a module from Plenary's module folder (it stays loaded for the life of the
    /// process) and finds `symbol` in it. On failure returns nullptr and sets `error`.
    static QFunctionPointer resolve(const QString &name, const char *symbol, QString &error);
};

} // namespace plenary::cli
