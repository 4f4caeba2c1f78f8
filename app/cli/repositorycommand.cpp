#include "repositorycommand.h"

#include "console.h"
#include "document/documentreader.h"

#include <QCommandLineParser>
#include <QDir>

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

std::optional<Document> RepositoryCommand::documentAt(const NegotiationRepository &repo,
                                                      const git::Oid &revision) const
{
    auto text = repo.textAt(revision);
    if (!text) {
        fail(text.error().message);
        return std::nullopt;
    }
    ReadResult read = DocumentReader::read(text.value());
    if (read.hasErrors()) {
        for (const Diagnostic &d : read.diagnostics)
            if (d.isError())
                Console::err(d.format(NegotiationRepository::kTextFile) + QLatin1Char('\n'));
        fail(tr("the text of revision %1 has errors").arg(revision.shortString()));
        return std::nullopt;
    }
    return std::move(read.document);
}

std::optional<CommentLog> RepositoryCommand::commentsAt(const NegotiationRepository &repo,
                                                        const git::Oid &revision) const
{
    auto bytes = repo.commentsAt(revision);
    if (!bytes) {
        fail(bytes.error().message);
        return std::nullopt;
    }
    CommentLog log = CommentLog::read(bytes.value());
    for (const Diagnostic &d : log.diagnostics())
        Console::err(d.format(NegotiationRepository::kCommentsFile) + QLatin1Char('\n'));
    return log;
}

int RepositoryCommand::fail(const QString &message) const
{
    Console::err(QStringLiteral("plenary %1: ").arg(name()) + tr("error: %1").arg(message) +
                 QLatin1Char('\n'));
    return Failure;
}

QString RepositoryCommand::shortDateTime(const QDateTime &when)
{
    // From seconds and offset with the civil-calendar algorithm: QDateTime::toString parses
    // its format every time, and listings of thousands of revisions noticed it.
    const qint64 local = when.toSecsSinceEpoch() + when.offsetFromUtc();
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const qint64 seconds = local - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = int(seconds / 3600), minute = int(seconds % 3600 / 60);
    const char16_t text[16] = {char16_t(u'0' + year / 1000 % 10),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10),
                               u' ',
                               char16_t(u'0' + hour / 10),
                               char16_t(u'0' + hour % 10),
                               u':',
                               char16_t(u'0' + minute / 10),
                               char16_t(u'0' + minute % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 16);
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
