// The find and replace bar under the editor, driven through its real widgets on the sample
// declaration: each search option, moving through matches with wrap-around, replacing one
// match and all of them (one undo step), the guard on agreed text, and cross-references.

#include "document/documentreader.h"
#include "gui/documenteditor.h"
#include "gui/findbar.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>

using namespace plenary;
using namespace plenary::gui;
using namespace Qt::StringLiterals;

namespace {

// What the editor's guard asked, answered by answerGuard().
struct GuardQuestions
{
    int asked = 0;
    QString text;
};

QList<QTextEdit::ExtraSelection> highlightsOf(const QTextEdit *editor)
{
    return editor->extraSelections();
}

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    std::unique_ptr<QWidget> m_window;
    DocumentEditor *m_editor = nullptr;
    FindBar *m_bar = nullptr;
    Document m_original;

    QLineEdit *findField() const { return m_bar->findChild<QLineEdit *>(u"findField"_s); }
    QLineEdit *replaceField() const { return m_bar->findChild<QLineEdit *>(u"replaceField"_s); }
    QLabel *status() const { return m_bar->findChild<QLabel *>(u"matchStatus"_s); }
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_bar->findChild<T *>(name);
        if (!widget)
            qFatal("no %s in the find bar", qPrintable(name));
        return widget;
    }

    // Answers the next question of the editor's guard with `button`, recording what it asked;
    // a question that never comes is not answered (the timer dies with the window).
    std::shared_ptr<GuardQuestions> answerGuard(QMessageBox::StandardButton button)
    {
        auto questions = std::make_shared<GuardQuestions>();
        QTimer::singleShot(0, m_window.get(), [questions, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++questions->asked;
            questions->text = box->text();
            box->button(button)->click();
        });
        return questions;
    }

    int indexOf(const QString &id) const { return int(m_original.indexOf(id)); }
    Paragraph paragraph(const QString &id) const
    {
        const Document doc = m_editor->currentDocument();
        return doc.paragraphs.value(doc.indexOf(id));
    }
    QString selectedText() const { return m_editor->textCursor().selectedText(); }
    int selectedBlock() const { return m_editor->textCursor().block().blockNumber(); }

    void find(const QString &needle)
    {
        m_bar->showFind();
        QTest::keyClicks(findField(), needle);
    }

private Q_SLOTS:
    void init()
    {
        const ReadResult read =
            DocumentReader::readFile(QStringLiteral(PLENARY_SAMPLES "/declaration.plenary"));
        QVERIFY(!read.hasErrors());
        m_original = read.document;
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_editor = new DocumentEditor(m_window.get());
        m_bar = new FindBar(m_editor, m_window.get());
        layout->addWidget(m_editor);
        layout->addWidget(m_bar);
        m_editor->setDocument(m_original);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_editor->setFocus();
        QVERIFY(m_bar->isHidden());
    }

    void cleanup()
    {
        m_window.reset();
        m_editor = nullptr;
        m_bar = nullptr;
    }

    void findsWithEachOption_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<bool>("withinBrackets");
        QTest::addColumn<int>("count");

        // Counts read off the sample: "border" 20 times in any case, twice as "Border" (the
        // conference's name), 18 times as a word of its own ("borders" twice), once inside
        // brackets; "and" 20 times inside brackets, 19 of them as a word; "API" twice in the
        // alternatives; "The" never opens a word with a capital.
        QTest::newRow("ignoring case") << u"border"_s << false << false << false << 20;
        QTest::newRow("match case") << u"Border"_s << true << false << false << 2;
        QTest::newRow("whole words") << u"border"_s << false << true << false << 18;
        QTest::newRow("within brackets") << u"border"_s << false << false << true << 1;
        QTest::newRow("and within brackets") << u"and"_s << false << false << true << 20;
        QTest::newRow("whole words within brackets") << u"and"_s << false << true << true << 19;
        QTest::newRow("match case within brackets") << u"API"_s << true << false << true << 2;
        QTest::newRow("match case and whole words") << u"The"_s << true << true << false << 0;
    }

    void findsWithEachOption()
    {
        QFETCH(QString, needle);
        QFETCH(bool, matchCase);
        QFETCH(bool, wholeWords);
        QFETCH(bool, withinBrackets);
        QFETCH(int, count);

        m_bar->showFind();
        QTRY_VERIFY(findField()->hasFocus());
        auto *matchCaseBox = child<QCheckBox>(u"matchCase"_s);
        auto *wholeWordsBox = child<QCheckBox>(u"wholeWords"_s);
        auto *withinBracketsBox = child<QCheckBox>(u"withinBrackets"_s);
        if (matchCase)
            QTest::mouseClick(matchCaseBox, Qt::LeftButton);
        if (wholeWords)
            QTest::mouseClick(wholeWordsBox, Qt::LeftButton);
        if (withinBrackets)
            QTest::mouseClick(withinBracketsBox, Qt::LeftButton);
        QCOMPARE(matchCaseBox->isChecked(), matchCase);
        QCOMPARE(wholeWordsBox->isChecked(), wholeWords);
        QCOMPARE(withinBracketsBox->isChecked(), withinBrackets);
        QTest::keyClicks(findField(), needle);

        QCOMPARE(m_bar->matchCount(), count);
        QCOMPARE(highlightsOf(m_editor).size(), count);
        if (count == 0) {
            QCOMPARE(status()->text(), u"No matches"_s);
            QVERIFY(!m_editor->textCursor().hasSelection());
            return;
        }
        QCOMPARE(status()->text(), u"1 of %1"_s.arg(count));
        QCOMPARE(selectedText().compare(needle, Qt::CaseInsensitive), 0);
        // Every match is highlighted, the current one more strongly.
        const QList<QTextEdit::ExtraSelection> highlights = highlightsOf(m_editor);
        QCOMPARE(highlights.first().cursor.selectionStart(),
                 m_editor->textCursor().selectionStart());
        if (count > 1)
            QVERIFY(highlights[0].format.background() != highlights[1].format.background());

        // Unticking the options finds at least as much.
        for (QCheckBox *box : {matchCaseBox, wholeWordsBox, withinBracketsBox}) {
            if (box->isChecked())
                QTest::mouseClick(box, Qt::LeftButton);
        }
        QVERIFY(m_bar->matchCount() >= count);
    }

    void nextAndPreviousWrapAroundAndSaySo()
    {
        const int chapeau = indexOf(u"d4m86rcb"_s);
        const int thanks = indexOf(u"m0wkrfsr"_s);
        find(u"Samarkand"_s); // once in the chapeau, once in the thanks to the host
        QCOMPARE(status()->text(), u"1 of 2"_s);
        QCOMPARE(selectedBlock(), chapeau);

        QTest::keyClick(findField(), Qt::Key_Return);
        QCOMPARE(status()->text(), u"2 of 2"_s);
        QCOMPARE(selectedBlock(), thanks);
        QCOMPARE(selectedText(), u"Samarkand"_s);

        QTest::keyClick(findField(), Qt::Key_Return);
        QCOMPARE(status()->text(), u"1 of 2, continued from the start"_s);
        QCOMPARE(selectedBlock(), chapeau);

        QTest::keyClick(findField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(status()->text(), u"2 of 2, continued from the end"_s);
        QCOMPARE(selectedBlock(), thanks);

        QTest::keyClick(findField(), Qt::Key_Enter, Qt::ShiftModifier | Qt::KeypadModifier);
        QCOMPARE(status()->text(), u"1 of 2"_s);
        QCOMPARE(selectedBlock(), chapeau);

        // The slots the window's F3 and Shift+F3 call, and the buttons.
        m_bar->findNext();
        QCOMPARE(status()->text(), u"2 of 2"_s);
        m_bar->findPrevious();
        QCOMPARE(status()->text(), u"1 of 2"_s);
        QTest::mouseClick(child<QPushButton>(u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(status()->text(), u"2 of 2"_s);
        QTest::mouseClick(child<QPushButton>(u"previousButton"_s), Qt::LeftButton);
        QCOMPARE(status()->text(), u"1 of 2"_s);

        // Next goes on from wherever the drafter put the cursor.
        QTextCursor cursor(m_editor->document()->findBlockByNumber(chapeau + 1));
        m_editor->setTextCursor(cursor);
        QCOMPARE(status()->text(), u"2 matches"_s);
        m_bar->findNext();
        QCOMPARE(selectedBlock(), thanks);
        QCOMPARE(status()->text(), u"2 of 2"_s);
    }

    void findNextWithNothingToFindOpensTheBar()
    {
        m_bar->findNext();
        QVERIFY(!m_bar->isHidden());
        QTRY_VERIFY(findField()->hasFocus());
        QVERIFY(!m_editor->textCursor().hasSelection());
    }

    void replacesOneMatch()
    {
        const QString id = u"znw93gf1"_s;
        const auto questions = answerGuard(QMessageBox::No);
        m_bar->showReplace();
        QTest::keyClicks(findField(), u"[2028]"_s);
        QTest::keyClicks(replaceField(), u"[2027]"_s);
        // With the cursor elsewhere, the first press selects the match, the second replaces.
        m_editor->moveCursor(QTextCursor::Start);
        auto *replaceButton = child<QPushButton>(u"replaceButton"_s);
        QTest::mouseClick(replaceButton, Qt::LeftButton);
        QCOMPARE(selectedText(), u"[2028]"_s);
        QCOMPARE(paragraph(id).text, m_original.paragraphs[indexOf(id)].text);

        QTest::keyClick(replaceField(), Qt::Key_Return);
        const QString expected = QString(m_original.paragraphs[indexOf(id)].text)
                                     .replace(u"meeting in [2028]"_s, u"meeting in [2027]"_s);
        QCOMPARE(paragraph(id).text, expected);
        QCOMPARE(paragraph(id).status, ParagraphStatus::Proposed);
        QCOMPARE(questions->asked, 0); // proposed text: nothing to ask
        QCOMPARE(status()->text(), u"No matches"_s);

        m_editor->undo();
        QCOMPARE(paragraph(id).text, m_original.paragraphs[indexOf(id)].text);
        QTRY_COMPARE(m_bar->matchCount(), 1);
    }

    void replaceAllIsOneUndoStepAndAsksOnceForTheParagraphsItChanges()
    {
        // What Replace All must do, worked out from the text as read.
        const QString needle = u"border"_s;
        const QString replacement = u"frontier"_s;
        int occurrences = 0;
        int paragraphs = 0;
        QStringList settled;
        for (qsizetype i = 0; i < m_original.paragraphs.size(); ++i) {
            const Paragraph &p = m_original.paragraphs[i];
            const int n = int(p.text.count(needle, Qt::CaseInsensitive));
            occurrences += n;
            paragraphs += n > 0 ? 1 : 0;
            if (n > 0 &&
                (p.status == ParagraphStatus::Agreed || p.status == ParagraphStatus::AdReferendum))
                settled.append(m_editor->numbering().reference(int(i)));
        }
        QCOMPARE(occurrences, 20);
        QVERIFY(settled.size() >= 2);

        QSignalSpy replaced(m_bar, &FindBar::replacedAll);
        const auto questions = answerGuard(QMessageBox::Yes);
        m_bar->showReplace();
        QTest::keyClicks(findField(), needle);
        QTest::keyClicks(replaceField(), replacement);
        QTest::mouseClick(child<QPushButton>(u"replaceAllButton"_s), Qt::LeftButton);

        QCOMPARE(questions->asked, 1);
        QVERIFY2(questions->text.startsWith(settled.join(u", "_s) + u" is agreed"_s),
                 qPrintable(questions->text));
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.first().at(0).toInt(), occurrences);
        QCOMPARE(replaced.first().at(1).toInt(), paragraphs);
        QCOMPARE(status()->text(),
                 u"Replaced %1 occurrences in %2 paragraphs"_s.arg(occurrences).arg(paragraphs));
        const Document edited = m_editor->currentDocument();
        for (qsizetype i = 0; i < m_original.paragraphs.size(); ++i) {
            const Paragraph &before = m_original.paragraphs[i];
            const Paragraph &after = edited.paragraphs[i];
            QCOMPARE(after.text,
                     QString(before.text).replace(needle, replacement, Qt::CaseInsensitive));
            const bool touched = before.text.contains(needle, Qt::CaseInsensitive);
            QCOMPARE(after.status, touched ? ParagraphStatus::Proposed : before.status);
        }
        QCOMPARE(m_bar->matchCount(), 0);

        // One undo takes all of it back, statuses included, to the text as loaded.
        m_editor->undo();
        QVERIFY(!m_editor->document()->isUndoAvailable());
        const Document restored = m_editor->currentDocument();
        QCOMPARE(restored.paragraphs.size(), m_original.paragraphs.size());
        for (qsizetype i = 0; i < m_original.paragraphs.size(); ++i) {
            QVERIFY2(restored.paragraphs[i].sameContent(m_original.paragraphs[i]),
                     qPrintable(m_original.paragraphs[i].id));
        }
        QTRY_COMPARE(m_bar->matchCount(), occurrences);
    }

    void replaceAllDeclinedChangesNothing()
    {
        QSignalSpy replaced(m_bar, &FindBar::replacedAll);
        const auto questions = answerGuard(QMessageBox::No);
        m_bar->showReplace();
        QTest::keyClicks(findField(), u"Samarkand"_s);
        QTest::keyClicks(replaceField(), u"Tashkent"_s);
        m_bar->replaceAll();
        QCOMPARE(questions->asked, 1);
        QCOMPARE(replaced.size(), 0);
        QCOMPARE(status()->text(), u"Nothing was replaced"_s);
        QVERIFY(!m_editor->document()->isUndoAvailable());
        const Document doc = m_editor->currentDocument();
        for (qsizetype i = 0; i < m_original.paragraphs.size(); ++i)
            QVERIFY(doc.paragraphs[i].sameContent(m_original.paragraphs[i]));
    }

    void replacingInAgreedTextAsksFirst_data()
    {
        QTest::addColumn<bool>("yes");
        QTest::newRow("yes: replaced and reopened") << true;
        QTest::newRow("no: nothing changed") << false;
    }

    void replacingInAgreedTextAsksFirst()
    {
        QFETCH(bool, yes);
        const QString id = u"bek7h22k"_s; // PP1, agreed
        const Paragraph before = m_original.paragraphs[indexOf(id)];
        QCOMPARE(before.status, ParagraphStatus::Agreed);

        const auto questions = answerGuard(yes ? QMessageBox::Yes : QMessageBox::No);
        m_bar->showReplace();
        QTest::keyClicks(findField(), u"unequivocal"_s);
        QTest::keyClicks(replaceField(), u"firm"_s);
        QCOMPARE(selectedText(), u"unequivocal"_s);
        QTest::mouseClick(child<QPushButton>(u"replaceButton"_s), Qt::LeftButton);

        QCOMPARE(questions->asked, 1);
        QVERIFY2(questions->text.startsWith(m_editor->numbering().reference(indexOf(id))),
                 qPrintable(questions->text));
        if (!yes) {
            QVERIFY(paragraph(id).sameContent(before));
            QVERIFY(!m_editor->document()->isUndoAvailable());
            QCOMPARE(m_bar->matchCount(), 1);
            return;
        }
        QCOMPARE(paragraph(id).text, QString(before.text).replace(u"unequivocal"_s, u"firm"_s));
        QCOMPARE(paragraph(id).status, ParagraphStatus::Proposed);
        QCOMPARE(m_bar->matchCount(), 0);
        m_editor->undo();
        QVERIFY(paragraph(id).sameContent(before));
    }

    void neverFindsInsideACrossReference_data()
    {
        QTest::addColumn<QString>("needle");
        // OP10 cites {#znw93gf1}, OP10bis {#9zy95c25}, OP12(a) {#mx9xf3gc}.
        QTest::newRow("an identifier") << u"znw93gf1"_s;
        QTest::newRow("part of an identifier") << u"9zy95"_s;
        QTest::newRow("the opening of a reference") << u"{#"_s;
        QTest::newRow("a whole reference") << u"{#mx9xf3gc}"_s;
        QTest::newRow("across its edge") << u"paragraph {"_s;
    }

    void neverFindsInsideACrossReference()
    {
        QFETCH(QString, needle);
        const auto questions = answerGuard(QMessageBox::Yes);
        m_bar->showReplace();
        QTest::keyClicks(findField(), needle);
        QTest::keyClicks(replaceField(), u"x"_s);
        QCOMPARE(m_bar->matchCount(), 0);
        QCOMPARE(status()->text(), u"No matches"_s);
        QTest::mouseClick(child<QPushButton>(u"replaceAllButton"_s), Qt::LeftButton);
        QCOMPARE(questions->asked, 0);
        QVERIFY(!m_editor->document()->isUndoAvailable());
        // The words around the references are found as usual.
        findField()->clear();
        QTest::keyClicks(findField(), u"paragraph"_s);
        QCOMPARE(m_bar->matchCount(), 3);
    }

    void prefillsWithASelectionWithinOneParagraph()
    {
        QTextCursor cursor = m_editor->document()->find(u"Samarkand"_s);
        QVERIFY(!cursor.isNull());
        m_editor->setTextCursor(cursor);
        m_bar->showFind();
        QCOMPARE(findField()->text(), u"Samarkand"_s);
        QTRY_VERIFY(findField()->hasFocus());
        QCOMPARE(findField()->selectedText(), u"Samarkand"_s);
        QCOMPARE(status()->text(), u"1 of 2"_s);
        QVERIFY(replaceField()->isHidden());

        // A selection across paragraphs is not what anyone searches for.
        cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_bar->showFind();
        QCOMPARE(findField()->text(), u"Samarkand"_s);

        // Ctrl+H with a selection: what to find is known, so the focus goes to Replace.
        m_editor->setTextCursor(m_editor->document()->find(u"UNOCT"_s));
        m_bar->showReplace();
        QCOMPARE(findField()->text(), u"UNOCT"_s);
        QVERIFY(!replaceField()->isHidden());
        QTRY_VERIFY(replaceField()->hasFocus());
    }

    void escapeClosesAndGivesTheFocusBack()
    {
        find(u"border"_s);
        QCOMPARE(highlightsOf(m_editor).size(), 20);
        QTRY_VERIFY(findField()->hasFocus());
        QTest::keyClick(findField(), Qt::Key_Escape);
        QVERIFY(m_bar->isHidden());
        QTRY_VERIFY(m_editor->hasFocus());
        QCOMPARE(highlightsOf(m_editor).size(), 0);

        // From an option too, and the highlights come back with the bar.
        m_bar->showFind();
        QCOMPARE(highlightsOf(m_editor).size(), 20);
        auto *wholeWords = child<QCheckBox>(u"wholeWords"_s);
        wholeWords->setFocus();
        QTRY_VERIFY(wholeWords->hasFocus());
        QTest::keyClick(wholeWords, Qt::Key_Escape);
        QVERIFY(m_bar->isHidden());
        QTRY_VERIFY(m_editor->hasFocus());
    }

    void searchesAgainWhenTheTextChanges()
    {
        find(u"Samarkand"_s);
        QCOMPARE(m_bar->matchCount(), 2);
        QTextCursor cursor(m_editor->document()->findBlockByNumber(indexOf(u"x14z5z6g"_s)));
        cursor.movePosition(QTextCursor::EndOfBlock);
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
        QTest::keyClicks(m_editor, u" Samarkand"_s);
        QTRY_COMPARE(m_bar->matchCount(), 3);
        QCOMPARE(highlightsOf(m_editor).size(), 3);
        QCOMPARE(status()->text(), u"3 matches"_s);
    }

    void tabOrderFollowsTheRows()
    {
        m_bar->showReplace();
        QTRY_VERIFY(findField()->hasFocus());
        const QStringList expected = {u"replaceField"_s,  u"previousButton"_s,   u"nextButton"_s,
                                      u"replaceButton"_s, u"replaceAllButton"_s, u"matchCase"_s,
                                      u"wholeWords"_s,    u"withinBrackets"_s,   u"closeButton"_s};
        for (const QString &name : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
    }

    void aReadOnlyTextIsFoundButNotReplaced()
    {
        m_editor->setReadOnly(true);
        m_bar->showReplace();
        QTest::keyClicks(findField(), u"border"_s);
        QCOMPARE(m_bar->matchCount(), 20);
        QVERIFY(!child<QPushButton>(u"replaceAllButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"replaceButton"_s)->isEnabled());
        m_bar->replaceAll();
        m_bar->replace();
        QVERIFY(!m_editor->document()->isUndoAvailable());
        QCOMPARE(m_bar->matchCount(), 20);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
