#include "dictionaryencoding.h"

#include <cerrno>
#include <iconv.h>

namespace plenary {

namespace {

// Appends `word` as UTF-8; false on a lone surrogate, which no dictionary word contains.
bool appendUtf8(QStringView word, std::string &out)
{
    const qsizetype n = word.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = word[i].unicode();
        if (c < 0x80) {
            out.push_back(char(c));
            continue;
        }
        if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || i + 1 >= n || !word[i + 1].isLowSurrogate())
                return false;
            c = QChar::surrogateToUcs4(char16_t(c), word[i + 1].unicode());
            ++i;
        }
        if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            out.push_back(char(0xE0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        }
        out.push_back(char(0x80 | (c & 0x3F)));
    }
    return true;
}

// An iconv descriptor, closed with its owner.
class Iconv
{
public:
    Iconv(const char *to, const char *from) : m_cd(iconv_open(to, from)) {}
    ~Iconv()
    {
        if (isValid())
            iconv_close(m_cd);
    }
    Iconv(const Iconv &) = delete;
    Iconv &operator=(const Iconv &) = delete;

    [[nodiscard]] bool isValid() const { return m_cd != iconv_t(-1); }

    // Converts all of `in`; false when a character cannot be represented or is invalid.
    bool convert(const char *in, size_t inLength, std::string &out)
    {
        iconv(m_cd, nullptr, nullptr, nullptr, nullptr); // a fresh shift state for each word
        out.resize(inLength * 4 + 16);
        char *src = const_cast<char *>(in);
        char *dst = out.data();
        size_t srcLeft = inLength, dstLeft = out.size();
        while (srcLeft > 0) {
            if (iconv(m_cd, &src, &srcLeft, &dst, &dstLeft) == size_t(-1)) {
                if (errno != E2BIG)
                    return false;
                const size_t used = size_t(dst - out.data());
                out.resize(out.size() * 2);
                dst = out.data() + used;
                dstLeft = out.size() - used;
            }
        }
        out.resize(size_t(dst - out.data()));
        return true;
    }

private:
    iconv_t m_cd;
};

} // namespace

struct DictionaryEncoding::Converters
{
    Converters(const QByteArray &name) : encode(name.constData(), "UTF-8"), decode("UTF-8", name) {}
    Iconv encode;
    Iconv decode;
    std::string utf8; // the word in UTF-8 on its way to iconv
};

QByteArray DictionaryEncoding::iconvName(const QByteArray &setName)
{
    QByteArray name = setName.trimmed();
    if (name.toLower().startsWith("microsoft-"))
        name = name.mid(10);
    if (name.toUpper() == "TIS620-2533")
        return QByteArrayLiteral("TIS-620");
    if (name.toUpper() == "ISCII-DEVANAGARI")
        return QByteArrayLiteral("ISCII-DEVANAGARI"); // not in glibc: reported as unknown
    return name.toUpper();
}

DictionaryEncoding::DictionaryEncoding(const QByteArray &setName)
    : m_name(setName.trimmed().isEmpty() ? QByteArrayLiteral("ISO8859-1") : setName.trimmed())
{
    const QByteArray upper = m_name.toUpper();
    if (upper == "UTF-8" || upper == "UTF8") {
        m_kind = Kind::Utf8;
    } else if (upper == "ISO8859-1" || upper == "ISO-8859-1" || upper == "LATIN1") {
        m_kind = Kind::Latin1;
    } else {
        m_kind = Kind::Iconv;
        m_iconv = std::make_unique<Converters>(iconvName(m_name));
    }
}

DictionaryEncoding::DictionaryEncoding(DictionaryEncoding &&) noexcept = default;
DictionaryEncoding &DictionaryEncoding::operator=(DictionaryEncoding &&) noexcept = default;
DictionaryEncoding::~DictionaryEncoding() = default;

bool DictionaryEncoding::isValid() const
{
    return m_kind != Kind::Iconv || (m_iconv->encode.isValid() && m_iconv->decode.isValid());
}

bool DictionaryEncoding::isUtf8() const
{
    return m_kind == Kind::Utf8;
}

bool DictionaryEncoding::encode(QStringView word, std::string &out)
{
    out.clear();
    switch (m_kind) {
    case Kind::Utf8:
        return appendUtf8(word, out);
    case Kind::Latin1:
        for (QChar c : word) {
            if (c.unicode() > 0xFF)
                return false;
            out.push_back(char(c.unicode()));
        }
        return true;
    case Kind::Iconv:
        if (!isValid())
            return false;
        m_iconv->utf8.clear();
        if (!appendUtf8(word, m_iconv->utf8))
            return false;
        return m_iconv->encode.convert(m_iconv->utf8.data(), m_iconv->utf8.size(), out);
    }
    return false;
}

QString DictionaryEncoding::decode(const std::string &bytes)
{
    switch (m_kind) {
    case Kind::Utf8:
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    case Kind::Latin1:
        return QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
    case Kind::Iconv: {
        std::string utf8;
        if (!isValid() || !m_iconv->decode.convert(bytes.data(), bytes.size(), utf8))
            return QString();
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }
    }
    return QString();
}

} // namespace plenary
