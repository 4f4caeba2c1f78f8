#include "paragraphfingerprints.h"

namespace plenary {

ParagraphFingerprints ParagraphFingerprints::of(const QByteArray &fileBytes)
{
    ParagraphFingerprints result;
    result.m_prints.reserve(fileBytes.size() / 600);
    forEachParagraph(fileBytes, [&](QByteArrayView id, QByteArrayView line, QByteArrayView text) {
        result.m_prints.insert(id.toByteArray(), {qHash(line), qHash(text)});
    });
    return result;
}

const ParagraphFingerprints::Print *ParagraphFingerprints::find(const QByteArray &id) const
{
    auto it = m_prints.constFind(id);
    return it == m_prints.constEnd() ? nullptr : &it.value();
}

} // namespace plenary
