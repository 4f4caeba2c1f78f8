// libFuzzer target of the Plenary text format (docs/format.md): any bytes must read without a
// crash, a hang or undefined behaviour, and a file that reads without errors must survive the
// canonical round trip unchanged. `bash setup.sh fuzz [SECONDS]` runs it.

#include "document/document.h"
#include "document/documentreader.h"
#include "document/documentstatistics.h"
#include "document/documentwriter.h"
#include "document/numbering.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>

using namespace plenary;

namespace {

// Larger inputs only make each run slower; the reader's own limits are tested elsewhere.
constexpr size_t kMaxInputBytes = 1024 * 1024;

struct Dump
{
    const char *what;
    QByteArray bytes;
};

// Reports a broken property with the documents involved, then aborts, so libFuzzer saves the
// input. The message comes first: setup.sh prints the log from there.
[[noreturn]] void fail(const char *message, std::initializer_list<Dump> dumps = {},
                       const Diagnostics &diagnostics = {})
{
    std::fprintf(stderr, "\nplenary_fuzz_reader: %s\n", message);
    for (const Dump &dump : dumps)
        std::fprintf(stderr, "--- %s (%lld bytes) ---\n%.*s\n--- end ---\n", dump.what,
                     static_cast<long long>(dump.bytes.size()), static_cast<int>(dump.bytes.size()),
                     dump.bytes.constData());
    for (const Diagnostic &d : diagnostics)
        std::fprintf(stderr, "%s\n", qPrintable(d.format(QStringLiteral("written"))));
    std::fflush(stderr);
    std::abort();
}

// Everything that is computed from a document, whatever state it was read in.
void exercise(const Document &document)
{
    const qsizetype count = document.paragraphs.size();

    const Numbering numbering(document);
    for (qsizetype i = 0; i < count; ++i) {
        const QString reference = numbering.reference(i);
        (void)numbering.label(i);
        (void)numbering.citation(i);
        const qsizetype parent = numbering.parent(i);
        if (parent < -1 || parent >= i)
            fail("Numbering::parent() is not an earlier paragraph");
        (void)numbering.find(reference);
        (void)numbering.find(document.paragraphs[i].id);
    }

    const DocumentStatistics statistics = DocumentStatistics::of(document);
    if (statistics.paragraphs() != count)
        fail("DocumentStatistics counts a different number of paragraphs");
    for (const DocumentStatistics::OpenSpan &span : statistics.spans) {
        if (span.paragraph < 0 || span.paragraph >= count)
            fail("DocumentStatistics: an open span lies outside the document");
        const qsizetype length = document.paragraphs[span.paragraph].text.size();
        if (span.begin < 0 || span.begin >= span.end || span.end > length)
            fail("DocumentStatistics: an open span lies outside its paragraph");
    }

    // Whatever was read can be written (commands never write a file with errors, but the
    // model must never make the writer crash).
    (void)DocumentWriter::write(document);

    Document renumbered = document;
    renumbered.renumber();
    (void)Numbering(renumbered);

    Document cleaned = document;
    (void)cleaned.paragraphsToClean();
    if (cleaned.cleanBlockers().isEmpty()) {
        cleaned.clean();
        (void)Numbering(cleaned);
        (void)DocumentStatistics::of(cleaned);
    }
}

// What holds of a document that reads without errors, besides the round trip.
void checkErrorFree(const Document &document)
{
    // Identifiers are unique, and references are too: each finds its own paragraph.
    const Numbering numbering(document);
    for (qsizetype i = 0; i < document.paragraphs.size(); ++i) {
        if (numbering.find(QString(QLatin1Char('#') + document.paragraphs[i].id)) != i)
            fail("Numbering::find(\"#ID\") does not find the paragraph with that identifier");
        if (numbering.find(numbering.reference(i)) != i)
            fail("Numbering::find(reference(i)) does not find paragraph i");
    }

    // What `plenary clean` writes reads without errors (it refuses when a reference would
    // dangle, so nothing else may break).
    Document cleaned = document;
    if (cleaned.cleanBlockers().isEmpty()) {
        cleaned.clean();
        const QByteArray written = DocumentWriter::write(cleaned);
        const ReadResult reread = DocumentReader::read(written);
        if (reread.hasErrors())
            fail("clean: the cleaned form of an error-free document has errors",
                 {{"cleaned", written}}, reread.diagnostics);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxInputBytes)
        return 0;
    // Not copied: the sanitizers see any read past the end of the input.
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const ReadResult first = DocumentReader::read(input);
    exercise(first.document);
    if (first.hasErrors())
        return 0;

    // A document that reads without errors survives write → read unchanged, and its canonical
    // form is a fixed point of the writer.
    const QByteArray written = DocumentWriter::write(first.document);
    const ReadResult second = DocumentReader::read(written);
    if (second.hasErrors())
        fail("round trip: the written form of an error-free document has errors",
             {{"input", input}, {"written", written}}, second.diagnostics);
    const QByteArray again = DocumentWriter::write(second.document);
    if (!(second.document == first.document))
        fail("round trip: reading the written form gives a different document",
             {{"input", input}, {"written", written}, {"written again", again}});
    if (again != written)
        fail("round trip: writing the document read back gives different bytes",
             {{"written", written}, {"written again", again}});

    checkErrorFree(first.document);
    return 0;
}
