#include "alternativetext.h"

#include <QList>

namespace plenary {

namespace {

QString option(int number, const QString &delegation, QStringView text)
{
    QString out = QStringLiteral("[Alt %1").arg(number);
    if (!delegation.isEmpty())
        out += QStringLiteral(" (%1)").arg(delegation);
    out += QLatin1Char(':');
    if (!text.isEmpty()) {
        out += QLatin1Char(' ');
        out += text;
    }
    out += QLatin1Char(']');
    return out;
}

QString group(QStringView ours, QStringView theirs, const MergeSides &sides)
{
    return option(1, sides.ours, ours) + QLatin1Char(' ') + option(2, sides.theirs, theirs);
}

// Bracket depth before each index (depth[i] for the text up to i), or empty when the brackets
// do not balance: then nothing is factored out.
QList<int> depths(QStringView text)
{
    QList<int> depth(text.size() + 1, 0);
    int d = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        depth[i] = d;
        if (text[i] == QLatin1Char('['))
            ++d;
        else if (text[i] == QLatin1Char(']') && --d < 0)
            return {};
    }
    depth[text.size()] = d;
    return d == 0 ? depth : QList<int>();
}

// Whether a shared ending may start at `at`: a space, or clause punctuation that follows a word
// (a "." only at the end, and not one that ends an abbreviation such as "U.N.").
bool isCut(QStringView text, qsizetype at)
{
    const QChar c = text[at];
    if (c == QLatin1Char(' '))
        return true;
    if (at == 0 || text[at - 1] == QLatin1Char(' ') || text[at - 1] == QLatin1Char(']'))
        return false;
    if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':'))
        return at + 1 == text.size() || text[at + 1] == QLatin1Char(' ');
    if (c != QLatin1Char('.') || at + 1 != text.size())
        return false;
    // A final stop, unless it ends an abbreviation: a word with a stop of its own ("U.N.").
    const qsizetype wordStart = text.lastIndexOf(QLatin1Char(' '), at - 1) + 1;
    return !text.mid(wordStart, at - wordStart).contains(QLatin1Char('.'));
}

// Where the opening words end (index past their closing '*'), or 0.
qsizetype leadEnd(QStringView text)
{
    if (text.isEmpty() || text[0] != QLatin1Char('*'))
        return 0;
    const qsizetype close = text.indexOf(QLatin1Char('*'), 1);
    return close < 0 ? text.size() + 1 : close + 1;
}

} // namespace

QString AlternativeText::build(const QString &ours, const QString &theirs, const MergeSides &sides)
{
    if (ours == theirs)
        return ours;
    const QList<int> od = depths(ours), td = depths(theirs);
    if (od.isEmpty() || td.isEmpty())
        return group(ours, theirs, sides);

    // The shared opening: it ends after a space, outside every bracket and after the opening
    // words, and not just after a ']' (a group placed there would join an alternative group
    // that ends there).
    const qsizetype shorter = qMin(ours.size(), theirs.size());
    const qsizetype lead = qMax(leadEnd(ours), leadEnd(theirs));
    qsizetype prefix = 0;
    for (qsizetype i = 0; i < shorter && ours[i] == theirs[i]; ++i) {
        const qsizetype end = i + 1;
        if (ours[i] != QLatin1Char(' ') || od[end] != 0 || end < lead)
            continue;
        const QStringView before = QStringView(ours).left(end).trimmed();
        if (!before.endsWith(QLatin1Char(']')))
            prefix = end;
    }

    // The shared ending: it starts at a space, or at the punctuation that closes a clause
    // (",", ";", ":", and "." at the very end) right after the last differing word — so the
    // paragraph's own ";" stays outside the group —, outside every bracket, after the opening,
    // and not just before a '['.
    const qsizetype ourLead = leadEnd(ours), theirLead = leadEnd(theirs);
    qsizetype suffix = 0;
    for (qsizetype k = 1; k <= shorter - prefix; ++k) {
        const qsizetype oi = ours.size() - k, ti = theirs.size() - k;
        if (ours[oi] != theirs[ti])
            break;
        if (!isCut(ours, oi) || !isCut(theirs, ti) || od[oi] != 0 || td[ti] != 0 || oi < ourLead ||
            ti < theirLead)
            continue;
        const QStringView after = QStringView(ours).mid(oi).trimmed();
        if (!after.startsWith(QLatin1Char('[')))
            suffix = k;
    }

    const QStringView o = QStringView(ours).mid(prefix, ours.size() - prefix - suffix);
    const QStringView t = QStringView(theirs).mid(prefix, theirs.size() - prefix - suffix);
    return QStringView(ours).left(prefix) + group(o, t, sides) + QStringView(ours).right(suffix);
}

QString AlternativeText::againstRemoval(const QString &text, bool oursRemoved,
                                        const MergeSides &sides)
{
    return oursRemoved ? group(QStringView(), text, sides) : group(text, QStringView(), sides);
}

} // namespace plenary
