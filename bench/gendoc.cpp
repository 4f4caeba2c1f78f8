// plenary-gendoc: writes a generated benchmark document, or an edited revision of it.

#include "document/documentwriter.h"
#include "documentgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "plenary-gendoc: %s\n", qPrintable(message));
    std::exit(2);
}

int intValue(const QCommandLineParser &parser, const QString &name, int minimum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        fail(QStringLiteral("--%1 expects a whole number of at least %2, not '%3'")
                 .arg(name)
                 .arg(minimum)
                 .arg(parser.value(name)));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plenary-gendoc"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a large, realistic Plenary document generated from a seed, for "
                       "benchmarks. With any edit option, writes the next revision of it "
                       "instead."));
    parser.addHelpOption();
    const auto option = [&parser](const char *name, const char *description, const char *fallback) {
        parser.addOption(QCommandLineOption(QLatin1String(name), QLatin1String(description),
                                            QStringLiteral("N"), QLatin1String(fallback)));
    };
    option("paragraphs", "Paragraph lines (default 300).", "300");
    option("words", "Words of the text, as plenary check counts them (default 30000).", "30000");
    option("seed", "Seed: the same seed gives the same document (default 1).", "1");
    option("changed-words", "Revision: words replaced by others.", "0");
    option("moved", "Revision: operative paragraphs moved.", "0");
    option("inserted", "Revision: operative paragraphs inserted (bis).", "0");
    option("deleted", "Revision: paragraphs marked deleted.", "0");
    option("status-changes", "Revision: paragraphs taken one step towards agreement.", "0");
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("Write to FILE instead of standard output."),
                                        QStringLiteral("FILE")));
    parser.process(app);

    plenary::bench::DocumentGenerator generator(
        quint32(intValue(parser, QStringLiteral("seed"), 0)));
    plenary::Document document =
        generator.generate(intValue(parser, QStringLiteral("paragraphs"), 1),
                           intValue(parser, QStringLiteral("words"), 1));

    plenary::bench::RevisionEdits edits;
    edits.changedWords = intValue(parser, QStringLiteral("changed-words"), 0);
    edits.movedParagraphs = intValue(parser, QStringLiteral("moved"), 0);
    edits.insertedParagraphs = intValue(parser, QStringLiteral("inserted"), 0);
    edits.deletedParagraphs = intValue(parser, QStringLiteral("deleted"), 0);
    edits.statusChanges = intValue(parser, QStringLiteral("status-changes"), 0);
    if (edits.changedWords + edits.movedParagraphs + edits.insertedParagraphs +
            edits.deletedParagraphs + edits.statusChanges >
        0)
        document = generator.revise(document, edits);

    const QByteArray bytes = plenary::DocumentWriter::write(document);
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            fail(QStringLiteral("cannot write to standard output"));
        return 0;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return 0;
}
