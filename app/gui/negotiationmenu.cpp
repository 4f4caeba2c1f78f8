#include "negotiationmenu.h"

#include "credentialsdialog.h"
#include "history/negotiationrepository.h"
#include "mainwindow.h"
#include "mergeview.h"
#include "startproposaldialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QStatusBar>
#include <QtConcurrent>

namespace plenary::gui {

namespace {

// The latest progress of a transfer, handed from the worker to the GUI thread. Bursts of
// callbacks become one update: a new one is posted only once the last was shown.
struct ProgressState
{
    QMutex mutex;
    git::TransferProgress latest;
    std::atomic<bool> posted = false;
};

constexpr int kMessageTimeoutMs = 8000;

// "eu-op7 — EU proposal on OP 7": a proposal's title as its own branch records it.
QString branchLabel(const NegotiationRepository &repository, const QString &branch)
{
    QString title;
    if (auto tip = repository.git().branchTarget(QLatin1String("refs/heads/") + branch))
        if (auto files = repository.plenaryFilesAt(tip.value()))
            title = Manifest::read(files->value(NegotiationRepository::kManifestFile))
                        .manifest.proposalTitle(branch);
    return title.isEmpty() ? branch : QStringLiteral("%1 — %2").arg(branch, title);
}

} // namespace

NegotiationMenu::NegotiationMenu(MainWindow *window)
    : QObject(window), m_window(window), m_menu(new QMenu(tr("&Negotiation"), window)),
      m_switchMenu(new QMenu(tr("S&witch To"), window)), m_indicator(new QLabel(window))
{
    m_indicator->setObjectName(QStringLiteral("branch"));
    m_indicator->hide();
    createActions();
    connect(&m_pullWatcher, &QFutureWatcher<PullOutcome>::finished, this,
            [this] { pullFetched(m_pullWatcher.result()); });
    connect(&m_pushWatcher, &QFutureWatcher<PushOutcome>::finished, this,
            [this] { pushed(m_pushWatcher.result()); });
}

NegotiationMenu::~NegotiationMenu()
{
    // A transfer still running is cancelled and waited for: it reports to this object.
    if (m_cancelled)
        m_cancelled->store(true);
    m_pullWatcher.waitForFinished();
    m_pushWatcher.waitForFinished();
}

void NegotiationMenu::createActions()
{
    QAction *start =
        m_menu->addAction(tr("&Start Proposal…"), this, [this] { askStartProposal(); });
    start->setObjectName(QStringLiteral("startProposal"));
    start->setToolTip(tr("A branch of its own for a delegation's proposal, merged when agreed"));
    m_switchMenu->menuAction()->setObjectName(QStringLiteral("switchTo"));
    m_menu->addMenu(m_switchMenu);
    connect(m_switchMenu, &QMenu::aboutToShow, this, &NegotiationMenu::fillSwitchMenu);
    QAction *merge =
        m_menu->addAction(tr("&Merge Proposal…"), this, [this] { askMergeProposal(); });
    merge->setObjectName(QStringLiteral("mergeProposal"));
    m_menu->addSeparator();
    QAction *pullAction = m_menu->addAction(tr("&Pull"), this, [this] { pull(); });
    pullAction->setObjectName(QStringLiteral("pull"));
    pullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    pullAction->setToolTip(tr("Bring in the shared remote's revisions and merge them"));
    QAction *pushAction = m_menu->addAction(tr("P&ush"), this, [this] { push(); });
    pushAction->setObjectName(QStringLiteral("push"));
    pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    pushAction->setToolTip(tr("Share this branch's revisions with the shared remote"));
    m_repositoryActions = {start, m_switchMenu->menuAction(), merge, pullAction, pushAction};
    updateActions();
}

QProgressDialog *NegotiationMenu::progressDialog() const
{
    return m_progress;
}

QString NegotiationMenu::root() const
{
    return m_window->repositoryRoot();
}

void NegotiationMenu::updateActions()
{
    const bool ready = !root().isEmpty() && !m_window->isReadOnly() && !m_busy;
    for (QAction *action : m_repositoryActions)
        action->setEnabled(ready);
}

void NegotiationMenu::refresh()
{
    updateActions();
    const QString path = root();
    auto repository =
        path.isEmpty() ? Result<NegotiationRepository>(Error::failed(tr("No negotiation is open.")))
                       : NegotiationRepository::open(path);
    if (!repository) {
        m_indicator->clear();
        m_indicator->hide();
        return;
    }
    const QString branch = repository->branchName();
    QString text = branch;
    const QString title = repository->workingManifest().value_or(Manifest()).proposalTitle(branch);
    if (!title.isEmpty())
        text += QStringLiteral(" — ") + title;
    QString tip = tr("Revisions are saved on the branch %1.").arg(branch);
    if (auto upstream = git::Remote::upstreamOf(repository->git(), branch)) {
        if (auto counts =
                git::Remote::aheadBehind(repository->git(), branch, upstream->reference)) {
            text += QStringLiteral("  ↑%1 ↓%2").arg(counts->ahead).arg(counts->behind);
            QString remote = upstream->reference;
            remote.remove(QStringLiteral("refs/remotes/"));
            tip += QLatin1Char('\n') + tr("%1 revisions to push, %2 to pull (%3 as last fetched).")
                                           .arg(counts->ahead)
                                           .arg(counts->behind)
                                           .arg(remote);
        }
    }
    m_indicator->setText(text);
    m_indicator->setToolTip(tip);
    m_indicator->show();
}

void NegotiationMenu::fillSwitchMenu()
{
    m_switchMenu->clear();
    auto repository = openRepository(tr("Switch To"));
    if (!repository)
        return;
    const auto branches = repository->git().branches();
    if (!branches)
        return;
    auto *group = new QActionGroup(m_switchMenu);
    for (const QString &branch : branches.value()) {
        QAction *action = m_switchMenu->addAction(branchLabel(*repository, branch));
        action->setCheckable(true);
        action->setChecked(branch == repository->branchName());
        action->setData(branch);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, branch] { switchTo(branch); });
    }
}

std::optional<NegotiationRepository> NegotiationMenu::openRepository(const QString &title)
{
    const QString path = root();
    if (path.isEmpty())
        return std::nullopt;
    auto opened = NegotiationRepository::open(path);
    if (!opened) {
        showError(title, opened.error().message);
        return std::nullopt;
    }
    return std::move(opened.value());
}

void NegotiationMenu::tell(const QString &message)
{
    m_lastMessage = message;
    m_window->statusBar()->showMessage(message, kMessageTimeoutMs);
}

// Errors are shown without blocking the caller: the box stays until read.
void NegotiationMenu::showError(const QString &title, const QString &message)
{
    m_lastMessage = message;
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("negotiationError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool NegotiationMenu::saveFirst(const QString &title)
{
    if (m_window->showsErrors() && m_window->rawText()->document()->isModified()) {
        showError(title, tr("The text has errors and changes that cannot be saved as a revision "
                            "yet: fix the errors and save first."));
        return false;
    }
    if (!m_window->unsavedWork())
        return true;
    QMessageBox box(QMessageBox::Question, title, tr("Save your changes as a revision first?"),
                    QMessageBox::Save | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("The text has changes that are not saved as a revision yet."));
    box.setDefaultButton(QMessageBox::Save);
    if (box.exec() != QMessageBox::Save)
        return false;
    return m_window->save();
}

void NegotiationMenu::reload()
{
    const QString path = root();
    if (!path.isEmpty())
        m_window->openRepository(path);
    refresh();
}

StartProposalDialog *NegotiationMenu::askStartProposal()
{
    auto repository = openRepository(tr("Start a Proposal"));
    if (!repository)
        return nullptr;
    auto *dialog =
        new StartProposalDialog(repository->git().branches().value_or(QStringList()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startProposal(dialog->slug(), dialog->title()); });
    dialog->open();
    return dialog;
}

bool NegotiationMenu::startProposal(const QString &slug, const QString &title)
{
    if (root().isEmpty() || !saveFirst(tr("Start a Proposal")))
        return false;
    const auto who = m_window->drafter();
    if (!who)
        return false;
    auto repository = openRepository(tr("Start a Proposal"));
    if (!repository)
        return false;
    if (auto started = repository->startProposal(slug, title, *who); !started) {
        showError(tr("Start a Proposal"),
                  tr("The proposal was not started: %1").arg(started.error().message));
        return false;
    }
    reload();
    tell(tr("Started proposal %1: revisions are now saved on it.").arg(slug));
    return true;
}

bool NegotiationMenu::switchTo(const QString &branch)
{
    if (root().isEmpty())
        return false;
    {
        auto repository = NegotiationRepository::open(root());
        if (repository && repository->branchName() == branch)
            return true;
    }
    if (!saveFirst(tr("Switch")))
        return false;
    auto repository = openRepository(tr("Switch"));
    if (!repository)
        return false;
    auto switched = repository->switchTo(branch);
    if (!switched) {
        showError(tr("Switch"),
                  tr("Plenary did not switch to %1: %2").arg(branch, switched.error().message));
        return false;
    }
    reload();
    tell(switched->isEmpty() ? tr("Switched to %1.").arg(branch)
                             : tr("Switched to %1. %2").arg(branch, switched.value()));
    return true;
}

QDialog *NegotiationMenu::askMergeProposal()
{
    auto repository = openRepository(tr("Merge Proposal"));
    if (!repository)
        return nullptr;
    QStringList others = repository->git().branches().value_or(QStringList());
    others.removeAll(repository->branchName());
    if (others.isEmpty()) {
        tell(tr("There is no other branch to merge: start a proposal first."));
        return nullptr;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("mergeChooser"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Merge Proposal"));
    auto *form = new QFormLayout(dialog);
    auto *branches = new QComboBox(dialog);
    branches->setObjectName(QStringLiteral("branch"));
    for (const QString &branch : others)
        branches->addItem(branchLabel(*repository, branch), branch);
    form->addRow(new QLabel(tr("Merge into %1:").arg(repository->branchName()), dialog));
    form->addRow(tr("&Proposal:"), branches);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    connect(dialog, &QDialog::accepted, this,
            [this, branches] { mergeBranch(branches->currentData().toString()); });
    dialog->open();
    return dialog;
}

MergeView *NegotiationMenu::mergeBranch(const QString &branch)
{
    if (root().isEmpty())
        return nullptr;
    if (!saveFirst(tr("Merge Proposal")))
        return nullptr;
    const auto who = m_window->drafter();
    if (!who)
        return nullptr;
    auto repository = openRepository(tr("Merge Proposal"));
    if (!repository)
        return nullptr;
    if (branch == repository->branchName()) {
        showError(tr("Merge Proposal"),
                  tr("“%1” is the current branch; choose another one.").arg(branch));
        return nullptr;
    }
    auto theirs = repository->git().branchTarget(QLatin1String("refs/heads/") + branch);
    if (!theirs) {
        showError(tr("Merge Proposal"), tr("There is no branch “%1”.").arg(branch));
        return nullptr;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto merge = BranchMerge::prepare(*repository, *theirs, branch, who->delegation);
    QApplication::restoreOverrideCursor();
    if (!merge) {
        showError(tr("Merge Proposal"),
                  tr("%1 cannot be merged: %2").arg(branch, merge.error().message));
        return nullptr;
    }
    return continueMerge(std::move(merge.value()), *who);
}

MergeView *NegotiationMenu::continueMerge(BranchMerge merge, const Identity &identity)
{
    auto repository = openRepository(tr("Merge"));
    if (!repository)
        return nullptr;
    const QString theirName = merge.theirName();
    switch (merge.kind()) {
    case BranchMerge::Kind::UpToDate:
        tell(tr("Already up to date with %1.").arg(theirName));
        refresh();
        return nullptr;
    case BranchMerge::Kind::FastForward: {
        auto moved = merge.record(*repository, identity);
        if (!moved) {
            showError(tr("Merge"), moved.error().message);
            return nullptr;
        }
        reload();
        tell(tr("Fast-forward to %1 (%2).").arg(theirName, merge.theirs().shortString()) +
             (moved->warning.isEmpty() ? QString() : QLatin1Char(' ') + moved->warning));
        return nullptr;
    }
    case BranchMerge::Kind::Merge:
        break;
    }
    if (merge.conflicts().isEmpty()) {
        auto committed = merge.record(*repository, identity);
        if (!committed) {
            showError(tr("Merge"),
                      tr("The merge was not recorded: %1").arg(committed.error().message));
            return nullptr;
        }
        reload();
        tell(tr("Merged %1 into %2: revision %3.")
                 .arg(theirName, repository->branchName(),
                      committed->commit ? committed->commit->shortString() : QString()) +
             (committed->warning.isEmpty() ? QString() : QLatin1Char(' ') + committed->warning));
        return nullptr;
    }
    auto *view =
        new MergeView(root(), std::move(merge), identity, repository->branchName(), m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &MergeView::merged, this, [this](const QString &summary) {
        reload();
        tell(summary);
    });
    connect(view, &QDialog::rejected, this, [this] {
        refresh(); // a pull's fetch still moved the remote-tracking branch
        tell(tr("Merge cancelled: nothing was changed."));
    });
    view->open();
    Q_EMIT mergeViewOpened(view);
    return view;
}

git::RemoteOptions NegotiationMenu::transferOptions()
{
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancelled;
    const auto state = std::make_shared<ProgressState>();
    git::RemoteOptions options;
    // Called on the worker thread: the GUI learns of it through queued calls.
    options.progress = [this, cancelled, state](const git::TransferProgress &progress) {
        {
            QMutexLocker lock(&state->mutex);
            state->latest = progress;
        }
        if (!state->posted.exchange(true))
            QMetaObject::invokeMethod(
                this,
                [this, state] {
                    state->posted = false;
                    git::TransferProgress latest;
                    {
                        QMutexLocker lock(&state->mutex);
                        latest = state->latest;
                    }
                    showProgress(latest);
                },
                Qt::QueuedConnection);
        return !cancelled->load();
    };
    // The worker waits while the user answers on the GUI thread, but never blocks that thread's
    // own shutdown: it waits in short steps, and a cancelled transfer (a closed window) stops
    // waiting at once, with no answer.
    options.askCredentials =
        [this,
         cancelled](const git::CredentialRequest &request) -> std::optional<git::Credentials> {
        struct Answer
        {
            QSemaphore ready;
            std::optional<git::Credentials> credentials;
        };
        const auto answer = std::make_shared<Answer>();
        if (cancelled->load())
            return std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, request, answer] {
                QWidget *parent = m_progress ? static_cast<QWidget *>(m_progress) : m_window;
                CredentialsDialog dialog(request, parent);
                if (dialog.exec() == QDialog::Accepted)
                    answer->credentials = dialog.credentials();
                answer->ready.release();
            },
            Qt::QueuedConnection);
        while (!answer->ready.tryAcquire(1, 100)) {
            if (cancelled->load())
                return std::nullopt;
        }
        return answer->credentials;
    };
    return options;
}

void NegotiationMenu::startProgress(const QString &label)
{
    m_busy = true;
    updateActions();
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_progress->setWindowTitle(tr("Plenary"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_cancelled)
            m_cancelled->store(true);
    });
}

void NegotiationMenu::showProgress(const git::TransferProgress &progress)
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    if (progress.totalObjects == 0) {
        if (!progress.remoteMessage.isEmpty())
            m_progress->setLabelText(progress.remoteMessage.trimmed());
        return;
    }
    const bool sending = progress.sentObjects > 0 || progress.sentBytes > 0;
    const quint64 done = sending ? progress.sentObjects : progress.receivedObjects;
    const quint64 bytes = sending ? progress.sentBytes : progress.receivedBytes;
    m_progress->setMaximum(int(qMin<quint64>(progress.totalObjects, INT_MAX)));
    m_progress->setValue(int(qMin<quint64>(done, INT_MAX)));
    m_progress->setLabelText(
        (sending ? tr("Sending: %1 of %2 objects (%3)") : tr("Receiving: %1 of %2 objects (%3)"))
            .arg(done)
            .arg(progress.totalObjects)
            .arg(QLocale().formattedDataSize(qint64(bytes))));
}

void NegotiationMenu::finishTransfer(bool succeeded, const QString &message)
{
    m_busy = false;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateActions();
    Q_EMIT transferFinished(succeeded, message);
}

bool NegotiationMenu::pull()
{
    if (m_busy || root().isEmpty())
        return false;
    QString branch;
    git::Upstream upstream;
    {
        auto repository = openRepository(tr("Pull"));
        if (!repository)
            return false;
        branch = repository->branchName();
        auto found = git::Remote::upstreamOf(repository->git(), branch);
        if (!found) {
            showError(tr("Pull"), tr("Nothing to pull from: %1").arg(found.error().message));
            return false;
        }
        upstream = found.value();
    }
    // Unsaved work is saved (or the pull refused) before anything is fetched.
    if (!saveFirst(tr("Pull")))
        return false;
    m_pullIdentity = m_window->drafter();
    if (!m_pullIdentity)
        return false;
    const git::RemoteOptions options = transferOptions();
    startProgress(tr("Fetching from %1…").arg(upstream.remote));
    const QString path = root();
    const QString delegation = m_pullIdentity->delegation;
    // The worker opens its own repository: libgit2 objects are not shared between threads.
    m_pullWatcher.setFuture(QtConcurrent::run([path, options, upstream, branch, delegation] {
        PullOutcome outcome;
        auto repository = NegotiationRepository::open(path);
        if (!repository) {
            outcome.error = repository.error();
            return outcome;
        }
        auto fetched = git::Remote::fetch(repository->git(), upstream.remote, options);
        if (!fetched) {
            outcome.error = fetched.error();
            return outcome;
        }
        outcome.remote = upstream.remote;
        outcome.keptNames = fetched->keptNames;
        auto theirs = repository->git().branchTarget(upstream.reference);
        if (!theirs) {
            if (theirs.error().kind == Error::Kind::NotFound)
                outcome.nothingToPull = tr("%1 has no branch %2 yet: nothing to pull (Push shares "
                                           "yours).")
                                            .arg(upstream.remote, branch);
            else
                outcome.error = theirs.error();
            return outcome;
        }
        outcome.theirName = upstream.reference;
        outcome.theirName.remove(QStringLiteral("refs/remotes/"));
        auto merge = BranchMerge::prepare(*repository, *theirs, outcome.theirName, delegation);
        if (!merge)
            outcome.error = merge.error();
        else
            outcome.merge = std::move(merge.value());
        return outcome;
    }));
    return true;
}

void NegotiationMenu::pullFetched(const PullOutcome &outcome)
{
    const bool cancelled = m_cancelled && m_cancelled->load();
    if (outcome.error) {
        const QString message = cancelled
                                    ? tr("Pull cancelled: nothing was changed.")
                                    : tr("The pull did not complete: %1. Nothing was changed here.")
                                          .arg(outcome.error->message);
        finishTransfer(false, message);
        if (cancelled)
            tell(message);
        else
            showError(tr("Pull"), message);
        return;
    }
    if (!outcome.keptNames.isEmpty())
        showError(tr("Pull"),
                  tr("%1 gives %2 to other revisions than this copy does; the names here are "
                     "kept, as names are never moved.")
                      .arg(outcome.remote, outcome.keptNames.join(QLatin1String(", "))));
    if (!outcome.nothingToPull.isEmpty() || !outcome.merge) {
        finishTransfer(true, outcome.nothingToPull);
        tell(outcome.nothingToPull);
        refresh();
        return;
    }
    finishTransfer(true, tr("Fetched %1.").arg(outcome.theirName));
    continueMerge(*outcome.merge, *m_pullIdentity);
}

bool NegotiationMenu::push()
{
    if (m_busy || root().isEmpty())
        return false;
    QString branch;
    QString remote = QStringLiteral("origin");
    {
        auto repository = openRepository(tr("Push"));
        if (!repository)
            return false;
        if (!repository->currentHead()) {
            showError(tr("Push"), tr("The branch has no revision yet: save one first."));
            return false;
        }
        branch = repository->branchName();
        if (auto upstream = git::Remote::upstreamOf(repository->git(), branch))
            remote = upstream->remote;
    }
    if (m_window->unsavedWork())
        tell(tr("Changes not saved as a revision are not pushed."));
    const git::RemoteOptions options = transferOptions();
    startProgress(tr("Pushing %1 to %2…").arg(branch, remote));
    const QString path = root();
    m_pushWatcher.setFuture(QtConcurrent::run([path, options, remote, branch] {
        PushOutcome outcome;
        outcome.remote = remote;
        outcome.branch = branch;
        auto repository = NegotiationRepository::open(path);
        if (!repository) {
            outcome.error = repository.error();
            return outcome;
        }
        if (auto pushed = git::Remote::push(repository->git(), remote, branch, options); !pushed)
            outcome.error = pushed.error();
        else if (const auto head = repository->currentHead())
            outcome.head = head->shortString();
        return outcome;
    }));
    return true;
}

void NegotiationMenu::pushed(const PushOutcome &outcome)
{
    const bool cancelled = m_cancelled && m_cancelled->load();
    if (!outcome.error) {
        const QString message =
            tr("Pushed %1 to %2 (%3).").arg(outcome.branch, outcome.remote, outcome.head);
        finishTransfer(true, message);
        tell(message);
        refresh();
        return;
    }
    if (cancelled) {
        const QString message = tr("Push cancelled: nothing was changed.");
        finishTransfer(false, message);
        tell(message);
        return;
    }
    const QString message =
        tr("The push did not complete: %1. Nothing was changed.").arg(outcome.error->message);
    finishTransfer(false, message);
    if (outcome.error->kind == Error::Kind::Stale)
        showPushRejected(message);
    else
        showError(tr("Push"), message);
}

// "Pull first": the box offers to pull at once.
void NegotiationMenu::showPushRejected(const QString &message)
{
    m_lastMessage = message;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Push"), message, QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("negotiationError"));
    box->setInformativeText(tr("Pull brings in the remote's revisions and merges them; then "
                               "push again."));
    QPushButton *pullNow = box->addButton(tr("&Pull"), QMessageBox::AcceptRole);
    pullNow->setObjectName(QStringLiteral("pullNow"));
    box->setDefaultButton(pullNow);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(pullNow, &QPushButton::clicked, this, [this] { pull(); });
    box->open();
}

} // namespace plenary::gui
