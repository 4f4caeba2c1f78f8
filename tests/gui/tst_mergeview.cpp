// Working together in the editor, offscreen: a proposal started from the Negotiation menu,
// merged through the conflict view (alternatives, ours, theirs, a blend), and pull and push
// against a bare remote that another delegation's clone pushes to with the plenary command.
// Checked with the git program.

#include "document/document.h"
#include "gitprogram.h"
#include "gui/credentialsdialog.h"
#include "gui/documenteditor.h"
#include "gui/mainwindow.h"
#include "gui/mergeview.h"
#include "gui/negotiationmenu.h"
#include "gui/startproposaldialog.h"
#include "history/demonegotiation.h"
#include "sshserver.h"
#include "web/sandbox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace plenary;
using namespace plenary::gui;
using namespace Qt::StringLiterals;

namespace {

const QString kOp1 = u"pa4gh8vk"_s; // the demo's OP1: "*Reaffirm* our commitment to the full …"
constexpr int kTransferTimeoutMs = 60000;

// Speaks for a delegation from now on, as the environment tells the editor.
void speakFor(const QByteArray &delegation)
{
    qputenv("PLENARY_DELEGATION", delegation);
    qputenv("PLENARY_AUTHOR", delegation == "EU" ? "Pieter Janssens <pj@eeas.europa.eu>"
                                                 : "Dilnoza Karimova <dk@mfa.uz>");
}

// Answers the next modal dialog (the save message): types a message and accepts it.
void answerNextDialog(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            if (auto *edit = dialog->findChild<QLineEdit *>())
                edit->setText(text);
            dialog->accept();
        }
    });
}

QString gitOut(const QString &dir, const QStringList &args)
{
    return GitProgram::run(dir, args).out.trimmed();
}

QString op1Text(const MainWindow &window)
{
    const Document doc = window.editor()->currentDocument();
    const qsizetype at = doc.indexOf(kOp1);
    return at < 0 ? QString() : doc.paragraphs[at].text;
}

// Gives the text another title in the editor (saved with the next revision).
void retitle(MainWindow &window, const QString &title)
{
    Document doc = window.editor()->currentDocument();
    doc.header.title = title;
    window.editor()->setDocument(doc);
    window.editor()->document()->setModified(true);
}

// Edits OP1 in the editor ("full implementation" → `word` implementation) and saves it.
bool editOp1AndSave(MainWindow &window, const QString &word)
{
    Document doc = window.editor()->currentDocument();
    const qsizetype at = doc.indexOf(kOp1);
    if (at < 0 || !doc.paragraphs[at].text.contains(u"full implementation"_s))
        return false;
    doc.paragraphs[at].text.replace(u"full implementation"_s, word + u" implementation"_s);
    window.editor()->setDocument(doc);
    window.editor()->document()->setModified(true);
    answerNextDialog(u"OP1: "_s + word);
    return window.save();
}

} // namespace

class TestMergeView : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        web::Sandbox::prepareApplication(true);
        speakFor("EU");
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_repo;

    // The plenary command in `dir`, as a member of `delegation`.
    int plenary(const QString &dir, const QStringList &args, const QByteArray &delegation,
                QString *err = nullptr) const
    {
        QProcess process;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"LC_ALL"_s, u"C"_s);
        e.insert(u"LANGUAGE"_s, u"en"_s);
        for (const char *display : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            e.remove(QLatin1String(display));
        e.remove(u"SSH_AUTH_SOCK"_s);
        e.insert(u"PLENARY_DELEGATION"_s, QString::fromLatin1(delegation));
        e.insert(u"PLENARY_AUTHOR"_s, delegation == "EU" ? u"Pieter Janssens <pj@eeas.europa.eu>"_s
                                                         : u"Dilnoza Karimova <dk@mfa.uz>"_s);
        process.setProcessEnvironment(e);
        process.setWorkingDirectory(dir);
        process.start(QStringLiteral(PLENARY_BIN), args);
        if (!process.waitForFinished(kTransferTimeoutMs))
            return -1;
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // A shared bare remote of the demo negotiation and two clones of it, made by the git
    // program: `uz` for the window, `eu` for the other delegation's plenary command.
    bool makeRemote(QString &bare, QString &uz, QString &eu)
    {
        const QString seed = m_dir->filePath(u"seed"_s);
        bare = m_dir->filePath(u"shared.git"_s);
        uz = m_dir->filePath(u"uz"_s);
        eu = m_dir->filePath(u"eu"_s);
        return DemoNegotiation::create(seed).isOk() &&
               GitProgram::run(m_dir->path(), {u"clone"_s, u"-q"_s, u"--bare"_s, seed, bare})
                       .exitCode == 0 &&
               GitProgram::run(m_dir->path(), {u"clone"_s, u"-q"_s, bare, uz}).exitCode == 0 &&
               GitProgram::run(m_dir->path(), {u"clone"_s, u"-q"_s, bare, eu}).exitCode == 0;
    }

    // The other delegation rewords OP1 in its clone, commits and pushes with plenary.
    void otherDelegationPushes(const QString &eu, const QByteArray &from, const QByteArray &to)
    {
        QFile file(eu + u"/text.plenary"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        QVERIFY(text.contains(from));
        text.replace(from, to);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(text), text.size());
        file.close();
        QString err;
        QVERIFY2(
            plenary(eu, {u"commit"_s, u"-m"_s, u"EU: "_s + QString::fromUtf8(to)}, "EU", &err) == 0,
            qPrintable(err));
        QVERIFY2(plenary(eu, {u"push"_s}, "EU", &err) == 0, qPrintable(err));
    }

    // EU's proposal eu-op1 says "effective", UZ's main line "balanced": one conflict on OP1.
    MergeView *conflictOnOp1(MainWindow &window)
    {
        if (!window.openRepository(m_repo))
            return nullptr;
        speakFor("EU");
        if (!window.negotiation()->startProposal(u"eu-op1"_s, u"EU proposal on OP 1"_s) ||
            !editOp1AndSave(window, u"effective"_s))
            return nullptr;
        speakFor("UZ");
        if (!window.negotiation()->switchTo(u"main"_s) || !editOp1AndSave(window, u"balanced"_s))
            return nullptr;
        return window.negotiation()->mergeBranch(u"eu-op1"_s);
    }

    // Restores what useSsh() changes in this process's environment.
    struct SshEnvironment
    {
        QByteArray home = qgetenv("HOME"), agent = qgetenv("SSH_AUTH_SOCK");
        ~SshEnvironment()
        {
            qputenv("HOME", home);
            qunsetenv("PLENARY_SSH_KEY");
            if (!agent.isEmpty())
                qputenv("SSH_AUTH_SOCK", agent);
        }
    };

    // Points the clones at `bare` through the throwaway sshd, known by the HOME of this process
    // and of the commands it runs, which use `key` (PLENARY_SSH_KEY) and no agent.
    void useSsh(const SshServer &server, const QString &bare, const QStringList &clones,
                const QString &key)
    {
        const QString sshHome = m_dir->filePath(u"home"_s);
        QVERIFY(QDir().mkpath(sshHome + u"/.ssh"_s));
        QFile known(sshHome + u"/.ssh/known_hosts"_s);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(server.knownHostsLine());
        known.close();
        qputenv("HOME", QFile::encodeName(sshHome));
        qputenv("PLENARY_SSH_KEY", QFile::encodeName(key));
        qunsetenv("SSH_AUTH_SOCK");
        for (const QString &clone : clones)
            QCOMPARE(
                GitProgram::run(clone, {u"remote"_s, u"set-url"_s, u"origin"_s, server.url(bare)})
                    .exitCode,
                0);
    }

    static void verifyFsck(const QString &dir)
    {
        const GitProgram fsck = GitProgram::run(dir, {u"fsck"_s, u"--strict"_s});
        QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.err));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(u"data"_s)));
        m_repo = m_dir->filePath(u"demo"_s);
        QVERIFY(DemoNegotiation::create(m_repo).isOk());
    }

    void cleanup()
    {
        // Boxes a failed case left open must not answer for the next one.
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QMessageBox *>(w))
                w->close();
    }

    void startsAProposalAndMergesItAsAlternatives()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        QCOMPARE(window.negotiation()->indicator()->text(), u"main"_s);

        // Negotiation → Start Proposal…: the short name is checked as it is typed.
        speakFor("EU");
        auto *start = window.findChild<QAction *>(u"startProposal"_s);
        QVERIFY(start && start->isEnabled());
        start->trigger();
        auto *dialog = window.findChild<StartProposalDialog *>();
        QVERIFY(dialog);
        auto *slug = dialog->findChild<QLineEdit *>(u"slug"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        slug->setText(u"eu op1"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog->problem().contains(u"cannot name a proposal"_s),
                 qPrintable(dialog->problem()));
        slug->setText(u"main"_s);
        QVERIFY2(dialog->problem().contains(u"already exists"_s), qPrintable(dialog->problem()));
        QVERIFY(!ok->isEnabled());
        slug->setText(u"eu-op1"_s);
        QVERIFY(ok->isEnabled());
        dialog->findChild<QLineEdit *>(u"title"_s)->setText(u"EU proposal on OP 1"_s);
        ok->click();
        QCOMPARE(gitOut(m_repo, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"eu-op1"_s);
        QCOMPARE(window.negotiation()->indicator()->text(), u"eu-op1 — EU proposal on OP 1"_s);
        QVERIFY(editOp1AndSave(window, u"effective"_s));

        // Back on main, UZ words OP1 differently.
        speakFor("UZ");
        QVERIFY(window.negotiation()->switchTo(u"main"_s));
        QCOMPARE(window.negotiation()->indicator()->text(), u"main"_s);
        QVERIFY2(op1Text(window).contains(u"the full implementation"_s),
                 qPrintable(op1Text(window)));
        QVERIFY(editOp1AndSave(window, u"balanced"_s));
        const QString mainBefore = gitOut(m_repo, {u"rev-parse"_s, u"HEAD"_s});

        QPointer<MergeView> view = window.negotiation()->mergeBranch(u"eu-op1"_s);
        QVERIFY(view);
        QCOMPARE(view->conflictCount(), 1);
        QCOMPARE(view->conflictLine(0), u"OP1 — UZ / EU — open"_s);
        QVERIFY(view->paneText(MergeView::Pane::Base).contains(u"the full implementation"_s));
        // Each side's pane shows what it changed against the base: the word struck out and
        // the word put in.
        QVERIFY2(
            view->paneText(MergeView::Pane::Ours).contains(u"the fullbalanced implementation"_s),
            qPrintable(view->paneText(MergeView::Pane::Ours)));
        QVERIFY(view->paneText(MergeView::Pane::Theirs).contains(u"effective implementation"_s));
        // Like a redline: the deleted word struck through, the inserted one underlined.
        const QTextDocument *ours = view->findChild<QTextBrowser *>(u"ours"_s)->document();
        const QTextCursor deleted = ours->find(u"full"_s);
        const QTextCursor inserted = ours->find(u"balanced"_s);
        QVERIFY(!deleted.isNull() && !inserted.isNull());
        QVERIFY(deleted.charFormat().fontStrikeOut());
        QVERIFY(!deleted.charFormat().fontUnderline());
        QVERIFY(inserted.charFormat().fontUnderline());
        QVERIFY(!inserted.charFormat().fontStrikeOut());
        QVERIFY(!ours->find(u"implementation"_s).charFormat().fontUnderline());
        QVERIFY(!view->canComplete());
        QVERIFY(!view->findChild<QPushButton *>(u"complete"_s)->isEnabled());
        // Nothing is recorded while the view is open.
        QCOMPARE(gitOut(m_repo, {u"rev-parse"_s, u"HEAD"_s}), mainBefore);

        view->findChild<QPushButton *>(u"alternatives"_s)->click();
        QCOMPARE(view->conflictLine(0), u"OP1 — UZ / EU — settled: both as alternatives"_s);
        const QString merged =
            u"the [Alt 1 (UZ): balanced] [Alt 2 (EU): effective] implementation"_s;
        QVERIFY2(view->previewText().contains(merged), qPrintable(view->previewText()));
        QVERIFY(view->findChild<QPushButton *>(u"complete"_s)->isEnabled());
        QVERIFY(view->complete());
        QTRY_VERIFY(view.isNull());

        // The editor shows the merged text; the merge commit has both parents.
        QVERIFY2(op1Text(window).contains(merged), qPrintable(op1Text(window)));
        QVERIFY(!window.isWindowModified());
        const QStringList parents =
            gitOut(m_repo, {u"rev-list"_s, u"--parents"_s, u"-n"_s, u"1"_s, u"HEAD"_s}).split(u' ');
        QCOMPARE(parents.size(), 3);
        QCOMPARE(parents[1], mainBefore);
        QCOMPARE(parents[2], gitOut(m_repo, {u"rev-parse"_s, u"eu-op1"_s}));
        const QString message = gitOut(m_repo, {u"log"_s, u"-1"_s, u"--format=%B"_s});
        QVERIFY2(message.contains(u"Conflicts settled (1): OP1: both versions kept as "
                                  "alternatives"_s),
                 qPrintable(message));
        QVERIFY(message.contains(u"Delegation: UZ"_s));
        QCOMPARE(gitOut(m_repo, {u"status"_s, u"--porcelain"_s}), QString());
        verifyFsck(m_repo);
        QVERIFY(window.negotiation()->lastMessage().startsWith(u"Merged eu-op1 into main"_s));
    }

    void settlesAConflict_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected");
        QTest::newRow("take ours") << u"ours"_s << u"to the balanced implementation"_s;
        QTest::newRow("take theirs (Alt+T)") << u"theirs"_s << u"to the effective implementation"_s;
        QTest::newRow("blend") << u"blend"_s << u"to the balanced and effective implementation"_s;
    }

    void settlesAConflict()
    {
        QFETCH(QString, how);
        QFETCH(QString, expected);
        MainWindow window;
        window.show();
        QPointer<MergeView> view = conflictOnOp1(window);
        QVERIFY(view);
        QCOMPARE(view->conflictCount(), 1);
        if (how == u"ours"_s) {
            view->findChild<QPushButton *>(u"takeOurs"_s)->click();
            QCOMPARE(view->conflictLine(0), u"OP1 — UZ / EU — settled: UZ's version"_s);
        } else if (how == u"theirs"_s) {
            QApplication::setActiveWindow(view);
            QTest::keyClick(view, Qt::Key_T, Qt::AltModifier);
            QCOMPARE(view->conflictLine(0), u"OP1 — UZ / EU — settled: EU's version"_s);
        } else {
            view->findChild<QPushButton *>(u"editBlend"_s)->click();
            auto *editor = view->findChild<QPlainTextEdit *>(u"blend"_s);
            QVERIFY(editor->toPlainText().contains(u"balanced implementation"_s));
            // A blend that is not a paragraph text is refused inline and settles nothing.
            editor->setPlainText(u"*Reaffirm* our [balanced commitment"_s);
            view->findChild<QPushButton *>(u"applyBlend"_s)->click();
            QVERIFY(!view->errorText().isEmpty());
            QCOMPARE(view->conflictLine(0), u"OP1 — UZ / EU — open"_s);
            QVERIFY(!view->canComplete());
            // The blend worth keeping: ours' text with both words.
            QVERIFY(view->applyBlend(op1Text(window).replace(
                u"balanced implementation"_s, u"balanced and effective implementation"_s)));
            QVERIFY(view->errorText().isEmpty());
            QCOMPARE(view->conflictLine(0), u"OP1 — UZ / EU — settled: a blend"_s);
        }
        QVERIFY(view->complete());
        QTRY_VERIFY(view.isNull());
        QVERIFY2(op1Text(window).contains(expected), qPrintable(op1Text(window)));
        QCOMPARE(gitOut(m_repo, {u"rev-list"_s, u"--parents"_s, u"-n"_s, u"1"_s, u"HEAD"_s})
                     .split(u' ')
                     .size(),
                 3);
        verifyFsck(m_repo);
    }

    void aHeaderFieldTakesNoAlternativesAndCancelChangesNothing()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openRepository(m_repo));
        speakFor("EU");
        QVERIFY(window.negotiation()->startProposal(u"eu-title"_s, QString()));
        retitle(window, u"Tashkent Declaration"_s);
        QVERIFY(editOp1AndSave(window, u"effective"_s));
        speakFor("UZ");
        QVERIFY(window.negotiation()->switchTo(u"main"_s));
        retitle(window, u"Samarkand Declaration"_s);
        QVERIFY(editOp1AndSave(window, u"balanced"_s));
        const QString before = gitOut(m_repo, {u"rev-parse"_s, u"HEAD"_s});
        const QString textBefore = op1Text(window);

        QPointer<MergeView> view = window.negotiation()->mergeBranch(u"eu-title"_s);
        QVERIFY(view);
        QCOMPARE(view->conflictCount(), 2);
        // The header's conflicts come first; a field holds no brackets.
        QCOMPARE(view->conflictLine(0), u"title — UZ / EU — open"_s);
        QCOMPARE(view->conflictLine(1), u"OP1 — UZ / EU — open"_s);
        QCOMPARE(view->currentConflict(), 0);
        QVERIFY(view->paneText(MergeView::Pane::Ours).contains(u"Samarkand"_s));
        QVERIFY(view->paneText(MergeView::Pane::Theirs).contains(u"Tashkent"_s));
        QVERIFY(!view->findChild<QPushButton *>(u"alternatives"_s)->isEnabled());
        QVERIFY(!view->keepAlternatives());
        QVERIFY(!view->errorText().isEmpty());
        QCOMPARE(view->conflictLine(0), u"title — UZ / EU — open"_s);

        // Up and Down go through the conflicts.
        auto *list = view->findChild<QListWidget *>(u"conflicts"_s);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(view->currentConflict(), 1);
        QVERIFY(view->findChild<QPushButton *>(u"alternatives"_s)->isEnabled());
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(view->currentConflict(), 0);
        QVERIFY(view->errorText().isEmpty());

        // Settling one moves on to the next open conflict.
        QVERIFY(view->takeTheirs());
        QCOMPARE(view->conflictLine(0), u"title — UZ / EU — settled: EU's version"_s);
        QCOMPARE(view->currentConflict(), 1);
        view->setCurrentConflict(0);
        QVERIFY2(view->previewText().contains(u"Tashkent Declaration"_s),
                 qPrintable(view->previewText()));
        QVERIFY(!view->canComplete());
        QVERIFY(!view->complete());

        // Cancel changes nothing.
        view->reject();
        QTRY_VERIFY(view.isNull());
        QCOMPARE(gitOut(m_repo, {u"rev-parse"_s, u"HEAD"_s}), before);
        QCOMPARE(op1Text(window), textBefore);
        QCOMPARE(window.editor()->currentDocument().header.title, u"Samarkand Declaration"_s);
        QCOMPARE(gitOut(m_repo, {u"status"_s, u"--porcelain"_s}), QString());
    }

    void unsavedWorkIsSavedBeforeSwitching()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        QVERIFY(window.negotiation()->startProposal(u"eu-op1"_s, u"EU proposal on OP 1"_s));
        Document doc = window.editor()->currentDocument();
        doc.paragraphs[doc.indexOf(kOp1)].text.replace(u"full implementation"_s,
                                                       u"effective implementation"_s);
        window.editor()->setDocument(doc);
        window.editor()->document()->setModified(true);
        const QString proposalBefore = gitOut(m_repo, {u"rev-parse"_s, u"eu-op1"_s});

        // Asked, and cancelled: nothing changes.
        QString asked;
        QTimer::singleShot(0, qApp, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::Cancel)->click();
            }
        });
        QVERIFY(!window.negotiation()->switchTo(u"main"_s));
        QCOMPARE(asked, u"Save your changes as a revision first?"_s);
        QCOMPARE(gitOut(m_repo, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"eu-op1"_s);
        QCOMPARE(gitOut(m_repo, {u"rev-parse"_s, u"eu-op1"_s}), proposalBefore);
        QVERIFY(window.unsavedWork());

        // Asked, and saved: the revision goes on the proposal, then main opens.
        asked.clear();
        QTimer::singleShot(0, qApp, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                answerNextDialog(u"EU: effective"_s);
                box->button(QMessageBox::Save)->click();
            }
        });
        QVERIFY(window.negotiation()->switchTo(u"main"_s));
        QCOMPARE(asked, u"Save your changes as a revision first?"_s);
        QCOMPARE(gitOut(m_repo, {u"log"_s, u"-1"_s, u"--format=%s"_s, u"eu-op1"_s}),
                 u"EU: effective"_s);
        QCOMPARE(gitOut(m_repo, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"main"_s);
        QVERIFY(op1Text(window).contains(u"the full implementation"_s));
        QVERIFY(!window.unsavedWork());
    }

    void fastForwardsAndSaysWhenUpToDate()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        speakFor("EU");
        QVERIFY(window.negotiation()->startProposal(u"eu-op1"_s, u"EU proposal on OP 1"_s));
        QVERIFY(editOp1AndSave(window, u"effective"_s));

        // Negotiation → Switch To ▸ lists the branches, the current one checked.
        QMenu *switchMenu = window.findChild<QAction *>(u"switchTo"_s)->menu();
        Q_EMIT switchMenu->aboutToShow();
        QStringList entries;
        for (QAction *action : switchMenu->actions())
            entries.append(action->text() + (action->isChecked() ? u" *"_s : QString()));
        QCOMPARE(entries, (QStringList{u"eu-op1 — EU proposal on OP 1 *"_s, u"main"_s}));
        switchMenu->actions().at(1)->trigger();
        QCOMPARE(gitOut(m_repo, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"main"_s);
        QVERIFY(op1Text(window).contains(u"the full implementation"_s));

        // Negotiation → Merge Proposal…: main has not moved, so it moves forward.
        window.findChild<QAction *>(u"mergeProposal"_s)->trigger();
        auto *chooser = window.findChild<QDialog *>(u"mergeChooser"_s);
        QVERIFY(chooser);
        auto *branches = chooser->findChild<QComboBox *>(u"branch"_s);
        QCOMPARE(branches->count(), 1);
        QCOMPARE(branches->currentText(), u"eu-op1 — EU proposal on OP 1"_s);
        chooser->accept();
        QCOMPARE(gitOut(m_repo, {u"rev-parse"_s, u"HEAD"_s}),
                 gitOut(m_repo, {u"rev-parse"_s, u"eu-op1"_s}));
        QVERIFY2(window.negotiation()->lastMessage().startsWith(u"Fast-forward to eu-op1"_s),
                 qPrintable(window.negotiation()->lastMessage()));
        QVERIFY(op1Text(window).contains(u"the effective implementation"_s));
        QCOMPARE(gitOut(m_repo, {u"rev-list"_s, u"--parents"_s, u"-n"_s, u"1"_s, u"HEAD"_s})
                     .split(u' ')
                     .size(),
                 2);

        QCOMPARE(window.negotiation()->mergeBranch(u"eu-op1"_s), nullptr);
        QCOMPARE(window.negotiation()->lastMessage(), u"Already up to date with eu-op1."_s);
    }

    void pullsAConflictSettlesItAndPushes_data()
    {
        QTest::addColumn<bool>("overSsh");
        QTest::newRow("over a path") << false;
        QTest::newRow("over ssh") << true;
    }

    void pullsAConflictSettlesItAndPushes()
    {
        QFETCH(bool, overSsh);
        QString bare, uz, eu;
        QVERIFY(makeRemote(bare, uz, eu));
        SshServer server;
        const SshEnvironment restore;
        if (overSsh) {
            if (const QString why = SshServer::unavailable(); !why.isEmpty())
                QSKIP(qPrintable(why));
            QVERIFY2(server.start(m_dir->filePath(u"sshd"_s)), qPrintable(server.error()));
            useSsh(server, bare, {uz, eu}, server.clientKey());
            if (QTest::currentTestFailed())
                return;
        }
        // EU shares its wording of OP1 first.
        otherDelegationPushes(eu, "the full implementation", "the effective implementation");
        if (QTest::currentTestFailed())
            return;

        speakFor("UZ");
        MainWindow window;
        QVERIFY(window.openRepository(uz));
        QVERIFY(editOp1AndSave(window, u"balanced"_s));
        // As last fetched: one revision to push, none to pull yet.
        QCOMPARE(window.negotiation()->indicator()->text(), u"main  ↑1 ↓0"_s);

        NegotiationMenu *negotiation = window.negotiation();
        QSignalSpy opened(negotiation, &NegotiationMenu::mergeViewOpened);
        QSignalSpy finished(negotiation, &NegotiationMenu::transferFinished);
        window.findChild<QAction *>(u"pull"_s)->trigger();
        QVERIFY(negotiation->isBusy());
        QVERIFY(opened.wait(kTransferTimeoutMs));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toBool(), true);
        QVERIFY(!negotiation->isBusy());
        QPointer<MergeView> view = qvariant_cast<MergeView *>(opened[0][0]);
        QVERIFY(view);
        QCOMPARE(view->conflictCount(), 1);
        QCOMPARE(view->conflictLine(0), u"OP1 — UZ / EU — open"_s);
        QVERIFY(view->windowTitle().contains(u"origin/main"_s));
        QVERIFY(view->keepAlternatives());
        QVERIFY(view->complete());
        QTRY_VERIFY(view.isNull());
        QVERIFY2(op1Text(window).contains(
                     u"the [Alt 1 (UZ): balanced] [Alt 2 (EU): effective] implementation"_s),
                 qPrintable(op1Text(window)));
        QCOMPARE(window.negotiation()->indicator()->text(), u"main  ↑2 ↓0"_s);

        window.findChild<QAction *>(u"push"_s)->trigger();
        QVERIFY(finished.wait(kTransferTimeoutMs));
        QCOMPARE(finished.size(), 2);
        QVERIFY2(finished[1][0].toBool(), qPrintable(finished[1][1].toString()));
        QVERIFY(finished[1][1].toString().startsWith(u"Pushed main to origin"_s));
        const QString head = gitOut(uz, {u"rev-parse"_s, u"HEAD"_s});
        QCOMPARE(gitOut(bare, {u"rev-parse"_s, u"main"_s}), head);
        QCOMPARE(window.negotiation()->indicator()->text(), u"main  ↑0 ↓0"_s);

        // The other delegation pulls and ends on the same revision.
        QString err;
        QVERIFY2(plenary(eu, {u"pull"_s}, "EU", &err) == 0, qPrintable(err));
        QCOMPARE(gitOut(eu, {u"rev-parse"_s, u"HEAD"_s}), head);
        verifyFsck(uz);
        verifyFsck(bare);
    }

    // A key the server refuses: the worker asks on the GUI thread, and the answer gets in.
    void aRefusedKeyAsksWhoYouAre()
    {
        if (const QString why = SshServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString bare, uz, eu;
        QVERIFY(makeRemote(bare, uz, eu));
        SshServer server;
        QVERIFY2(server.start(m_dir->filePath(u"sshd"_s)), qPrintable(server.error()));
        const QString stranger = m_dir->filePath(u"stranger"_s);
        QVERIFY(SshServer::makeKey(stranger));
        const SshEnvironment restore;
        useSsh(server, bare, {uz}, stranger);
        if (QTest::currentTestFailed())
            return;

        speakFor("UZ");
        MainWindow window;
        QVERIFY(window.openRepository(uz));
        NegotiationMenu *negotiation = window.negotiation();
        QSignalSpy finished(negotiation, &NegotiationMenu::transferFinished);
        // The dialog runs its own event loop: it is answered from a timer inside that loop.
        bool answered = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, &window, [&] {
            auto *dialog = window.findChild<CredentialsDialog *>();
            if (!dialog || !dialog->isVisible())
                return;
            auto *keyFile = dialog->findChild<QLineEdit *>(u"keyFile"_s);
            if (!keyFile)
                return;
            keyFile->setText(server.clientKey());
            answered = true;
            answer.stop();
            dialog->accept();
        });
        answer.start(50);
        QVERIFY(negotiation->pull());
        QVERIFY(finished.wait(kTransferTimeoutMs));
        QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][1].toString()));
        QCOMPARE(negotiation->lastMessage(), u"Already up to date with origin/main."_s);
        QVERIFY(answered);
    }

    void credentialsDialogAsksForWhatTheRemoteWants()
    {
        git::CredentialRequest https{u"https://drafting.example.org/bsct.git"_s, u"uz"_s, false, 2};
        CredentialsDialog web(https);
        QVERIFY(!web.findChild<QLineEdit *>(u"keyFile"_s));
        QCOMPARE(web.findChild<QLineEdit *>(u"user"_s)->text(), u"uz"_s);
        QCOMPARE(web.findChild<QLineEdit *>(u"secret"_s)->echoMode(), QLineEdit::Password);
        bool namesTheUrl = false;
        for (const QLabel *label : web.findChildren<QLabel *>())
            namesTheUrl = namesTheUrl || (label->text().contains(https.url) &&
                                          label->text().contains(u"refused"_s));
        QVERIFY(namesTheUrl);
        web.findChild<QLineEdit *>(u"secret"_s)->setText(u"token-123"_s);
        QCOMPARE(web.credentials().userName, u"uz"_s);
        QCOMPARE(web.credentials().password, u"token-123"_s);
        QCOMPARE(web.credentials().keyFile, QString());

        CredentialsDialog ssh({u"ssh://uz@drafting.example.org/srv/bsct.git"_s, u"uz"_s, true, 1});
        auto *keyFile = ssh.findChild<QLineEdit *>(u"keyFile"_s);
        QVERIFY(keyFile);
        keyFile->setText(u" /home/uz/.ssh/id_ed25519 "_s);
        ssh.findChild<QLineEdit *>(u"secret"_s)->setText(u"passphrase"_s);
        QCOMPARE(ssh.credentials().keyFile, u"/home/uz/.ssh/id_ed25519"_s);
        QCOMPARE(ssh.credentials().password, u"passphrase"_s);
    }

    void aCancelledPullChangesNothing()
    {
        QString bare, uz, eu;
        QVERIFY(makeRemote(bare, uz, eu));
        otherDelegationPushes(eu, "the full implementation", "the effective implementation");
        if (QTest::currentTestFailed())
            return;
        speakFor("UZ");
        MainWindow window;
        QVERIFY(window.openRepository(uz));
        const QString headBefore = gitOut(uz, {u"rev-parse"_s, u"HEAD"_s});
        const QString trackingBefore = gitOut(uz, {u"rev-parse"_s, u"origin/main"_s});

        NegotiationMenu *negotiation = window.negotiation();
        QSignalSpy opened(negotiation, &NegotiationMenu::mergeViewOpened);
        QSignalSpy finished(negotiation, &NegotiationMenu::transferFinished);
        QVERIFY(negotiation->pull());
        // Cancel in the progress dialog: the transfer's next progress report stops it.
        QVERIFY(negotiation->progressDialog());
        auto *cancel = negotiation->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(kTransferTimeoutMs));
        QCOMPARE(finished[0][0].toBool(), false);
        QCOMPARE(finished[0][1].toString(), u"Pull cancelled: nothing was changed."_s);
        QCOMPARE(negotiation->lastMessage(), u"Pull cancelled: nothing was changed."_s);
        QCOMPARE(opened.size(), 0);
        QVERIFY(!negotiation->progressDialog());
        QCOMPARE(gitOut(uz, {u"rev-parse"_s, u"HEAD"_s}), headBefore);
        QCOMPARE(gitOut(uz, {u"rev-parse"_s, u"origin/main"_s}), trackingBefore);
        QVERIFY(window.findChild<QAction *>(u"pull"_s)->isEnabled());
    }

    void aRejectedPushSaysToPullFirstAndChangesNothing()
    {
        QString bare, uz, eu;
        QVERIFY(makeRemote(bare, uz, eu));
        otherDelegationPushes(eu, "the full implementation", "the effective implementation");
        if (QTest::currentTestFailed())
            return;
        const QString remoteBefore = gitOut(bare, {u"rev-parse"_s, u"main"_s});

        speakFor("UZ");
        MainWindow window;
        QVERIFY(window.openRepository(uz));
        QVERIFY(editOp1AndSave(window, u"balanced"_s));
        const QString localBefore = gitOut(uz, {u"rev-parse"_s, u"HEAD"_s});
        const QString trackingBefore = gitOut(uz, {u"rev-parse"_s, u"origin/main"_s});

        QSignalSpy finished(window.negotiation(), &NegotiationMenu::transferFinished);
        QVERIFY(window.negotiation()->push());
        QVERIFY(finished.wait(kTransferTimeoutMs));
        QCOMPARE(finished[0][0].toBool(), false);
        const QString message = finished[0][1].toString();
        QVERIFY2(message.contains(u"pull first"_s), qPrintable(message));
        // The box says so and offers to pull.
        auto *box = window.findChild<QMessageBox *>(u"negotiationError"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"pull first"_s));
        QVERIFY(box->findChild<QPushButton *>(u"pullNow"_s));
        box->close();
        // Nothing changed, here or there.
        QCOMPARE(gitOut(bare, {u"rev-parse"_s, u"main"_s}), remoteBefore);
        QCOMPARE(gitOut(uz, {u"rev-parse"_s, u"HEAD"_s}), localBefore);
        QCOMPARE(gitOut(uz, {u"rev-parse"_s, u"origin/main"_s}), trackingBefore);
        QCOMPARE(gitOut(uz, {u"status"_s, u"--porcelain"_s}), QString());
        QVERIFY(!window.negotiation()->isBusy());
    }
};

QTEST_MAIN(TestMergeView)
#include "tst_mergeview.moc"
