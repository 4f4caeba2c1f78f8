#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <cstring>

namespace plenary {

/// A quick look at a text file's paragraphs without parsing it: for each identifier, a hash of
/// its whole line (kind, status and text) and of its text alone. History walks use it to tell
/// in microseconds whether a revision changed a paragraph. Lines that are not paragraphs are
/// ignored, so revisions with errors can still be compared.
class ParagraphFingerprints
{
public:
    struct Print
    {
        size_t line = 0;
        size_t text = 0;
        bool operator==(const Print &) const = default;
    };

    [[nodiscard]] static ParagraphFingerprints of(const QByteArray &fileBytes);

    /// Calls `visit(id, line, text)` for each paragraph line of a text file, without decoding
    /// or copying anything: the quickest look at a revision.
    template<typename Visit> static void forEachParagraph(QByteArrayView fileBytes, Visit &&visit);

    [[nodiscard]] const Print *find(const QByteArray &id) const;
    [[nodiscard]] const QHash<QByteArray, Print> &all() const { return m_prints; }

private:
    QHash<QByteArray, Print> m_prints;
};

template<typename Visit>
void ParagraphFingerprints::forEachParagraph(QByteArrayView bytes, Visit &&visit)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
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
        const qsizetype textStart =
            colon + 1 < line.size() && line[colon + 1] == ' ' ? colon + 2 : colon + 1;
        visit(line.sliced(hash + 2, idEnd - hash - 2), line, line.sliced(textStart));
    }
}

} // namespace plenary
