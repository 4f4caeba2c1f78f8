#include "spellingtokenizer.h"

#include "document/paragraphmarkup.h"

#include <algorithm>
#include <optional>

namespace plenary {

namespace {

struct Range
{
    qsizetype begin;
    qsizetype end;
};

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// The code point at `i` and its length in UTF-16 units.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype end, int &units)
{
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < end && text[i + 1].isLowSurrogate()) {
        units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1].unicode());
    }
    units = 1;
    return c;
}

bool isWordCodePoint(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetter(char16_t(c)) || isAsciiDigit(char16_t(c));
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isWordCharAt(QStringView text, qsizetype i, qsizetype end)
{
    int units = 1;
    return i < end && isWordCodePoint(codePointAt(text, i, end, units));
}

bool isRunSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\u00A0' || c == u'\u202F' ||
           QChar::isSpace(c);
}

bool startsWithCaseless(QStringView s, QLatin1StringView prefix)
{
    return s.startsWith(prefix, Qt::CaseInsensitive);
}

std::optional<SpellingToken::Kind> classifyRun(QStringView run)
{
    if (run.isEmpty())
        return std::nullopt;
    for (const char *scheme : {"https://", "http://", "ftp://", "mailto:", "www."})
        if (startsWithCaseless(run, QLatin1StringView(scheme)) &&
            run.size() > qsizetype(qstrlen(scheme)))
            return SpellingToken::Kind::Url;
    const qsizetype at = run.indexOf(u'@');
    if (at > 0 && at + 1 < run.size()) {
        const qsizetype dot = run.indexOf(u'.', at + 2);
        if (dot > at + 1 && dot + 1 < run.size() && run.indexOf(u'@', at + 1) < 0)
            return SpellingToken::Kind::Email;
    }
    if (run.contains(u'/')) {
        bool symbol = true;
        int part = 0;
        for (QStringView piece : run.split(u'/')) {
            if (piece.isEmpty()) {
                symbol = false;
                break;
            }
            for (QChar c : piece) {
                const char16_t u = c.unicode();
                if (!isAsciiLetter(u) && !isAsciiDigit(u) && u != u'.' && u != u'-' && u != u'(' &&
                    u != u')') {
                    symbol = false;
                    break;
                }
            }
            // The organ's letters come first: A/, S/, E/CN.6/, CTC/ — and "and/or" is words.
            if (symbol && part == 0) {
                symbol = piece.size() <= 6 && piece[0] >= u'A' && piece[0] <= u'Z';
                for (QChar c : piece)
                    if (c >= u'a' && c <= u'z')
                        symbol = false;
            }
            if (!symbol)
                break;
            ++part;
        }
        if (symbol && part >= 2)
            return SpellingToken::Kind::DocumentSymbol;
    }
    return std::nullopt;
}

bool isOpeningPunctuation(char16_t c)
{
    return c == u'(' || c == u'[' || c == u'{' || c == u'"' || c == u'\'' || c == u'\u00AB' ||
           c == u'\u201C' || c == u'\u2018' || c == u'\u201E' || c == u'*';
}

bool isClosingPunctuation(char16_t c)
{
    return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' ||
           c == u')' || c == u']' || c == u'}' || c == u'"' || c == u'\'' || c == u'\u00BB' ||
           c == u'\u201D' || c == u'\u2019' || c == u'*' || c == u'\u060C' || c == u'\u061B';
}

const QLatin1StringView kInsertedSuffixes[] = {
    QLatin1StringView("bis"),       QLatin1StringView("ter"),    QLatin1StringView("quater"),
    QLatin1StringView("quinquies"), QLatin1StringView("sexies"), QLatin1StringView("septies"),
    QLatin1StringView("octies"),    QLatin1StringView("novies"), QLatin1StringView("decies")};

bool isParagraphReference(QStringView word)
{
    qsizetype i = 0;
    if (word.startsWith(QLatin1StringView("PP")) || word.startsWith(QLatin1StringView("OP")))
        i = 2;
    const qsizetype digits = i;
    while (i < word.size() && isAsciiDigit(word[i].unicode()))
        ++i;
    if (i == digits)
        return false;
    const QStringView rest = word.mid(i);
    if (rest.isEmpty())
        return digits > 0; // "OP5"; a bare number is a number
    return std::any_of(std::begin(kInsertedSuffixes), std::end(kInsertedSuffixes),
                       [&](QLatin1StringView s) { return rest == s; });
}

} // namespace

SpellingTokenizer::SpellingTokenizer(QStringView wordCharacters)
{
    for (QChar c : wordCharacters) {
        if (isWordCodePoint(c.unicode()) || isApostrophe(c.unicode()))
            continue;
        if (c == u'.')
            m_periodIsWordCharacter = true;
        if (!m_joiners.contains(c))
            m_joiners.append(c);
    }
}

bool SpellingTokenizer::isJoiner(char16_t c) const
{
    return isApostrophe(c) || (!m_joiners.isEmpty() && m_joiners.contains(QChar(c)));
}

SpellingToken::Kind SpellingTokenizer::classify(QStringView word)
{
    if (const auto kind = classifyRun(word))
        return *kind;
    return classifyWord(word);
}

SpellingToken::Kind SpellingTokenizer::classifyWord(QStringView word)
{
    bool digit = false;
    for (QChar c : word)
        if (c.isDigit())
            digit = true;
    if (digit)
        return isParagraphReference(word) ? SpellingToken::Kind::ParagraphReference
                                          : SpellingToken::Kind::Number;
    // Capitals only (a plural or possessive "s" allowed): UNOCT, OSCE, NGOs, UNOCT's; also
    // after an elided article or preposition: l’OSCE, d’UNOCT.
    QStringView stem = word;
    for (qsizetype i = 1; i <= 3 && i + 1 < stem.size(); ++i) {
        if (isApostrophe(stem[i].unicode())) {
            bool elision = true;
            for (qsizetype j = 0; j < i; ++j)
                elision = elision && stem[j].isLower();
            if (elision)
                stem = stem.mid(i + 1);
            break;
        }
    }
    for (QLatin1StringView suffix : {QLatin1StringView("'s"), QLatin1StringView("s")})
        if (stem.endsWith(suffix) && stem.size() > suffix.size() + 1) {
            stem.chop(suffix.size());
            break;
        }
    if (stem.endsWith(QStringView(u"\u2019s")) && stem.size() > 3)
        stem.chop(2);
    int capitals = 0;
    for (QChar c : stem) {
        if (c.isLower())
            return SpellingToken::Kind::Word;
        if (c.isUpper())
            ++capitals;
    }
    return capitals >= 2 ? SpellingToken::Kind::Abbreviation : SpellingToken::Kind::Word;
}

QList<SpellingToken> SpellingTokenizer::tokenize(QStringView text) const
{
    QList<SpellingToken> tokens;
    // Markup that is not prose: cross-references and alternative labels.
    QList<Range> skip;
    const bool mayHaveMarkup = text.contains(u'{') || text.contains(u'[');
    if (mayHaveMarkup) {
        const ParagraphMarkup markup = ParagraphMarkup::analyse(text);
        for (const CrossReference &ref : markup.crossReferences)
            skip.append({ref.begin, ref.begin + ref.length});
        for (const Alternative &alt : markup.alternatives)
            skip.append({markup.spans[alt.span].begin + 1, alt.contentBegin});
        std::sort(skip.begin(), skip.end(),
                  [](const Range &a, const Range &b) { return a.begin < b.begin; });
    }

    qsizetype nextSkip = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (nextSkip < skip.size() && skip[nextSkip].end <= i)
            ++nextSkip;
        if (nextSkip < skip.size() && skip[nextSkip].begin <= i) {
            i = skip[nextSkip].end;
            continue;
        }
        if (isRunSpace(text[i].unicode())) {
            ++i;
            continue;
        }
        // A run of characters between spaces (and markup to skip).
        const qsizetype limit = nextSkip < skip.size() ? skip[nextSkip].begin : n;
        qsizetype end = i;
        while (end < limit && !isRunSpace(text[end].unicode()))
            ++end;
        scanRun(text, i, end, tokens);
        i = end;
    }
    return tokens;
}

void SpellingTokenizer::scanRun(QStringView text, qsizetype begin, qsizetype end,
                                QList<SpellingToken> &tokens) const
{
    // URLs, e-mail addresses and document symbols are whole runs, without the punctuation
    // around them.
    qsizetype first = begin, last = end;
    while (first < last && isOpeningPunctuation(text[first].unicode()))
        ++first;
    while (last > first && isClosingPunctuation(text[last - 1].unicode()))
        --last;
    if (last > first && text[first].unicode() < 0x80) {
        const QStringView run = text.mid(first, last - first);
        if (run.size() > 3 && (run.contains(u'/') || run.contains(u'@') || run.contains(u'.'))) {
            if (const auto kind = classifyRun(run)) {
                tokens.append({first, last - first, *kind, false});
                return;
            }
        }
    }

    qsizetype i = begin;
    while (i < end) {
        int units = 1;
        if (!isWordCodePoint(codePointAt(text, i, end, units))) {
            i += units;
            continue;
        }
        const qsizetype start = i;
        i += units;
        while (i < end) {
            if (isWordCodePoint(codePointAt(text, i, end, units))) {
                i += units;
            } else if (isJoiner(text[i].unicode())) {
                // Joiners inside a word, even several ("c.-à-d."), never at its end.
                qsizetype next = i + 1;
                while (next < end && isJoiner(text[next].unicode()))
                    ++next;
                if (!isWordCharAt(text, next, end))
                    break;
                i = next;
            } else {
                break;
            }
        }
        SpellingToken token{start, i - start, classifyWord(text.mid(start, i - start)), false};
        token.periodFollows = m_periodIsWordCharacter && i < end && text[i] == u'.';
        tokens.append(token);
    }
}

} // namespace plenary
