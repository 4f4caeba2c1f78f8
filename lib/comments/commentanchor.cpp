#include "commentanchor.h"

#include "commentthread.h"
#include "document/document.h"

#include <QList>
#include <algorithm>

namespace plenary {

namespace {

// How many characters of the stored context agree with the text around a candidate span.
qsizetype contextScore(const Quote &quote, QStringView text, qsizetype start, qsizetype end)
{
    qsizetype score = 0;
    for (qsizetype i = 1; i <= quote.before.size() && start - i >= 0; ++i) {
        if (quote.before[quote.before.size() - i] != text[start - i])
            break;
        ++score;
    }
    for (qsizetype i = 0; i < quote.after.size() && end + i < text.size(); ++i) {
        if (quote.after[i] != text[end + i])
            break;
        ++score;
    }
    return score;
}

struct Candidate
{
    qsizetype start = -1;
    qsizetype end = -1;
    qsizetype context = 0;
    qsizetype distance = 0; // from the stored offset, in code points
};

// Better: more context agreeing, then nearer the old place, then earlier.
bool better(const Candidate &a, const Candidate &b)
{
    if (a.context != b.context)
        return a.context > b.context;
    if (a.distance != b.distance)
        return a.distance < b.distance;
    return a.start < b.start;
}

Candidate candidate(const Quote &quote, QStringView text, qsizetype start, qsizetype end)
{
    return {start, end, contextScore(quote, text, start, end),
            std::abs(Quote::codePointIndex(text, start) - quote.offset)};
}

} // namespace

CommentAnchor CommentAnchor::locate(const Quote &quote, QStringView text)
{
    CommentAnchor anchor;
    if (quote.text.isEmpty()) {
        anchor.state = State::Paragraph;
        return anchor;
    }

    // Exact occurrences first.
    std::optional<Candidate> best;
    for (qsizetype at = text.indexOf(quote.text); at >= 0; at = text.indexOf(quote.text, at + 1)) {
        const Candidate c = candidate(quote, text, at, at + quote.text.size());
        if (!best || better(c, *best))
            best = c;
    }
    if (best) {
        anchor.state = State::Exact;
        anchor.start = best->start;
        anchor.length = best->end - best->start;
        anchor.similarity = 1.0;
        return anchor;
    }

    // Then the span of the text closest to the quote by edit distance (Sellers' algorithm: an
    // edit distance whose alignment may start and end anywhere in the text), each cell keeping
    // where its alignment started.
    const QStringView q(quote.text);
    const qsizetype m = q.size();
    const qsizetype n = text.size();
    anchor.state = State::TextChanged;
    if (n == 0 || m * n > kMaxFuzzyCells)
        return anchor;
    QList<qsizetype> cost(n + 1, 0), nextCost(n + 1);
    QList<qsizetype> from(n + 1), nextFrom(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        from[j] = j;
    for (qsizetype i = 1; i <= m; ++i) {
        nextCost[0] = i;
        nextFrom[0] = 0;
        for (qsizetype j = 1; j <= n; ++j) {
            qsizetype c = cost[j - 1] + (q[i - 1] == text[j - 1] ? 0 : 1);
            qsizetype f = from[j - 1];
            if (cost[j] + 1 < c) {
                c = cost[j] + 1;
                f = from[j];
            }
            if (nextCost[j - 1] + 1 < c) {
                c = nextCost[j - 1] + 1;
                f = nextFrom[j - 1];
            }
            nextCost[j] = c;
            nextFrom[j] = f;
        }
        std::swap(cost, nextCost);
        std::swap(from, nextFrom);
    }

    // Only spans at or above the threshold are candidates; among equally similar ones the
    // same preferences as for exact matches apply.
    double bestSimilarity = -1;
    std::optional<Candidate> fuzzy;
    for (qsizetype j = 1; j <= n; ++j) {
        const qsizetype start = from[j];
        if (start >= j)
            continue;
        const double similarity = 1.0 - double(cost[j]) / double(std::max<qsizetype>(m, j - start));
        if (similarity < kFuzzyThreshold || similarity < bestSimilarity - 1e-12)
            continue;
        const Candidate c = candidate(quote, text, start, j);
        if (!fuzzy || similarity > bestSimilarity + 1e-12 || better(c, *fuzzy)) {
            bestSimilarity = similarity;
            fuzzy = c;
        }
    }
    if (fuzzy && bestSimilarity >= kFuzzyThreshold) {
        anchor.state = State::Fuzzy;
        anchor.start = fuzzy->start;
        anchor.length = fuzzy->end - fuzzy->start;
        anchor.similarity = bestSimilarity;
    }
    return anchor;
}

CommentAnchor CommentAnchor::place(const CommentThread &thread, const Document &document)
{
    const qsizetype index = document.indexOf(thread.paragraphId);
    if (index < 0)
        return {};
    CommentAnchor anchor = locate(thread.quote.value_or(Quote()), document.paragraphs[index].text);
    anchor.paragraphIndex = index;
    return anchor;
}

} // namespace plenary
