#pragma once

#include "document.h"

#include <QList>

#include <array>

namespace plenary {

/// The figures negotiators count: paragraphs by kind and status, brackets still open,
/// alternatives, words. Deleted paragraphs count by kind and status but not for brackets
/// and words: they are no longer under negotiation.
struct DocumentStatistics
{
    std::array<int, 7> byKind{};   ///< indexed by ParagraphKind
    std::array<int, 4> byStatus{}; ///< indexed by ParagraphStatus
    int openSpans = 0;             ///< bracketed spans, nested ones included
    int alternativeGroups = 0;
    int alternatives = 0; ///< options in all groups
    int words = 0;

    /// One open bracketed span, for listings.
    struct OpenSpan
    {
        qsizetype paragraph;
        qsizetype begin;
        qsizetype end;
    };
    QList<OpenSpan> spans;

    [[nodiscard]] int count(ParagraphKind kind) const { return byKind[size_t(kind)]; }
    [[nodiscard]] int count(ParagraphStatus status) const { return byStatus[size_t(status)]; }
    [[nodiscard]] int paragraphs() const;

    [[nodiscard]] static DocumentStatistics of(const Document &document);
};

} // namespace plenary
