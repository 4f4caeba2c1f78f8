#include "document.h"

#include "paragraphmarkup.h"

#include <QSet>

namespace plenary {

namespace {

// Depth in the sub-paragraph hierarchy: 0 for a paragraph, 1 for sub, 2 for subsub.
int subLevel(ParagraphKind kind)
{
    return kind == ParagraphKind::Sub ? 1 : kind == ParagraphKind::SubSub ? 2 : 0;
}

} // namespace

qsizetype Document::indexOf(QStringView id) const
{
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        if (paragraphs[i].id == id)
            return i;
    return -1;
}

int Document::renumber()
{
    int joined = 0;
    for (auto &p : paragraphs) {
        if (isNumberedKind(p.kind) && !p.numbered) {
            p.numbered = true;
            ++joined;
        }
    }
    return joined;
}

QList<qsizetype> Document::paragraphsToClean() const
{
    QList<qsizetype> result;
    int removingLevel = -1; // level of the removed paragraph whose children are being removed
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const int level = subLevel(paragraphs[i].kind);
        if (removingLevel >= 0 && level > removingLevel) {
            result.append(i);
            continue;
        }
        removingLevel = -1;
        if (paragraphs[i].isDeleted()) {
            result.append(i);
            removingLevel = level;
        }
    }
    return result;
}

QList<Document::CleanBlocker> Document::cleanBlockers() const
{
    const QList<qsizetype> removed = paragraphsToClean();
    QSet<QString> removedIds;
    QSet<qsizetype> removedIndexes(removed.begin(), removed.end());
    for (qsizetype i : removed)
        removedIds.insert(paragraphs[i].id);
    QList<CleanBlocker> blockers;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (removedIndexes.contains(i))
            continue;
        for (const auto &ref : ParagraphMarkup::analyse(paragraphs[i].text).crossReferences)
            if (removedIds.contains(ref.id))
                blockers.append({i, indexOf(ref.id)});
    }
    return blockers;
}

int Document::clean()
{
    const QList<qsizetype> removed = paragraphsToClean();
    for (auto it = removed.rbegin(); it != removed.rend(); ++it)
        paragraphs.removeAt(*it);
    return int(removed.size());
}

bool Document::operator==(const Document &other) const
{
    if (!(header == other.header) || paragraphs.size() != other.paragraphs.size())
        return false;
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        if (!paragraphs[i].sameContent(other.paragraphs[i]))
            return false;
    return true;
}

} // namespace plenary
