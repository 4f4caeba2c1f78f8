#pragma once

#include <QList>
#include <QStringView>

namespace plenary::compare {

/// What a token of a paragraph's text is.
enum class TokenKind : quint8
{
    Word,  ///< letters and digits (inner apostrophes and hyphens kept); one Han or Kana character
    Space, ///< a run of white space
    Punctuation,   ///< one character that is none of the others: , ; . ( ) * …
    Bracket,       ///< one negotiation bracket, '[' or ']'
    CrossReference ///< a whole "{#id}"
};

/// One token: a range of the text it was read from, and a hash of its characters.
struct Token
{
    qsizetype begin = 0;
    qsizetype length = 0;
    size_t hash = 0;
    TokenKind kind = TokenKind::Word;

    [[nodiscard]] qsizetype end() const { return begin + length; }
};

/// Splits a paragraph's text into the units a redline is made of: words, runs of space,
/// punctuation characters, each negotiation bracket on its own, cross-references whole; scripts
/// written without spaces (Han, Hiragana, Katakana) one character per token. Concatenating the
/// tokens gives the text back.
class Tokenizer
{
public:
    [[nodiscard]] static QList<Token> tokenize(QStringView text);

    /// True for characters of scripts written without spaces between words.
    [[nodiscard]] static bool isWrittenWithoutSpaces(char32_t c);
};

} // namespace plenary::compare
