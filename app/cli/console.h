#pragma once

#include <QString>

namespace plenary::cli {

/// Standard output and error of a command, written as UTF-8.
class Console
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    /// Raw bytes to standard output (a file's content), unchanged.
    static void outBytes(const QByteArray &bytes);
};

} // namespace plenary::cli
