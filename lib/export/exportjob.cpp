#include "exportjob.h"

#include "document/documentreader.h"
#include "export/akomantoso.h"
#include "export/commentnotes.h"
#include "export/odtdocument.h"
#include "export/plaintext.h"
#include "history/manifest.h"
#include "history/negotiationrepository.h"
#include "spelling/projectdictionary.h"
#include "spelling/spellchecker.h"

#include <QRegularExpression>

namespace plenary {

Result<ExportSource> ExportSource::read(const NegotiationRepository &repository,
                                        const git::Oid &revision)
{
    ExportSource source;
    auto text = repository.textAt(revision);
    if (!text)
        return text.error();
    ReadResult parsed = DocumentReader::read(text.value());
    if (parsed.hasErrors()) {
        QStringList errors;
        for (const Diagnostic &d : parsed.diagnostics)
            if (d.isError())
                errors.append(d.format(NegotiationRepository::kTextFile));
        return Error{Error::Kind::Invalid, errors.join(QLatin1Char('\n'))};
    }
    source.document = std::move(parsed.document);

    auto comments = repository.commentsAt(revision);
    if (!comments)
        return comments.error();
    source.comments = CommentLog::read(comments.value());
    for (const Diagnostic &d : source.comments.diagnostics())
        source.warnings.append(d.format(NegotiationRepository::kCommentsFile));

    // The dictionary and the manifest as they were at the revision, so that exporting an old
    // revision checks it against the words accepted then.
    auto dictionary = repository.git().fileAt(revision, NegotiationRepository::kDictionaryFile);
    if (dictionary)
        source.dictionaryWords = ProjectDictionary::read(dictionary.value()).words();
    else if (dictionary.error().kind != Error::Kind::NotFound)
        return dictionary.error();
    auto manifestBytes = repository.git().fileAt(revision, NegotiationRepository::kManifestFile);
    if (manifestBytes) {
        const Manifest manifest = Manifest::read(manifestBytes.value()).manifest;
        const Delegation *secretariat = manifest.delegation(manifest.secretariat);
        source.secretariat = secretariat ? secretariat->name : manifest.secretariat;
    }

    auto info = repository.revision(revision);
    if (!info)
        return info.error();
    source.revisionId = revision.toString();
    source.tags = info->tags;
    source.time = info->author.when;
    // The revision as readers know it: its co-chairs' number ("Rev.2") if it has one, else its
    // first tag, else its short identifier.
    for (const QString &tag : info->tags) {
        if (const int n = PrintHtml::revisionNumber(tag); n > source.revisionNumber) {
            source.revisionNumber = n;
            source.revisionName = tag;
        }
    }
    if (source.revisionName.isEmpty())
        source.revisionName = info->tags.isEmpty() ? revision.shortString() : info->tags.first();
    return source;
}

ExportJob::ExportJob(ExportSource source, Options options)
    : m_source(std::move(source)), m_options(options)
{
}

void ExportJob::check()
{
    m_blockers.clear();
    if (!m_options.final)
        return;
    auto checker = SpellChecker::forLanguage(m_source.document.header.language);
    if (checker) {
        for (const QString &word : m_source.dictionaryWords)
            checker->addProjectWord(word);
        m_blockers = FinaliseCheck::run(m_source.document, &m_source.comments, &checker.value());
    } else {
        m_blockers = FinaliseCheck::run(m_source.document, &m_source.comments, nullptr);
        m_blockers.append(
            {FinaliseBlocker::Kind::Spelling, tr("spelling"), checker.error().message});
    }
}

bool ExportJob::isRefused() const
{
    return m_options.final && !m_options.force && !m_blockers.isEmpty();
}

bool ExportJob::isForced() const
{
    return m_options.final && m_options.force && !m_blockers.isEmpty();
}

QString ExportJob::issuedSymbol() const
{
    return PrintHtml::symbol(m_source.document.header.symbol, m_source.revisionNumber);
}

QString ExportJob::defaultFileName() const
{
    return fileName(issuedSymbol(), m_options.final ? QString() : m_source.revisionName,
                    m_source.revisionNumber > 0, extension(m_options.format));
}

QString ExportJob::printPage() const
{
    PrintHtml::Options options;
    options.revisionLabel = m_source.revisionName;
    options.revisionNumber = m_source.revisionNumber;
    options.draft = !m_options.final;
    options.paper = m_options.paper;
    options.lineNumbers = m_options.lineNumbers && numbersLines(m_options.format);
    if (m_options.comments && carriesComments(m_options.format))
        options.notes = CommentNotes::open(m_source.document, m_source.comments);
    return PrintHtml::page(m_source.document, options);
}

Result<QByteArray> ExportJob::write() const
{
    switch (m_options.format) {
    case ExportFormat::Text:
        return PlainText::render(m_source.document, issuedSymbol(),
                                 m_options.final ? QString() : m_source.revisionName,
                                 m_options.comments
                                     ? CommentNotes::open(m_source.document, m_source.comments)
                                     : QList<CommentNote>())
            .toUtf8();
    case ExportFormat::Pdf:
    case ExportFormat::Html:
        return printPage().toUtf8();
    case ExportFormat::Odt: {
        OdtDocument::Options options;
        options.symbol = issuedSymbol();
        options.draftLabel = m_options.final ? QString() : m_source.revisionName;
        options.author = m_source.secretariat;
        options.revisionId = m_source.revisionId;
        options.keywords = m_source.tags;
        if (isForced())
            options.keywords.append(QStringLiteral("forced final"));
        options.paper = m_options.paper;
        if (m_options.comments)
            options.notes = CommentNotes::open(m_source.document, m_source.comments);
        return OdtDocument::write(m_source.document, options);
    }
    case ExportFormat::AkomaNtoso: {
        AkomaNtoso::Options options;
        options.symbol = issuedSymbol();
        options.revisionLabel = m_source.revisionName;
        options.revisionId = m_source.revisionId;
        options.draft = !m_options.final;
        options.author = m_source.secretariat;
        options.date = m_source.time.date();
        return AkomaNtoso::write(m_source.document, options);
    }
    }
    return QByteArray();
}

QStringList ExportJob::keywords() const
{
    QStringList keywords{issuedSymbol(), QLatin1String("revision ") + m_source.revisionId};
    keywords += m_source.tags;
    keywords.append(m_options.final ? QStringLiteral("final") : QStringLiteral("draft"));
    if (isForced())
        keywords.append(QStringLiteral("forced final"));
    keywords.removeAll(QString());
    return keywords;
}

QString ExportJob::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Text:
        return QStringLiteral("txt");
    case ExportFormat::Odt:
        return QStringLiteral("odt");
    case ExportFormat::AkomaNtoso:
        return QStringLiteral("akn");
    }
    return QString();
}

QString ExportJob::extension(ExportFormat format)
{
    return format == ExportFormat::AkomaNtoso ? QStringLiteral("xml") : formatName(format);
}

QList<ExportFormat> ExportJob::formats()
{
    return {ExportFormat::Pdf, ExportFormat::Odt, ExportFormat::Html, ExportFormat::Text,
            ExportFormat::AkomaNtoso};
}

bool ExportJob::carriesComments(ExportFormat format)
{
    return format != ExportFormat::AkomaNtoso;
}

bool ExportJob::numbersLines(ExportFormat format)
{
    return format == ExportFormat::Pdf;
}

std::optional<ExportFormat> ExportJob::formatNamed(const QString &name)
{
    for (ExportFormat format : formats()) {
        if (name == formatName(format))
            return format;
    }
    return std::nullopt;
}

QString ExportJob::formatNames()
{
    return tr("pdf, html, txt, odt or akn");
}

QString ExportJob::fileName(const QString &issuedSymbol, const QString &revisionName,
                            bool symbolCarriesRevision, const QString &extension)
{
    QString base = issuedSymbol.isEmpty() ? QStringLiteral("document") : issuedSymbol;
    if (!symbolCarriesRevision && !revisionName.isEmpty())
        base += QLatin1Char('-') + revisionName;
    // A symbol's slashes become dashes; anything a file name should not hold becomes '_'.
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    base.replace(unsafe, QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    return base + QLatin1Char('.') + extension;
}

} // namespace plenary
