#include "pdfprinter.h"

#include "sandbox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QWebEnginePage>

namespace plenary::web {

PdfPrinter::PdfPrinter(QObject *parent) : QObject(parent), m_sandbox(std::make_unique<Sandbox>())
{
    m_timeout.setSingleShot(true);
}

PdfPrinter::~PdfPrinter()
{
    cancel();
    // Pages must go before the profile they belong to, deferred deletions or not.
    for (const QPointer<QWebEnginePage> &page : std::as_const(m_retired))
        delete page.data();
}

void PdfPrinter::print(const QByteArray &html, const QPageLayout &layout, int timeoutMs)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_layout = layout;
    m_page.reset(m_sandbox->createPage(nullptr));
    connect(&m_timeout, &QTimer::timeout, this, [this, timeoutMs] {
        finish({}, QCoreApplication::translate("plenary::web::Sandbox",
                                               "the page took longer than %1 s to render")
                       .arg(timeoutMs / 1000));
    });
    connect(m_page.get(), &QWebEnginePage::loadFinished, this, [this, generation](bool ok) {
        if (generation != m_generation || !m_page)
            return;
        if (!ok) {
            finish({}, QCoreApplication::translate("plenary::web::Sandbox",
                                                   "the page to print did not load"));
            return;
        }
        // The callback may come after cancel() or a newer print(): the generation tells.
        QPointer<PdfPrinter> self(this);
        m_page->printToPdf(
            [self, generation](const QByteArray &pdf) {
                if (!self || generation != self->m_generation || !self->m_page)
                    return;
                self->finish(pdf, pdf.isEmpty()
                                      ? QCoreApplication::translate("plenary::web::Sandbox",
                                                                    "printing to PDF failed")
                                      : QString());
            },
            m_layout);
    });
    m_timeout.start(timeoutMs);
    m_page->load(m_sandbox->serve(html));
}

void PdfPrinter::cancel()
{
    ++m_generation;
    m_timeout.stop();
    m_timeout.disconnect(this);
    // Deleted later: this may run inside one of the page's own signals.
    if (m_page) {
        m_retired.append(m_page.get());
        m_page.release()->deleteLater();
    }
    m_retired.removeAll(nullptr);
}

void PdfPrinter::finish(const QByteArray &pdf, const QString &error)
{
    cancel();
    Q_EMIT printed(pdf, error);
}

QPageLayout printLayout(const QString &paper)
{
    const QPageSize size(paper.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0
                             ? QPageSize::Letter
                             : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(20, 18, 20, 18),
                       QPageLayout::Millimeter);
}

QByteArray printToPdf(const QByteArray &html, const QPageLayout &layout, QString *error,
                      int timeoutMs)
{
    PdfPrinter printer;
    QEventLoop loop;
    QByteArray result;
    QObject::connect(&printer, &PdfPrinter::printed, &loop,
                     [&](const QByteArray &pdf, const QString &why) {
                         result = pdf;
                         *error = why;
                         loop.quit();
                     });
    printer.print(html, layout, timeoutMs);
    loop.exec();
    return result;
}

} // namespace plenary::web
