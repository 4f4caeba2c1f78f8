#pragma once

#include <QString>

namespace plenary {

/// How one merge conflict is settled (docs/merge.md).
struct Resolution
{
    enum class Kind
    {
        Ours,        ///< the conflicting parts take ours' version
        Theirs,      ///< the conflicting parts take theirs' version
        Blend,       ///< the text (or field value) the caller wrote from both
        Alternatives ///< both texts kept as "[Alt 1 (EU): …] [Alt 2 (RU): …]"
    };

    Kind kind = Kind::Ours;
    QString text; ///< Blend only

    [[nodiscard]] static Resolution ours() { return {Kind::Ours, {}}; }
    [[nodiscard]] static Resolution theirs() { return {Kind::Theirs, {}}; }
    [[nodiscard]] static Resolution blend(QString text) { return {Kind::Blend, std::move(text)}; }
    [[nodiscard]] static Resolution alternatives() { return {Kind::Alternatives, {}}; }

    bool operator==(const Resolution &) const = default;
};

} // namespace plenary
