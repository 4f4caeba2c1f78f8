#pragma once

#include <QLockFile>
#include <QString>

namespace plenary {

/// Serialises saves into one repository across processes. Held while a save publishes its
/// commit. A lock left by a killed process is recognised and taken over (QLockFile checks the
/// holder's PID, or the lock's age when a kill left it empty); git's own lock files left behind
/// by a killed save are removed only when no process has them open.
class SaveLock
{
public:
    explicit SaveLock(const QString &gitDirectory);

    /// Waits up to `timeoutMs` for the lock.
    [[nodiscard]] bool acquire(int timeoutMs);

    /// Removes `lockPath` if it is abandoned: older than two seconds and open in no process.
    /// Only call while holding this lock, so that no other Plenary save can be using it.
    static bool removeIfAbandoned(const QString &lockPath);

private:
    QLockFile m_lock;
};

} // namespace plenary
