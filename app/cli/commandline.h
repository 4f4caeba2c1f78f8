#pragma once

#include <QCoreApplication>

namespace plenary::cli {

/// The `plenary` command: global options and dispatch to subcommands.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Runs the command line and returns the process exit code.
    static int run(int argc, char *argv[]);
};

} // namespace plenary::cli
