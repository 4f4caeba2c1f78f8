#include "keyvaluemerge.h"

#include <QHash>

namespace plenary {

namespace {

QHash<QString, QString> byKey(const KeyValueMerge::Fields &fields)
{
    QHash<QString, QString> map;
    map.reserve(fields.size());
    for (const auto &[key, value] : fields)
        map.insert(key, value);
    return map;
}

std::optional<QString> valueOf(const QHash<QString, QString> &map, const QString &key)
{
    const auto it = map.constFind(key);
    return it == map.cend() ? std::nullopt : std::optional<QString>(*it);
}

} // namespace

KeyValueMerge KeyValueMerge::merge(const Fields &base, const Fields &ours, const Fields &theirs)
{
    const QHash<QString, QString> b = byKey(base), o = byKey(ours), t = byKey(theirs);

    // Base keys keep their order; a key a side added goes after the nearest base key before it
    // in that side (or first), ours' before theirs' at the same place, as paragraphs do.
    auto attach = [&](const Fields &side) {
        QHash<QString, QStringList> attached; // base key (empty: the start) → keys added after it
        QString anchor;
        for (const auto &field : side) {
            if (b.contains(field.first))
                anchor = field.first;
            else if (&side == &ours || !o.contains(field.first)) // both added it: ours' place
                attached[anchor].append(field.first);
        }
        return attached;
    };
    const QHash<QString, QStringList> attachedO = attach(ours), attachedT = attach(theirs);

    KeyValueMerge result;
    auto add = [&](const QString &key) {
        const std::optional<QString> bv = valueOf(b, key), ov = valueOf(o, key),
                                     tv = valueOf(t, key);
        if (ov == tv || tv == bv) {
            result.m_entries.append({key, ov});
        } else if (ov == bv) {
            result.m_entries.append({key, tv});
        } else {
            result.m_entryOfConflict.append(result.m_entries.size());
            result.m_entries.append({key, ov});
            result.m_conflicts.append({key, bv, ov, tv});
        }
    };
    auto addAttached = [&](const QString &anchor) {
        for (const QStringList &keys : {attachedO.value(anchor), attachedT.value(anchor)})
            for (const QString &key : keys)
                add(key);
    };
    addAttached(QString());
    for (const auto &field : base) {
        add(field.first);
        addAttached(field.first);
    }
    return result;
}

KeyValueMerge::Fields KeyValueMerge::fields() const
{
    Fields fields;
    fields.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        if (e.value)
            fields.append({e.key, *e.value});
    return fields;
}

void KeyValueMerge::setValue(qsizetype conflict, std::optional<QString> value)
{
    m_entries[m_entryOfConflict[conflict]].value = std::move(value);
}

} // namespace plenary
