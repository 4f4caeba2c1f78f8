#include "dictionarymerge.h"

#include <QList>
#include <QSet>
#include <algorithm>

namespace plenary {

QByteArray DictionaryMerge::merge(const QByteArray &ours, const QByteArray &theirs)
{
    QSet<QByteArray> lines;
    for (const QByteArray *file : {&ours, &theirs}) {
        for (QByteArray line : file->split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.isEmpty())
                lines.insert(line);
        }
    }
    QList<QByteArray> sorted(lines.cbegin(), lines.cend());
    // Byte order of UTF-8 is code point order, as ProjectDictionary sorts.
    std::sort(sorted.begin(), sorted.end());
    QByteArray out;
    for (const QByteArray &line : sorted)
        out += line + '\n';
    return out;
}

} // namespace plenary
