#include "odtdocument.h"

#include "document/numbering.h"
#include "document/paragraphmarkup.h"

#include <QDate>
#include <QLocale>
#include <QXmlStreamWriter>
#include <memory>
#include <zip.h>

#ifndef PLENARY_VERSION
#error "PLENARY_VERSION must be defined by the build (lib/CMakeLists.txt)"
#endif

namespace plenary {

using namespace Qt::StringLiterals;

namespace {

// The namespaces of the four XML parts, declared on each root element.
const QList<std::pair<QString, QString>> &namespaces()
{
    static const QList<std::pair<QString, QString>> list = {
        {u"office"_s, u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s},
        {u"style"_s, u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s},
        {u"text"_s, u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s},
        {u"fo"_s, u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s},
        {u"svg"_s, u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_s},
        {u"meta"_s, u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"_s},
        {u"dc"_s, u"http://purl.org/dc/elements/1.1/"_s},
    };
    return list;
}

const QString kOdfVersion = u"1.2"_s;

// Where a character of a paragraph's text stands in the markup (as DocumentHtml reads it).
enum CharacterRole : quint8
{
    Lead = 1,       // opening words, in italics
    Bracket = 2,    // a '[' or ']' of a balanced span
    AltLabel = 4,   // "Alt 2 (RU, KZ):"
    Unbalanced = 8, // a bracket that is never closed, or closes nothing
    Hidden = 16,    // the asterisks around the opening words
};

bool isForbiddenControl(char16_t c)
{
    // XML 1.0 admits neither C0 controls (other than tab and line feed, which are written as
    // elements) nor lone surrogates; C1 controls and DEL are refused by the reader anyway.
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c <= 0x9f);
}

QString codePointName(char32_t c)
{
    return u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// One XML part of the package. Document text goes through text(), which writes ODF's
// white-space elements and keeps out what XML cannot hold; everything is escaped by
// QXmlStreamWriter.
class Part
{
public:
    Part() : m_xml(&m_bytes) {}

    void begin(const QString &root)
    {
        m_xml.writeStartDocument();
        for (const auto &[prefix, uri] : namespaces())
            m_xml.writeNamespace(uri, prefix);
        m_xml.writeStartElement(root);
        m_xml.writeAttribute(u"office:version"_s, kOdfVersion);
    }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return m_bytes;
    }

    void start(const QString &name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }
    void empty(const QString &name) { m_xml.writeEmptyElement(name); }
    void attribute(const QString &name, const QString &value) { m_xml.writeAttribute(name, value); }
    void element(const QString &name, const QString &characters)
    {
        m_xml.writeTextElement(name, characters);
    }
    QXmlStreamWriter &xml() { return m_xml; }

    // A new paragraph: ODF ignores white space at its start.
    void startParagraph(const QString &element, const QString &style)
    {
        start(element);
        attribute(u"text:style-name"_s, style);
        m_afterSpace = true;
    }

    void startSpan(const QString &style)
    {
        start(u"text:span"_s);
        attribute(u"text:style-name"_s, style);
    }

    void tab()
    {
        empty(u"text:tab"_s);
        m_afterSpace = true;
    }

    // Text as it reads: a space after white space becomes <text:s/>, which ODF does not
    // collapse; tabs and line feeds become elements; a bidirectional control is shown by its code
    // point, as the preview shows it, instead of silently reordering the text.
    void text(QStringView text)
    {
        QString pending;
        auto flush = [&] {
            if (!pending.isEmpty())
                m_xml.writeCharacters(pending);
            pending.clear();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c == u' ') {
                qsizetype run = 1;
                while (i + run < text.size() && text[i + run] == u' ')
                    ++run;
                i += run - 1;
                if (!m_afterSpace) {
                    pending += QLatin1Char(' ');
                    --run;
                }
                if (run > 0) {
                    flush();
                    m_xml.writeEmptyElement(u"text:s"_s);
                    if (run > 1)
                        m_xml.writeAttribute(u"text:c"_s, QString::number(run));
                }
                m_afterSpace = true;
                continue;
            }
            if (c == u'\t' || c == u'\n') {
                flush();
                m_xml.writeEmptyElement(c == u'\t' ? u"text:tab"_s : u"text:line-break"_s);
                m_afterSpace = true;
                continue;
            }
            m_afterSpace = false;
            if (isBidiControl(c)) {
                flush();
                startSpan(u"Plenary_Control"_s);
                m_xml.writeCharacters(codePointName(c));
                end();
                continue;
            }
            if (isForbiddenControl(c)) {
                pending += QChar(0xfffd);
                continue;
            }
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                pending += text[i];
                pending += text[++i];
                continue;
            }
            pending += QChar::isSurrogate(c) ? QChar(0xfffd) : text[i];
        }
        flush();
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    bool m_afterSpace = true;
};

// ---- styles.xml ----------------------------------------------------------------------------

struct ParagraphStyle
{
    QString name;
    QString displayName;
    int outlineLevel = 0;
    QList<std::pair<QString, QString>> paragraph; // style:paragraph-properties
    QList<std::pair<QString, QString>> text;      // style:text-properties
};

void writeFontFaces(Part &part)
{
    part.start(u"office:font-face-decls"_s);
    const QList<std::pair<QString, QString>> faces = {
        {u"DejaVu Serif"_s, u"roman"_s},
        {u"DejaVu Sans"_s, u"swiss"_s},
        {u"DejaVu Sans Mono"_s, u"modern"_s},
    };
    for (const auto &[name, generic] : faces) {
        part.empty(u"style:font-face"_s);
        part.attribute(u"style:name"_s, name);
        // The generic family is the fallback where DejaVu is not installed.
        part.attribute(u"svg:font-family"_s, u"'"_s + name + u"'"_s);
        part.attribute(u"style:font-family-generic"_s, generic);
        part.attribute(u"style:font-pitch"_s, generic == u"modern"_s ? u"fixed"_s : u"variable"_s);
    }
    part.end();
}

// Text properties in every script class, so Arabic (complex) and Chinese (Asian) text takes
// the same weight, slant and size as Latin text.
QList<std::pair<QString, QString>> allScripts(const QString &property, const QString &value)
{
    const QString local = property.mid(property.indexOf(QLatin1Char(':')) + 1);
    return {{property, value},
            {u"style:"_s + local + u"-asian"_s, value},
            {u"style:"_s + local + u"-complex"_s, value}};
}

QList<std::pair<QString, QString>> sansFont(const QString &size)
{
    return QList<std::pair<QString, QString>>{{u"style:font-name"_s, u"DejaVu Sans"_s}} +
           allScripts(u"fo:font-size"_s, size);
}

QList<ParagraphStyle> paragraphStyles()
{
    using Props = QList<std::pair<QString, QString>>;
    const Props bold = allScripts(u"fo:font-weight"_s, u"bold"_s);
    const Props hanging = {{u"fo:margin-left"_s, u"1.27cm"_s}, {u"fo:text-indent"_s, u"-1.27cm"_s}};
    const Props firstLine = {{u"fo:text-indent"_s, u"1.27cm"_s}};
    return {
        {u"Plenary_Text"_s,
         u"Plenary Text"_s,
         0,
         {{u"fo:text-align"_s, u"justify"_s},
          {u"fo:margin-top"_s, u"0cm"_s},
          {u"fo:margin-bottom"_s, u"0.28cm"_s},
          {u"fo:orphans"_s, u"3"_s},
          {u"fo:widows"_s, u"3"_s}},
         {}},
        {u"Plenary_Draft"_s,
         u"Plenary Draft"_s,
         0,
         {{u"fo:text-align"_s, u"center"_s}, {u"fo:margin-bottom"_s, u"0.6cm"_s}},
         sansFont(u"14pt"_s) + bold + Props{{u"fo:color"_s, u"#960000"_s}}},
        {u"Plenary_Masthead"_s,
         u"Plenary Masthead"_s,
         0,
         {{u"fo:text-align"_s, u"start"_s},
          {u"fo:margin-bottom"_s, u"0cm"_s},
          {u"fo:keep-with-next"_s, u"always"_s}},
         sansFont(u"12pt"_s) + bold},
        {u"Plenary_Symbol"_s,
         u"Plenary Symbol"_s,
         0,
         {{u"fo:text-align"_s, u"end"_s},
          {u"fo:margin-bottom"_s, u"0.15cm"_s},
          {u"fo:padding-bottom"_s, u"0.1cm"_s},
          {u"fo:border-bottom"_s, u"2.25pt solid #000000"_s},
          {u"fo:keep-with-next"_s, u"always"_s}},
         sansFont(u"14pt"_s) + bold},
        // The details stand towards the end side, as on a UN document.
        {u"Plenary_MastheadDetail"_s,
         u"Plenary Masthead Detail"_s,
         0,
         {{u"fo:text-align"_s, u"start"_s},
          {u"fo:margin-left"_s, u"11.5cm"_s},
          {u"fo:margin-bottom"_s, u"0cm"_s},
          {u"fo:keep-with-next"_s, u"always"_s}},
         sansFont(u"9.5pt"_s)},
        {u"Plenary_Original"_s,
         u"Plenary Original"_s,
         0,
         {{u"fo:text-align"_s, u"start"_s},
          {u"fo:margin-left"_s, u"11.5cm"_s},
          {u"fo:margin-top"_s, u"0.35cm"_s},
          {u"fo:margin-bottom"_s, u"0.9cm"_s},
          {u"fo:keep-with-next"_s, u"always"_s}},
         sansFont(u"9.5pt"_s)},
        {u"Plenary_Title"_s,
         u"Plenary Title"_s,
         1,
         {{u"fo:text-align"_s, u"center"_s},
          {u"fo:margin-top"_s, u"0.3cm"_s},
          {u"fo:margin-bottom"_s, u"0.7cm"_s},
          {u"fo:keep-with-next"_s, u"always"_s}},
         allScripts(u"fo:font-size"_s, u"13pt"_s) + bold},
        {u"Plenary_Chapeau"_s, u"Plenary Chapeau"_s, 0, firstLine, {}},
        {u"Plenary_Preambular"_s, u"Plenary Preambular"_s, 0, firstLine, {}},
        {u"Plenary_Operative"_s, u"Plenary Operative"_s, 0, hanging, {}},
        {u"Plenary_Subparagraph"_s,
         u"Plenary Subparagraph"_s,
         0,
         {{u"fo:margin-left"_s, u"2.54cm"_s}, {u"fo:text-indent"_s, u"-1.27cm"_s}},
         {}},
        {u"Plenary_SubSubparagraph"_s,
         u"Plenary Sub-subparagraph"_s,
         0,
         {{u"fo:margin-left"_s, u"3.81cm"_s}, {u"fo:text-indent"_s, u"-1.27cm"_s}},
         {}},
        {u"Plenary_Heading"_s,
         u"Plenary Heading"_s,
         2,
         {{u"fo:text-align"_s, u"start"_s},
          {u"fo:margin-top"_s, u"0.5cm"_s},
          {u"fo:keep-with-next"_s, u"always"_s}},
         bold},
        {u"Plenary_Narrative"_s, u"Plenary Narrative"_s, 0, hanging, {}},
        {u"Plenary_Endnotes"_s,
         u"Plenary Endnotes"_s,
         0,
         {{u"fo:margin-bottom"_s, u"0.1cm"_s}},
         allScripts(u"fo:font-size"_s, u"9.5pt"_s)},
        {u"Plenary_EndnotesHeading"_s,
         u"Plenary Endnotes Heading"_s,
         0,
         {{u"fo:text-align"_s, u"start"_s},
          {u"fo:margin-top"_s, u"0.8cm"_s},
          {u"fo:keep-with-next"_s, u"always"_s}},
         bold},
        {u"Plenary_Footer"_s,
         u"Plenary Footer"_s,
         0,
         {{u"fo:text-align"_s, u"center"_s}, {u"fo:margin-bottom"_s, u"0cm"_s}},
         sansFont(u"9pt"_s)},
    };
}

struct CharacterStyle
{
    QString name;
    QString displayName;
    QList<std::pair<QString, QString>> text;
};

QList<CharacterStyle> characterStyles()
{
    return {
        {u"Plenary_OpeningWords"_s, u"Plenary Opening Words"_s,
         allScripts(u"fo:font-style"_s, u"italic"_s)},
        {u"Plenary_Bracket"_s, u"Plenary Bracket"_s, allScripts(u"fo:font-weight"_s, u"bold"_s)},
        {u"Plenary_AlternativeLabel"_s, u"Plenary Alternative Label"_s,
         allScripts(u"fo:font-weight"_s, u"bold"_s)},
        {u"Plenary_Unbalanced"_s,
         u"Plenary Unbalanced Bracket"_s,
         {{u"fo:color"_s, u"#cc0000"_s},
          {u"style:text-underline-style"_s, u"wave"_s},
          {u"style:text-underline-width"_s, u"auto"_s},
          {u"style:text-underline-color"_s, u"#cc0000"_s}}},
        {u"Plenary_Deleted"_s,
         u"Plenary Deleted"_s,
         {{u"fo:color"_s, u"#6b6b6b"_s},
          {u"style:text-line-through-style"_s, u"solid"_s},
          {u"style:text-line-through-type"_s, u"single"_s}}},
        {u"Plenary_Control"_s,
         u"Plenary Bidirectional Control"_s,
         {{u"style:font-name"_s, u"DejaVu Sans Mono"_s},
          {u"fo:font-size"_s, u"80%"_s},
          {u"fo:color"_s, u"#cc0000"_s}}},
        {u"Plenary_EndnoteAnchor"_s,
         u"Plenary Endnote Anchor"_s,
         {{u"style:text-position"_s, u"super 58%"_s}}},
        {u"Plenary_EndnoteSymbol"_s, u"Plenary Endnote Symbol"_s, {}},
    };
}

void writeProperties(Part &part, const QString &element,
                     const QList<std::pair<QString, QString>> &properties)
{
    part.empty(element);
    for (const auto &[name, value] : properties)
        part.attribute(name, value);
}

// The language of the text on the default style, in the script class it belongs to, so that
// spelling and hyphenation in an office suite use it.
QList<std::pair<QString, QString>> languageProperties(const QString &tag)
{
    const QLocale locale(tag);
    if (tag.isEmpty() || locale.language() == QLocale::C)
        return {};
    const QStringList parts = locale.name().split(QLatin1Char('_'));
    const QString language = parts.value(0);
    const QString country = tag.contains(QLatin1Char('-')) ? parts.value(1) : QString();
    QString scriptClass;
    if (locale.textDirection() == Qt::RightToLeft)
        scriptClass = u"-complex"_s;
    else if (locale.script() == QLocale::SimplifiedHanScript ||
             locale.script() == QLocale::TraditionalHanScript ||
             locale.script() == QLocale::JapaneseScript || locale.script() == QLocale::KoreanScript)
        scriptClass = u"-asian"_s;
    const QString prefix = scriptClass.isEmpty() ? u"fo:"_s : u"style:"_s;
    QList<std::pair<QString, QString>> props = {{prefix + u"language"_s + scriptClass, language}};
    if (!country.isEmpty())
        props.append({prefix + u"country"_s + scriptClass, country});
    return props;
}

QByteArray stylesXml(const DocumentHeader &header, PrintHtml::Paper paper)
{
    const bool rtl = header.isRightToLeft();
    const QString writingMode = rtl ? u"rl-tb"_s : u"lr-tb"_s;

    Part part;
    part.begin(u"office:document-styles"_s);
    writeFontFaces(part);

    part.start(u"office:styles"_s);
    part.start(u"style:default-style"_s);
    part.attribute(u"style:family"_s, u"paragraph"_s);
    writeProperties(part, u"style:paragraph-properties"_s,
                    {{u"style:writing-mode"_s, writingMode},
                     {u"style:tab-stop-distance"_s, u"1.27cm"_s},
                     {u"fo:hyphenation-ladder-count"_s, u"no-limit"_s}});
    writeProperties(
        part, u"style:text-properties"_s,
        QList<std::pair<QString, QString>>{{u"style:font-name"_s, u"DejaVu Serif"_s},
                                           // DejaVu Serif has no Arabic letters; DejaVu Sans has.
                                           {u"style:font-name-asian"_s, u"DejaVu Sans"_s},
                                           {u"style:font-name-complex"_s, u"DejaVu Sans"_s},
                                           {u"fo:hyphenate"_s, u"false"_s}} +
            allScripts(u"fo:font-size"_s, u"11pt"_s) + languageProperties(header.language));
    part.end();

    for (const ParagraphStyle &style : paragraphStyles()) {
        part.start(u"style:style"_s);
        part.attribute(u"style:name"_s, style.name);
        part.attribute(u"style:display-name"_s, style.displayName);
        part.attribute(u"style:family"_s, u"paragraph"_s);
        if (style.name != u"Plenary_Text"_s)
            part.attribute(u"style:parent-style-name"_s, u"Plenary_Text"_s);
        if (style.outlineLevel > 0)
            part.attribute(u"style:default-outline-level"_s, QString::number(style.outlineLevel));
        part.attribute(u"style:class"_s, u"text"_s);
        // Every paragraph style states the direction, so a style copied into another document
        // keeps it.
        writeProperties(part, u"style:paragraph-properties"_s,
                        style.paragraph + QList<std::pair<QString, QString>>{
                                              {u"style:writing-mode"_s, writingMode}});
        if (!style.text.isEmpty())
            writeProperties(part, u"style:text-properties"_s, style.text);
        part.end();
    }
    for (const CharacterStyle &style : characterStyles()) {
        part.start(u"style:style"_s);
        part.attribute(u"style:name"_s, style.name);
        part.attribute(u"style:display-name"_s, style.displayName);
        part.attribute(u"style:family"_s, u"text"_s);
        if (!style.text.isEmpty())
            writeProperties(part, u"style:text-properties"_s, style.text);
        part.end();
    }

    part.empty(u"text:notes-configuration"_s);
    part.attribute(u"text:note-class"_s, u"endnote"_s);
    part.attribute(u"text:citation-style-name"_s, u"Plenary_EndnoteSymbol"_s);
    part.attribute(u"text:citation-body-style-name"_s, u"Plenary_EndnoteAnchor"_s);
    part.attribute(u"text:default-style-name"_s, u"Plenary_Endnotes"_s);
    part.attribute(u"style:num-format"_s, u"1"_s);
    part.end(); // office:styles

    part.start(u"office:automatic-styles"_s);
    part.start(u"style:page-layout"_s);
    part.attribute(u"style:name"_s, u"Plenary_Page"_s);
    const bool letter = paper == PrintHtml::Paper::Letter;
    writeProperties(part, u"style:page-layout-properties"_s,
                    {{u"fo:page-width"_s, letter ? u"21.59cm"_s : u"21cm"_s},
                     {u"fo:page-height"_s, letter ? u"27.94cm"_s : u"29.7cm"_s},
                     {u"style:print-orientation"_s, u"portrait"_s},
                     {u"style:num-format"_s, u"1"_s},
                     // The margins of the PDF: 18 mm above and below, 20 mm at the sides; the
                     // footer sits within the bottom margin's height.
                     {u"fo:margin-top"_s, u"1.8cm"_s},
                     {u"fo:margin-bottom"_s, u"1cm"_s},
                     {u"fo:margin-left"_s, u"2cm"_s},
                     {u"fo:margin-right"_s, u"2cm"_s},
                     {u"style:writing-mode"_s, writingMode}});
    part.start(u"style:footer-style"_s);
    writeProperties(part, u"style:header-footer-properties"_s,
                    {{u"fo:min-height"_s, u"0.4cm"_s}, {u"fo:margin-top"_s, u"0.4cm"_s}});
    part.end();
    part.end(); // style:page-layout
    part.end(); // office:automatic-styles

    part.start(u"office:master-styles"_s);
    part.start(u"style:master-page"_s);
    part.attribute(u"style:name"_s, u"Standard"_s);
    part.attribute(u"style:page-layout-name"_s, u"Plenary_Page"_s);
    part.start(u"style:footer"_s);
    // "n/N", centred; office suites compute both numbers, the text is their placeholder.
    part.startParagraph(u"text:p"_s, u"Plenary_Footer"_s);
    part.start(u"text:page-number"_s);
    part.attribute(u"text:select-page"_s, u"current"_s);
    part.xml().writeCharacters(u"1"_s);
    part.end();
    part.xml().writeCharacters(u"/"_s);
    part.element(u"text:page-count"_s, u"1"_s);
    part.end(); // text:p
    part.end(); // style:footer
    part.end(); // style:master-page
    part.end(); // office:master-styles
    return part.finish();
}

// ---- content.xml ---------------------------------------------------------------------------

QString paragraphStyleName(ParagraphKind kind)
{
    switch (kind) {
    case ParagraphKind::Heading:
        return u"Plenary_Heading"_s;
    case ParagraphKind::Chapeau:
        return u"Plenary_Chapeau"_s;
    case ParagraphKind::Preambular:
        return u"Plenary_Preambular"_s;
    case ParagraphKind::Operative:
        return u"Plenary_Operative"_s;
    case ParagraphKind::Sub:
        return u"Plenary_Subparagraph"_s;
    case ParagraphKind::SubSub:
        return u"Plenary_SubSubparagraph"_s;
    case ParagraphKind::Narrative:
        return u"Plenary_Narrative"_s;
    }
    return u"Plenary_Text"_s;
}

class ContentWriter
{
public:
    ContentWriter(const Document &document, const OdtDocument::Options &options)
        : m_document(document), m_options(options), m_numbering(document),
          m_locale(document.header.language)
    {
    }

    QByteArray write()
    {
        m_part.begin(u"office:document-content"_s);
        writeFontFaces(m_part);
        m_part.start(u"office:body"_s);
        m_part.start(u"office:text"_s);
        if (!m_options.draftLabel.isEmpty())
            line(u"Plenary_Draft"_s, OdtDocument::tr("DRAFT \u2014 %1").arg(m_options.draftLabel));
        masthead();
        m_part.startParagraph(u"text:h"_s, u"Plenary_Title"_s);
        m_part.attribute(u"text:outline-level"_s, u"1"_s);
        m_part.text(m_document.header.title);
        m_part.end();
        for (qsizetype i = 0; i < m_document.paragraphs.size(); ++i)
            paragraph(i);
        orphanedNotes();
        m_part.end(); // office:text
        m_part.end(); // office:body
        return m_part.finish();
    }

private:
    void line(const QString &style, const QString &text)
    {
        m_part.startParagraph(u"text:p"_s, style);
        m_part.text(text);
        m_part.end();
    }

    QString date(const QDate &date) const { return m_locale.toString(date, u"d MMMM yyyy"); }

    void masthead()
    {
        const DocumentHeader &header = m_document.header;
        if (!header.conference.isEmpty())
            line(u"Plenary_Masthead"_s, header.conference);
        if (!m_options.symbol.isEmpty())
            line(u"Plenary_Symbol"_s, m_options.symbol);
        if (!header.distribution.isEmpty())
            line(u"Plenary_MastheadDetail"_s,
                 QCoreApplication::translate("DocumentHtml", "Distr.: %1")
                     .arg(header.distributionName()));
        if (!header.date.isEmpty()) {
            const QDate issued = QDate::fromString(header.date, Qt::ISODate);
            line(u"Plenary_MastheadDetail"_s, issued.isValid() ? date(issued) : header.date);
        }
        if (!header.original.isEmpty())
            line(u"Plenary_Original"_s, QCoreApplication::translate("DocumentHtml", "Original: %1")
                                            .arg(header.originalLanguageName()));
    }

    void paragraph(qsizetype index)
    {
        const Paragraph &p = m_document.paragraphs[index];
        const bool heading = p.kind == ParagraphKind::Heading;
        m_part.startParagraph(heading ? u"text:h"_s : u"text:p"_s, paragraphStyleName(p.kind));
        if (heading)
            m_part.attribute(u"text:outline-level"_s, u"2"_s);
        if (isNumberedKind(p.kind)) {
            QString label = m_numbering.label(index);
            if (p.kind == ParagraphKind::Operative || p.kind == ParagraphKind::Narrative)
                label += QLatin1Char('.');
            m_part.text(label);
            m_part.tab();
        }
        if (p.isDeleted())
            m_part.startSpan(u"Plenary_Deleted"_s);
        inlineText(index);
        if (p.isDeleted())
            m_part.end();
        for (const CommentNote *note : CommentNotes::on(m_options.notes, index))
            endnote(*note);
        m_part.end();
    }

    // The text in runs of one style; styles nest as spans (opening words outside, brackets and
    // labels inside), so markup that overlaps in any way still gives well-formed XML.
    void inlineText(qsizetype index)
    {
        const QString &text = m_document.paragraphs[index].text;
        const ParagraphMarkup markup = ParagraphMarkup::analyse(text);
        const qsizetype n = text.size();
        QList<quint8> roles(n, 0);
        if (markup.hasLead()) {
            roles[0] |= Hidden;
            roles[markup.leadEnd] |= Hidden;
            for (qsizetype i = 1; i < markup.leadEnd; ++i)
                roles[i] |= Lead;
        }
        for (const BracketSpan &span : markup.spans) {
            roles[span.begin] |= Bracket;
            roles[span.end - 1] |= Bracket;
        }
        for (const Alternative &alt : markup.alternatives)
            for (qsizetype i = markup.spans[alt.span].begin + 1; i < alt.contentBegin; ++i)
                roles[i] |= AltLabel;
        for (const MarkupProblem &problem : markup.problems)
            if (problem.kind == MarkupProblem::Kind::UnclosedBracket ||
                problem.kind == MarkupProblem::Kind::StrayBracket)
                roles[problem.position] |= Unbalanced;

        qsizetype runStart = 0;
        auto flush = [&](qsizetype end) {
            if (end > runStart)
                run(QStringView(text).mid(runStart, end - runStart), roles[runStart]);
        };
        qsizetype nextRef = 0;
        for (qsizetype i = 0; i < n;) {
            if (nextRef < markup.crossReferences.size() &&
                markup.crossReferences[nextRef].begin == i) {
                const CrossReference &ref = markup.crossReferences[nextRef++];
                flush(i);
                const qsizetype target = m_document.indexOf(ref.id);
                run(target >= 0 ? m_numbering.citation(target) : text.mid(i, ref.length), roles[i]);
                i += ref.length;
                runStart = i;
                continue;
            }
            if (roles[i] & Hidden) {
                flush(i);
                runStart = ++i;
                continue;
            }
            if (i > runStart && roles[i] != roles[runStart]) {
                flush(i);
                runStart = i;
            }
            ++i;
        }
        flush(n);
    }

    void run(QStringView text, quint8 roles)
    {
        int open = 0;
        auto span = [&](quint8 role, const QString &style) {
            if (roles & role) {
                m_part.startSpan(style);
                ++open;
            }
        };
        span(Lead, u"Plenary_OpeningWords"_s);
        span(Unbalanced, u"Plenary_Unbalanced"_s);
        if (!(roles & Unbalanced))
            span(Bracket, u"Plenary_Bracket"_s);
        span(AltLabel, u"Plenary_AlternativeLabel"_s);
        m_part.text(text);
        while (open-- > 0)
            m_part.end();
    }

    // "EU — Pieter Janssens, 20 November 2026"
    QString byline(const QString &delegation, const QString &author, const QDateTime &time) const
    {
        const QString when = time.isValid() ? date(time.date()) : QString();
        QString who = author;
        if (!delegation.isEmpty())
            who = who.isEmpty() ? delegation
                                : OdtDocument::tr("%1 \u2014 %2", "delegation — author")
                                      .arg(delegation, author);
        return when.isEmpty() ? who : OdtDocument::tr("%1, %2", "who, date").arg(who, when);
    }

    // The body of a note: who and when, the quoted words, the comment and its replies. `number`
    // is given for a note outside the text, on a paragraph that is gone.
    void noteBody(const CommentThread &thread, const QString &number)
    {
        m_part.startParagraph(u"text:p"_s, u"Plenary_Endnotes"_s);
        if (!number.isEmpty()) {
            m_part.text(number);
            m_part.tab();
        }
        m_part.text(byline(thread.delegation, thread.author, thread.time));
        m_part.end();
        // A note whose paragraph is gone says which paragraph it was on.
        if (!number.isEmpty())
            line(u"Plenary_Endnotes"_s, OdtDocument::tr("Paragraph #%1").arg(thread.paragraphId));
        if (thread.quote)
            line(u"Plenary_Endnotes"_s,
                 OdtDocument::tr("On \u201c%1\u201d:").arg(thread.quote->text));
        line(u"Plenary_Endnotes"_s, thread.body);
        for (const CommentReply &reply : thread.replies)
            line(u"Plenary_Endnotes"_s,
                 OdtDocument::tr("Reply by %1: %2")
                     .arg(byline(reply.delegation, reply.author, reply.time), reply.body));
    }

    void endnote(const CommentNote &note)
    {
        const QString number = QString::number(note.number);
        m_part.start(u"text:note"_s);
        m_part.attribute(u"text:id"_s, u"comment"_s + number);
        m_part.attribute(u"text:note-class"_s, u"endnote"_s);
        m_part.element(u"text:note-citation"_s, number);
        m_part.start(u"text:note-body"_s);
        noteBody(*note.thread, QString());
        m_part.end();
        m_part.end();
    }

    void orphanedNotes()
    {
        QList<const CommentNote *> orphans;
        for (const CommentNote &note : m_options.notes)
            if (note.paragraph < 0)
                orphans.append(&note);
        if (orphans.isEmpty())
            return;
        line(u"Plenary_EndnotesHeading"_s,
             OdtDocument::tr("Comments on paragraphs no longer in the text"));
        for (const CommentNote *note : orphans)
            noteBody(*note->thread, QString::number(note->number) + QLatin1Char('.'));
    }

    const Document &m_document;
    const OdtDocument::Options &m_options;
    Numbering m_numbering;
    QLocale m_locale;
    Part m_part;
};

// ---- meta.xml and the manifest -------------------------------------------------------------

QByteArray metaXml(const Document &document, const OdtDocument::Options &options,
                   const QDateTime &created)
{
    Part part;
    part.begin(u"office:document-meta"_s);
    part.start(u"office:meta"_s);
    part.element(u"meta:generator"_s, u"Plenary "_s + QLatin1String(PLENARY_VERSION));
    if (!document.header.title.isEmpty())
        part.element(u"dc:title"_s, document.header.title);
    if (!options.symbol.isEmpty())
        part.element(u"dc:subject"_s, options.symbol);
    QStringList keywords = {options.symbol,
                            options.revisionId.isEmpty() ? QString()
                                                         : u"revision "_s + options.revisionId,
                            options.draftLabel.isEmpty() ? u"final"_s : u"draft"_s};
    keywords += options.keywords;
    keywords.removeAll(QString());
    keywords.removeDuplicates();
    for (const QString &keyword : std::as_const(keywords))
        part.element(u"meta:keyword"_s, keyword);
    if (!options.author.isEmpty()) {
        part.element(u"meta:initial-creator"_s, options.author);
        part.element(u"dc:creator"_s, options.author);
    }
    const QString when = created.toUTC().toString(Qt::ISODate);
    part.element(u"meta:creation-date"_s, when);
    part.element(u"dc:date"_s, when);
    if (!document.header.language.isEmpty())
        part.element(u"dc:language"_s, document.header.language);
    part.end();
    return part.finish();
}

QByteArray manifestXml(const QStringList &files)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    const QString ns = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;
    xml.writeStartDocument();
    xml.writeNamespace(ns, u"manifest"_s);
    xml.writeStartElement(u"manifest:manifest"_s);
    xml.writeAttribute(u"manifest:version"_s, kOdfVersion);
    xml.writeEmptyElement(u"manifest:file-entry"_s);
    xml.writeAttribute(u"manifest:full-path"_s, u"/"_s);
    xml.writeAttribute(u"manifest:version"_s, kOdfVersion);
    xml.writeAttribute(u"manifest:media-type"_s, OdtDocument::mediaType());
    for (const QString &file : files) {
        xml.writeEmptyElement(u"manifest:file-entry"_s);
        xml.writeAttribute(u"manifest:full-path"_s, file);
        xml.writeAttribute(u"manifest:media-type"_s, u"text/xml"_s);
    }
    xml.writeEndDocument();
    return bytes;
}

// ---- the ZIP container (libzip) ------------------------------------------------------------

struct ZipError
{
    ZipError() { zip_error_init(&error); }
    ~ZipError() { zip_error_fini(&error); }
    ZipError(const ZipError &) = delete;
    ZipError &operator=(const ZipError &) = delete;

    QString message() { return QString::fromLocal8Bit(zip_error_strerror(&error)); }

    zip_error_t error;
};

using SourcePtr = std::unique_ptr<zip_source_t, decltype(&zip_source_free)>;
using ArchivePtr = std::unique_ptr<zip_t, decltype(&zip_discard)>;

struct Entry
{
    const char *name;
    QByteArray bytes;
    bool stored;
};

Error zipError(const QString &what, const QString &message)
{
    return Error::failed(
        OdtDocument::tr("cannot write the ODT package (%1): %2").arg(what, message));
}

Result<QByteArray> zipPackage(const QList<Entry> &entries, const QDateTime &modified)
{
    ZipError error;
    // The buffer the archive is written into; the archive holds one reference, this the other,
    // so the bytes can be read after zip_close().
    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error.error), &zip_source_free);
    if (!buffer)
        return zipError(u"buffer"_s, error.message());
    ArchivePtr archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error.error),
                       &zip_discard);
    if (!archive)
        return zipError(u"open"_s, error.message());
    zip_source_keep(buffer.get());

    const time_t mtime = time_t(modified.toSecsSinceEpoch());
    for (const Entry &entry : entries) {
        // The entry's bytes live in `entries` until zip_close() has read them.
        SourcePtr source(
            zip_source_buffer(archive.get(), entry.bytes.constData(), entry.bytes.size(), 0),
            &zip_source_free);
        if (!source)
            return zipError(QLatin1String(entry.name),
                            QString::fromLocal8Bit(zip_strerror(archive.get())));
        const zip_int64_t index = zip_file_add(archive.get(), entry.name, source.get(), 0);
        if (index < 0)
            return zipError(QLatin1String(entry.name),
                            QString::fromLocal8Bit(zip_strerror(archive.get())));
        source.release(); // the archive owns it now
        if (zip_set_file_compression(archive.get(), zip_uint64_t(index),
                                     entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0 ||
            zip_file_set_mtime(archive.get(), zip_uint64_t(index), mtime, 0) < 0)
            return zipError(QLatin1String(entry.name),
                            QString::fromLocal8Bit(zip_strerror(archive.get())));
    }
    if (zip_close(archive.get()) < 0)
        return zipError(u"close"_s, QString::fromLocal8Bit(zip_strerror(archive.get())));
    archive.release(); // zip_close() freed it

    zip_source_t *source = buffer.get();
    if (zip_source_open(source) < 0)
        return zipError(u"read"_s,
                        QString::fromLocal8Bit(zip_error_strerror(zip_source_error(source))));
    QByteArray bytes;
    bool ok = zip_source_seek(source, 0, SEEK_END) == 0;
    const zip_int64_t size = ok ? zip_source_tell(source) : -1;
    ok = ok && size >= 0 && zip_source_seek(source, 0, SEEK_SET) == 0;
    if (ok) {
        bytes.resize(qsizetype(size));
        ok = zip_source_read(source, bytes.data(), zip_uint64_t(size)) == size;
    }
    const QString message =
        ok ? QString() : QString::fromLocal8Bit(zip_error_strerror(zip_source_error(source)));
    zip_source_close(source);
    if (!ok)
        return zipError(u"read"_s, message);
    return bytes;
}

} // namespace

QString OdtDocument::mediaType()
{
    return u"application/vnd.oasis.opendocument.text"_s;
}

Result<QByteArray> OdtDocument::write(const Document &document, const Options &options)
{
    for (const CommentNote &note : options.notes) {
        if (!note.thread)
            return Error{Error::Kind::Invalid, tr("endnote %1 has no comment").arg(note.number)};
        if (note.paragraph >= document.paragraphs.size() || note.paragraph < -1)
            return Error{Error::Kind::Invalid,
                         tr("endnote %1 points to paragraph %2, but the text has %3 paragraphs")
                             .arg(note.number)
                             .arg(note.paragraph)
                             .arg(document.paragraphs.size())};
    }
    const QDateTime created =
        options.created.isValid() ? options.created : QDateTime::currentDateTime();

    // The media type first and stored, so that a reader finds it at a fixed offset.
    const QList<Entry> entries = {
        {"mimetype", mediaType().toLatin1(), true},
        {"META-INF/manifest.xml", manifestXml({u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s}),
         false},
        {"content.xml", ContentWriter(document, options).write(), false},
        {"styles.xml", stylesXml(document.header, options.paper), false},
        {"meta.xml", metaXml(document, options, created), false},
    };
    return zipPackage(entries, created);
}

} // namespace plenary
