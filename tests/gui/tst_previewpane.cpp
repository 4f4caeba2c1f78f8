// The preview: the real QtWebEngine, offscreen. It shows the document as it will print, keeps
// document text as text, asks the network for nothing, follows typing after a short delay and
// starts Chromium only when first shown.

#include "document/documentreader.h"
#include "gui/documenteditor.h"
#include "gui/paragraphformat.h"
#include "gui/previewpane.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <memory>

using namespace plenary;
using namespace plenary::gui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kLoadTimeoutMs = 60000; // Chromium's first start on a loaded machine

Document sampleDeclaration()
{
    const ReadResult read =
        DocumentReader::readFile(QStringLiteral(PLENARY_SAMPLES "/declaration.plenary"));
    if (read.hasErrors())
        qFatal("the bundled sample declaration does not read");
    return read.document;
}

// The text a reader of the preview sees, or a null string if the page did not answer.
QString plainText(QWebEnginePage *page)
{
    auto text = std::make_shared<std::optional<QString>>();
    page->toPlainText([text](const QString &t) { *text = t; });
    if (!QTest::qWaitFor([&] { return text->has_value(); }, 10000))
        return QString();
    return **text;
}

qreal scrollY(QWebEnginePage *page)
{
    return page->scrollPosition().y();
}

QTextBlock blockOf(DocumentEditor *editor, const QString &id)
{
    for (QTextBlock b = editor->document()->begin(); b.isValid(); b = b.next())
        if (ParagraphFormat::idOf(b) == id)
            return b;
    return {};
}

void placeCursorAtEnd(DocumentEditor *editor, const QString &id)
{
    QTextCursor cursor(blockOf(editor, id));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
}

} // namespace

class TestPreviewPane : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        // The preview and the comparison run the real QtWebEngine, offscreen.
        web::Sandbox::prepareApplication(true);
    }

private:
    std::unique_ptr<DocumentEditor> m_editor;
    std::unique_ptr<PreviewPane> m_pane;

    // Shows the pane and waits for its first page.
    void showAndWait()
    {
        QSignalSpy refreshed(m_pane.get(), &PreviewPane::refreshed);
        m_pane->resize(700, 500);
        m_pane->show();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kLoadTimeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        m_editor = std::make_unique<DocumentEditor>();
        m_editor->setDocument(sampleDeclaration());
        m_pane = std::make_unique<PreviewPane>(m_editor.get());
    }

    void cleanup()
    {
        m_pane.reset();
        m_editor.reset();
    }

    void noBrowserUntilShown()
    {
        placeCursorAtEnd(m_editor.get(), u"0r87hmaa"_s);
        QTest::keyClicks(m_editor.get(), u" unseen"_s);
        QVERIFY(!m_pane->view());
        showAndWait();
        QVERIFY(m_pane->view());
        QVERIFY(plainText(m_pane->view()->page()).contains(u"travel documents; unseen"_s));
    }

    void showsTheDocumentAsItPrints()
    {
        showAndWait();
        const QString text = plainText(m_pane->view()->page());
        QVERIFY2(text.contains(u"BSCT/2026/L.1"_s), qPrintable(text));
        QVERIFY(text.contains(u"Distr.: Limited"_s));
        QVERIFY(text.contains(
            u"Samarkand Declaration on Border Security and Counter-Terrorism Cooperation"_s));
        QVERIFY(text.contains(u"Reaffirming our strong and unequivocal condemnation"_s));
        QVERIFY(text.contains(u"7 bis."_s));
        // Cross-references read as the cited paragraph's number, not as identifiers.
        QVERIFY(text.contains(u"the follow-up meeting referred to in paragraph 14 below"_s));
        QVERIFY(text.contains(u"programme referred to in paragraph 5 (a) above"_s));
        QVERIFY(!text.contains(u"{#"_s));
        QVERIFY(!text.contains(u"*Reaffirming*"_s));
        QCOMPARE(m_pane->view()->page()->title(),
                 u"Samarkand Declaration on Border Security and Counter-Terrorism Cooperation"_s);
    }

    void sandboxedProfile()
    {
        showAndWait();
        QWebEnginePage *page = m_pane->view()->page();
        QVERIFY(page->profile()->isOffTheRecord());
        QVERIFY(page->profile() != QWebEngineProfile::defaultProfile());
        QWebEngineSettings *settings = page->settings();
        QVERIFY(!settings->testAttribute(QWebEngineSettings::JavascriptEnabled));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::PluginsEnabled));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::AutoLoadImages));
        QCOMPARE(page->url().scheme(), QLatin1String(PreviewPane::kScheme));
    }

    void hostileTextStaysText()
    {
        const QStringList hostile{
            u"<script>document.title='x'</script>"_s,
            u"<img src=\"file:///etc/passwd\">"_s,
            u"<link rel=stylesheet href=\"http://example.invalid/x.css\">"_s,
        };
        Document doc = sampleDeclaration();
        doc.header.title = u"Hostile <b>title</b>"_s;
        for (int i = 0; i < hostile.size(); ++i) {
            Paragraph p;
            p.id = u"hostile%1"_s.arg(i);
            p.kind = ParagraphKind::Operative;
            p.text = hostile[i];
            doc.paragraphs.append(p);
        }
        m_editor->setDocument(doc);
        showAndWait();

        const QString text = plainText(m_pane->view()->page());
        for (const QString &h : hostile)
            QVERIFY2(text.contains(h), qPrintable(h));
        QCOMPARE(m_pane->view()->page()->title(), u"Hostile <b>title</b>"_s);
        const QList<QUrl> refused = m_pane->refusedRequests();
        QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).toString()));
    }

    void profileRefusesEveryOtherRequest()
    {
        showAndWait();
        // Another page on the preview's profile asks for what a hostile page would.
        QWebEnginePage probe(m_pane->view()->page()->profile());
        QSignalSpy finished(&probe, &QWebEnginePage::loadFinished);
        probe.load(QUrl(u"http://example.invalid/x.css"_s));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kLoadTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(m_pane->refusedRequests().contains(QUrl(u"http://example.invalid/x.css"_s)));
        probe.setHtml(u"<p>data</p>"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kLoadTimeoutMs);
        QCOMPARE(m_pane->refusedRequests().last().scheme(), u"data"_s);
    }

    void typingRefreshesAfterTheDelay()
    {
        showAndWait();
        QSignalSpy refreshed(m_pane.get(), &PreviewPane::refreshed);
        placeCursorAtEnd(m_editor.get(), u"0r87hmaa"_s);
        QElapsedTimer clock;
        clock.start();
        QTest::keyClicks(m_editor.get(), u" forthwith"_s);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kLoadTimeoutMs);
        QVERIFY2(clock.elapsed() >= PreviewPane::kRefreshDelayMs * 9 / 10,
                 qPrintable(QString::number(clock.elapsed())));
        // Ten keystrokes, one new page.
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(plainText(m_pane->view()->page()).contains(u"travel documents; forthwith"_s));
    }

    void hiddenPaneWaitsUntilShownAgain()
    {
        showAndWait();
        m_pane->hide();
        QSignalSpy refreshed(m_pane.get(), &PreviewPane::refreshed);
        placeCursorAtEnd(m_editor.get(), u"0r87hmaa"_s);
        QTest::keyClicks(m_editor.get(), u" meanwhile"_s);
        QVERIFY(!refreshed.wait(PreviewPane::kRefreshDelayMs * 3));
        m_pane->show();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kLoadTimeoutMs);
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(plainText(m_pane->view()->page()).contains(u"travel documents; meanwhile"_s));
    }

    void firstPageOpensAtTheCursor()
    {
        placeCursorAtEnd(m_editor.get(), u"x14z5z6g"_s); // the last paragraph
        showAndWait();
        QTRY_VERIFY_WITH_TIMEOUT(scrollY(m_pane->view()->page()) > 500, 10000);
    }

    void scrollPositionSurvivesRefresh()
    {
        showAndWait();
        QWebEnginePage *page = m_pane->view()->page();
        page->runJavaScript(u"window.scrollTo(0, 700);"_s, QWebEngineScript::ApplicationWorld);
        QTRY_COMPARE_WITH_TIMEOUT(scrollY(page), 700.0, 10000);

        QSignalSpy refreshed(m_pane.get(), &PreviewPane::refreshed);
        placeCursorAtEnd(m_editor.get(), u"0r87hmaa"_s);
        QTest::keyClicks(m_editor.get(), u" again"_s);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kLoadTimeoutMs);
        QVERIFY(plainText(page).contains(u"travel documents; again"_s));
        QTRY_COMPARE_WITH_TIMEOUT(scrollY(page), 700.0, 10000);
    }
};

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
