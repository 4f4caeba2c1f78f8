#include "paragraphid.h"

#include <QRandomGenerator>

namespace plenary::ParagraphId {

QString generate()
{
    // Crockford's alphabet: no i, l, o, u, so identifiers are not misread when cited aloud.
    static constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    quint64 bits = QRandomGenerator::system()->generate64();
    QString id(8, Qt::Uninitialized);
    for (auto &c : id) {
        c = QLatin1Char(kAlphabet[bits & 31]);
        bits >>= 5;
    }
    return id;
}

bool isValid(QStringView id)
{
    if (id.size() < 4 || id.size() > 32)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z')))
            return false;
    }
    return true;
}

} // namespace plenary::ParagraphId
