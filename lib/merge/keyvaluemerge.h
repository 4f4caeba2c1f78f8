#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace plenary {

/// The three-way merge of an ordered list of `key: value` fields, key by key: a document
/// header's unknown fields, the lines of a manifest. A key changed on one side takes that side;
/// changed alike on both is no conflict; changed differently (or removed on one side and changed
/// on the other) is a conflict that provisionally keeps ours' value.
class KeyValueMerge
{
public:
    using Fields = QList<QPair<QString, QString>>;

    /// A key that differs between the sides, with its three values (absent: no such key).
    struct Conflict
    {
        QString key;
        std::optional<QString> base;
        std::optional<QString> ours;
        std::optional<QString> theirs;
    };

    /// Merges. Base keys keep their order; a key a side added goes after the nearest base key
    /// before it in that side (or first), ours' before theirs' at the same place.
    [[nodiscard]] static KeyValueMerge merge(const Fields &base, const Fields &ours,
                                             const Fields &theirs);

    [[nodiscard]] const QList<Conflict> &conflicts() const { return m_conflicts; }
    /// The merged fields as they stand, conflicting keys with the value last set.
    [[nodiscard]] Fields fields() const;
    /// Settles a conflict: the key's value, or no key at all.
    void setValue(qsizetype conflict, std::optional<QString> value);

private:
    struct Entry
    {
        QString key;
        std::optional<QString> value;
    };
    QList<Entry> m_entries;
    QList<Conflict> m_conflicts;
    QList<qsizetype> m_entryOfConflict;
};

} // namespace plenary
