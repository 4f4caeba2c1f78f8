// Spell checking in the process (bench/run spell; see bench/README.md): a full check of the
// 30,000-word generated document, tokenizing included, side by side with a bare loop of
// Hunspell::spell over the same words in the same run; the re-check of one paragraph after a
// keystroke; and the round trip of that re-check through SpellingService's worker thread.
#include "documentgenerator.h"
#include "spelling/dictionarylocator.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <hunspell.hxx>
#include <string>
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
    for (int i = 0; i < std::min(iterations, 20); ++i)
        operation();
    std::vector<double> ms;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < iterations && (i < 5 || total.elapsed() < 20000); ++i) {
        QElapsedTimer t;
        t.start();
        operation();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const size_t n = ms.size();
    return {ms[n / 2], ms.front(), ms[std::min(n - 1, (n * 9 + 9) / 10 - 1)], int(n)};
}

void print(const char *row, const Figures &f, double words = 0)
{
    std::printf("%-48s %9.3f %9.3f %9.3f %5d", row, f.median, f.minimum, f.p90, f.runs);
    if (words > 0)
        std::printf(" %11.0f", words / (f.median / 1000.0));
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("iterations"), QStringLiteral("Timed runs (50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.process(app);
    const int iterations = std::max(1, parser.value(QStringLiteral("iterations")).toInt());

    bench::DocumentGenerator generator(1);
    const Document document = generator.generate(300, 30000);
    const QString language = document.header.language;
    const auto location = DictionaryLocator().find(language);
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(DictionaryLocator::missingNotice(language)));
        return 1;
    }
    auto checker = SpellChecker::forLanguage(language);
    if (!checker) {
        std::fprintf(stderr, "%s\n", qPrintable(checker.error().message));
        return 1;
    }

    // The words the checker gives Hunspell, in UTF-8 (the dictionary's encoding), for the
    // bare loop: exactly what a full check asks Hunspell, without tokenizing or converting.
    std::vector<std::string> words;
    qsizetype misspelled = 0;
    for (const Paragraph &p : document.paragraphs) {
        for (const SpellingToken &t : checker->tokenizer().tokenize(p.text))
            if (t.isChecked())
                words.push_back(p.text.mid(t.begin, t.length).toStdString());
        misspelled += checker->check(p.text).size();
    }
    Hunspell bare(location->affPath.toLocal8Bit().constData(),
                  location->dicPath.toLocal8Bit().constData());

    std::printf("Spell checking (Release build: %s), dictionary %s (%s), %d paragraphs, %zu "
                "words checked, %lld flagged\n\n",
                PLENARY_BUILD_TYPE, qPrintable(location->name),
                qPrintable(checker->dictionary().encoding()), int(document.paragraphs.size()),
                words.size(), qlonglong(misspelled));
    std::printf("%-48s %9s %9s %9s %5s %11s\n", "operation", "median ms", "min ms", "p90 ms",
                "runs", "words/s");

    int sink = 0;
    const Figures bareLoop = time(
        [&] {
            for (const std::string &w : words)
                sink += bare.spell(w) ? 1 : 0;
        },
        iterations);
    const Figures full = time(
        [&] {
            for (const Paragraph &p : document.paragraphs)
                sink += int(checker->check(p.text).size());
        },
        iterations);
    print("bare loop Hunspell::spell (same words)", bareLoop, double(words.size()));
    print("full check SpellChecker::check (tokenizing incl.)", full, double(words.size()));

    // One keystroke in the longest paragraph: a letter typed in the middle of a word.
    const auto longest = std::max_element(
        document.paragraphs.cbegin(), document.paragraphs.cend(),
        [](const Paragraph &a, const Paragraph &b) { return a.text.size() < b.text.size(); });
    QString edited = longest->text;
    edited.insert(edited.size() / 2, u'x');
    const Figures keystroke =
        time([&] { sink += int(checker->check(edited).size()); }, iterations * 20);
    print("re-check after a keystroke (one paragraph)", keystroke);

    // The same through the service: request on this thread, result back as a signal.
    SpellingService service;
    {
        QEventLoop loop;
        QObject::connect(&service, &SpellingService::languageChanged, &loop, &QEventLoop::quit);
        service.setLanguage(language);
        loop.exec();
    }
    quint64 revision = 0;
    const Figures roundTrip = time(
        [&] {
            QEventLoop loop;
            const auto connection =
                QObject::connect(&service, &SpellingService::checked, &loop, &QEventLoop::quit);
            service.check({{QStringLiteral("p"), edited, ++revision}});
            loop.exec();
            QObject::disconnect(connection);
        },
        iterations * 20);
    print("  same through SpellingService (round trip)", roundTrip);

    const double ratio =
        (double(words.size()) / full.median) / (double(words.size()) / bareLoop.median);
    std::printf("\ntargets (medians): full check at least half the bare loop's speed: %.2f of it: "
                "%s; keystroke re-check under 1 ms: %.3f ms: %s\n",
                ratio, ratio >= 0.5 ? "PASS" : "FAIL", keystroke.median,
                keystroke.median < 1.0 ? "PASS" : "FAIL");
    return sink == -1 ? 2 : 0;
}
