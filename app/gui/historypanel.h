#pragma once

#include "history/negotiationrepository.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QTreeWidget;

namespace plenary::gui {

/// The negotiation's revisions, newest first: author, delegation in its colour, date, message
/// and tags; filtered by delegation. The history is read in a worker thread with its own
/// repository handle (libgit2 handles are not shared between threads).
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    /// Reads the history of the repository at `root` again, in the background.
    void reload(const QString &root, const Manifest &manifest);
    [[nodiscard]] int revisionCount() const;
    /// The revision of the selected row, if any.
    [[nodiscard]] std::optional<Revision> selectedRevision() const;
    /// The revisions of the selected rows, newest first.
    [[nodiscard]] QList<Revision> selectedRevisions() const;
    /// The revision before `revision` in the history (its first parent's row); none for the first.
    [[nodiscard]] std::optional<Revision> previousOf(const Revision &revision) const;
    /// Selects the rows of these revisions (by id).
    void select(const QList<git::Oid> &revisions);

Q_SIGNALS:
    /// The history has been read and is shown.
    void loaded();
    /// The user asked to see a revision (double-click or Enter).
    void revisionActivated(const plenary::Revision &revision);

private:
    void show(const QList<Revision> &revisions);

    QComboBox *m_delegation;
    QTreeWidget *m_list;
    Manifest m_manifest;
    QList<Revision> m_revisions;
    QFutureWatcher<QList<Revision>> m_watcher;
};

} // namespace plenary::gui
