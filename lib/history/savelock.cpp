#include "savelock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace plenary {

namespace {

// Whether any process has `path` open, by looking at every /proc/PID/fd entry we may read.
bool isOpenInAnyProcess(const QString &path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty())
        return false;
    const QDir proc(QStringLiteral("/proc"));
    if (!proc.exists())
        return true; // cannot tell: assume it is held, never delete a live lock
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!pid.front().isDigit())
            continue;
        const QDir fds(proc.filePath(pid + QLatin1String("/fd")));
        for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot))
            if (QFile::symLinkTarget(fds.filePath(fd)) == target)
                return true;
    }
    return false;
}

} // namespace

SaveLock::SaveLock(const QString &gitDirectory)
    : m_lock(QDir(gitDirectory).filePath(QStringLiteral("plenary-save.lock")))
{
    // A lock whose holder died is taken over at once (QLockFile checks its PID). A lock file
    // left empty by a process killed between creating and writing it names no PID, so age
    // decides: a save holds the lock for milliseconds, two seconds means it was abandoned.
    m_lock.setStaleLockTime(2000);
}

bool SaveLock::acquire(int timeoutMs)
{
    return m_lock.tryLock(timeoutMs);
}

bool SaveLock::removeIfAbandoned(const QString &lockPath)
{
    const QFileInfo info(lockPath);
    if (!info.exists())
        return false;
    if (info.lastModified().msecsTo(QDateTime::currentDateTime()) < 2000)
        return false;
    if (isOpenInAnyProcess(lockPath))
        return false;
    return QFile::remove(lockPath);
}

} // namespace plenary
