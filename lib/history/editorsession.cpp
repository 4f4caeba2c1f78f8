#include "editorsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plenary {

EditorSession::EditorSession(const QString &repositoryRoot) : m_root(repositoryRoot)
{
    QDir().mkpath(QFileInfo(RecoveryFile::stem(m_root)).absolutePath());
    for (int slot = 0; slot < kSlots; ++slot) {
        auto lock = std::make_unique<QLockFile>(lockPath(slot));
        // The lock is held for the window's life; only a dead holder makes it stale.
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_slot = slot;
            m_lock = std::move(lock);
            break;
        }
        if (lock->error() == QLockFile::PermissionError)
            break; // no lock can be taken here: work unlocked
        if (slot == 0) {
            m_inUse = true;
            qint64 pid = 0;
            QString host;
            QString application;
            if (lock->getLockInfo(&pid, &host, &application))
                m_otherHolder =
                    QCoreApplication::translate("plenary::EditorSession", "process %1 on %2")
                        .arg(pid)
                        .arg(host);
        }
    }
}

EditorSession::~EditorSession() = default;

QString EditorSession::lockPath(int slot) const
{
    return RecoveryFile::stem(m_root) +
           (slot > 0 ? QLatin1Char('-') + QString::number(slot) : QString()) +
           QLatin1String(".lock");
}

QList<RecoveryFile> EditorSession::abandonedRecoveries() const
{
    QList<RecoveryFile> abandoned;
    for (int slot = 0; slot < kSlots; ++slot) {
        if (slot == m_slot)
            continue;
        const RecoveryFile file(m_root, slot);
        if (!QFileInfo::exists(file.path()))
            continue;
        QLockFile probe(lockPath(slot));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0))
            abandoned.append(file); // no window holds that slot: its work is orphaned
    }
    return abandoned;
}

} // namespace plenary
