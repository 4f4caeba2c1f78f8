// Akoma Ntoso export: every sample and demo revision validates against the Akoma Ntoso 3.0
// schema, holds every paragraph's text as it reads, numbers in order, recitals for preambular
// paragraphs, unique eIds, wIds from the permanent identifiers, brackets and alternatives as
// inline elements, references to eIds, and escapes what XML must escape.

#include "document/documentreader.h"
#include "document/numbering.h"
#include "document/paragraphmarkup.h"
#include "export/akomantoso.h"
#include "export/plaintext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace plenary;
using namespace Qt::StringLiterals;

namespace {

const QString aknNamespace = u"http://docs.oasis-open.org/legaldocml/ns/akn/3.0"_s;

// What the tests read back from an exported file, with QXmlStreamReader.
struct Parsed
{
    QString error;                     // a parse error, empty when the file is well formed
    QList<QString> eIds;               // every eId in document order
    QHash<QString, QString> textByWId; // character content of each paragraph-holding element
    QHash<QString, QString> elementByWId;
    QHash<QString, QString> eIdByWId;
    QHash<QString, QString> statusByWId;
    QList<QString> paragraphNums; // <num> of each <paragraph>, in order
    int recitals = 0;             // <recital> and <hcontainer name="recital">
    int brackets = 0;             // <inline name="bracket"> and <inline name="alternative">
    int maxBracketNesting = 0;
    QList<QHash<QString, QString>> alternatives; // attributes of each alternative
    QList<QPair<QString, QString>> refs;         // href, text
    QHash<QString, QString> organizations;       // eId → showAs
    QString frbrLanguage;
    QString statementName;
    QString docNumber;
    bool draftStatus = false;
    QString authoritative;
};

QHash<QString, QString> attributesOf(const QXmlStreamReader &xml)
{
    QHash<QString, QString> out;
    for (const QXmlStreamAttribute &a : xml.attributes())
        out.insert(a.qualifiedName().toString(), a.value().toString());
    return out;
}

Parsed parse(const QByteArray &bytes)
{
    Parsed parsed;
    QXmlStreamReader xml(bytes);
    struct Open
    {
        QString name;
        QHash<QString, QString> attributes;
    };
    QList<Open> stack;
    QList<QString> capturing; // wIds whose text is being collected, innermost last
    QList<qsizetype> captureDepth;
    int bracketDepth = 0;
    QString pendingNum;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.namespaceUri() != aknNamespace) {
                parsed.error = u"element %1 outside the Akoma Ntoso namespace"_s.arg(xml.name());
                return parsed;
            }
            Open open{xml.name().toString(), attributesOf(xml)};
            const QString &name = open.name;
            const QHash<QString, QString> &a = open.attributes;
            if (a.contains(u"eId"_s))
                parsed.eIds.append(a.value(u"eId"_s));
            const bool holdsParagraph = a.contains(u"wId"_s) && name != u"section"_s;
            if (holdsParagraph) {
                const QString wId = a.value(u"wId"_s);
                parsed.elementByWId.insert(wId, name);
                parsed.eIdByWId.insert(wId, a.value(u"eId"_s));
                parsed.statusByWId.insert(wId, a.value(u"status"_s));
                parsed.textByWId.insert(wId, QString());
                capturing.append(wId);
                captureDepth.append(stack.size());
            }
            if (name == u"section"_s) {
                // the heading's text belongs to the section's wId
                const QString wId = a.value(u"wId"_s);
                parsed.elementByWId.insert(wId, name);
                parsed.eIdByWId.insert(wId, a.value(u"eId"_s));
            }
            if (name == u"heading"_s && !stack.isEmpty()) {
                const QString wId = stack.constLast().attributes.value(u"wId"_s);
                parsed.statusByWId.insert(wId, a.value(u"status"_s));
                parsed.textByWId.insert(wId, QString());
                capturing.append(wId);
                captureDepth.append(stack.size());
            }
            if (name == u"recital"_s ||
                (name == u"hcontainer"_s && a.value(u"name"_s) == u"recital"_s))
                ++parsed.recitals;
            if (name == u"inline"_s &&
                (a.value(u"name"_s) == u"bracket"_s || a.value(u"name"_s) == u"alternative"_s)) {
                ++parsed.brackets;
                parsed.maxBracketNesting = std::max(parsed.maxBracketNesting, ++bracketDepth);
                if (a.value(u"name"_s) == u"alternative"_s)
                    parsed.alternatives.append(a);
            }
            if (name == u"TLCOrganization"_s)
                parsed.organizations.insert(a.value(u"eId"_s), a.value(u"showAs"_s));
            if (name == u"FRBRlanguage"_s)
                parsed.frbrLanguage = a.value(u"language"_s);
            if (name == u"FRBRauthoritative"_s)
                parsed.authoritative = a.value(u"value"_s);
            if (name == u"statement"_s)
                parsed.statementName = a.value(u"name"_s);
            if (name == u"docStatus"_s && a.value(u"refersTo"_s) == u"#draft"_s)
                parsed.draftStatus = true;
            if (name == u"ref"_s)
                parsed.refs.append({a.value(u"href"_s), QString()});
            stack.append(open);
        } else if (xml.isCharacters()) {
            const QString text = xml.text().toString();
            const QString element = stack.isEmpty() ? QString() : stack.constLast().name;
            if (element == u"num"_s) {
                pendingNum += text;
                continue; // numbers stand beside the text, not in it
            }
            if (element == u"docNumber"_s)
                parsed.docNumber += text;
            if (element == u"ref"_s && !parsed.refs.isEmpty())
                parsed.refs.last().second += text;
            // Only the innermost paragraph collects: a sub-paragraph's text is its own.
            if (!capturing.isEmpty() && !xml.isWhitespace())
                parsed.textByWId[capturing.constLast()] += text;
            else if (!capturing.isEmpty() && stack.size() > 0 &&
                     (element == u"p"_s || element == u"inline"_s || element == u"i"_s ||
                      element == u"heading"_s || element == u"ref"_s))
                parsed.textByWId[capturing.constLast()] += text;
        } else if (xml.isEndElement()) {
            const Open open = stack.takeLast();
            if (open.name == u"num"_s) {
                if (!stack.isEmpty() && stack.constLast().name == u"paragraph"_s)
                    parsed.paragraphNums.append(pendingNum);
                pendingNum.clear();
            }
            if (open.name == u"inline"_s && (open.attributes.value(u"name"_s) == u"bracket"_s ||
                                             open.attributes.value(u"name"_s) == u"alternative"_s))
                --bracketDepth;
            if (!captureDepth.isEmpty() && captureDepth.constLast() == stack.size()) {
                capturing.removeLast();
                captureDepth.removeLast();
            }
        }
    }
    if (xml.hasError())
        parsed.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return parsed;
}

QString schemaPath()
{
    return QStringLiteral(PLENARY_AKN_SCHEMA);
}

// Validates with xmllint against the Akoma Ntoso 3.0 schema; the output on failure.
QString validate(const QByteArray &bytes, const QString &name)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return u"no temporary directory"_s;
    const QString path = dir.filePath(name + u".xml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return u"cannot write "_s + path;
    file.close();
    QProcess xmllint;
    xmllint.setProcessChannelMode(QProcess::MergedChannels);
    xmllint.start(QStandardPaths::findExecutable(u"xmllint"_s),
                  {u"--noout"_s, u"--schema"_s, schemaPath(), path});
    if (!xmllint.waitForFinished(120000))
        return u"xmllint did not finish"_s;
    if (xmllint.exitStatus() != QProcess::NormalExit || xmllint.exitCode() != 0)
        return QString::fromUtf8(xmllint.readAll());
    return QString();
}

AkomaNtoso::Options draftOptions()
{
    AkomaNtoso::Options options;
    options.symbol = u"TEST/2026/L.1/Rev.2"_s;
    options.revisionLabel = u"Rev.2"_s;
    options.revisionId = u"0123456789abcdef0123456789abcdef01234567"_s;
    options.draft = true;
    options.author = u"Conference secretariat"_s;
    options.date = QDate(2026, 11, 18);
    return options;
}

Document readDocument(const QByteArray &text)
{
    const ReadResult read = DocumentReader::read(text);
    if (read.hasErrors())
        qWarning("the test document has errors");
    return read.document;
}

const QByteArray handBuilt =
    "format: plenary 1\ntitle: Declaration on \"Borders\" & <Travel>\nkind: declaration\n"
    "language: en\nconference: Conference of R&D <States>\nsymbol: TEST/2026/L.1\n"
    "distribution: limited\ndate: 2026-11-20\noriginal: fr\n\n"
    "chapeau #chap0001 agreed: We, the \"States\" & 'partners' <meeting>,\n\n"
    "pp #pream001 agreed: *Recalling* our [commitments [[to R&D]] and <goals>],\n\n"
    "pp #pream002 proposed: *Noting* the following:\n\n"
    "sub #preas001 proposed: the first [point];\n\n"
    "subsub #preas002 proposed: a deeper one;\n\n"
    "op #oper0001 agreed numbered: *Decide* to [Alt 1 (EU, US): strengthen] [Alt 2 (RU): "
    "enhance] cooperation;\n\n"
    "sub #subp0001 agreed numbered: on borders, as in {#oper0002};\n\n"
    "sub #subp0002 adref numbered: on data;\n\n"
    "subsub #subs0001 agreed numbered: in particular API & PNR;\n\n"
    "op #oper0003 deleted numbered: *Note* the report;\n\n"
    "op #oper0002 proposed: *[Request]* a report under {#oper0001} and {#pream001}.\n\n"
    "heading #head0001 agreed: Follow-up & \"review\"\n\n"
    "op #oper0004 agreed numbered: *Agree* to meet again.\n";

// An Arabic text: "*إذ نشير* إلى [القرار]," and "*نقرر* التعاون & "نص" < {#arpp0001}."
QByteArray arabic()
{
    return u"format: plenary 1\ntitle: \u0625\u0639\u0644\u0627\u0646\nkind: declaration\n"
           "language: ar\nsymbol: TEST/2026/L.1\ndate: 2026-11-20\noriginal: en\n\n"
           "pp #arpp0001 agreed: *\u0625\u0630 \u0646\u0634\u064a\u0631* \u0625\u0644\u0649 "
           "[\u0627\u0644\u0642\u0631\u0627\u0631],\n\n"
           "op #arop0001 agreed: *\u0646\u0642\u0631\u0631* \u0627\u0644\u062a\u0639\u0627"
           "\u0648\u0646 & \"\u0646\u0635\" < {#arpp0001}.\n"_s.toUtf8();
}

} // namespace

class TestAkomaNtoso : public QObject
{
    Q_OBJECT

private:
    // Schema validation, then the structure every export must have.
    void checkExport(const Document &document, const QString &name,
                     const AkomaNtoso::Options &options)
    {
        const Result<QByteArray> xml = AkomaNtoso::write(document, options);
        QVERIFY2(xml, qPrintable(xml ? QString() : xml.error().message));
        const QString invalid = validate(*xml, name);
        QVERIFY2(invalid.isEmpty(), qPrintable(invalid));

        const Parsed parsed = parse(*xml);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.statementName, documentKindKeyword(document.header.kind));
        QCOMPARE(parsed.frbrLanguage, AkomaNtoso::languageCode(document.header.language));
        QCOMPARE(parsed.draftStatus, options.draft);
        QCOMPARE(parsed.authoritative, options.draft ? u"false"_s : u"true"_s);
        QCOMPARE(parsed.docNumber, options.symbol);

        // eIds are unique (the schema says so too) and references point at one of them.
        const QSet<QString> eIds(parsed.eIds.cbegin(), parsed.eIds.cend());
        QCOMPARE(eIds.size(), parsed.eIds.size());
        for (const auto &[href, text] : parsed.refs) {
            QVERIFY2(href.startsWith(u'#') && eIds.contains(href.mid(1)), qPrintable(href));
            QVERIFY(!text.isEmpty());
        }

        const Numbering numbering(document);
        QList<QString> expectedNums;
        int preambular = 0, spans = 0;
        for (qsizetype i = 0; i < document.paragraphs.size(); ++i) {
            const Paragraph &p = document.paragraphs[i];
            if (p.kind == ParagraphKind::Operative || p.kind == ParagraphKind::Narrative)
                expectedNums.append(numbering.label(i) + u'.');
            if (p.kind == ParagraphKind::Preambular)
                ++preambular;
            spans += int(ParagraphMarkup::analyse(p.text).spans.size());

            // Every paragraph is there under its permanent identifier, with its text as it reads.
            const QString prefix = p.kind == ParagraphKind::Heading ? u"sec_"_s : QString();
            QString wId;
            for (auto it = parsed.elementByWId.cbegin(); it != parsed.elementByWId.cend(); ++it)
                if (it.key().endsWith(u'_' + p.id) &&
                    (prefix.isEmpty() || it.key().startsWith(prefix)))
                    wId = it.key();
            QVERIFY2(!wId.isEmpty(), qPrintable(u"no element for #"_s + p.id));
            QCOMPARE(parsed.textByWId.value(wId), PlainText::paragraphText(document, i));
            QCOMPARE(parsed.statusByWId.value(wId), p.isDeleted() ? u"removed"_s : QString());
        }
        QCOMPARE(parsed.paragraphNums, expectedNums);
        QCOMPARE(parsed.recitals, preambular);
        QCOMPARE(parsed.brackets, spans);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(schemaPath()))
            QSKIP(qPrintable(u"the Akoma Ntoso 3.0 schema is not at "_s + schemaPath() +
                             u"; the export cannot be validated"_s));
        if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty())
            QSKIP("xmllint is not installed (Debian: libxml2-utils); the export cannot be "
                  "validated against the Akoma Ntoso schema");
    }

    void samples_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("draft");
        const QDir samples(QStringLiteral(PLENARY_SAMPLES));
        QTest::newRow("declaration") << samples.filePath(u"declaration.plenary"_s) << true;
        QTest::newRow("declaration final") << samples.filePath(u"declaration.plenary"_s) << false;
        QTest::newRow("summary") << samples.filePath(u"summary.plenary"_s) << true;
        const QDir demo(QStringLiteral(PLENARY_DEMO));
        const QStringList revisions = demo.entryList({u"*.plenary"_s}, QDir::Files, QDir::Name);
        QVERIFY(revisions.size() >= 2);
        for (const QString &file : revisions)
            QTest::newRow(qPrintable(u"demo "_s + file)) << demo.filePath(file) << true;
    }

    void samples()
    {
        QFETCH(QString, path);
        QFETCH(bool, draft);
        const ReadResult read = DocumentReader::readFile(path);
        QVERIFY(!read.hasErrors());
        QVERIFY(!read.document.paragraphs.isEmpty());
        AkomaNtoso::Options options = draftOptions();
        options.draft = draft;
        options.symbol = read.document.header.symbol + u"/Rev.2"_s;
        checkExport(read.document, QFileInfo(path).completeBaseName(), options);
    }

    void handBuiltDocument()
    {
        const Document document = readDocument(handBuilt);
        QVERIFY(!document.paragraphs.isEmpty());
        checkExport(document, u"handbuilt"_s, draftOptions());

        const Result<QByteArray> xml = AkomaNtoso::write(document, draftOptions());
        QVERIFY(xml);
        const QString text = QString::fromUtf8(*xml);
        const Parsed parsed = parse(*xml);

        // Escaped, and read back as written.
        QVERIFY(text.contains(u"Declaration on &quot;Borders&quot; &amp; &lt;Travel&gt;"_s) ||
                text.contains(u"Declaration on \"Borders\" &amp; &lt;Travel&gt;"_s));
        QVERIFY(!text.contains(u"<goals>"_s));
        QVERIFY(!text.contains(u"<meeting>"_s));
        QCOMPARE(parsed.textByWId.value(u"formula_chap0001"_s),
                 u"We, the \"States\" & 'partners' <meeting>,"_s);

        // Brackets: nested as in the text, the brackets' characters kept.
        QCOMPARE(parsed.maxBracketNesting, 3);
        QVERIFY(text.contains(
            u"<inline name=\"bracket\" class=\"depth-1\">[commitments <inline name=\"bracket\" "
            "class=\"depth-2\">[<inline name=\"bracket\" class=\"depth-3\">[to R&amp;D]</inline>]"
            "</inline> and &lt;goals&gt;]</inline>"_s));
        // Opening words in italics, also inside a bracket.
        QVERIFY(text.contains(u"<p><i>Recalling</i> our "_s));
        QVERIFY(text.contains(
            u"<p><inline name=\"bracket\" class=\"depth-1\"><i>[Request]</i></inline> a report"_s));

        // Alternatives: number, group and delegations, the label kept.
        QCOMPARE(parsed.alternatives.size(), 2);
        QCOMPARE(parsed.alternatives[0].value(u"class"_s), u"alt-1 group-1 depth-1"_s);
        QCOMPARE(parsed.alternatives[0].value(u"refersTo"_s), u"#delegation_EU #delegation_US"_s);
        QCOMPARE(parsed.alternatives[1].value(u"class"_s), u"alt-2 group-1 depth-1"_s);
        QCOMPARE(parsed.alternatives[1].value(u"refersTo"_s), u"#delegation_RU"_s);
        QCOMPARE(parsed.organizations.value(u"delegation_EU"_s), u"EU"_s);
        QCOMPARE(parsed.organizations.value(u"delegation_RU"_s), u"RU"_s);
        QCOMPARE(parsed.organizations.value(u"author"_s), u"Conference secretariat"_s);
        QVERIFY(
            text.contains(u"<inline name=\"alternativeLabel\">Alt 2 (RU): </inline>enhance]"_s));

        // References read as the target's number and point at its eId.
        QVERIFY(text.contains(u"<ref href=\"#para_2bis\">2 bis</ref>"_s));
        QVERIFY(text.contains(u"<ref href=\"#para_1\">1</ref>"_s));
        QVERIFY(text.contains(u"<ref href=\"#preamble__recital_1\">PP1</ref>"_s));

        // eIds from numbers, wIds from identifiers, elements by kind.
        QCOMPARE(parsed.eIdByWId.value(u"para_oper0002"_s), u"para_2bis"_s);
        QCOMPARE(parsed.eIdByWId.value(u"subpara_subp0002"_s), u"para_1__subpara_b"_s);
        QCOMPARE(parsed.eIdByWId.value(u"point_subs0001"_s), u"para_1__subpara_b__point_i"_s);
        QCOMPARE(parsed.eIdByWId.value(u"item_preas002"_s),
                 u"preamble__recital_2__list_1__item_a__list_1__item_i"_s);
        QCOMPARE(parsed.elementByWId.value(u"sec_head0001"_s), u"section"_s);
        QCOMPARE(parsed.eIdByWId.value(u"sec_head0001"_s), u"sec_1"_s);
        QCOMPARE(parsed.elementByWId.value(u"para_oper0004"_s), u"paragraph"_s);

        // The deleted paragraph stays, marked removed; the draft is marked.
        QCOMPARE(parsed.statusByWId.value(u"para_oper0003"_s), u"removed"_s);
        QVERIFY(text.contains(u"<docStatus refersTo=\"#draft\">Draft</docStatus> \u2014 "
                              "<docStage>Rev.2</docStage>"_s));
        QVERIFY(text.contains(u"<FRBRalias value=\"0123456789abcdef0123456789abcdef01234567\" "
                              "name=\"revision\"/>"_s));
        QVERIFY(text.contains(u"<docDate date=\"2026-11-20\">20 November 2026</docDate>"_s));
        QVERIFY(text.contains(u"<FRBRuri value=\"/akn/un/statement/declaration/2026-11-20/"
                              "TEST-2026-L.1/eng@rev.2\"/>"_s));
    }

    void arabicStaysRightToLeft()
    {
        const Document document = readDocument(arabic());
        AkomaNtoso::Options options = draftOptions();
        checkExport(document, u"arabic"_s, options);
        const Result<QByteArray> xml = AkomaNtoso::write(document, options);
        QVERIFY(xml);
        const QString text = QString::fromUtf8(*xml);
        QCOMPARE(parse(*xml).frbrLanguage, u"ara"_s);
        QVERIFY(text.contains(u"<mainBody xml:lang=\"ar\">"_s));
        // Logical order kept, no direction marks added.
        QVERIFY(
            text.contains(u"<i>\u0646\u0642\u0631\u0631</i> \u0627\u0644\u062a\u0639\u0627"
                          "\u0648\u0646 &amp; &quot;\u0646\u0635&quot; &lt; <ref href=\"#preamble__"
                          "recital_1\">PP1</ref>."_s));
        QVERIFY(!text.contains(QChar(0x200F)));
        QVERIFY(!text.contains(QChar(0x202B)));
    }

    void identityOutlivesRenumbering()
    {
        Document document = readDocument(handBuilt);
        const Result<QByteArray> before = AkomaNtoso::write(document, draftOptions());
        QVERIFY(before);
        QCOMPARE(document.renumber() > 0, true);
        const Result<QByteArray> after = AkomaNtoso::write(document, draftOptions());
        QVERIFY(after);
        const Parsed a = parse(*before);
        const Parsed b = parse(*after);
        // 2 bis becomes 3 and 3 becomes 4: the same wIds, new eIds.
        QCOMPARE(a.eIdByWId.value(u"para_oper0002"_s), u"para_2bis"_s);
        QCOMPARE(b.eIdByWId.value(u"para_oper0002"_s), u"para_3"_s);
        QCOMPARE(b.eIdByWId.value(u"para_oper0004"_s), u"para_4"_s);
        QCOMPARE(a.eIdByWId.keys().size(), b.eIdByWId.keys().size());
        QVERIFY(QString::fromUtf8(*after).contains(u"<ref href=\"#para_3\">3</ref>"_s));
    }

    void structureEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("preamble only")
            << QByteArray("chapeau #aaaa0001 agreed: We,\n\npp #aaaa0002 agreed: *Noting* x,\n");
        QTest::newRow("orphan sub-paragraph")
            << QByteArray("heading #aaaa0001 agreed: Session\n\nsub #aaaa0002 agreed: loose;\n\n"
                          "op #aaaa0003 agreed: *Decide*;\n");
        QTest::newRow("preambular paragraph after operative")
            << QByteArray("op #aaaa0001 agreed: *Decide*;\n\npp #aaaa0002 agreed: *Noting* x,\n\n"
                          "sub #aaaa0003 agreed: y;\n\nchapeau #aaaa0004 agreed: We,\n");
        QTest::newRow("operative and narrative numbers together")
            << QByteArray("op #aaaa0001 agreed: *Decide*;\n\npara #aaaa0002 agreed: Text.\n\n"
                          "sub #aaaa0003 agreed: y;\n\nsub #aaaa0004 agreed: z;\n");
        QTest::newRow("empty and deleted heading")
            << QByteArray("heading #aaaa0001 deleted: Old\n\npara #aaaa0002 agreed:\n\n"
                          "heading #aaaa0003 agreed: Last\n");
        QTest::newRow("unbalanced brackets and missing reference")
            << QByteArray("op #aaaa0001 proposed: *Decide* [to ] act ] on {#zzzz9999} [x\n");
        QTest::newRow("alternative label with odd delegation codes")
            << QByteArray("op #aaaa0001 proposed: [Alt 1 (Group of 77, EU): a] [Alt 2: b] "
                          "[Alt 3 (G-77): c]\n");
        QTest::newRow("opening words across a bracket")
            << QByteArray("op #aaaa0001 proposed: *Decides [to* act] [[now]]\n");
    }

    void structureEdgeCases()
    {
        QFETCH(QByteArray, body);
        const ReadResult read = DocumentReader::read(
            "format: plenary 1\ntitle: Edge\nkind: summary\nlanguage: fr\ndate: 2026-11-20\n\n" +
            body);
        QVERIFY(!read.document.paragraphs.isEmpty());
        AkomaNtoso::Options options = draftOptions();
        options.draft = false;
        checkExport(read.document, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'),
                    options);
    }

    void refusesWhatXmlCannotCarry()
    {
        Document document = readDocument(handBuilt);
        document.paragraphs[5].text = u"*Decide* to \u0007act;"_s;
        const Result<QByteArray> xml = AkomaNtoso::write(document, draftOptions());
        QVERIFY(!xml);
        QCOMPARE(xml.error().message,
                 u"OP1 (#oper0001), character 13: U+0007 cannot be written in XML"_s);

        Document header = readDocument(handBuilt);
        header.header.conference = u"A\u0001B"_s;
        const Result<QByteArray> bad = AkomaNtoso::write(header, draftOptions());
        QVERIFY(!bad);
        QCOMPARE(bad.error().message,
                 u"header field 'conference': character U+0001 cannot be written in XML"_s);

        AkomaNtoso::Options options = draftOptions();
        options.author = u"Secr\uFFFEtariat"_s;
        const Result<QByteArray> badOption = AkomaNtoso::write(readDocument(handBuilt), options);
        QVERIFY(!badOption);
        QCOMPARE(badOption.error().message,
                 u"the author holds character U+FFFE, which XML cannot carry"_s);
    }

    void needsADate()
    {
        Document document = readDocument(handBuilt);
        document.header.date.clear();
        AkomaNtoso::Options options = draftOptions();
        options.date = QDate();
        const Result<QByteArray> none = AkomaNtoso::write(document, options);
        QVERIFY(!none);
        QCOMPARE(none.error().message,
                 u"the document has no date: give it a 'date' header field or export a revision "
                 "with a date"_s);

        document.header.date = u"20/11/2026"_s;
        const Result<QByteArray> bad = AkomaNtoso::write(document, options);
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, u"the document's date '20/11/2026' is not of the form "
                                      "YYYY-MM-DD, and no revision date was given"_s);

        // The revision's date stands in for the document's.
        options.date = QDate(2026, 11, 18);
        const Result<QByteArray> dated = AkomaNtoso::write(document, options);
        QVERIFY(dated);
        QVERIFY(QString::fromUtf8(*dated).contains(
            u"<FRBRdate date=\"2026-11-18\" name=\"issued\"/>"_s));
        QCOMPARE(validate(*dated, u"dated"_s), QString());
    }

    // The validation itself: a statement without its name, or an eId used twice, is refused.
    void schemaRefusesInvalidFiles()
    {
        const Result<QByteArray> xml = AkomaNtoso::write(readDocument(handBuilt), draftOptions());
        QVERIFY(xml);
        QByteArray unnamed = *xml;
        unnamed.replace(R"( name="declaration")", "");
        QVERIFY(validate(unnamed, u"unnamed"_s).contains(u"name"_s));
        QByteArray twice = *xml;
        twice.replace(R"(eId="para_2bis")", R"(eId="para_1")");
        QVERIFY(!validate(twice, u"twice"_s).isEmpty());
    }

    void languageCode_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("code");
        QTest::newRow("English") << u"en"_s << u"eng"_s;
        QTest::newRow("French") << u"fr"_s << u"fra"_s;
        QTest::newRow("Spanish") << u"es"_s << u"spa"_s;
        QTest::newRow("Russian") << u"ru"_s << u"rus"_s;
        QTest::newRow("Arabic") << u"ar"_s << u"ara"_s;
        QTest::newRow("Chinese, simplified") << u"zh-Hans"_s << u"zho"_s;
        QTest::newRow("Uzbek, Latin") << u"uz-Latn"_s << u"uzb"_s;
        QTest::newRow("unknown tag") << u"qaa"_s << u"qaa"_s;
    }

    void languageCode()
    {
        QFETCH(QString, tag);
        QFETCH(QString, code);
        QCOMPARE(AkomaNtoso::languageCode(tag), code);
    }
};

QTEST_GUILESS_MAIN(TestAkomaNtoso)
#include "tst_akomantoso.moc"
