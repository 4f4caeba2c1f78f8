#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Running the plenary command, and the programs that check its work, as a user runs them: a real
// child process in a directory, with an environment that does not depend on the machine's.

/// How a program ran: its exit code (-1 if it crashed, could not start or timed out) and what it
/// wrote.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// How long a program may run before the test gives up on it.
inline constexpr int kRunTimeoutMs = 60000;

/// Runs `program` with `args` in `dir` (the test's own directory when empty) and waits for it.
/// Its environment is the test's with English messages (LC_ALL=C, LANGUAGE=en), no display
/// (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM removed, as on a server) and, when `dir` is
/// given, no user settings (XDG_CONFIG_HOME at `dir`/.no-settings, which nothing creates); then
/// each entry of `environment`: "KEY=VALUE" sets KEY, "KEY" alone removes it. `input`, unless
/// null, is written to the program's standard input, which is then closed.
[[nodiscard]] Run runProgram(const QString &program, const QStringList &args, const QString &dir,
                             const QStringList &environment = {},
                             const QByteArray &input = QByteArray(), int timeoutMs = kRunTimeoutMs);

#ifdef PLENARY_BIN
/// Runs the plenary binary the test was built against, as runProgram() runs a program.
[[nodiscard]] inline Run runPlenary(const QStringList &args, const QString &dir = {},
                                    const QStringList &environment = {},
                                    const QByteArray &input = QByteArray(),
                                    int timeoutMs = kRunTimeoutMs)
{
    return runProgram(QStringLiteral(PLENARY_BIN), args, dir, environment, input, timeoutMs);
}
#endif

/// The bytes of the file at `path`; empty if it cannot be read.
[[nodiscard]] QByteArray readFile(const QString &path);

/// Replaces the file at `path` with `bytes`; false if it cannot be written in full.
bool writeFile(const QString &path, const QByteArray &bytes);
