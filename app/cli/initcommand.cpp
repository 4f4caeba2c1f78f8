#include "initcommand.h"

#include "console.h"
#include "document/documentreader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>

namespace plenary::cli {

QString InitCommand::summary() const
{
    return tr("Create a new negotiation repository with an empty document.");
}

QString InitCommand::arguments() const
{
    return tr("DIR");
}

QList<QCommandLineOption> InitCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("kind"),
                               tr("declaration, summary or statement (default: declaration)."),
                               tr("KIND"), QStringLiteral("declaration")),
            QCommandLineOption(QStringLiteral("title"), tr("The document's title (required)."),
                               tr("TITLE")),
            QCommandLineOption(QStringLiteral("language"),
                               tr("Language of the text, a BCP 47 tag (default: en)."), tr("TAG"),
                               QStringLiteral("en")),
            QCommandLineOption(QStringLiteral("delegation"),
                               tr("A participating delegation, CODE=Name (repeat for each)."),
                               tr("CODE=NAME")),
            QCommandLineOption(QStringLiteral("secretariat"),
                               tr("The secretariat's delegation (default: the first)."),
                               tr("CODE")),
            QCommandLineOption(QStringLiteral("author"),
                               tr("Create as this drafter: \"Name <email>\"."), tr("AUTHOR"))};
}

int InitCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("give the directory to create"));
    const QString title = parser.value(QStringLiteral("title"));
    if (title.trimmed().isEmpty())
        return usageError(tr("a title is required: --title \"…\""));
    const auto kind = documentKindFromKeyword(parser.value(QStringLiteral("kind")));
    if (!kind)
        return usageError(tr("unknown kind '%1'; expected declaration, summary or statement")
                              .arg(parser.value(QStringLiteral("kind"))));
    const QString language = parser.value(QStringLiteral("language"));
    static const QRegularExpression kLanguage(
        QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    if (!kLanguage.match(language).hasMatch())
        return usageError(
            tr("'%1' is not a BCP 47 language tag (such as en, fr, zh-Hans)").arg(language));

    Manifest manifest;
    for (const QString &value : parser.values(QStringLiteral("delegation"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString code = value.left(eq).trimmed();
        const QString fullName = eq > 0 ? value.mid(eq + 1).trimmed() : QString();
        if (eq <= 0 || fullName.isEmpty())
            return usageError(tr("--delegation needs CODE=Name, not '%1'").arg(value));
        if (!Manifest::isValidCode(code))
            return usageError(
                tr("delegation code '%1' must be 2 to 12 characters from A-Z, 0-9 and '-'")
                    .arg(code));
        if (manifest.delegation(code))
            return usageError(tr("delegation %1 is given twice").arg(code));
        manifest.delegations.append(
            {code, fullName, Manifest::paletteColour(int(manifest.delegations.size()))});
    }
    if (manifest.delegations.isEmpty())
        return usageError(tr("name at least one delegation: --delegation CODE=Name"));
    manifest.secretariat = parser.isSet(QStringLiteral("secretariat"))
                               ? parser.value(QStringLiteral("secretariat"))
                               : manifest.delegations.first().code;
    if (!manifest.delegation(manifest.secretariat))
        return usageError(
            tr("the secretariat %1 is not one of the delegations given").arg(manifest.secretariat));

    // The first revision is made by the secretariat, unless PLENARY_DELEGATION names another.
    Identity who;
    QString author = parser.value(QStringLiteral("author"));
    if (author.isEmpty())
        author = qEnvironmentVariable("PLENARY_AUTHOR");
    if (!author.isEmpty() && !Identity::parseAuthor(author, who.name, who.email))
        return usageError(tr("author '%1' is not of the form 'Name <email>'").arg(author));
    if (author.isEmpty()) {
        who.name = git::Repository::globalConfigString(QStringLiteral("user.name"))
                       .value_or(tr("Secretariat"));
        who.email =
            git::Repository::globalConfigString(QStringLiteral("user.email"))
                .value_or(
                    QStringLiteral("secretariat@%1.invalid").arg(manifest.secretariat.toLower()));
    }
    who.delegation = qEnvironmentVariable("PLENARY_DELEGATION");
    if (who.delegation.isEmpty() || !manifest.delegation(who.delegation))
        who.delegation = manifest.secretariat;

    Document document;
    document.header.title = title;
    document.header.kind = *kind;
    document.header.language = language;
    document.header.original = language;
    document.header.date = QDate::currentDate().toString(Qt::ISODate);

    auto repo = NegotiationRepository::create(
        args[0], manifest, document, who, tr("New %1: %2").arg(documentKindKeyword(*kind), title));
    if (!repo)
        return fail(repo.error().message);
    Console::out(tr("created the negotiation repository %1").arg(QDir::cleanPath(repo->root())) +
                 QLatin1Char('\n'));
    return Success;
}

} // namespace plenary::cli
