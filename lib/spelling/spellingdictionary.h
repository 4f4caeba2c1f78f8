#pragma once

#include "core/result.h"
#include "dictionarylocator.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>

namespace plenary {

/// One Hunspell dictionary, loaded from a system folder, with the conversion of words to the
/// encoding its SET line declares.
///
/// Hunspell objects are not thread-safe, and in Hunspell 1.7.1 even two constructions at once
/// race on global state. So: every construction and destruction of a Hunspell object in the
/// process takes one global mutex, and a SpellingDictionary must be used by one thread at a
/// time (SpellingService gives it a thread of its own). It can be moved, not copied.
class SpellingDictionary
{
    Q_DECLARE_TR_FUNCTIONS(SpellingDictionary)

public:
    /// Loads the dictionary's two files. Fails with a message when a file cannot be read or
    /// its encoding is one this system cannot convert.
    [[nodiscard]] static Result<SpellingDictionary> load(const DictionaryLocation &location);

    SpellingDictionary(SpellingDictionary &&) noexcept;
    SpellingDictionary &operator=(SpellingDictionary &&) noexcept;
    ~SpellingDictionary();

    [[nodiscard]] const QString &name() const;
    /// The SET encoding, as the .aff file names it ("UTF-8", "KOI8-R").
    [[nodiscard]] QString encoding() const;
    /// The dictionary's WORDCHARS: characters besides letters that belong to words ("-’'.").
    [[nodiscard]] const QString &wordCharacters() const;

    /// Whether Hunspell accepts the word. A word with a character the dictionary's encoding
    /// cannot represent is not in the dictionary: it is reported misspelled.
    [[nodiscard]] bool spell(QStringView word);
    /// As spell(), for `word` followed by a period ("etc."), for dictionaries whose WORDCHARS
    /// hold '.': Hunspell then accepts an abbreviation and the word at a sentence's end alike.
    [[nodiscard]] bool spellWithPeriod(QStringView word);
    /// Up to `max` suggestions, best first (about 25 ms in Hunspell: never on the GUI thread).
    [[nodiscard]] QStringList suggest(QStringView word, int max = 8);
    /// Accepts `word` from now on (a project word, an ignored word); false when the encoding
    /// cannot represent it.
    bool add(QStringView word);

private:
    struct Private;
    explicit SpellingDictionary(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace plenary
