#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace plenary {

/// How a TextSearch compares its needle with a paragraph's text.
struct SearchOptions
{
    /// Letters must match in case; otherwise they are compared by simple Unicode case
    /// folding ("É" finds "é", "Ё" finds "ё"; "ß" does not find "SS").
    bool matchCase = false;
    /// A match may neither begin nor end in the middle of a word.
    bool wholeWords = false;
    /// A match counts only if it lies entirely inside one closed negotiation bracket span
    /// "[ … ]" (the brackets themselves included), at any depth.
    bool withinBrackets = false;

    friend bool operator==(const SearchOptions &, const SearchOptions &) = default;
};

/// One occurrence of the needle: UTF-16 indexes into the paragraph's text.
struct TextMatch
{
    qsizetype begin = 0;
    qsizetype length = 0;

    [[nodiscard]] qsizetype end() const { return begin + length; }
    friend bool operator==(const TextMatch &, const TextMatch &) = default;
};

/// Finds a needle in a paragraph's text, one paragraph at a time, the way a drafter means it:
/// never inside a cross-reference "{#id}" nor across an inline object (U+FFFC, which also
/// separates words), never splitting a character made of several code points.
///
/// Words are runs of letters, digits, combining marks, joiners and '_' of any script; every
/// Han, Hiragana or Katakana character is a word by itself (those scripts are written without
/// spaces), as countWords() counts them.
///
/// Brackets are read by ParagraphMarkup. An unbalanced bracket opens or closes no span: where
/// an unclosed '[' ends is unknown, so "within brackets" never reaches into text that may be
/// agreed; ParagraphMarkup reports the bracket as a problem and the editor shows it.
class TextSearch
{
public:
    static constexpr char16_t kObjectReplacement = u'\uFFFC';

    TextSearch() = default;
    TextSearch(QString needle, SearchOptions options);

    [[nodiscard]] const QString &needle() const { return m_needle; }
    [[nodiscard]] SearchOptions options() const { return m_options; }
    /// True when the search can find nothing at all (empty needle, or one holding U+FFFC).
    [[nodiscard]] bool isNull() const;

    /// Every match in the text, in reading order and never overlapping: candidates are tried
    /// from left to right, and a rejected candidate does not hide one starting inside it.
    [[nodiscard]] QList<TextMatch> matchesIn(QStringView text) const;

    /// The text with each match replaced by the replacement. Matches must be those of
    /// matchesIn() for this very text (in order, not overlapping, within the text).
    [[nodiscard]] static QString replaced(QStringView text, const QList<TextMatch> &matches,
                                          QStringView replacement);

private:
    QString m_needle;
    SearchOptions m_options;
};

} // namespace plenary
