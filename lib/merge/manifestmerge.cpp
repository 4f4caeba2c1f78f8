#include "manifestmerge.h"

#include <QSet>
#include <algorithm>

namespace plenary {

namespace {

// The file's `key: value` lines, or the first problem with them.
Result<KeyValueMerge::Fields> fieldsOf(const QByteArray &bytes, const QString &version)
{
    KeyValueMerge::Fields fields;
    QSet<QString> keys;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon <= 0)
            return Error{Error::Kind::Invalid,
                         ManifestMerge::tr("line %1 of %2's manifest is not 'key: value'")
                             .arg(i + 1)
                             .arg(version)};
        const QString key = line.left(colon);
        if (keys.contains(key))
            return Error{Error::Kind::Invalid,
                         ManifestMerge::tr("line %1 of %2's manifest gives '%3' a second time")
                             .arg(i + 1)
                             .arg(version, key)};
        keys.insert(key);
        fields.append({key, line.mid(colon + 2)});
    }
    return fields;
}

} // namespace

Result<ManifestMerge> ManifestMerge::merge(const QByteArray &base, const QByteArray &ours,
                                           const QByteArray &theirs, const MergeSides &sides)
{
    auto b = fieldsOf(base, tr("the base"));
    if (!b)
        return b.error();
    auto o = fieldsOf(ours, sides.ours);
    if (!o)
        return o.error();
    auto t = fieldsOf(theirs, sides.theirs);
    if (!t)
        return t.error();

    ManifestMerge result;
    result.m_merge = KeyValueMerge::merge(*b, *o, *t);
    for (const KeyValueMerge::Conflict &k : result.m_merge.conflicts()) {
        MergeConflict c;
        c.kind = MergeConflict::Kind::Field;
        c.key = k.key;
        c.baseValue = k.base;
        c.ourValue = k.ours;
        c.theirValue = k.theirs;
        c.ourDelegation = sides.ours;
        c.theirDelegation = sides.theirs;
        result.m_conflicts.append(c);
    }
    result.m_resolutions.resize(result.m_conflicts.size());
    return result;
}

qsizetype ManifestMerge::unresolvedCount() const
{
    return std::count(m_resolutions.cbegin(), m_resolutions.cend(), std::nullopt);
}

Result<void> ManifestMerge::resolve(qsizetype conflict, const Resolution &resolution)
{
    if (conflict < 0 || conflict >= m_conflicts.size())
        return Error{Error::Kind::NotFound,
                     tr("there is no conflict %1; the manifest's conflicts are numbered 1 to %2")
                         .arg(conflict + 1)
                         .arg(m_conflicts.size())};
    const MergeConflict &c = m_conflicts[conflict];
    switch (resolution.kind) {
    case Resolution::Kind::Ours:
        m_merge.setValue(conflict, c.ourValue);
        break;
    case Resolution::Kind::Theirs:
        m_merge.setValue(conflict, c.theirValue);
        break;
    case Resolution::Kind::Blend:
        if (resolution.text.contains(u'\n') || resolution.text.contains(u'\r'))
            return Error{Error::Kind::Invalid, tr("the value of '%1' must be one line").arg(c.key)};
        m_merge.setValue(conflict, resolution.text);
        break;
    case Resolution::Kind::Alternatives:
        return Error{Error::Kind::Invalid,
                     tr("manifest key '%1' cannot hold alternatives; take ours, theirs or a blend")
                         .arg(c.key)};
    }
    m_resolutions[conflict] = resolution;
    return {};
}

QByteArray ManifestMerge::bytes() const
{
    QString out;
    for (const auto &[key, value] : m_merge.fields())
        out += key + QLatin1String(": ") + value + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace plenary
