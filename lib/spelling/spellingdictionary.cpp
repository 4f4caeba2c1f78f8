#include "spellingdictionary.h"

#include "dictionaryencoding.h"

#include <QFile>
#include <hunspell.hxx>
#include <mutex>

namespace plenary {

namespace {

// Serialises every construction and destruction of a Hunspell object in the process: Hunspell
// 1.7.1 races on global state even there.
std::mutex &hunspellLifetimeMutex()
{
    static std::mutex mutex;
    return mutex;
}

struct HunspellDeleter
{
    void operator()(Hunspell *h) const
    {
        const std::lock_guard lock(hunspellLifetimeMutex());
        delete h;
    }
};

} // namespace

struct SpellingDictionary::Private
{
    QString name;
    std::unique_ptr<Hunspell, HunspellDeleter> hunspell;
    DictionaryEncoding encoding{QByteArrayLiteral("UTF-8")};
    QString wordCharacters;
    std::string buffer; // the word being checked, in the dictionary's encoding
};

Result<SpellingDictionary> SpellingDictionary::load(const DictionaryLocation &location)
{
    for (const QString &path : {location.affPath, location.dicPath}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failed(
                tr("cannot read the dictionary file %1: %2").arg(path, file.errorString()));
    }
    auto d = std::make_unique<Private>();
    d->name = location.name;
    {
        const std::lock_guard lock(hunspellLifetimeMutex());
        d->hunspell.reset(new Hunspell(QFile::encodeName(location.affPath).constData(),
                                       QFile::encodeName(location.dicPath).constData()));
    }
    // Hunspell has read the SET line (ISO8859-1 when there is none): that is the encoding its
    // words are compared in.
    d->encoding = DictionaryEncoding(QByteArray::fromStdString(d->hunspell->get_dict_encoding()));
    if (!d->encoding.isValid())
        return Error::failed(
            tr("the dictionary %1 declares the encoding %2, which this system cannot convert")
                .arg(location.name, QString::fromLatin1(d->encoding.name())));
    d->wordCharacters = d->encoding.decode(d->hunspell->get_wordchars_cpp());
    return SpellingDictionary(std::move(d));
}

SpellingDictionary::SpellingDictionary(std::unique_ptr<Private> d) : d(std::move(d))
{
}
SpellingDictionary::SpellingDictionary(SpellingDictionary &&) noexcept = default;
SpellingDictionary &SpellingDictionary::operator=(SpellingDictionary &&) noexcept = default;
SpellingDictionary::~SpellingDictionary() = default;

const QString &SpellingDictionary::name() const
{
    return d->name;
}

QString SpellingDictionary::encoding() const
{
    return QString::fromLatin1(d->encoding.name());
}

const QString &SpellingDictionary::wordCharacters() const
{
    return d->wordCharacters;
}

bool SpellingDictionary::spell(QStringView word)
{
    if (!d->encoding.encode(word, d->buffer))
        return false;
    return d->hunspell->spell(d->buffer);
}

bool SpellingDictionary::spellWithPeriod(QStringView word)
{
    if (!d->encoding.encode(word, d->buffer))
        return false;
    d->buffer.push_back('.');
    return d->hunspell->spell(d->buffer);
}

QStringList SpellingDictionary::suggest(QStringView word, int max)
{
    QStringList out;
    std::string encoded;
    if (!d->encoding.encode(word, encoded))
        return out;
    for (const std::string &s : d->hunspell->suggest(encoded)) {
        if (out.size() >= max)
            break;
        const QString decoded = d->encoding.decode(s);
        if (!decoded.isEmpty())
            out.append(decoded);
    }
    return out;
}

bool SpellingDictionary::add(QStringView word)
{
    std::string encoded;
    if (!d->encoding.encode(word, encoded))
        return false;
    return d->hunspell->add(encoded) == 0;
}

} // namespace plenary
