#include "paragraphmerge.h"

#include "core/longestincreasingrun.h"
#include "document/paragraphid.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <vector>

namespace plenary {

namespace {

using Index = QHash<QStringView, qsizetype>;

// The base paragraphs a side moved: those outside the longest run it kept in base order.
QSet<QStringView> movedBy(const Document &side, const Index &base)
{
    std::vector<qsizetype> sequence;
    std::vector<QStringView> ids;
    for (const Paragraph &p : side.paragraphs) {
        const auto it = base.constFind(p.id);
        if (it != base.cend()) {
            sequence.push_back(*it);
            ids.push_back(p.id);
        }
    }
    const std::vector<bool> kept = longestIncreasingRun(sequence);
    QSet<QStringView> moved;
    for (size_t k = 0; k < kept.size(); ++k)
        if (!kept[k])
            moved.insert(ids[k]);
    return moved;
}

// Three-way choice of one value: the side that changed it; ours' when both changed it.
template<typename T> const T &choose(const T &base, const T &ours, const T &theirs)
{
    return ours == base && theirs != base ? theirs : ours;
}

// The same for a paragraph's field, marking the field when both sides changed it differently.
template<typename T>
T pick(const T &base, const T &ours, const T &theirs, MergeField field, MergeFields &conflicts)
{
    if (ours != theirs && ours != base && theirs != base)
        conflicts |= field;
    return choose(base, ours, theirs);
}

QString headerValue(const DocumentHeader &h, const QString &key)
{
    if (key == u"title")
        return h.title;
    if (key == u"kind")
        return documentKindKeyword(h.kind);
    if (key == u"language")
        return h.language;
    if (key == u"conference")
        return h.conference;
    if (key == u"symbol")
        return h.symbol;
    if (key == u"distribution")
        return h.distribution;
    if (key == u"date")
        return h.date;
    return h.original;
}

} // namespace

Result<MergeResult> ParagraphMerge::merge(const Document &base, const Document &ours,
                                          const Document &theirs, const MergeSides &sides)
{
    static const QRegularExpression kCode(QStringLiteral("^[A-Z][A-Z0-9-]{1,11}$"));
    for (const QString &code : {sides.ours, sides.theirs}) {
        if (!kCode.match(code).hasMatch())
            return Error{Error::Kind::Invalid,
                         tr("'%1' is not a delegation code (2 to 12 characters from A-Z, 0-9 and "
                            "'-', starting with a letter)")
                             .arg(code)};
    }

    // Identifiers → positions; a version that cannot be keyed by identifier cannot be merged.
    Index b, o, t;
    const std::pair<const Document *, Index *> versions[] = {
        {&base, &b}, {&ours, &o}, {&theirs, &t}};
    const QString names[] = {tr("the base"), tr("ours (%1)").arg(sides.ours),
                             tr("theirs (%1)").arg(sides.theirs)};
    for (int v = 0; v < 3; ++v) {
        const QList<Paragraph> &paragraphs = versions[v].first->paragraphs;
        Index &index = *versions[v].second;
        index.reserve(paragraphs.size());
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            const Paragraph &p = paragraphs[i];
            if (!ParagraphId::isValid(p.id))
                return Error{Error::Kind::Invalid,
                             tr("paragraph %1 of %2 has no valid identifier; merge texts that read "
                                "without errors")
                                 .arg(i + 1)
                                 .arg(names[v])};
            if (index.contains(p.id))
                return Error{Error::Kind::Invalid,
                             tr("identifier #%1 appears twice in %2; merge texts that read "
                                "without errors")
                                 .arg(p.id, names[v])};
            index.insert(p.id, i);
        }
    }

    MergeResult result;
    result.m_sides = sides;

    // The header: every known field three-way, the unknown ones key by key.
    const DocumentHeader &bh = base.header, &oh = ours.header, &th = theirs.header;
    result.m_header = oh;
    result.m_header.extraFields.clear();
    static const QString kKeys[] = {QStringLiteral("title"),    QStringLiteral("kind"),
                                    QStringLiteral("language"), QStringLiteral("conference"),
                                    QStringLiteral("symbol"),   QStringLiteral("distribution"),
                                    QStringLiteral("date"),     QStringLiteral("original")};
    auto conflictFor = [&](MergeConflict::Kind kind) {
        MergeConflict c;
        c.kind = kind;
        c.ourDelegation = sides.ours;
        c.theirDelegation = sides.theirs;
        return c;
    };
    DocumentHeader &mh = result.m_header;
    mh.title = choose(bh.title, oh.title, th.title);
    mh.kind = choose(bh.kind, oh.kind, th.kind);
    mh.language = choose(bh.language, oh.language, th.language);
    mh.conference = choose(bh.conference, oh.conference, th.conference);
    mh.symbol = choose(bh.symbol, oh.symbol, th.symbol);
    mh.distribution = choose(bh.distribution, oh.distribution, th.distribution);
    mh.date = choose(bh.date, oh.date, th.date);
    mh.original = choose(bh.original, oh.original, th.original);
    for (const QString &key : kKeys) {
        const QString bv = headerValue(bh, key), ov = headerValue(oh, key),
                      tv = headerValue(th, key);
        if (ov != tv && ov != bv && tv != bv) {
            MergeConflict c = conflictFor(MergeConflict::Kind::Field);
            c.key = key;
            c.baseValue = bv;
            c.ourValue = ov;
            c.theirValue = tv;
            result.m_conflicts.append(c);
            result.m_targets.append(MergeResult::Target{});
        }
    }
    result.m_extras = KeyValueMerge::merge(bh.extraFields, oh.extraFields, th.extraFields);
    for (qsizetype i = 0; i < result.m_extras.conflicts().size(); ++i) {
        const KeyValueMerge::Conflict &k = result.m_extras.conflicts()[i];
        MergeConflict c = conflictFor(MergeConflict::Kind::Field);
        c.key = k.key;
        c.baseValue = k.base;
        c.ourValue = k.ours;
        c.theirValue = k.theirs;
        result.m_conflicts.append(c);
        result.m_targets.append({-1, i});
    }

    // The order. Base paragraphs neither side moved form the skeleton, in base order; what a
    // side inserted or moved is attached, in that side's order, to the nearest skeleton
    // paragraph before it in that side (or to the start). At each place ours' come before
    // theirs'. A paragraph both sides moved goes where ours put it.
    const QSet<QStringView> movedO = movedBy(ours, b), movedT = movedBy(theirs, b);
    auto inSkeleton = [&](QStringView id) {
        return b.contains(id) && !movedO.contains(id) && !movedT.contains(id);
    };
    auto ownedByOurs = [&](QStringView id) {
        return b.contains(id) ? movedO.contains(id) : true;
    };
    auto ownedByTheirs = [&](QStringView id) {
        return b.contains(id) ? movedT.contains(id) && !movedO.contains(id) : !o.contains(id);
    };
    // base index + 1 (0: the start) → paragraphs attached there
    auto attach = [&](const Document &side, bool isOurs) {
        QHash<qsizetype, QList<QStringView>> attached;
        qsizetype anchor = 0;
        for (const Paragraph &p : side.paragraphs) {
            if (inSkeleton(p.id))
                anchor = b.value(p.id) + 1;
            else if (isOurs ? ownedByOurs(p.id) : ownedByTheirs(p.id))
                attached[anchor].append(p.id);
        }
        return attached;
    };
    const QHash<qsizetype, QList<QStringView>> attachedO = attach(ours, true),
                                               attachedT = attach(theirs, false);

    result.m_slots.reserve(base.paragraphs.size() + ours.paragraphs.size() / 8 + 8);
    auto add = [&](QStringView id) {
        const auto find = [&](const Document &d, const Index &index) -> const Paragraph * {
            const auto it = index.constFind(id);
            return it == index.cend() ? nullptr : &d.paragraphs[*it];
        };
        const Paragraph *bp = find(base, b), *op = find(ours, o), *tp = find(theirs, t);
        MergeResult::Slot slot;
        MergeConflict c = conflictFor(MergeConflict::Kind::Edit);
        if (op && tp) {
            // Field by field; with no base (both added the identifier) any difference conflicts.
            Paragraph m;
            m.id = op->id;
            if (bp) {
                m.kind = pick(bp->kind, op->kind, tp->kind, MergeField::Kind, c.fields);
                m.status = pick(bp->status, op->status, tp->status, MergeField::Status, c.fields);
                m.numbered =
                    pick(bp->numbered, op->numbered, tp->numbered, MergeField::Numbered, c.fields);
                m.text = pick(bp->text, op->text, tp->text, MergeField::Text, c.fields);
            } else {
                m = *op;
                if (op->kind != tp->kind)
                    c.fields |= MergeField::Kind;
                if (op->status != tp->status)
                    c.fields |= MergeField::Status;
                if (op->numbered != tp->numbered)
                    c.fields |= MergeField::Numbered;
                if (op->text != tp->text)
                    c.fields |= MergeField::Text;
            }
            slot.merged = m;
        } else if (op || tp) {
            const Paragraph *kept = op ? op : tp;
            if (!bp) {
                slot.merged = *kept; // added on one side
            } else if (!kept->sameContent(*bp)) {
                // Removed on one side, edited on the other.
                c.kind = op ? MergeConflict::Kind::TheirsRemoved : MergeConflict::Kind::OursRemoved;
                c.fields = MergeField::Presence;
                if (op)
                    slot.merged = *op;
            }
            // else: removed on one side, untouched on the other: removed.
        }
        if (c.fields) {
            c.paragraphId = id.toString();
            if (bp)
                c.base = *bp;
            if (op)
                c.ours = *op;
            if (tp)
                c.theirs = *tp;
            slot.conflict = result.m_conflicts.size();
            result.m_targets.append({result.m_slots.size(), -1});
            result.m_conflicts.append(c);
        }
        if (slot.merged) {
            slot.merged->line = slot.merged->textColumn = 0;
            slot.current = slot.merged;
        }
        if (slot.merged || slot.conflict >= 0)
            result.m_slots.append(slot);
    };
    auto addAttached = [&](qsizetype place) {
        for (QStringView id : attachedO.value(place))
            add(id);
        for (QStringView id : attachedT.value(place))
            add(id);
    };
    addAttached(0);
    for (qsizetype i = 0; i < base.paragraphs.size(); ++i) {
        if (inSkeleton(base.paragraphs[i].id))
            add(base.paragraphs[i].id);
        addAttached(i + 1);
    }

    result.m_resolutions.resize(result.m_conflicts.size());
    result.rebuild();
    return result;
}

} // namespace plenary
