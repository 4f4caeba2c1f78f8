#pragma once

#include "git/oid.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace plenary {

/// Unsaved work of one negotiation, kept outside the git history until it is saved: written
/// atomically a few seconds after each change, offered back after a crash. One file per
/// repository, named after a hash of the repository's canonical path (not the file name), in
/// Plenary's data folder.
class RecoveryFile
{
public:
    /// `slot` tells apart the windows that have one repository open at once (see
    /// EditorSession): slot 0 is the first.
    explicit RecoveryFile(const QString &repositoryRoot, int slot = 0);

    struct Content
    {
        QByteArray text;     ///< the document text, as it would be saved
        QByteArray comments; ///< the comments file with comments not yet saved; empty if none
        QString base;        ///< the revision the text was based on (may be empty)
        QDateTime written;   ///< when it was written
    };

    /// The path, without extension, of the files kept for one repository in Plenary's data
    /// folder: named after a hash of the repository's canonical path.
    [[nodiscard]] static QString stem(const QString &repositoryRoot);

    [[nodiscard]] const QString &path() const { return m_path; }
    /// Writes atomically; returns false (and keeps the previous file) on failure.
    bool write(const QByteArray &text, const QString &base,
               const QByteArray &comments = QByteArray()) const;
    [[nodiscard]] std::optional<Content> read() const;
    void remove() const;

private:
    QString m_repository;
    QString m_path;
};

} // namespace plenary
