#include "paragraphmarkup.h"

#include "paragraphid.h"

namespace plenary {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isWrittenWithoutSpaces(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// Reads "Alt N:" or "Alt N (A, B):" at the start of a span's content.
bool readAlternativeLabel(QStringView text, qsizetype at, Alternative &alt)
{
    if (!text.mid(at).startsWith(QLatin1String("Alt ")))
        return false;
    qsizetype i = at + 4;
    const qsizetype numberStart = i;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    if (i == numberStart || i - numberStart > 3)
        return false;
    alt.number = text.mid(numberStart, i - numberStart).toInt();
    alt.delegations.clear();
    if (i + 1 < text.size() && text[i] == QLatin1Char(' ') && text[i + 1] == QLatin1Char('(')) {
        const qsizetype close = text.indexOf(QLatin1Char(')'), i + 2);
        if (close < 0)
            return false;
        for (QStringView code : text.mid(i + 2, close - i - 2).split(QLatin1Char(','))) {
            code = code.trimmed();
            if (code.isEmpty())
                return false;
            alt.delegations.append(code.toString());
        }
        i = close + 1;
    }
    if (i >= text.size() || text[i] != QLatin1Char(':'))
        return false;
    ++i;
    while (i < text.size() && text[i] == QLatin1Char(' '))
        ++i;
    alt.contentBegin = i;
    return true;
}

} // namespace

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

ParagraphMarkup ParagraphMarkup::analyse(QStringView text)
{
    ParagraphMarkup m;
    const qsizetype n = text.size();

    if (n > 0 && text[0] == QLatin1Char('*')) {
        const qsizetype close = text.indexOf(QLatin1Char('*'), 1);
        if (close < 0)
            m.problems.append({MarkupProblem::Kind::UnclosedLead, 0});
        else
            m.leadEnd = close;
    }

    QList<qsizetype> open; // indexes of '[' not yet closed
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'[') {
            open.append(i);
        } else if (c == u']') {
            if (open.isEmpty()) {
                m.problems.append({MarkupProblem::Kind::StrayBracket, i});
            } else {
                const int depth = int(open.size());
                m.spans.append({open.takeLast(), i + 1, depth});
            }
        } else if (c == u'{' && i + 1 < n && text[i + 1] == QLatin1Char('#')) {
            // Scan only identifier characters, so that many "{#" without "}" stay linear.
            qsizetype close = i + 2;
            while (close < n && close - i - 2 <= 32 &&
                   ((text[close] >= u'0' && text[close] <= u'9') ||
                    (text[close] >= u'a' && text[close] <= u'z')))
                ++close;
            if (close < n && text[close] == QLatin1Char('}')) {
                const QStringView id = text.mid(i + 2, close - i - 2);
                if (ParagraphId::isValid(id)) {
                    m.crossReferences.append({i, close - i + 1, id.toString()});
                    i = close;
                }
            }
        } else if (c >= 0x202A && c <= 0x2069 && isBidiControl(c)) {
            m.problems.append({MarkupProblem::Kind::BidiControl, i, c});
        }
    }
    for (qsizetype at : open)
        m.problems.append({MarkupProblem::Kind::UnclosedBracket, at});

    // Spans were closed innermost first; present them in reading order.
    std::sort(m.spans.begin(), m.spans.end(),
              [](const BracketSpan &a, const BracketSpan &b) { return a.begin < b.begin; });

    // Alternatives: consecutive "Alt N" spans at the same depth, separated by spaces only.
    for (int s = 0; s < m.spans.size(); ++s) {
        Alternative alt;
        alt.span = s;
        if (!readAlternativeLabel(text, m.spans[s].begin + 1, alt))
            continue;
        // The option before this one is the last alternative at the same depth: alternatives
        // nested inside that option come between the two in reading order.
        int group = -1;
        for (auto it = m.alternatives.crbegin(); it != m.alternatives.crend(); ++it) {
            const BracketSpan &prev = m.spans[it->span];
            if (prev.depth != m.spans[s].depth)
                continue;
            bool joinsPrevious = prev.end <= m.spans[s].begin;
            for (qsizetype i = prev.end; joinsPrevious && i < m.spans[s].begin; ++i)
                joinsPrevious = isSpace(text[i]);
            if (joinsPrevious)
                group = it->group;
            break;
        }
        alt.group = group >= 0 ? group : m.alternativeGroups++;
        m.alternatives.append(alt);
    }
    return m;
}

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (c >= 0x2E80 && isWrittenWithoutSpaces(c)) {
            ++words;
            inWord = false;
            continue;
        }
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing) {
            if (!inWord)
                ++words;
            inWord = true;
        } else if (inWord && (c == u'\'' || c == u'\u2019' || c == u'-') && i + 1 < text.size() &&
                   text[i + 1].isLetterOrNumber()) {
            // an apostrophe or hyphen inside a word keeps it one word
        } else {
            inWord = false;
        }
    }
    return words;
}

} // namespace plenary
