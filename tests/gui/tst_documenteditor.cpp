#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "gui/documenteditor.h"
#include "gui/paragraphformat.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace plenary;
using namespace plenary::gui;

// The paragraph commands of the editor, on the sample negotiation's last revision: OP7
// (#9zy95c25) is cited by OP7 bis, OP5 (a) (#mx9xf3gc) by OP10 (a).
class TestDocumentEditor : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    std::unique_ptr<DocumentEditor> m_editor;
    QByteArray m_file;

    QTextBlock blockOf(const QString &id) const
    {
        for (QTextBlock b = m_editor->document()->begin(); b.isValid(); b = b.next())
            if (ParagraphFormat::idOf(b) == id)
                return b;
        return {};
    }

    void putCursorIn(const QString &id, int offset = 0)
    {
        QTextCursor cursor(blockOf(id));
        cursor.setPosition(cursor.position() + offset);
        m_editor->setTextCursor(cursor);
    }

    QStringList order() const
    {
        QStringList ids;
        for (const Paragraph &p : m_editor->currentDocument().paragraphs)
            ids.append(p.id);
        return ids;
    }

    QByteArray text() const { return DocumentWriter::write(m_editor->currentDocument()); }

private Q_SLOTS:
    void init()
    {
        QFile file(QStringLiteral(":/plenary/demo/rev12.plenary"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_file = file.readAll();
        const ReadResult read = DocumentReader::read(m_file);
        QVERIFY(!read.hasErrors());
        m_editor = std::make_unique<DocumentEditor>();
        m_editor->setDocument(read.document);
        m_editor->resize(900, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void crossReferencesShowTheCitedParagraphsNumber()
    {
        const QTextBlock bis = blockOf(QStringLiteral("1pwq94hx"));
        QVERIFY(bis.text().contains(QChar::ObjectReplacementCharacter));
        QVERIFY(!bis.text().contains(QLatin1String("{#")));
        QCOMPARE(m_editor->citationOf(QStringLiteral("9zy95c25")), QStringLiteral("7"));
        QCOMPARE(m_editor->citationOf(QStringLiteral("mx9xf3gc")), QStringLiteral("5 (a)"));
        QCOMPARE(m_editor->citationOf(QStringLiteral("nosuchid")), QString());
        // Written back, a reference is the file's `{#id}` again.
        QCOMPARE(text(), m_file);
        QCOMPARE(m_editor->citing(QStringLiteral("9zy95c25")),
                 QStringList{QStringLiteral("OP7bis")});
    }

    void movingAParagraphRenumbersWhatCitesIt()
    {
        putCursorIn(QStringLiteral("9zy95c25"), 5);
        const QStringList before = order();
        QVERIFY(m_editor->moveParagraphUp());
        QCOMPARE(m_editor->citationOf(QStringLiteral("9zy95c25")), QStringLiteral("6"));
        QCOMPARE(ParagraphFormat::idOf(m_editor->textCursor().block()), QStringLiteral("9zy95c25"));
        QCOMPARE(m_editor->textCursor().positionInBlock(), 5);
        const QStringList after = order();
        const qsizetype at = after.indexOf(QStringLiteral("9zy95c25"));
        QCOMPARE(after.at(at + 1), QStringLiteral("zyg6fw0a"));
        QVERIFY(m_editor->currentDocument()
                    .paragraphs.at(after.indexOf(QStringLiteral("1pwq94hx")))
                    .text.contains(QLatin1String("{#9zy95c25}")));
        m_editor->undo();
        QCOMPARE(order(), before);
        QCOMPARE(m_editor->citationOf(QStringLiteral("9zy95c25")), QStringLiteral("7"));
        QCOMPARE(text(), m_file);
    }

    void aParagraphMovesWithItsSubParagraphs()
    {
        putCursorIn(QStringLiteral("wffj4mr2"));
        QVERIFY(m_editor->moveParagraphDown());
        const QStringList after = order();
        const qsizetype op6 = after.indexOf(QStringLiteral("zyg6fw0a"));
        QCOMPARE(after.mid(op6, 7), (QStringList{"zyg6fw0a", "wffj4mr2", "mx9xf3gc", "va686ypf",
                                                 "0nyjq072", "8e6fs76p", "ss2mek72"}));
        QCOMPARE(m_editor->citationOf(QStringLiteral("mx9xf3gc")), QStringLiteral("6 (a)"));
        m_editor->undo();
        QCOMPARE(text(), m_file);
    }

    void aMoveNeverCrossesItsParent()
    {
        QSignalSpy refused(m_editor.get(), &DocumentEditor::commandRefused);
        putCursorIn(QStringLiteral("mx9xf3gc")); // the first sub-paragraph of OP5
        QVERIFY(!m_editor->moveParagraphUp());
        putCursorIn(QStringLiteral("bek7h22k")); // the first preambular paragraph
        QVERIFY(!m_editor->moveParagraphUp());
        QCOMPARE(refused.size(), 2);
        QCOMPARE(text(), m_file);
        QVERIFY(!m_editor->document()->isUndoAvailable());
    }

    void splitAndJoin()
    {
        const QString id = QStringLiteral("0r87hmaa");
        const QString whole = ParagraphFormat::textOf(blockOf(id));
        putCursorIn(id, 11); // before the space after the opening words
        QVERIFY(m_editor->splitParagraph());
        const QTextBlock first = blockOf(id);
        const QTextBlock second = first.next();
        QCOMPARE(ParagraphFormat::textOf(first) + ParagraphFormat::textOf(second), whole);
        QVERIFY(!ParagraphFormat::idOf(second).isEmpty());
        QVERIFY(ParagraphFormat::idOf(second) != id);
        QCOMPARE(ParagraphFormat::kindOf(second), ParagraphKind::Operative);
        // Joined again, with the space the split left at the start of the second part.
        putCursorIn(id);
        QVERIFY(m_editor->joinWithNextParagraph());
        QCOMPARE(ParagraphFormat::textOf(blockOf(id)), whole);
        m_editor->undo();
        m_editor->undo();
        QCOMPARE(text(), m_file);
    }

    void aCitedParagraphIsNotJoinedAway()
    {
        QSignalSpy refused(m_editor.get(), &DocumentEditor::commandRefused);
        putCursorIn(QStringLiteral("wffj4mr2")); // the next one, OP5 (a), is cited
        QVERIFY(!m_editor->joinWithNextParagraph());
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("OP10(a)")),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(text(), m_file);
    }

    void insertingAndTypingCrossReferences()
    {
        const QString id = QStringLiteral("0r87hmaa");
        putCursorIn(id);
        QTextCursor end(blockOf(id));
        end.movePosition(QTextCursor::EndOfBlock);
        m_editor->setTextCursor(end);
        QVERIFY(m_editor->insertCrossReference(QStringLiteral("5e8c4skx")));
        QVERIFY(!m_editor->insertCrossReference(QStringLiteral("nosuchid")));
        // Typed after a reference, text is text.
        m_editor->setFocus();
        QTest::keyClicks(m_editor.get(), QStringLiteral(" and {#02vg7sar}"));
        QTest::keyClicks(m_editor.get(), QStringLiteral(" too"));
        const QString written = ParagraphFormat::textOf(blockOf(id));
        QVERIFY2(written.endsWith(QLatin1String("{#5e8c4skx} and {#02vg7sar} too")),
                 qPrintable(written));
        QCOMPARE(blockOf(id).text().count(QChar::ObjectReplacementCharacter), 2);
        QVERIFY(!DocumentReader::read(text()).hasErrors());
    }

    void copiedTextKeepsReferencesInTheFilesForm()
    {
        QTextCursor cursor(blockOf(QStringLiteral("1pwq94hx")));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->copy();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String("paragraph {#9zy95c25} above")), qPrintable(copied));
        QCOMPARE(copied, ParagraphFormat::textOf(blockOf(QStringLiteral("1pwq94hx"))));
    }

    void changingTheKindIndentsTheParagraph()
    {
        putCursorIn(QStringLiteral("0r87hmaa"));
        QVERIFY(m_editor->setParagraphKind(ParagraphKind::Sub));
        const QTextBlock block = blockOf(QStringLiteral("0r87hmaa"));
        QCOMPARE(ParagraphFormat::kindOf(block), ParagraphKind::Sub);
        QCOMPARE(block.blockFormat().leftMargin(), 2 * 56.0);
        m_editor->undo();
        QCOMPARE(text(), m_file);
    }

    void arabicRunsRightToLeft()
    {
        Document doc = DocumentReader::read(m_file).document;
        doc.header.language = QStringLiteral("ar");
        doc.paragraphs[1].text = QStringLiteral("إذ نؤكد من جديد التزامنا");
        m_editor->setDocument(doc);
        QVERIFY(m_editor->isRightToLeft());
        const QTextBlock block = m_editor->document()->findBlockByNumber(1);
        QCOMPARE(block.blockFormat().layoutDirection(), Qt::RightToLeft);
        QVERIFY(block.blockFormat().rightMargin() > 0);
        QCOMPARE(block.blockFormat().leftMargin(), 0.0);
        QCOMPARE(DocumentWriter::write(m_editor->currentDocument()), DocumentWriter::write(doc));
        // An English text does not.
        m_editor->setDocument(DocumentReader::read(m_file).document);
        QVERIFY(!m_editor->isRightToLeft());
    }
};

QTEST_MAIN(TestDocumentEditor)
#include "tst_documenteditor.moc"
