#include "dictionarylocator.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace plenary {

namespace {

struct Tag
{
    QString language; ///< lower case: "en"
    QString region;   ///< upper case: "US"; empty when the tag has none
};

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Reads the language and region of a BCP 47 tag; nothing for a malformed one, so that no
// character from a document ever reaches a file name unchecked.
std::optional<Tag> parseTag(const QString &tag)
{
    const QStringList parts = QString(tag).replace(u'_', u'-').split(u'-');
    if (parts.isEmpty())
        return std::nullopt;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 8)
            return std::nullopt;
        for (QChar c : part)
            if (!isAsciiAlnum(c))
                return std::nullopt;
    }
    Tag t;
    t.language = parts.first().toLower();
    if (t.language.size() < 2 || t.language.size() > 3)
        return std::nullopt;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts[i];
        const bool letters = part.size() == 2 && part[0].isLetter() && part[1].isLetter();
        const bool digits = part.size() == 3 && part[0].isDigit();
        if (letters || digits) {
            t.region = part.toUpper();
            break;
        }
    }
    return t;
}

// The usual dictionaries of a language, best first, where the language's own name is not the
// obvious one.
QStringList defaultsFor(const QString &language)
{
    // Conference English is British (Oxford) spelling: en_GB accepts "organization" and
    // "programme" alike, where en_US would flag every "centre" of a UN text.
    if (language == u"en")
        return {QStringLiteral("en_GB"), QStringLiteral("en_US")};
    if (language == u"fr")
        return {QStringLiteral("fr_FR"), QStringLiteral("fr")};
    if (language == u"ar")
        return {QStringLiteral("ar"), QStringLiteral("ar_SA")};
    if (language == u"pt")
        return {QStringLiteral("pt_PT"), QStringLiteral("pt_BR")};
    if (language == u"zh")
        return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
    return {language + u'_' + language.toUpper()};
}

bool readable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isReadable();
}

} // namespace

QStringList DictionaryLocator::systemFolders()
{
    QStringList folders;
    const QString dicpath = qEnvironmentVariable("DICPATH");
    for (const QString &folder : dicpath.split(u':', Qt::SkipEmptyParts))
        folders.append(folder);
    folders.append(QStringLiteral("/usr/share/hunspell"));
    folders.removeDuplicates();
    return folders;
}

DictionaryLocator::DictionaryLocator(QStringList folders) : m_folders(std::move(folders))
{
}

QStringList DictionaryLocator::candidates(const QString &tag)
{
    const auto t = parseTag(tag);
    if (!t)
        return {};
    QStringList names;
    if (!t->region.isEmpty())
        names.append(t->language + u'_' + t->region);
    names.append(defaultsFor(t->language));
    names.append(t->language);
    names.removeDuplicates();
    return names;
}

std::optional<DictionaryLocation> DictionaryLocator::find(const QString &tag) const
{
    const QStringList names = candidates(tag);
    if (names.isEmpty())
        return std::nullopt;
    for (const QString &name : names) {
        for (const QString &folder : m_folders) {
            const QString base = QDir(folder).absoluteFilePath(name);
            if (readable(base + QLatin1String(".aff")) && readable(base + QLatin1String(".dic")))
                return DictionaryLocation{name, base + QLatin1String(".aff"),
                                          base + QLatin1String(".dic")};
        }
    }
    // Any other regional dictionary of the language, in name order.
    const QString language = names.last();
    for (const QString &folder : m_folders) {
        const QDir dir(folder);
        const QStringList affs =
            dir.entryList({language + QLatin1String("_*.aff")}, QDir::Files, QDir::Name);
        for (const QString &aff : affs) {
            const QString name = aff.chopped(4);
            const QString base = dir.absoluteFilePath(name);
            if (readable(base + QLatin1String(".aff")) && readable(base + QLatin1String(".dic")))
                return DictionaryLocation{name, base + QLatin1String(".aff"),
                                          base + QLatin1String(".dic")};
        }
    }
    return std::nullopt;
}

QString DictionaryLocator::packageFor(const QString &tag)
{
    const auto t = parseTag(tag);
    if (!t)
        return QStringLiteral("hunspell");
    // Debian splits these languages by region; the others ship one package per language.
    if (t->language == u"en")
        return QLatin1String("hunspell-en-") +
               (t->region.isEmpty() ? QStringLiteral("us") : t->region.toLower());
    if (t->language == u"de" || t->language == u"pt")
        return QLatin1String("hunspell-") + t->language + u'-' +
               (t->region.isEmpty()
                    ? (t->language == u"de" ? QStringLiteral("de") : QStringLiteral("pt"))
                    : t->region.toLower());
    return QLatin1String("hunspell-") + t->language;
}

QString DictionaryLocator::missingNotice(const QString &tag)
{
    const QLocale locale(tag);
    QString language =
        locale.language() == QLocale::C ? tag : QLocale::languageToString(locale.language());
    return tr("no %1 dictionary: install %2").arg(language, packageFor(tag));
}

} // namespace plenary
