#include "web/pdfprinter.h"
#include "web/sandbox.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace plenary;

// The sandbox every view and print of Plenary's HTML runs in: a page that asks for a stylesheet,
// an image, a frame and a script from a server on this machine and from a file gets none of
// them, and no script runs.
class TestSandbox : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        // The preview and the comparison run the real QtWebEngine, offscreen.
        web::Sandbox::prepareApplication(true);
    }

private Q_SLOTS:
    void nothingLeavesThePage()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString local = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const QByteArray html =
            QStringLiteral(
                "<!DOCTYPE html><html><head><title>page</title>"
                "<link rel=\"stylesheet\" href=\"%1/style.css\">"
                "<script src=\"%1/script.js\"></script>"
                "<script>document.title = 'script ran';</script></head>"
                "<body><p>text</p><img src=\"%1/image.png\" onerror=\"document.title='x'\">"
                "<iframe src=\"file:///etc/passwd\"></iframe>"
                "<img src=\"file:///etc/hostname\"></body></html>")
                .arg(local)
                .toUtf8();
        web::Sandbox sandbox;
        QWebEngineView view;
        view.setPage(sandbox.createPage(&view));
        QSignalSpy loaded(view.page(), &QWebEnginePage::loadFinished);
        view.resize(600, 400);
        view.show();
        view.page()->load(sandbox.serve(html));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(view.page()->title(), QStringLiteral("page"));
        // Give stray requests time to arrive, had they been let through.
        QTest::qWait(500);
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(!server.waitForNewConnection(200));
        const QList<QUrl> refused = sandbox.refusedRequests();
        QVERIFY2(refused.contains(QUrl(local + QStringLiteral("/style.css"))),
                 qPrintable(QDebug::toString(refused)));
        for (const QUrl &url : refused)
            QVERIFY(!web::Sandbox::isPageUrl(url));
        // Navigating away is refused too.
        view.page()->load(QUrl(local + QStringLiteral("/elsewhere")));
        QTest::qWait(300);
        QVERIFY(web::Sandbox::isPageUrl(view.page()->url()));
        QVERIFY(!server.hasPendingConnections());
    }

    void printsAPdf()
    {
        QString error;
        const QByteArray pdf = web::printToPdf(
            "<!DOCTYPE html><html><body><h1>Samarkand Declaration</h1></body></html>",
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                        QPageLayout::Millimeter),
            &error);
        QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_MAIN(TestSandbox)
#include "tst_sandbox.moc"
