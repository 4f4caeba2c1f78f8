#pragma once

#include <QtGlobal>
#include <algorithm>
#include <vector>

namespace plenary {

/// Which elements of `sequence` form one longest strictly increasing subsequence, found by
/// patience sorting in O(n log n). Given the old positions of common paragraphs in their new
/// order, the elements outside the run are the paragraphs that moved: how the comparison and
/// the merge tell moves from paragraphs that stayed in place.
[[nodiscard]] inline std::vector<bool> longestIncreasingRun(const std::vector<qsizetype> &sequence)
{
    const size_t n = sequence.size();
    std::vector<size_t> tails;            // tails[k]: index ending the best run of length k + 1
    std::vector<qsizetype> before(n, -1); // predecessor of each index in its run
    for (size_t i = 0; i < n; ++i) {
        auto it = std::lower_bound(tails.begin(), tails.end(), sequence[i],
                                   [&](size_t t, qsizetype v) { return sequence[t] < v; });
        if (it != tails.begin())
            before[i] = qsizetype(*(it - 1));
        if (it == tails.end())
            tails.push_back(i);
        else
            *it = i;
    }
    std::vector<bool> inRun(n, false);
    for (qsizetype i = tails.empty() ? -1 : qsizetype(tails.back()); i >= 0; i = before[size_t(i)])
        inRun[size_t(i)] = true;
    return inRun;
}

} // namespace plenary
