#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <memory>
#include <string>

namespace plenary {

/// The character encoding a Hunspell dictionary declares with its SET line, and the conversion
/// of words to and from it: UTF-8 and ISO8859-1 directly, every other encoding (KOI8-R,
/// microsoft-cp1251, ISO8859-2 …) through iconv. One object is used from one thread at a time
/// (an iconv descriptor keeps state).
class DictionaryEncoding
{
public:
    /// For the name as the .aff file gives it; Hunspell's default without a SET line is
    /// ISO8859-1.
    explicit DictionaryEncoding(const QByteArray &setName);
    DictionaryEncoding(DictionaryEncoding &&) noexcept;
    DictionaryEncoding &operator=(DictionaryEncoding &&) noexcept;
    ~DictionaryEncoding();

    /// False when the system cannot convert to this encoding (iconv does not know it).
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] bool isUtf8() const;
    /// The name from the SET line.
    [[nodiscard]] const QByteArray &name() const { return m_name; }

    /// Writes `word` in the dictionary's encoding into `out` (replacing its content). False
    /// when a character has no representation in the encoding: such a word cannot be in the
    /// dictionary.
    [[nodiscard]] bool encode(QStringView word, std::string &out);
    /// A word or list from the dictionary (a suggestion, WORDCHARS) back to text.
    [[nodiscard]] QString decode(const std::string &bytes);

    /// The name iconv knows for a SET name: "microsoft-cp1251" → "CP1251".
    [[nodiscard]] static QByteArray iconvName(const QByteArray &setName);

private:
    struct Converters;
    enum class Kind
    {
        Utf8,
        Latin1,
        Iconv
    };
    QByteArray m_name;
    Kind m_kind = Kind::Utf8;
    std::unique_ptr<Converters> m_iconv;
};

} // namespace plenary
