#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace plenary {

/// An expected failure (bad input, missing revision, busy repository) as a value, with the
/// message the user sees.
struct Error
{
    enum class Kind
    {
        Failed,
        NotFound,
        Exists,
        Locked,
        Stale,
        Invalid
    };

    Kind kind = Kind::Failed;
    QString message;

    static Error failed(QString message) { return {Kind::Failed, std::move(message)}; }
};

/// Either a value or an Error. Test with `if (result)`; then value() or error().
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    explicit operator bool() const { return m_state.index() == 0; }
    [[nodiscard]] bool isOk() const { return m_state.index() == 0; }

    [[nodiscard]] T &value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_state); }

    [[nodiscard]] T value_or(T fallback) const
    {
        return isOk() ? std::get<0>(m_state) : std::move(fallback);
    }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

private:
    std::variant<T, Error> m_state;
};

/// A Result with no value: success, or an Error.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    explicit operator bool() const { return !m_failed; }
    [[nodiscard]] bool isOk() const { return !m_failed; }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace plenary
