#include "redlinetext.h"

#include "document/numbering.h"

namespace plenary::render {

using compare::Comparison;
using compare::ParagraphDifference;
using compare::Placement;
using compare::SegmentKind;

namespace {

const QLatin1String kBold("\x1b[1m");
const QLatin1String kDeleted("\x1b[9;31m");  // struck through, red
const QLatin1String kInserted("\x1b[4;32m"); // underlined, green
const QLatin1String kReset("\x1b[m");

// Numbering of both revisions, computed once per rendering.
struct References
{
    Numbering oldNumbers;
    Numbering newNumbers;
};

QString referenceOf(const References &numbers, const ParagraphDifference &p)
{
    const QString before = p.oldIndex >= 0 ? numbers.oldNumbers.reference(p.oldIndex) : QString();
    const QString after = p.newIndex >= 0 ? numbers.newNumbers.reference(p.newIndex) : QString();
    if (p.placement == Placement::Added)
        return after;
    if (p.placement == Placement::Removed || p.placement == Placement::MovedAway)
        return before;
    return before == after ? after : before + QStringLiteral(" → ") + after;
}

QString notesOf(const Comparison &c, const References &numbers, const ParagraphDifference &p)
{
    QStringList notes;
    switch (p.placement) {
    case Placement::Added:
        notes.append(RedlineText::tr("added"));
        break;
    case Placement::Removed:
        notes.append(RedlineText::tr("deleted"));
        break;
    case Placement::MovedAway:
        notes.append(RedlineText::tr("moved to %1").arg(numbers.newNumbers.reference(p.newIndex)));
        return notes.join(QLatin1String(", "));
    case Placement::MovedHere:
        notes.append(
            RedlineText::tr("moved from %1").arg(numbers.oldNumbers.reference(p.oldIndex)));
        break;
    case Placement::Kept:
        break;
    }
    if (p.textChanged)
        notes.append(RedlineText::tr("text changed"));
    if (p.kindChanged)
        notes.append(RedlineText::tr("kind: %1 → %2")
                         .arg(kindName(c.oldDocument().paragraphs[p.oldIndex].kind),
                              kindName(c.newDocument().paragraphs[p.newIndex].kind)));
    if (p.statusChanged)
        notes.append(RedlineText::tr("status: %1 → %2")
                         .arg(statusName(c.oldDocument().paragraphs[p.oldIndex].status),
                              statusName(c.newDocument().paragraphs[p.newIndex].status)));
    if (p.bounded)
        notes.append(RedlineText::tr("simplified redline"));
    return notes.join(QLatin1String(", "));
}

QString heading(const Comparison &c, const RedlineText::Options &options)
{
    QString out;
    const QString from = RedlineText::tr("from: %1").arg(options.oldLabel);
    const QString to = RedlineText::tr("to:   %1").arg(options.newLabel);
    out += options.colour ? kBold + from + kReset : from;
    out += QLatin1Char('\n');
    out += options.colour ? kBold + to + kReset : to;
    out += QLatin1Char('\n') + c.summaryText() + QLatin1Char('\n');
    return out;
}

} // namespace

QString RedlineText::references(const Comparison &c, const ParagraphDifference &p)
{
    const References numbers{Numbering(c.oldDocument()), Numbering(c.newDocument())};
    return referenceOf(numbers, p);
}

QString RedlineText::notes(const Comparison &c, const ParagraphDifference &p)
{
    const References numbers{Numbering(c.oldDocument()), Numbering(c.newDocument())};
    return notesOf(c, numbers, p);
}

QString RedlineText::stat(const Comparison &c, const Options &options)
{
    return heading(c, options);
}

QString RedlineText::render(const Comparison &c, const Options &options)
{
    const References numbers{Numbering(c.oldDocument()), Numbering(c.newDocument())};
    QString out = heading(c, options);
    out.reserve(c.newDocument().paragraphs.size() * 800);
    for (const ParagraphDifference &p : c.paragraphs()) {
        if (options.changedOnly && !p.isChanged())
            continue;
        const Paragraph &para = p.newIndex >= 0 && p.placement != Placement::MovedAway
                                    ? c.newDocument().paragraphs[p.newIndex]
                                    : c.oldDocument().paragraphs[p.oldIndex];
        QString head = referenceOf(numbers, p) + QLatin1String(" #") + para.id;
        const QString what = notesOf(c, numbers, p);
        if (!what.isEmpty())
            head += QLatin1String(": ") + what;
        out += QLatin1Char('\n');
        out += options.colour && p.isChanged() ? kBold + head + kReset : head;
        out += QLatin1Char('\n');
        if (p.placement == Placement::MovedAway)
            continue;
        for (const compare::TextSegment &s : p.segments) {
            const QStringView text = c.segmentText(p, s);
            switch (s.kind) {
            case SegmentKind::Equal:
                out += text;
                break;
            case SegmentKind::Deleted:
                out += options.colour ? kDeleted + text + kReset
                                      : QLatin1String("{-") + text + QLatin1String("-}");
                break;
            case SegmentKind::Inserted:
                out += options.colour ? kInserted + text + kReset
                                      : QLatin1String("{+") + text + QLatin1String("+}");
                break;
            }
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace plenary::render
