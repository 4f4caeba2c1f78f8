#pragma once

#include <QByteArray>

namespace plenary {

/// The merge of two versions of the project dictionary (`dictionary.txt`,
/// lib/spelling/projectdictionary.h): the union of their lines, sorted by their bytes, each
/// once and ending with LF — the form ProjectDictionary writes (docs/merge.md). A word one side
/// added stays; nothing is removed, as the dictionary is only ever added to.
class DictionaryMerge
{
public:
    [[nodiscard]] static QByteArray merge(const QByteArray &ours, const QByteArray &theirs);
};

} // namespace plenary
