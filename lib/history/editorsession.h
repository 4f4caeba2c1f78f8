#pragma once

#include "history/recoveryfile.h"

#include <QList>
#include <QLockFile>
#include <QString>
#include <memory>

namespace plenary {

/// One editor window's claim on a negotiation repository. The first window to open a
/// repository holds slot 0; a second window or process opening it at the same time gets the
/// next free slot and is told the repository is in use (saves stay safe: a save based on a
/// revision that is no longer the latest is refused). Each slot keeps its own recovery file, so
/// two windows never overwrite each other's unsaved work. A slot is a lock file beside the
/// recovery files, outside the repository (so read-only repositories work too); a killed
/// process's slot is free again at once (the lock names a process that no longer runs).
class EditorSession
{
public:
    /// Claims the lowest free slot for `repositoryRoot`. Never fails: if no lock can be taken
    /// at all (an unwritable data folder), the session works unlocked in slot 0.
    explicit EditorSession(const QString &repositoryRoot);
    ~EditorSession();
    EditorSession(const EditorSession &) = delete;
    EditorSession &operator=(const EditorSession &) = delete;

    [[nodiscard]] int slot() const { return m_slot; }
    /// Whether another window or process had the repository open when this one claimed it.
    [[nodiscard]] bool inUseElsewhere() const { return m_inUse; }
    /// Who holds slot 0 ("process 4711 on host"), if another one does.
    [[nodiscard]] const QString &otherHolder() const { return m_otherHolder; }
    /// This window's recovery file.
    [[nodiscard]] RecoveryFile recovery() const { return RecoveryFile(m_root, m_slot); }
    /// Recovery files of other slots whose window no longer runs (a crash while two windows
    /// were open): their work is offered back too.
    [[nodiscard]] QList<RecoveryFile> abandonedRecoveries() const;

    static constexpr int kSlots = 8;

private:
    [[nodiscard]] QString lockPath(int slot) const;

    QString m_root;
    int m_slot = 0;
    bool m_inUse = false;
    QString m_otherHolder;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace plenary
