#include "akomantoso.h"

#include "document/numbering.h"
#include "document/paragraphid.h"
#include "document/paragraphmarkup.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QXmlStreamWriter>
#include <algorithm>

namespace plenary {

namespace {

const QString aknNamespace = QStringLiteral("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");

// The first character XML 1.0 cannot carry (controls other than tab, LF and CR, U+FFFE, U+FFFF,
// a surrogate without its pair), or -1.
qsizetype firstNonXmlCharacter(QStringView text, char32_t &character)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || c.isSurrogate() ||
            u == 0xFFFE || u == 0xFFFF) {
            character = u;
            return i;
        }
    }
    return -1;
}

QString codePoint(char32_t c)
{
    return QLatin1String("U+") +
           QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// "5 bis" → "5bis", "(a bis)" → "abis": a number as a component of an eId.
QString eIdNumber(const QString &label)
{
    QString out;
    for (const QChar c : label)
        if (c != QLatin1Char(' ') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
            c != QLatin1Char('.'))
            out += c;
    return out;
}

// A component of an eId or URI from free text: ASCII letters, digits, '-' and '.' kept, every
// other character '-'.
QString idComponent(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                          (u >= u'0' && u <= u'9') || u == u'-' || u == u'.';
        out += keep ? c : QLatin1Char('-');
    }
    return out;
}

QString statusConcept(ParagraphStatus status)
{
    return QLatin1String("status_") + statusKeyword(status);
}

class Writer
{
public:
    Writer(const Document &document, const AkomaNtoso::Options &options)
        : m_document(document), m_options(options), m_numbering(document), m_xml(&m_out)
    {
    }

    Result<QByteArray> write();

private:
    [[nodiscard]] Result<void> checkCharacters() const;
    void layOut();
    void assignIds();
    QString claimEId(QString eId, const Paragraph &p);

    void writeMeta();
    void writeReferences();
    void writePreface();
    void writePreamble();
    void writeMainBody();

    void writeHierarchy(qsizetype index);
    void writeRecital(qsizetype index);
    void writeListItem(qsizetype index);
    void writeBlockList(qsizetype parent);
    void writeParagraphAttributes(qsizetype index);
    void writeBlock(const QString &element, qsizetype index);
    void writeInline(qsizetype index);
    void writeAttributeIfSet(const QString &name, const QString &value);

    QString workUri() const;
    QString expressionUri() const;

    const Document &m_document;
    const AkomaNtoso::Options &m_options;
    const Numbering m_numbering;
    QByteArray m_out;
    QXmlStreamWriter m_xml;

    QDate m_workDate;
    QDate m_expressionDate;
    qsizetype m_preambleEnd = 0;        // paragraphs before this index form the preamble
    QList<QList<qsizetype>> m_children; // sub-paragraphs of each paragraph, in order
    QList<QString> m_eIds;              // eId of each paragraph's element
    QSet<QString> m_usedEIds;
    QHash<QString, qsizetype> m_indexById; // first paragraph with each identifier
    QList<QString> m_delegations;          // delegation codes of alternatives, first use first
    QHash<QString, QString> m_delegationEIds;
    QList<ParagraphStatus> m_statuses; // statuses used, in the order of the enum
};

Result<void> Writer::checkCharacters() const
{
    char32_t c = 0;
    const DocumentHeader &h = m_document.header;
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("title"), h.title},
        {QStringLiteral("language"), h.language},
        {QStringLiteral("conference"), h.conference},
        {QStringLiteral("symbol"), h.symbol},
        {QStringLiteral("distribution"), h.distribution},
        {QStringLiteral("date"), h.date},
        {QStringLiteral("original"), h.original},
    };
    for (const auto &[key, value] : fields)
        if (firstNonXmlCharacter(value, c) >= 0)
            return Error{Error::Kind::Invalid,
                         AkomaNtoso::tr("header field '%1': character %2 cannot be written in XML")
                             .arg(key, codePoint(c))};
    const QList<QPair<QString, QString>> options = {
        {AkomaNtoso::tr("symbol"), m_options.symbol},
        {AkomaNtoso::tr("revision label"), m_options.revisionLabel},
        {AkomaNtoso::tr("revision identifier"), m_options.revisionId},
        {AkomaNtoso::tr("author"), m_options.author},
    };
    for (const auto &[name, value] : options)
        if (firstNonXmlCharacter(value, c) >= 0)
            return Error{Error::Kind::Invalid,
                         AkomaNtoso::tr("the %1 holds character %2, which XML cannot carry")
                             .arg(name, codePoint(c))};
    for (qsizetype i = 0; i < m_document.paragraphs.size(); ++i) {
        const Paragraph &p = m_document.paragraphs[i];
        const qsizetype at = firstNonXmlCharacter(p.text, c);
        if (at >= 0)
            return Error{Error::Kind::Invalid,
                         AkomaNtoso::tr("%1 (#%2), character %3: %4 cannot be written in XML")
                             .arg(m_numbering.reference(i), p.id)
                             .arg(at + 1)
                             .arg(codePoint(c))};
    }
    return {};
}

// The preamble is the run of chapeaux and preambular paragraphs (with their sub-paragraphs)
// that opens the text; everything from the first other paragraph on is the main body.
void Writer::layOut()
{
    const QList<Paragraph> &paragraphs = m_document.paragraphs;
    m_children.resize(paragraphs.size());
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const qsizetype parent = m_numbering.parent(i);
        if (parent >= 0)
            m_children[parent].append(i);
    }
    m_preambleEnd = 0;
    while (m_preambleEnd < paragraphs.size()) {
        const Paragraph &p = paragraphs[m_preambleEnd];
        const bool preambular = p.kind == ParagraphKind::Chapeau ||
                                p.kind == ParagraphKind::Preambular ||
                                m_numbering.parent(m_preambleEnd) >= 0;
        if (!preambular)
            break;
        ++m_preambleEnd;
    }
}

QString Writer::claimEId(QString eId, const Paragraph &p)
{
    if (m_usedEIds.contains(eId)) {
        // Two paragraphs with the same number (operative and narrative paragraphs together, an
        // orphan sub-paragraph): the identifier tells them apart.
        const QString base = eId + QLatin1Char('_') + idComponent(p.id);
        eId = base;
        for (int n = 2; m_usedEIds.contains(eId); ++n)
            eId = base + QLatin1Char('_') + QString::number(n);
    }
    m_usedEIds.insert(eId);
    return eId;
}

void Writer::assignIds()
{
    const QList<Paragraph> &paragraphs = m_document.paragraphs;
    m_eIds.resize(paragraphs.size());
    int chapeaux = 0, preambular = 0, headings = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        if (!m_indexById.contains(p.id))
            m_indexById.insert(p.id, i); // a later duplicate does not replace the first
        const bool inPreamble = i < m_preambleEnd;
        const qsizetype parent = m_numbering.parent(i);
        QString eId;
        switch (p.kind) {
        case ParagraphKind::Chapeau:
            ++chapeaux;
            eId = inPreamble ? QStringLiteral("preamble__formula_%1").arg(chapeaux)
                             : QStringLiteral("hcontainer_chapeau_%1").arg(chapeaux);
            break;
        case ParagraphKind::Preambular:
            ++preambular;
            eId = inPreamble ? QStringLiteral("preamble__recital_%1").arg(preambular)
                             : QStringLiteral("hcontainer_recital_%1").arg(preambular);
            break;
        case ParagraphKind::Heading:
            eId = QStringLiteral("sec_%1").arg(++headings);
            break;
        case ParagraphKind::Operative:
        case ParagraphKind::Narrative:
            eId = QLatin1String("para_") + eIdNumber(m_numbering.label(i));
            break;
        case ParagraphKind::Sub:
        case ParagraphKind::SubSub: {
            const QString mark = eIdNumber(m_numbering.label(i));
            if (parent >= 0 && inPreamble)
                eId = m_eIds[parent] + QLatin1String("__list_1__item_") + mark;
            else if (parent >= 0)
                eId = m_eIds[parent] +
                      (p.kind == ParagraphKind::Sub ? QLatin1String("__subpara_")
                                                    : QLatin1String("__point_")) +
                      mark;
            else
                eId = (p.kind == ParagraphKind::Sub ? QLatin1String("subpara_")
                                                    : QLatin1String("point_")) +
                      mark;
            break;
        }
        }
        m_eIds[i] = claimEId(eId, p);

        if (!m_statuses.contains(p.status))
            m_statuses.append(p.status);
        const ParagraphMarkup markup = ParagraphMarkup::analyse(p.text);
        for (const Alternative &alt : markup.alternatives)
            for (const QString &code : alt.delegations)
                if (!m_delegationEIds.contains(code)) {
                    QString eId = QLatin1String("delegation_") + idComponent(code);
                    const QString base = eId;
                    for (int n = 2; m_usedEIds.contains(eId); ++n)
                        eId = base + QLatin1Char('_') + QString::number(n);
                    m_usedEIds.insert(eId);
                    m_delegations.append(code);
                    m_delegationEIds.insert(code, eId);
                }
    }
    std::sort(m_statuses.begin(), m_statuses.end());
}

Result<QByteArray> Writer::write()
{
    if (Result<void> checked = checkCharacters(); !checked)
        return checked.error();

    const QDate headerDate = QDate::fromString(m_document.header.date, Qt::ISODate);
    m_workDate = headerDate.isValid() ? headerDate : m_options.date;
    m_expressionDate = m_options.date.isValid() ? m_options.date : headerDate;
    if (!m_workDate.isValid())
        return Error{Error::Kind::Invalid,
                     m_document.header.date.isEmpty()
                         ? AkomaNtoso::tr("the document has no date: give it a 'date' header "
                                          "field or export a revision with a date")
                         : AkomaNtoso::tr("the document's date '%1' is not of the form "
                                          "YYYY-MM-DD, and no revision date was given")
                               .arg(m_document.header.date)};

    layOut();
    assignIds();

    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(aknNamespace);
    m_xml.writeStartElement(aknNamespace, QStringLiteral("akomaNtoso"));
    m_xml.writeStartElement(aknNamespace, QStringLiteral("statement"));
    m_xml.writeAttribute(QStringLiteral("name"), documentKindKeyword(m_document.header.kind));
    m_xml.writeAttribute(QStringLiteral("contains"), QStringLiteral("originalVersion"));
    writeMeta();
    writePreface();
    writePreamble();
    writeMainBody();
    m_xml.writeEndElement(); // statement
    m_xml.writeEndElement(); // akomaNtoso
    m_xml.writeEndDocument();
    return m_out;
}

QString Writer::workUri() const
{
    const QString symbol =
        m_document.header.symbol.isEmpty() ? m_options.symbol : m_document.header.symbol;
    QString number = symbol;
    number.replace(QLatin1Char('/'), QLatin1Char('-'));
    number = QString::fromLatin1(QUrl::toPercentEncoding(number, "-._~"));
    if (number.isEmpty())
        number = QStringLiteral("nn"); // Akoma Ntoso's "no number"
    const QString kind = documentKindKeyword(m_document.header.kind);
    return QLatin1String("/akn/un/statement/") + kind + QLatin1Char('/') +
           m_workDate.toString(Qt::ISODate) + QLatin1Char('/') + number;
}

QString Writer::expressionUri() const
{
    QString version = m_options.revisionLabel.toLower();
    version = QString::fromLatin1(QUrl::toPercentEncoding(version, "-._~"));
    if (version.isEmpty())
        version = m_expressionDate.toString(Qt::ISODate);
    return workUri() + QLatin1Char('/') + AkomaNtoso::languageCode(m_document.header.language) +
           QLatin1Char('@') + version;
}

void Writer::writeMeta()
{
    auto empty = [this](const char *element, std::initializer_list<QPair<QString, QString>> attrs) {
        m_xml.writeEmptyElement(aknNamespace, QLatin1String(element));
        for (const auto &[name, value] : attrs)
            m_xml.writeAttribute(name, value);
    };
    const QString value = QStringLiteral("value");
    const QString author = QStringLiteral("#author");
    const QString work = workUri();
    const QString expression = expressionUri();
    const QString symbol = m_options.symbol.isEmpty() ? m_document.header.symbol : m_options.symbol;
    const QString baseSymbol =
        m_document.header.symbol.isEmpty() ? m_options.symbol : m_document.header.symbol;

    m_xml.writeStartElement(aknNamespace, QStringLiteral("meta"));
    m_xml.writeStartElement(aknNamespace, QStringLiteral("identification"));
    m_xml.writeAttribute(QStringLiteral("source"), author);

    m_xml.writeStartElement(aknNamespace, QStringLiteral("FRBRWork"));
    empty("FRBRthis", {{value, work + QLatin1String("/!main")}});
    empty("FRBRuri", {{value, work}});
    empty("FRBRdate", {{QStringLiteral("date"), m_workDate.toString(Qt::ISODate)},
                       {QStringLiteral("name"), QStringLiteral("issued")}});
    empty("FRBRauthor", {{QStringLiteral("href"), author}});
    empty("FRBRcountry", {{value, QStringLiteral("un")}});
    empty("FRBRsubtype", {{value, documentKindKeyword(m_document.header.kind)}});
    if (!baseSymbol.isEmpty())
        empty("FRBRnumber", {{value, baseSymbol}});
    if (!m_document.header.title.isEmpty())
        empty("FRBRname", {{value, m_document.header.title}});
    m_xml.writeEndElement();

    m_xml.writeStartElement(aknNamespace, QStringLiteral("FRBRExpression"));
    empty("FRBRthis", {{value, expression + QLatin1String("/!main")}});
    empty("FRBRuri", {{value, expression}});
    if (!m_options.revisionId.isEmpty())
        empty("FRBRalias", {{value, m_options.revisionId},
                            {QStringLiteral("name"), QStringLiteral("revision")}});
    if (!symbol.isEmpty())
        empty("FRBRalias", {{value, symbol}, {QStringLiteral("name"), QStringLiteral("symbol")}});
    empty("FRBRdate", {{QStringLiteral("date"), m_expressionDate.toString(Qt::ISODate)},
                       {QStringLiteral("name"), QStringLiteral("revision")}});
    empty("FRBRauthor", {{QStringLiteral("href"), author}});
    if (!m_options.revisionLabel.isEmpty())
        empty("FRBRversionNumber", {{value, m_options.revisionLabel}});
    empty("FRBRauthoritative",
          {{value, m_options.draft ? QStringLiteral("false") : QStringLiteral("true")}});
    empty("FRBRlanguage",
          {{QStringLiteral("language"), AkomaNtoso::languageCode(m_document.header.language)}});
    m_xml.writeEndElement();

    m_xml.writeStartElement(aknNamespace, QStringLiteral("FRBRManifestation"));
    empty("FRBRthis", {{value, expression + QLatin1String("/!main.xml")}});
    empty("FRBRuri", {{value, expression + QLatin1String(".akn")}});
    empty("FRBRdate", {{QStringLiteral("date"), m_expressionDate.toString(Qt::ISODate)},
                       {QStringLiteral("name"), QStringLiteral("generation")}});
    empty("FRBRauthor", {{QStringLiteral("href"), author}});
    empty("FRBRformat", {{value, QStringLiteral("application/akn+xml")}});
    m_xml.writeEndElement();

    m_xml.writeEndElement(); // identification
    writeReferences();
    m_xml.writeEndElement(); // meta
}

void Writer::writeReferences()
{
    auto reference = [this](const char *element, const QString &eId, const QString &href,
                            const QString &showAs) {
        m_xml.writeEmptyElement(aknNamespace, QLatin1String(element));
        m_xml.writeAttribute(QStringLiteral("eId"), eId);
        m_xml.writeAttribute(QStringLiteral("href"), href);
        m_xml.writeAttribute(QStringLiteral("showAs"), showAs);
    };
    QString author = m_options.author;
    if (author.isEmpty())
        author = m_document.header.conference;
    if (author.isEmpty())
        author = AkomaNtoso::tr("Secretariat");

    m_xml.writeStartElement(aknNamespace, QStringLiteral("references"));
    m_xml.writeAttribute(QStringLiteral("source"), QStringLiteral("#author"));
    reference("TLCOrganization", QStringLiteral("author"),
              QLatin1String("/ontology/organization/un/") + idComponent(author).toLower(), author);
    for (const QString &code : m_delegations)
        reference("TLCOrganization", m_delegationEIds.value(code),
                  QLatin1String("/ontology/organization/delegation/") + idComponent(code), code);
    if (m_options.draft)
        reference("TLCConcept", QStringLiteral("draft"),
                  QStringLiteral("/ontology/concept/plenary/draft"), AkomaNtoso::tr("Draft"));
    for (const ParagraphStatus status : m_statuses)
        reference("TLCConcept", statusConcept(status),
                  QLatin1String("/ontology/concept/plenary/status/") + statusKeyword(status),
                  statusName(status));
    m_xml.writeEndElement();
}

void Writer::writePreface()
{
    const DocumentHeader &header = m_document.header;
    const QString symbol = m_options.symbol.isEmpty() ? header.symbol : m_options.symbol;
    m_xml.writeStartElement(aknNamespace, QStringLiteral("preface"));
    writeAttributeIfSet(QStringLiteral("xml:lang"), header.language);

    auto line = [this](const QString &cssClass) {
        m_xml.writeStartElement(aknNamespace, QStringLiteral("p"));
        m_xml.writeAttribute(QStringLiteral("class"), cssClass);
        m_xml.setAutoFormatting(false);
    };
    auto endLine = [this] {
        m_xml.writeEndElement();
        m_xml.setAutoFormatting(true);
    };
    // "Distr.: <inline name="distribution" class="limited">Limited</inline>": a masthead line
    // whose label is translated and whose value is marked with what it stands for.
    auto labelled = [&](const QString &cssClass, const QString &label, const QString &inlineName,
                        const QString &attribute, const QString &attributeValue,
                        const QString &value) {
        line(cssClass);
        const qsizetype at = label.indexOf(QLatin1String("%1"));
        m_xml.writeCharacters(label.left(at));
        m_xml.writeStartElement(aknNamespace, QStringLiteral("inline"));
        m_xml.writeAttribute(QStringLiteral("name"), inlineName);
        m_xml.writeAttribute(attribute, attributeValue);
        m_xml.writeCharacters(value);
        m_xml.writeEndElement();
        m_xml.writeCharacters(label.mid(at + 2));
        endLine();
    };

    if (!header.conference.isEmpty()) {
        line(QStringLiteral("conference"));
        m_xml.writeTextElement(aknNamespace, QStringLiteral("docAuthority"), header.conference);
        endLine();
    }
    if (!symbol.isEmpty()) {
        line(QStringLiteral("symbol"));
        m_xml.writeTextElement(aknNamespace, QStringLiteral("docNumber"), symbol);
        endLine();
    }
    if (!header.distribution.isEmpty())
        labelled(QStringLiteral("distribution"), AkomaNtoso::tr("Distr.: %1"),
                 QStringLiteral("distribution"), QStringLiteral("class"), header.distribution,
                 header.distributionName());
    if (!header.date.isEmpty()) {
        const QDate date = QDate::fromString(header.date, Qt::ISODate);
        line(QStringLiteral("date"));
        if (date.isValid()) {
            // The date reads in the language of the text, as the masthead of the page does.
            m_xml.writeStartElement(aknNamespace, QStringLiteral("docDate"));
            m_xml.writeAttribute(QStringLiteral("date"), date.toString(Qt::ISODate));
            m_xml.writeCharacters(QLocale(header.language).toString(date, u"d MMMM yyyy"));
            m_xml.writeEndElement();
        } else {
            m_xml.writeCharacters(header.date);
        }
        endLine();
    }
    if (!header.original.isEmpty())
        labelled(QStringLiteral("original"), AkomaNtoso::tr("Original: %1"),
                 QStringLiteral("originalLanguage"), QStringLiteral("xml:lang"), header.original,
                 header.originalLanguageName());
    if (m_options.draft) {
        line(QStringLiteral("status"));
        m_xml.writeStartElement(aknNamespace, QStringLiteral("docStatus"));
        m_xml.writeAttribute(QStringLiteral("refersTo"), QStringLiteral("#draft"));
        m_xml.writeCharacters(AkomaNtoso::tr("Draft"));
        m_xml.writeEndElement();
        const QString stage = m_options.revisionLabel.isEmpty() ? m_options.revisionId.left(7)
                                                                : m_options.revisionLabel;
        if (!stage.isEmpty()) {
            m_xml.writeCharacters(QStringLiteral(" \u2014 "));
            m_xml.writeTextElement(aknNamespace, QStringLiteral("docStage"), stage);
        }
        endLine();
    }
    m_xml.writeStartElement(aknNamespace, QStringLiteral("longTitle"));
    m_xml.writeStartElement(aknNamespace, QStringLiteral("p"));
    m_xml.setAutoFormatting(false);
    m_xml.writeTextElement(aknNamespace, QStringLiteral("docTitle"), header.title);
    endLine();
    m_xml.writeEndElement(); // longTitle
    m_xml.writeEndElement(); // preface
}

void Writer::writePreamble()
{
    if (m_preambleEnd == 0)
        return;
    m_xml.writeStartElement(aknNamespace, QStringLiteral("preamble"));
    writeAttributeIfSet(QStringLiteral("xml:lang"), m_document.header.language);
    int recitalGroups = 0;
    bool inRecitals = false;
    for (qsizetype i = 0; i < m_preambleEnd; ++i) {
        const Paragraph &p = m_document.paragraphs[i];
        if (m_numbering.parent(i) >= 0)
            continue; // written inside its parent
        const bool recital = p.kind == ParagraphKind::Preambular;
        if (recital && !inRecitals) {
            m_xml.writeStartElement(aknNamespace, QStringLiteral("recitals"));
            m_xml.writeAttribute(QStringLiteral("eId"),
                                 QStringLiteral("preamble__recitals_%1").arg(++recitalGroups));
            inRecitals = true;
        } else if (!recital && inRecitals) {
            m_xml.writeEndElement();
            inRecitals = false;
        }
        if (recital) {
            writeRecital(i);
        } else {
            m_xml.writeStartElement(aknNamespace, QStringLiteral("formula"));
            m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("chapeau"));
            writeParagraphAttributes(i);
            writeBlock(QStringLiteral("p"), i);
            m_xml.writeEndElement();
        }
    }
    if (inRecitals)
        m_xml.writeEndElement();
    m_xml.writeEndElement(); // preamble
}

void Writer::writeRecital(qsizetype index)
{
    m_xml.writeStartElement(aknNamespace, QStringLiteral("recital"));
    writeParagraphAttributes(index);
    writeBlock(QStringLiteral("p"), index);
    writeBlockList(index);
    m_xml.writeEndElement();
}

// Sub-paragraphs of a preambular paragraph: recitals hold blocks, not a hierarchy, so they are
// a list of lettered items.
void Writer::writeBlockList(qsizetype parent)
{
    if (m_children[parent].isEmpty())
        return;
    m_xml.writeStartElement(aknNamespace, QStringLiteral("blockList"));
    m_xml.writeAttribute(QStringLiteral("eId"), m_eIds[parent] + QLatin1String("__list_1"));
    for (const qsizetype child : m_children[parent])
        writeListItem(child);
    m_xml.writeEndElement();
}

void Writer::writeListItem(qsizetype index)
{
    m_xml.writeStartElement(aknNamespace, QStringLiteral("item"));
    writeParagraphAttributes(index);
    m_xml.writeTextElement(aknNamespace, QStringLiteral("num"), m_numbering.label(index));
    writeBlock(QStringLiteral("p"), index);
    writeBlockList(index);
    m_xml.writeEndElement();
}

void Writer::writeMainBody()
{
    m_xml.writeStartElement(aknNamespace, QStringLiteral("mainBody"));
    writeAttributeIfSet(QStringLiteral("xml:lang"), m_document.header.language);
    const qsizetype count = m_document.paragraphs.size();
    if (m_preambleEnd == count) {
        // The schema wants the main body to hold something; a text of only a preamble has an
        // empty one.
        m_xml.writeEmptyElement(aknNamespace, QStringLiteral("p"));
    }
    bool inSection = false;
    for (qsizetype i = m_preambleEnd; i < count; ++i) {
        const Paragraph &p = m_document.paragraphs[i];
        if (m_numbering.parent(i) >= 0)
            continue; // written inside its parent
        if (p.kind != ParagraphKind::Heading) {
            writeHierarchy(i);
            continue;
        }
        if (inSection)
            m_xml.writeEndElement();
        m_xml.writeStartElement(aknNamespace, QStringLiteral("section"));
        m_xml.writeAttribute(QStringLiteral("eId"), m_eIds[i]);
        if (ParagraphId::isValid(p.id))
            m_xml.writeAttribute(QStringLiteral("wId"), QLatin1String("sec_") + p.id);
        // The heading's own status: a deleted heading does not remove the section's paragraphs.
        m_xml.writeStartElement(aknNamespace, QStringLiteral("heading"));
        m_xml.writeAttribute(QStringLiteral("refersTo"),
                             QLatin1Char('#') + statusConcept(p.status));
        if (p.isDeleted())
            m_xml.writeAttribute(QStringLiteral("status"), QStringLiteral("removed"));
        m_xml.setAutoFormatting(false);
        writeInline(i);
        m_xml.writeEndElement();
        m_xml.setAutoFormatting(true);
        inSection = true;
    }
    if (inSection)
        m_xml.writeEndElement();
    m_xml.writeEndElement(); // mainBody
}

void Writer::writeHierarchy(qsizetype index)
{
    const Paragraph &p = m_document.paragraphs[index];
    QString element;
    QString name;
    switch (p.kind) {
    case ParagraphKind::Operative:
    case ParagraphKind::Narrative:
        element = QStringLiteral("paragraph");
        break;
    case ParagraphKind::Sub:
        element = QStringLiteral("subparagraph");
        break;
    case ParagraphKind::SubSub:
        element = QStringLiteral("point");
        break;
    case ParagraphKind::Chapeau:
        element = QStringLiteral("hcontainer");
        name = QStringLiteral("chapeau");
        break;
    case ParagraphKind::Preambular:
        element = QStringLiteral("hcontainer");
        name = QStringLiteral("recital");
        break;
    case ParagraphKind::Heading:
        return; // sections are opened by writeMainBody
    }
    m_xml.writeStartElement(aknNamespace, element);
    writeAttributeIfSet(QStringLiteral("name"), name);
    writeParagraphAttributes(index);
    QString label = m_numbering.label(index);
    if (!label.isEmpty()) {
        if (p.kind == ParagraphKind::Operative || p.kind == ParagraphKind::Narrative)
            label += QLatin1Char('.');
        m_xml.writeTextElement(aknNamespace, QStringLiteral("num"), label);
    }
    if (m_children[index].isEmpty()) {
        m_xml.writeStartElement(aknNamespace, QStringLiteral("content"));
        writeBlock(QStringLiteral("p"), index);
        m_xml.writeEndElement();
    } else {
        m_xml.writeStartElement(aknNamespace, QStringLiteral("intro"));
        writeBlock(QStringLiteral("p"), index);
        m_xml.writeEndElement();
        for (const qsizetype child : m_children[index])
            writeHierarchy(child);
    }
    m_xml.writeEndElement();
}

void Writer::writeParagraphAttributes(qsizetype index)
{
    const Paragraph &p = m_document.paragraphs[index];
    m_xml.writeAttribute(QStringLiteral("eId"), m_eIds[index]);
    if (ParagraphId::isValid(p.id)) {
        // The element's name as Akoma Ntoso abbreviates it, then the permanent identifier.
        QString prefix = m_eIds[index].section(QLatin1String("__"), -1);
        prefix = prefix.left(prefix.indexOf(QLatin1Char('_')));
        m_xml.writeAttribute(QStringLiteral("wId"), prefix + QLatin1Char('_') + p.id);
    }
    m_xml.writeAttribute(QStringLiteral("refersTo"), QLatin1Char('#') + statusConcept(p.status));
    if (p.isDeleted())
        m_xml.writeAttribute(QStringLiteral("status"), QStringLiteral("removed"));
}

void Writer::writeBlock(const QString &element, qsizetype index)
{
    m_xml.writeStartElement(aknNamespace, element);
    m_xml.setAutoFormatting(false); // whitespace inside a block would change the text
    writeInline(index);
    m_xml.writeEndElement();
    m_xml.setAutoFormatting(true);
}

void Writer::writeAttributeIfSet(const QString &name, const QString &value)
{
    if (!value.isEmpty())
        m_xml.writeAttribute(name, value);
}

// One paragraph's text as mixed content. Brackets nest properly (they are matched pairwise), so
// each becomes an element; opening words can straddle a bracket, so they are written as <i>
// around each run of text inside them rather than as one element.
void Writer::writeInline(qsizetype index)
{
    const QString &text = m_document.paragraphs[index].text;
    const ParagraphMarkup markup = ParagraphMarkup::analyse(text);
    const qsizetype n = text.size();

    QHash<int, const Alternative *> alternativeOfSpan;
    for (const Alternative &alt : markup.alternatives)
        alternativeOfSpan.insert(alt.span, &alt);
    QSet<qsizetype> unbalanced;
    for (const MarkupProblem &problem : markup.problems)
        if (problem.kind == MarkupProblem::Kind::UnclosedBracket ||
            problem.kind == MarkupProblem::Kind::StrayBracket)
            unbalanced.insert(problem.position);

    QString run;
    bool runItalic = false;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (runItalic)
            m_xml.writeTextElement(aknNamespace, QStringLiteral("i"), run);
        else
            m_xml.writeCharacters(run);
        run.clear();
    };
    auto italicAt = [&](qsizetype i) {
        return markup.hasLead() && i > 0 && i < markup.leadEnd;
    };

    QList<qsizetype> openEnds; // end index of each open element, innermost last
    qsizetype labelEnd = -1;   // end of an open alternative label, or -1
    int nextSpan = 0;
    qsizetype nextRef = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (labelEnd == i) {
            flush();
            m_xml.writeEndElement();
            labelEnd = -1;
        }
        while (!openEnds.isEmpty() && openEnds.last() == i) {
            flush();
            m_xml.writeEndElement();
            openEnds.removeLast();
        }
        if (i == n)
            break;
        if (nextSpan < markup.spans.size() && markup.spans[nextSpan].begin == i) {
            const BracketSpan &span = markup.spans[nextSpan];
            flush();
            m_xml.writeStartElement(aknNamespace, QStringLiteral("inline"));
            const Alternative *alt = alternativeOfSpan.value(nextSpan);
            if (alt) {
                QStringList refersTo;
                for (const QString &code : alt->delegations)
                    refersTo.append(QLatin1Char('#') + m_delegationEIds.value(code));
                m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("alternative"));
                m_xml.writeAttribute(QStringLiteral("class"),
                                     QStringLiteral("alt-%1 group-%2 depth-%3")
                                         .arg(alt->number)
                                         .arg(alt->group + 1)
                                         .arg(span.depth));
                m_xml.writeAttribute(QStringLiteral("title"),
                                     alt->delegations.isEmpty()
                                         ? AkomaNtoso::tr("Alternative %1").arg(alt->number)
                                         : AkomaNtoso::tr("Alternative %1 (%2)")
                                               .arg(alt->number)
                                               .arg(alt->delegations.join(QLatin1String(", "))));
                writeAttributeIfSet(QStringLiteral("refersTo"), refersTo.join(QLatin1Char(' ')));
            } else {
                m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("bracket"));
                m_xml.writeAttribute(QStringLiteral("class"),
                                     QStringLiteral("depth-%1").arg(span.depth));
            }
            openEnds.append(span.end);
            ++nextSpan;
            run += text[i]; // the '[' itself, kept
            runItalic = italicAt(i);
            // The "Alt N (…): " label, unless another bracket or a reference starts inside it
            // (then it could not nest and stays plain text).
            if (alt) {
                const bool spanInside = nextSpan < markup.spans.size() &&
                                        markup.spans[nextSpan].begin < alt->contentBegin;
                const bool refInside = nextRef < markup.crossReferences.size() &&
                                       markup.crossReferences[nextRef].begin < alt->contentBegin;
                if (!spanInside && !refInside && alt->contentBegin > i + 1 &&
                    alt->contentBegin < span.end) {
                    flush();
                    m_xml.writeStartElement(aknNamespace, QStringLiteral("inline"));
                    m_xml.writeAttribute(QStringLiteral("name"),
                                         QStringLiteral("alternativeLabel"));
                    labelEnd = alt->contentBegin;
                }
            }
            continue;
        }
        if (nextRef < markup.crossReferences.size() && markup.crossReferences[nextRef].begin == i) {
            const CrossReference &ref = markup.crossReferences[nextRef++];
            flush();
            const bool italic = italicAt(i);
            if (italic)
                m_xml.writeStartElement(aknNamespace, QStringLiteral("i"));
            const qsizetype target = m_indexById.value(ref.id, -1);
            if (target >= 0) {
                m_xml.writeStartElement(aknNamespace, QStringLiteral("ref"));
                m_xml.writeAttribute(QStringLiteral("href"), QLatin1Char('#') + m_eIds[target]);
                m_xml.writeCharacters(m_numbering.citation(target));
                m_xml.writeEndElement();
            } else {
                // A reference to no paragraph of this text: kept as written, marked.
                m_xml.writeStartElement(aknNamespace, QStringLiteral("inline"));
                m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("missingReference"));
                m_xml.writeCharacters(text.mid(i, ref.length));
                m_xml.writeEndElement();
            }
            if (italic)
                m_xml.writeEndElement();
            i += ref.length - 1;
            continue;
        }
        if (markup.hasLead() && (i == 0 || i == markup.leadEnd))
            continue; // the asterisks around the opening words
        if (unbalanced.contains(i)) {
            flush();
            m_xml.writeStartElement(aknNamespace, QStringLiteral("inline"));
            m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("unbalancedBracket"));
            m_xml.writeCharacters(QString(text[i]));
            m_xml.writeEndElement();
            continue;
        }
        const bool italic = italicAt(i);
        if (italic != runItalic)
            flush();
        runItalic = italic;
        run += text[i];
    }
    flush();
}

} // namespace

QString AkomaNtoso::languageCode(const QString &bcp47)
{
    const QString primary = bcp47.section(QLatin1Char('-'), 0, 0).toLower();
    const QLocale::Language language = QLocale::codeToLanguage(primary);
    if (language != QLocale::AnyLanguage && language != QLocale::C) {
        for (const QLocale::LanguageCodeTypes type :
             {QLocale::LanguageCodeTypes(QLocale::ISO639Part2T),
              QLocale::LanguageCodeTypes(QLocale::ISO639Part2B),
              QLocale::LanguageCodeTypes(QLocale::ISO639Part3)}) {
            const QString code = QLocale::languageToCode(language, type);
            if (!code.isEmpty())
                return code;
        }
    }
    return primary;
}

Result<QByteArray> AkomaNtoso::write(const Document &document, const Options &options)
{
    Writer writer(document, options);
    return writer.write();
}

} // namespace plenary
