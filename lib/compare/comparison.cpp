#include "comparison.h"

#include "core/longestincreasingrun.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace plenary::compare {

namespace {

// Words and opening brackets of a whole text, for added and removed paragraphs.
void countWhole(QStringView text, int &words, int &brackets)
{
    for (const Token &t : Tokenizer::tokenize(text)) {
        if (t.kind == TokenKind::Word)
            ++words;
        else if (t.kind == TokenKind::Bracket && text[t.begin] == u'[')
            ++brackets;
    }
}

} // namespace

bool ComparisonSummary::isIdentical() const
{
    return added == 0 && removed == 0 && markedDeleted == 0 && changed == 0 && moved == 0 &&
           statusChanged == 0 && kindChanged == 0 && !headerChanged;
}

Comparison Comparison::compare(Document older, Document newer, const ComparisonOptions &options)
{
    Comparison c;
    c.m_old = std::move(older);
    c.m_new = std::move(newer);
    const QList<Paragraph> &oldParagraphs = c.m_old.paragraphs;
    const QList<Paragraph> &newParagraphs = c.m_new.paragraphs;
    const qsizetype oldCount = oldParagraphs.size(), newCount = newParagraphs.size();

    // Match by identifier. A paragraph without one, or a second one with the same identifier
    // (a text with errors), has no counterpart.
    QHash<QStringView, qsizetype> oldById;
    oldById.reserve(oldCount);
    for (qsizetype i = 0; i < oldCount; ++i)
        if (!oldParagraphs[i].id.isEmpty() && !oldById.contains(oldParagraphs[i].id))
            oldById.insert(oldParagraphs[i].id, i);
    std::vector<qsizetype> oldOf(size_t(newCount), -1), newOf(size_t(oldCount), -1);
    for (qsizetype j = 0; j < newCount; ++j) {
        const auto it = oldById.constFind(newParagraphs[j].id);
        if (it != oldById.cend() && newOf[size_t(*it)] < 0) {
            oldOf[size_t(j)] = *it;
            newOf[size_t(*it)] = j;
        }
    }

    // The paragraphs that kept their order; the other common ones moved.
    std::vector<qsizetype> sequence;
    std::vector<qsizetype> sequenceNew;
    for (qsizetype j = 0; j < newCount; ++j) {
        if (oldOf[size_t(j)] >= 0) {
            sequence.push_back(oldOf[size_t(j)]);
            sequenceNew.push_back(j);
        }
    }
    const std::vector<bool> kept = longestIncreasingRun(sequence);
    std::vector<bool> anchorNew(size_t(newCount), false), anchorOld(size_t(oldCount), false);
    for (size_t k = 0; k < sequence.size(); ++k) {
        if (kept[k]) {
            anchorNew[size_t(sequenceNew[k])] = true;
            anchorOld[size_t(sequence[k])] = true;
        }
    }
    // For each new position, the old position of the next kept paragraph: the old paragraphs
    // before it are shown before what was added in the same gap.
    std::vector<qsizetype> nextAnchorOld(size_t(newCount) + 1, oldCount);
    for (qsizetype j = newCount - 1; j >= 0; --j)
        nextAnchorOld[size_t(j)] =
            anchorNew[size_t(j)] ? oldOf[size_t(j)] : nextAnchorOld[size_t(j) + 1];

    ComparisonSummary &s = c.m_summary;
    s.headerChanged = !(c.m_old.header == c.m_new.header);
    c.m_paragraphs.reserve(oldCount + newCount / 8 + 8);

    auto pair = [&](ParagraphDifference &d) {
        const Paragraph &o = oldParagraphs[d.oldIndex];
        const Paragraph &n = newParagraphs[d.newIndex];
        d.statusChanged = o.status != n.status;
        d.kindChanged = o.kind != n.kind;
        d.textChanged = o.text != n.text;
        if (d.textChanged) {
            const TokenDiff diff = TokenDiff::compute(o.text, n.text, options.costLimit);
            d.segments = diff.segments();
            d.counts = diff.counts();
            d.bounded = diff.isBounded();
        } else if (!o.text.isEmpty()) {
            d.segments.append({SegmentKind::Equal, 0, o.text.size(), 0, n.text.size()});
        }
        if (d.statusChanged) {
            if (n.status == ParagraphStatus::Deleted)
                ++s.markedDeleted;
            else
                ++s.statusChanged;
        }
        s.kindChanged += d.kindChanged;
        s.changed += d.textChanged;
        s.boundedParagraphs += d.bounded;
    };
    auto emitOld = [&](qsizetype i) {
        ParagraphDifference d;
        d.oldIndex = i;
        if (newOf[size_t(i)] >= 0) {
            d.placement = Placement::MovedAway;
            d.newIndex = newOf[size_t(i)];
        } else {
            d.placement = Placement::Removed;
            const QString &text = oldParagraphs[i].text;
            if (!text.isEmpty())
                d.segments.append({SegmentKind::Deleted, 0, text.size(), 0, 0});
            countWhole(text, d.counts.wordsDeleted, d.counts.bracketsClosed);
            ++s.removed;
        }
        c.m_paragraphs.append(std::move(d));
    };

    qsizetype oi = 0;
    for (qsizetype j = 0; j < newCount; ++j) {
        for (const qsizetype limit = nextAnchorOld[size_t(j)]; oi < limit; ++oi)
            if (!anchorOld[size_t(oi)])
                emitOld(oi);
        ParagraphDifference d;
        d.newIndex = j;
        d.oldIndex = oldOf[size_t(j)];
        if (anchorNew[size_t(j)]) {
            d.placement = Placement::Kept;
            oi = d.oldIndex + 1;
            pair(d);
        } else if (d.oldIndex >= 0) {
            d.placement = Placement::MovedHere;
            ++s.moved;
            pair(d);
        } else {
            d.placement = Placement::Added;
            const QString &text = newParagraphs[j].text;
            if (!text.isEmpty())
                d.segments.append({SegmentKind::Inserted, 0, 0, 0, text.size()});
            countWhole(text, d.counts.wordsInserted, d.counts.bracketsOpened);
            ++s.added;
        }
        c.m_paragraphs.append(std::move(d));
    }
    for (; oi < oldCount; ++oi)
        if (!anchorOld[size_t(oi)])
            emitOld(oi);

    for (const ParagraphDifference &d : std::as_const(c.m_paragraphs)) {
        s.wordsInserted += d.counts.wordsInserted;
        s.wordsDeleted += d.counts.wordsDeleted;
        s.bracketsOpened += d.counts.bracketsOpened;
        s.bracketsClosed += d.counts.bracketsClosed;
    }
    return c;
}

QStringView Comparison::segmentText(const ParagraphDifference &paragraph,
                                    const TextSegment &segment) const
{
    if (segment.kind == SegmentKind::Deleted)
        return QStringView(m_old.paragraphs[paragraph.oldIndex].text)
            .mid(segment.oldBegin, segment.oldEnd - segment.oldBegin);
    return QStringView(m_new.paragraphs[paragraph.newIndex].text)
        .mid(segment.newBegin, segment.newEnd - segment.newBegin);
}

QString Comparison::summaryText() const
{
    const ComparisonSummary &s = m_summary;
    if (s.isIdentical())
        return tr("no differences");
    QString text = tr("paragraphs: added %1, deleted %2, changed %3, moved %4")
                       .arg(s.added)
                       .arg(s.removed)
                       .arg(s.changed)
                       .arg(s.moved);
    text += QLatin1String("; ") + tr("status changes %1 (marked deleted %2)")
                                      .arg(s.statusChanged + s.markedDeleted)
                                      .arg(s.markedDeleted);
    if (s.kindChanged > 0)
        text += QLatin1String("; ") + tr("kind changes %1").arg(s.kindChanged);
    text += QLatin1String("; ") +
            tr("brackets: opened %1, closed %2").arg(s.bracketsOpened).arg(s.bracketsClosed);
    text += QLatin1String("; ") +
            tr("words: inserted %1, deleted %2").arg(s.wordsInserted).arg(s.wordsDeleted);
    if (s.headerChanged)
        text += QLatin1String("; ") + tr("header changed");
    if (s.boundedParagraphs > 0)
        text += QLatin1String("; ") +
                tr("simplified: %1 paragraphs changed too much for the smallest difference; "
                   "their redline marks more than the minimum")
                    .arg(s.boundedParagraphs);
    return text;
}

} // namespace plenary::compare
