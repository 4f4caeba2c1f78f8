#include "paragraphfingerprints.h"

#include <cstring>

namespace plenary {

ParagraphFingerprints ParagraphFingerprints::of(const QByteArray &fileBytes)
{
    ParagraphFingerprints result;
    const char *data = fileBytes.constData();
    const qsizetype size = fileBytes.size();
    result.m_prints.reserve(size / 600);
    qsizetype offset = 0;
    bool inHeader = true;
    while (offset < size) {
        const void *nl = std::memchr(data + offset, '\n', size_t(size - offset));
        const qsizetype end = nl ? static_cast<const char *>(nl) - data : size;
        const QByteArrayView line(data + offset, end - offset);
        offset = end + 1;
        if (line.isEmpty()) {
            inHeader = false;
            continue;
        }
        if (inHeader)
            continue;
        // "KIND #ID …: TEXT": the identifier follows the first " #", the text the first ": ".
        const qsizetype hash = line.indexOf(" #");
        const qsizetype colon = line.indexOf(':');
        if (hash < 0 || colon < 0 || hash > colon)
            continue;
        qsizetype idEnd = hash + 2;
        while (idEnd < colon && line[idEnd] != ' ')
            ++idEnd;
        const QByteArray id = line.sliced(hash + 2, idEnd - hash - 2).toByteArray();
        const qsizetype textStart =
            colon + 1 < line.size() && line[colon + 1] == ' ' ? colon + 2 : colon + 1;
        Print print;
        print.line = qHash(line);
        print.text = qHash(line.sliced(textStart));
        result.m_prints.insert(id, print);
    }
    return result;
}

const ParagraphFingerprints::Print *ParagraphFingerprints::find(const QByteArray &id) const
{
    auto it = m_prints.constFind(id);
    return it == m_prints.constEnd() ? nullptr : &it.value();
}

} // namespace plenary
