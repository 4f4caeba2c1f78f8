#pragma once

#include "git/remote.h"
#include "history/branchmerge.h"
#include "history/identity.h"
#include "history/negotiationrepository.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QProgressDialog;

namespace plenary::gui {

class MainWindow;
class MergeView;
class StartProposalDialog;

/// The Negotiation menu of the editor and the branch shown in its status bar: proposals
/// (branches) started, switched to and merged through the conflict view, and the shared remote
/// pulled from and pushed to off the GUI thread, with progress, cancel and sign-in.
class NegotiationMenu : public QObject
{
    Q_OBJECT

public:
    explicit NegotiationMenu(MainWindow *window);
    ~NegotiationMenu() override;

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    /// The status bar's branch: "main", or "eu-op7 — EU proposal on OP 7", and "↑2 ↓1" against
    /// the upstream as last fetched.
    [[nodiscard]] QLabel *indicator() const { return m_indicator; }
    /// Reads the branch, its title and ahead/behind again (after opening, saving, merging).
    void refresh();

    /// Negotiation → Start Proposal…: opens the dialog (window-modal), which starts the proposal
    /// when accepted.
    StartProposalDialog *askStartProposal();
    /// Starts a proposal and switches the editor to it; false with the reason shown.
    bool startProposal(const QString &slug, const QString &title);
    /// Switches the editor to another branch, after saving unsaved work if the user agrees.
    bool switchTo(const QString &branch);
    /// Negotiation → Merge Proposal…: opens a dialog to choose the branch to merge.
    QDialog *askMergeProposal();
    /// Merges a branch into the current one: up to date and fast-forwards are a message, a
    /// clean merge completes at once, conflicts open the conflict view (returned).
    MergeView *mergeBranch(const QString &branch);
    /// Fetches from the upstream off the GUI thread, then merges it like a proposal. False if
    /// it did not start (no upstream, unsaved work kept, a transfer running).
    bool pull();
    /// Pushes the current branch off the GUI thread; never forced.
    bool push();

    /// Whether a pull or push is running.
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// The last outcome told to the user (status message or error), for the record.
    [[nodiscard]] const QString &lastMessage() const { return m_lastMessage; }
    /// The progress dialog of the running transfer; nullptr when none.
    [[nodiscard]] QProgressDialog *progressDialog() const;

Q_SIGNALS:
    /// A merge has conflicts to settle: the conflict view is open.
    void mergeViewOpened(plenary::gui::MergeView *view);
    /// A pull or push ended; `message` is what the user was told.
    void transferFinished(bool succeeded, const QString &message);

private:
    struct PullOutcome
    {
        std::optional<BranchMerge> merge;
        QString theirName;
        QString nothingToPull; ///< why there was nothing to merge, if so
        QString remote;
        QStringList keptNames; ///< revision names the remote gives other revisions (kept here)
        std::optional<Error> error;
    };
    struct PushOutcome
    {
        QString remote;
        QString branch;
        QString head;
        std::optional<Error> error;
    };

    void createActions();
    void fillSwitchMenu();
    void updateActions();
    [[nodiscard]] QString root() const;
    /// The window's negotiation opened afresh; nothing, with the reason shown, if it cannot be.
    [[nodiscard]] std::optional<NegotiationRepository> openRepository(const QString &title);
    [[nodiscard]] bool saveFirst(const QString &title);
    MergeView *continueMerge(BranchMerge merge, const Identity &identity);
    void reload();
    void tell(const QString &message);
    void showError(const QString &title, const QString &message);
    void showPushRejected(const QString &message);
    [[nodiscard]] git::RemoteOptions transferOptions();
    void startProgress(const QString &label);
    void showProgress(const git::TransferProgress &progress);
    void finishTransfer(bool succeeded, const QString &message);
    void pullFetched(const PullOutcome &outcome);
    void pushed(const PushOutcome &outcome);

    MainWindow *m_window;
    QMenu *m_menu;
    QMenu *m_switchMenu;
    QLabel *m_indicator;
    QList<QAction *> m_repositoryActions;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QFutureWatcher<PullOutcome> m_pullWatcher;
    QFutureWatcher<PushOutcome> m_pushWatcher;
    std::optional<Identity> m_pullIdentity;
    bool m_busy = false;
    QString m_lastMessage;
};

} // namespace plenary::gui
