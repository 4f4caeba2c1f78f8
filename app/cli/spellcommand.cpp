#include "spellcommand.h"

#include "console.h"
#include "document/numbering.h"
#include "documentfile.h"
#include "spelling/projectdictionary.h"
#include "spelling/spellchecker.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace plenary::cli {

namespace {

constexpr int kDefaultSuggestions = 5;

} // namespace

QString SpellCommand::summary() const
{
    return tr("Check the spelling of a document, or of the working text, with Hunspell.");
}

QString SpellCommand::arguments() const
{
    return tr("[FILE]");
}

QList<QCommandLineOption> SpellCommand::options() const
{
    QList<QCommandLineOption> options = RepositoryCommand::options();
    options.append(QCommandLineOption(
        QStringLiteral("language"),
        tr("Check in this language (a BCP 47 tag) instead of the document's."), tr("TAG")));
    options.append(
        QCommandLineOption(QStringLiteral("list"),
                           tr("Print only the misspelled words, one a line, as hunspell -l.")));
    options.append(QCommandLineOption(
        QStringLiteral("suggestions"),
        tr("At most N suggestions per word (default %1; 0 for none).").arg(kDefaultSuggestions),
        tr("N"), QString::number(kDefaultSuggestions)));
    return options;
}

int SpellCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return usageError(tr("too many arguments"));
    bool numberOk = false;
    const int maxSuggestions = parser.value(QStringLiteral("suggestions")).toInt(&numberOk);
    if (!numberOk || maxSuggestions < 0)
        return usageError(tr("--suggestions takes a number of 0 or more"));
    const bool listOnly = parser.isSet(QStringLiteral("list"));

    // The text, and the repository whose project dictionary applies (if any).
    QString textPath;
    std::optional<NegotiationRepository> repo;
    if (args.isEmpty()) {
        repo = openRepository(parser);
        if (!repo)
            return Failure;
        textPath = repo->filePath(NegotiationRepository::kTextFile);
    } else {
        textPath = args.first();
        auto containing = NegotiationRepository::open(QFileInfo(textPath).absolutePath());
        if (containing)
            repo = std::move(containing.value());
    }
    DocumentFile file(textPath);
    file.read();
    if (file.hasErrors())
        return Failure;
    const Document &document = file.result().document;

    ProjectDictionary project;
    if (repo) {
        const QString path = repo->filePath(NegotiationRepository::kDictionaryFile);
        QFile dictionaryFile(path);
        if (dictionaryFile.open(QIODevice::ReadOnly)) {
            project = ProjectDictionary::read(dictionaryFile.readAll());
            for (const ProjectDictionaryProblem &problem : project.problems())
                Console::err(tr("%1:%2: warning: %3")
                                 .arg(NegotiationRepository::kDictionaryFile)
                                 .arg(problem.line)
                                 .arg(problem.message) +
                             QLatin1Char('\n'));
        }
    }

    const QString language = parser.isSet(QStringLiteral("language"))
                                 ? parser.value(QStringLiteral("language"))
                                 : document.header.language;
    auto checker = SpellChecker::forLanguage(language);
    if (!checker)
        return fail(checker.error().message);
    for (const QString &word : project.words())
        checker->addProjectWord(word);

    // The title goes out under ministers' names too; deleted paragraphs do not.
    const Numbering numbering(document);
    QList<std::pair<QString, QString>> texts; // reference, text
    if (!document.header.title.isEmpty())
        texts.append({tr("title"), document.header.title});
    for (qsizetype i = 0; i < document.paragraphs.size(); ++i)
        if (document.paragraphs[i].status != ParagraphStatus::Deleted)
            texts.append({numbering.reference(i), document.paragraphs[i].text});

    QHash<QString, QStringList> suggestions; // each word's, computed once (25 ms each)
    QString out;
    bool found = false;
    for (const auto &[reference, text] : texts) {
        for (const Misspelling &m : checker->check(text)) {
            found = true;
            if (listOnly) {
                out += m.word + QLatin1Char('\n');
                continue;
            }
            out += reference + QLatin1String(": ") + m.word;
            if (maxSuggestions > 0) {
                auto it = suggestions.find(m.word);
                if (it == suggestions.end())
                    it = suggestions.insert(m.word, checker->suggest(m.word, maxSuggestions));
                if (!it->isEmpty())
                    out += QStringLiteral(" \u2014 ") + it->join(QLatin1String(", "));
            }
            out += QLatin1Char('\n');
        }
    }
    Console::out(out);
    return found ? Failure : Success;
}

} // namespace plenary::cli
