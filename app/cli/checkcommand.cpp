#include "checkcommand.h"

#include "console.h"
#include "document/documentstatistics.h"
#include "document/numbering.h"
#include "documentfile.h"

#include <QCommandLineParser>

namespace plenary::cli {

namespace {

QString spanExcerpt(const QString &text, qsizetype begin, qsizetype end)
{
    constexpr qsizetype kLongest = 100;
    QString span = text.mid(begin, end - begin);
    if (span.size() > kLongest)
        span = span.left(kLongest - 1) + QChar(0x2026) + QLatin1Char(']');
    return span;
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check documents and summarise paragraphs, statuses, brackets and words.");
}

QString CheckCommand::arguments() const
{
    return tr("FILE...");
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("brackets"),
                               tr("List every open bracketed span with its paragraph."))};
}

int CheckCommand::run(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("no file given"));

    bool failed = false;
    for (const QString &path : files) {
        DocumentFile file(path);
        file.read();
        const ReadResult &result = file.result();
        int errors = 0, warnings = 0;
        for (const Diagnostic &d : result.diagnostics)
            (d.isError() ? errors : warnings)++;
        failed = failed || errors > 0;

        const Document &doc = result.document;
        const auto stats = DocumentStatistics::of(doc);
        const Numbering numbering(doc);

        QString out =
            path + QLatin1String(": ") +
            (errors + warnings == 0 ? tr("no problems")
                                    : tr("errors %1, warnings %2").arg(errors).arg(warnings)) +
            QLatin1Char('\n');
        if (doc.header.title.isEmpty() && doc.paragraphs.isEmpty()) {
            Console::out(out);
            continue;
        }
        out += QLatin1String("  ") + tr("title: %1").arg(doc.header.title) + QLatin1Char('\n');
        out += QLatin1String("  ") +
               tr("kind: %1, language %2")
                   .arg(documentKindKeyword(doc.header.kind), doc.header.language) +
               QLatin1Char('\n');

        QStringList kinds;
        for (auto kind : {ParagraphKind::Heading, ParagraphKind::Chapeau, ParagraphKind::Preambular,
                          ParagraphKind::Operative, ParagraphKind::Sub, ParagraphKind::SubSub,
                          ParagraphKind::Narrative})
            if (stats.count(kind) > 0)
                kinds.append(tr("%1 %2").arg(kindName(kind)).arg(stats.count(kind)));
        out += QLatin1String("  ") + tr("paragraphs: %1").arg(stats.paragraphs());
        if (!kinds.isEmpty())
            out += QLatin1String(" (") + kinds.join(QLatin1String(", ")) + QLatin1Char(')');
        out += QLatin1Char('\n');

        // Numbered sequences: the range of numbers and those inserted since the baseline.
        for (auto kind : {ParagraphKind::Operative, ParagraphKind::Narrative}) {
            const int count = stats.count(kind);
            if (count == 0 &&
                (kind == ParagraphKind::Narrative || doc.header.kind == DocumentKind::Summary))
                continue;
            QStringList inserted;
            QString firstRef, lastRef;
            for (qsizetype i = 0; i < doc.paragraphs.size(); ++i) {
                if (doc.paragraphs[i].kind != kind)
                    continue;
                if (firstRef.isEmpty())
                    firstRef = numbering.reference(i);
                lastRef = numbering.reference(i);
                if (numbering.label(i).contains(QLatin1Char(' ')))
                    inserted.append(numbering.reference(i));
            }
            out += QLatin1String("  ") + (kind == ParagraphKind::Operative
                                              ? tr("operative paragraphs: %1")
                                              : tr("narrative paragraphs: %1"))
                                             .arg(count);
            if (count > 0)
                out += QLatin1String(" (") + tr("%1 to %2").arg(firstRef, lastRef) +
                       (inserted.isEmpty()
                            ? QString()
                            : QLatin1String("; ") +
                                  tr("inserted: %1").arg(inserted.join(QLatin1String(", ")))) +
                       QLatin1Char(')');
            out += QLatin1Char('\n');
        }

        QStringList statuses;
        for (auto status : {ParagraphStatus::Proposed, ParagraphStatus::AdReferendum,
                            ParagraphStatus::Agreed, ParagraphStatus::Deleted})
            statuses.append(tr("%1 %2").arg(statusName(status)).arg(stats.count(status)));
        out += QLatin1String("  ") + tr("status: %1").arg(statuses.join(QLatin1String(", "))) +
               QLatin1Char('\n');
        out += QLatin1String("  ") +
               tr("open brackets: spans %1, alternative groups %2 (options %3)")
                   .arg(stats.openSpans)
                   .arg(stats.alternativeGroups)
                   .arg(stats.alternatives) +
               QLatin1Char('\n');
        out += QLatin1String("  ") + tr("words: %1").arg(stats.words) + QLatin1Char('\n');

        if (parser.isSet(QStringLiteral("brackets"))) {
            for (const auto &span : stats.spans) {
                const Paragraph &p = doc.paragraphs[span.paragraph];
                out += QLatin1String("    ") + numbering.reference(span.paragraph) +
                       QLatin1Char(' ') +
                       tr("(line %1)")
                           .arg(p.line > 0 ? QString::number(p.line) : QStringLiteral("?")) +
                       QLatin1String(": ") + spanExcerpt(p.text, span.begin, span.end) +
                       QLatin1Char('\n');
            }
        }
        Console::out(out);
    }
    return failed ? Failure : Success;
}

} // namespace plenary::cli
