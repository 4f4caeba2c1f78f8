#include "quote.h"

namespace plenary {

namespace {

// Moves an index off the second half of a surrogate pair, so context never splits a character.
qsizetype snapBack(QStringView text, qsizetype index)
{
    if (index > 0 && index < text.size() && text[index].isLowSurrogate())
        return index - 1;
    return index;
}

qsizetype snapForward(QStringView text, qsizetype index)
{
    if (index > 0 && index < text.size() && text[index].isLowSurrogate())
        return index + 1;
    return index;
}

} // namespace

Quote Quote::capture(QStringView paragraphText, qsizetype start, qsizetype length)
{
    start = std::clamp<qsizetype>(start, 0, paragraphText.size());
    length = std::clamp<qsizetype>(length, 0, paragraphText.size() - start);
    const qsizetype beforeStart =
        snapForward(paragraphText, std::max<qsizetype>(0, start - kContextLength));
    const qsizetype end = start + length;
    const qsizetype afterEnd =
        snapBack(paragraphText, std::min<qsizetype>(paragraphText.size(), end + kContextLength));
    Quote quote;
    quote.text = paragraphText.mid(start, length).toString();
    quote.before = paragraphText.mid(beforeStart, start - beforeStart).toString();
    quote.after = paragraphText.mid(end, afterEnd - end).toString();
    quote.offset = codePointIndex(paragraphText, start);
    return quote;
}

qsizetype Quote::codePointIndex(QStringView text, qsizetype index)
{
    qsizetype points = 0;
    for (qsizetype i = 0; i < index && i < text.size(); ++i)
        if (!text[i].isLowSurrogate() || i == 0 || !text[i - 1].isHighSurrogate())
            ++points;
    return points;
}

} // namespace plenary
