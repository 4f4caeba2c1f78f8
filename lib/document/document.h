#pragma once

#include "documentheader.h"
#include "paragraph.h"

#include <QList>

namespace plenary {

/// A negotiated text: its header and its paragraphs in document order.
class Document
{
public:
    DocumentHeader header;
    QList<Paragraph> paragraphs;

    /// Index of the paragraph with this identifier, or -1.
    [[nodiscard]] qsizetype indexOf(QStringView id) const;

    /// Fixes a new numbering baseline: every numbered kind becomes part of it, so "5 bis"
    /// becomes 6. Returns how many paragraphs joined the baseline.
    int renumber();

    /// Why clean() cannot remove a deleted paragraph: another paragraph cross-refers to it.
    struct CleanBlocker
    {
        qsizetype referring; ///< index of the paragraph that holds the reference
        qsizetype removed;   ///< index of the paragraph that would be removed
    };

    /// The paragraphs clean() would remove: deleted ones and the sub-paragraphs under them.
    [[nodiscard]] QList<qsizetype> paragraphsToClean() const;
    /// Cross-references that would dangle after clean().
    [[nodiscard]] QList<CleanBlocker> cleanBlockers() const;
    /// Removes deleted paragraphs with their sub-paragraphs; returns how many were removed.
    /// Call only when cleanBlockers() is empty.
    int clean();

    bool operator==(const Document &other) const;
};

} // namespace plenary
