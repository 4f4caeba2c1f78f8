// bench_qtfloor: an empty QtCore program, the start-up time no QtCore command can go below.

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
