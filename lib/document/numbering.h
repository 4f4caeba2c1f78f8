#pragma once

#include "document.h"

#include <QHash>
#include <QList>
#include <QString>

namespace plenary {

/// The numbers, letters and references of a document's paragraphs, computed from their order,
/// kinds and the numbering baseline (never stored in the text).
class Numbering
{
public:
    explicit Numbering(const Document &document);

    /// What is drawn beside the paragraph: "5 bis", "(a)", "(ii)"; empty for unnumbered kinds.
    [[nodiscard]] QString label(qsizetype index) const { return m_entries[index].label; }
    /// The compact reference used on the command line and in the UI: "OP5bis", "OP5(a)(ii)".
    [[nodiscard]] QString reference(qsizetype index) const { return m_entries[index].reference; }
    /// How a cross-reference to the paragraph reads in running text: "5 bis", "5 (a)", "PP3".
    [[nodiscard]] QString citation(qsizetype index) const { return m_entries[index].citation; }
    /// Index of the paragraph a sub-paragraph belongs to, or -1.
    [[nodiscard]] qsizetype parent(qsizetype index) const { return m_entries[index].parent; }

    /// Finds a paragraph by reference ("OP5bis", "op 5 (a)", "PP3") or identifier ("#k3x9…");
    /// returns its index or -1.
    [[nodiscard]] qsizetype find(QStringView reference) const;

    /// The suffix for the n-th paragraph inserted after a baseline paragraph: 1 → "bis".
    [[nodiscard]] static QString insertionSuffix(int n);
    /// 1 → "a", 26 → "z", 27 → "aa".
    [[nodiscard]] static QString letter(int n);
    /// 1 → "i", 4 → "iv".
    [[nodiscard]] static QString roman(int n);

private:
    struct Entry
    {
        QString label;
        QString reference;
        QString citation;
        qsizetype parent = -1;
    };
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byReference; // normalised reference → index
    QHash<QString, qsizetype> m_byId;        // identifier → index
};

} // namespace plenary
