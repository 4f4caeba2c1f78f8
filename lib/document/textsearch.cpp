#include "textsearch.h"

#include "paragraphmarkup.h"

#include <QTextBoundaryFinder>
#include <algorithm>
#include <optional>

namespace plenary {

namespace {

char32_t codePointAt(QStringView text, qsizetype i)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(text[i], text[i + 1]);
    return text[i].unicode();
}

char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (text[i - 1].isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], text[i - 1]);
    return text[i - 1].unicode();
}

bool isWrittenWithoutSpaces(char32_t c)
{
    if (c < 0x2E80)
        return false;
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

bool isWordCharacter(char32_t c)
{
    if (c == u'_' || c == 0x200C || c == 0x200D) // joiners sit inside Persian and Indic words
        return true;
    if (c == TextSearch::kObjectReplacement)
        return false;
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isWordBoundary(QStringView text, qsizetype i)
{
    if (i == 0 || i == text.size())
        return true;
    const char32_t before = codePointBefore(text, i);
    const char32_t after = codePointAt(text, i);
    if (!isWordCharacter(before) || !isWordCharacter(after))
        return true;
    return isWrittenWithoutSpaces(before) || isWrittenWithoutSpaces(after);
}

// What a candidate is checked against, read from the text only once a candidate turns up.
class Context
{
public:
    explicit Context(QStringView text) : m_text(text) {}

    const ParagraphMarkup &markup()
    {
        if (!m_markup)
            m_markup = ParagraphMarkup::analyse(m_text);
        return *m_markup;
    }

    // Characters below U+0300 never join the next one into one grapheme (paragraphs hold no
    // CR LF), so most boundaries are decided without Unicode's grapheme rules.
    bool isGraphemeBoundary(qsizetype i)
    {
        if (i == 0 || i == m_text.size())
            return true;
        if (m_text[i - 1].unicode() < 0x300 && m_text[i].unicode() < 0x300)
            return true;
        if (!m_graphemes) {
            m_graphemes.emplace(QTextBoundaryFinder::Grapheme, m_text.data(), m_text.size());
        }
        m_graphemes->setPosition(i);
        return m_graphemes->isAtBoundary();
    }

private:
    QStringView m_text;
    std::optional<ParagraphMarkup> m_markup;
    std::optional<QTextBoundaryFinder> m_graphemes;
};

bool overlaps(const TextMatch &match, const CrossReference &reference)
{
    return match.begin < reference.begin + reference.length && reference.begin < match.end();
}

bool liesWithin(const TextMatch &match, const BracketSpan &span)
{
    return span.begin <= match.begin && match.end() <= span.end;
}

bool accepts(const TextMatch &match, const SearchOptions &options, Context &context,
             QStringView text)
{
    if (!context.isGraphemeBoundary(match.begin) || !context.isGraphemeBoundary(match.end()))
        return false;
    if (options.wholeWords &&
        (!isWordBoundary(text, match.begin) || !isWordBoundary(text, match.end())))
        return false;
    const ParagraphMarkup &markup = context.markup();
    for (const CrossReference &reference : markup.crossReferences) {
        if (overlaps(match, reference))
            return false;
    }
    if (options.withinBrackets) {
        return std::any_of(markup.spans.cbegin(), markup.spans.cend(),
                           [&](const BracketSpan &span) { return liesWithin(match, span); });
    }
    return true;
}

} // namespace

TextSearch::TextSearch(QString needle, SearchOptions options)
    : m_needle(std::move(needle)), m_options(options)
{
}

bool TextSearch::isNull() const
{
    return m_needle.isEmpty() || m_needle.contains(QChar(kObjectReplacement));
}

QList<TextMatch> TextSearch::matchesIn(QStringView text) const
{
    QList<TextMatch> matches;
    if (isNull())
        return matches;
    const Qt::CaseSensitivity cs = m_options.matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
    Context context(text);
    qsizetype from = 0;
    while (from <= text.size() - m_needle.size()) {
        const qsizetype at = text.indexOf(m_needle, from, cs);
        if (at < 0)
            break;
        const TextMatch candidate{at, m_needle.size()};
        if (accepts(candidate, m_options, context, text)) {
            matches.append(candidate);
            from = candidate.end();
        } else {
            from = at + 1;
        }
    }
    return matches;
}

QString TextSearch::replaced(QStringView text, const QList<TextMatch> &matches,
                             QStringView replacement)
{
    QString result;
    result.reserve(text.size() + matches.size() * (replacement.size() + 1));
    qsizetype copied = 0;
    for (const TextMatch &match : matches) {
        Q_ASSERT(match.begin >= copied && match.length >= 0 && match.end() <= text.size());
        if (match.begin < copied || match.length < 0 || match.end() > text.size())
            continue; // not a match of this text: leave the text as it is there
        result.append(text.mid(copied, match.begin - copied));
        result.append(replacement);
        copied = match.end();
    }
    result.append(text.mid(copied));
    return result;
}

} // namespace plenary
