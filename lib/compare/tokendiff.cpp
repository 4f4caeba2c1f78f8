#include "tokendiff.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace plenary::compare {

namespace {

// One side of the comparison: the text and its tokens.
struct Side
{
    QStringView text;
    QList<Token> tokens;

    [[nodiscard]] QStringView at(qsizetype i) const
    {
        return text.mid(tokens[i].begin, tokens[i].length);
    }
};

bool same(const Side &a, qsizetype i, const Side &b, qsizetype j)
{
    const Token &x = a.tokens[i];
    const Token &y = b.tokens[j];
    return x.hash == y.hash && x.length == y.length && a.at(i) == b.at(j);
}

// Myers' linear-space O(ND) difference ("An O(ND) Difference Algorithm and Its Variations",
// 1986), as git's xdiff implements it (xdl_recs_cmp, xdl_split), including its bound: once the
// search for a middle snake has cost `costLimit` steps, the furthest-reaching path found so far
// is taken as the split point. The result marks the tokens of each side that are not common.
class Myers
{
public:
    Myers(const Side &a, const Side &b, int costLimit)
        : m_a(a), m_b(b), m_changedA(size_t(a.tokens.size()), false),
          m_changedB(size_t(b.tokens.size()), false)
    {
        const qsizetype n = a.tokens.size(), m = b.tokens.size();
        const qsizetype diagonals = n + m + 3;
        m_kvdf.assign(size_t(diagonals), 0);
        m_kvdb.assign(size_t(diagonals), 0);
        m_offset = m + 1;
        if (costLimit > 0) {
            m_costLimit = costLimit;
        } else {
            m_costLimit = std::max<qsizetype>(TokenDiff::kMinimumCostLimit,
                                              qsizetype(std::sqrt(double(diagonals))));
        }
    }

    void run()
    {
        struct Box
        {
            qsizetype off1, lim1, off2, lim2;
            bool needMinimal;
        };
        std::vector<Box> stack{{0, m_a.tokens.size(), 0, m_b.tokens.size(), false}};
        while (!stack.empty()) {
            Box box = stack.back();
            stack.pop_back();
            // Shrink the box by the common tokens at both ends.
            while (box.off1 < box.lim1 && box.off2 < box.lim2 && same(m_a, box.off1, m_b, box.off2))
                ++box.off1, ++box.off2;
            while (box.off1 < box.lim1 && box.off2 < box.lim2 &&
                   same(m_a, box.lim1 - 1, m_b, box.lim2 - 1))
                --box.lim1, --box.lim2;
            if (box.off1 == box.lim1) {
                for (qsizetype j = box.off2; j < box.lim2; ++j)
                    m_changedB[size_t(j)] = true;
            } else if (box.off2 == box.lim2) {
                for (qsizetype i = box.off1; i < box.lim1; ++i)
                    m_changedA[size_t(i)] = true;
            } else {
                const Split split =
                    this->split(box.off1, box.lim1, box.off2, box.lim2, box.needMinimal);
                stack.push_back({split.i1, box.lim1, split.i2, box.lim2, split.minimalHigh});
                stack.push_back({box.off1, split.i1, box.off2, split.i2, split.minimalLow});
            }
        }
    }

    [[nodiscard]] const std::vector<bool> &changedA() const { return m_changedA; }
    [[nodiscard]] const std::vector<bool> &changedB() const { return m_changedB; }
    [[nodiscard]] bool bounded() const { return m_bounded; }

private:
    struct Split
    {
        qsizetype i1 = 0, i2 = 0;
        bool minimalLow = true, minimalHigh = true;
    };

    qsizetype &forward(qsizetype d) { return m_kvdf[size_t(d + m_offset)]; }
    qsizetype &backward(qsizetype d) { return m_kvdb[size_t(d + m_offset)]; }

    Split split(qsizetype off1, qsizetype lim1, qsizetype off2, qsizetype lim2, bool needMinimal)
    {
        constexpr qsizetype kFar = std::numeric_limits<qsizetype>::max() / 4;
        const qsizetype dmin = off1 - lim2, dmax = lim1 - off2;
        const qsizetype fmid = off1 - off2, bmid = lim1 - lim2;
        const bool odd = ((fmid - bmid) & 1) != 0;
        qsizetype fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
        forward(fmid) = off1;
        backward(bmid) = lim1;

        for (qsizetype cost = 1;; ++cost) {
            // Forward paths one step further.
            if (fmin > dmin)
                forward(--fmin - 1) = -1;
            else
                ++fmin;
            if (fmax < dmax)
                forward(++fmax + 1) = -1;
            else
                --fmax;
            for (qsizetype d = fmax; d >= fmin; d -= 2) {
                qsizetype i1 =
                    forward(d - 1) >= forward(d + 1) ? forward(d - 1) + 1 : forward(d + 1);
                qsizetype i2 = i1 - d;
                while (i1 < lim1 && i2 < lim2 && same(m_a, i1, m_b, i2))
                    ++i1, ++i2;
                forward(d) = i1;
                if (odd && bmin <= d && d <= bmax && backward(d) <= i1)
                    return {i1, i2, true, true};
            }
            // Backward paths one step further.
            if (bmin > dmin)
                backward(--bmin - 1) = kFar;
            else
                ++bmin;
            if (bmax < dmax)
                backward(++bmax + 1) = kFar;
            else
                --bmax;
            for (qsizetype d = bmax; d >= bmin; d -= 2) {
                qsizetype i1 =
                    backward(d - 1) < backward(d + 1) ? backward(d - 1) : backward(d + 1) - 1;
                qsizetype i2 = i1 - d;
                while (i1 > off1 && i2 > off2 && same(m_a, i1 - 1, m_b, i2 - 1))
                    --i1, --i2;
                backward(d) = i1;
                if (!odd && fmin <= d && d <= fmax && i1 <= forward(d))
                    return {i1, i2, true, true};
            }
            if (needMinimal || cost < m_costLimit)
                continue;

            // The bound: split at the furthest-reaching path, forward or backward.
            m_bounded = true;
            qsizetype fbest = -1, fbest1 = -1;
            for (qsizetype d = fmax; d >= fmin; d -= 2) {
                qsizetype i1 = std::min(forward(d), lim1);
                qsizetype i2 = i1 - d;
                if (lim2 < i2)
                    i1 = lim2 + d, i2 = lim2;
                if (fbest < i1 + i2)
                    fbest = i1 + i2, fbest1 = i1;
            }
            qsizetype bbest = kFar, bbest1 = kFar;
            for (qsizetype d = bmax; d >= bmin; d -= 2) {
                qsizetype i1 = std::max(off1, backward(d));
                qsizetype i2 = i1 - d;
                if (i2 < off2)
                    i1 = off2 + d, i2 = off2;
                if (i1 + i2 < bbest)
                    bbest = i1 + i2, bbest1 = i1;
            }
            if ((lim1 + lim2) - bbest < fbest - (off1 + off2))
                return {fbest1, fbest - fbest1, true, false};
            return {bbest1, bbest - bbest1, false, true};
        }
    }

    const Side &m_a;
    const Side &m_b;
    std::vector<bool> m_changedA, m_changedB;
    std::vector<qsizetype> m_kvdf, m_kvdb;
    qsizetype m_offset = 0;
    qsizetype m_costLimit = TokenDiff::kMinimumCostLimit;
    bool m_bounded = false;
};

// A run of tokens: common to both sides, or changed (deleted a0..a1, inserted b0..b1).
struct Run
{
    bool equal = true;
    qsizetype a0 = 0, a1 = 0, b0 = 0, b1 = 0;

    [[nodiscard]] bool empty() const { return a0 == a1 && b0 == b1; }
};

std::vector<Run> runsOf(const std::vector<bool> &changedA, const std::vector<bool> &changedB)
{
    std::vector<Run> runs;
    const qsizetype n = qsizetype(changedA.size()), m = qsizetype(changedB.size());
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        const qsizetype i0 = i, j0 = j;
        if ((i < n && changedA[size_t(i)]) || (j < m && changedB[size_t(j)])) {
            while (i < n && changedA[size_t(i)])
                ++i;
            while (j < m && changedB[size_t(j)])
                ++j;
            runs.push_back({false, i0, i, j0, j});
        } else {
            while (i < n && j < m && !changedA[size_t(i)] && !changedB[size_t(j)])
                ++i, ++j;
            runs.push_back({true, i0, i, j0, j});
        }
    }
    return runs;
}

// Drops empty runs and joins neighbours of the same kind.
void normalize(std::vector<Run> &runs)
{
    std::vector<Run> out;
    out.reserve(runs.size());
    for (const Run &r : runs) {
        if (r.empty())
            continue;
        if (!out.empty() && out.back().equal == r.equal) {
            out.back().a1 = r.a1;
            out.back().b1 = r.b1;
            continue;
        }
        out.push_back(r);
    }
    runs.swap(out);
}

// A pure insertion or deletion that could equally sit a few tokens earlier or later is put
// where it reads best: next to a neighbouring change if it can reach one (so the two become one
// phrase: "terrorism{+, including at borders,+} must", not "terrorism{+,+} {+including at
// borders, +}must"), otherwise starting with a word rather than a space ("a {+very +}big").
void slide(std::vector<Run> &runs, const Side &a, const Side &b)
{
    constexpr qsizetype kMaximumSlide = 64; // repeated tokens beyond this are left where they are
    for (size_t k = 1; k + 1 < runs.size(); ++k) {
        Run &c = runs[k];
        Run &prev = runs[k - 1];
        Run &next = runs[k + 1];
        if (c.equal || !prev.equal || !next.equal)
            continue;
        const bool insertion = c.a0 == c.a1;
        const bool deletion = c.b0 == c.b1;
        if (insertion == deletion)
            continue;
        const Side &s = insertion ? b : a;
        const qsizetype lo = insertion ? c.b0 : c.a0;
        const qsizetype hi = insertion ? c.b1 : c.a1;
        const qsizetype prevLength = prev.a1 - prev.a0, nextLength = next.a1 - next.a0;
        qsizetype left = 0, right = 0;
        while (left < prevLength && left < kMaximumSlide &&
               same(s, lo - left - 1, s, hi - left - 1))
            ++left;
        while (right < nextLength && right < kMaximumSlide && same(s, lo + right, s, hi + right))
            ++right;
        if (left == 0 && right == 0)
            continue;
        auto score = [&](qsizetype shift) {
            int value = 0;
            if ((shift == -prevLength && k >= 2) || (shift == nextLength && k + 2 < runs.size()))
                value += 4;
            if (s.tokens[lo + shift].kind != TokenKind::Space)
                value += 2;
            if (s.tokens[hi + shift - 1].kind != TokenKind::Space)
                value += 1;
            return value;
        };
        qsizetype best = 0;
        int bestScore = score(0);
        for (qsizetype shift = -left; shift <= right; ++shift) {
            if (const int v = score(shift); v > bestScore)
                best = shift, bestScore = v;
        }
        c.a0 += best, c.a1 += best, c.b0 += best, c.b1 += best;
        prev.a1 += best, prev.b1 += best;
        next.a0 += best, next.b0 += best;
    }
    normalize(runs);
}

qsizetype characters(const Side &s, qsizetype from, qsizetype to)
{
    return from == to ? 0 : s.tokens[to - 1].end() - s.tokens[from].begin;
}

// An equality that must stay visible between two changes: a negotiation bracket or a
// cross-reference in it is structure the negotiators read, not filler.
bool holdsStructure(const Side &a, const Run &r)
{
    for (qsizetype i = r.a0; i < r.a1; ++i)
        if (a.tokens[i].kind == TokenKind::Bracket || a.tokens[i].kind == TokenKind::CrossReference)
            return true;
    return false;
}

bool holdsWords(const Side &a, const Run &r)
{
    for (qsizetype i = r.a0; i < r.a1; ++i)
        if (a.tokens[i].kind == TokenKind::Word)
            return true;
    return false;
}

// Semantic cleanup, after diff-match-patch's cleanupSemantic: a common stretch between two
// changes that is no longer than the larger side of each of them is folded into one change,
// and so is one without any word (spaces and punctuation only), unless it holds a bracket or
// a cross-reference. Applied with a stack, so that a change that grew can fold the stretch
// before it too: "{-a-}{+b+} c {-d-}{+e+}" becomes "{-a c d-}{+b c e+}".
void cleanup(std::vector<Run> &runs, const Side &a, const Side &b)
{
    auto foldable = [&](const Run &before, const Run &equality, const Run &after) {
        if (holdsStructure(a, equality))
            return false;
        if (!holdsWords(a, equality))
            return true;
        const qsizetype weight = characters(a, equality.a0, equality.a1);
        return weight <= std::max(characters(a, before.a0, before.a1),
                                  characters(b, before.b0, before.b1)) &&
               weight <=
                   std::max(characters(a, after.a0, after.a1), characters(b, after.b0, after.b1));
    };
    std::vector<Run> out;
    out.reserve(runs.size());
    for (const Run &r : runs) {
        out.push_back(r);
        while (out.size() >= 3 && !out.back().equal && out[out.size() - 2].equal &&
               !out[out.size() - 3].equal &&
               foldable(out[out.size() - 3], out[out.size() - 2], out.back())) {
            const Run after = out.back();
            out.pop_back();
            out.pop_back();
            out.back().a1 = after.a1;
            out.back().b1 = after.b1;
        }
    }
    runs.swap(out);
}

} // namespace

TokenDiff TokenDiff::compute(QStringView oldText, QStringView newText, int costLimit)
{
    TokenDiff diff;
    if (oldText == newText) {
        if (!oldText.isEmpty())
            diff.m_segments.append({SegmentKind::Equal, 0, oldText.size(), 0, newText.size()});
        return diff;
    }
    const Side a{oldText, Tokenizer::tokenize(oldText)};
    const Side b{newText, Tokenizer::tokenize(newText)};
    Myers myers(a, b, costLimit);
    myers.run();
    diff.m_bounded = myers.bounded();

    std::vector<Run> runs = runsOf(myers.changedA(), myers.changedB());
    slide(runs, a, b);
    cleanup(runs, a, b);

    auto oldPos = [&](qsizetype i) {
        return i < a.tokens.size() ? a.tokens[i].begin : oldText.size();
    };
    auto newPos = [&](qsizetype j) {
        return j < b.tokens.size() ? b.tokens[j].begin : newText.size();
    };
    diff.m_segments.reserve(qsizetype(runs.size()) * 3 / 2 + 1);
    for (const Run &r : runs) {
        if (r.equal) {
            diff.m_segments.append(
                {SegmentKind::Equal, oldPos(r.a0), oldPos(r.a1), newPos(r.b0), newPos(r.b1)});
            continue;
        }
        int opened = 0, closed = 0;
        if (r.a1 > r.a0) {
            diff.m_segments.append(
                {SegmentKind::Deleted, oldPos(r.a0), oldPos(r.a1), newPos(r.b0), newPos(r.b0)});
            for (qsizetype i = r.a0; i < r.a1; ++i) {
                if (a.tokens[i].kind == TokenKind::Word)
                    ++diff.m_counts.wordsDeleted;
                else if (a.tokens[i].kind == TokenKind::Bracket &&
                         oldText[a.tokens[i].begin] == u'[')
                    ++closed;
            }
        }
        if (r.b1 > r.b0) {
            diff.m_segments.append(
                {SegmentKind::Inserted, oldPos(r.a1), oldPos(r.a1), newPos(r.b0), newPos(r.b1)});
            for (qsizetype j = r.b0; j < r.b1; ++j) {
                if (b.tokens[j].kind == TokenKind::Word)
                    ++diff.m_counts.wordsInserted;
                else if (b.tokens[j].kind == TokenKind::Bracket &&
                         newText[b.tokens[j].begin] == u'[')
                    ++opened;
            }
        }
        // A bracket retyped inside a rewritten phrase neither opens nor closes anything.
        diff.m_counts.bracketsOpened += std::max(0, opened - closed);
        diff.m_counts.bracketsClosed += std::max(0, closed - opened);
    }
    return diff;
}

} // namespace plenary::compare
