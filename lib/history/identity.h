#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace plenary {

namespace git {
class Repository;
}

/// Who saves: a drafter's name and email and the delegation they speak for.
struct Identity
{
    Q_DECLARE_TR_FUNCTIONS(Identity)

public:
    QString name;
    QString email;
    QString delegation; ///< a code listed in the repository's manifest

    /// What the command line said, if anything (--author "Name <email>", --delegation CODE).
    struct Overrides
    {
        QString author;
        QString delegation;
    };

    /// Resolves the identity, first found wins for each part: the command line, then the
    /// environment (PLENARY_AUTHOR, PLENARY_DELEGATION), then Plenary's settings, then git's
    /// user.name and user.email. A missing delegation or name is an error saying how to set it.
    [[nodiscard]] static Result<Identity> resolve(const Overrides &overrides,
                                                  const git::Repository &repository);

    /// Splits "Name <email>"; false if the form is wrong.
    [[nodiscard]] static bool parseAuthor(const QString &author, QString &name, QString &email);

    /// Stores the identity in Plenary's settings (used by the editor's identity dialog).
    void saveToSettings() const;
};

} // namespace plenary
