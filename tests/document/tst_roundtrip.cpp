// Reading and writing against the canonical form of docs/format.md: a canonical file comes back
// byte for byte, anything else becomes canonical and then stays so, and identifiers survive.

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "document/paragraphid.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <algorithm>

using namespace plenary;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.format(u"input"_s));
    return lines.join(u'\n');
}

// Canonical files may carry header fields this version does not know: a warning, nothing more.
bool onlyUnknownFieldWarnings(const Diagnostics &diagnostics)
{
    return std::all_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) {
        return !d.isError() && d.message.startsWith(u"unknown header field '"_s);
    });
}

QStringList ids(const Document &document)
{
    QStringList result;
    for (const Paragraph &p : document.paragraphs)
        result.append(p.id);
    return result;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalInputIsWrittenBackIdentically_data();
    void canonicalInputIsWrittenBackIdentically();
    void nonCanonicalInputBecomesCanonical_data();
    void nonCanonicalInputBecomesCanonical();
    void writerNeverBreaksALine_data();
    void writerNeverBreaksALine();
    void documentBuiltInCode();
    void identifiersSurviveEdits();
    void generatedIdentifiersAreWrittenAndKept();
};

void TestRoundTrip::canonicalInputIsWrittenBackIdentically_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("unknownFields"); // each read with a warning

    const QDir samples(QStringLiteral(PLENARY_SAMPLES));
    const QStringList files = samples.entryList({u"*.plenary"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 2, PLENARY_SAMPLES);
    for (const QString &name : files) {
        const QByteArray bytes = readAll(samples.filePath(name));
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        QTest::newRow(qPrintable(u"sample "_s + name)) << bytes << 0;
    }

    QTest::newRow("header only") << kHeader << 0;
    QTest::newRow("full header")
        << QByteArray("format: plenary 1\ntitle: Déclaration\nkind: statement\nlanguage: fr\n"
                      "conference: Conférence\nsymbol: BSCT/2026/L.1\ndistribution: general\n"
                      "date: 2026-11-20\noriginal: en\n\nop #abcd1234 agreed numbered: Texte.\n")
        << 0;
    QTest::newRow("empty paragraph text")
        << kHeader + "\nop #abcd1234 proposed:\n\nsub #efgh5678 deleted numbered:\n"
        << 0;
    QTest::newRow("every kind and status")
        << kHeader + "\nheading #aaaa0001 agreed: Session 1\n\n"
                     "chapeau #aaaa0002 adref: We, the States,\n\n"
                     "pp #aaaa0003 proposed: *Recognizing* that,\n\n"
                     "op #aaaa0004 deleted numbered: *Decides*:\n\n"
                     "sub #aaaa0005 agreed numbered: a;\n\n"
                     "subsub #aaaa0006 adref: i;\n\n"
                     "para #aaaa0007 proposed numbered: The Conference met.\n"
        << 0;
    QTest::newRow("markup kept literally")
        << kHeader + "\nop #abcd1234 proposed: *Calls upon* [[all]] States {#abcd1234} "
                     "[Alt 1 (EU, US): a] [Alt 2: b] * { } \\ #x: y\n"
        << 0;
    QTest::newRow("leading and trailing spaces in text")
        << kHeader + "\nop #abcd1234 proposed:   three spaces before, two after  \n"
        << 0;
    QTest::newRow("tab in text") << kHeader + "\nop #abcd1234 proposed: a\tb\n" << 0;
    QTest::newRow("Cyrillic")
        << "format: plenary 1\ntitle: Самаркандская декларация\nkind: declaration\n"
           "language: ru\n\nop #abcd1234 agreed numbered: *Призываем* все государства "
           "[укрепить] пограничный контроль;\n"_ba
        << 0;
    QTest::newRow("Arabic")
        << "format: plenary 1\ntitle: إعلان سمرقند\nkind: declaration\nlanguage: ar\n\n"
           "op #abcd1234 proposed: *يهيب* بجميع الدول أن [تعزز] إدارة الحدود؛\n"_ba
        << 0;
    QTest::newRow("Chinese")
        << "format: plenary 1\ntitle: 撒马尔罕宣言\nkind: declaration\nlanguage: zh-Hans\n\n"
           "op #abcd1234 adref: *吁请*所有国家[加强]边境管理；\n"_ba
        << 0;
    QTest::newRow("emoji and other non-BMP characters")
        << kHeader + "\npara #abcd1234 proposed: 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀 [🇺🇳]\n"
        << 0;
    QTest::newRow("unknown header fields keep their order")
        << "format: plenary 1\ntitle: T\nkind: summary\nlanguage: en\ndate: 2026-01-01\n"
           "zeta: last letter\nalpha: first letter\nx-custom:\n\npara #abcd1234 proposed: x\n"_ba
        << 3;
}

void TestRoundTrip::canonicalInputIsWrittenBackIdentically()
{
    QFETCH(QByteArray, input);
    QFETCH(int, unknownFields);
    const ReadResult r = DocumentReader::read(input);
    QVERIFY2(onlyUnknownFieldWarnings(r.diagnostics), qPrintable(describe(r.diagnostics)));
    QCOMPARE(r.diagnostics.size(), unknownFields);
    QCOMPARE(DocumentWriter::write(r.document), input);
}

void TestRoundTrip::nonCanonicalInputBecomesCanonical_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("canonical");

    const QByteArray header = kHeader + '\n';
    QTest::newRow("extra blank lines")
        << "\n\n" + kHeader + "\n\n\nop #abcd1234 proposed: a\n\n\n\nop #efgh5678 proposed: b\n\n\n"
        << header + "op #abcd1234 proposed: a\n\nop #efgh5678 proposed: b\n";
    QTest::newRow("no blank line between paragraphs")
        << header + "op #abcd1234 proposed: a\nop #efgh5678 proposed: b\n"
        << header + "op #abcd1234 proposed: a\n\nop #efgh5678 proposed: b\n";
    QTest::newRow("blank lines made of spaces")
        << kHeader + "  \nop #abcd1234 proposed: a\n\t\nop #efgh5678 proposed: b\n"
        << header + "op #abcd1234 proposed: a\n\nop #efgh5678 proposed: b\n";
    QTest::newRow("missing status") << header + "op #abcd1234 numbered: a\n"
                                    << header + "op #abcd1234 proposed numbered: a\n";
    QTest::newRow("text without space after colon") << header + "op #abcd1234 agreed:text\n"
                                                    << header + "op #abcd1234 agreed: text\n";
    QTest::newRow("missing final newline")
        << header + "op #abcd1234 agreed: text" << header + "op #abcd1234 agreed: text\n";
    QTest::newRow("header without paragraphs or final newline")
        << "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en"_ba << kHeader;
    QTest::newRow("attributes in another order") << header + "op numbered agreed #abcd1234: a\n"
                                                 << header + "op #abcd1234 agreed numbered: a\n";
    QTest::newRow("extra spaces between attributes") << header + "op   #abcd1234   agreed  : a\n"
                                                     << header + "op #abcd1234 agreed: a\n";
    QTest::newRow("numbered on a kind that is never numbered")
        << header + "pp #abcd1234 agreed numbered: a\n"
        << header + "pp #abcd1234 agreed: a\n";
    QTest::newRow("header in another order")
        << "format: plenary 1\noriginal: en\ndate: 2026-11-20\ndistribution: limited\n"
           "symbol: S/1\nconference: C\nlanguage: en\nkind: summary\ntitle: T\n"_ba
        << "format: plenary 1\ntitle: T\nkind: summary\nlanguage: en\nconference: C\n"
           "symbol: S/1\ndistribution: limited\ndate: 2026-11-20\noriginal: en\n"_ba;
    QTest::newRow("unknown header fields move after the known ones")
        << "format: plenary 1\nzeta: z\ntitle: T\nalpha: a\nkind: declaration\nlanguage: en\n"_ba
        << "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\nzeta: z\nalpha: a\n"_ba;
    QTest::newRow("empty header values without trailing space")
        << "format: plenary 1\ntitle: \nkind: declaration\nlanguage: en\nx-custom: \n"_ba
        << "format: plenary 1\ntitle:\nkind: declaration\nlanguage: en\nx-custom:\n"_ba;
    QTest::newRow("header value without space after colon")
        << "format: plenary 1\ntitle:T\nkind:declaration\nlanguage:en\n"_ba << kHeader;
}

void TestRoundTrip::nonCanonicalInputBecomesCanonical()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, canonical);

    const ReadResult first = DocumentReader::read(input);
    QVERIFY2(!first.hasErrors(), qPrintable(describe(first.diagnostics)));
    const QByteArray written = DocumentWriter::write(first.document);
    QCOMPARE(written, canonical);

    const ReadResult second = DocumentReader::read(written);
    QVERIFY2(onlyUnknownFieldWarnings(second.diagnostics),
             qPrintable(describe(second.diagnostics)));
    QCOMPARE(DocumentWriter::write(second.document), canonical);
}

void TestRoundTrip::writerNeverBreaksALine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");

    QTest::newRow("LF in text") << u"one\ntwo"_s << u"T"_s;
    QTest::newRow("CR/LF in text") << u"one\r\ntwo"_s << u"T"_s;
    QTest::newRow("CR in text") << u"one\rtwo"_s << u"T"_s;
    QTest::newRow("text made of line breaks") << u"\n\n"_s << u"T"_s;
    QTest::newRow("LF in title") << u"text"_s << u"Title\non two lines"_s;
}

void TestRoundTrip::writerNeverBreaksALine()
{
    QFETCH(QString, text);
    QFETCH(QString, title);

    Document document;
    document.header.title = title;
    document.header.language = u"en"_s;
    for (const char *id : {"aaaa1111", "bbbb2222"}) {
        Paragraph p;
        p.id = QLatin1String(id);
        p.text = text;
        document.paragraphs.append(p);
    }
    const QByteArray written = DocumentWriter::write(document);
    QVERIFY(!written.contains('\r'));
    // format, title, kind, language; then a blank line and one line for each paragraph.
    QCOMPARE(written.count('\n'), 4 + 2 * 2);

    const ReadResult r = DocumentReader::read(written);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describe(r.diagnostics)));
    QCOMPARE(r.document.paragraphs.size(), 2);
    QCOMPARE(ids(r.document), QStringList({u"aaaa1111"_s, u"bbbb2222"_s}));
    QVERIFY(!r.document.header.title.contains(u'\n'));
    for (const Paragraph &p : r.document.paragraphs) {
        QVERIFY(!p.text.contains(u'\n'));
        QVERIFY(!p.text.contains(u'\r'));
    }
}

void TestRoundTrip::documentBuiltInCode()
{
    Document document;
    document.header.title = u"Declaration"_s;
    document.header.kind = DocumentKind::Statement;
    document.header.language = u"ru"_s;
    document.header.extraFields.append({u"colour"_s, u"blue"_s});
    Paragraph op;
    op.id = u"abcd1234"_s;
    op.kind = ParagraphKind::Operative;
    op.status = ParagraphStatus::AdReferendum;
    op.numbered = true;
    op.text = u"*Призываем* [все]"_s;
    Paragraph empty;
    empty.id = u"efgh5678"_s;
    empty.kind = ParagraphKind::Sub;
    empty.status = ParagraphStatus::Deleted;
    document.paragraphs = {op, empty};

    const QByteArray expected = "format: plenary 1\ntitle: Declaration\nkind: statement\n"
                                "language: ru\ncolour: blue\n\n"
                                "op #abcd1234 adref numbered: *Призываем* [все]\n\n"
                                "sub #efgh5678 deleted:\n";
    QCOMPARE(DocumentWriter::write(document), expected);
    const ReadResult r = DocumentReader::read(expected);
    QCOMPARE(r.diagnostics.size(), 1); // the unknown header field, a warning
    QVERIFY(!r.hasErrors());
    QCOMPARE(r.document, document);
}

void TestRoundTrip::identifiersSurviveEdits()
{
    const QByteArray original = readAll(QStringLiteral(PLENARY_SAMPLES "/declaration.plenary"));
    const ReadResult first = DocumentReader::read(original);
    QVERIFY2(first.diagnostics.isEmpty(), qPrintable(describe(first.diagnostics)));
    const QStringList before = ids(first.document);
    QCOMPARE(before.size(), 33);

    Document edited = first.document;
    edited.paragraphs[3].text = u"*Deeply concerned* by the threat, edited;"_s;
    edited.paragraphs[12].text.clear();
    edited.paragraphs[20].status = ParagraphStatus::Agreed;
    edited.paragraphs.move(5, 25);
    QStringList expected = before;
    expected.move(5, 25);
    const QByteArray written = DocumentWriter::write(edited);
    QVERIFY(written != original);

    const ReadResult second = DocumentReader::read(written);
    QVERIFY2(second.diagnostics.isEmpty(), qPrintable(describe(second.diagnostics)));
    QCOMPARE(ids(second.document), expected);
    QCOMPARE(second.document.paragraphs[3].text, u"*Deeply concerned* by the threat, edited;"_s);
    QCOMPARE(second.document, edited);
}

void TestRoundTrip::generatedIdentifiersAreWrittenAndKept()
{
    const QByteArray input = kHeader + "\nop agreed: first\n\nop #abcd1234 proposed: second\n";
    const ReadResult first = DocumentReader::read(input);
    QCOMPARE(first.diagnostics.size(), 1);
    QCOMPARE(first.diagnostics[0].severity, Diagnostic::Severity::Warning);
    const QString generated = first.document.paragraphs[0].id;
    QVERIFY(ParagraphId::isValid(generated));

    const QByteArray written = DocumentWriter::write(first.document);
    QCOMPARE(written, kHeader + "\nop #" + generated.toLatin1() +
                          " agreed: first\n\nop #abcd1234 proposed: second\n");
    const ReadResult second = DocumentReader::read(written);
    QVERIFY2(second.diagnostics.isEmpty(), qPrintable(describe(second.diagnostics)));
    QCOMPARE(ids(second.document), QStringList({generated, u"abcd1234"_s}));
}

QTEST_GUILESS_MAIN(TestRoundTrip)

#include "tst_roundtrip.moc"
