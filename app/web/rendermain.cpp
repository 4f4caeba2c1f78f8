// The render module: what commands that print (a PDF) need of QtWebEngine, loaded only by
// them. The plenary executable replaces its QCoreApplication with the QGuiApplication made here
// before such a command runs, then calls plenaryPrintPdf.
#include "web/pdffinish.h"
#include "web/pdfprinter.h"
#include "web/sandbox.h"

#include <QGuiApplication>
#include <QPageSize>

extern "C" Q_DECL_EXPORT QCoreApplication *plenaryRenderApplication(int *argc, char **argv)
{
    // Without a display the pages are drawn offscreen.
    plenary::web::Sandbox::prepareApplication(qEnvironmentVariableIsEmpty("DISPLAY") &&
                                              qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                                              qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"));
    // A command's standard error is for its own messages: the web engine's start-up report and
    // the notes about running offscreen are not.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context,
                                         const QString &message) {
        static const QStringList harmless{QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set"),
                                          QStringLiteral("Sandboxing disabled by user"),
                                          QStringLiteral("No suitable graphics backend found"),
                                          QStringLiteral("This plugin does not support")};
        if (type != QtFatalMsg && type != QtCriticalMsg)
            for (const QString &note : harmless)
                if (message.startsWith(note))
                    return;
        if (previous)
            previous(type, context, message);
    });
    return new QGuiApplication(*argc, argv);
}

/// Prints `html` to `pdf` on A4 or Letter paper ("A4", "Letter"); false with `error` set if it
/// could not.
extern "C" Q_DECL_EXPORT bool plenaryPrintPdf(const QByteArray *html, const QString *paper,
                                              QByteArray *pdf, QString *error)
{
    *pdf = plenary::web::printToPdf(*html, plenary::web::printLayout(*paper), error);
    return !pdf->isEmpty();
}

/// Finishes a printed PDF with page numbers and its document information (web::finishPdf);
/// false with `error` set if it could not.
extern "C" Q_DECL_EXPORT bool plenaryFinishPdf(const QByteArray *pdf,
                                               const plenary::web::PdfDocumentInfo *info,
                                               QByteArray *finished, QString *error)
{
    auto result = plenary::web::finishPdf(*pdf, *info);
    if (!result) {
        *error = result.error().message;
        return false;
    }
    *finished = std::move(result.value());
    return true;
}
