// plenary-genhistory: writes a long negotiation history as a `git fast-import` stream.
//
//   plenary-genhistory --revisions 10000 | git fast-import --quiet
//
// The stream makes a valid Plenary negotiation (docs/repository.md) on refs/heads/main:
// `plenary.manifest` and a canonical `text.plenary` from the first commit on, one commit per
// revision with a "Delegation: CODE" trailer, several drafters of several delegations, author
// dates that only increase, and a few annotated tags (Rev.1, Rev.2, ...) made the way
// `plenary tag` makes them. Each revision is the previous one passed through
// DocumentGenerator::revise(): a few words replaced, now and then a status advanced, an
// operative paragraph moved or inserted ("bis") or marked deleted. A share of the paragraphs
// (--frozen, 20 % by default) keeps the line it had in the first revision for ever, so a blame
// of the last revision must walk the whole history back to the root for them.
// Everything follows from the seed: the same options give the same repository, commit ids
// included.

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "documentgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSaveFile>
#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <numeric>

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "plenary-genhistory: %s\n", qPrintable(message));
    std::exit(2);
}

int intValue(const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        fail(QStringLiteral("--%1 expects a whole number from %2 to %3, not '%4'")
                 .arg(name)
                 .arg(minimum)
                 .arg(maximum)
                 .arg(parser.value(name)));
    return value;
}

// The delegations of the manifest, sorted by code as docs/repository.md requires.
constexpr const char *kManifest = "format: plenary-manifest 1\n"
                                  "secretariat: UZ\n"
                                  "delegation EU: #b8560b European Union\n"
                                  "delegation OSCE: #2e7d32 Organization for Security and "
                                  "Co-operation in Europe\n"
                                  "delegation RU: #6a1b9a Russian Federation\n"
                                  "delegation UNOCT: #00838f United Nations Office of "
                                  "Counter-Terrorism\n"
                                  "delegation US: #ad1457 United States of America\n"
                                  "delegation UZ: #1f5fa8 Republic of Uzbekistan\n";

struct Drafter
{
    const char *name; // UTF-8
    const char *email;
    const char *delegation;
    int utcOffsetMinutes;
    int weight; // how often this drafter saves, relative to the others
};

// The secretariat (UZ) holds the pen most of the time; the delegations now and then.
constexpr Drafter kDrafters[] = {
    {"Dilnoza Karimova", "dilnoza.karimova@mfa.uz", "UZ", 300, 30},
    {"Timur Rakhimov", "t.rakhimov@mfa.uz", "UZ", 300, 20},
    {"Anna Berger", "anna.berger@eeas.europa.eu", "EU", 60, 12},
    {"João Ferreira", "joao.ferreira@eeas.europa.eu", "EU", 60, 8},
    {"Aigerim Süleimenova", "a.suleimenova@osce.org", "OSCE", 60, 10},
    {"Marc Dubois", "marc.dubois@un.org", "UNOCT", -300, 8},
    {"Emily Carter", "emily.carter@state.gov", "US", -300, 6},
    {"Sergey Volkov", "s.volkov@mid.ru", "RU", 180, 6},
};

constexpr const char *kSessions[] = {
    "Informal consultations",  "Drafting group A", "Drafting group B",  "Friends of the Chair",
    "Secretariat revision",    "Silence procedure", "Expert-level meeting", "Bilateral contacts",
    "Evening session",          "Morning session",
};

class Stream
{
public:
    Stream() { std::setvbuf(stdout, nullptr, _IOFBF, 1 << 20); }

    void line(const QByteArray &text)
    {
        write(text);
        write("\n");
    }
    void data(const QByteArray &bytes)
    {
        line("data " + QByteArray::number(bytes.size()));
        write(bytes);
        write("\n");
    }
    void finish()
    {
        if (std::fflush(stdout) != 0 || std::ferror(stdout))
            fail(QStringLiteral("cannot write to standard output"));
    }

private:
    void write(const QByteArray &bytes)
    {
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
            fail(QStringLiteral("cannot write to standard output"));
    }
};

QByteArray gitDate(qint64 seconds, int offsetMinutes)
{
    const int magnitude = std::abs(offsetMinutes);
    return QByteArray::number(seconds) + ' ' + (offsetMinutes < 0 ? '-' : '+') +
           QByteArray::number(magnitude / 60).rightJustified(2, '0') +
           QByteArray::number(magnitude % 60).rightJustified(2, '0');
}

QByteArray person(const Drafter &d, qint64 seconds)
{
    return QByteArray(d.name) + " <" + d.email + "> " + gitDate(seconds, d.utcOffsetMinutes);
}

// The message of a save as NegotiationRepository::commitMessage writes it.
QByteArray message(const QString &subject, const char *delegation)
{
    return subject.trimmed().toUtf8() + "\n\nDelegation: " + delegation + "\n";
}

// Whether the bytes read back as a valid text in canonical form.
void check(const QByteArray &bytes, int revision)
{
    const plenary::ReadResult read = plenary::DocumentReader::read(bytes);
    for (const plenary::Diagnostic &d : read.diagnostics)
        if (d.isError())
            fail(QStringLiteral("revision %1 is not valid: %2")
                     .arg(revision)
                     .arg(d.format(QStringLiteral("text.plenary"))));
    if (plenary::DocumentWriter::write(read.document) != bytes)
        fail(QStringLiteral("revision %1 is not in canonical form").arg(revision));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plenary-genhistory"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a `git fast-import` stream of a long Plenary negotiation history, for "
        "benchmarks: plenary-genhistory | git fast-import --quiet"));
    parser.addHelpOption();
    const auto option = [&parser](const char *name, const char *description, const char *fallback) {
        parser.addOption(QCommandLineOption(QLatin1String(name), QLatin1String(description),
                                            QStringLiteral("N"), QLatin1String(fallback)));
    };
    option("revisions", "Revisions (commits) of the history (default 10000).", "10000");
    option("paragraphs", "Paragraph lines of the first revision (default 300).", "300");
    option("words", "Words of the first revision (default 30000).", "30000");
    option("seed", "Seed: the same seed gives the same history (default 1).", "1");
    option("frozen", "Percentage of the paragraphs that never change after the first "
                     "revision (default 20).",
           "20");
    option("tags", "Annotated tags Rev.1, Rev.2, ... spread over the history (default 4).", "4");
    option("check-every", "Check every N-th revision reads back valid and canonical; the first "
                          "and the last are always checked (default 50).",
           "50");
    parser.addOption(QCommandLineOption(
        QStringLiteral("next-revision"),
        QStringLiteral("Also write the revision after the last one (not committed) to FILE: "
                       "the edit a save benchmark commits."),
        QStringLiteral("FILE")));
    parser.process(app);

    const int revisions = intValue(parser, QStringLiteral("revisions"), 1, 10'000'000);
    const int paragraphs = intValue(parser, QStringLiteral("paragraphs"), 1, 1'000'000);
    const int words = intValue(parser, QStringLiteral("words"), 1, 100'000'000);
    const auto seed = quint32(intValue(parser, QStringLiteral("seed"), 0, INT_MAX));
    const int frozenPercent = intValue(parser, QStringLiteral("frozen"), 0, 100);
    const int tagCount = intValue(parser, QStringLiteral("tags"), 0, 1000);
    const int checkEvery = intValue(parser, QStringLiteral("check-every"), 1, INT_MAX);

    QElapsedTimer clock;
    clock.start();

    // The document generator draws from its own generator; the choices of the history
    // (who saves, when, how much changes) from another, so that both stay reproducible.
    plenary::bench::DocumentGenerator generator(seed);
    QRandomGenerator random(seed ^ 0x9e3779b9u);

    plenary::Document document = generator.generate(paragraphs, words);

    // The frozen paragraphs: a fixed share of the first revision's, chosen at random. Whatever
    // revise() does to them (words, status, deletion) is undone, so their lines never change;
    // they may still move with the operative paragraph they belong to.
    QHash<QString, plenary::Paragraph> frozen;
    {
        QList<qsizetype> order(document.paragraphs.size());
        std::iota(order.begin(), order.end(), 0);
        for (qsizetype i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[random.bounded(int(i + 1))]);
        const qsizetype count = (order.size() * frozenPercent + 50) / 100;
        for (qsizetype i = 0; i < count; ++i) {
            const plenary::Paragraph &p = document.paragraphs[order[i]];
            frozen.insert(p.id, p);
        }
    }

    int drafterWeights = 0;
    for (const Drafter &d : kDrafters)
        drafterWeights += d.weight;
    const auto pickDrafter = [&]() -> const Drafter & {
        int n = random.bounded(drafterWeights);
        for (const Drafter &d : kDrafters) {
            if (n < d.weight)
                return d;
            n -= d.weight;
        }
        return kDrafters[0];
    };

    // The next revision: a few words in a few paragraphs, now and then more.
    const auto nextRevision = [&](const plenary::Document &base) {
        plenary::bench::RevisionEdits edits;
        edits.changedWords = 1 + random.bounded(8);
        if (random.bounded(100) < 10)
            edits.statusChanges = 1;
        if (random.bounded(1000) < 30)
            edits.movedParagraphs = 1;
        if (random.bounded(1000) < 1)
            edits.insertedParagraphs = 1;
        if (random.bounded(1000) < 3)
            edits.deletedParagraphs = 1;
        plenary::Document next = generator.revise(base, edits);
        for (plenary::Paragraph &p : next.paragraphs)
            if (const auto it = frozen.constFind(p.id); it != frozen.constEnd())
                p = it.value();
        return next;
    };

    Stream out;
    out.line("feature done");
    out.line("blob");
    out.line("mark :1");
    out.data(QByteArray(kManifest));

    // Dates: from 1 September 2025, 06:00 UTC, a few minutes to an hour apart, with a night
    // or a weekend between sessions now and then.
    qint64 when = QDateTime(QDate(2025, 9, 1), QTime(6, 0), Qt::UTC).toSecsSinceEpoch();
    QList<int> tagAt; // revisions (from 1) that get a tag
    for (int n = 1; n <= tagCount; ++n)
        tagAt.append(std::max(1, int(qint64(revisions) * n / (tagCount + 1))));

    QByteArray previous;
    QList<int> changedParagraphs; // per revision, for the summary
    int checked = 0;
    for (int revision = 1; revision <= revisions; ++revision) {
        QByteArray bytes;
        int changed = int(document.paragraphs.size());
        if (revision > 1) {
            // A revision must change something: one whose edits all fell on frozen
            // paragraphs is drawn again, as a drafter with nothing to save saves nothing.
            for (;;) {
                plenary::Document next = nextRevision(document);
                bytes = plenary::DocumentWriter::write(next);
                if (bytes != previous) {
                    changed = 0;
                    for (const plenary::Paragraph &p : next.paragraphs) {
                        const qsizetype at = document.indexOf(p.id);
                        if (at < 0 || !document.paragraphs[at].sameContent(p))
                            ++changed;
                    }
                    document = std::move(next);
                    break;
                }
            }
        } else {
            bytes = plenary::DocumentWriter::write(document);
        }
        changedParagraphs.append(changed);
        if (revision == 1 || revision == revisions || revision % checkEvery == 0) {
            check(bytes, revision);
            ++checked;
        }

        const Drafter &drafter = revision == 1 ? kDrafters[0] : pickDrafter();
        when += 60 * (2 + random.bounded(45));
        if (random.bounded(100) < 3)
            when += 60 * (600 + random.bounded(2400)); // overnight, or a weekend
        const QDateTime local = QDateTime::fromSecsSinceEpoch(
            when, Qt::OffsetFromUTC, drafter.utcOffsetMinutes * 60);
        QString subject;
        if (revision == 1) {
            subject = QStringLiteral("Zero draft circulated by the Secretariat");
        } else {
            const QString what = changed == 0 ? QStringLiteral("paragraphs reordered")
                                 : changed == 1
                                     ? QStringLiteral("1 paragraph amended")
                                     : QStringLiteral("%1 paragraphs amended").arg(changed);
            subject = QStringLiteral("%1 of %2: %3")
                          .arg(QLatin1String(kSessions[random.bounded(int(std::size(kSessions)))]),
                               local.toString(QStringLiteral("d MMMM")), what);
        }

        out.line("commit refs/heads/main");
        out.line("mark :" + QByteArray::number(revision + 1));
        out.line("author " + person(drafter, when));
        out.line("committer " + person(drafter, when));
        out.data(message(subject, drafter.delegation));
        if (revision == 1)
            out.line("M 100644 :1 plenary.manifest");
        out.line("M 100644 inline text.plenary");
        out.data(bytes);
        out.line(QByteArray());

        if (const auto t = tagAt.indexOf(revision); t >= 0) {
            // Named by the secretariat, the way `plenary tag` names a revision.
            const Drafter &secretariat = kDrafters[1];
            const QByteArray name = "Rev." + QByteArray::number(t + 1);
            out.line("tag " + name);
            out.line("from :" + QByteArray::number(revision + 1));
            out.line("tagger " + person(secretariat, when + 60));
            out.data(message(QStringLiteral("Rev.%1 circulated to all delegations").arg(t + 1),
                             secretariat.delegation));
        }
        previous = std::move(bytes);
    }
    out.line("done");
    out.finish();

    if (parser.isSet(QStringLiteral("next-revision"))) {
        QByteArray bytes;
        do {
            bytes = plenary::DocumentWriter::write(nextRevision(document));
        } while (bytes == previous);
        check(bytes, revisions + 1);
        QSaveFile file(parser.value(QStringLiteral("next-revision")));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit())
            fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }

    // A summary on standard error: what the history holds.
    int unchanged = 0;
    for (const plenary::Paragraph &p : document.paragraphs)
        if (frozen.contains(p.id))
            ++unchanged;
    changedParagraphs.removeFirst(); // the first revision "changes" every paragraph
    std::sort(changedParagraphs.begin(), changedParagraphs.end());
    const int medianChanged =
        changedParagraphs.isEmpty() ? 0 : changedParagraphs[changedParagraphs.size() / 2];
    std::fprintf(stderr,
                 "plenary-genhistory: %d revisions, %lld paragraphs at the end (%d of them "
                 "unchanged since revision 1), %d words, %lld bytes; median %d paragraphs "
                 "changed per revision; %d revisions checked; %lld ms\n",
                 revisions, qlonglong(document.paragraphs.size()), unchanged,
                 plenary::bench::DocumentGenerator::wordCount(document),
                 qlonglong(previous.size()), medianChanged, checked,
                 qlonglong(clock.elapsed()));
    return 0;
}
