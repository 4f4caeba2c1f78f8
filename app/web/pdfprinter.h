#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPageLayout>
#include <QPointer>
#include <QTimer>
#include <memory>

class QWebEnginePage;

namespace plenary::web {

class Sandbox;

/// Prints Plenary's own HTML to PDF without blocking: the page loads and prints in a page with
/// no window inside a Sandbox, and printed() reports the PDF or why there is none. One print at
/// a time; a new print() drops the one under way, whose result is never reported.
class PdfPrinter : public QObject
{
    Q_OBJECT

public:
    explicit PdfPrinter(QObject *parent = nullptr);
    ~PdfPrinter() override;

    /// Starts printing `html` (a QGuiApplication must exist; it may be offscreen).
    void print(const QByteArray &html, const QPageLayout &layout, int timeoutMs = 120000);
    /// Drops the print under way, if any.
    void cancel();
    [[nodiscard]] bool isPrinting() const { return m_page != nullptr; }

Q_SIGNALS:
    /// The PDF, or an empty array and what went wrong.
    void printed(const QByteArray &pdf, const QString &error);

private:
    void finish(const QByteArray &pdf, const QString &error);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QWebEnginePage> m_page;
    QList<QPointer<QWebEnginePage>> m_retired; // pages whose deletion is deferred
    QPageLayout m_layout;
    QTimer m_timeout;
    quint64 m_generation = 0; // which print a callback belongs to
};

/// The page Plenary prints on: A4 or Letter ("A4", "Letter"), 20 mm at the sides and 18 mm at
/// the top and bottom. The line numbers finishPdf adds sit in the side margin it leaves.
[[nodiscard]] QPageLayout printLayout(const QString &paper);

/// Prints HTML to PDF in a page with no window (a QGuiApplication must exist; it may be
/// offscreen). Waits, running the event loop, until the PDF is made or `timeoutMs` passed.
/// Returns the PDF, or an empty array with `error` set.
[[nodiscard]] QByteArray printToPdf(const QByteArray &html, const QPageLayout &layout,
                                    QString *error, int timeoutMs = 120000);

} // namespace plenary::web
