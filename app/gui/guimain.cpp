// The entry point of the GUI module, loaded by the plenary executable when it is started
// without a subcommand.
#include "mainwindow.h"
#include "settingsdialog.h"
#include "web/sandbox.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QTranslator>

extern "C" Q_DECL_EXPORT int plenaryGui(int argc, char **argv, const char *path)
{
    plenary::web::Sandbox::prepareApplication(false); // before the application, as it needs
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Plenary"));
    QApplication::setOrganizationName(QStringLiteral("Plenary"));
    QApplication::setApplicationDisplayName(QStringLiteral("Plenary"));
    auto *translator = new QTranslator(&app);
    // The language chosen in the settings, else the system's.
    const QString chosen = plenary::gui::SettingsDialog::interfaceLanguage();
    if (translator->load(chosen.isEmpty() ? QLocale() : QLocale(chosen), QStringLiteral("plenary"),
                         QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);

    plenary::gui::MainWindow window;
    const QString requested = QString::fromLocal8Bit(path);
    const QString last = QSettings(QStringLiteral("Plenary"), QStringLiteral("Plenary"))
                             .value(QStringLiteral("lastRepository"))
                             .toString();
    bool opened = false;
    if (!requested.isEmpty())
        opened = window.openRepository(requested);
    else if (!last.isEmpty() && QFileInfo::exists(last))
        opened = window.openRepository(last);
    if (!opened)
        window.showWelcome();
    // Maximized where a window manager honours it; the screen's size where none runs.
    window.setGeometry(window.screen()->availableGeometry());
    window.showMaximized();
    return app.exec();
}
