// The render module: what commands that print (a PDF) need of QtWebEngine, loaded only by
// them. The plenary executable replaces its QCoreApplication with the QGuiApplication made here
// before such a command runs, then calls plenaryPrintPdf.
#include "web/sandbox.h"

#include <QGuiApplication>
#include <QPageSize>
#include <unistd.h>

extern "C" Q_DECL_EXPORT QCoreApplication *plenaryRenderApplication(int *argc, char **argv)
{
    // Without a display the pages are drawn offscreen; as root, Chromium's sandbox cannot run
    // (Plenary's own sandbox, the profile and its guard, still does).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.webenginecontext.info=false");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    plenary::web::Sandbox::registerUrlScheme();
    return new QGuiApplication(*argc, argv);
}

/// Prints `html` to `pdf` on A4 or Letter paper ("A4", "Letter"); false with `error` set if it
/// could not.
extern "C" Q_DECL_EXPORT bool plenaryPrintPdf(const QByteArray *html, const QString *paper,
                                              QByteArray *pdf, QString *error)
{
    const QPageSize size(paper->compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0
                             ? QPageSize::Letter
                             : QPageSize::A4);
    const QPageLayout layout(size, QPageLayout::Portrait, QMarginsF(20, 18, 20, 18),
                             QPageLayout::Millimeter);
    *pdf = plenary::web::printToPdf(*html, layout, error);
    return !pdf->isEmpty();
}
