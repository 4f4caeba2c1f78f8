#pragma once

#include <QByteArray>
#include <QHash>

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

    [[nodiscard]] const Print *find(const QByteArray &id) const;
    [[nodiscard]] const QHash<QByteArray, Print> &all() const { return m_prints; }

private:
    QHash<QByteArray, Print> m_prints;
};

} // namespace plenary
