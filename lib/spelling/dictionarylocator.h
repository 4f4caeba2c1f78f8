#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace plenary {

/// Where a Hunspell dictionary's two files are.
struct DictionaryLocation
{
    QString name;    ///< "en_US"
    QString affPath; ///< absolute path of the .aff file
    QString dicPath; ///< absolute path of the .dic file
};

/// Finds the Hunspell dictionary for a document's language in the system's dictionary folders
/// (the folders of DICPATH, then /usr/share/hunspell), never in a repository: dictionaries are
/// parsed by Hunspell, which must only see files the system administrator installed.
class DictionaryLocator
{
    Q_DECLARE_TR_FUNCTIONS(DictionaryLocator)

public:
    /// The folders of DICPATH (colon-separated), then /usr/share/hunspell.
    [[nodiscard]] static QStringList systemFolders();

    explicit DictionaryLocator(QStringList folders = systemFolders());

    [[nodiscard]] const QStringList &folders() const { return m_folders; }

    /// Dictionary names to try for a BCP 47 tag, best first: "fr-CA" → fr_CA, fr_FR, fr;
    /// "en" → en_US, en_GB, en; "ru" → ru_RU, ru. Empty for a tag that is not one.
    [[nodiscard]] static QStringList candidates(const QString &tag);

    /// The first candidate present in a folder (both files readable); failing that, any
    /// dictionary of the same language ("es" finds es_MX when es_ES is missing).
    [[nodiscard]] std::optional<DictionaryLocation> find(const QString &tag) const;

    /// The Debian package that brings the dictionary: hunspell-en-us, hunspell-fr, hunspell-ru.
    [[nodiscard]] static QString packageFor(const QString &tag);

    /// The notice shown when no dictionary is found: "no Russian dictionary: install
    /// hunspell-ru".
    [[nodiscard]] static QString missingNotice(const QString &tag);

private:
    QStringList m_folders;
};

} // namespace plenary
