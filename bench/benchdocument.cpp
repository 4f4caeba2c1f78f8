// bench_document: how long reading and writing a large document takes, in the process and as
// whole `plenary` commands. Prints a table of median, minimum and 90th percentile times.

#include "document/documentreader.h"
#include "document/documentstatistics.h"
#include "document/documentwriter.h"
#include "document/numbering.h"
#include "documentgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>

using namespace plenary;

namespace {

// Keeps the optimiser from dropping work whose result is otherwise unused.
volatile qsizetype g_sink = 0;

struct Row
{
    QString name;
    int runs = 0;
    double median = 0; // milliseconds
    double min = 0;
    double p90 = 0;
    std::optional<double> cpuMedian; // CPU time of the thread: what other processes don't add
    std::optional<double> targetMs;
    QString note; // why a row has no figures
};

double medianMs(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto n = nanoseconds.size();
    return n % 2 ? double(nanoseconds[n / 2]) / 1e6
                 : double(nanoseconds[n / 2 - 1] + nanoseconds[n / 2]) / 2e6;
}

Row summarise(const QString &name, QList<qint64> nanoseconds, std::optional<double> targetMs)
{
    Row row;
    row.name = name;
    row.runs = int(nanoseconds.size());
    row.targetMs = targetMs;
    if (nanoseconds.isEmpty())
        return row;
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto n = nanoseconds.size();
    row.median = medianMs(nanoseconds);
    row.min = double(nanoseconds.first()) / 1e6;
    const qsizetype p90 = std::max<qsizetype>(0, (n * 9 + 9) / 10 - 1); // nearest rank
    row.p90 = double(nanoseconds[p90]) / 1e6;
    return row;
}

qint64 threadCpuNanoseconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// How many runs each measurement makes, and how long a slow one may take instead.
struct Plan
{
    int warmup = 20;
    int runs = 200;
    qint64 budgetMs = 10000; // a slow operation stops after this long, with at least kMinRuns
    static constexpr int kMinRuns = 5;
};

// Times `work` after untimed warm-up runs; `work` returns a size to sink.
template<typename Work>
Row measure(const QString &name, const Plan &plan, std::optional<double> targetMs, Work work)
{
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < plan.warmup && (i == 0 || total.elapsed() < plan.budgetMs / 10); ++i)
        g_sink = g_sink + work();
    QList<qint64> times, cpuTimes;
    times.reserve(plan.runs);
    cpuTimes.reserve(plan.runs);
    QElapsedTimer timer;
    total.start();
    for (int i = 0; i < plan.runs && (i < Plan::kMinRuns || total.elapsed() < plan.budgetMs); ++i) {
        const qint64 cpuStart = threadCpuNanoseconds();
        timer.start();
        const qsizetype size = work();
        times.append(timer.nsecsElapsed());
        cpuTimes.append(threadCpuNanoseconds() - cpuStart);
        g_sink = g_sink + size;
    }
    Row row = summarise(name, times, targetMs);
    row.cpuMedian = medianMs(cpuTimes);
    return row;
}

// Times a whole process from start to exit, its output discarded.
Row measureProcess(const QString &name, const QString &program, const QStringList &arguments,
                   int warmup, int runs)
{
    QList<qint64> times;
    QElapsedTimer timer;
    for (int i = 0; i < warmup + runs; ++i) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
            Row row;
            row.name = name;
            row.note = QStringLiteral("could not run: ") + process.errorString();
            return row;
        }
        const qint64 elapsed = timer.nsecsElapsed();
        if (i >= warmup)
            times.append(elapsed);
    }
    return summarise(name, times, std::nullopt);
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                const auto colon = line.indexOf(':');
                return QString::fromUtf8(line.mid(colon + 1).trimmed());
            }
        }
    }
    return QStringLiteral("unknown CPU");
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return QString::fromLatin1(fields.mid(0, 3).join(' '));
}

QString grouped(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

void print(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
}

void printRows(const QList<Row> &rows)
{
    std::printf("%-48s %5s %9s %9s %9s %9s  %s\n", "operation", "runs", "median", "min", "p90",
                "cpu med", "target (median)");
    for (const Row &row : rows) {
        if (!row.note.isEmpty()) {
            std::printf("%-48s %s\n", qPrintable(row.name), qPrintable(row.note));
            continue;
        }
        QString target;
        if (row.targetMs)
            target = QStringLiteral("< %1 ms  %2")
                         .arg(*row.targetMs)
                         .arg(row.median < *row.targetMs ? QStringLiteral("PASS")
                                                         : QStringLiteral("FAIL"));
        const QString cpu =
            row.cpuMedian ? QString::number(*row.cpuMedian, 'f', 3) : QStringLiteral("-");
        std::printf("%-48s %5d %9.3f %9.3f %9.3f %9s  %s\n", qPrintable(row.name), row.runs,
                    row.median, row.min, row.p90, qPrintable(cpu), qPrintable(target));
    }
}

// The document must survive a round trip unchanged, or the figures would measure something
// other than a valid file.
bool checkRoundTrip(const QString &what, const Document &document, const QByteArray &bytes)
{
    const ReadResult result = DocumentReader::read(bytes);
    bool ok = true;
    for (const Diagnostic &d : result.diagnostics) {
        std::fprintf(stderr, "%s\n", qPrintable(d.format(what)));
        ok = false;
    }
    if (!(result.document == document)) {
        std::fprintf(stderr, "%s: reading the written document gives a different document\n",
                     qPrintable(what));
        ok = false;
    }
    if (DocumentWriter::write(result.document) != bytes) {
        std::fprintf(stderr, "%s: writing the read document gives different bytes\n",
                     qPrintable(what));
        ok = false;
    }
    return ok;
}

bool saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

int intOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0) {
        std::fprintf(stderr, "bench_document: --%s expects a whole number\n", qPrintable(name));
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times DocumentReader::read and DocumentWriter::write on a generated document, and "
        "whole plenary commands on it."));
    parser.addHelpOption();
    const auto option = [&parser](const char *name, const char *description, const char *fallback) {
        parser.addOption(QCommandLineOption(QLatin1String(name), QLatin1String(description),
                                            QStringLiteral("N"), QLatin1String(fallback)));
    };
    option("paragraphs", "Paragraphs of the document (default 300).", "300");
    option("words", "Words of the document (default 30000).", "30000");
    option("seed", "Seed of the generator (default 1).", "1");
    option("iterations", "Timed runs of each in-process operation (default 200).", "200");
    option("warmup", "Untimed runs before them (default 20).", "20");
    option("budget",
           "Seconds after which a slow operation stops, after at least 5 runs "
           "(default 10).",
           "10");
    option("process-runs", "Timed runs of each whole command (default 50; 0 skips them).", "50");
    option("target",
           "Target for parse and serialize in milliseconds, applied to the default document or "
           "when given (default 5).",
           "5");
    parser.addOption(QCommandLineOption(
        QStringLiteral("plenary"),
        QStringLiteral("The plenary executable (default: the one beside this program)."),
        QStringLiteral("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep"),
                                        QStringLiteral("Also save the generated documents in DIR."),
                                        QStringLiteral("DIR")));
    parser.process(app);

    const int paragraphs = std::max(1, intOption(parser, QStringLiteral("paragraphs")));
    const int words = std::max(1, intOption(parser, QStringLiteral("words")));
    const auto seed = quint32(intOption(parser, QStringLiteral("seed")));
    Plan plan;
    plan.runs = std::max(1, intOption(parser, QStringLiteral("iterations")));
    plan.warmup = intOption(parser, QStringLiteral("warmup"));
    plan.budgetMs = qint64(intOption(parser, QStringLiteral("budget"))) * 1000;
    const int processRuns = intOption(parser, QStringLiteral("process-runs"));
    // The target is set for the document size; other sizes are measured without one.
    std::optional<double> target;
    if (parser.isSet(QStringLiteral("target")) || (paragraphs == 300 && words == 30000))
        target = intOption(parser, QStringLiteral("target"));

    // The documents: the large one, then single long lines, the worst case of the format.
    bench::DocumentGenerator generator(seed);
    const Document document = generator.generate(paragraphs, words);
    const QByteArray bytes = DocumentWriter::write(document);
    const int documentWords = bench::DocumentGenerator::wordCount(document);
    const DocumentStatistics stats = DocumentStatistics::of(document);
    if (!checkRoundTrip(QStringLiteral("generated document"), document, bytes))
        return 1;

    struct LongLine
    {
        QString name;
        QString fileName;
        Document document;
        QByteArray bytes;
    };
    QList<LongLine> longLines;
    for (const auto &[kib, citing] : {std::pair{1024, false}, {256, true}, {1024, true}}) {
        const int lineWords = int(kib * 1024.0 * documentWords / bytes.size());
        LongLine line;
        line.name = QStringLiteral("%1 KiB paragraph%2")
                        .arg(kib)
                        .arg(citing ? QStringLiteral(" with {#id}s") : QString());
        line.fileName = QStringLiteral("paragraph-%1k%2.plenary")
                            .arg(kib)
                            .arg(citing ? QStringLiteral("-citing") : QString());
        line.document = bench::DocumentGenerator(seed).generateLongParagraph(lineWords, citing);
        line.bytes = DocumentWriter::write(line.document);
        if (!checkRoundTrip(line.name, line.document, line.bytes))
            return 1;
        longLines.append(line);
    }
    const QByteArray &bigBytes = longLines.first().bytes;

    print(QStringLiteral("Plenary document benchmark, %1\n")
              .arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
    print(QStringLiteral("machine: %1, %2 hardware threads, load average %3; Qt %4; %5 build\n")
              .arg(cpuModel())
              .arg(QThread::idealThreadCount())
              .arg(loadAverage(), QLatin1String(qVersion()), QLatin1String(PLENARY_BUILD_TYPE)));
    print(QStringLiteral("document: seed %1, %2 paragraphs, %3 words (%4 outside deleted "
                         "paragraphs, as plenary check counts), %5 bytes, %6 bracketed spans, %7 "
                         "alternative groups\n")
              .arg(seed)
              .arg(document.paragraphs.size())
              .arg(grouped(documentWords), grouped(stats.words), grouped(bytes.size()))
              .arg(stats.openSpans)
              .arg(stats.alternativeGroups));
    for (const LongLine &line : longLines)
        print(QStringLiteral("%1: one line of %2 words, %3 bytes%4\n")
                  .arg(line.name, grouped(bench::DocumentGenerator::wordCount(line.document)),
                       grouped(line.bytes.size()),
                       line.document.paragraphs.size() > 1
                           ? QStringLiteral(", citing the paragraph above about every 150 words")
                           : QString()));
    print(QStringLiteral("milliseconds of wall-clock time (cpu med: median CPU time of the "
                         "thread); in-process rows: up to %1 runs after %2 warm-up runs, slow rows "
                         "stop after %3 s\n\n")
              .arg(plan.runs)
              .arg(plan.warmup)
              .arg(plan.budgetMs / 1000));

    const ReadResult parsed = DocumentReader::read(bytes);
    const ReadResult bigParsed = DocumentReader::read(bigBytes);
    QList<Row> rows;
    rows.append(measure(QStringLiteral("parse      DocumentReader::read"), plan, target,
                        [&] { return DocumentReader::read(bytes).document.paragraphs.size(); }));
    rows.append(measure(QStringLiteral("serialize  DocumentWriter::write"), plan, target,
                        [&] { return DocumentWriter::write(parsed.document).size(); }));
    rows.append(measure(QStringLiteral("statistics DocumentStatistics::of"), plan, std::nullopt,
                        [&] { return qsizetype(DocumentStatistics::of(parsed.document).words); }));
    rows.append(measure(QStringLiteral("numbering  Numbering(document)"), plan, std::nullopt, [&] {
        const Numbering numbering(parsed.document);
        return numbering.label(parsed.document.paragraphs.size() - 1).size();
    }));
    rows.append(measure(QStringLiteral("serialize  ") + longLines.first().name, plan, std::nullopt,
                        [&] { return DocumentWriter::write(bigParsed.document).size(); }));
    for (const LongLine &line : longLines)
        rows.append(measure(QStringLiteral("parse      ") + line.name, plan, std::nullopt, [&] {
            return DocumentReader::read(line.bytes).document.paragraphs.size();
        }));
    printRows(rows);

    // Whole commands: what a user or git waits for, process start-up included.
    QTemporaryDir scratch;
    QString directory = parser.value(QStringLiteral("keep"));
    if (directory.isEmpty())
        directory = scratch.path();
    QDir().mkpath(directory);
    const QString file = directory + QLatin1String("/document.plenary");
    const QString revisionFile = directory + QLatin1String("/revision.plenary");
    const QString bigFile = directory + QLatin1Char('/') + longLines.first().fileName;
    bench::RevisionEdits edits;
    edits.changedWords = documentWords / 100;
    edits.movedParagraphs = 2;
    edits.insertedParagraphs = 1;
    edits.statusChanges = 5;
    const QByteArray revision = DocumentWriter::write(generator.revise(document, edits));
    bool saved = saveFile(file, bytes) && saveFile(revisionFile, revision);
    for (const LongLine &line : longLines)
        saved = saved && saveFile(directory + QLatin1Char('/') + line.fileName, line.bytes);
    if (!saved) {
        std::fprintf(stderr, "bench_document: cannot write the documents in %s\n",
                     qPrintable(directory));
        return 1;
    }
    if (processRuns == 0)
        return 0;

    QString plenary = parser.value(QStringLiteral("plenary"));
    if (plenary.isEmpty())
        plenary = QCoreApplication::applicationDirPath() + QLatin1String("/plenary");
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    const QString cat = QStandardPaths::findExecutable(QStringLiteral("cat"));
    const int processWarmup = std::min(5, processRuns);

    print(QStringLiteral("\nwhole processes, start to exit, output discarded: %1 runs after %2 "
                         "warm-up runs\n")
              .arg(processRuns)
              .arg(processWarmup));
    QList<Row> processRows;
    const auto process = [&](const QString &name, const QString &program,
                             const QStringList &arguments) {
        if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
            Row row;
            row.name = name;
            row.note = QStringLiteral("not found");
            processRows.append(row);
            return;
        }
        processRows.append(measureProcess(name, program, arguments, processWarmup, processRuns));
    };
    process(QStringLiteral("cat FILE"), cat, {file});
    process(QStringLiteral("empty QCoreApplication (QtCore floor)"),
            QCoreApplication::applicationDirPath() + QLatin1String("/bench_qtfloor"), {});
    process(QStringLiteral("git --version"), git, {QStringLiteral("--version")});
    process(QStringLiteral("plenary --version"), plenary, {QStringLiteral("--version")});
    process(QStringLiteral("plenary check FILE"), plenary, {QStringLiteral("check"), file});
    process(QStringLiteral("plenary fmt FILE"), plenary, {QStringLiteral("fmt"), file});
    process(QStringLiteral("plenary check 1-MIB-PARAGRAPH-FILE"), plenary,
            {QStringLiteral("check"), bigFile});
    process(QStringLiteral("git diff --no-index --word-diff FILE REVISION"), git,
            {QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--word-diff"),
             file, revisionFile});
    printRows(processRows);
    print(QStringLiteral("(REVISION: 1% of the words changed, 2 paragraphs moved, 1 inserted, "
                         "5 statuses changed)\n"));
    return 0;
}
