#pragma once

#include <QHashFunctions>
#include <QString>
#include <cstring>
#include <git2/oid.h>

namespace plenary::git {

/// A git object id, as a value.
class Oid
{
public:
    Oid() { std::memset(&m_oid, 0, sizeof m_oid); }
    explicit Oid(const git_oid &oid) : m_oid(oid) {}

    [[nodiscard]] bool isNull() const { return git_oid_is_zero(&m_oid); }
    [[nodiscard]] QString toString() const;
    /// The first 7 hex digits, as git shows them.
    [[nodiscard]] QString shortString() const;

    [[nodiscard]] const git_oid *raw() const { return &m_oid; }

    bool operator==(const Oid &other) const { return git_oid_equal(&m_oid, &other.m_oid); }
    bool operator!=(const Oid &other) const { return !(*this == other); }

private:
    git_oid m_oid;
};

inline size_t qHash(const Oid &oid, size_t seed = 0)
{
    size_t h;
    std::memcpy(&h, oid.raw()->id, sizeof h);
    return h ^ seed;
}

} // namespace plenary::git
