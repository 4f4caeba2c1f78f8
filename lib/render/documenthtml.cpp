#include "documenthtml.h"

#include "document/paragraphid.h"
#include "document/paragraphmarkup.h"
#include "html.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>

namespace plenary::render {

namespace {

// How a character of a paragraph's text is shown.
enum CharacterRole : quint8
{
    Lead = 1,       // opening words, in italics
    Bracket = 2,    // a '[' or ']' of a balanced span
    AltLabel = 4,   // "Alt 2 (RU, KZ):"
    Unbalanced = 8, // a bracket that is never closed, or closes nothing
    Hidden = 16,    // the asterisks around the opening words
};

struct CharacterStyle
{
    quint8 roles = 0;
    int depth = 0; // innermost bracket depth, 0 outside brackets

    bool operator==(const CharacterStyle &) const = default;
};

QString classesOf(const CharacterStyle &style)
{
    QStringList classes;
    if (style.roles & Lead)
        classes.append(QStringLiteral("lead"));
    if (style.depth > 0)
        classes.append(QStringLiteral("depth-%1").arg(std::min(style.depth, 3)));
    if (style.roles & Bracket)
        classes.append(QStringLiteral("bracket"));
    if (style.roles & AltLabel)
        classes.append(QStringLiteral("alt-label"));
    if (style.roles & Unbalanced)
        classes.append(QStringLiteral("unbalanced"));
    return classes.join(QLatin1Char(' '));
}

// A run of characters of one style: opening words as <em>, the rest as <span> when styled.
QString run(QStringView text, const CharacterStyle &style)
{
    const QString escaped = escapeHtml(text);
    const QString classes = classesOf(style);
    if (style.roles & Lead)
        return QLatin1String("<em class=\"") + classes + QLatin1String("\">") + escaped +
               QLatin1String("</em>");
    if (classes.isEmpty())
        return escaped;
    return QLatin1String("<span class=\"") + classes + QLatin1String("\">") + escaped +
           QLatin1String("</span>");
}

QString kindClass(ParagraphKind kind)
{
    return kindKeyword(kind); // "op", "pp", "sub" …: the words of the text format
}

} // namespace

DocumentHtml::DocumentHtml(Document document)
    : m_document(std::move(document)), m_numbering(m_document)
{
}

QString DocumentHtml::fragmentId(QStringView paragraphId)
{
    return QLatin1String("p-") + paragraphId;
}

QString DocumentHtml::styleSheet()
{
    QFile file(QStringLiteral(":/plenary/style/document.css"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the document stylesheet is missing from plenaryrender's resources");
    return QString::fromUtf8(file.readAll());
}

QString DocumentHtml::page() const
{
    const DocumentHeader &header = m_document.header;
    QString html;
    html.reserve(4096 + m_document.paragraphs.size() * 600);
    html += pageHead(header.language, header.title, styleSheet());
    html +=
        QLatin1String("<body class=\"") + documentKindKeyword(header.kind) + QLatin1String("\">\n");
    html += masthead();
    html += QLatin1String("<h1 class=\"title\">") + escapeHtml(header.title) +
            QLatin1String("</h1>\n<main>\n");
    for (qsizetype i = 0; i < m_document.paragraphs.size(); ++i)
        html += paragraph(i);
    html += QLatin1String("</main>\n</body>\n</html>\n");
    return html;
}

QString DocumentHtml::masthead() const
{
    const DocumentHeader &header = m_document.header;
    QString html = QLatin1String("<header class=\"masthead\">\n<div class=\"masthead-top\">");
    html += QLatin1String("<div class=\"conference\">") + escapeHtml(header.conference) +
            QLatin1String("</div>");
    html += QLatin1String("<div class=\"symbol\">") + escapeHtml(header.symbol) +
            QLatin1String("</div></div>\n<div class=\"masthead-details\">");
    auto line = [&html](const char *cssClass, const QString &text) {
        html += QLatin1String("<div class=\"") + QLatin1String(cssClass) + QLatin1String("\">") +
                escapeHtml(text) + QLatin1String("</div>");
    };
    if (!header.distribution.isEmpty())
        line("distribution", QCoreApplication::translate("DocumentHtml", "Distr.: %1")
                                 .arg(header.distributionName()));
    if (!header.date.isEmpty()) {
        const QDate date = QDate::fromString(header.date, Qt::ISODate);
        // The date reads in the language of the text, as the rest of the page does.
        line("date", date.isValid() ? QLocale(header.language).toString(date, u"d MMMM yyyy")
                                    : header.date);
    }
    if (!header.original.isEmpty())
        line("original", QCoreApplication::translate("DocumentHtml", "Original: %1")
                             .arg(header.originalLanguageName()));
    html += QLatin1String("</div>\n</header>\n");
    return html;
}

QString DocumentHtml::paragraph(qsizetype index) const
{
    const Paragraph &p = m_document.paragraphs[index];
    QString classes = QLatin1String("paragraph ") + kindClass(p.kind) + QLatin1String(" status-") +
                      statusKeyword(p.status);
    // Identifiers are 0-9 and a-z; one that is not (a document built in code) gets no id.
    const QString id = ParagraphId::isValid(p.id)
                           ? QLatin1String(" id=\"") + fragmentId(p.id) + QLatin1Char('"')
                           : QString();
    QString text = inlineText(index);
    if (p.isDeleted())
        text = QLatin1String("<del>") + text + QLatin1String("</del>");

    if (p.kind == ParagraphKind::Heading)
        return QLatin1String("<h2") + id + QLatin1String(" class=\"") + classes +
               QLatin1String("\">") + text + QLatin1String("</h2>\n");

    QString number;
    if (isNumberedKind(p.kind)) {
        QString label = m_numbering.label(index);
        if (p.kind == ParagraphKind::Operative || p.kind == ParagraphKind::Narrative)
            label += QLatin1Char('.');
        number =
            QLatin1String("<span class=\"number\">") + escapeHtml(label) + QLatin1String("</span>");
        classes += QLatin1String(" numbered");
    }
    return QLatin1String("<p") + id + QLatin1String(" class=\"") + classes + QLatin1String("\">") +
           number + text + QLatin1String("</p>\n");
}

QString DocumentHtml::crossReference(QStringView id, const QString &classes) const
{
    const qsizetype target = m_document.indexOf(id);
    const QString extra = classes.isEmpty() ? QString() : QLatin1Char(' ') + classes;
    if (target < 0)
        return QLatin1String("<span class=\"xref missing") + extra + QLatin1String("\" title=\"") +
               escapeHtml(
                   QCoreApplication::translate("DocumentHtml", "No paragraph #%1 in this document")
                       .arg(id),
                   HtmlContext::Attribute) +
               QLatin1String("\">") +
               escapeHtml(QString(QLatin1String("{#") + id + QLatin1Char('}'))) +
               QLatin1String("</span>");
    return QLatin1String("<a class=\"xref") + extra + QLatin1String("\" href=\"#") +
           escapeHtml(fragmentId(id), HtmlContext::Attribute) + QLatin1String("\">") +
           escapeHtml(m_numbering.citation(target)) + QLatin1String("</a>");
}

// The text is split into runs of one style; runs never nest, so opening words, brackets and
// alternatives may overlap in any way the drafter wrote them and the HTML stays well formed.
QString DocumentHtml::inlineText(qsizetype index) const
{
    const QString &text = m_document.paragraphs[index].text;
    const ParagraphMarkup markup = ParagraphMarkup::analyse(text);
    const qsizetype n = text.size();
    QList<CharacterStyle> styles(n);

    if (markup.hasLead()) {
        styles[0].roles |= Hidden;
        styles[markup.leadEnd].roles |= Hidden;
        for (qsizetype i = 1; i < markup.leadEnd; ++i)
            styles[i].roles |= Lead;
    }
    for (const BracketSpan &span : markup.spans) {
        for (qsizetype i = span.begin; i < span.end; ++i)
            styles[i].depth = std::max(styles[i].depth, span.depth);
        styles[span.begin].roles |= Bracket;
        styles[span.end - 1].roles |= Bracket;
    }
    for (const Alternative &alt : markup.alternatives)
        for (qsizetype i = markup.spans[alt.span].begin + 1; i < alt.contentBegin; ++i)
            styles[i].roles |= AltLabel;
    for (const MarkupProblem &problem : markup.problems)
        if (problem.kind == MarkupProblem::Kind::UnclosedBracket ||
            problem.kind == MarkupProblem::Kind::StrayBracket)
            styles[problem.position].roles |= Unbalanced;

    QString html;
    html.reserve(n + n / 4);
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            html += run(QStringView(text).mid(runStart, end - runStart), styles[runStart]);
    };
    qsizetype nextRef = 0;
    for (qsizetype i = 0; i < n;) {
        if (nextRef < markup.crossReferences.size() && markup.crossReferences[nextRef].begin == i) {
            const CrossReference &ref = markup.crossReferences[nextRef++];
            flush(i);
            html += crossReference(ref.id, classesOf(styles[i]));
            i += ref.length;
            runStart = i;
            continue;
        }
        if (styles[i].roles & Hidden) {
            flush(i);
            runStart = ++i;
            continue;
        }
        if (i > runStart && !(styles[i] == styles[runStart])) {
            flush(i);
            runStart = i;
        }
        ++i;
    }
    flush(n);
    return html;
}

} // namespace plenary::render
