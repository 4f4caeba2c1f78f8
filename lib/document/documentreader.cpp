#include "documentreader.h"

#include "paragraphid.h"
#include "paragraphmarkup.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <cstring>

namespace plenary {

int columnAt(QStringView line, qsizetype index)
{
    int column = 1;
    for (qsizetype i = 0; i < index && i < line.size(); ++i)
        if (!line[i].isLowSurrogate())
            ++column;
    return column;
}

namespace {

using Severity = Diagnostic::Severity;

QString hexByte(unsigned char b)
{
    return QLatin1String("0x") + QString::number(b, 16).toUpper().rightJustified(2, u'0');
}

QString codePointName(char32_t c)
{
    return QLatin1String("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

// Length of a well-formed UTF-8 sequence at p (at most `left` bytes), or 0 if malformed.
int utf8SequenceLength(const unsigned char *p, qsizetype left, char32_t &codePoint)
{
    const unsigned char b = p[0];
    int length;
    char32_t min;
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        codePoint = b & 0x1F;
        min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        codePoint = b & 0x0F;
        min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        codePoint = b & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (left < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (p[i] & 0x3F);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

class Reader
{
public:
    explicit Reader(ReadResult &result) : m_result(result) {}

    void read(const QByteArray &bytes);

private:
    void report(Severity severity, int line, int column, const QString &message)
    {
        m_result.diagnostics.append({severity, line, column, message});
    }
    void error(int line, int column, const QString &message)
    {
        report(Severity::Error, line, column, message);
    }
    void warning(int line, int column, const QString &message)
    {
        report(Severity::Warning, line, column, message);
    }

    QString decodeLine(const char *data, qsizetype length, int lineNumber);
    bool readFormatLine(const QString &line, int lineNumber);
    bool readHeaderLine(const QString &line, int lineNumber);
    void checkHeader();
    void readParagraphLine(const QString &line, int lineNumber);
    void checkBidi(QStringView text, qsizetype offset, const QString &line, int lineNumber);
    void checkCrossReferences();

    // Column of an index in the current line: counting code points is needed only for lines
    // with characters outside the BMP, which keeps reading linear in the line's length.
    void startLine(const QString &line)
    {
        m_surrogates = std::any_of(line.begin(), line.end(),
                                   [](QChar c) { return c.isLowSurrogate(); });
    }
    [[nodiscard]] int column(const QString &line, qsizetype index) const
    {
        return m_surrogates ? columnAt(line, index) : int(index) + 1;
    }

    ReadResult &m_result;
    bool m_surrogates = false;
    QHash<QString, int> m_headerLines; // header key → line
    QHash<QString, int> m_idLines;     // paragraph identifier → line
    int m_firstLine = 1;
    // Cross-references to check once every paragraph is known.
    struct PendingReference
    {
        QString id;
        int line;
        int column;
    };
    QList<PendingReference> m_references;
    bool m_subAllowed = false;    // a paragraph that can have sub-paragraphs is above
    bool m_subSubAllowed = false; // a sub-paragraph is above
};

QString Reader::decodeLine(const char *data, qsizetype length, int lineNumber)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    bool plain = true; // printable ASCII and tabs only: the common case, decoded directly
    for (qsizetype i = 0; i < length && plain; ++i)
        plain = (p[i] >= 0x20 && p[i] < 0x7F) || p[i] == '\t';
    if (plain)
        return QString::fromLatin1(data, length);

    // Well-formed UTF-8 without control characters: Qt's decoder, many times faster than ours.
    bool clean = true;
    for (qsizetype i = 0; i < length && clean;) {
        if (p[i] < 0x80) {
            clean = (p[i] >= 0x20 && p[i] != 0x7F) || p[i] == '\t';
            ++i;
            continue;
        }
        char32_t c = 0;
        const int n = utf8SequenceLength(p + i, length - i, c);
        clean = n > 0 && !(c >= 0x80 && c <= 0x9F);
        i += n;
    }
    if (clean)
        return QString::fromUtf8(data, length);

    QString text;
    text.reserve(length);
    int column = 1;
    bool reportedInvalid = false, reportedControl = false;
    for (qsizetype i = 0; i < length;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (b == 0) {
                error(lineNumber, column, DocumentReader::tr("NUL byte in the text"));
            } else if (b == '\r' && i == length - 1) {
                error(lineNumber, column,
                      DocumentReader::tr(
                          "carriage return (CR/LF line end); lines must end with LF alone"));
                ++i;
                continue;
            } else if ((b < 0x20 && b != '\t') || b == 0x7F) {
                if (!reportedControl)
                    error(lineNumber, column,
                          DocumentReader::tr("control character %1 in the text")
                              .arg(codePointName(b)));
                reportedControl = true;
            }
            text.append(QChar(b));
            ++i;
            ++column;
            continue;
        }
        char32_t c = 0;
        const int n = utf8SequenceLength(p + i, length - i, c);
        if (n == 0) {
            if (!reportedInvalid)
                error(lineNumber, column,
                      DocumentReader::tr("invalid UTF-8 byte %1").arg(hexByte(b)));
            reportedInvalid = true;
            text.append(QChar::ReplacementCharacter);
            ++i;
            ++column;
            continue;
        }
        if (c >= 0x80 && c <= 0x9F && !reportedControl) {
            error(lineNumber, column,
                  DocumentReader::tr("control character %1 in the text").arg(codePointName(c)));
            reportedControl = true;
        }
        if (c < 0x10000) {
            text.append(QChar(char16_t(c)));
        } else {
            text.append(QChar(QChar::highSurrogate(c)));
            text.append(QChar(QChar::lowSurrogate(c)));
        }
        i += n;
        ++column;
    }
    return text;
}

bool Reader::readFormatLine(const QString &line, int lineNumber)
{
    static const QRegularExpression kFormat(QStringLiteral("^format: *plenary +(\\S+) *$"));
    const auto match = kFormat.match(line);
    if (!match.hasMatch()) {
        error(lineNumber, 1, DocumentReader::tr("expected the header line 'format: plenary 1'"));
        return false;
    }
    if (match.captured(1) != QLatin1String("1"))
        error(lineNumber, int(match.capturedStart(1)) + 1,
              DocumentReader::tr("unsupported format version '%1'; this Plenary reads version 1")
                  .arg(match.captured(1)));
    m_headerLines.insert(QStringLiteral("format"), lineNumber);
    return true;
}

bool Reader::readHeaderLine(const QString &line, int lineNumber)
{
    startLine(line);
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    bool keyOk = colon > 0;
    for (qsizetype i = 0; keyOk && i < colon; ++i) {
        const char16_t c = line[i].unicode();
        keyOk = (c >= u'a' && c <= u'z') || (i > 0 && c == u'-');
    }
    if (!keyOk) {
        error(lineNumber, 1, DocumentReader::tr("expected a header line 'key: value'"));
        return false;
    }
    const QString key = line.left(colon);
    const qsizetype valueStart =
        colon + 1 < line.size() && line[colon + 1] == QLatin1Char(' ') ? colon + 2 : colon + 1;
    const QString value = line.mid(valueStart);
    const int valueColumn = column(line, valueStart);

    if (const int first = m_headerLines.value(key); first > 0) {
        error(lineNumber, 1,
              DocumentReader::tr("header field '%1' appears twice (first on line %2)")
                  .arg(key)
                  .arg(first));
        return true;
    }
    m_headerLines.insert(key, lineNumber);
    checkBidi(value, valueStart, line, lineNumber);

    static const QRegularExpression kLanguage(
        QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    static const QRegularExpression kDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));

    DocumentHeader &h = m_result.document.header;
    if (key == QLatin1String("format")) {
        error(lineNumber, 1, DocumentReader::tr("the 'format' line must be the first line"));
    } else if (key == QLatin1String("title")) {
        h.title = value;
    } else if (key == QLatin1String("kind")) {
        if (const auto kind = documentKindFromKeyword(value))
            h.kind = *kind;
        else
            error(lineNumber, valueColumn,
                  DocumentReader::tr(
                      "unknown document kind '%1'; expected declaration, summary or statement")
                      .arg(value));
    } else if (key == QLatin1String("language") || key == QLatin1String("original")) {
        if (!kLanguage.match(value).hasMatch())
            error(lineNumber, valueColumn,
                  DocumentReader::tr(
                      "'%1' is not a BCP 47 language tag (such as en, fr, zh-Hans)")
                      .arg(value));
        (key == QLatin1String("language") ? h.language : h.original) = value;
    } else if (key == QLatin1String("conference")) {
        h.conference = value;
    } else if (key == QLatin1String("symbol")) {
        h.symbol = value;
    } else if (key == QLatin1String("distribution")) {
        if (value != QLatin1String("general") && value != QLatin1String("limited") &&
            value != QLatin1String("restricted"))
            error(lineNumber, valueColumn,
                  DocumentReader::tr(
                      "unknown distribution '%1'; expected general, limited or restricted")
                      .arg(value));
        h.distribution = value;
    } else if (key == QLatin1String("date")) {
        if (!kDate.match(value).hasMatch())
            error(lineNumber, valueColumn,
                  DocumentReader::tr("date '%1' is not of the form YYYY-MM-DD").arg(value));
        h.date = value;
    } else {
        warning(lineNumber, 1,
                DocumentReader::tr("unknown header field '%1' (kept as it is)").arg(key));
        h.extraFields.append({key, value});
    }
    return true;
}

void Reader::checkHeader()
{
    for (const char *key : {"title", "kind", "language"})
        if (!m_headerLines.contains(QLatin1String(key)))
            error(m_firstLine, 0,
                  DocumentReader::tr("missing header field '%1'").arg(QLatin1String(key)));
}

void Reader::checkBidi(QStringView text, qsizetype offset, const QString &line, int lineNumber)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isBidiControl(c))
            warning(lineNumber, column(line, offset + i),
                    DocumentReader::tr("bidirectional control character %1 can make the text "
                                       "read differently from what it says")
                        .arg(codePointName(c)));
    }
}

void Reader::readParagraphLine(const QString &line, int lineNumber)
{
    startLine(line);
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        error(lineNumber, 1, DocumentReader::tr("expected a paragraph 'KIND #ID STATUS: TEXT'"));
        return;
    }

    Paragraph p;
    p.line = lineNumber;
    bool kindKnown = false, haveStatus = false, haveIdentifier = false;
    bool first = true;
    qsizetype i = 0;
    while (i < colon) {
        if (line[i] == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < colon && line[end] != QLatin1Char(' '))
            ++end;
        const QStringView word = QStringView(line).mid(i, end - i);
        const int wordColumn = column(line, i);
        if (first) {
            first = false;
            if (const auto kind = kindFromKeyword(word)) {
                p.kind = *kind;
                kindKnown = true;
            } else {
                p.kind = ParagraphKind::Narrative;
                error(lineNumber, wordColumn,
                      DocumentReader::tr("unknown paragraph kind '%1'; expected heading, chapeau, "
                                         "pp, op, sub, subsub or para")
                          .arg(word.toString()));
            }
        } else if (word.startsWith(QLatin1Char('#'))) {
            haveIdentifier = true;
            const QStringView id = word.mid(1);
            if (!ParagraphId::isValid(id)) {
                error(lineNumber, wordColumn,
                      DocumentReader::tr(
                          "identifier '%1' must be 4 to 32 characters from 0-9 and a-z")
                          .arg(word.toString()));
            } else if (!p.id.isEmpty()) {
                error(lineNumber, wordColumn,
                      DocumentReader::tr("second identifier '%1'; the paragraph is already #%2")
                          .arg(word.toString(), p.id));
            } else {
                p.id = id.toString();
            }
        } else if (const auto status = statusFromKeyword(word)) {
            if (haveStatus)
                error(lineNumber, wordColumn,
                      DocumentReader::tr("second status '%1'; the paragraph is already '%2'")
                          .arg(word.toString(), statusKeyword(p.status)));
            else
                p.status = *status;
            haveStatus = true;
        } else if (word == QLatin1String("numbered")) {
            p.numbered = true; // kept only by numbered kinds: see below
        } else if (kindKnown) {
            error(lineNumber, wordColumn,
                  DocumentReader::tr("unknown word '%1'; expected a status (proposed, adref, "
                                     "agreed, deleted) or 'numbered'")
                      .arg(word.toString()));
        }
        i = end;
    }

    // The baseline mark means nothing for paragraphs that are not numbered; it is not kept, so
    // that what is read is what is written.
    if (!isNumberedKind(p.kind))
        p.numbered = false;

    if (p.id.isEmpty()) {
        // An invalid identifier was reported above; either way the model gets a valid one.
        p.id = ParagraphId::generate();
        if (!haveIdentifier)
            warning(lineNumber, 1,
                    DocumentReader::tr("paragraph has no identifier; Plenary will assign one when "
                                       "it writes the file"));
    } else if (const int previous = m_idLines.value(p.id); previous > 0) {
        error(lineNumber, column(line, line.indexOf(QLatin1Char('#'))),
              DocumentReader::tr("identifier #%1 is already used on line %2")
                  .arg(p.id)
                  .arg(previous));
    }
    m_idLines.insert(p.id, lineNumber);

    const qsizetype textStart =
        colon + 1 < line.size() && line[colon + 1] == QLatin1Char(' ') ? colon + 2 : colon + 1;
    p.text = line.mid(textStart);
    p.textColumn = column(line, textStart);

    // Structure: sub-paragraphs belong to the paragraph above them.
    if (p.kind == ParagraphKind::Sub) {
        if (!m_subAllowed)
            error(lineNumber, 1,
                  DocumentReader::tr("sub-paragraph has no paragraph above it to belong to"));
        m_subSubAllowed = true;
    } else if (p.kind == ParagraphKind::SubSub) {
        if (!m_subSubAllowed)
            error(lineNumber, 1,
                  DocumentReader::tr(
                      "second-level sub-paragraph has no sub-paragraph above it"));
    } else {
        m_subAllowed = p.kind == ParagraphKind::Operative ||
                       p.kind == ParagraphKind::Narrative ||
                       p.kind == ParagraphKind::Preambular;
        m_subSubAllowed = false;
    }

    const ParagraphMarkup markup = ParagraphMarkup::analyse(p.text);
    for (const MarkupProblem &problem : markup.problems) {
        const int problemColumn = column(line, textStart + problem.position);
        switch (problem.kind) {
        case MarkupProblem::Kind::UnclosedBracket:
            error(lineNumber, problemColumn,
                  DocumentReader::tr("unbalanced '[': this bracket is never closed"));
            break;
        case MarkupProblem::Kind::StrayBracket:
            error(lineNumber, problemColumn, DocumentReader::tr("unbalanced ']': no '[' is open here"));
            break;
        case MarkupProblem::Kind::UnclosedLead:
            error(lineNumber, problemColumn,
                  DocumentReader::tr(
                      "opening words start with '*' but are not closed by a second '*'"));
            break;
        case MarkupProblem::Kind::BidiControl:
            warning(lineNumber, problemColumn,
                    DocumentReader::tr("bidirectional control character %1 can make the text "
                                       "read differently from what it says")
                        .arg(codePointName(problem.character)));
            break;
        }
    }
    for (const CrossReference &ref : markup.crossReferences)
        m_references.append({ref.id, lineNumber, column(line, textStart + ref.begin)});

    m_result.document.paragraphs.append(std::move(p));
}

void Reader::checkCrossReferences()
{
    for (const PendingReference &ref : m_references)
        if (!m_idLines.contains(ref.id))
            error(ref.line, ref.column,
                  DocumentReader::tr(
                      "cross-reference to #%1, which is not a paragraph of this document")
                      .arg(ref.id));
}

void Reader::read(const QByteArray &bytes)
{
    if (bytes.size() > DocumentReader::kMaxFileBytes) {
        error(0, 0,
              DocumentReader::tr("file is %1 bytes long; the largest allowed is %2")
                  .arg(bytes.size())
                  .arg(DocumentReader::kMaxFileBytes));
        return;
    }
    if (bytes.isEmpty()) {
        error(1, 1, DocumentReader::tr("empty file: expected the header line 'format: plenary 1'"));
        return;
    }

    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype offset = 0;
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        error(1, 1,
              DocumentReader::tr(
                  "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM"));
        offset = 3;
    }

    enum class Section { Start, Header, Paragraphs } section = Section::Start;
    int lineNumber = 0;
    m_result.document.paragraphs.reserve(size / 400);
    while (offset < size) {
        ++lineNumber;
        const void *newline = std::memchr(data + offset, '\n', size_t(size - offset));
        const qsizetype end = newline ? static_cast<const char *>(newline) - data : size;
        const qsizetype length = end - offset;
        const char *lineData = data + offset;
        offset = end + 1;

        if (length > DocumentReader::kMaxLineBytes) {
            error(lineNumber, 1,
                  DocumentReader::tr("line is %1 bytes long; the longest allowed is %2")
                      .arg(length)
                      .arg(DocumentReader::kMaxLineBytes));
            continue;
        }
        const QString line = decodeLine(lineData, length, lineNumber);
        const bool blank = line.trimmed().isEmpty();

        switch (section) {
        case Section::Start:
            if (blank)
                continue;
            m_firstLine = lineNumber;
            if (readFormatLine(line, lineNumber) || line.startsWith(QLatin1String("format:"))) {
                // A malformed format line was reported above; it is no misplaced 'format' field.
                section = Section::Header;
            } else if (QStringView(line).left(line.indexOf(QLatin1Char(':')))
                           .contains(QLatin1Char('#'))) {
                // No header at all: the file starts with paragraphs.
                checkHeader();
                section = Section::Paragraphs;
                readParagraphLine(line, lineNumber);
            } else {
                section = Section::Header;
                readHeaderLine(line, lineNumber);
            }
            break;
        case Section::Header:
            if (blank) {
                checkHeader();
                section = Section::Paragraphs;
            } else {
                readHeaderLine(line, lineNumber);
            }
            break;
        case Section::Paragraphs:
            if (!blank)
                readParagraphLine(line, lineNumber);
            break;
        }
    }
    if (section == Section::Start)
        error(1, 1, DocumentReader::tr("empty file: expected the header line 'format: plenary 1'"));
    if (section == Section::Header)
        checkHeader();
    checkCrossReferences();
}

} // namespace

ReadResult DocumentReader::read(const QByteArray &bytes)
{
    ReadResult result;
    Reader(result).read(bytes);
    return result;
}

ReadResult DocumentReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.diagnostics.append(
            {Diagnostic::Severity::Error, 0, 0,
             tr("cannot open the file: %1").arg(file.errorString())});
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        ReadResult result;
        result.diagnostics.append({Diagnostic::Severity::Error, 0, 0,
                                   tr("file is %1 bytes long; the largest allowed is %2")
                                       .arg(file.size())
                                       .arg(kMaxFileBytes)});
        return result;
    }
    return read(file.readAll());
}

} // namespace plenary
