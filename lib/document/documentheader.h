#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace plenary {

/// What sort of outcome document a text is.
enum class DocumentKind
{
    Declaration,
    Summary,
    Statement
};

[[nodiscard]] QString documentKindKeyword(DocumentKind kind);
[[nodiscard]] std::optional<DocumentKind> documentKindFromKeyword(QStringView word);

/// The document's metadata: title, kind, language and the masthead of a conference document.
/// The header of the text file is the only place these live.
struct DocumentHeader
{
    QString title;
    DocumentKind kind = DocumentKind::Declaration;
    QString language;     ///< BCP 47 tag of this text
    QString conference;   ///< conference or organ name
    QString symbol;       ///< document symbol, e.g. BSCT/2026/L.1
    QString distribution; ///< general, limited or restricted; empty when not given
    QString date;         ///< YYYY-MM-DD; empty when not given
    QString original;     ///< BCP 47 tag of the original language; empty when not given

    /// Fields this version does not know, kept verbatim in their order.
    QList<QPair<QString, QString>> extraFields;

    /// Whether the text's language is written right to left (Arabic, Hebrew, Persian, Urdu…).
    [[nodiscard]] bool isRightToLeft() const;
    /// The distribution as a masthead shows it: "Limited" for "limited", in the interface's
    /// language; an unknown value as written.
    [[nodiscard]] QString distributionName() const;
    /// The original language's name for "Original: …" ("English" for "en"); an unknown tag as
    /// written.
    [[nodiscard]] QString originalLanguageName() const;

    bool operator==(const DocumentHeader &) const = default;
};

} // namespace plenary
