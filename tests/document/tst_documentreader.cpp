// The reader against docs/format.md: every problem of the "Errors and warnings" table, with
// the line, column, severity and message a user reads, and the rule that whatever can be read
// is read.

#include "document/documentreader.h"
#include "document/paragraphid.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace plenary;
using namespace Qt::StringLiterals;
using Severity = Diagnostic::Severity;

Q_DECLARE_METATYPE(plenary::Diagnostic::Severity)

namespace {

// A valid header; the blank line ending it is line 5, so the first paragraph is on line 6.
const QByteArray kHeader = "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\n\n";

// Bytes of a literal, embedded NUL bytes included.
template<qsizetype N> QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QString describe(const Diagnostic &d)
{
    return QStringLiteral("%1:%2: %3: %4")
        .arg(d.line)
        .arg(d.column)
        .arg(d.isError() ? QStringLiteral("error") : QStringLiteral("warning"), d.message);
}

// One diagnostic a line, in file order (line, then column), for whole-list comparisons.
QStringList describe(Diagnostics diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(describe(d));
    return lines;
}

QStringList texts(const Document &document)
{
    QStringList result;
    for (const Paragraph &p : document.paragraphs)
        result.append(p.text);
    return result;
}

} // namespace

class TestDocumentReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validInputHasNoDiagnostics();
    void eachProblem_data();
    void eachProblem();
    void unknownHeaderFieldIsKept();
    void missingIdentifierIsGenerated();
    void limitsAreInclusive();
    void readFileTooLarge();
    void readFileMissing();
    void manyProblemsAreAllReported();
    void whatCanBeReadIsRead_data();
    void whatCanBeReadIsRead();
    void paragraphFields();
};

void TestDocumentReader::validInputHasNoDiagnostics()
{
    const ReadResult r = DocumentReader::read(
        "format: plenary 1\n"
        "title: Déclaration de Samarcande\n"
        "kind: summary\n"
        "language: zh-Hans\n"
        "conference: Conférence\n"
        "symbol: BSCT/2026/L.1\n"
        "distribution: restricted\n"
        "date: 2026-11-20\n"
        "original: fr\n"
        "\n"
        "heading #aaaa1111 agreed: Заседание\n"
        "\n"
        "para #bbbb2222 adref numbered: *Участники* [отметили] {#aaaa1111}; \xE2\x80\x8F\t😀\n"
        "\n"
        "sub #cccc3333 proposed: 联合国 [Alt 1 (EU): a] [Alt 2: b]\n"
        "\n"
        "subsub #dddd4444 deleted numbered:\n");
    QCOMPARE(describe(r.diagnostics), QStringList());
    QCOMPARE(r.document.header.title, QStringLiteral("Déclaration de Samarcande"));
    QCOMPARE(r.document.header.kind, DocumentKind::Summary);
    QCOMPARE(r.document.header.language, QStringLiteral("zh-Hans"));
    QCOMPARE(r.document.header.conference, QStringLiteral("Conférence"));
    QCOMPARE(r.document.header.symbol, QStringLiteral("BSCT/2026/L.1"));
    QCOMPARE(r.document.header.distribution, QStringLiteral("restricted"));
    QCOMPARE(r.document.header.date, QStringLiteral("2026-11-20"));
    QCOMPARE(r.document.header.original, QStringLiteral("fr"));
    QCOMPARE(r.document.paragraphs.size(), 4);
}

void TestDocumentReader::eachProblem_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &input, int line, int column,
                        Severity severity, const QString &message) {
        QTest::newRow(name) << input << line << column << severity << message;
    };
    const auto error = Severity::Error;
    const auto warning = Severity::Warning;

    // Encoding and lines
    row("byte-order mark", "\xEF\xBB\xBF" + kHeader + "op #abcd1234 proposed: x\n", 1, 1, error,
        u"the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM"_s);
    row("invalid UTF-8 in header after é",
        "format: plenary 1\ntitle: Café \xFF\nkind: declaration\nlanguage: en\n", 2, 13, error,
        u"invalid UTF-8 byte 0xFF"_s);
    row("invalid UTF-8 in text after Cyrillic", kHeader + "op #abcd1234 proposed: Привет \xC3(\n",
        6, 31, error, u"invalid UTF-8 byte 0xC3"_s);
    row("invalid UTF-8 in text after emoji (non-BMP counts one column)",
        kHeader + "op #abcd1234 proposed: 😀😀 x\xE2\x82\n", 6, 28, error,
        u"invalid UTF-8 byte 0xE2"_s);
    row("invalid UTF-8 lone continuation byte after Chinese",
        kHeader + "op #abcd1234 proposed: 联合国\x80\n", 6, 27, error,
        u"invalid UTF-8 byte 0x80"_s);
    row("invalid UTF-8 overlong encoding", kHeader + "op #abcd1234 proposed: a\xC0\xAF\n", 6, 25,
        error, u"invalid UTF-8 byte 0xC0"_s);
    row("invalid UTF-8 encoded surrogate", kHeader + "op #abcd1234 proposed: \xED\xA0\x80\n", 6, 24,
        error, u"invalid UTF-8 byte 0xED"_s);
    row("invalid UTF-8 in the last line without newline", kHeader + "op #abcd1234 proposed: Ω\xF5",
        6, 25, error, u"invalid UTF-8 byte 0xF5"_s);
    row("NUL byte", kHeader + bytes("op #abcd1234 proposed: a\0b\n"), 6, 25, error,
        u"NUL byte in the text"_s);
    row("CR/LF line end in header",
        "format: plenary 1\ntitle: T\r\nkind: declaration\nlanguage: en\n", 2, 9, error,
        u"carriage return (CR/LF line end); lines must end with LF alone"_s);
    row("CR/LF line end in paragraph", kHeader + "op #abcd1234 proposed: déjà\r\n", 6, 28, error,
        u"carriage return (CR/LF line end); lines must end with LF alone"_s);
    row("control character BEL", kHeader + "op #abcd1234 proposed: ring\x07\n", 6, 28, error,
        u"control character U+0007 in the text"_s);
    row("control character CR inside a line", kHeader + "op #abcd1234 proposed: a\rb\n", 6, 25,
        error, u"control character U+000D in the text"_s);
    row("control character DEL", kHeader + "op #abcd1234 proposed: \x7F\n", 6, 24, error,
        u"control character U+007F in the text"_s);
    row("control character C1 NEL after Arabic", kHeader + "op #abcd1234 proposed: سلام\xC2\x85\n",
        6, 28, error, u"control character U+0085 in the text"_s);
    row("control character C1 APC, the last of C1", kHeader + "op #abcd1234 proposed: \xC2\x9F\n",
        6, 24, error, u"control character U+009F in the text"_s);
    {
        // One byte longer than allowed: 23 bytes of attributes and 4 MiB - 22 of text.
        const QByteArray line =
            "op #abcd1234 proposed: " + QByteArray(DocumentReader::kMaxLineBytes - 22, 'x');
        row("line too long", kHeader + line + '\n', 6, 1, error,
            u"line is 4194305 bytes long; the longest allowed is 4194304"_s);
    }
    {
        QByteArray big = kHeader + "op #abcd1234 proposed: x\n";
        big.append(DocumentReader::kMaxFileBytes + 1 - big.size(), '\n');
        row("file too large", big, 0, 0, error,
            u"file is 67108865 bytes long; the largest allowed is 67108864"_s);
    }

    // Header
    row("empty file", QByteArray(), 1, 1, error,
        u"empty file: expected the header line 'format: plenary 1'"_s);
    row("only blank lines", "\n\n\n", 1, 1, error,
        u"empty file: expected the header line 'format: plenary 1'"_s);
    row("first line is not the format line",
        "title: T\nkind: declaration\nlanguage: en\n\nop #abcd1234 proposed: x\n", 1, 1, error,
        u"expected the header line 'format: plenary 1'"_s);
    row("first line format misspelt",
        "format: plenary\ntitle: T\nkind: declaration\nlanguage: en\n", 1, 1, error,
        u"expected the header line 'format: plenary 1'"_s);
    row("format version", "format: plenary 2\ntitle: T\nkind: declaration\nlanguage: en\n", 1, 17,
        error, u"unsupported format version '2'; this Plenary reads version 1"_s);
    row("format version after blank lines",
        "\n\nformat: plenary 1.1\ntitle: T\nkind: declaration\nlanguage: en\n", 3, 17, error,
        u"unsupported format version '1.1'; this Plenary reads version 1"_s);
    row("header syntax: no colon",
        "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\nsome words\n", 5, 1, error,
        u"expected a header line 'key: value'"_s);
    row("header syntax: capital letter in key",
        "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\nColour: red\n", 5, 1, error,
        u"expected a header line 'key: value'"_s);
    row("duplicate header key",
        "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\ntitle: Again\n", 5, 1, error,
        u"header field 'title' appears twice (first on line 2)"_s);
    row("missing header key", "format: plenary 1\ntitle: T\nkind: declaration\n\nop #abcd1234: x\n",
        1, 0, error, u"missing header field 'language'"_s);
    row("missing header key: title", "format: plenary 1\nkind: declaration\nlanguage: en\n", 1, 0,
        error, u"missing header field 'title'"_s);
    row("missing header key: kind, after blank lines",
        "\n\nformat: plenary 1\ntitle: T\nlanguage: en\n", 3, 0, error,
        u"missing header field 'kind'"_s);
    row("bad kind", "format: plenary 1\ntitle: T\nkind: resolution\nlanguage: en\n", 3, 7, error,
        u"unknown document kind 'resolution'; expected declaration, summary or statement"_s);
    row("bad language", "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: english\n", 4,
        11, error, u"'english' is not a BCP 47 language tag (such as en, fr, zh-Hans)"_s);
    row("bad original language",
        "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\noriginal: en_GB\n", 5, 11,
        error, u"'en_GB' is not a BCP 47 language tag (such as en, fr, zh-Hans)"_s);
    row("bad distribution",
        "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\ndistribution: secret\n", 5,
        15, error, u"unknown distribution 'secret'; expected general, limited or restricted"_s);
    row("bad date",
        "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\ndate: 20/11/2026\n", 5, 7,
        error, u"date '20/11/2026' is not of the form YYYY-MM-DD"_s);
    row("bad date: Arabic-Indic digits",
        "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\ndate: ٢٠٢٦-١١-٢٠\n", 5, 7,
        error, u"date '٢٠٢٦-١١-٢٠' is not of the form YYYY-MM-DD"_s);
    row("unknown header key",
        "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\ncolour: blue\n", 5, 1,
        warning, u"unknown header field 'colour' (kept as it is)"_s);

    // Paragraphs
    row("no paragraph line", kHeader + "this line is no paragraph\n", 6, 1, error,
        u"expected a paragraph 'KIND #ID STATUS: TEXT'"_s);
    row("unknown paragraph kind", kHeader + "operative #abcd1234 proposed: x\n", 6, 1, error,
        u"unknown paragraph kind 'operative'; expected heading, chapeau, pp, op, sub, subsub or para"_s);
    row("bad identifier", kHeader + "op #AB-1 proposed: x\n", 6, 4, error,
        u"identifier '#AB-1' must be 4 to 32 characters from 0-9 and a-z"_s);
    row("bad identifier: too short", kHeader + "op agreed #abc: x\n", 6, 11, error,
        u"identifier '#abc' must be 4 to 32 characters from 0-9 and a-z"_s);
    row("bad identifier: too long", kHeader + "op #" + QByteArray(33, 'a') + " proposed: x\n", 6, 4,
        error,
        u"identifier '#aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' must be 4 to 32 characters from 0-9 and a-z"_s);
    row("duplicate identifier", kHeader + "op #8x2mfa7c proposed: x\n\nop #8x2mfa7c agreed: y\n", 8,
        4, error, u"identifier #8x2mfa7c is already used on line 6"_s);
    row("unknown attribute", kHeader + "op #abcd1234 aggreed: x\n", 6, 14, error,
        u"unknown word 'aggreed'; expected a status (proposed, adref, agreed, deleted) or 'numbered'"_s);
    row("two statuses", kHeader + "op #abcd1234 proposed agreed: x\n", 6, 23, error,
        u"second status 'agreed'; the paragraph is already 'proposed'"_s);
    row("missing identifier", kHeader + "op agreed: x\n", 6, 1, warning,
        u"paragraph has no identifier; Plenary will assign one when it writes the file"_s);
    row("orphan sub-paragraph at the start", kHeader + "sub #abcd1234 proposed: x\n", 6, 1, error,
        u"sub-paragraph has no paragraph above it to belong to"_s);
    row("orphan sub-paragraph under a heading",
        kHeader + "heading #abcd1234 agreed: H\n\nsub #efgh5678 proposed: x\n", 8, 1, error,
        u"sub-paragraph has no paragraph above it to belong to"_s);
    row("second level under an orphan sub-paragraph is no orphan",
        kHeader + "sub #abcd1234 proposed: x\n\nsubsub #efgh5678 proposed: y\n", 6, 1, error,
        u"sub-paragraph has no paragraph above it to belong to"_s);
    row("orphan second-level sub-paragraph",
        kHeader + "op #abcd1234 proposed: x\n\nsubsub #efgh5678 proposed: y\n", 8, 1, error,
        u"second-level sub-paragraph has no sub-paragraph above it"_s);
    row("unclosed opening words", kHeader + "op #abcd1234 proposed: *Calls upon all States;\n", 6,
        24, error, u"opening words start with '*' but are not closed by a second '*'"_s);
    row("missing cross-reference target",
        kHeader + "op #abcd1234 proposed: see paragraph {#zz9zz9zz};\n", 6, 38, error,
        u"cross-reference to #zz9zz9zz, which is not a paragraph of this document"_s);
    row("missing cross-reference target after Cyrillic",
        kHeader + "op #abcd1234 proposed: см. пункт {#zz9zz9zz}\n", 6, 34, error,
        u"cross-reference to #zz9zz9zz, which is not a paragraph of this document"_s);
    row("unclosed bracket", kHeader + "op #abcd1234 proposed: to [strengthen [border] control\n", 6,
        27, error, u"unbalanced '[': this bracket is never closed"_s);
    row("stray bracket", kHeader + "op #abcd1234 proposed: to strengthen] border\n", 6, 37, error,
        u"unbalanced ']': no '[' is open here"_s);
    row("stray bracket after emoji", kHeader + "op #abcd1234 proposed: 😀]\n", 6, 25, error,
        u"unbalanced ']': no '[' is open here"_s);
    row("bidi control in text after emoji",
        kHeader + "op #abcd1234 proposed: 😀 a\xE2\x80\xAE"
                  "b\n",
        6, 27, warning,
        u"bidirectional control character U+202E can make the text read differently from what it says"_s);
    row("bidi control U+2066 in text", kHeader + "op #abcd1234 proposed: \xE2\x81\xA6x\n", 6, 24,
        warning,
        u"bidirectional control character U+2066 can make the text read differently from what it says"_s);
    row("bidi control in header",
        "format: plenary 1\ntitle: abc\xE2\x81\xA9"
        "def\nkind: declaration\nlanguage: en\n",
        2, 11, warning,
        u"bidirectional control character U+2069 can make the text read differently from what it says"_s);
}

void TestDocumentReader::eachProblem()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Severity, severity);
    QFETCH(QString, message);

    const ReadResult r = DocumentReader::read(input);
    QVERIFY2(r.diagnostics.size() == 1, qPrintable(describe(r.diagnostics).join(u'\n')));
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.message, message);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QCOMPARE(d.severity, severity);
    QCOMPARE(r.hasErrors(), severity == Severity::Error);
}

void TestDocumentReader::unknownHeaderFieldIsKept()
{
    const ReadResult r = DocumentReader::read(
        "format: plenary 1\nzeta: last\ntitle: T\nkind: declaration\ncolour: blue\n"
        "language: en\n");
    QCOMPARE(describe(r.diagnostics),
             QStringList({u"2:1: warning: unknown header field 'zeta' (kept as it is)"_s,
                          u"5:1: warning: unknown header field 'colour' (kept as it is)"_s}));
    const QList<QPair<QString, QString>> expected{{u"zeta"_s, u"last"_s}, {u"colour"_s, u"blue"_s}};
    QCOMPARE(r.document.header.extraFields, expected);
    QVERIFY(!r.hasErrors());
}

void TestDocumentReader::missingIdentifierIsGenerated()
{
    const ReadResult r = DocumentReader::read(
        kHeader + "op agreed: One\n\nop #abcd1234: Two\n\nsub numbered: Three\n");
    QCOMPARE(r.diagnostics.size(), 2);
    QCOMPARE(r.hasErrors(), false);
    QCOMPARE(r.document.paragraphs.size(), 3);
    const QString first = r.document.paragraphs[0].id;
    const QString third = r.document.paragraphs[2].id;
    QVERIFY2(ParagraphId::isValid(first), qPrintable(first));
    QVERIFY2(ParagraphId::isValid(third), qPrintable(third));
    QCOMPARE(first.size(), 8);
    QVERIFY(first != third);
    QCOMPARE(r.document.paragraphs[0].status, ParagraphStatus::Agreed);
    QCOMPARE(r.document.paragraphs[2].numbered, true);
    QCOMPARE(r.document.paragraphs[2].kind, ParagraphKind::Sub);
    QCOMPARE(texts(r.document), QStringList({u"One"_s, u"Two"_s, u"Three"_s}));
}

void TestDocumentReader::limitsAreInclusive()
{
    // A line of exactly 4 MiB is allowed.
    const QByteArray attributes = "op #abcd1234 proposed: ";
    const QByteArray longest =
        attributes + QByteArray(DocumentReader::kMaxLineBytes - attributes.size(), 'x');
    QCOMPARE(longest.size(), DocumentReader::kMaxLineBytes);
    ReadResult r = DocumentReader::read(kHeader + longest + '\n');
    QCOMPARE(describe(r.diagnostics), QStringList());
    QCOMPARE(r.document.paragraphs.size(), 1);
    QCOMPARE(r.document.paragraphs[0].text.size(), longest.size() - attributes.size());

    // So is a file of exactly 64 MiB; blank lines of spaces fill it without costing memory.
    QByteArray largest = kHeader + "op #abcd1234 proposed: x\n";
    while (largest.size() < DocumentReader::kMaxFileBytes) {
        const qsizetype fill =
            qMin(DocumentReader::kMaxLineBytes, DocumentReader::kMaxFileBytes - largest.size()) - 1;
        largest.append(fill, ' ').append('\n');
    }
    QCOMPARE(largest.size(), DocumentReader::kMaxFileBytes);
    r = DocumentReader::read(largest);
    QCOMPARE(describe(r.diagnostics), QStringList());
    QCOMPARE(r.document.paragraphs.size(), 1);
}

void TestDocumentReader::readFileTooLarge()
{
    // A sparse file: its size is past the limit without 64 MiB being written or read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"large.plenary"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(kHeader) == kHeader.size());
    QVERIFY(file.resize(70000000));
    file.close();

    const ReadResult r = DocumentReader::readFile(file.fileName());
    QCOMPARE(
        describe(r.diagnostics),
        QStringList(u"0:0: error: file is 70000000 bytes long; the largest allowed is 67108864"_s));
}

void TestDocumentReader::readFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ReadResult r = DocumentReader::readFile(dir.filePath(u"missing.plenary"_s));
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].line, 0);
    QVERIFY2(r.diagnostics[0].message.startsWith(u"cannot open the file: "_s),
             qPrintable(r.diagnostics[0].message));
    QVERIFY(r.hasErrors());
}

void TestDocumentReader::manyProblemsAreAllReported()
{
    const QByteArray input = "format: plenary 1\n"                                 // 1
                             "title: Many problems\n"                              // 2
                             "kind: resolution\n"                                  // 3
                             "language: en\n"                                      // 4
                             "colour: blue\n"                                      // 5
                             "\n"                                                  // 6
                             "pp #pp000001 agreed: *Recognizing* the good text,\n" // 7
                             "\n"                                                  // 8
                             "op #op000001 aggreed: [one] problem];\n"             // 9
                             "\n"                                                  // 10
                             "op #op000002 proposed: see {#nowhere1} \xFF;\n"      // 11
                             "\n"                                                  // 12
                             "\n"                                                  // 13
                             "subsub #op000003 proposed: orphan;\n"                // 14
                             "op #pp000001 agreed: *Decides* [to act;\r\n"         // 15
                             "garbage\n"                                           // 16
                             "op #op000004 agreed numbered: *Requests* a report."; // 17
    const ReadResult r = DocumentReader::read(input);
    const QStringList expected{
        u"3:7: error: unknown document kind 'resolution'; expected declaration, summary or "
        "statement"_s,
        u"5:1: warning: unknown header field 'colour' (kept as it is)"_s,
        u"9:14: error: unknown word 'aggreed'; expected a status (proposed, adref, agreed, "
        "deleted) or 'numbered'"_s,
        u"9:36: error: unbalanced ']': no '[' is open here"_s,
        u"11:28: error: cross-reference to #nowhere1, which is not a paragraph of this document"_s,
        u"11:40: error: invalid UTF-8 byte 0xFF"_s,
        u"14:1: error: second-level sub-paragraph has no sub-paragraph above it"_s,
        u"15:4: error: identifier #pp000001 is already used on line 7"_s,
        u"15:32: error: unbalanced '[': this bracket is never closed"_s,
        u"15:40: error: carriage return (CR/LF line end); lines must end with LF alone"_s,
        u"16:1: error: expected a paragraph 'KIND #ID STATUS: TEXT'"_s,
    };
    QCOMPARE(describe(r.diagnostics), expected);
    QVERIFY(r.hasErrors());

    // Every paragraph line that could be read is in the model, with its text.
    QCOMPARE(texts(r.document), QStringList({
                                    u"*Recognizing* the good text,"_s,
                                    u"[one] problem];"_s,
                                    u"see {#nowhere1} \uFFFD;"_s,
                                    u"orphan;"_s,
                                    u"*Decides* [to act;"_s,
                                    u"*Requests* a report."_s,
                                }));
    QCOMPARE(r.document.header.title, u"Many problems"_s);
    QCOMPARE(r.document.header.language, u"en"_s);
    QCOMPARE(r.document.paragraphs[5].id, u"op000004"_s);
    QCOMPARE(r.document.paragraphs[5].numbered, true);
    QCOMPARE(r.document.paragraphs[5].line, 17);
}

void TestDocumentReader::whatCanBeReadIsRead_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("texts");

    const QByteArray good = "op #good0001 agreed: *Calls upon* all States;\n\n";
    const QByteArray last = "\nop #good0002 proposed: last.\n";
    QTest::newRow("after a byte-order mark")
        << "\xEF\xBB\xBF" + kHeader + good + last
        << QStringList({u"*Calls upon* all States;"_s, u"last."_s});
    QTest::newRow("after a bad format version")
        << "format: plenary 9\ntitle: T\nkind: statement\nlanguage: en\n\n" + good + last
        << QStringList({u"*Calls upon* all States;"_s, u"last."_s});
    QTest::newRow("without any header")
        << good + last << QStringList({u"*Calls upon* all States;"_s, u"last."_s});
    QTest::newRow("around a line too long")
        << kHeader + good +
               "op #long0001 proposed: " + QByteArray(DocumentReader::kMaxLineBytes, 'x') + '\n' +
               last
        << QStringList({u"*Calls upon* all States;"_s, u"last."_s});
    QTest::newRow("around invalid UTF-8 and control characters")
        << kHeader + good + bytes("op #bad00001 agreed: a\0b\x01 c\xFE\n") + last
        << QStringList({u"*Calls upon* all States;"_s, u"a\u0000b\u0001 c\uFFFD"_s, u"last."_s});
    QTest::newRow("around unbalanced brackets")
        << kHeader + good + "op #bad00001 agreed: ]a[\n" + last
        << QStringList({u"*Calls upon* all States;"_s, u"]a["_s, u"last."_s});
    QTest::newRow("around an unknown kind")
        << kHeader + good + "resolution #bad00001 agreed: kept\n" + last
        << QStringList({u"*Calls upon* all States;"_s, u"kept"_s, u"last."_s});
}

void TestDocumentReader::whatCanBeReadIsRead()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, texts);
    const ReadResult r = DocumentReader::read(input);
    QVERIFY(!r.diagnostics.isEmpty());
    QCOMPARE(::texts(r.document), texts);
}

void TestDocumentReader::paragraphFields()
{
    const ReadResult r =
        DocumentReader::read(kHeader + "chapeau #ch000001 agreed: We,\n\n"
                                       "pp #pp000001 adref numbered: *Noting*,\n\n"
                                       "op #op000001 numbered deleted:*Decides*;\n\n"
                                       "sub #sb000001 proposed:\n\n"
                                       "para #pa000001:  two spaces\n");
    QCOMPARE(describe(r.diagnostics), QStringList());
    const auto &ps = r.document.paragraphs;
    QCOMPARE(ps.size(), 5);
    QCOMPARE(ps[0].kind, ParagraphKind::Chapeau);
    QCOMPARE(ps[0].status, ParagraphStatus::Agreed);
    QCOMPARE(ps[1].kind, ParagraphKind::Preambular);
    QCOMPARE(ps[1].status, ParagraphStatus::AdReferendum);
    QCOMPARE(ps[1].numbered, false); // the mark is kept by numbered kinds only
    QCOMPARE(ps[2].kind, ParagraphKind::Operative);
    QCOMPARE(ps[2].status, ParagraphStatus::Deleted);
    QCOMPARE(ps[2].numbered, true);
    QCOMPARE(ps[2].text, u"*Decides*;"_s);
    QCOMPARE(ps[2].textColumn, 31);
    QCOMPARE(ps[3].kind, ParagraphKind::Sub);
    QCOMPARE(ps[3].text, QString());
    QCOMPARE(ps[4].kind, ParagraphKind::Narrative);
    QCOMPARE(ps[4].status, ParagraphStatus::Proposed);
    QCOMPARE(ps[4].numbered, false);
    QCOMPARE(ps[4].text, u" two spaces"_s);
    QCOMPARE(ps[4].id, u"pa000001"_s);
    QCOMPARE(ps[4].line, 14);
    QCOMPARE(ps[4].textColumn, 17);
}

QTEST_GUILESS_MAIN(TestDocumentReader)

#include "tst_documentreader.moc"
