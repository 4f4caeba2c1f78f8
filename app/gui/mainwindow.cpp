#include "mainwindow.h"

#include "commentspanel.h"
#include "compareview.h"
#include "crossreferencedialog.h"
#include "document/documentreader.h"
#include "document/documentstatistics.h"
#include "document/documentwriter.h"
#include "documenteditor.h"
#include "exportdialog.h"
#include "findbar.h"
#include "history/demonegotiation.h"
#include "history/recoveryfile.h"
#include "historypanel.h"
#include "identitydialog.h"
#include "negotiationmenu.h"
#include "newnegotiationdialog.h"
#include "outlinepanel.h"
#include "paragraphformat.h"
#include "previewpane.h"
#include "savedialog.h"
#include "settingsdialog.h"
#include "spellingcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace plenary::gui {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("Plenary"), QStringLiteral("Plenary"));
}

QWidget *welcomePage(QWidget *parent, const QList<QPair<QString, std::function<void()>>> &choices)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *title = new QLabel(MainWindow::tr("Plenary"), page);
    QFont big = title->font();
    big.setPointSize(big.pointSize() * 2);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *intro = new QLabel(MainWindow::tr("Draft the negotiated texts of a conference: "
                                            "declarations and co-chair's summaries, every "
                                            "revision kept."),
                             page);
    intro->setAlignment(Qt::AlignCenter);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(24);
    for (const auto &[label, action] : choices) {
        auto *button = new QPushButton(label, page);
        button->setMinimumWidth(300);
        layout->addWidget(button, 0, Qt::AlignCenter);
        QObject::connect(button, &QPushButton::clicked, page, action);
    }
    layout->addStretch(3);
    return page;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_pages(new QStackedWidget(this)), m_notice(new QLabel(this)),
      m_masthead(new QLabel(this)), m_editor(new DocumentEditor(this)), m_words(new QLabel(this)),
      m_agreed(new QLabel(this)), m_brackets(new QLabel(this)), m_revision(new QLabel(this))
{
    m_welcome = welcomePage(this, {{tr("Open the &Sample Negotiation"),
                                    [this] {
                                        openSample();
                                    }},
                                   {tr("New &Declaration…"),
                                    [this] {
                                        newNegotiation(DocumentKind::Declaration);
                                    }},
                                   {tr("New Co-Chair's S&ummary…"),
                                    [this] {
                                        newNegotiation(DocumentKind::Summary);
                                    }},
                                   {tr("&Open a Negotiation…"), [this] {
                                        chooseRepository();
                                    }}});
    m_editorPage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_editorPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_masthead->setTextFormat(Qt::RichText);
    m_masthead->setContentsMargins(24, 16, 24, 12);
    m_masthead->setWordWrap(true);
    m_masthead->setAutoFillBackground(true);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(24, 8, 24, 8);
    m_notice->setStyleSheet(QStringLiteral("#notice { background: #fff4d6; color: #3d2f00; "
                                           "border-bottom: 1px solid #e6c872; }"));
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_masthead);
    auto *rule = new QFrame(m_editorPage);
    rule->setFrameShape(QFrame::HLine);
    layout->addWidget(rule);
    layout->addWidget(m_editor, 1);
    m_findBar = new FindBar(m_editor, m_editorPage);
    layout->addWidget(m_findBar);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_editorPage);
    createErrorPage();
    setCentralWidget(m_pages);

    m_outline = new OutlinePanel(m_editor, this);
    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outline"));
    outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    outlineDock->hide();

    // The preview starts its web engine only when first shown.
    auto *preview = new PreviewPane(m_editor, this);
    auto *previewDock = new QDockWidget(tr("Preview"), this);
    previewDock->setObjectName(QStringLiteral("preview"));
    previewDock->setWidget(preview);
    addDockWidget(Qt::RightDockWidgetArea, previewDock);
    previewDock->hide();
    // Shown, it takes about two fifths of the window: a page can be read beside the text.
    connect(previewDock, &QDockWidget::visibilityChanged, this, [this, previewDock](bool shown) {
        if (shown && previewDock->width() < width() / 4)
            resizeDocks({previewDock}, {width() * 2 / 5}, Qt::Horizontal);
    });

    m_commentsPanel = new CommentsPanel(m_editor, this);
    auto *commentsDock = new QDockWidget(tr("Comments"), this);
    commentsDock->setObjectName(QStringLiteral("comments"));
    commentsDock->setWidget(m_commentsPanel);
    addDockWidget(Qt::RightDockWidgetArea, commentsDock);
    commentsDock->hide();
    m_commentsPanel->setAuthorProvider([this]() -> std::optional<CommentAuthor> {
        const auto who = askIdentity(false);
        if (!who)
            return std::nullopt;
        return CommentAuthor{who->name, who->email, who->delegation};
    });
    connect(m_commentsPanel, &CommentsPanel::commentsChanged, this, [this] {
        setWindowModified(true);
        updateStatus();
        if (m_repository && !m_readOnly)
            m_autosave.start(); // unsaved comments go to the recovery file too
    });
    connect(m_commentsPanel, &CommentsPanel::commandRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 6000); });

    m_spelling = new SpellingController(m_editor, this);
    connect(m_spelling, &SpellingController::noticeChanged, this, &MainWindow::showNotices);
    connect(m_spelling, &SpellingController::dictionaryChanged, this, [this] {
        setWindowModified(true);
        if (m_repository && !m_readOnly)
            m_autosave.start();
    });

    m_history = new HistoryPanel(this);
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("history"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    historyDock->hide();
    connect(m_history, &HistoryPanel::revisionActivated, this, &MainWindow::showRevision);

    m_openComments = new QLabel(this);
    for (QLabel *label : {m_words, m_agreed, m_brackets, m_openComments, m_revision})
        statusBar()->addPermanentWidget(label);
    createActions();
    createToolBar();
    setEditorReady(false); // until a negotiation is open

    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            [this] { setWindowModified(hasUnsavedWork()); });
    // The counts follow typing a moment later, not on every keystroke.
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(300);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    connect(m_editor, &DocumentEditor::paragraphsChanged, &m_statusTimer,
            qOverload<>(&QTimer::start));

    // Unsaved work goes to a recovery file a few seconds after each change.
    m_autosave.setSingleShot(true);
    applySettings();
    connect(&m_autosave, &QTimer::timeout, this, &MainWindow::writeRecovery);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_repository && !m_readOnly && m_editor->document()->isModified())
            m_autosave.start();
    });
    resize(1280, 860);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDeclaration = file->addAction(
        tr("New &Declaration…"), this, [this] { newNegotiation(DocumentKind::Declaration); });
    newDeclaration->setShortcut(QKeySequence::New);
    file->addAction(tr("New Co-Chair's S&ummary…"), this,
                    [this] { newNegotiation(DocumentKind::Summary); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *sample = file->addAction(tr("Open the &Sample Negotiation"));
    connect(sample, &QAction::triggered, this, &MainWindow::openSample);
    QAction *open = file->addAction(tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseRepository);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save Revision…"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    m_exportAction = file->addAction(tr("&Export…"), this, [this] { exportRevision(); });
    m_exportAction->setObjectName(QStringLiteral("export"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction *preferences = file->addAction(tr("Se&ttings…"), this, &MainWindow::editSettings);
    preferences->setObjectName(QStringLiteral("settings"));
    // Ctrl+, where the platform names no shortcut of its own for preferences.
    preferences->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences)
                                 .value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"), m_editor, &QTextEdit::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_editor, &QTextEdit::undoAvailable, m_undoAction, &QAction::setEnabled);
    m_redoAction = edit->addAction(tr("&Redo"), m_editor, &QTextEdit::redo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_editor, &QTextEdit::redoAvailable, m_redoAction, &QAction::setEnabled);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), m_editor, &QTextEdit::cut)->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), m_editor, &QTextEdit::copy)->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), m_editor, &QTextEdit::paste)->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("Select &All"), m_editor, &QTextEdit::selectAll)
        ->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find…"), m_findBar, &FindBar::showFind);
    m_findAction->setShortcut(QKeySequence::Find);
    QAction *replace = edit->addAction(tr("R&eplace…"), m_findBar, &FindBar::showReplace);
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_writeActions.append(replace);
    edit->addAction(tr("Find &Next"), m_findBar, &FindBar::findNext)
        ->setShortcut(QKeySequence::FindNext);
    edit->addAction(tr("Find Pre&vious"), m_findBar, &FindBar::findPrevious)
        ->setShortcut(QKeySequence::FindPrevious);
    connect(m_findBar, &FindBar::replacedAll, this,
            [this] { statusBar()->showMessage(m_findBar->statusText(), 6000); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    if (auto *outline = findChild<QDockWidget *>(QStringLiteral("outline"))) {
        QAction *toggle = outline->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        view->addAction(toggle);
    }
    if (auto *history = findChild<QDockWidget *>(QStringLiteral("history"))) {
        QAction *toggle = history->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        view->addAction(toggle);
    }
    if (auto *preview = findChild<QDockWidget *>(QStringLiteral("preview"))) {
        m_previewAction = preview->toggleViewAction();
        m_previewAction->setText(tr("&Preview"));
        m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        m_previewAction->setToolTip(
            tr("Show the text as it will print (%1)")
                .arg(m_previewAction->shortcut().toString(QKeySequence::NativeText)));
        view->addAction(m_previewAction);
    }
    QAction *spelling = view->addAction(tr("Check &Spelling"));
    spelling->setObjectName(QStringLiteral("spelling"));
    spelling->setCheckable(true);
    spelling->setChecked(settings().value(QStringLiteral("spelling"), true).toBool());
    spelling->setShortcut(QKeySequence(Qt::Key_F7));
    spelling->setToolTip(tr("Underline misspelled words in red (F7)"));
    m_spelling->setEnabled(spelling->isChecked());
    connect(spelling, &QAction::toggled, this, [this](bool on) {
        settings().setValue(QStringLiteral("spelling"), on);
        m_spelling->setEnabled(on);
    });
    view->addSeparator();
    view->addAction(tr("Zoom &In"), m_editor, [this] { m_editor->zoomIn(1); })
        ->setShortcut(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), m_editor, [this] { m_editor->zoomOut(1); })
        ->setShortcut(QKeySequence::ZoomOut);
    QAction *full = view->addAction(tr("&Full Screen"));
    full->setShortcut(QKeySequence::FullScreen);
    full->setCheckable(true);
    connect(full, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showMaximized(); });

    QMenu *historyMenu = menuBar()->addMenu(tr("&History"));
    historyMenu->addAction(tr("&Show Revision"), this, [this] {
        if (auto r = m_history->selectedRevision())
            showRevision(*r);
    });
    historyMenu->addSeparator();
    QAction *previous = historyMenu->addAction(tr("Compare with &Previous"), this, [this] {
        if (auto r = m_history->selectedRevision())
            if (auto p = m_history->previousOf(*r))
                compare(*p, *r);
    });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    previous->setToolTip(tr("What the chosen revision changed"));
    historyMenu->addAction(tr("Compare the Two &Chosen Revisions"), this, [this] {
        const QList<Revision> chosen = m_history->selectedRevisions();
        if (chosen.size() == 2)
            compare(chosen[1], chosen[0]); // older → newer
        else
            statusBar()->showMessage(tr("Choose two revisions in the history (Ctrl+click) to "
                                        "compare them."),
                                     6000);
    });
    historyMenu->addAction(tr("Changes by a &Delegation Since…"), this,
                           &MainWindow::askChangesByDelegation);
    historyMenu->addAction(tr("Compare with &Unsaved Text"), this, [this] {
        if (auto r = m_history->selectedRevision())
            compareWithText(*r);
    });
    historyMenu->addSeparator();
    m_writeActions.append(historyMenu->addAction(tr("&Restore Revision…"), this,
                                                 [this] { restoreSelectedRevision(); }));
    m_writeActions.append(
        historyMenu->addAction(tr("&Name Revision…"), this, [this] { nameSelectedRevision(); }));

    // Proposals, merging, pull and push; the branch in the status bar.
    m_negotiation = new NegotiationMenu(this);
    menuBar()->addMenu(m_negotiation->menu());
    statusBar()->addPermanentWidget(m_negotiation->indicator());

    // Paragraph commands: each is one undo step of the editor.
    QMenu *paragraph = menuBar()->addMenu(tr("&Paragraph"));
    m_writeActions.append(paragraph->menuAction());
    const QList<QPair<ParagraphKind, QString>> kinds{
        {ParagraphKind::Preambular, tr("&Preambular")},
        {ParagraphKind::Operative, tr("&Operative")},
        {ParagraphKind::Sub, tr("&Sub-paragraph")},
        {ParagraphKind::SubSub, tr("Second-&Level Sub-paragraph")},
        {ParagraphKind::Heading, tr("&Heading")},
        {ParagraphKind::Narrative, tr("&Narrative")},
        {ParagraphKind::Chapeau, tr("&Chapeau")}};
    m_kindMenu = paragraph->addMenu(tr("&Kind"));
    for (const auto &[kind, name] : kinds)
        m_kindMenu->addAction(name, this,
                              [this, kind = kind] { m_editor->setParagraphKind(kind); });
    const QList<QPair<ParagraphStatus, QString>> statuses{
        {ParagraphStatus::Proposed, tr("&Proposed")},
        {ParagraphStatus::AdReferendum, tr("Agreed &ad Referendum")},
        {ParagraphStatus::Agreed, tr("A&greed")},
        {ParagraphStatus::Deleted, tr("&Deleted")}};
    m_statusMenu = paragraph->addMenu(tr("&Status"));
    int key = Qt::Key_1;
    for (const auto &[status, name] : statuses) {
        QAction *action = m_statusMenu->addAction(
            name, this, [this, status = status] { m_editor->setParagraphStatus(status); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(key++)));
    }
    paragraph->addSeparator();
    auto command = [this, paragraph](const QString &name, const QKeySequence &shortcut,
                                     const QString &tip, auto slot) {
        QAction *action = paragraph->addAction(name, m_editor, slot);
        action->setShortcut(shortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        return action;
    };
    m_moveUpAction = command(tr("Move &Up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up),
                             tr("Move the paragraph, with its sub-paragraphs, up"),
                             &DocumentEditor::moveParagraphUp);
    m_moveDownAction = command(tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down),
                               tr("Move the paragraph, with its sub-paragraphs, down"),
                               &DocumentEditor::moveParagraphDown);
    paragraph->addSeparator();
    m_splitAction =
        command(tr("S&plit Paragraph"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                tr("Split the paragraph at the cursor"), &DocumentEditor::splitParagraph);
    m_joinAction =
        command(tr("&Join with Next"), QKeySequence(Qt::CTRL | Qt::Key_J),
                tr("Join the next paragraph to this one"), &DocumentEditor::joinWithNextParagraph);
    paragraph->addSeparator();
    m_crossReferenceAction = paragraph->addAction(tr("Insert &Cross-Reference…"), this,
                                                  &MainWindow::insertCrossReference);
    m_crossReferenceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_crossReferenceAction->setToolTip(
        tr("Cite another paragraph by its number, kept current when paragraphs move (%1)")
            .arg(m_crossReferenceAction->shortcut().toString(QKeySequence::NativeText)));
    m_writeActions += {m_moveUpAction,
                       m_moveDownAction,
                       m_splitAction,
                       m_joinAction,
                       m_crossReferenceAction,
                       m_kindMenu->menuAction(),
                       m_statusMenu->menuAction()};
    m_writeActions += m_statusMenu->actions();
    QMenu *comments = menuBar()->addMenu(tr("&Comments"));
    m_addCommentAction =
        comments->addAction(tr("&Add Comment…"), m_commentsPanel, &CommentsPanel::askAddComment);
    m_addCommentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_writeActions.append(m_addCommentAction);
    m_writeActions.append(
        comments->addAction(tr("&Reply…"), m_commentsPanel, &CommentsPanel::askReply));
    m_writeActions.append(comments->addAction(tr("Resolve or Re&open"), m_commentsPanel, [this] {
        m_commentsPanel->toggleResolvedCurrent();
    }));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("comments"))) {
        comments->addSeparator();
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(tr("Show &Comments"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        comments->addAction(toggle);
        // Adding a comment shows them.
        connect(m_addCommentAction, &QAction::triggered, dock, &QWidget::show,
                Qt::DirectConnection);
    }
    // The editor's context menu offers to comment on what is selected.
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = m_editor->createStandardContextMenu(at);
        addSpellingActions(menu, m_editor->cursorForPosition(at).position());
        menu->addSeparator();
        menu->addAction(m_addCommentAction);
        menu->addAction(m_crossReferenceAction);
        menu->exec(m_editor->viewport()->mapToGlobal(at));
        delete menu;
    });

    connect(m_editor, &DocumentEditor::commandRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 6000); });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Drafting"));
    bar->setObjectName(QStringLiteral("drafting"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    for (QMenu *menu : {m_kindMenu, m_statusMenu}) {
        auto *button = new QToolButton(bar);
        button->setText(menu->title().remove(QLatin1Char('&')));
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        bar->addWidget(button);
        connect(menu->menuAction(), &QAction::enabledChanged, button, &QWidget::setEnabled);
    }
    bar->addSeparator();
    for (QAction *action :
         {m_moveUpAction, m_moveDownAction, m_splitAction, m_joinAction, m_crossReferenceAction})
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(m_findAction);
    if (m_previewAction)
        bar->addAction(m_previewAction);
    m_toolBar = bar;
}

namespace {

QString revisionLabel(const Revision &revision)
{
    return revision.tags.isEmpty()
               ? revision.id.shortString()
               : QStringLiteral("%1 (%2)").arg(revision.tags.join(QLatin1String(", ")),
                                               revision.id.shortString());
}

} // namespace

CompareView *MainWindow::compare(const Revision &older, const Revision &newer)
{
    if (!m_repository)
        return nullptr;
    auto *view = new CompareView(m_repository->root(), {older.id, revisionLabel(older), {}},
                                 {newer.id, revisionLabel(newer), {}}, {}, this);
    view->show();
    return view;
}

CompareView *MainWindow::compareChangesBy(const QString &delegation, const Revision &since)
{
    if (!m_repository || !m_base)
        return nullptr;
    auto latest = m_repository->revision(*m_base);
    if (!latest)
        return nullptr;
    auto *view = new CompareView(
        m_repository->root(), {since.id, revisionLabel(since), {}},
        {latest->id, tr("%1, changes by %2").arg(revisionLabel(*latest), delegation), {}},
        delegation, this);
    view->show();
    return view;
}

void MainWindow::askChangesByDelegation()
{
    if (!m_repository || !m_base)
        return;
    const Manifest manifest = m_repository->workingManifest().value_or(Manifest());
    auto log = m_repository->log(*m_base, {});
    if (!log || manifest.delegations.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Changes by a Delegation"));
    auto *form = new QFormLayout(&dialog);
    auto *delegation = new QComboBox(&dialog);
    for (const Delegation &d : manifest.delegations)
        delegation->addItem(QStringLiteral("%1 — %2").arg(d.code, d.name), d.code);
    auto *since = new QComboBox(&dialog);
    // Named revisions first (the usual question: since Rev.1), then the first revision.
    for (const Revision &r : log.value())
        if (!r.tags.isEmpty())
            since->addItem(revisionLabel(r), r.id.toString());
    if (!log->isEmpty())
        since->addItem(tr("the first revision (%1)").arg(log->last().id.shortString()),
                       log->last().id.toString());
    form->addRow(tr("&Delegation:"), delegation);
    form->addRow(tr("&Since:"), since);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const Revision &r : log.value())
        if (r.id.toString() == since->currentData().toString())
            compareChangesBy(delegation->currentData().toString(), r);
}

CompareView *MainWindow::compareWithText(const Revision &revision)
{
    if (!m_repository)
        return nullptr;
    auto *view = new CompareView(m_repository->root(), {revision.id, revisionLabel(revision), {}},
                                 {std::nullopt, tr("the text being edited"),
                                  DocumentWriter::write(m_editor->currentDocument())},
                                 {}, this);
    view->show();
    return view;
}

void MainWindow::insertCrossReference()
{
    if (!m_repository || m_editor->isReadOnly())
        return;
    CrossReferenceDialog dialog(m_editor, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenId().isEmpty())
        return;
    m_editor->insertCrossReference(dialog.chosenId());
}

void MainWindow::openSample()
{
    if (!maySetAside())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                        QLatin1String("/sample");
    if (!QFileInfo::exists(dir + QLatin1String("/.git"))) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto created = DemoNegotiation::create(dir);
        QApplication::restoreOverrideCursor();
        if (!created) {
            QMessageBox::warning(
                this, tr("Sample Negotiation"),
                tr("The sample negotiation could not be created: %1").arg(created.error().message));
            return;
        }
    }
    openRepository(dir);
}

bool MainWindow::newNegotiation(DocumentKind kind)
{
    if (!maySetAside())
        return false;
    Identity drafter;
    const QSettings stored = settings();
    drafter.name = stored.value(QStringLiteral("identity/name")).toString();
    drafter.email = stored.value(QStringLiteral("identity/email")).toString();
    drafter.delegation = stored.value(QStringLiteral("identity/delegation")).toString();
    NewNegotiationDialog dialog(kind, drafter, this);
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto created = NegotiationRepository::create(
            dialog.directory(), dialog.manifest(), dialog.document(), dialog.identity(),
            kind == DocumentKind::Summary
                ? tr("New co-chair's summary: %1").arg(dialog.document().header.title)
                : tr("New declaration: %1").arg(dialog.document().header.title));
        QApplication::restoreOverrideCursor();
        if (!created) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), created.error().message);
            continue; // the form stays filled in, to be corrected
        }
        Identity who = dialog.identity();
        if (drafter.name.isEmpty())
            who.saveToSettings();
        return openRepository(dialog.directory());
    }
    return false;
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.store();
    applySettings();
}

void MainWindow::applySettings()
{
    m_editor->setFont(SettingsDialog::editorFont());
    m_autosave.setInterval(SettingsDialog::autosaveSeconds() * 1000);
}

void MainWindow::chooseRepository()
{
    if (!maySetAside())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Negotiation"));
    if (!dir.isEmpty())
        openRepository(dir);
}

namespace {

// A folder Plenary may write: writable for this process and not marked read-only by its
// owner (root may write anywhere, but a folder made read-only is meant to be left alone).
bool isWritableFolder(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() &&
           (info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

// The UTF-16 position in `text` of a 1-based line and column counted in code points.
int positionOf(const QString &text, int line, int column)
{
    int position = 0;
    for (int l = 1; l < line; ++l) {
        const qsizetype next = text.indexOf(QLatin1Char('\n'), position);
        if (next < 0)
            return int(text.size());
        position = int(next) + 1;
    }
    for (int c = 1; c < column && position < text.size() && text.at(position) != u'\n'; ++c)
        position += text.at(position).isHighSurrogate() ? 2 : 1;
    return std::min(position, int(text.size()));
}

} // namespace

bool MainWindow::openRepository(const QString &path)
{
    auto repo = NegotiationRepository::open(path);
    if (!repo) {
        QMessageBox::warning(this, tr("Open a Negotiation"), repo.error().message);
        return false;
    }
    QFile file(repo->filePath(NegotiationRepository::kTextFile));
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Open a Negotiation"),
            tr("%1 cannot be read: %2").arg(NegotiationRepository::kTextFile, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const ReadResult read = DocumentReader::read(bytes);
    m_autosave.stop();
    m_session.reset(); // release the previous repository's slot first
    m_repository.emplace(std::move(repo.value()));
    m_session = std::make_unique<EditorSession>(m_repository->root());
    m_readOnly = !isWritableFolder(m_repository->root()) ||
                 !isWritableFolder(m_repository->git().gitDirectory());
    m_base = m_repository->openedAt();
    settings().setValue(QStringLiteral("lastRepository"), m_repository->root());
    reloadHistory();
    if (auto *history = findChild<QDockWidget *>(QStringLiteral("history")))
        history->show();
    if (read.hasErrors()) {
        // The text is shown raw, with its errors, to be fixed here rather than refused.
        m_editor->setDocument(Document());
        loadComments(); // placed once the text reads
        m_rawText->setPlainText(QString::fromUtf8(bytes));
        showErrors(read.diagnostics);
        setEditorReady(false);
        m_rawText->setReadOnly(m_readOnly);
        m_pages->setCurrentWidget(m_errorPage);
        showNotices();
        updateTitle();
        m_negotiation->refresh();
        return true;
    }
    m_editor->setDocument(read.document);
    loadComments();
    loadSpelling(read.document.header.language);
    showMasthead(read.document.header);
    m_pages->setCurrentWidget(m_editorPage);
    setEditorReady(true);
    m_editor->setFocus();
    showNotices();
    updateTitle();
    updateStatus();
    updateRevisionLabel();
    m_outline->refresh();
    if (auto *outline = findChild<QDockWidget *>(QStringLiteral("outline"))) {
        outline->show();
        resizeDocks({outline}, {320}, Qt::Horizontal);
    }
    if (!m_readOnly)
        offerRecovery();
    m_negotiation->refresh();
    return true;
}

QString MainWindow::repositoryRoot() const
{
    return m_repository ? m_repository->root() : QString();
}

// The comments file as it is in the working folder; lines it cannot read are reported and kept.
void MainWindow::loadComments()
{
    QFile file(m_repository->filePath(NegotiationRepository::kCommentsFile));
    m_commentsSaved = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    m_comments.emplace(CommentLog::read(m_commentsSaved));
    m_commentsPanel->setComments(&*m_comments,
                                 m_repository->workingManifest().value_or(Manifest()));
    m_commentsPanel->setReadOnly(m_readOnly);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("comments"));
        dock && !m_comments->threads().isEmpty())
        dock->show();
}

// The document's language picks the dictionary; the repository's dictionary.txt adds its words.
void MainWindow::loadSpelling(const QString &language)
{
    QFile file(m_repository->filePath(NegotiationRepository::kDictionaryFile));
    m_spelling->open(language, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
}

// At the top of the editor's context menu, for a misspelled word: its suggestions (computed
// when the menu opens, filled in as they come), Add to Dictionary and Ignore.
void MainWindow::addSpellingActions(QMenu *menu, int position)
{
    const auto word = m_spelling->misspellingAt(position);
    if (!word)
        return;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(word->first);
    cursor.setPosition(word->second, QTextCursor::KeepAnchor);
    const QString text = cursor.selectedText();
    QAction *first = menu->actions().value(0);
    auto *waiting = new QAction(tr("Looking for suggestions…"), menu);
    waiting->setEnabled(false);
    menu->insertAction(first, waiting);
    const quint64 request = m_spelling->requestSuggestions(text);
    connect(m_spelling, &SpellingController::suggestionsReady, menu,
            [this, menu, waiting, request, word](quint64 answered, const QString &,
                                                 const QStringList &suggestions) {
                if (answered != request)
                    return;
                waiting->setText(suggestions.isEmpty() ? tr("No suggestions") : QString());
                waiting->setVisible(suggestions.isEmpty());
                for (const QString &suggestion : suggestions) {
                    auto *use = new QAction(suggestion, menu);
                    QFont bold = use->font();
                    bold.setBold(true);
                    use->setFont(bold);
                    connect(use, &QAction::triggered, this, [this, word, suggestion] {
                        m_spelling->replace(word->first, word->second, suggestion);
                    });
                    menu->insertAction(waiting, use);
                }
            });
    QAction *add = new QAction(tr("&Add “%1” to Dictionary").arg(text), menu);
    add->setEnabled(!m_readOnly);
    connect(add, &QAction::triggered, this, [this, text] {
        const auto added = m_spelling->addToDictionary(text);
        if (!added)
            statusBar()->showMessage(added.error().message, 6000);
    });
    QAction *ignore = new QAction(tr("&Ignore “%1”").arg(text), menu);
    connect(ignore, &QAction::triggered, this, [this, text] { m_spelling->ignore(text); });
    menu->insertAction(first, add);
    menu->insertAction(first, ignore);
    menu->insertSeparator(first);
}

void MainWindow::setEditorReady(bool ready)
{
    m_toolBar->setVisible(m_repository.has_value());
    m_findAction->setEnabled(m_repository.has_value());
    m_editor->setReadOnly(m_readOnly || !ready);
    for (QAction *action : m_writeActions)
        action->setEnabled(ready && !m_readOnly);
    m_saveAction->setEnabled(ready && !m_readOnly);
    m_exportAction->setEnabled(m_repository.has_value());
}

ExportDialog *MainWindow::exportRevision()
{
    if (!m_repository)
        return nullptr;
    if (!m_base) {
        statusBar()->showMessage(tr("Save a first revision before exporting."), 6000);
        return nullptr;
    }
    if (hasUnsavedWork())
        statusBar()->showMessage(
            tr("The export is of saved revisions: save to include your latest changes."), 8000);
    auto *dialog = new ExportDialog(m_repository->root(), *m_base, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::showNotices()
{
    QStringList notices;
    if (m_readOnly)
        notices.append(tr("<b>Read-only.</b> This negotiation's folder cannot be written here: "
                          "you can read the text and browse its history, but not save."));
    if (m_session && m_session->inUseElsewhere())
        notices.append(
            tr("<b>Also open elsewhere.</b> Another Plenary window (%1) has this negotiation "
               "open. You can edit here too: if the other window saves first, your save is "
               "refused and your text stays open, so nothing is overwritten.")
                .arg(m_session->otherHolder().isEmpty()
                         ? tr("another process")
                         : m_session->otherHolder().toHtmlEscaped()));
    if (!m_spelling->notice().isEmpty() && m_spelling->isEnabled())
        notices.append(
            tr("<b>Spelling is not checked:</b> %1").arg(m_spelling->notice().toHtmlEscaped()));
    if (m_comments) {
        QStringList unread;
        for (const Diagnostic &d : m_comments->diagnostics())
            if (d.isError())
                unread.append(d.format(NegotiationRepository::kCommentsFile).toHtmlEscaped());
        if (!unread.isEmpty())
            notices.append(tr("<b>Some comments cannot be read</b> and are kept as they are in "
                              "the file: %1")
                               .arg(unread.mid(0, 3).join(QLatin1String("; "))));
    }
    m_notice->setText(notices.join(QLatin1String("<br>")));
    m_notice->setVisible(!notices.isEmpty());
    // The error page has no notice bar of its own: it shows the same notices.
    if (m_errorPage)
        m_errorPage->findChild<QLabel *>(QStringLiteral("errorNotice"))->setText(m_notice->text());
}

QString MainWindow::notice() const
{
    return m_notice->isVisibleTo(m_editorPage) ? m_notice->text() : QString();
}

bool MainWindow::showsErrors() const
{
    return m_pages->currentWidget() == m_errorPage;
}

void MainWindow::createErrorPage()
{
    m_errorPage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_errorPage);
    auto *notice = new QLabel(m_errorPage);
    notice->setObjectName(QStringLiteral("errorNotice"));
    notice->setWordWrap(true);
    layout->addWidget(notice);
    m_errorSummary = new QLabel(m_errorPage);
    m_errorSummary->setWordWrap(true);
    layout->addWidget(m_errorSummary);
    m_errorList = new QListWidget(m_errorPage);
    m_errorList->setMaximumHeight(160);
    layout->addWidget(m_errorList);
    m_rawText = new QPlainTextEdit(m_errorPage);
    m_rawText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_rawText, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *check = new QPushButton(tr("&Check Again"), m_errorPage);
    check->setToolTip(tr("Read the text again and open it in the editor once it has no errors "
                         "(%1)")
                          .arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)));
    check->setShortcut(Qt::Key_F5);
    buttons->addWidget(check);
    layout->addLayout(buttons);
    connect(check, &QPushButton::clicked, this, [this] { checkRawText(); });
    // Choosing an error puts the cursor where it is.
    connect(m_errorList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QListWidgetItem *item = m_errorList->item(row);
        const int line = item->data(Qt::UserRole).toInt();
        const int column = item->data(Qt::UserRole + 1).toInt();
        if (line <= 0)
            return;
        QTextCursor cursor(m_rawText->document());
        cursor.setPosition(positionOf(m_rawText->toPlainText(), line, std::max(column, 1)));
        m_rawText->setTextCursor(cursor);
        m_rawText->centerCursor();
    });
    connect(m_errorList, &QListWidget::itemActivated, m_rawText, [this] { m_rawText->setFocus(); });
    connect(m_rawText->document(), &QTextDocument::modificationChanged, this,
            &QWidget::setWindowModified);
    m_pages->addWidget(m_errorPage);
}

void MainWindow::showErrors(const QList<Diagnostic> &diagnostics)
{
    m_errorList->clear();
    int errors = 0;
    for (const Diagnostic &d : diagnostics) {
        auto *item = new QListWidgetItem(d.format(NegotiationRepository::kTextFile), m_errorList);
        item->setData(Qt::UserRole, d.line);
        item->setData(Qt::UserRole + 1, d.column);
        item->setIcon(style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                                        : QStyle::SP_MessageBoxWarning));
        errors += d.isError() ? 1 : 0;
    }
    m_errorSummary->setText(
        tr("<b>The text of this negotiation does not read as a document</b> (errors: %1). Fix "
           "it below (choose an error to go to it), then choose Check Again. Nothing is saved "
           "until you save a revision.")
            .arg(errors));
    if (m_errorList->count() > 0)
        m_errorList->setCurrentRow(0);
}

bool MainWindow::checkRawText()
{
    if (!m_repository)
        return false;
    const ReadResult read = DocumentReader::read(m_rawText->toPlainText().toUtf8());
    if (read.hasErrors()) {
        showErrors(read.diagnostics);
        return false;
    }
    m_editor->setDocument(read.document);
    // The fixed text differs from the last revision's until it is saved.
    m_editor->document()->setModified(m_rawText->document()->isModified());
    m_rawText->document()->setModified(false);
    showMasthead(read.document.header);
    m_commentsPanel->refresh();
    m_pages->setCurrentWidget(m_editorPage);
    setEditorReady(true);
    m_editor->setFocus();
    updateTitle();
    updateStatus();
    updateRevisionLabel();
    m_outline->refresh();
    if (auto *outline = findChild<QDockWidget *>(QStringLiteral("outline")))
        outline->show();
    return true;
}

void MainWindow::reloadHistory()
{
    if (!m_repository)
        return;
    m_history->reload(m_repository->root(), m_repository->workingManifest().value_or(Manifest()));
}

void MainWindow::showRevision(const Revision &revision)
{
    if (!m_repository)
        return;
    auto text = m_repository->textAt(revision.id);
    if (!text) {
        QMessageBox::warning(this, tr("Show Revision"), text.error().message);
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString name = revision.id.shortString();
    if (!revision.tags.isEmpty())
        name += QLatin1String(" (") + revision.tags.join(QLatin1String(", ")) + QLatin1Char(')');
    dialog->setWindowTitle(tr("Revision %1 — read-only").arg(name));
    auto *layout = new QVBoxLayout(dialog);
    auto *about =
        new QLabel(tr("%1, %2 (%3): %4")
                       .arg(QLocale().toString(revision.author.when, QLocale::ShortFormat),
                            revision.author.name, revision.delegation, revision.subject),
                   dialog);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *view = new DocumentEditor(dialog);
    view->setDocument(DocumentReader::read(text.value()).document);
    view->setReadOnly(true);
    layout->addWidget(view, 1);
    dialog->resize(960, 720);
    dialog->show();
}

bool MainWindow::restoreSelectedRevision()
{
    const auto revision = m_history->selectedRevision();
    if (!m_repository || !revision)
        return false;
    if (hasUnsavedWork()) {
        QMessageBox::information(this, tr("Restore Revision"),
                                 tr("Save or discard your changes before restoring a revision."));
        return false;
    }
    auto text = m_repository->textAt(revision->id);
    const ReadResult read = DocumentReader::read(text.value_or(QByteArray()));
    if (!text || read.hasErrors()) {
        QMessageBox::warning(
            this, tr("Restore Revision"),
            tr("The text of revision %1 cannot be read.").arg(revision->id.shortString()));
        return false;
    }
    // The restored text goes through the editor, so that saving it is the usual save.
    m_editor->setDocument(read.document);
    m_editor->document()->setModified(true);
    updateStatus();
    updateRevisionLabel();
    return save();
}

bool MainWindow::nameSelectedRevision()
{
    const auto revision = m_history->selectedRevision();
    if (!m_repository || !revision)
        return false;
    bool ok = false;
    const QString name =
        QInputDialog::getText(
            this, tr("Name Revision"),
            tr("Name of revision %1 (for example Rev.3 or Final):").arg(revision->id.shortString()),
            QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return false;
    const auto who = askIdentity(false);
    if (!who)
        return false;
    auto tagged = m_repository->tag(revision->id, name, *who, name);
    if (!tagged) {
        QMessageBox::warning(this, tr("Name Revision"), tagged.error().message);
        return false;
    }
    reloadHistory();
    updateStatus();
    updateRevisionLabel();
    return true;
}

void MainWindow::writeRecovery()
{
    if (!m_repository || !hasUnsavedWork())
        return;
    const QByteArray text = DocumentWriter::write(m_editor->currentDocument());
    if (!m_session ||
        !m_session->recovery().write(text, m_base ? m_base->toString() : QString(),
                                     commentsUnsaved() ? m_comments->bytes() : QByteArray()))
        statusBar()->showMessage(tr("Unsaved work could not be written to the recovery file"),
                                 5000);
}

void MainWindow::discardRecovery()
{
    m_autosave.stop();
    if (m_session)
        m_session->recovery().remove();
}

// After a crash, the work that was not saved is offered back, based on the revision it was
// based on (so that saving it cannot overwrite a revision saved meanwhile).
void MainWindow::offerRecovery()
{
    // This window's own file first, then those of windows that no longer run.
    QList<RecoveryFile> candidates{m_session->recovery()};
    candidates += m_session->abandonedRecoveries();
    std::optional<RecoveryFile::Content> content;
    qsizetype found = 0;
    for (; found < candidates.size() && !content; ++found)
        content = candidates[found].read();
    if (!content)
        return;
    const RecoveryFile recovery = candidates[found - 1];
    const ReadResult read = DocumentReader::read(content->text);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
                    tr("This negotiation has unsaved work from %1, kept when Plenary last "
                       "stopped. Recover it?")
                        .arg(QLocale().toString(content->written, QLocale::ShortFormat)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("&Recover"));
    box.button(QMessageBox::No)->setText(tr("&Discard"));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes || read.hasErrors()) {
        recovery.remove();
        return;
    }
    // From now on the work lives in this window's own recovery file.
    if (recovery.path() != m_session->recovery().path()) {
        m_session->recovery().write(content->text, content->base, content->comments);
        recovery.remove();
    }
    m_editor->setDocument(read.document);
    m_editor->document()->setModified(true);
    if (!content->comments.isEmpty()) {
        // The comments made since the last save come back too (still unsaved).
        m_comments.emplace(CommentLog::read(content->comments));
        m_commentsPanel->setComments(&*m_comments,
                                     m_repository->workingManifest().value_or(Manifest()));
    }
    setWindowModified(hasUnsavedWork());
    if (auto base = m_repository->git().resolve(content->base); base && !content->base.isEmpty())
        m_base = base.value();
    updateStatus();
    updateRevisionLabel();
}

void MainWindow::showWelcome()
{
    m_pages->setCurrentWidget(m_welcome);
    m_toolBar->hide(); // nothing to draft yet
    updateTitle();
}

void MainWindow::showMasthead(const DocumentHeader &h)
{
    QString left = h.conference.toHtmlEscaped();
    QString right = h.symbol.toHtmlEscaped();
    if (!h.distribution.isEmpty())
        right += QLatin1String("<br>") + tr("Distribution: %1").arg(h.distribution.toHtmlEscaped());
    if (!h.date.isEmpty())
        right += QLatin1String("<br>") + h.date.toHtmlEscaped();
    m_masthead->setText(QStringLiteral("<table width='100%'><tr><td>%1</td>"
                                       "<td align='right'>%2</td></tr></table>"
                                       "<p align='center' style='font-size:x-large'><b>%3</b></p>")
                            .arg(left, right, h.title.toHtmlEscaped()));
}

void MainWindow::updateTitle()
{
    if (!m_repository) {
        setWindowTitle(tr("Plenary"));
        return;
    }
    setWindowTitle(tr("%1 [*] — Plenary")
                       .arg(m_editor->currentDocument().header.title.isEmpty()
                                ? QDir(m_repository->root()).dirName()
                                : m_editor->currentDocument().header.title));
    setWindowModified(hasUnsavedWork());
}

void MainWindow::updateStatus()
{
    if (!m_repository)
        return;
    const Document doc = m_editor->currentDocument();
    const DocumentStatistics stats = DocumentStatistics::of(doc);
    m_words->setText(tr("Words: %1").arg(stats.words));
    m_agreed->setText(
        tr("Agreed: %1 of %2").arg(stats.count(ParagraphStatus::Agreed)).arg(stats.paragraphs()));
    m_brackets->setText(tr("Open brackets: %1").arg(stats.openSpans));
    m_openComments->setText(tr("Open comments: %1").arg(m_comments ? m_comments->openCount() : 0));
}

bool MainWindow::hasUnsavedWork() const
{
    return m_editor->document()->isModified() || commentsUnsaved() ||
           m_spelling->dictionaryUnsaved();
}

bool MainWindow::commentsUnsaved() const
{
    return m_comments && m_comments->bytes() != m_commentsSaved;
}

// The revision the text is based on, with its names: read from git only when it changes (on
// opening, saving, naming), never per keystroke.
void MainWindow::updateRevisionLabel()
{
    if (!m_repository)
        return;
    QString revision = m_base ? m_base->shortString() : tr("no revision");
    if (m_base)
        if (auto r = m_repository->revision(*m_base); r && !r->tags.isEmpty())
            revision += QLatin1String(" (") + r->tags.join(QLatin1String(", ")) + QLatin1Char(')');
    m_revision->setText(tr("Revision: %1").arg(revision));
}

QString MainWindow::statusText() const
{
    return QStringList{m_words->text(), m_agreed->text(), m_brackets->text(),
                       m_openComments->text(), m_revision->text()}
        .join(QLatin1String("  "));
}

std::optional<Identity> MainWindow::askIdentity(bool always)
{
    auto manifest = m_repository->workingManifest();
    if (!manifest) {
        QMessageBox::warning(this, tr("Save"), manifest.error().message);
        return std::nullopt;
    }
    auto resolved = Identity::resolve({}, m_repository->git());
    Identity current = resolved ? resolved.value() : Identity();
    if (!always && resolved && manifest->delegation(current.delegation))
        return current;
    IdentityDialog dialog(current, manifest.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Identity chosen = dialog.identity();
    chosen.saveToSettings();
    return chosen;
}

bool MainWindow::save()
{
    if (!m_repository)
        return false;
    const Document doc = m_editor->currentDocument();
    const auto who = askIdentity(false);
    if (!who)
        return false;
    const auto manifest = m_repository->workingManifest();
    const Delegation *delegation = manifest ? manifest->delegation(who->delegation) : nullptr;
    SaveDialog dialog(*who, delegation ? delegation->name : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    NegotiationRepository::SaveRequest request;
    request.base = m_base;
    request.files.insert(NegotiationRepository::kTextFile, DocumentWriter::write(doc));
    // Comments made since the last save go into the same revision as the text.
    if (commentsUnsaved())
        request.files.insert(NegotiationRepository::kCommentsFile, m_comments->bytes());
    // Words added to the project dictionary travel with the revision, to every delegation.
    if (m_spelling->dictionaryUnsaved())
        request.files.insert(NegotiationRepository::kDictionaryFile, m_spelling->dictionaryBytes());
    request.identity = *who;
    request.message = dialog.message();
    auto saved = m_repository->save(request);
    if (!saved) {
        // The text stays open and modified: nothing is lost, nothing overwritten.
        QMessageBox::warning(this, tr("Save Revision"),
                             tr("The revision was not saved: %1").arg(saved.error().message));
        return false;
    }
    if (!saved->warning.isEmpty())
        QMessageBox::information(this, tr("Save Revision"), saved->warning);
    m_editor->document()->setModified(false);
    if (m_spelling->dictionaryUnsaved())
        m_spelling->dictionarySaved();
    if (commentsUnsaved()) {
        m_commentsSaved = m_comments->bytes();
        *m_comments = CommentLog::read(m_commentsSaved); // nothing pending any more
        m_commentsPanel->refresh();
    }
    setWindowModified(false);
    if (saved->commit)
        m_base = saved->commit;
    discardRecovery();
    reloadHistory();
    statusBar()->showMessage(saved->commit
                                 ? tr("Saved revision %1").arg(saved->commit->shortString())
                                 : tr("Nothing to save: the text is unchanged"),
                             5000);
    updateStatus();
    updateRevisionLabel();
    m_negotiation->refresh(); // one more revision to push
    return true;
}

bool MainWindow::maySetAside()
{
    if (m_repository && showsErrors() && m_rawText->document()->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"),
            tr("The raw text has changes that still have errors and cannot be saved as a "
               "revision. Discard them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        return answer == QMessageBox::Discard;
    }
    if (!m_repository || showsErrors() || !hasUnsavedWork())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"), tr("The text has changes that are not saved as a revision."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discardRecovery();
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maySetAside())
        event->accept();
    else
        event->ignore();
}

} // namespace plenary::gui
