#include "spellchecker.h"

namespace plenary {

Result<SpellChecker> SpellChecker::forLanguage(const QString &tag, const DictionaryLocator &locator)
{
    const auto location = locator.find(tag);
    if (!location)
        return Error{Error::Kind::NotFound, DictionaryLocator::missingNotice(tag)};
    auto dictionary = SpellingDictionary::load(*location);
    if (!dictionary)
        return dictionary.error();
    return SpellChecker(std::move(dictionary).value());
}

SpellChecker::SpellChecker(SpellingDictionary dictionary)
    : m_dictionary(std::move(dictionary)), m_tokenizer(m_dictionary.wordCharacters())
{
}

bool SpellChecker::acceptedElsewhere(QStringView word) const
{
    if (m_accepted.isEmpty())
        return false;
    return m_accepted.contains(word.toString());
}

QList<Misspelling> SpellChecker::check(QStringView text)
{
    QList<Misspelling> out;
    for (const SpellingToken &token : m_tokenizer.tokenize(text)) {
        if (!token.isChecked())
            continue;
        const QStringView word = text.mid(token.begin, token.length);
        const bool ok =
            token.periodFollows ? m_dictionary.spellWithPeriod(word) : m_dictionary.spell(word);
        if (!ok && !acceptedElsewhere(word))
            out.append({token.begin, token.length, word.toString()});
    }
    return out;
}

bool SpellChecker::isAccepted(QStringView word)
{
    return m_dictionary.spell(word) || acceptedElsewhere(word);
}

QStringList SpellChecker::suggest(QStringView word, int max)
{
    return m_dictionary.suggest(word, max);
}

void SpellChecker::addProjectWord(const QString &word)
{
    m_dictionary.add(word);
    m_accepted.insert(word);
}

void SpellChecker::ignore(const QString &word)
{
    m_dictionary.add(word);
    m_accepted.insert(word);
}

} // namespace plenary
