#include "tokenizer.h"

#include <QChar>

namespace plenary::compare {

namespace {

// A code point at i, and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype i, int &units)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    units = 1;
    return c.unicode();
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isIdentifierCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z');
}

// Length of a cross-reference "{#id}" starting at i, or 0. The same rule as ParagraphMarkup:
// 4 to 32 characters from 0-9 and a-z between "{#" and "}".
qsizetype crossReferenceLength(QStringView text, qsizetype i)
{
    if (text[i] != u'{' || i + 1 >= text.size() || text[i + 1] != u'#')
        return 0;
    qsizetype close = i + 2;
    while (close < text.size() && close - i - 2 <= 32 && isIdentifierCharacter(text[close]))
        ++close;
    const qsizetype idLength = close - i - 2;
    if (close < text.size() && text[close] == u'}' && idLength >= 4 && idLength <= 32)
        return close - i + 1;
    return 0;
}

size_t hashOf(QStringView text)
{
    // FNV-1a over UTF-16 units: the diff compares hashes first and characters only on a match.
    size_t h = 1469598103934665603ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace

bool Tokenizer::isWrittenWithoutSpaces(char32_t c)
{
    if (c < 0x2E80)
        return false;
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 3 + 1);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype begin = i;
        int units = 1;
        const char32_t c = codePointAt(text, i, units);
        TokenKind kind = TokenKind::Punctuation;
        if (QChar::isSpace(c)) {
            kind = TokenKind::Space;
            i += units;
            while (i < n && text[i].isSpace())
                ++i;
        } else if (c == u'[' || c == u']') {
            kind = TokenKind::Bracket;
            ++i;
        } else if (const qsizetype ref = crossReferenceLength(text, i); ref > 0) {
            kind = TokenKind::CrossReference;
            i += ref;
        } else if (isWrittenWithoutSpaces(c)) {
            kind = TokenKind::Word;
            i += units;
            // Combining marks stay with the character they modify.
            while (i < n && text[i].isMark())
                ++i;
        } else if (isWordCharacter(c)) {
            kind = TokenKind::Word;
            i += units;
            while (i < n) {
                int u = 1;
                const char32_t d = codePointAt(text, i, u);
                if (isWordCharacter(d) && !isWrittenWithoutSpaces(d)) {
                    i += u;
                    continue;
                }
                // An apostrophe or hyphen inside a word keeps it one word, as countWords() does.
                if ((d == u'\'' || d == u'\u2019' || d == u'-') && i + 1 < n) {
                    int u2 = 1;
                    const char32_t e = codePointAt(text, i + 1, u2);
                    if (QChar::isLetterOrNumber(e) && !isWrittenWithoutSpaces(e)) {
                        i += 1 + u2;
                        continue;
                    }
                }
                break;
            }
        } else {
            i += units;
        }
        const QStringView token = text.mid(begin, i - begin);
        tokens.append({begin, i - begin, hashOf(token), kind});
    }
    return tokens;
}

} // namespace plenary::compare
