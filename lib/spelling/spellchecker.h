#pragma once

#include "core/result.h"
#include "dictionarylocator.h"
#include "spellingdictionary.h"
#include "spellingtokenizer.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace plenary {

/// A word the dictionary does not accept, at UTF-16 offsets into the text that was checked.
struct Misspelling
{
    qsizetype begin = 0;
    qsizetype length = 0;
    QString word;

    friend bool operator==(const Misspelling &, const Misspelling &) = default;
};

/// Checks paragraph texts with one dictionary, the project's words and the words ignored for
/// the session: the synchronous checker the command line and the benchmarks use, and that
/// SpellingService runs on its worker thread. Like the dictionary it owns, it is used by one
/// thread at a time.
class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpellChecker)

public:
    /// The checker for a document language (BCP 47), or an error with the notice naming the
    /// package to install.
    [[nodiscard]] static Result<SpellChecker>
    forLanguage(const QString &tag, const DictionaryLocator &locator = DictionaryLocator());

    explicit SpellChecker(SpellingDictionary dictionary);

    [[nodiscard]] SpellingDictionary &dictionary() { return m_dictionary; }
    [[nodiscard]] const SpellingTokenizer &tokenizer() const { return m_tokenizer; }

    /// The misspelled words of one paragraph's text (with its markup), in text order.
    [[nodiscard]] QList<Misspelling> check(QStringView text);
    /// Whether a single word is accepted (dictionary, project words, ignored words).
    [[nodiscard]] bool isAccepted(QStringView word);
    /// Up to `max` suggestions (slow: about 25 ms).
    [[nodiscard]] QStringList suggest(QStringView word, int max = 8);

    /// A project word (dictionary.txt): accepted from now on.
    void addProjectWord(const QString &word);
    /// A word ignored for the session: accepted from now on, never written anywhere.
    void ignore(const QString &word);

private:
    bool acceptedElsewhere(QStringView word) const;

    SpellingDictionary m_dictionary;
    SpellingTokenizer m_tokenizer;
    QSet<QString> m_accepted; // project and ignored words, for those the encoding cannot hold
};

} // namespace plenary
