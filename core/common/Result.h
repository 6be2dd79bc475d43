// Result<T>: a value or an error message a user can act on. Core returns these instead of throwing or
// showing UI; callers decide how to present the error.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace alumnidesk {

/// Why an operation failed: a translated message, plus an optional technical detail (driver text, path).
struct Error {
    QString message;
    QString detail;

    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral("\n") + detail; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }
    QString errorText() const { return m_error.fullText(); }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that produces nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorText() const { return m_error.fullText(); }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace alumnidesk
