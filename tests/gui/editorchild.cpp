// A real editor process for the recovery test: opens a negotiation, types into it, waits
// until the recovery file holds the typing, says "ready" and keeps running until killed.
#include "gui/commentspanel.h"
#include "gui/documenteditor.h"
#include "gui/mainwindow.h"
#include "history/recoveryfile.h"

#include <QApplication>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        return 2;
    plenary::gui::MainWindow window;
    if (!window.openRepository(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.show();
    plenary::gui::DocumentEditor *editor = window.editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QString::fromLocal8Bit(argv[2]));
    // A comment on the last paragraph, not saved either.
    const QByteArray comment = argc == 4 ? QByteArray(argv[3]) : QByteArray();
    if (!comment.isEmpty() && !window.comments()->addComment(QString::fromLocal8Bit(comment)))
        return 1;

    const plenary::RecoveryFile recovery(QString::fromLocal8Bit(argv[1]));
    const QByteArray typed = QByteArray(argv[2]);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        QFile file(recovery.path());
        const QByteArray written = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (written.contains(typed) && written.contains(comment)) {
            std::printf("ready\n");
            std::fflush(stdout);
            poll.stop();
        }
    });
    poll.start(50);
    return app.exec();
}
