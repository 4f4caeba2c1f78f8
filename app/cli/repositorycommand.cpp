#include "repositorycommand.h"

#include "console.h"

#include <QCommandLineParser>
#include <QDir>
#include <cstdio>

namespace plenary::cli {

QList<QCommandLineOption> RepositoryCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("C"), tr("Work in the repository containing DIR."),
                               tr("DIR"))};
}

QString RepositoryCommand::directory(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("C")))
        return parser.value(QStringLiteral("C"));
    if (!globalDirectory().isEmpty())
        return globalDirectory();
    return QDir::currentPath();
}

std::optional<NegotiationRepository>
RepositoryCommand::openRepository(const QCommandLineParser &parser)
{
    auto repo = NegotiationRepository::open(directory(parser));
    if (!repo) {
        Console::err(tr("plenary: error: %1").arg(repo.error().message) + QLatin1Char('\n'));
        return std::nullopt;
    }
    return std::move(repo.value());
}

std::optional<git::Oid> RepositoryCommand::resolveRevision(const NegotiationRepository &repo,
                                                           const QString &revision)
{
    const QString spec = revision.isEmpty() ? QStringLiteral("HEAD") : revision;
    auto oid = repo.git().resolve(spec);
    if (!oid) {
        Console::err(tr("plenary: error: unknown revision '%1'").arg(spec) + QLatin1Char('\n'));
        return std::nullopt;
    }
    return oid.value();
}

QList<QCommandLineOption> RepositoryCommand::identityOptions()
{
    return {QCommandLineOption(QStringLiteral("author"),
                               tr("Save as this drafter: \"Name <email>\"."), tr("AUTHOR")),
            QCommandLineOption(QStringLiteral("delegation"),
                               tr("Save for this delegation (a code from the manifest)."),
                               tr("CODE"))};
}

std::optional<Identity> RepositoryCommand::identity(const QCommandLineParser &parser,
                                                    const NegotiationRepository &repo)
{
    auto identity = Identity::resolve(
        {parser.value(QStringLiteral("author")), parser.value(QStringLiteral("delegation"))},
        repo.git());
    if (!identity) {
        Console::err(tr("plenary: error: %1").arg(identity.error().message) + QLatin1Char('\n'));
        return std::nullopt;
    }
    if (auto checked = repo.checkIdentity(identity.value()); !checked) {
        Console::err(tr("plenary: error: %1").arg(checked.error().message) + QLatin1Char('\n'));
        return std::nullopt;
    }
    return identity.value();
}

int RepositoryCommand::fail(const QString &message) const
{
    Console::err(QStringLiteral("plenary %1: ").arg(name()) + tr("error: %1").arg(message) +
                 QLatin1Char('\n'));
    return Failure;
}

QString RepositoryCommand::shortDateTime(const QDateTime &when)
{
    // QDateTime::toString parses its format every time; listings of thousands of revisions
    // noticed it.
    const QDate d = when.date();
    const QTime t = when.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", d.year(), d.month(), d.day(),
                  t.hour(), t.minute());
    return QString::fromLatin1(text);
}

QString RepositoryCommand::formatRevision(const Revision &r)
{
    QString line = r.id.shortString() + QLatin1Char(' ') + shortDateTime(r.author.when) +
                   QLatin1Char(' ') + r.author.name + QLatin1String(" (") +
                   (r.delegation.isEmpty() ? QStringLiteral("-") : r.delegation) +
                   QLatin1String("): ") + r.subject;
    if (!r.tags.isEmpty())
        line += QLatin1String(" (") + tr("tag: %1").arg(r.tags.join(QLatin1String(", "))) +
                QLatin1Char(')');
    return line;
}

} // namespace plenary::cli
