#include "gitprogram.h"

#include <QProcess>

GitProgram GitProgram::run(const QString &directory, const QStringList &args)
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Hand Editor"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("hand@example.org"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Hand Editor"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("hand@example.org"));
    git.setProcessEnvironment(env);
    git.setWorkingDirectory(directory);
    git.start(QStringLiteral("git"), args);
    GitProgram result;
    if (!git.waitForFinished(60000))
        return result;
    result.exitCode = git.exitStatus() == QProcess::NormalExit ? git.exitCode() : -1;
    result.out = QString::fromUtf8(git.readAllStandardOutput());
    result.err = QString::fromUtf8(git.readAllStandardError());
    return result;
}
