#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace plenary {

/// What a paragraph is in the structure of a negotiated text.
enum class ParagraphKind { Heading, Chapeau, Preambular, Operative, Sub, SubSub, Narrative };

/// Where a paragraph stands in the negotiation.
enum class ParagraphStatus { Proposed, AdReferendum, Agreed, Deleted };

/// The word a kind or status is written as in the text format ("op", "adref").
[[nodiscard]] QString kindKeyword(ParagraphKind kind);
[[nodiscard]] QString statusKeyword(ParagraphStatus status);
[[nodiscard]] std::optional<ParagraphKind> kindFromKeyword(QStringView word);
[[nodiscard]] std::optional<ParagraphStatus> statusFromKeyword(QStringView word);

/// Kinds that take a number or letter computed against the numbering baseline.
[[nodiscard]] bool isNumberedKind(ParagraphKind kind);

/// Human names for the UI and reports ("operative", "agreed ad referendum").
[[nodiscard]] QString kindName(ParagraphKind kind);
[[nodiscard]] QString statusName(ParagraphStatus status);

/// One paragraph of a document: identity, structure, negotiation state and text.
struct Paragraph
{
    QString id; ///< permanent identifier, without the leading '#'
    ParagraphKind kind = ParagraphKind::Operative;
    ParagraphStatus status = ParagraphStatus::Proposed;
    bool numbered = false; ///< existed when the numbering baseline was last fixed
    QString text;          ///< the text as written, with its inline markup

    int line = 0;       ///< source line when read from a file, 0 otherwise
    int textColumn = 0; ///< source column where the text starts, 0 otherwise

    [[nodiscard]] bool isDeleted() const { return status == ParagraphStatus::Deleted; }

    /// Equal in everything that is stored (not in where it was read from).
    [[nodiscard]] bool sameContent(const Paragraph &other) const
    {
        return id == other.id && kind == other.kind && status == other.status &&
               numbered == other.numbered && text == other.text;
    }
};

} // namespace plenary
