#include "redlinehtml.h"

#include "document/numbering.h"
#include "document/paragraphid.h"
#include "document/paragraphmarkup.h"
#include "documenthtml.h"
#include "html.h"
#include "redlinetext.h"

#include <QFile>

namespace plenary::render {

using compare::Comparison;
using compare::ParagraphDifference;
using compare::Placement;
using compare::SegmentKind;
using compare::TextSegment;

namespace {

enum Role : quint8
{
    Lead = 1,    // opening words, in italics
    Hidden = 2,  // the asterisks around them
    Bracket = 4, // a negotiation bracket
};

// One paragraph's text on one side of the comparison, rendered range by range with its
// markup: opening words in italics, brackets bold and tinted by depth, cross-references as
// the current number of their target in that revision.
class StyledText
{
public:
    StyledText(const Document &document, const Numbering &numbering, const QString &text)
        : m_document(document), m_numbering(numbering), m_text(text),
          m_markup(ParagraphMarkup::analyse(text)), m_roles(text.size(), 0), m_depth(text.size(), 0)
    {
        if (m_markup.hasLead()) {
            m_roles[0] |= Hidden;
            m_roles[m_markup.leadEnd] |= Hidden;
            for (qsizetype i = 1; i < m_markup.leadEnd; ++i)
                m_roles[i] |= Lead;
        }
        for (const BracketSpan &span : m_markup.spans) {
            for (qsizetype i = span.begin; i < span.end; ++i)
                m_depth[i] = std::max<quint8>(m_depth[i], quint8(std::min(span.depth, 3)));
            m_roles[span.begin] |= Bracket;
            m_roles[span.end - 1] |= Bracket;
        }
    }

    [[nodiscard]] QString render(qsizetype from, qsizetype to) const
    {
        QString html;
        qsizetype runStart = from;
        auto flush = [&](qsizetype end) {
            if (end > runStart)
                html += run(runStart, end);
        };
        qsizetype ref = 0;
        while (ref < m_markup.crossReferences.size() && m_markup.crossReferences[ref].begin < from)
            ++ref;
        for (qsizetype i = from; i < to;) {
            if (ref < m_markup.crossReferences.size() && m_markup.crossReferences[ref].begin == i) {
                const CrossReference &x = m_markup.crossReferences[ref++];
                flush(i);
                const qsizetype target = m_document.indexOf(x.id);
                html += QLatin1String("<span class=\"xref") +
                        (target < 0 ? QLatin1String(" missing\">") : QLatin1String("\">")) +
                        escapeHtml(target < 0 ? QLatin1String("{#") + x.id + QLatin1Char('}')
                                              : m_numbering.citation(target)) +
                        QLatin1String("</span>");
                i += x.length;
                runStart = i;
                continue;
            }
            if (m_roles[i] & Hidden) {
                flush(i);
                runStart = ++i;
                continue;
            }
            if (i > runStart &&
                (m_roles[i] != m_roles[runStart] || m_depth[i] != m_depth[runStart])) {
                flush(i);
                runStart = i;
            }
            ++i;
        }
        flush(to);
        return html;
    }

private:
    [[nodiscard]] QString run(qsizetype from, qsizetype to) const
    {
        const QString escaped = escapeHtml(QStringView(m_text).mid(from, to - from));
        QStringList classes;
        if (m_roles[from] & Lead)
            classes.append(QStringLiteral("lead"));
        if (m_depth[from] > 0)
            classes.append(QStringLiteral("depth-%1").arg(m_depth[from]));
        if (m_roles[from] & Bracket)
            classes.append(QStringLiteral("bracket"));
        if (classes.isEmpty())
            return escaped;
        const QLatin1String tag =
            (m_roles[from] & Lead) ? QLatin1String("em") : QLatin1String("span");
        return QLatin1Char('<') + tag + QLatin1String(" class=\"") +
               classes.join(QLatin1Char(' ')) + QLatin1String("\">") + escaped +
               QLatin1String("</") + tag + QLatin1Char('>');
    }

    const Document &m_document;
    const Numbering &m_numbering;
    const QString &m_text;
    ParagraphMarkup m_markup;
    QList<quint8> m_roles;
    QList<quint8> m_depth;
};

// The page's pieces, with the numbering of both revisions computed once.
class Page
{
public:
    Page(const Comparison &comparison, const RedlineHtml::Options &options)
        : m_c(comparison), m_options(options), m_oldNumbers(comparison.oldDocument()),
          m_newNumbers(comparison.newDocument())
    {
        int n = 0;
        for (const ParagraphDifference &p : m_c.paragraphs())
            n += p.isChanged();
        m_changes = n;
    }

    [[nodiscard]] QString html() const;

private:
    enum class Side
    {
        Old,
        New
    };

    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString entryHead(const ParagraphDifference &p, int change) const;
    [[nodiscard]] QString paragraph(const ParagraphDifference &p, Side side, bool withId) const;
    [[nodiscard]] QString text(const ParagraphDifference &p, Side side) const;
    [[nodiscard]] QString inlineEntry(const ParagraphDifference &p, int change) const;
    [[nodiscard]] QString columnEntry(const ParagraphDifference &p, int change) const;
    [[nodiscard]] QString movedNote(const ParagraphDifference &p) const;

    const Comparison &m_c;
    const RedlineHtml::Options &m_options;
    Numbering m_oldNumbers;
    Numbering m_newNumbers;
    int m_changes = 0;
};

QString validId(const QString &id)
{
    // Identifiers are 0-9 and a-z; one that is not (a document built in code) gets no anchor.
    return ParagraphId::isValid(id) ? id : QString();
}

QString Page::heading() const
{
    QString html = QLatin1String("<header class=\"redline-heading\">\n<h1>") +
                   escapeHtml(RedlineHtml::tr("Comparison of revisions")) +
                   QLatin1String("</h1>\n<p class=\"revisions\">");
    html += RedlineHtml::tr("From %1 to %2")
                .arg(QLatin1String("<b>") + escapeHtml(m_options.oldLabel) + QLatin1String("</b>"),
                     QLatin1String("<b>") + escapeHtml(m_options.newLabel) + QLatin1String("</b>"));
    html += QLatin1String("</p>\n<p class=\"summary\">") + escapeHtml(m_c.summaryText()) +
            QLatin1String("</p>\n");
    if (m_changes > 0)
        html += QLatin1String("<p class=\"navigation\"><a href=\"#") + RedlineHtml::changeId(1) +
                QLatin1String("\">") + escapeHtml(RedlineHtml::tr("First change")) +
                QLatin1String("</a></p>\n");
    html += QLatin1String("</header>\n");
    return html;
}

QString Page::entryHead(const ParagraphDifference &p, int change) const
{
    QString html = QLatin1String("<div class=\"entry-head\"><span class=\"reference\">") +
                   escapeHtml(RedlineText::references(m_c, p)) +
                   QLatin1String("</span><span class=\"notes\">");
    if (p.placement == Placement::MovedHere) {
        const QString id = validId(m_c.newDocument().paragraphs[p.newIndex].id);
        // The old place, linked: the mark at the other end of the move.
        QString from = escapeHtml(m_oldNumbers.reference(p.oldIndex));
        if (!id.isEmpty())
            from = QLatin1String("<a href=\"#was-") + id + QLatin1String("\">") + from +
                   QLatin1String("</a>");
        html += RedlineHtml::tr("moved from %1").arg(from);
        QString rest = RedlineText::notes(m_c, p);
        rest = rest.section(QLatin1String(", "), 1); // the first note is the move, shown above
        if (!rest.isEmpty())
            html += QLatin1String(", ") + escapeHtml(rest);
    } else {
        html += escapeHtml(RedlineText::notes(m_c, p));
    }
    html += QLatin1String("</span>");
    if (change > 0) {
        html += QLatin1String("<span class=\"navigation\">");
        if (change > 1)
            html += QLatin1String("<a href=\"#") + RedlineHtml::changeId(change - 1) +
                    QLatin1String("\" title=\"") +
                    escapeHtml(RedlineHtml::tr("Previous change"), HtmlContext::Attribute) +
                    QLatin1String("\">&#8249;</a> ");
        html += escapeHtml(RedlineHtml::tr("%1 of %2").arg(change).arg(m_changes));
        if (change < m_changes)
            html += QLatin1String(" <a href=\"#") + RedlineHtml::changeId(change + 1) +
                    QLatin1String("\" title=\"") +
                    escapeHtml(RedlineHtml::tr("Next change"), HtmlContext::Attribute) +
                    QLatin1String("\">&#8250;</a>");
        html += QLatin1String("</span>");
    }
    html += QLatin1String("</div>\n");
    return html;
}

// The text of one side: on the new side equal and inserted stretches, on the old side equal
// and deleted ones; inline (Side::New with both) shows everything.
QString Page::text(const ParagraphDifference &p, Side side) const
{
    const bool inlineMode = !m_options.columns;
    const bool hasOld = p.oldIndex >= 0,
               hasNew = p.newIndex >= 0 && p.placement != Placement::MovedAway;
    const Paragraph *oldP = hasOld ? &m_c.oldDocument().paragraphs[p.oldIndex] : nullptr;
    const Paragraph *newP = hasNew ? &m_c.newDocument().paragraphs[p.newIndex] : nullptr;
    std::optional<StyledText> oldText, newText;
    if (oldP)
        oldText.emplace(m_c.oldDocument(), m_oldNumbers, oldP->text);
    if (newP)
        newText.emplace(m_c.newDocument(), m_newNumbers, newP->text);

    QString html;
    for (const TextSegment &s : p.segments) {
        switch (s.kind) {
        case SegmentKind::Equal:
            html += side == Side::Old ? oldText->render(s.oldBegin, s.oldEnd)
                                      : newText->render(s.newBegin, s.newEnd);
            break;
        case SegmentKind::Deleted:
            if (inlineMode || side == Side::Old)
                html += QLatin1String("<del class=\"redline\">") +
                        oldText->render(s.oldBegin, s.oldEnd) + QLatin1String("</del>");
            break;
        case SegmentKind::Inserted:
            if (inlineMode || side == Side::New)
                html += QLatin1String("<ins class=\"redline\">") +
                        newText->render(s.newBegin, s.newEnd) + QLatin1String("</ins>");
            break;
        }
    }
    return html;
}

QString Page::paragraph(const ParagraphDifference &p, Side side, bool withId) const
{
    const bool old = side == Side::Old || p.placement == Placement::Removed;
    const Paragraph &para =
        old ? m_c.oldDocument().paragraphs[p.oldIndex] : m_c.newDocument().paragraphs[p.newIndex];
    const Numbering &numbers = old ? m_oldNumbers : m_newNumbers;
    const qsizetype index = old ? p.oldIndex : p.newIndex;
    QString classes = QLatin1String("paragraph ") + kindKeyword(para.kind) +
                      QLatin1String(" status-") + statusKeyword(para.status);
    QString number;
    if (isNumberedKind(para.kind)) {
        QString label = numbers.label(index);
        if (para.kind == ParagraphKind::Operative || para.kind == ParagraphKind::Narrative)
            label += QLatin1Char('.');
        number =
            QLatin1String("<span class=\"number\">") + escapeHtml(label) + QLatin1String("</span>");
        classes += QLatin1String(" numbered");
    }
    const QString id = withId ? validId(para.id) : QString();
    return QLatin1String("<p") +
           (id.isEmpty()
                ? QString()
                : QLatin1String(" id=\"") + DocumentHtml::fragmentId(id) + QLatin1Char('"')) +
           QLatin1String(" class=\"") + classes + QLatin1String("\">") + number +
           text(p, old ? Side::Old : Side::New) + QLatin1String("</p>\n");
}

QString Page::movedNote(const ParagraphDifference &p) const
{
    const QString id = validId(m_c.oldDocument().paragraphs[p.oldIndex].id);
    QString to = escapeHtml(m_newNumbers.reference(p.newIndex));
    if (!id.isEmpty())
        to = QLatin1String("<a href=\"#") + DocumentHtml::fragmentId(id) + QLatin1String("\">") +
             to + QLatin1String("</a>");
    return QLatin1String("<div class=\"moved-note\"") +
           (id.isEmpty() ? QString() : QLatin1String(" id=\"was-") + id + QLatin1Char('"')) +
           QLatin1Char('>') + RedlineHtml::tr("Moved to %1").arg(to) + QLatin1String("</div>\n");
}

QString placementClass(Placement placement)
{
    switch (placement) {
    case Placement::Kept:
        return QStringLiteral("kept");
    case Placement::Added:
        return QStringLiteral("added");
    case Placement::Removed:
        return QStringLiteral("removed");
    case Placement::MovedHere:
        return QStringLiteral("moved-here");
    case Placement::MovedAway:
        return QStringLiteral("moved-away");
    }
    return QString();
}

QString Page::inlineEntry(const ParagraphDifference &p, int change) const
{
    QString html = QLatin1String("<section class=\"entry ") + placementClass(p.placement);
    if (change > 0)
        html += QLatin1String(" changed\" id=\"") + RedlineHtml::changeId(change);
    html += QLatin1String("\">\n");
    if (change > 0)
        html += entryHead(p, change);
    if (p.placement == Placement::MovedAway)
        html += movedNote(p);
    else
        html += paragraph(p, Side::New, true);
    html += QLatin1String("</section>\n");
    return html;
}

QString Page::columnEntry(const ParagraphDifference &p, int change) const
{
    QString html;
    if (change > 0)
        html += QLatin1String("<tr class=\"entry ") + placementClass(p.placement) +
                QLatin1String(" changed\" id=\"") + RedlineHtml::changeId(change) +
                QLatin1String("\"><td colspan=\"2\" class=\"reference-row\">") +
                entryHead(p, change) + QLatin1String("</td></tr>\n");
    html += QLatin1String("<tr class=\"texts\">");
    if (p.placement == Placement::MovedAway) {
        html += QLatin1String("<td colspan=\"2\">") + movedNote(p) + QLatin1String("</td></tr>\n");
        return html;
    }
    if (p.placement == Placement::Added)
        html += QLatin1String("<td class=\"empty\"></td>");
    else
        html += QLatin1String("<td>") + paragraph(p, Side::Old, false) + QLatin1String("</td>");
    if (p.placement == Placement::Removed)
        html += QLatin1String("<td class=\"empty\"></td>");
    else
        html += QLatin1String("<td>") + paragraph(p, Side::New, true) + QLatin1String("</td>");
    html += QLatin1String("</tr>\n");
    return html;
}

QString Page::html() const
{
    const DocumentHeader &header = m_c.newDocument().header;
    QString html;
    html.reserve(8192 + m_c.paragraphs().size() * 900);
    html +=
        pageHead(header.language,
                 RedlineHtml::tr("Comparison: %1 → %2").arg(m_options.oldLabel, m_options.newLabel),
                 DocumentHtml::styleSheet() + RedlineHtml::styleSheet());
    html += QLatin1String("<body class=\"") + documentKindKeyword(header.kind) +
            (m_options.columns ? QLatin1String(" redline columns\">\n")
                               : QLatin1String(" redline\">\n"));
    html += heading();
    html += QLatin1String("<h1 class=\"title\">") + escapeHtml(header.title) +
            QLatin1String("</h1>\n<main>\n");
    if (m_options.columns)
        html += QLatin1String("<table class=\"columns\">\n<thead><tr><th>") +
                escapeHtml(RedlineHtml::tr("Text proposed")) + QLatin1String("<br>") +
                escapeHtml(m_options.oldLabel) + QLatin1String("</th><th>") +
                escapeHtml(RedlineHtml::tr("Amendment")) + QLatin1String("<br>") +
                escapeHtml(m_options.newLabel) + QLatin1String("</th></tr></thead>\n<tbody>\n");
    int change = 0;
    for (const ParagraphDifference &p : m_c.paragraphs()) {
        const bool changed = p.isChanged();
        if (m_options.changedOnly && !changed)
            continue;
        const int n = changed ? ++change : 0;
        html += m_options.columns ? columnEntry(p, n) : inlineEntry(p, n);
    }
    if (m_options.columns)
        html += QLatin1String("</tbody>\n</table>\n");
    html += QLatin1String("</main>\n</body>\n</html>\n");
    return html;
}

} // namespace

QString RedlineHtml::changeId(int n)
{
    return QStringLiteral("change-%1").arg(n);
}

QString RedlineHtml::styleSheet()
{
    QFile file(QStringLiteral(":/plenary/style/redline.css"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the redline stylesheet is missing from plenaryrender's resources");
    return QString::fromUtf8(file.readAll());
}

QString RedlineHtml::page(const Comparison &comparison, const Options &options)
{
    return Page(comparison, options).html();
}

} // namespace plenary::render
