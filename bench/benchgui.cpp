// bench_editor: how long the editor takes to open a large negotiation and to answer a keystroke,
// on the real MainWindow and DocumentEditor, offscreen. Prints a table of percentiles with
// PASS or FAIL against the targets: open under 1.5 s, keystrokes under 16 ms at the
// 99th percentile (one frame at 60 Hz) with highlighting on.

#include "document/documentstatistics.h"
#include "document/documentwriter.h"
#include "documentgenerator.h"
#include "gui/documenteditor.h"
#include "gui/historypanel.h"
#include "gui/mainwindow.h"
#include "gui/outlinepanel.h"
#include "gui/paragraphformat.h"
#include "gui/previewpane.h"
#include "history/negotiationrepository.h"
#include "web/sandbox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QMetaEnum>
#include <QPaintEvent>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace plenary;
using namespace plenary::gui;

namespace {

constexpr double kOpenTargetMs = 1500;
constexpr double kKeyTargetMs = 16;

qint64 monotonicNanoseconds()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

qint64 threadCpuNanoseconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Set before QApplication exists: settings, recovery files and the sample in scratch folders
// rather than the user's.
void prepareEnvironment(const QString &scratch)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(scratch + QLatin1String("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(scratch + QLatin1String("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(scratch + QLatin1String("/cache")));
    qputenv("PLENARY_AUTHOR", "Bench Secretariat <secretariat@uz.invalid>");
    qputenv("PLENARY_DELEGATION", "UZ");
}

/// Times every event the GUI thread delivers while recording, so that a keystroke can be split
/// into the key event, the paint of the editor's viewport and the rest, and so that the timers
/// and other events handled while the drafter pauses (outline, autosave, the rest of the text's
/// layout) are timed where they run.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    QWidget *watchedViewport = nullptr;
    int depth = 0;
    qint64 lastViewportPaintEnd = 0; // monotonic ns
    int viewportPaints = 0;
    qint64 keyEventNs = 0; // top-level key events to the editor
    qint64 paintNs = 0;    // paints of the watched viewport
    bool recordTimers = false;
    QMap<QString, QList<qint64>> timerNs; // timer or event, receiver → durations

    bool notify(QObject *receiver, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        const bool paint = type == QEvent::Paint && receiver == watchedViewport;
        const bool key = depth == 0 && (type == QEvent::KeyPress || type == QEvent::KeyRelease);
        const bool timer = recordTimers && depth == 0;
        if (!paint && !key && !timer)
            return QApplication::notify(receiver, event);
        QString timerName;
        if (timer)
            timerName = describe(receiver, type); // before delivery, which may delete it
        const qint64 start = monotonicNanoseconds();
        ++depth;
        const bool result = QApplication::notify(receiver, event);
        --depth;
        const qint64 end = monotonicNanoseconds();
        if (paint) {
            ++viewportPaints;
            paintNs += end - start;
            lastViewportPaintEnd = end;
        }
        if (key)
            keyEventNs += end - start;
        if (timer)
            timerNs[timerName].append(end - start);
        return result;
    }

private:
    static QString describe(QObject *receiver, QEvent::Type type)
    {
        QString name = QLatin1String(receiver->metaObject()->className());
        if (type != QEvent::Timer)
            return QLatin1String(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)) +
                   QLatin1String(" to ") + name;
        name = QLatin1String("timer of ") + name;
        if (auto *t = qobject_cast<QTimer *>(receiver)) {
            name += QStringLiteral(" %1 ms").arg(t->interval());
            if (t->parent())
                name +=
                    QLatin1String(" of ") + QLatin1String(t->parent()->metaObject()->className());
        }
        return name;
    }
};

BenchApplication *benchApp()
{
    return static_cast<BenchApplication *>(QCoreApplication::instance());
}

// Answers any modal dialog that comes up (there should be none: typing in a proposed paragraph
// asks nothing); counted, because a dialog would mean the benchmark typed somewhere else.
int g_dialogs = 0;
void dismissDialogs()
{
    if (QWidget *modal = QApplication::activeModalWidget()) {
        ++g_dialogs;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
}

struct Row
{
    QString name;
    int runs = 0;
    double p50 = 0, p90 = 0, p99 = 0, min = 0, max = 0; // milliseconds
    std::optional<double> cpuP50, cpuP99;
    QString target; // "< 16 ms p99  PASS"
};

double percentile(const QList<qint64> &sorted, int pct)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype n = sorted.size();
    const qsizetype rank = std::max<qsizetype>(0, (n * pct + 99) / 100 - 1); // nearest rank
    return double(sorted[std::min(rank, n - 1)]) / 1e6;
}

Row summarise(const QString &name, QList<qint64> ns, QList<qint64> cpu = {})
{
    std::sort(ns.begin(), ns.end());
    Row row;
    row.name = name;
    row.runs = int(ns.size());
    if (ns.isEmpty())
        return row;
    row.p50 = percentile(ns, 50);
    row.p90 = percentile(ns, 90);
    row.p99 = percentile(ns, 99);
    row.min = double(ns.first()) / 1e6;
    row.max = double(ns.last()) / 1e6;
    if (!cpu.isEmpty()) {
        std::sort(cpu.begin(), cpu.end());
        row.cpuP50 = percentile(cpu, 50);
        row.cpuP99 = percentile(cpu, 99);
    }
    return row;
}

QString verdict(double value, double target, const char *what)
{
    return QStringLiteral("< %1 ms %2  %3")
        .arg(target)
        .arg(QLatin1String(what))
        .arg(value < target ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
}

void print(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void printRows(const QString &title, const QList<Row> &rows)
{
    std::printf("\n%-44s %5s %8s %8s %8s %8s %8s %8s %8s  %s\n", qPrintable(title), "runs", "p50",
                "p90", "p99", "min", "max", "cpu p50", "cpu p99", "target");
    const auto cpu = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'f', 3) : QStringLiteral("-");
    };
    for (const Row &row : rows)
        std::printf("%-44s %5d %8.3f %8.3f %8.3f %8.3f %8.3f %8s %8s  %s\n", qPrintable(row.name),
                    row.runs, row.p50, row.p90, row.p99, row.min, row.max,
                    qPrintable(cpu(row.cpuP50)), qPrintable(cpu(row.cpuP99)),
                    qPrintable(row.target));
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly))
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown CPU");
}

// A negotiation as `plenary init` and `plenary commit` make it: a first revision with the
// manifest and an empty text, then the generated text saved as the second revision.
Result<void> makeNegotiation(const QString &dir, const Document &document)
{
    Manifest manifest;
    manifest.secretariat = QStringLiteral("UZ");
    const QList<QPair<QString, QString>> delegations{
        {QStringLiteral("EU"), QStringLiteral("European Union")},
        {QStringLiteral("RU"), QStringLiteral("Russian Federation")},
        {QStringLiteral("US"), QStringLiteral("United States of America")},
        {QStringLiteral("UZ"), QStringLiteral("Republic of Uzbekistan")}};
    for (const auto &[code, name] : delegations)
        manifest.delegations.append(
            {code, name, Manifest::paletteColour(int(manifest.delegations.size()))});
    Identity who;
    who.name = QStringLiteral("Bench Secretariat");
    who.email = QStringLiteral("secretariat@uz.invalid");
    who.delegation = manifest.secretariat;

    Document empty;
    empty.header = document.header;
    auto repo =
        NegotiationRepository::create(dir, manifest, empty, who, QStringLiteral("New declaration"));
    if (!repo)
        return repo.error();
    NegotiationRepository::SaveRequest request;
    request.base = repo->openedAt();
    request.files.insert(NegotiationRepository::kTextFile, DocumentWriter::write(document));
    request.files.insert(NegotiationRepository::kManifestFile, manifest.write());
    request.identity = who;
    request.message = QStringLiteral("Zero draft circulated by the Secretariat");
    auto saved = repo->save(request);
    if (!saved)
        return saved.error();
    return {};
}

/// One opening of the negotiation, from constructing the window to an editor that has been
/// painted and has the keyboard focus.
struct Opening
{
    qint64 constructNs = 0; // MainWindow()
    qint64 openNs = 0;      // openRepository(dir)
    qint64 showNs = 0;      // show() until the viewport's first paint ended and it has focus
    qint64 totalNs = 0;
    qint64 historyNs = -1; // from the start until the history panel is filled (not in total)
    bool ok = false;
};

Opening openOnce(const QString &dir, QSize size, std::unique_ptr<MainWindow> &window,
                 bool waitForHistory)
{
    Opening o;
    BenchApplication *app = benchApp();
    const qint64 start = monotonicNanoseconds();
    window = std::make_unique<MainWindow>();
    const qint64 constructed = monotonicNanoseconds();
    qint64 historyAt = -1;
    // Disconnected on return: the window outlives this function's variables.
    const QMetaObject::Connection historyLoaded =
        QObject::connect(window->history(), &HistoryPanel::loaded, window.get(),
                         [&historyAt] { historyAt = monotonicNanoseconds(); });
    const auto disconnect = qScopeGuard([&] { QObject::disconnect(historyLoaded); });
    if (!window->openRepository(dir)) {
        std::fprintf(stderr, "bench_editor: the negotiation in %s does not open\n",
                     qPrintable(dir));
        return o;
    }
    const qint64 opened = monotonicNanoseconds();
    DocumentEditor *editor = window->editor();
    app->watchedViewport = editor->viewport();
    app->viewportPaints = 0;
    window->resize(size);
    window->show();
    QElapsedTimer limit;
    limit.start();
    while ((app->viewportPaints == 0 || !editor->hasFocus()) && limit.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (app->viewportPaints == 0 || !editor->hasFocus()) {
        std::fprintf(stderr, "bench_editor: the editor was not painted with focus within 20 s\n");
        return o;
    }
    const qint64 ready = std::max(app->lastViewportPaintEnd, opened);
    o.constructNs = constructed - start;
    o.openNs = opened - constructed;
    o.showNs = ready - opened;
    o.totalNs = ready - start;
    if (waitForHistory) {
        while (historyAt < 0 && limit.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        o.historyNs = historyAt < 0 ? -1 : historyAt - start;
    }
    o.ok = true;
    return o;
}

/// What a drafter types: words of the negotiation's vocabulary, a bracketed proposal now and
/// then, typos corrected with Backspace, and a new paragraph (Enter) every few sentences.
struct Key
{
    enum class Kind
    {
        Letter,
        Space,
        Bracket,
        Backspace,
        Enter
    };
    Kind kind;
    char character = 0; // for letters, spaces and brackets
};

QList<Key> typingSequence(quint32 seed, int minimum)
{
    static const char *const kWords[] = {
        "reaffirm",    "the",          "importance", "of",          "international",
        "cooperation", "in",           "countering", "terrorism",   "and",
        "violent",     "extremism",    "conducive",  "to",          "calls",
        "upon",        "all",          "member",     "states",      "strengthen",
        "enhance",     "capacity",     "building",   "border",      "security",
        "information", "sharing",      "consistent", "with",        "obligations",
        "under",       "law",          "including",  "human",       "rights",
        "refugee",     "humanitarian", "encourage",  "regional",    "organizations",
        "civil",       "society",      "victims",    "prevention",  "financing",
        "measures",    "appropriate",  "national",   "legislation", "effective"};
    constexpr int kWordCount = int(sizeof kWords / sizeof *kWords);
    QRandomGenerator random(seed);
    QList<Key> keys;
    int sinceEnter = 0;
    while (keys.size() < minimum) {
        const int wordsInSentence = 8 + int(random.bounded(10));
        for (int w = 0; w < wordsInSentence; ++w) {
            const bool bracket = random.bounded(10) == 0;
            const int words = bracket ? 1 + int(random.bounded(3)) : 1;
            if (bracket)
                keys.append({Key::Kind::Bracket, '['});
            for (int i = 0; i < words; ++i) {
                const char *word = kWords[random.bounded(kWordCount)];
                for (const char *c = word; *c; ++c) {
                    if (random.bounded(40) == 0) { // a typo, seen and corrected at once
                        keys.append({Key::Kind::Letter, char('a' + random.bounded(26))});
                        keys.append({Key::Kind::Backspace});
                    }
                    keys.append({Key::Kind::Letter, *c});
                }
                if (i + 1 < words)
                    keys.append({Key::Kind::Space, ' '});
            }
            if (bracket)
                keys.append({Key::Kind::Bracket, ']'});
            keys.append({Key::Kind::Space, ' '});
        }
        // Sometimes the last few characters go and come back: a word thought better of.
        if (random.bounded(3) == 0) {
            for (int i = 0; i < 4; ++i)
                keys.append({Key::Kind::Backspace});
            keys.append({Key::Kind::Letter, 'e'});
            keys.append({Key::Kind::Letter, 's'});
            keys.append({Key::Kind::Letter, 't'});
            keys.append({Key::Kind::Space, ' '});
        }
        if (++sinceEnter >= 2 && random.bounded(2) == 0) {
            keys.append({Key::Kind::Enter});
            sinceEnter = 0;
        }
    }
    return keys;
}

/// A proposed paragraph in the middle of the document with text around its middle.
std::optional<QTextCursor> middleOfProposedParagraph(DocumentEditor *editor)
{
    QTextDocument *doc = editor->document();
    const int middle = doc->blockCount() / 2;
    for (int offset = 0; offset < doc->blockCount(); ++offset) {
        for (int sign : {1, -1}) {
            const QTextBlock block = doc->findBlockByNumber(middle + sign * offset);
            if (!block.isValid() || ParagraphFormat::statusOf(block) != ParagraphStatus::Proposed ||
                block.length() < 400)
                continue;
            // After a space near the middle, so the new words stand alone.
            const QString text = block.text();
            const qsizetype space = text.indexOf(QLatin1Char(' '), text.size() / 2);
            if (space < 0)
                continue;
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + int(space) + 1);
            return cursor;
        }
    }
    return std::nullopt;
}

struct KeyTimes
{
    QList<Key::Kind> kinds; // in the order typed
    QMap<Key::Kind, QList<qint64>> total, cpu;
    QList<qint64> all, allCpu, keyEvent, paint, rest;
    int forcedRepaints = 0;
};

// Types `keys` into the editor. Each keystroke is timed from before the press is sent to after
// the work it causes is done: posted events processed, and the viewport painted (by the
// update the key scheduled, or, if none came, by a synchronous repaint).
void typeKeys(DocumentEditor *editor, const QList<Key> &keys, KeyTimes &times)
{
    BenchApplication *app = benchApp();
    QWidget *viewport = editor->viewport();
    for (const Key &key : keys) {
        app->viewportPaints = 0;
        app->keyEventNs = 0;
        app->paintNs = 0;
        const qint64 cpuStart = threadCpuNanoseconds();
        const qint64 start = monotonicNanoseconds();
        switch (key.kind) {
        case Key::Kind::Backspace:
            QTest::keyClick(editor, Qt::Key_Backspace);
            break;
        case Key::Kind::Enter:
            QTest::keyClick(editor, Qt::Key_Return);
            break;
        default:
            QTest::keyClick(editor, key.character);
            break;
        }
        QCoreApplication::processEvents();
        if (app->viewportPaints == 0) {
            ++times.forcedRepaints;
            viewport->repaint();
        }
        const qint64 elapsed = monotonicNanoseconds() - start;
        const qint64 cpu = threadCpuNanoseconds() - cpuStart;
        times.kinds.append(key.kind);
        times.total[key.kind].append(elapsed);
        times.cpu[key.kind].append(cpu);
        times.all.append(elapsed);
        times.allCpu.append(cpu);
        times.keyEvent.append(app->keyEventNs);
        times.paint.append(app->paintNs);
        times.rest.append(elapsed - app->keyEventNs - app->paintNs);
    }
}

// Lets the GUI thread idle as a drafter pausing would, timing the timers that fire.
void idle(int milliseconds)
{
    BenchApplication *app = benchApp();
    app->recordTimers = true;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    app->recordTimers = false;
}

// --open-once: one whole process, from exec to an editable window; prints the milliseconds.
int openOnceProcess(const QString &dir, QSize size)
{
    bool ok = false;
    const qint64 started = qEnvironmentVariable("PLENARY_BENCH_STARTED").toLongLong(&ok);
    const Opening o = [&] {
        std::unique_ptr<MainWindow> window;
        return openOnce(dir, size, window, false);
    }();
    if (!o.ok || !ok)
        return 1;
    // From before the parent started this process, and from MainWindow(), to the first paint.
    std::printf("%lld %lld\n", static_cast<long long>(benchApp()->lastViewportPaintEnd - started),
                static_cast<long long>(o.totalNs));
    std::fflush(stdout);
    std::_Exit(0); // the window and the application need not be torn down
}

// --floor: the QtWidgets start-up floor: a QApplication, a QTextEdit shown and painted once.
int floorProcess()
{
    bool ok = false;
    const qint64 started = qEnvironmentVariable("PLENARY_BENCH_STARTED").toLongLong(&ok);
    QTextEdit edit;
    edit.setPlainText(QStringLiteral("Plenary"));
    BenchApplication *app = benchApp();
    app->watchedViewport = edit.viewport();
    edit.resize(1280, 860);
    edit.show();
    QElapsedTimer limit;
    limit.start();
    while (app->viewportPaints == 0 && limit.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (app->viewportPaints == 0 || !ok)
        return 1;
    std::printf("%lld 0\n", static_cast<long long>(app->lastViewportPaintEnd - started));
    std::fflush(stdout);
    std::_Exit(0);
}

// Runs this program again `runs` times with `arguments`; each prints the nanoseconds from the
// moment before it was started to its first paint.
QList<qint64> measureProcesses(const QStringList &arguments, int warmup, int runs,
                               QList<qint64> *windowNs = nullptr)
{
    QList<qint64> times;
    for (int i = 0; i < warmup + runs; ++i) {
        QProcess process;
        process.setStandardErrorFile(QProcess::nullDevice());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const qint64 started = monotonicNanoseconds();
        env.insert(QStringLiteral("PLENARY_BENCH_STARTED"), QString::number(started));
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationFilePath(), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return {};
        const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() != 2)
            return {};
        if (i >= warmup) {
            times.append(fields[0].toLongLong());
            if (windowNs)
                windowNs->append(fields[1].toLongLong());
        }
    }
    return times;
}

int intOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok) {
        std::fprintf(stderr, "bench_editor: --%s expects a whole number\n", qPrintable(name));
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    // The scratch folder must exist before QApplication reads the environment; the parent
    // hands its own to the processes it starts.
    std::unique_ptr<QTemporaryDir> scratch;
    QString scratchPath = qEnvironmentVariable("PLENARY_BENCH_SCRATCH");
    if (scratchPath.isEmpty()) {
        scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                  QLatin1String("/plenary-bench-editor-XXXXXX"));
        scratchPath = scratch->path();
        qputenv("PLENARY_BENCH_SCRATCH", QFile::encodeName(scratchPath));
    }
    prepareEnvironment(scratchPath);
    // As plenaryGui() starts the editor (offscreen): what QtWebEngine needs before the
    // application exists.
    plenary::web::Sandbox::prepareApplication(true);
    BenchApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Plenary"));
    QApplication::setOrganizationName(QStringLiteral("Plenary"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times opening a generated 300-paragraph, 30,000-word negotiation in the editor and "
        "typing into it, on the real widgets offscreen."));
    parser.addHelpOption();
    const auto option = [&parser](const char *name, const char *description, const char *fallback) {
        parser.addOption(QCommandLineOption(QLatin1String(name), QLatin1String(description),
                                            QStringLiteral("N"), QLatin1String(fallback)));
    };
    option("paragraphs", "Paragraphs of the document (default 300).", "300");
    option("words", "Words of the document (default 30000).", "30000");
    option("seed", "Seed of the generator and of the typing (default 1).", "1");
    option("opens", "Timed openings in this process, a new window each (default 10).", "10");
    option("process-runs",
           "Timed whole processes for the start-up rows (default 10; 0 skips them).", "10");
    option("keys", "Keystrokes typed, at least (default 2400).", "2400");
    option("bursts", "The keys are typed in this many bursts, with a pause after each (default 4).",
           "4");
    option("pause", "Milliseconds of each pause, long enough for autosave (default 3500).", "3500");
    parser.addOption(QCommandLineOption(QStringLiteral("size"),
                                        QStringLiteral("Window size (default 1280x860, the "
                                                       "window's own default)."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x860")));
    parser.addOption(QCommandLineOption(QStringLiteral("without-highlighting"),
                                        QStringLiteral("Also type with the highlighter detached, "
                                                       "to see its share.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("preview"),
                           QStringLiteral("Also type with the preview pane shown (QtWebEngine).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("times"),
        QStringLiteral("Write every keystroke's times (ms, highlighting on) to FILE as CSV."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep"),
                                        QStringLiteral("Make the negotiation in DIR and keep it."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("open-once"),
                                        QStringLiteral("Internal: open DIR once and exit."),
                                        QStringLiteral("DIR")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("floor"), QStringLiteral("Internal: start-up floor.")));
    parser.process(app);

    // A dialog would stop the benchmark (a modal loop) and means it did something else than
    // meant: any that comes up is dismissed and counted, and the run fails.
    QTimer dialogs;
    QObject::connect(&dialogs, &QTimer::timeout, &app, dismissDialogs);
    dialogs.start(50);

    const QStringList sizeParts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(sizeParts.value(0).toInt(), sizeParts.value(1).toInt());
    if (size.width() < 200 || size.height() < 200) {
        std::fprintf(stderr, "bench_editor: --size expects WxH, such as 1280x860\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("open-once")))
        return openOnceProcess(parser.value(QStringLiteral("open-once")), size);
    if (parser.isSet(QStringLiteral("floor")))
        return floorProcess();

    const int paragraphs = std::max(1, intOption(parser, QStringLiteral("paragraphs")));
    const int words = std::max(1, intOption(parser, QStringLiteral("words")));
    const auto seed = quint32(intOption(parser, QStringLiteral("seed")));
    const int opens = std::max(1, intOption(parser, QStringLiteral("opens")));
    const int processRuns = std::max(0, intOption(parser, QStringLiteral("process-runs")));
    const int keyCount = std::max(1, intOption(parser, QStringLiteral("keys")));
    const int bursts = std::max(1, intOption(parser, QStringLiteral("bursts")));
    const int pause = std::max(0, intOption(parser, QStringLiteral("pause")));

    bench::DocumentGenerator generator(seed);
    const Document document = generator.generate(paragraphs, words);
    const QString dir = parser.isSet(QStringLiteral("keep"))
                            ? QDir(parser.value(QStringLiteral("keep"))).absolutePath()
                            : scratchPath + QLatin1String("/negotiation");
    if (auto made = makeNegotiation(dir, document); !made) {
        std::fprintf(stderr, "bench_editor: cannot make the negotiation in %s: %s\n",
                     qPrintable(dir), qPrintable(made.error().message));
        return 1;
    }
    const DocumentStatistics stats = DocumentStatistics::of(document);

    print(QStringLiteral("Plenary editor benchmark, %1\n")
              .arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
    print(QStringLiteral("machine: %1, %2 hardware threads, load average %3; Qt %4; %5 build; "
                         "platform %6, window %7x%8\n")
              .arg(cpuModel())
              .arg(QThread::idealThreadCount())
              .arg(loadAverage(), QLatin1String(qVersion()), QLatin1String(PLENARY_BUILD_TYPE),
                   QGuiApplication::platformName())
              .arg(size.width())
              .arg(size.height()));
    print(QStringLiteral("document: seed %1, %2 paragraphs, %3 words (%4 outside deleted "
                         "paragraphs), %5 bytes; two revisions in %6\n")
              .arg(seed)
              .arg(document.paragraphs.size())
              .arg(bench::DocumentGenerator::wordCount(document))
              .arg(stats.words)
              .arg(DocumentWriter::write(document).size())
              .arg(dir));

    // Opening, in this process: the first is cold (fonts, styles, libgit2 start), the others warm.
    QList<qint64> totals, constructs, openings, shows, histories;
    qint64 coldNs = 0;
    for (int i = 0; i < opens; ++i) {
        std::unique_ptr<MainWindow> window;
        const Opening o = openOnce(dir, size, window, true);
        if (!o.ok)
            return 1;
        if (i == 0)
            coldNs = o.totalNs;
        totals.append(o.totalNs);
        constructs.append(o.constructNs);
        openings.append(o.openNs);
        shows.append(o.showNs);
        if (o.historyNs >= 0)
            histories.append(o.historyNs);
        app.watchedViewport = nullptr;
        window.reset();
        QCoreApplication::processEvents(); // deferred deletes of the window's children
    }
    QList<Row> openRows;
    Row total = summarise(QStringLiteral("open: MainWindow() to painted editor"), totals);
    total.target = verdict(total.p50, kOpenTargetMs, "p50");
    openRows.append(total);
    Row cold = summarise(QStringLiteral("  of which the first (cold) in the process"), {coldNs});
    cold.target = verdict(cold.p50, kOpenTargetMs, "");
    openRows.append(cold);
    openRows.append(summarise(QStringLiteral("  MainWindow()"), constructs));
    openRows.append(summarise(QStringLiteral("  openRepository(dir)"), openings));
    openRows.append(summarise(QStringLiteral("  show() to first paint, with focus"), shows));
    openRows.append(summarise(QStringLiteral("history panel filled (background)"), histories));
    printRows(QStringLiteral("opening (in process, ms)"), openRows);

    if (processRuns > 0) {
        QList<Row> processRows;
        const QList<qint64> floor = measureProcesses({QStringLiteral("--floor")}, 2, processRuns);
        processRows.append(
            summarise(QStringLiteral("QApplication + QTextEdit painted (floor)"), floor));
        QList<qint64> windowPart;
        const QList<qint64> whole =
            measureProcesses({QStringLiteral("--open-once"), dir, QStringLiteral("--size"),
                              parser.value(QStringLiteral("size"))},
                             2, processRuns, &windowPart);
        Row wholeRow = summarise(QStringLiteral("start to editable window (whole process)"), whole);
        if (!whole.isEmpty())
            wholeRow.target = verdict(wholeRow.p50, kOpenTargetMs, "p50");
        processRows.append(wholeRow);
        processRows.append(
            summarise(QStringLiteral("  of which MainWindow() to painted"), windowPart));
        printRows(QStringLiteral("start-up (whole processes, ms)"), processRows);
    }

    // Typing, in a fresh window, with highlighting on (as the editor always has it).
    const QList<Key> keys = typingSequence(seed, keyCount);
    QMap<QString, QList<qint64>> afterOpening;
    std::optional<qint64> previewFirstPageNs;
    const auto typeInto = [&](bool highlighting, KeyTimes &times, int &paragraphsAdded,
                              bool preview = false) -> bool {
        std::unique_ptr<MainWindow> window;
        if (!openOnce(dir, size, window, true).ok)
            return false;
        DocumentEditor *editor = window->editor();
        if (preview) {
            // As View > Preview shows it: the web engine starts, the first page is built.
            auto *dock = window->findChild<QDockWidget *>(QStringLiteral("preview"));
            auto *pane = window->findChild<PreviewPane *>();
            if (!dock || !pane) {
                std::fprintf(stderr, "bench_editor: the window has no preview pane\n");
                return false;
            }
            bool refreshed = false;
            QObject::connect(pane, &PreviewPane::refreshed, &app,
                             [&refreshed] { refreshed = true; });
            const qint64 start = monotonicNanoseconds();
            dock->show();
            QElapsedTimer limit;
            limit.start();
            while (!refreshed && limit.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!refreshed) {
                std::fprintf(stderr, "bench_editor: the preview showed no page within 30 s\n");
                return false;
            }
            previewFirstPageNs = monotonicNanoseconds() - start;
        }
        auto *highlighter = editor->document()->findChild<QSyntaxHighlighter *>();
        if (!highlighter) {
            std::fprintf(stderr, "bench_editor: the editor has no highlighter\n");
            return false;
        }
        if (!highlighting)
            highlighter->setDocument(nullptr);
        const auto cursor = middleOfProposedParagraph(editor);
        if (!cursor) {
            std::fprintf(stderr, "bench_editor: no proposed paragraph to type in\n");
            return false;
        }
        const int blocksBefore = editor->document()->blockCount();
        const int blockNumber = cursor->blockNumber();
        editor->setTextCursor(*cursor);
        editor->ensureCursorVisible();
        // What opening left for later (the rest of the layout, the history), then the first
        // paint at the new place.
        app.timerNs.clear();
        idle(1500);
        if (highlighting)
            afterOpening = app.timerNs;
        app.timerNs.clear();
        const int charactersBefore = editor->document()->characterCount();
        if (highlighting)
            print(QStringLiteral("\ntyping %1 keys into paragraph %2 (%3, proposed) at "
                                 "position %4 of %5, in %6 bursts with %7 ms pauses\n")
                      .arg(keys.size())
                      .arg(blockNumber + 1)
                      .arg(editor->numbering().reference(blockNumber))
                      .arg(cursor->positionInBlock())
                      .arg(cursor->block().length() - 1)
                      .arg(bursts)
                      .arg(pause));
        const qsizetype per = (keys.size() + bursts - 1) / bursts;
        for (qsizetype from = 0; from < keys.size(); from += per) {
            typeKeys(editor, keys.mid(from, per), times);
            idle(pause);
        }
        paragraphsAdded = editor->document()->blockCount() - blocksBefore;
        // Every key must have done what it does: a character more, or one less for Backspace.
        int expected = charactersBefore;
        for (const Key &key : keys)
            expected += key.kind == Key::Kind::Backspace ? -1 : 1;
        if (editor->document()->characterCount() != expected) {
            std::fprintf(stderr, "bench_editor: the text has %d characters after typing, not %d\n",
                         editor->document()->characterCount(), expected);
            return false;
        }
        app.watchedViewport = nullptr;
        window.reset();
        QCoreApplication::processEvents();
        // The autosave wrote the typed text to a recovery file, which the next window would
        // offer back: it goes, with the rest of the editor's data.
        QDir(scratchPath + QLatin1String("/data")).removeRecursively();
        return true;
    };

    const auto keyRows = [](const KeyTimes &t, bool withTarget) {
        QList<Row> rows;
        Row all = summarise(QStringLiteral("all keys"), t.all, t.allCpu);
        if (withTarget)
            all.target = verdict(all.p99, kKeyTargetMs, "p99");
        rows.append(all);
        const QList<QPair<Key::Kind, QString>> kinds{
            {Key::Kind::Letter, QStringLiteral("  letters")},
            {Key::Kind::Space, QStringLiteral("  spaces")},
            {Key::Kind::Bracket, QStringLiteral("  [ and ]")},
            {Key::Kind::Backspace, QStringLiteral("  Backspace")},
            {Key::Kind::Enter, QStringLiteral("  Enter (a new paragraph)")}};
        for (const auto &[kind, name] : kinds) {
            Row row = summarise(name, t.total.value(kind), t.cpu.value(kind));
            if (withTarget)
                row.target = verdict(row.p99, kKeyTargetMs, "p99");
            rows.append(row);
        }
        rows.append(summarise(QStringLiteral("  part: key press and release events"), t.keyEvent));
        rows.append(summarise(QStringLiteral("  part: painting the viewport"), t.paint));
        rows.append(summarise(QStringLiteral("  part: the rest (posted events, layout)"), t.rest));
        return rows;
    };

    KeyTimes highlighted;
    int added = 0;
    if (!typeInto(true, highlighted, added)) {
        std::fprintf(stderr, "bench_editor: typing failed\n");
        return 1;
    }
    if (parser.isSet(QStringLiteral("times"))) {
        QFile csv(parser.value(QStringLiteral("times")));
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Text)) {
            std::fprintf(stderr, "bench_editor: cannot write %s\n", qPrintable(csv.fileName()));
            return 1;
        }
        static const char *const kKindNames[] = {"letter", "space", "bracket", "backspace",
                                                 "enter"};
        csv.write("key,kind,total,cpu,key_events,paint\n");
        for (qsizetype i = 0; i < highlighted.all.size(); ++i)
            csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                          .arg(i)
                          .arg(QLatin1String(kKindNames[int(highlighted.kinds[i])]))
                          .arg(double(highlighted.all[i]) / 1e6, 0, 'f', 4)
                          .arg(double(highlighted.allCpu[i]) / 1e6, 0, 'f', 4)
                          .arg(double(highlighted.keyEvent[i]) / 1e6, 0, 'f', 4)
                          .arg(double(highlighted.paint[i]) / 1e6, 0, 'f', 4)
                          .toLatin1());
    }
    const QMap<QString, QList<qint64>> timers = app.timerNs;
    const auto eventRows = [](const QMap<QString, QList<qint64>> &events) {
        QList<Row> rows;
        for (auto it = events.begin(); it != events.end(); ++it)
            if (*std::max_element(it->begin(), it->end()) >= 100000) // leave out under 0.1 ms
                rows.append(summarise(it.key(), it.value()));
        return rows;
    };
    printRows(QStringLiteral("GUI thread, 1.5 s after opening (ms)"), eventRows(afterOpening));
    printRows(QStringLiteral("keystrokes, highlighting on (ms)"), keyRows(highlighted, true));
    print(QStringLiteral("(%1 new paragraphs; %2 keys needed a forced repaint)\n")
              .arg(added)
              .arg(highlighted.forcedRepaints));

    printRows(QStringLiteral("GUI thread, in the pauses after typing (ms)"), eventRows(timers));

    if (parser.isSet(QStringLiteral("without-highlighting"))) {
        KeyTimes plain;
        if (!typeInto(false, plain, added)) {
            std::fprintf(stderr, "bench_editor: typing without highlighting failed\n");
            return 1;
        }
        printRows(QStringLiteral("keystrokes, highlighter detached (ms)"), keyRows(plain, false));
    }
    if (parser.isSet(QStringLiteral("preview"))) {
        KeyTimes previewed;
        app.timerNs.clear();
        if (!typeInto(true, previewed, added, true)) {
            std::fprintf(stderr, "bench_editor: typing with the preview shown failed\n");
            return 1;
        }
        const QMap<QString, QList<qint64>> previewEvents = app.timerNs;
        printRows(QStringLiteral("preview pane shown (ms)"),
                  {summarise(QStringLiteral("show() to its first page"), {*previewFirstPageNs})});
        printRows(QStringLiteral("keystrokes, preview shown (ms)"), keyRows(previewed, true));
        printRows(QStringLiteral("GUI thread, pauses with the preview shown (ms)"),
                  eventRows(previewEvents));
    }
    print(QStringLiteral("\nload average at the end: %1\n").arg(loadAverage()));
    if (g_dialogs > 0) {
        std::fprintf(stderr, "bench_editor: %d dialogs came up; the figures are not valid\n",
                     g_dialogs);
        return 1;
    }
    return 0;
}
