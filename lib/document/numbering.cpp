#include "numbering.h"

#include <array>

namespace plenary {

namespace {

QString normalise(QStringView reference)
{
    QString key;
    key.reserve(reference.size());
    for (QChar c : reference)
        if (!c.isSpace())
            key.append(c.toLower());
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return key;
}

// One numbering sequence against a baseline: 1, 1 bis, 2 … The numbers are kept as two parts
// so that letters and roman numerals can be built from the same counter.
class Sequence
{
public:
    explicit Sequence(bool hasBaseline) : m_hasBaseline(hasBaseline) {}

    void next(bool numbered)
    {
        if (!m_hasBaseline || numbered) {
            ++m_base;
            m_suffix = 0;
        } else {
            ++m_suffix;
        }
    }
    [[nodiscard]] int base() const { return m_base; }
    [[nodiscard]] QString suffix() const { return Numbering::insertionSuffix(m_suffix); }

private:
    bool m_hasBaseline;
    int m_base = 0;
    int m_suffix = 0;
};

// "5 bis", but "5-11": the numeric suffixes after decies carry their own hyphen.
QString joined(const QString &number, const QString &suffix, QLatin1Char separator)
{
    if (suffix.isEmpty())
        return number;
    if (suffix.startsWith(QLatin1Char('-')))
        return number + suffix;
    return number + separator + suffix;
}

} // namespace

QString Numbering::insertionSuffix(int n)
{
    static const std::array<const char *, 9> kWords{
        "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"};
    if (n <= 0)
        return {};
    if (n <= int(kWords.size()))
        return QLatin1String(kWords[n - 1]);
    return QLatin1Char('-') + QString::number(n + 1);
}

QString Numbering::letter(int n)
{
    if (n <= 0)
        return QStringLiteral("0");
    // (a) … (z), then (aa) … (zz), (aaa) … (zzz) as in UN documents; past that, numbers, so
    // that a label never grows with the count.
    if (n > 26 * 3)
        return QString::number(n);
    const QChar c(u'a' + (n - 1) % 26);
    return QString((n - 1) / 26 + 1, c);
}

QString Numbering::roman(int n)
{
    static const std::array<std::pair<int, const char *>, 13> kRoman{{{1000, "m"},
                                                                      {900, "cm"},
                                                                      {500, "d"},
                                                                      {400, "cd"},
                                                                      {100, "c"},
                                                                      {90, "xc"},
                                                                      {50, "l"},
                                                                      {40, "xl"},
                                                                      {10, "x"},
                                                                      {9, "ix"},
                                                                      {5, "v"},
                                                                      {4, "iv"},
                                                                      {1, "i"}}};
    if (n <= 0)
        return QStringLiteral("0");
    QString result;
    for (const auto &[value, digits] : kRoman)
        while (n >= value) {
            result += QLatin1String(digits);
            n -= value;
        }
    return result;
}

Numbering::Numbering(const Document &document)
{
    const auto &paragraphs = document.paragraphs;
    const qsizetype count = paragraphs.size();
    m_entries.resize(count);

    auto hasBaseline = [&](ParagraphKind kind) {
        for (const auto &p : paragraphs)
            if (p.kind == kind && p.numbered)
                return true;
        return false;
    };
    Sequence operative(hasBaseline(ParagraphKind::Operative));
    Sequence narrative(hasBaseline(ParagraphKind::Narrative));
    int preambular = 0, headings = 0, chapeaux = 0;

    // A group of sub-paragraphs under one parent has a baseline of its own: a new operative
    // paragraph's sub-paragraphs are lettered (a), (b) even though none of them is numbered.
    auto groupHasBaseline = [&](qsizetype from, ParagraphKind kind) {
        for (qsizetype j = from; j < count; ++j) {
            const ParagraphKind k = paragraphs[j].kind;
            if (k != ParagraphKind::Sub && k != ParagraphKind::SubSub)
                break;
            if (kind == ParagraphKind::SubSub && k == ParagraphKind::Sub)
                break;
            if (k == kind && paragraphs[j].numbered)
                return true;
        }
        return false;
    };

    qsizetype lastMain = -1, lastSub = -1;
    Sequence subs(false), subsubs(false);

    for (qsizetype i = 0; i < count; ++i) {
        const Paragraph &p = paragraphs[i];
        Entry &e = m_entries[i];
        switch (p.kind) {
        case ParagraphKind::Operative:
        case ParagraphKind::Narrative: {
            Sequence &seq = p.kind == ParagraphKind::Operative ? operative : narrative;
            seq.next(p.numbered);
            const QString number = QString::number(seq.base());
            e.label = joined(number, seq.suffix(), QLatin1Char(' '));
            e.citation = e.label;
            e.reference = (p.kind == ParagraphKind::Operative ? QLatin1String("OP")
                                                              : QLatin1String("P")) +
                          number + seq.suffix();
            break;
        }
        case ParagraphKind::Preambular:
            e.reference = QLatin1String("PP") + QString::number(++preambular);
            e.citation = e.reference;
            break;
        case ParagraphKind::Heading:
            e.reference = QLatin1String("H") + QString::number(++headings);
            e.citation = e.reference;
            break;
        case ParagraphKind::Chapeau:
            e.reference = QLatin1String("CH") + QString::number(++chapeaux);
            e.citation = e.reference;
            break;
        case ParagraphKind::Sub:
        case ParagraphKind::SubSub: {
            const bool isSub = p.kind == ParagraphKind::Sub;
            Sequence &seq = isSub ? subs : subsubs;
            seq.next(p.numbered);
            const QString mark = isSub ? letter(seq.base()) : roman(seq.base());
            e.label = QLatin1Char('(') + joined(mark, seq.suffix(), QLatin1Char(' ')) +
                      QLatin1Char(')');
            e.parent = isSub ? lastMain : lastSub;
            const Entry *parent = e.parent >= 0 ? &m_entries[e.parent] : nullptr;
            e.reference = (parent ? parent->reference : QString()) + QLatin1Char('(') + mark +
                          seq.suffix() + QLatin1Char(')');
            e.citation = parent ? parent->citation + QLatin1Char(' ') + e.label : e.label;
            if (isSub) {
                lastSub = i;
                subsubs = Sequence(groupHasBaseline(i + 1, ParagraphKind::SubSub));
            }
            break;
        }
        }
        const bool isMain = p.kind == ParagraphKind::Operative ||
                            p.kind == ParagraphKind::Narrative ||
                            p.kind == ParagraphKind::Preambular;
        if (p.kind != ParagraphKind::Sub && p.kind != ParagraphKind::SubSub) {
            lastMain = isMain ? i : -1;
            lastSub = -1;
            subs = Sequence(groupHasBaseline(i + 1, ParagraphKind::Sub));
            subsubs = Sequence(false);
        }
    }

    for (qsizetype i = 0; i < count; ++i) {
        if (!paragraphs[i].id.isEmpty())
            m_byId.insert(paragraphs[i].id, i);
        m_byReference.insert(normalise(m_entries[i].reference), i);
    }
}

qsizetype Numbering::find(QStringView reference) const
{
    // Kept apart because a hand-written identifier may read like a reference ("#op10" is not
    // necessarily OP10): with '#' it is an identifier, without one a reference comes first.
    const QStringView key = reference.trimmed();
    if (key.startsWith(QLatin1Char('#')))
        return m_byId.value(key.mid(1).toString().toLower(), -1);
    if (auto it = m_byReference.constFind(normalise(key)); it != m_byReference.constEnd())
        return it.value();
    return m_byId.value(key.toString().toLower(), -1);
}

} // namespace plenary
