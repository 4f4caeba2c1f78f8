// The OpenDocument Text package: read back by the real readers (odt2txt, libzip, an XML
// parser, LibreOffice when it is installed), not compared with bytes written by hand.

#include "comments/commentlog.h"
#include "document/documentreader.h"
#include "document/numbering.h"
#include "document/paragraphmarkup.h"
#include "export/commentnotes.h"
#include "export/odtdocument.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <memory>
#include <zip.h>

using namespace plenary;
using namespace Qt::StringLiterals;

namespace {

Document readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const ReadResult read = DocumentReader::read(file.readAll());
    if (read.hasErrors())
        qFatal("%s does not read", qPrintable(path));
    return read.document;
}

Document readText(const QString &text)
{
    const ReadResult read = DocumentReader::read(text.toUtf8());
    if (read.hasErrors())
        qFatal("a test document does not read: %s", qPrintable(read.diagnostics.value(0).message));
    return read.document;
}

Document sample(const char *name)
{
    return readFile(QLatin1String(PLENARY_SAMPLES "/") + QLatin1String(name));
}

const QString kArabic =
    u"format: plenary 1\n"
    "title: \u0625\u0639\u0644\u0627\u0646 \u0633\u0645\u0631\u0642\u0646\u062f\n"
    "kind: declaration\nlanguage: ar\n"
    "conference: \u0627\u0644\u0645\u0624\u062a\u0645\u0631 \u0627\u0644\u0631\u0641\u064a\u0639 "
    "\u0627\u0644\u0645\u0633\u062a\u0648\u0649\n"
    "symbol: BSCT/2026/L.1\ndistribution: general\ndate: 2026-11-20\noriginal: ar\n\n"
    "pp #aaaaaaaa agreed: *\u0625\u0630 \u0646\u0624\u0643\u062f* "
    "\u0627\u0644\u062a\u0632\u0627\u0645\u0646\u0627\u060c\n\n"
    "op #bbbbbbbb agreed numbered: *\u0646\u062f\u0639\u0648* \u062c\u0645\u064a\u0639 "
    "\u0627\u0644\u062f\u0648\u0644 [\u0625\u0644\u0649 \u0627\u0644\u062a\u0639\u0627\u0648\u0646]"
    "\u061b\n"_s;
const QString kArabicWords = u"\u062c\u0645\u064a\u0639 \u0627\u0644\u062f\u0648\u0644"_s;

const QString kCyrillic =
    u"format: plenary 1\ntitle: \u0421\u0430\u043c\u0430\u0440\u043a\u0430\u043d\u0434\u0441"
    "\u043a\u0430\u044f \u0434\u0435\u043a\u043b\u0430\u0440\u0430\u0446\u0438\u044f\n"
    "kind: declaration\nlanguage: ru\nconference: \u041a\u043e\u043d\u0444\u0435\u0440\u0435"
    "\u043d\u0446\u0438\u044f\nsymbol: BSCT/2026/L.1\ndate: 2026-11-20\noriginal: ru\n\n"
    "op #cccccccc agreed numbered: *\u041f\u0440\u0438\u0437\u044b\u0432\u0430\u0435\u043c* "
    "\u0432\u0441\u0435 \u0433\u043e\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0430;\n\n"
    "sub #dddddddd agreed numbered: \u0443\u043a\u0440\u0435\u043f\u043b\u044f\u0442\u044c "
    "\u0433\u0440\u0430\u043d\u0438\u0446\u044b;\n"_s;

// Markup characters of XML and HTML in every field that reaches the package.
const QString kEscaping =
    u"format: plenary 1\ntitle: Trade & <Security> \"Declaration\"\nkind: declaration\n"
    "language: en\nconference: Conference on <b>Borders</b> & 'Trade'\n"
    "symbol: X/2026/L.1\ndate: 2026-11-20\n\n"
    "op #eeeeeeee agreed numbered: *Decide* that <script>alert(\"x & 'y'\")</script> [[x]]> "
    "&amp; stays text;\n"_s;
const QString kEscapedText =
    u"Decide that <script>alert(\"x & 'y'\")</script> [[x]]> &amp; stays text;"_s;

// Brackets, an alternative, a cross-reference, a bis paragraph and a deleted paragraph.
const QString kNegotiation =
    u"format: plenary 1\ntitle: Test Declaration\nkind: declaration\nlanguage: en\n"
    "conference: Test Conference\nsymbol: TEST/2026/L.1\ndate: 2026-11-20\n\n"
    "pp #a1a1a1a1 agreed: *Recalling* our [earlier] commitments,\n\n"
    "op #b1b1b1b1 agreed numbered: *Decide* to cooperate;\n\n"
    "op #c1c1c1c1 proposed: *Decide also* to [Alt 1 (EU): strengthen] [Alt 2 (RU, KZ): "
    "enhance] controls;\n\n"
    "sub #d1d1d1d1 proposed numbered: on [land [[and sea]]] borders;\n\n"
    "subsub #e1e1e1e1 proposed numbered: at crossings;\n\n"
    "op #f1f1f1f1 deleted numbered: *Note* the old report;\n\n"
    "op #g1g1g1g1 agreed numbered: *Request* a report under {#b1b1b1b1}.\n"_s;

// The entries of a package in order, with their compression and content.
struct Package
{
    QStringList names;
    QList<int> methods;
    QMap<QString, QByteArray> files;
    QString error;
};

Package unpack(const QByteArray &bytes)
{
    Package package;
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> source(
        zip_source_buffer_create(bytes.constData(), bytes.size(), 0, &error), &zip_source_free);
    std::unique_ptr<zip_t, decltype(&zip_discard)> archive(
        source ? zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr,
        &zip_discard);
    if (!archive) {
        package.error = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return package;
    }
    source.release(); // the archive owns it
    zip_error_fini(&error);
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive.get(), 0); ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) < 0) {
            package.error = QString::fromLocal8Bit(zip_strerror(archive.get()));
            return package;
        }
        const QString name = QString::fromUtf8(stat.name);
        package.names.append(name);
        package.methods.append(stat.comp_method);
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(
            zip_fopen_index(archive.get(), zip_uint64_t(i), 0), &zip_fclose);
        QByteArray content(qsizetype(stat.size), '\0');
        if (!file || zip_fread(file.get(), content.data(), stat.size) != zip_int64_t(stat.size)) {
            package.error = u"cannot read "_s + name;
            return package;
        }
        package.files.insert(name, content);
    }
    return package;
}

QString xmlError(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString())
                             : QString();
}

// The value of `attribute` on every element named `element` (qualified names).
QStringList attributeValues(const QByteArray &xml, const QString &element, const QString &attribute)
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && (element.isEmpty() || reader.qualifiedName() == element) &&
            reader.attributes().hasAttribute(attribute))
            values.append(reader.attributes().value(attribute).toString());
    }
    return values;
}

// A paragraph's text as an office suite reads it: spans entered, <text:s/>, <text:tab/> and
// <text:line-break/> expanded, notes left out.
QString readableText(QXmlStreamReader &reader)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isStartElement()) {
            ++depth;
            if (reader.qualifiedName() == u"text:s"_s)
                text += QString(reader.attributes().value(u"text:c"_s).toInt() > 0
                                    ? reader.attributes().value(u"text:c"_s).toInt()
                                    : 1,
                                QLatin1Char(' '));
            else if (reader.qualifiedName() == u"text:tab"_s)
                text += QLatin1Char('\t');
            else if (reader.qualifiedName() == u"text:line-break"_s)
                text += QLatin1Char('\n');
            else if (reader.qualifiedName() == u"text:note"_s) {
                reader.skipCurrentElement();
                --depth;
            }
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
    return text;
}

struct ContentParagraph
{
    QString style;
    QString text;
};

// The paragraphs and headings of the body, in order.
QList<ContentParagraph> bodyParagraphs(const QByteArray &content)
{
    QList<ContentParagraph> paragraphs;
    QXmlStreamReader reader(content);
    bool inNote = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == u"text:note-body"_s)
            inNote = true;
        if (reader.isEndElement() && reader.qualifiedName() == u"text:note-body"_s)
            inNote = false;
        if (!inNote && reader.isStartElement() &&
            (reader.qualifiedName() == u"text:p"_s || reader.qualifiedName() == u"text:h"_s)) {
            const QString style = reader.attributes().value(u"text:style-name"_s).toString();
            paragraphs.append({style, readableText(reader)});
        }
    }
    return paragraphs;
}

// The text inside every span of `style` in the body.
QStringList spanTexts(const QByteArray &content, const QString &style)
{
    QStringList texts;
    QXmlStreamReader reader(content);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == u"text:span"_s &&
            reader.attributes().value(u"text:style-name"_s) == style)
            texts.append(readableText(reader));
    }
    return texts;
}

// Writing modes on the default paragraph style, every paragraph style and the page layout.
struct WritingModes
{
    QMap<QString, QString> paragraphStyles; // style name → writing mode ("" when none)
    QString defaultStyle;
    QString pageLayout;
};

WritingModes writingModes(const QByteArray &styles)
{
    WritingModes modes;
    QXmlStreamReader reader(styles);
    QString current;
    bool inDefault = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.qualifiedName();
            const QXmlStreamAttributes attributes = reader.attributes();
            if (name == u"style:style"_s && attributes.value(u"style:family"_s) == u"paragraph"_s) {
                current = attributes.value(u"style:name"_s).toString();
                modes.paragraphStyles.insert(current, QString());
            } else if (name == u"style:default-style"_s &&
                       attributes.value(u"style:family"_s) == u"paragraph"_s) {
                inDefault = true;
            } else if (name == u"style:paragraph-properties"_s) {
                const QString mode = attributes.value(u"style:writing-mode"_s).toString();
                if (inDefault)
                    modes.defaultStyle = mode;
                else if (!current.isEmpty())
                    modes.paragraphStyles[current] = mode;
            } else if (name == u"style:page-layout-properties"_s) {
                modes.pageLayout = attributes.value(u"style:writing-mode"_s).toString();
            }
        } else if (reader.isEndElement()) {
            if (reader.qualifiedName() == u"style:style"_s)
                current.clear();
            if (reader.qualifiedName() == u"style:default-style"_s)
                inDefault = false;
        }
    }
    return modes;
}

} // namespace

class TestOdtDocument : public QObject
{
    Q_OBJECT

public:
    TestOdtDocument()
    {
        m_options.symbol = u"BSCT/2026/L.1/Rev.2"_s;
        m_options.draftLabel = u"Rev.2"_s;
        m_options.author = u"Secretariat of the Conference"_s;
        m_options.revisionId = u"0123456789abcdef0123456789abcdef01234567"_s;
        m_options.keywords = {u"Rev.2"_s};
        m_options.created = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
    }

private:
    QTemporaryDir m_dir;
    OdtDocument::Options m_options;
    int m_files = 0;

    // Writes the package to the temporary folder; returns its path.
    QString save(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"document-%1.odt"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QByteArray write(const Document &document, const OdtDocument::Options &options)
    {
        Result<QByteArray> written = OdtDocument::write(document, options);
        if (!written)
            qFatal("OdtDocument::write failed: %s", qPrintable(written.error().message));
        return written.value();
    }

    // The package as odt2txt reads it, one line per paragraph.
    static QString odt2txt(const QString &path)
    {
        const QString program = QStandardPaths::findExecutable(u"odt2txt"_s);
        if (program.isEmpty())
            qFatal("odt2txt is missing: install the Debian package odt2txt (setup.sh does)");
        QProcess process;
        process.start(program, {u"--encoding=UTF-8"_s, u"--width=-1"_s, path});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            qFatal("odt2txt failed on %s: %s", qPrintable(path),
                   process.readAllStandardError().constData());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // Fails unless each of `expected` appears in `text`, in this order.
    static bool inOrder(const QString &text, const QStringList &expected, QString *missing)
    {
        qsizetype from = 0;
        for (const QString &piece : expected) {
            const qsizetype at = text.indexOf(piece, from);
            if (at < 0) {
                *missing = piece;
                return false;
            }
            from = at + piece.size();
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readByOdt2txt_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("draftLabel");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        // odt2txt writes the tab after a number as two spaces.

        QTest::newRow("sample declaration, draft")
            << u"declaration"_s << u"Rev.2"_s
            << QStringList{u"DRAFT \u2014 Rev.2"_s,
                           u"High-Level Conference on Border Security and Counter-Terrorism "
                           "Cooperation"_s,
                           u"BSCT/2026/L.1/Rev.2"_s,
                           u"Distr.: Limited"_s,
                           u"20 November 2026"_s,
                           u"Original: English"_s,
                           u"Samarkand Declaration on Border Security and Counter-Terrorism "
                           "Cooperation"_s,
                           u"We, the Ministers and representatives"_s,
                           u"Reaffirming our strong and unequivocal condemnation"_s,
                           u"by the [acute and growing] threat"_s,
                           u"1.  Reaffirm our commitment"_s,
                           u"2.  Call upon all States to [fully] implement"_s,
                           u"[Alt 1 (EU): passenger information units"_s,
                           u"[Alt 2 (RU, KZ): national systems"_s,
                           u"(a)  develop, within existing resources [and voluntary "
                           "contributions]"_s}
            << QStringList{u"*Reaffirming*"_s, u"{#"_s};
        QTest::newRow("sample declaration, final")
            << u"declaration"_s << QString()
            << QStringList{u"BSCT/2026/L.1/Rev.2"_s, u"Samarkand Declaration"_s,
                           u"1.  Reaffirm our commitment"_s}
            << QStringList{u"DRAFT"_s};
        QTest::newRow("sample summary")
            << u"summary"_s << u"Rev.1"_s
            << QStringList{u"DRAFT \u2014 Rev.1"_s,
                           u"BSCT/2026/INF.2"_s,
                           u"Distr.: General"_s,
                           u"Co-Chairs\u2019 Summary of the High-Level Conference"_s,
                           u"Opening session"_s,
                           u"1.  The High-Level Conference"_s,
                           u"2.  The Conference brought together"_s,
                           u"Session 1: Border management and information sharing"_s}
            << QStringList{u"{#"_s};
        QTest::newRow("hand-built negotiation")
            << u"negotiation"_s << u"a1b2c3d"_s
            << QStringList{u"DRAFT \u2014 a1b2c3d"_s,
                           u"Recalling our [earlier] commitments,"_s,
                           u"1.  Decide to cooperate;"_s,
                           u"1 bis.  Decide also to [Alt 1 (EU): strengthen] [Alt 2 (RU, KZ): "
                           "enhance] controls;"_s,
                           u"(a)  on [land [[and sea]]] borders;"_s,
                           u"(i)  at crossings;"_s,
                           u"2.  Note the old report;"_s,
                           u"3.  Request a report under 1."_s}
            << QStringList{u"*Decide*"_s, u"{#b1b1b1b1}"_s};
        QTest::newRow("Cyrillic")
            << u"cyrillic"_s << QString()
            << QStringList{u"\u041a\u043e\u043d\u0444\u0435\u0440\u0435\u043d\u0446\u0438\u044f"_s,
                           u"20 \u043d\u043e\u044f\u0431\u0440\u044f 2026"_s,
                           u"Original: Russian"_s,
                           u"\u0421\u0430\u043c\u0430\u0440\u043a\u0430\u043d\u0434\u0441\u043a"
                           "\u0430\u044f \u0434\u0435\u043a\u043b\u0430\u0440\u0430\u0446\u0438"
                           "\u044f"_s,
                           u"1.  \u041f\u0440\u0438\u0437\u044b\u0432\u0430\u0435\u043c "
                           "\u0432\u0441\u0435"_s,
                           u"(a)  \u0443\u043a\u0440\u0435\u043f\u043b\u044f\u0442\u044c"_s}
            << QStringList{u"DRAFT"_s, u"?"_s};
        QTest::newRow("Arabic")
            << u"arabic"_s << QString()
            << QStringList{u"\u0627\u0644\u0645\u0624\u062a\u0645\u0631"_s,
                           u"\u0625\u0639\u0644\u0627\u0646 \u0633\u0645\u0631\u0642\u0646\u062f"_s,
                           u"\u0625\u0630 \u0646\u0624\u0643\u062f "_s, kArabicWords}
            << QStringList{u"DRAFT"_s, u"*"_s, u"?"_s};
        QTest::newRow("markup characters")
            << u"escaping"_s << QString()
            << QStringList{u"Conference on <b>Borders</b> & 'Trade'"_s,
                           u"Trade & <Security> \"Declaration\""_s,
                           // odt2txt decodes entities twice, so the "&amp;" the drafter typed
                           // reads as "&" here; escaping() checks it with an XML parser.
                           u"1.  Decide that <script>alert(\"x & 'y'\")</script> [[x]]> "_s,
                           u" stays text;"_s}
            << QStringList{u"&lt;"_s, u"&quot;"_s, u"&#"_s};
    }

    void readByOdt2txt()
    {
        QFETCH(QString, source);
        QFETCH(QString, draftLabel);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);

        const Document document = documentNamed(source);
        OdtDocument::Options options = m_options;
        options.draftLabel = draftLabel;
        if (source != u"declaration"_s)
            options.symbol = document.header.symbol;
        const QString text = odt2txt(save(write(document, options)));
        QString missing;
        QVERIFY2(inOrder(text, expected, &missing),
                 qPrintable(u"not found in order: \"%1\" in\n%2"_s.arg(missing, text)));
        for (const QString &word : absent)
            QVERIFY2(!text.contains(word), qPrintable(u"\"%1\" in\n%2"_s.arg(word, text)));
    }

    // Every number and letter Numbering computes, in order, opening the paragraph's line.
    void numbersInOrder_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("declaration") << u"declaration"_s;
        QTest::newRow("summary") << u"summary"_s;
        QTest::newRow("negotiation") << u"negotiation"_s;
    }

    void numbersInOrder()
    {
        QFETCH(QString, source);
        const Document document = documentNamed(source);
        const Numbering numbering(document);
        QStringList expected;
        for (qsizetype i = 0; i < document.paragraphs.size(); ++i) {
            const ParagraphKind kind = document.paragraphs[i].kind;
            if (!isNumberedKind(kind))
                continue;
            const bool dotted =
                kind == ParagraphKind::Operative || kind == ParagraphKind::Narrative;
            expected.append(numbering.label(i) + (dotted ? u"."_s : QString()));
        }
        QVERIFY(expected.size() >= 3);

        const QString text = odt2txt(save(write(document, m_options)));
        static const QRegularExpression numbered(
            u"^\\s*((?:[0-9]+(?: [a-z]+)?\\.)|(?:\\([a-z]+\\)))\\s"_s,
            QRegularExpression::MultilineOption);
        QStringList found;
        for (auto it = numbered.globalMatch(text); it.hasNext();)
            found.append(it.next().captured(1));
        QCOMPARE(found, expected);

        // In the XML, the label is followed by a tab and hangs in the paragraph's indent.
        const Package package = unpack(write(document, m_options));
        QStringList labels;
        for (const ContentParagraph &p : bodyParagraphs(package.files.value(u"content.xml"_s))) {
            const qsizetype tab = p.text.indexOf(QLatin1Char('\t'));
            if (tab > 0)
                labels.append(p.text.left(tab));
        }
        QCOMPARE(labels, expected);
    }

    void package()
    {
        const QByteArray bytes = write(sample("declaration.plenary"), m_options);
        // ODF: "mimetype" is the first entry, stored, with no extra field, so that its content
        // stands at byte 38 of the file.
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QCOMPARE(bytes.mid(8, 2), QByteArray("\0\0", 2));    // compression method: stored
        QCOMPARE(bytes.mid(26, 2), QByteArray("\x08\0", 2)); // name length
        QCOMPARE(bytes.mid(28, 2), QByteArray("\0\0", 2));   // extra field length
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(38, 39), OdtDocument::mediaType().toLatin1());

        const Package package = unpack(bytes);
        QVERIFY2(package.error.isEmpty(), qPrintable(package.error));
        QCOMPARE(package.names, (QStringList{u"mimetype"_s, u"META-INF/manifest.xml"_s,
                                             u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s}));
        QCOMPARE(package.methods.value(0), int(ZIP_CM_STORE));
        for (qsizetype i = 1; i < package.methods.size(); ++i)
            QCOMPARE(package.methods[i], int(ZIP_CM_DEFLATE));
        QCOMPARE(package.files.value(u"mimetype"_s), OdtDocument::mediaType().toLatin1());

        const QByteArray manifest = package.files.value(u"META-INF/manifest.xml"_s);
        QVERIFY2(xmlError(manifest).isEmpty(), qPrintable(xmlError(manifest)));
        const QStringList listed =
            attributeValues(manifest, u"manifest:file-entry"_s, u"manifest:full-path"_s);
        QCOMPARE(listed, (QStringList{u"/"_s, u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s}));
        QCOMPARE(
            attributeValues(manifest, u"manifest:file-entry"_s, u"manifest:media-type"_s).value(0),
            OdtDocument::mediaType());

        // unzip, the program, agrees: the archive tests clean and lists mimetype first.
        const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
        if (unzip.isEmpty())
            return;
        const QString path = save(bytes);
        QProcess process;
        process.start(unzip, {u"-Z1"_s, path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n')).value(0),
            u"mimetype"_s);
        process.start(unzip, {u"-tq"_s, path});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
    }

    void wellFormed_data()
    {
        QTest::addColumn<QString>("source");
        for (const char *name : {"declaration", "summary", "negotiation", "arabic", "cyrillic",
                                 "escaping", "whitespace", "comments"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void wellFormed()
    {
        QFETCH(QString, source);
        OdtDocument::Options options = m_options;
        CommentLog comments;
        const Document document = documentNamed(source);
        if (source == u"comments"_s)
            options.notes = commentNotes(document, comments);
        const Package package = unpack(write(document, options));
        QVERIFY2(package.error.isEmpty(), qPrintable(package.error));
        for (const QString &name :
             {u"META-INF/manifest.xml"_s, u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s}) {
            const QByteArray xml = package.files.value(name);
            QVERIFY2(!xml.isEmpty(), qPrintable(name));
            QVERIFY2(xmlError(xml).isEmpty(), qPrintable(name + u": "_s + xmlError(xml)));
            QVERIFY2(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
                     qPrintable(name));
        }
        // xmllint, when present, agrees.
        const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
        if (xmllint.isEmpty())
            return;
        for (const QString &name : {u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s}) {
            const QString path = m_dir.filePath(u"part-%1-%2"_s.arg(++m_files).arg(name));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(package.files.value(name));
            file.close();
            QProcess process;
            process.start(xmllint, {u"--noout"_s, path});
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        }
    }

    void namedStyles_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("used");
        QTest::newRow("declaration")
            << u"declaration"_s
            << QStringList{
                   u"Plenary_Draft"_s,           u"Plenary_Masthead"_s,     u"Plenary_Symbol"_s,
                   u"Plenary_MastheadDetail"_s,  u"Plenary_Original"_s,     u"Plenary_Title"_s,
                   u"Plenary_Chapeau"_s,         u"Plenary_Preambular"_s,   u"Plenary_Operative"_s,
                   u"Plenary_Subparagraph"_s,    u"Plenary_OpeningWords"_s, u"Plenary_Bracket"_s,
                   u"Plenary_AlternativeLabel"_s};
        QTest::newRow("summary") << u"summary"_s
                                 << QStringList{u"Plenary_Heading"_s, u"Plenary_Narrative"_s};
        QTest::newRow("negotiation")
            << u"negotiation"_s << QStringList{u"Plenary_SubSubparagraph"_s, u"Plenary_Deleted"_s};
        QTest::newRow("comments") << u"comments"_s
                                  << QStringList{u"Plenary_Endnotes"_s,
                                                 u"Plenary_EndnotesHeading"_s};
    }

    void namedStyles()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, used);
        OdtDocument::Options options = m_options;
        CommentLog comments;
        const Document document = documentNamed(source);
        if (source == u"comments"_s)
            options.notes = commentNotes(document, comments);
        const Package package = unpack(write(document, options));
        const QByteArray styles = package.files.value(u"styles.xml"_s);
        const QByteArray content = package.files.value(u"content.xml"_s);

        // Named (common) styles, so users can restyle them: in office:styles, not automatic.
        QStringList defined;
        {
            QXmlStreamReader reader(styles);
            bool common = false;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.qualifiedName() == u"office:styles"_s)
                    common = reader.isStartElement();
                if (common && reader.isStartElement() && reader.qualifiedName() == u"style:style"_s)
                    defined.append(reader.attributes().value(u"style:name"_s).toString());
            }
        }
        for (const QString &name :
             {u"Plenary_Masthead"_s, u"Plenary_Symbol"_s, u"Plenary_Title"_s, u"Plenary_Chapeau"_s,
              u"Plenary_Preambular"_s, u"Plenary_Operative"_s, u"Plenary_Subparagraph"_s,
              u"Plenary_SubSubparagraph"_s, u"Plenary_Heading"_s, u"Plenary_Narrative"_s,
              u"Plenary_Draft"_s, u"Plenary_Endnotes"_s, u"Plenary_OpeningWords"_s,
              u"Plenary_Bracket"_s, u"Plenary_Deleted"_s})
            QVERIFY2(defined.contains(name), qPrintable(name));

        const QStringList usedInContent = attributeValues(content, QString(), u"text:style-name"_s);
        for (const QString &name : used)
            QVERIFY2(usedInContent.contains(name), qPrintable(name + u" is not used"_s));
        // Nothing refers to a style that is not there.
        for (const QString &name : usedInContent)
            QVERIFY2(defined.contains(name), qPrintable(name + u" is not defined"_s));

        // The operative paragraphs hang: a negative first-line indent as wide as the margin.
        const QStringList indents =
            attributeValues(styles, u"style:paragraph-properties"_s, u"fo:text-indent"_s);
        QVERIFY(indents.contains(u"-1.27cm"_s));
    }

    void textAndStyles()
    {
        const Package package = unpack(write(documentNamed(u"negotiation"_s), m_options));
        const QByteArray content = package.files.value(u"content.xml"_s);
        QCOMPARE(
            spanTexts(content, u"Plenary_OpeningWords"_s),
            (QStringList{u"Recalling"_s, u"Decide"_s, u"Decide also"_s, u"Note"_s, u"Request"_s}));
        // Every bracket of a balanced span, and nothing else.
        qsizetype spans = 0;
        for (const Paragraph &p : documentNamed(u"negotiation"_s).paragraphs)
            spans += ParagraphMarkup::analyse(p.text).spans.size();
        QVERIFY(spans >= 5);
        // Adjacent brackets ("[[") share one span.
        const QString brackets = spanTexts(content, u"Plenary_Bracket"_s).join(QString());
        QCOMPARE(brackets.count(QLatin1Char('[')), spans);
        QCOMPARE(brackets.count(QLatin1Char(']')), spans);
        QCOMPARE(brackets.size(), 2 * spans);
        QCOMPARE(spanTexts(content, u"Plenary_AlternativeLabel"_s),
                 (QStringList{u"Alt 1 (EU): "_s, u"Alt 2 (RU, KZ): "_s}));
        // The deleted paragraph's text is struck through, its number is not.
        QCOMPARE(spanTexts(content, u"Plenary_Deleted"_s), QStringList{u"Note the old report;"_s});
        const QList<ContentParagraph> paragraphs = bodyParagraphs(content);
        const auto deleted = std::find_if(paragraphs.begin(), paragraphs.end(), [](const auto &p) {
            return p.text.contains(u"old report"_s);
        });
        QVERIFY(deleted != paragraphs.end());
        QCOMPARE(deleted->text, u"2.\tNote the old report;"_s);
        QCOMPARE(deleted->style, u"Plenary_Operative"_s);
    }

    void escaping()
    {
        const QByteArray bytes = write(documentNamed(u"escaping"_s), m_options);
        const Package package = unpack(bytes);
        const QByteArray content = package.files.value(u"content.xml"_s);
        QVERIFY(!content.contains("<script>"));
        QVERIFY(!content.contains("<b>"));
        const QList<ContentParagraph> paragraphs = bodyParagraphs(content);
        QStringList texts;
        for (const ContentParagraph &p : paragraphs)
            texts.append(p.text);
        QVERIFY2(texts.contains(u"1.\t"_s + kEscapedText), qPrintable(texts.join(u"\n"_s)));
        QVERIFY(texts.contains(u"Trade & <Security> \"Declaration\""_s));
        QVERIFY(texts.contains(u"Conference on <b>Borders</b> & 'Trade'"_s));
        const QByteArray meta = package.files.value(u"meta.xml"_s);
        QXmlStreamReader reader(meta);
        QString title;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.qualifiedName() == u"dc:title"_s)
                title = reader.readElementText();
        }
        QCOMPARE(title, u"Trade & <Security> \"Declaration\""_s);
    }

    // White space and characters XML cannot hold survive as an office suite reads them.
    void whiteSpace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("read");
        QTest::newRow("double space") << u"two  spaces"_s << u"two  spaces"_s;
        QTest::newRow("leading space") << u" lead"_s << u" lead"_s;
        QTest::newRow("trailing spaces") << u"end   "_s << u"end   "_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a\tb"_s;
        QTest::newRow("space around tab") << u"a \t b"_s << u"a \t b"_s;
        QTest::newRow("line feed") << u"a\nb"_s << u"a\nb"_s;
        QTest::newRow("control character") << u"a\u0001b"_s << u"a\ufffdb"_s;
        QTest::newRow("lone surrogate") << u"a"_s + QChar(0xd800) + u"b"_s << u"a\ufffdb"_s;
        QTest::newRow("astral character") << u"a\U0001F30D b"_s << u"a\U0001F30D b"_s;
        QTest::newRow("bidirectional override")
            << u"pay \u202Eten\u202C"_s << u"pay U+202EtenU+202C"_s;
    }

    void whiteSpace()
    {
        QFETCH(QString, text);
        QFETCH(QString, read);
        Document document;
        document.header.title = u"T"_s;
        document.header.language = u"en"_s;
        Paragraph paragraph;
        paragraph.id = u"aaaaaaaa"_s;
        paragraph.kind = ParagraphKind::Chapeau;
        paragraph.status = ParagraphStatus::Agreed;
        paragraph.text = text;
        document.paragraphs.append(paragraph);
        const Package package = unpack(write(document, m_options));
        const QByteArray content = package.files.value(u"content.xml"_s);
        QVERIFY2(xmlError(content).isEmpty(), qPrintable(xmlError(content)));
        const QList<ContentParagraph> paragraphs = bodyParagraphs(content);
        QCOMPARE(paragraphs.last().text, read);
        QCOMPARE(paragraphs.last().style, u"Plenary_Chapeau"_s);
    }

    void rightToLeft_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("mode");
        QTest::newRow("Arabic") << u"arabic"_s << u"rl-tb"_s;
        QTest::newRow("English") << u"declaration"_s << u"lr-tb"_s;
        QTest::newRow("Russian") << u"cyrillic"_s << u"lr-tb"_s;
    }

    void rightToLeft()
    {
        QFETCH(QString, source);
        QFETCH(QString, mode);
        const Document document = documentNamed(source);
        const Package package = unpack(write(document, m_options));
        const WritingModes modes = writingModes(package.files.value(u"styles.xml"_s));
        QCOMPARE(modes.defaultStyle, mode);
        QCOMPARE(modes.pageLayout, mode);
        QVERIFY(modes.paragraphStyles.size() >= 12);
        for (auto it = modes.paragraphStyles.cbegin(); it != modes.paragraphStyles.cend(); ++it)
            QVERIFY2(it.value() == mode, qPrintable(it.key() + u": "_s + it.value()));

        // The Arabic paragraphs are in styles that carry the mode, and the text is there.
        const QList<ContentParagraph> paragraphs =
            bodyParagraphs(package.files.value(u"content.xml"_s));
        int checked = 0;
        for (const ContentParagraph &p : paragraphs) {
            QVERIFY2(modes.paragraphStyles.contains(p.style), qPrintable(p.style));
            QCOMPARE(modes.paragraphStyles.value(p.style), mode);
            if (p.text.contains(kArabicWords))
                ++checked;
        }
        QCOMPARE(checked, source == u"arabic"_s ? 1 : 0);
        // Arabic takes a font that has its letters, and the language is declared as complex.
        if (source == u"arabic"_s) {
            const QByteArray styles = package.files.value(u"styles.xml"_s);
            QCOMPARE(
                attributeValues(styles, u"style:text-properties"_s, u"style:font-name-complex"_s)
                    .value(0),
                u"DejaVu Sans"_s);
            QCOMPARE(
                attributeValues(styles, u"style:text-properties"_s, u"style:language-complex"_s)
                    .value(0),
                u"ar"_s);
        }
    }

    void endnotes()
    {
        CommentLog comments;
        const Document document = documentNamed(u"comments"_s);
        OdtDocument::Options options = m_options;
        options.notes = commentNotes(document, comments);
        QCOMPARE(options.notes.size(), 3);
        const QByteArray bytes = write(document, options);
        const Package package = unpack(bytes);
        const QByteArray content = package.files.value(u"content.xml"_s);

        QCOMPARE(attributeValues(content, u"text:note"_s, u"text:note-class"_s),
                 (QStringList{u"endnote"_s, u"endnote"_s}));
        QStringList citations;
        QStringList bodies;
        QStringList hosts; // the text of the paragraph each note stands in
        {
            QXmlStreamReader reader(content);
            QString paragraphText;
            while (!reader.atEnd()) {
                reader.readNext();
                if (!reader.isStartElement())
                    continue;
                if (reader.qualifiedName() == u"text:note-citation"_s)
                    citations.append(reader.readElementText());
                if (reader.qualifiedName() == u"text:note-body"_s) {
                    QStringList lines;
                    while (reader.readNextStartElement())
                        lines.append(readableText(reader));
                    bodies.append(lines.join(QLatin1Char('\n')));
                }
            }
        }
        QCOMPARE(citations, (QStringList{u"1"_s, u"2"_s}));
        QCOMPARE(bodies.value(0),
                 u"EU \u2014 Pieter Janssens, 18 November 2026\n"
                 "On \u201cto cooperate\u201d:\n"
                 "Cooperate on what? <Specify> & clarify.\n"
                 "Reply by RU \u2014 Ivan Petrov, 19 November 2026: On borders."_s);
        QCOMPARE(bodies.value(1), u"UNOCT \u2014 Amina Diallo, 19 November 2026\nAgreed?"_s);

        // Each note sits at the end of its paragraph.
        const QString raw = QString::fromUtf8(content);
        const qsizetype note1 = raw.indexOf(u"<text:note "_s);
        QVERIFY(raw.lastIndexOf(u"to cooperate;"_s, note1) > raw.lastIndexOf(u"<text:p"_s, note1));
        QVERIFY(raw.indexOf(u"</text:p>"_s, raw.indexOf(u"</text:note>"_s, note1)) ==
                raw.indexOf(u"</text:note>"_s, note1) + 12);

        // The note on a paragraph that is gone closes the text, numbered after the others.
        const QList<ContentParagraph> paragraphs = bodyParagraphs(content);
        QCOMPARE(paragraphs.value(paragraphs.size() - 4).text,
                 u"Comments on paragraphs no longer in the text"_s);
        QCOMPARE(paragraphs.value(paragraphs.size() - 4).style, u"Plenary_EndnotesHeading"_s);
        QCOMPARE(paragraphs.value(paragraphs.size() - 3).text,
                 u"3.\tKZ \u2014 Aigerim Bekova, 19 November 2026"_s);
        QCOMPARE(paragraphs.value(paragraphs.size() - 2).text, u"Paragraph #zzzzzzzz"_s);
        QCOMPARE(paragraphs.last().text, u"Please restore this paragraph."_s);

        // odt2txt shows the notes' text too.
        const QString text = odt2txt(save(bytes));
        QString missing;
        QVERIFY2(
            inOrder(text,
                    {u"1.  Decide to cooperate;"_s, u"Cooperate on what? <Specify> & clarify."_s,
                     u"Agreed?"_s, u"Comments on paragraphs no longer in the text"_s,
                     u"Please restore this paragraph."_s},
                    &missing),
            qPrintable(u"\"%1\" not in order in\n%2"_s.arg(missing, text)));
    }

    void badNotes()
    {
        const Document document = documentNamed(u"negotiation"_s);
        CommentLog comments;
        const CommentAuthor who{u"A"_s, u"a@example.org"_s, u"EU"_s};
        QVERIFY(comments.addComment(who, u"b1b1b1b1"_s, std::nullopt, u"x"_s));
        OdtDocument::Options options = m_options;
        options.notes = {{4, 99, &comments.threads().first()}};
        Result<QByteArray> written = OdtDocument::write(document, options);
        QVERIFY(!written);
        QCOMPARE(written.error().message,
                 u"endnote 4 points to paragraph 99, but the text has 7 paragraphs"_s);
        options.notes = {{1, 0, nullptr}};
        written = OdtDocument::write(document, options);
        QVERIFY(!written);
        QCOMPARE(written.error().message, u"endnote 1 has no comment"_s);
    }

    void meta()
    {
        const Package package = unpack(write(sample("declaration.plenary"), m_options));
        const QByteArray meta = package.files.value(u"meta.xml"_s);
        QMap<QString, QStringList> fields;
        QXmlStreamReader reader(meta);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.qualifiedName() != u"office:document-meta"_s &&
                reader.qualifiedName() != u"office:meta"_s)
                fields[reader.qualifiedName().toString()].append(reader.readElementText());
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(fields.value(u"dc:title"_s),
                 QStringList{u"Samarkand Declaration on Border Security and Counter-Terrorism "
                             "Cooperation"_s});
        QCOMPARE(fields.value(u"meta:initial-creator"_s),
                 QStringList{u"Secretariat of the Conference"_s});
        QCOMPARE(fields.value(u"dc:subject"_s), QStringList{u"BSCT/2026/L.1/Rev.2"_s});
        QCOMPARE(fields.value(u"meta:keyword"_s),
                 (QStringList{u"BSCT/2026/L.1/Rev.2"_s,
                              u"revision 0123456789abcdef0123456789abcdef01234567"_s, u"draft"_s,
                              u"Rev.2"_s}));
        QCOMPARE(fields.value(u"meta:creation-date"_s), QStringList{u"2026-11-20T09:30:00Z"_s});
        QCOMPARE(fields.value(u"dc:language"_s), QStringList{u"en"_s});
        QCOMPARE(fields.value(u"meta:generator"_s).size(), 1);
        static const QRegularExpression generator(u"^Plenary [0-9]+\\.[0-9]+(\\.[0-9]+)?$"_s);
        QVERIFY2(generator.match(fields.value(u"meta:generator"_s).value(0)).hasMatch(),
                 qPrintable(fields.value(u"meta:generator"_s).value(0)));

        OdtDocument::Options final = m_options;
        final.draftLabel.clear();
        final.keywords = {u"Final"_s};
        const Package finalPackage = unpack(write(sample("declaration.plenary"), final));
        const QString finalMeta = QString::fromUtf8(finalPackage.files.value(u"meta.xml"_s));
        QVERIFY(finalMeta.contains(u"<meta:keyword>final</meta:keyword>"_s));
        QVERIFY(!finalMeta.contains(u"<meta:keyword>draft</meta:keyword>"_s));
    }

    void pageLayout_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("width");
        QTest::addColumn<QString>("height");
        QTest::newRow("A4") << int(PrintHtml::Paper::A4) << u"21cm"_s << u"29.7cm"_s;
        QTest::newRow("Letter") << int(PrintHtml::Paper::Letter) << u"21.59cm"_s << u"27.94cm"_s;
    }

    void pageLayout()
    {
        QFETCH(int, paper);
        QFETCH(QString, width);
        QFETCH(QString, height);
        OdtDocument::Options options = m_options;
        options.paper = PrintHtml::Paper(paper);
        const Package package = unpack(write(sample("declaration.plenary"), options));
        const QByteArray styles = package.files.value(u"styles.xml"_s);
        QCOMPARE(attributeValues(styles, u"style:page-layout-properties"_s, u"fo:page-width"_s),
                 QStringList{width});
        QCOMPARE(attributeValues(styles, u"style:page-layout-properties"_s, u"fo:page-height"_s),
                 QStringList{height});
        // "n/N" in the footer of the page every paragraph is on, centred.
        QCOMPARE(attributeValues(styles, u"style:master-page"_s, u"style:page-layout-name"_s),
                 QStringList{u"Plenary_Page"_s});
        QXmlStreamReader reader(styles);
        QString footer;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.qualifiedName() == u"style:footer"_s) {
                reader.readNextStartElement();
                QCOMPARE(reader.attributes().value(u"text:style-name"_s), u"Plenary_Footer"_s);
                while (!(reader.isEndElement() && reader.qualifiedName() == u"text:p"_s)) {
                    reader.readNext();
                    if (reader.isStartElement())
                        footer += u"<"_s + reader.qualifiedName() + u">"_s;
                    else if (reader.isCharacters())
                        footer += reader.text();
                }
            }
        }
        QCOMPARE(footer, u"<text:page-number>1/<text:page-count>1"_s);
        QVERIFY(QString::fromUtf8(styles).contains(u"style:name=\"Plenary_Footer\""_s));
        QVERIFY(attributeValues(styles, u"style:paragraph-properties"_s, u"fo:text-align"_s)
                    .contains(u"center"_s));
    }

    // LibreOffice itself, when it is installed: the package opens and prints.
    void libreOffice_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("declaration")
            << u"declaration"_s
            << QStringList{u"BSCT/2026/L.1/Rev.2"_s, u"Samarkand Declaration"_s,
                           u"Reaffirm our commitment"_s};
        QTest::newRow("Arabic") << u"arabic"_s << QStringList{kArabicWords};
    }

    void libreOffice()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: the conversion to PDF is not checked");
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils)");
        const QString path = save(write(documentNamed(source), m_options));
        QTemporaryDir profile;
        QProcess convert;
        convert.start(soffice,
                      {u"-env:UserInstallation=file://"_s + profile.path(), u"--headless"_s,
                       u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, m_dir.path(), path});
        QVERIFY(convert.waitForFinished(180000));
        QCOMPARE(convert.exitCode(), 0);
        const QString pdf = path.chopped(4) + u".pdf"_s;
        QVERIFY2(QFile::exists(pdf), convert.readAllStandardError().constData());
        QProcess text;
        text.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &piece : expected)
            QVERIFY2(printed.contains(piece), qPrintable(piece + u" not in\n"_s + printed));
        QVERIFY(printed.contains(u"1/"_s));
    }

private:
    static Document documentNamed(const QString &name)
    {
        if (name == u"declaration"_s)
            return sample("declaration.plenary");
        if (name == u"summary"_s)
            return sample("summary.plenary");
        if (name == u"negotiation"_s || name == u"comments"_s)
            return readText(kNegotiation);
        if (name == u"arabic"_s)
            return readText(kArabic);
        if (name == u"cyrillic"_s)
            return readText(kCyrillic);
        if (name == u"escaping"_s)
            return readText(kEscaping);
        if (name == u"whitespace"_s) {
            Document document = readText(kNegotiation);
            document.paragraphs.first().text = u"a  b\tc\nd \u202E e\u0001"_s;
            return document;
        }
        qFatal("no test document %s", qPrintable(name));
    }

    // Three open comments (one with a quote and a reply, one on a paragraph that is gone) and
    // a resolved one, which is not exported.
    static QList<CommentNote> commentNotes(const Document &document, CommentLog &comments)
    {
        const CommentAuthor eu{u"Pieter Janssens"_s, u"pj@example.org"_s, u"EU"_s};
        const CommentAuthor ru{u"Ivan Petrov"_s, u"ip@example.org"_s, u"RU"_s};
        const CommentAuthor un{u"Amina Diallo"_s, u"ad@example.org"_s, u"UNOCT"_s};
        const CommentAuthor kz{u"Aigerim Bekova"_s, u"ab@example.org"_s, u"KZ"_s};
        const auto at = [](int day, int hour) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc());
        };
        const QString decide = document.paragraphs[document.indexOf(u"b1b1b1b1")].text;
        const qsizetype quoted = decide.indexOf(u"to cooperate"_s);
        const QString first =
            comments
                .addComment(eu, u"b1b1b1b1"_s, Quote::capture(decide, quoted, 12),
                            u"Cooperate on what? <Specify> & clarify."_s, at(18, 10))
                .value();
        (void)comments.reply(ru, first, u"On borders."_s, at(19, 8)).value();
        (void)comments
            .addComment(kz, u"zzzzzzzz"_s, std::nullopt, u"Please restore this paragraph."_s,
                        at(19, 9))
            .value();
        (void)comments.addComment(un, u"g1g1g1g1"_s, std::nullopt, u"Agreed?"_s, at(19, 10))
            .value();
        const QString resolved =
            comments.addComment(un, u"a1a1a1a1"_s, std::nullopt, u"Resolved one"_s, at(19, 11))
                .value();
        if (!comments.resolve(un, resolved, at(19, 12)))
            qFatal("cannot resolve a test comment");
        return CommentNotes::open(document, comments);
    }
};

QTEST_GUILESS_MAIN(TestOdtDocument)
#include "tst_odtdocument.moc"
