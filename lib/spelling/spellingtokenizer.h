#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace plenary {

/// A word of a paragraph's text as the spell checker sees it, and whether it is checked.
struct SpellingToken
{
    /// What the token is: only Word is checked; every other kind is the closed list of
    /// exceptions in docs/spelling.md.
    enum class Kind
    {
        Word,
        Number,             ///< contains a digit: 2030, 19th, 1er, G20, COVID-19
        ParagraphReference, ///< OP5, PP3bis, 5bis
        Abbreviation,       ///< two or more capitals and no small letter: UNOCT, OSCE, NGOs
        Url,                ///< https://…, http://…, ftp://…, mailto:…, www.…
        Email,              ///< name@domain.tld
        DocumentSymbol      ///< A/77/L.5, S/RES/2396 (capitals first, parts split by '/')
    };

    qsizetype begin = 0;  ///< UTF-16 index into the text
    qsizetype length = 0; ///< UTF-16 code units
    Kind kind = Kind::Word;
    /// A '.' follows the word and the dictionary counts '.' as a word character (French):
    /// the word is checked with it, so that abbreviations ("etc.") are accepted.
    bool periodFollows = false;

    [[nodiscard]] bool isChecked() const { return kind == Kind::Word; }
};

/// Splits a paragraph's text (with Plenary's inline markup) into words as Hunspell expects
/// them: runs of letters, combining marks and digits of any script, joined by an apostrophe
/// (' ’ ʼ) between two of them and by the dictionary's own WORDCHARS (the hyphen and period
/// of French). Markup is skipped: the '*' of opening words, brackets, cross-references {#id},
/// alternative labels "Alt 1 (EU, US):". Rules in docs/spelling.md.
class SpellingTokenizer
{
public:
    /// `wordCharacters`: the dictionary's WORDCHARS (SpellingDictionary::wordCharacters()).
    explicit SpellingTokenizer(QStringView wordCharacters = {});

    /// Every token of the text, the exceptions classified, in text order.
    [[nodiscard]] QList<SpellingToken> tokenize(QStringView text) const;

    /// The kind of one word as tokenize() would classify it (for words from elsewhere, such
    /// as the output of the hunspell program).
    [[nodiscard]] static SpellingToken::Kind classify(QStringView word);

private:
    [[nodiscard]] static SpellingToken::Kind classifyWord(QStringView word);
    [[nodiscard]] bool isJoiner(char16_t c) const;
    void scanRun(QStringView text, qsizetype begin, qsizetype end,
                 QList<SpellingToken> &tokens) const;

    QString m_joiners; // non-letter characters of WORDCHARS
    bool m_periodIsWordCharacter = false;
};

} // namespace plenary
