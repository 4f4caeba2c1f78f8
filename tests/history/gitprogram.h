#pragma once

#include <QString>
#include <QStringList>

/// Runs the git program in a repository, as a person checking Plenary's work would.
struct GitProgram
{
    int exitCode = -1;
    QString out;
    QString err;

    static GitProgram run(const QString &directory, const QStringList &args);
};
