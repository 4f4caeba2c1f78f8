#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "gitprogram.h"
#include "gui/commentspanel.h"
#include "gui/compareview.h"
#include "gui/documenteditor.h"
#include "gui/findbar.h"
#include "gui/historypanel.h"
#include "gui/mainwindow.h"
#include "gui/newnegotiationdialog.h"
#include "gui/paragraphformat.h"
#include "gui/previewpane.h"
#include "gui/settingsdialog.h"
#include "gui/spellingcontroller.h"
#include "history/demonegotiation.h"
#include "web/sandbox.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace plenary;
using namespace plenary::gui;

namespace {

// Answers the next modal dialog: types a message into its line edit (if any) and accepts it.
void answerNextDialog(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->accept();
            return;
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            if (auto *edit = dialog->findChild<QLineEdit *>())
                edit->setText(text);
            dialog->accept();
        }
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        // The preview and the comparison run the real QtWebEngine, offscreen.
        web::Sandbox::prepareApplication(true);
        qputenv("PLENARY_AUTHOR", "Pieter Janssens <pj@eeas.europa.eu>");
        qputenv("PLENARY_DELEGATION", "EU");
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_repo;

    QTextBlock blockOf(DocumentEditor *editor, const QString &id)
    {
        for (QTextBlock b = editor->document()->begin(); b.isValid(); b = b.next())
            if (ParagraphFormat::idOf(b) == id)
                return b;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
        m_repo = m_dir->filePath(QStringLiteral("demo"));
        QVERIFY(DemoNegotiation::create(m_repo).isOk());
    }

    void opensTheNegotiationAsADocument()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        DocumentEditor *editor = window.editor();
        QCOMPARE(editor->document()->blockCount(), 33);
        const Document doc = editor->currentDocument();
        QCOMPARE(
            DocumentWriter::write(doc),
            GitProgram::run(m_repo, {QStringLiteral("show"), QStringLiteral("HEAD:text.plenary")})
                .out.toUtf8());
        QVERIFY(!window.isWindowModified());
    }

    void enterStartsANewParagraphWithItsOwnIdentityAndABisNumber()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        window.show();
        DocumentEditor *editor = window.editor();
        // At the end of OP1, Enter and type: the new paragraph is OP1bis.
        const QTextBlock op1 = blockOf(editor, QStringLiteral("pa4gh8vk"));
        QVERIFY(op1.isValid());
        QTextCursor cursor(op1);
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("*Welcome* the offer of INTERPOL;"));

        const Document doc = editor->currentDocument();
        QCOMPARE(doc.paragraphs.size(), 34);
        const qsizetype index = doc.indexOf(QStringLiteral("pa4gh8vk")) + 1;
        const Paragraph &fresh = doc.paragraphs[index];
        QCOMPARE(fresh.text, QStringLiteral("*Welcome* the offer of INTERPOL;"));
        QCOMPARE(fresh.kind, ParagraphKind::Operative);
        QCOMPARE(fresh.status, ParagraphStatus::Proposed);
        QVERIFY(!fresh.numbered);
        QVERIFY(fresh.id != QStringLiteral("pa4gh8vk"));
        QCOMPARE(doc.paragraphs[index - 1].id, QStringLiteral("pa4gh8vk"));
        QCOMPARE(editor->numbering().label(index), QStringLiteral("1 bis"));
        QVERIFY(window.isWindowModified());
        QVERIFY(!DocumentReader::read(DocumentWriter::write(doc)).hasErrors());

        // Undo brings back the document as it was, redo the new paragraph.
        const QByteArray before =
            GitProgram::run(m_repo, {QStringLiteral("show"), QStringLiteral("HEAD:text.plenary")})
                .out.toUtf8();
        while (editor->document()->isUndoAvailable())
            editor->undo();
        QCOMPARE(DocumentWriter::write(editor->currentDocument()), before);
        while (editor->document()->isRedoAvailable())
            editor->redo();
        QCOMPARE(editor->currentDocument().paragraphs.size(), 34);
    }

    void saveMakesACommitWithTheDelegationTrailer()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        auto shortHead = [this] {
            return GitProgram::run(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("--short"),
                                            QStringLiteral("HEAD")})
                .out.trimmed();
        };
        QVERIFY2(window.statusText().contains(QStringLiteral("Words: 1115")),
                 qPrintable(window.statusText()));
        QVERIFY(window.statusText().contains(QStringLiteral("Revision: %1").arg(shortHead())));
        DocumentEditor *editor = window.editor();
        QTextCursor cursor(blockOf(editor, QStringLiteral("pa4gh8vk")));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.movePosition(QTextCursor::Left);
        editor->setTextCursor(cursor);
        // OP1 is agreed: editing it asks first.
        QTimer::singleShot(0, qApp, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClicks(editor, QStringLiteral(" and its reviews"));
        // The counts follow the typing, a moment later.
        QTRY_VERIFY2(window.statusText().contains(QStringLiteral("Words: 1118")),
                     qPrintable(window.statusText()));
        answerNextDialog(QStringLiteral("EU: reviews of the Strategy in OP1"));
        QVERIFY(window.save());
        QVERIFY(!window.isWindowModified());
        QVERIFY2(window.statusText().contains(QStringLiteral("Revision: %1").arg(shortHead())),
                 qPrintable(window.statusText()));
        QCOMPARE(
            GitProgram::run(
                m_repo, {QStringLiteral("log"), QStringLiteral("-1"),
                         QStringLiteral("--format=%an|%s|%(trailers:key=Delegation,valueonly)")})
                .out.trimmed(),
            QStringLiteral("Pieter Janssens|EU: reviews of the Strategy in OP1|EU"));
        QVERIFY(
            GitProgram::run(m_repo, {QStringLiteral("show"), QStringLiteral("HEAD:text.plenary")})
                .out.contains(QLatin1String("four pillars and its reviews;")));
        QCOMPARE(
            GitProgram::run(m_repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
            QString());
    }

    void staleSaveIsRefusedAndTheTextKept()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        DocumentEditor *editor = window.editor();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" (mine)"));

        // Another process saves meanwhile.
        auto other = NegotiationRepository::open(m_repo);
        QVERIFY(other.isOk());
        QByteArray theirs = other->textAt(*other->openedAt()).value();
        theirs.replace("four pillars", "four interlinked pillars");
        NegotiationRepository::SaveRequest request;
        request.base = other->openedAt();
        request.files.insert(NegotiationRepository::kTextFile, theirs);
        request.identity = {QStringLiteral("Other"), QStringLiteral("o@x"), QStringLiteral("UZ")};
        request.message = QStringLiteral("theirs");
        QVERIFY(other->save(request).isOk());

        answerNextDialog(QStringLiteral("mine"));
        QTimer::singleShot(50, qApp, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!window.save());
        QVERIFY(window.isWindowModified());
        QVERIFY(editor->toPlainText().endsWith(QLatin1String(" (mine)")));
        QCOMPARE(GitProgram::run(m_repo, {QStringLiteral("log"), QStringLiteral("-1"),
                                          QStringLiteral("--format=%s")})
                     .out.trimmed(),
                 QStringLiteral("theirs"));
    }

    // The editor is killed mid-edit; reopening offers the unsaved text back.
    void unsavedWorkSurvivesAKill()
    {
        QProcess child;
        child.start(QStringLiteral(PLENARY_EDITOR_CHILD),
                    {m_repo, QStringLiteral(" [text typed before the crash]"),
                     QStringLiteral("A comment made before the crash")});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.waitForReadyRead(100), 30000);
        QCOMPARE(child.readLine(), QByteArray("ready\n"));
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QTimer::singleShot(0, qApp, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        QVERIFY(window.editor()->toPlainText().endsWith(
            QLatin1String(" [text typed before the crash]")));
        QVERIFY(window.editor()->document()->isModified());
        bool commentBack = false;
        for (const QString &id : window.comments()->listedThreadIds())
            commentBack |= window.comments()->anchorOf(id).paragraphIndex >= 0 &&
                           id.size() > 0; // placed in the text
        QVERIFY(commentBack);

        // Saved, the recovery file is gone: reopening offers nothing.
        answerNextDialog(QStringLiteral("Recovered after a crash"));
        QVERIFY(window.save());
        QVERIFY(
            GitProgram::run(m_repo, {QStringLiteral("show"), QStringLiteral("HEAD:text.plenary")})
                .out.contains(QLatin1String("[text typed before the crash]")));
        QVERIFY(
            GitProgram::run(m_repo, {QStringLiteral("show"), QStringLiteral("HEAD:comments.jsonl")})
                .out.contains(QLatin1String("A comment made before the crash")));
        MainWindow again;
        QVERIFY(again.openRepository(m_repo));
        QVERIFY(!again.editor()->document()->isModified());
    }

    // The history is read off the GUI thread and lists every revision, newest first.
    void historyPanelListsTheRevisions()
    {
        MainWindow window;
        QSignalSpy loaded(window.history(), &HistoryPanel::loaded);
        QVERIFY(window.openRepository(m_repo));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.history()->revisionCount(), 12);

        answerNextDialog(QStringLiteral("One more"));
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral(" (amended)"));
        QVERIFY(window.save());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.history()->revisionCount(), 13);
    }

    // Editing agreed text asks first; agreeing reopens the paragraph, in the same undo step.
    void editingAgreedTextAsksAndReopensIt()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        DocumentEditor *editor = window.editor();
        const QString op1 = QStringLiteral("pa4gh8vk"); // agreed in the sample
        QCOMPARE(ParagraphFormat::statusOf(blockOf(editor, op1)), ParagraphStatus::Agreed);
        QTextCursor cursor(blockOf(editor, op1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(cursor);

        QTimer::singleShot(0, qApp, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::No)->click();
        });
        QTest::keyClick(editor, Qt::Key_X);
        QCOMPARE(ParagraphFormat::statusOf(blockOf(editor, op1)), ParagraphStatus::Agreed);
        QVERIFY(!blockOf(editor, op1).text().endsWith(QLatin1Char('x')));

        QTimer::singleShot(0, qApp, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(editor, Qt::Key_X);
        QCOMPARE(ParagraphFormat::statusOf(blockOf(editor, op1)), ParagraphStatus::Proposed);
        QVERIFY(blockOf(editor, op1).text().endsWith(QLatin1Char('x')));
        QTest::keyClick(editor, Qt::Key_Y); // already proposed: no question
        QVERIFY(blockOf(editor, op1).text().endsWith(QLatin1String("xy")));

        editor->undo(); // y
        editor->undo(); // x and the status, together
        QCOMPARE(ParagraphFormat::statusOf(blockOf(editor, op1)), ParagraphStatus::Agreed);
        QVERIFY(blockOf(editor, op1).text().endsWith(QLatin1String("pillars;")));
    }

    // Several paragraphs pasted as plain text become paragraphs with fresh identifiers.
    void pastingSeveralParagraphsMakesParagraphs()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        DocumentEditor *editor = window.editor();
        editor->moveCursor(QTextCursor::End);
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral("<p><b>First</b> pasted;</p><p style='color:red'>Second "
                                     "pasted.</p>"));
        mime->setText(QStringLiteral("\nFirst pasted;\nSecond pasted."));
        QApplication::clipboard()->setMimeData(mime);
        editor->paste();
        const Document doc = editor->currentDocument();
        QCOMPARE(doc.paragraphs.size(), 35);
        QCOMPARE(doc.paragraphs[33].text, QStringLiteral("First pasted;"));
        QCOMPARE(doc.paragraphs[34].text, QStringLiteral("Second pasted."));
        QSet<QString> ids;
        for (const Paragraph &p : doc.paragraphs)
            ids.insert(p.id);
        QCOMPARE(ids.size(), 35);
        QVERIFY(!DocumentReader::read(DocumentWriter::write(doc)).hasErrors());
    }

    void changingAStatusIsUndoable()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        DocumentEditor *editor = window.editor();
        const QTextBlock op2 = blockOf(editor, QStringLiteral("0r87hmaa"));
        QCOMPARE(ParagraphFormat::statusOf(op2), ParagraphStatus::Proposed);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        editor->setFocus();
        editor->setTextCursor(QTextCursor(op2));
        QTest::keyClick(editor, Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(ParagraphFormat::statusOf(blockOf(editor, QStringLiteral("0r87hmaa"))),
                 ParagraphStatus::Agreed);
        editor->undo();
        QCOMPARE(ParagraphFormat::statusOf(blockOf(editor, QStringLiteral("0r87hmaa"))),
                 ParagraphStatus::Proposed);
    }

    // A working text that does not parse opens raw, with its errors, to be fixed in place.
    void aBrokenTextOpensTheErrorView()
    {
        QFile text(m_repo + QStringLiteral("/text.plenary"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QByteArray good = text.readAll();
        text.close();
        QByteArray broken = good;
        const qsizetype op = broken.indexOf("\nop #");
        QVERIFY(op > 0);
        broken.replace(op + 1, 2, "xx"); // an unknown paragraph kind
        QVERIFY(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
        text.write(broken);
        text.close();
        const int line = int(broken.left(op + 1).count('\n')) + 1;

        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        QVERIFY(window.showsErrors());
        auto *errors = window.findChild<QListWidget *>();
        QVERIFY(errors);
        QVERIFY(errors->count() >= 1);
        QVERIFY2(errors->item(0)->text().startsWith(
                     QStringLiteral("text.plenary:%1:1: error:").arg(line)),
                 qPrintable(errors->item(0)->text()));
        // The cursor stands on the error; the raw text is the file's, unchanged.
        QPlainTextEdit *raw = window.rawText();
        QCOMPARE(raw->textCursor().blockNumber() + 1, line);
        QCOMPARE(raw->toPlainText().toUtf8(), broken);
        QVERIFY(!window.checkRawText());
        QVERIFY(window.showsErrors());

        // Fixing it by hand opens the document, unsaved; the file itself was not touched.
        QTextCursor cursor = raw->textCursor();
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 2);
        cursor.insertText(QStringLiteral("op"));
        QVERIFY(window.checkRawText());
        QVERIFY(!window.showsErrors());
        QCOMPARE(DocumentWriter::write(window.editor()->currentDocument()), good);
        QVERIFY(window.editor()->document()->isModified());
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(text.readAll(), broken);
    }

    void aReadOnlyRepositoryOpensReadOnly()
    {
        const QString git = m_repo + QStringLiteral("/.git");
        const auto permissions = QFile::permissions(m_repo);
        const auto gitPermissions = QFile::permissions(git);
        const auto readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(m_repo, readOnly));
        QVERIFY(QFile::setPermissions(git, readOnly));
        auto restore = qScopeGuard([&] {
            QFile::setPermissions(m_repo, permissions);
            QFile::setPermissions(git, gitPermissions);
        });
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        QVERIFY(window.isReadOnly());
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(window.notice().contains(QStringLiteral("Read-only")));
        const auto save = window.findChildren<QAction *>();
        for (QAction *action : save)
            if (action->shortcut() == QKeySequence::Save)
                QVERIFY(!action->isEnabled());
        // Its history can still be browsed.
        QTRY_COMPARE_WITH_TIMEOUT(window.history()->revisionCount(), 12, 20000);
    }

    // A second window on the same repository is told; each keeps its own recovery file.
    void aSecondWindowIsToldTheRepositoryIsInUse()
    {
        MainWindow first;
        QVERIFY(first.openRepository(m_repo));
        QVERIFY(first.notice().isEmpty());
        {
            MainWindow second;
            QVERIFY(second.openRepository(m_repo));
            QVERIFY2(second.notice().contains(QStringLiteral("Also open elsewhere")),
                     qPrintable(second.notice()));
            QVERIFY(second.notice().contains(QString::number(QCoreApplication::applicationPid())));
        }
        // The second window's slot is free again, but the first window still holds the
        // repository: a third one is told too.
        MainWindow third;
        QVERIFY(third.openRepository(m_repo));
        QVERIFY(!third.notice().isEmpty());
    }

    void aNewDeclarationIsARepositoryWithItsFirstRevision()
    {
        const QString folder = m_dir->filePath(QStringLiteral("new-declaration"));
        QString problemBefore;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<NewNegotiationDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // A failed check must not leave the dialog waiting for ever.
            auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            problemBefore = dialog->problem();
            dialog->titleField()->setText(QStringLiteral("Tashkent Declaration on Water"));
            dialog->folderField()->setText(folder);
            dialog->delegationTable()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("UZ")));
            dialog->delegationTable()->setItem(0, 1,
                                               new QTableWidgetItem(QStringLiteral("Uzbekistan")));
            dialog->delegationTable()->setItem(1, 0, new QTableWidgetItem(QStringLiteral("eu")));
            dialog->delegationTable()->setItem(
                1, 1, new QTableWidgetItem(QStringLiteral("European Union")));
            dialog->nameField()->setText(QStringLiteral("Dilnoza Karimova"));
            dialog->emailField()->setText(QStringLiteral("dk@mfa.uz"));
            QCOMPARE(dialog->problem(), QString());
            dialog->accept();
        });
        MainWindow window;
        QVERIFY(window.newNegotiation(DocumentKind::Declaration));
        QCOMPARE(problemBefore, QStringLiteral("Give the text a title."));
        QCOMPARE(GitProgram::run(folder, {QStringLiteral("log"), QStringLiteral("--format=%an|%s")})
                     .out.trimmed(),
                 QStringLiteral("Dilnoza Karimova|New declaration: Tashkent Declaration on Water"));
        const QString manifest = GitProgram::run(folder, {QStringLiteral("show"),
                                                          QStringLiteral("HEAD:plenary.manifest")})
                                     .out;
        QVERIFY2(manifest.contains(QStringLiteral("secretariat: UZ")), qPrintable(manifest));
        QVERIFY(manifest.contains(QStringLiteral("delegation EU: ")));
        // It opens with one chapeau to type into.
        DocumentEditor *editor = window.editor();
        QCOMPARE(editor->document()->blockCount(), 1);
        QCOMPARE(ParagraphFormat::kindOf(editor->document()->begin()), ParagraphKind::Chapeau);
        QCOMPARE(editor->currentDocument().header.title,
                 QStringLiteral("Tashkent Declaration on Water"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("We, the Ministers,"));
        answerNextDialog(QStringLiteral("Chapeau drafted"));
        QVERIFY(window.save());
        QCOMPARE(GitProgram::run(folder, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                                          QStringLiteral("HEAD")})
                     .out.trimmed(),
                 QStringLiteral("2"));
    }

    // The preview and the find bar are reached from the window's commands.
    void previewAndFindFromTheMenus()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *preview = window.findChild<PreviewPane *>();
        QVERIFY(preview);
        QVERIFY(!preview->view());
        QSignalSpy refreshed(preview, &PreviewPane::refreshed);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(preview->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 30000);

        auto *find = window.findChild<FindBar *>();
        QVERIFY(find && !find->isVisible());
        window.editor()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(find->isVisible());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("INTERPOL"));
        QTRY_VERIFY(find->matchCount() >= 1);
    }

    // Comments: add on a selection, reply, resolve, jump to the text, survive an edit before the
    // quote, and go into the same revision as the text.
    void commentsAreAddedAnsweredResolvedAndSavedWithTheText()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CommentsPanel *panel = window.comments();
        DocumentEditor *editor = window.editor();
        const int before = panel->listedThreadIds().size();

        // Select "INTERPOL" in OP7 bis and comment on it.
        const QTextBlock bis = blockOf(editor, QStringLiteral("1pwq94hx"));
        const int at = bis.text().indexOf(QStringLiteral("INTERPOL"));
        QVERIFY(at > 0);
        QTextCursor cursor(bis);
        cursor.setPosition(bis.position() + at);
        cursor.setPosition(bis.position() + at + 8, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        QVERIFY(panel->addComment(QStringLiteral("Has INTERPOL agreed to this?")));
        QVERIFY(window.isWindowModified());
        const QString id = panel->currentThreadId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(panel->listedThreadIds().size(), before + 1);
        QCOMPARE(panel->anchorOf(id).state, CommentAnchor::State::Exact);
        QVERIFY(window.statusText().contains(QStringLiteral("Open comments: ")));

        // Typing before the quote moves it; the comment follows.
        QTextCursor start(blockOf(editor, QStringLiteral("1pwq94hx")));
        start.movePosition(QTextCursor::EndOfWord);
        editor->setTextCursor(start);
        QTest::keyClicks(editor, QStringLiteral(" also"));
        panel->refresh();
        QCOMPARE(panel->anchorOf(id).state, CommentAnchor::State::Exact);
        QCOMPARE(panel->anchorOf(id).start,
                 ParagraphFormat::textOf(blockOf(editor, QStringLiteral("1pwq94hx")))
                     .indexOf(QStringLiteral("INTERPOL")));

        // Choosing the comment selects its words.
        editor->moveCursor(QTextCursor::Start);
        QVERIFY(panel->selectThread(id));
        QVERIFY(panel->goToCurrent());
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("INTERPOL"));

        // Its author may change its text.
        QVERIFY(panel->editCurrent(QStringLiteral("Has INTERPOL agreed to this? Please confirm.")));
        QCOMPARE(panel->currentThreadId(), id);
        QVERIFY(panel->replyToCurrent(QStringLiteral("Yes, at the meeting of 18 November.")));
        QVERIFY(panel->toggleResolvedCurrent());
        QVERIFY(!panel->listedThreadIds().contains(id)); // the list shows open ones

        answerNextDialog(QStringLiteral("OP7bis: INTERPOL question"));
        QVERIFY(window.save());
        QVERIFY(!window.isWindowModified());
        const QString changed =
            GitProgram::run(m_repo, {QStringLiteral("show"), QStringLiteral("--name-only"),
                                     QStringLiteral("--format=")})
                .out;
        QVERIFY2(changed.contains(QStringLiteral("comments.jsonl")) &&
                     changed.contains(QStringLiteral("text.plenary")),
                 qPrintable(changed));
        const QString added =
            GitProgram::run(m_repo, {QStringLiteral("show"), QStringLiteral("--format="),
                                     QStringLiteral("--"), QStringLiteral("comments.jsonl")})
                .out;
        QVERIFY2(added.contains(QStringLiteral("Has INTERPOL agreed to this?")), qPrintable(added));
        QCOMPARE(added.count(QStringLiteral("\n+{")),
                 4); // comment, edit, reply, resolve: a line each
        QVERIFY(added.contains(QStringLiteral("Please confirm.")));

        // Opened again, the thread is there, resolved.
        MainWindow again;
        QVERIFY(again.openRepository(m_repo));
        QVERIFY(!again.comments()->listedThreadIds().contains(id));
        QVERIFY(again.comments()->anchorOf(id).paragraphIndex >= 0);
    }

    // The redline of Rev.1 and Rev.2, inline and in columns, with change navigation.
    void comparesRev1WithRev2()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        QTRY_COMPARE_WITH_TIMEOUT(window.history()->revisionCount(), 12, 20000);
        auto repository = NegotiationRepository::open(m_repo);
        QVERIFY(repository.isOk());
        const auto log = repository->log(*repository->openedAt(), {});
        QVERIFY(log.isOk());
        auto revisionNamed = [&](const QString &tag) -> std::optional<Revision> {
            for (const Revision &r : log.value())
                if (r.tags.contains(tag))
                    return r;
            return std::nullopt;
        };
        const auto rev1 = revisionNamed(QStringLiteral("Rev.1"));
        const auto rev2 = revisionNamed(QStringLiteral("Rev.2"));
        QVERIFY(rev1 && rev2);
        CompareView *view = window.compare(*rev1, *rev2);
        QVERIFY(view);
        QSignalSpy shown(view, &CompareView::shown);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 30000);
        QVERIFY(view->changeCount() > 0);
        QVERIFY2(view->summary().contains(QStringLiteral("changed")), qPrintable(view->summary()));
        QVERIFY(view->windowTitle().contains(QStringLiteral("Rev.1")));
        QString text;
        view->view()->page()->toPlainText([&text](const QString &t) { text = t; });
        QTRY_VERIFY(!text.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("Rev.2")), qPrintable(text.left(400)));
        view->nextChange();
        QCOMPARE(view->currentChange(), 1);
        view->previousChange();
        QCOMPARE(view->currentChange(), view->changeCount()); // round the end
        // Two columns: "Text proposed | Amendment".
        view->setColumns(true);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 2, 30000);
        text.clear();
        view->view()->page()->toPlainText([&text](const QString &t) { text = t; });
        QTRY_VERIFY(!text.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("Amendment")), qPrintable(text.left(400)));
        view->close();

        // What the OSCE changed since Rev.2: fewer changes than everyone's together.
        CompareView *everyone = window.compare(*rev2, log->first());
        CompareView *osce = window.compareChangesBy(QStringLiteral("OSCE"), *rev2);
        QVERIFY(osce && everyone);
        QTRY_VERIFY_WITH_TIMEOUT(osce->changeCount() >= 0 && everyone->changeCount() >= 0, 30000);
        QVERIFY(osce->changeCount() > 0);
        QVERIFY2(
            osce->changeCount() < everyone->changeCount(),
            qPrintable(
                QStringLiteral("%1 of %2").arg(osce->changeCount()).arg(everyone->changeCount())));
        QVERIFY(osce->windowTitle().contains(QStringLiteral("changes by OSCE")));
        osce->close();
        everyone->close();
    }

    // Spelling: a typo is underlined, its first suggestion replaces it; a name added to the
    // project dictionary is no longer flagged, here and, after a save, in another clone.
    void misspellingsAreUnderlinedAndCorrected()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SpellingController *spelling = window.spelling();
        QVERIFY2(spelling->notice().isEmpty(), qPrintable(spelling->notice()));
        QTRY_COMPARE_WITH_TIMEOUT(spelling->pendingChecks(), 0, 20000);

        DocumentEditor *editor = window.editor();
        const QString id = QStringLiteral("0r87hmaa"); // OP2, proposed
        QTextCursor end(blockOf(editor, id));
        end.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(end);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral(" and recieve Muhriddin"));
        auto flagged = [&](const QString &word) {
            const QTextBlock block = blockOf(editor, id);
            for (const auto &[from, to] : spelling->misspellingsOf(block))
                if (block.text().mid(from, to - from) == word)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(flagged(QStringLiteral("recieve")), 20000);
        QVERIFY(flagged(QStringLiteral("Muhriddin")));
        QVERIFY(!flagged(QStringLiteral("and")));
        // The red wavy line is drawn by the highlighter.
        const QTextBlock block = blockOf(editor, id);
        const int at = block.text().indexOf(QStringLiteral("recieve"));
        bool wavy = false;
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            wavy |= r.start <= at && at < r.start + r.length &&
                    r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
        QVERIFY(wavy);

        // The first suggestion replaces it.
        const auto word = spelling->misspellingAt(block.position() + at + 2);
        QVERIFY(word);
        QSignalSpy suggested(spelling, &SpellingController::suggestionsReady);
        const quint64 request = spelling->requestSuggestions(QStringLiteral("recieve"));
        QTRY_VERIFY_WITH_TIMEOUT(!suggested.isEmpty(), 20000);
        QCOMPARE(suggested.first().at(0).toULongLong(), request);
        const QStringList suggestions = suggested.first().at(2).toStringList();
        QVERIFY2(!suggestions.isEmpty() && suggestions.first() == QStringLiteral("receive"),
                 qPrintable(suggestions.join(QLatin1Char(','))));
        QVERIFY(spelling->replace(word->first, word->second, suggestions.first()));
        QVERIFY(blockOf(editor, id).text().endsWith(QStringLiteral("and receive Muhriddin")));
        QTRY_VERIFY_WITH_TIMEOUT(!flagged(QStringLiteral("receive")), 20000);

        // Added to the project dictionary: no longer flagged, and saved with the revision.
        QVERIFY(spelling->addToDictionary(QStringLiteral("Muhriddin")).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(!flagged(QStringLiteral("Muhriddin")), 20000);
        QVERIFY(window.isWindowModified());
        answerNextDialog(QStringLiteral("OP2: a name"));
        QVERIFY(window.save());
        QVERIFY(
            GitProgram::run(m_repo, {QStringLiteral("show"), QStringLiteral("HEAD:dictionary.txt")})
                .out.split(QLatin1Char('\n'))
                .contains(QStringLiteral("Muhriddin")));

        // Another delegation's clone gets the word with the revision.
        const QString clone = m_dir->filePath(QStringLiteral("clone"));
        QCOMPARE(GitProgram::run(m_dir->path(),
                                 {QStringLiteral("clone"), QStringLiteral("-q"), m_repo, clone})
                     .exitCode,
                 0);
        MainWindow other;
        QVERIFY(other.openRepository(clone));
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        // A typo typed there proves the paragraph is checked; the name in it is not flagged.
        QTextCursor there(blockOf(other.editor(), id));
        there.movePosition(QTextCursor::EndOfBlock);
        other.editor()->setTextCursor(there);
        other.editor()->setFocus();
        QTest::keyClicks(other.editor(), QStringLiteral(" untill"));
        auto flaggedThere = [&](const QString &word) {
            const QTextBlock b = blockOf(other.editor(), id);
            for (const auto &[from, to] : other.spelling()->misspellingsOf(b))
                if (b.text().mid(from, to - from) == word)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(flaggedThere(QStringLiteral("untill")), 20000);
        QVERIFY(blockOf(other.editor(), id).text().contains(QStringLiteral("Muhriddin")));
        QVERIFY(!flaggedThere(QStringLiteral("Muhriddin")));
        other.editor()->document()->setModified(false); // nothing to ask when closing
    }

    void settingsApplyAtOnce()
    {
        MainWindow window;
        QVERIFY(window.openRepository(m_repo));
        auto *settingsAction = window.findChild<QAction *>(QStringLiteral("settings"));
        QVERIFY(settingsAction);
        QVERIFY(!settingsAction->shortcut().isEmpty());
        int french = -1;
        QTimer::singleShot(0, qApp, [&french] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto close = qScopeGuard([dialog] { dialog->accept(); });
            french = dialog->languageBox()->findData(QStringLiteral("fr"));
            QCOMPARE(dialog->languageBox()->itemText(french), QStringLiteral("Français"));
            dialog->languageBox()->setCurrentIndex(
                dialog->languageBox()->findData(QStringLiteral("ru")));
            dialog->fontSizeBox()->setValue(17);
            dialog->autosaveBox()->setValue(9);
            dialog->nameField()->setText(QStringLiteral("Elena Marchetti"));
        });
        settingsAction->trigger();
        QVERIFY(french > 0);
        QCOMPARE(window.editor()->font().pointSize(), 17);
        QCOMPARE(SettingsDialog::autosaveSeconds(), 9);
        QCOMPARE(SettingsDialog::interfaceLanguage(), QStringLiteral("ru"));
        QSettings stored(QStringLiteral("Plenary"), QStringLiteral("Plenary"));
        QCOMPARE(stored.value(QStringLiteral("identity/name")).toString(),
                 QStringLiteral("Elena Marchetti"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
