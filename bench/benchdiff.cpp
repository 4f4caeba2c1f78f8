// The comparison engine in the process, on two revisions of the 30,000-word document that
// differ in 5 % of their words and 10 moved paragraphs (bench/run diff; see bench/README.md).
#include "compare/comparison.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "documentgenerator.h"
#include "render/redlinetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace plenary;

namespace {

struct Figures
{
    double median = 0, minimum = 0, p90 = 0;
    int runs = 0;
};

Figures time(const std::function<void()> &operation, int iterations)
{
    for (int i = 0; i < 20; ++i)
        operation();
    std::vector<double> ms;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < iterations && (i < 5 || total.elapsed() < 10000); ++i) {
        QElapsedTimer t;
        t.start();
        operation();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const size_t n = ms.size();
    return {ms[n / 2], ms.front(), ms[std::min(n - 1, (n * 9 + 9) / 10 - 1)], int(n)};
}

void print(const char *row, const Figures &f, const char *target = nullptr, double limit = 0)
{
    std::printf("%-44s %9.3f %9.3f %9.3f %6d", row, f.median, f.minimum, f.p90, f.runs);
    if (target)
        std::printf("  %s: %s", target, f.median < limit ? "PASS" : "FAIL");
    std::printf("\n");
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write the two revisions to DIR."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("iterations"), QStringLiteral("Timed runs (200)."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.process(app);
    const int iterations = parser.value(QStringLiteral("iterations")).toInt();

    bench::DocumentGenerator generator(1);
    const Document base = generator.generate(300, 30000);
    bench::RevisionEdits edits;
    edits.changedWords = bench::DocumentGenerator::wordCount(base) * 5 / 100;
    edits.movedParagraphs = 10;
    const Document next = generator.revise(base, edits);
    const QByteArray a = DocumentWriter::write(base);
    const QByteArray b = DocumentWriter::write(next);
    if (parser.isSet(QStringLiteral("keep"))) {
        const QDir dir(parser.value(QStringLiteral("keep")));
        if (!write(dir.filePath(QStringLiteral("a.plenary")), a) ||
            !write(dir.filePath(QStringLiteral("b.plenary")), b)) {
            std::fprintf(stderr, "bench_diff: cannot write to %s\n", qPrintable(dir.path()));
            return 1;
        }
    }
    const Document readA = DocumentReader::read(a).document;
    const Document readB = DocumentReader::read(b).document;
    const compare::Comparison c = compare::Comparison::compare(readA, readB);
    const compare::ComparisonSummary &s = c.summary();
    std::printf("Revisions: %lld and %lld bytes, %d words changed and %d paragraphs moved asked;\n"
                "found: %d paragraphs changed, %d moved (with their sub-paragraphs), %d words "
                "inserted, %d deleted, %d bounded\n\n",
                qlonglong(a.size()), qlonglong(b.size()), edits.changedWords, edits.movedParagraphs,
                s.changed, s.moved, s.wordsInserted, s.wordsDeleted, s.boundedParagraphs);

    std::printf("%-44s %9s %9s %9s %6s\n", "in process", "median", "min", "p90", "runs");
    print("Comparison::compare (engine alone)",
          time([&] { (void)compare::Comparison::compare(readA, readB); }, iterations), "< 10 ms",
          10.0);
    print("parse both + compare",
          time(
              [&] {
                  (void)compare::Comparison::compare(DocumentReader::read(a).document,
                                                     DocumentReader::read(b).document);
              },
              iterations));
    print("parse both + compare + text redline",
          time(
              [&] {
                  const auto cmp = compare::Comparison::compare(DocumentReader::read(a).document,
                                                                DocumentReader::read(b).document);
                  (void)render::RedlineText::render(cmp, {QStringLiteral("A"), QStringLiteral("B")})
                      .toUtf8();
              },
              iterations));
    return 0;
}
