#include "identity.h"

#include "git/repository.h"

#include <QRegularExpression>
#include <QSettings>

namespace plenary {

bool Identity::parseAuthor(const QString &author, QString &name, QString &email)
{
    static const QRegularExpression kAuthor(QStringLiteral("^\\s*([^<>]+?)\\s*<([^<>\\s]+)>\\s*$"));
    const auto match = kAuthor.match(author);
    if (!match.hasMatch())
        return false;
    name = match.captured(1);
    email = match.captured(2);
    return true;
}

Result<Identity> Identity::resolve(const Overrides &overrides, const git::Repository &repository)
{
    Identity identity;
    QSettings settings(QStringLiteral("Plenary"), QStringLiteral("Plenary"));

    const QString author =
        !overrides.author.isEmpty() ? overrides.author : qEnvironmentVariable("PLENARY_AUTHOR");
    if (!author.isEmpty()) {
        if (!parseAuthor(author, identity.name, identity.email))
            return Error{Error::Kind::Invalid,
                         tr("author '%1' is not of the form 'Name <email>'").arg(author)};
    } else {
        identity.name = settings.value(QStringLiteral("identity/name")).toString();
        identity.email = settings.value(QStringLiteral("identity/email")).toString();
        if (identity.name.isEmpty())
            identity.name =
                repository.configString(QStringLiteral("user.name")).value_or(QString());
        if (identity.email.isEmpty())
            identity.email =
                repository.configString(QStringLiteral("user.email")).value_or(QString());
    }
    if (identity.name.isEmpty())
        return Error{Error::Kind::Invalid,
                     tr("no author name: use --author \"Name <email>\", set PLENARY_AUTHOR, or "
                        "set git's user.name")};

    identity.delegation = !overrides.delegation.isEmpty()
                              ? overrides.delegation
                              : qEnvironmentVariable("PLENARY_DELEGATION");
    if (identity.delegation.isEmpty())
        identity.delegation = settings.value(QStringLiteral("identity/delegation")).toString();
    if (identity.delegation.isEmpty())
        return Error{Error::Kind::Invalid,
                     tr("no delegation: a save must say which delegation it is made for; use "
                        "--delegation CODE or set PLENARY_DELEGATION")};
    return identity;
}

void Identity::saveToSettings() const
{
    QSettings settings(QStringLiteral("Plenary"), QStringLiteral("Plenary"));
    settings.setValue(QStringLiteral("identity/name"), name);
    settings.setValue(QStringLiteral("identity/email"), email);
    settings.setValue(QStringLiteral("identity/delegation"), delegation);
}

} // namespace plenary
