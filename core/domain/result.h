#pragma once
// Result<T>: the return type of every fallible function in core. Exceptions do not cross module
// boundaries; a failure carries a machine-readable code and a message written for a person.

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace outpost {

enum class ErrorCode {
    invalid_argument,   // malformed or out-of-range input (HTTP 400)
    not_found,          // unknown id or route (404)
    too_large,          // body or frame over the configured limit (413)
    unauthenticated,    // no valid session, or wrong credentials: log in (401)
    mfa_required,       // the password was right; a one-time code is needed too (401)
    locked,             // too many failed logins: wait (423)
    permission_denied,  // caller outside their scope (403)
    conflict,           // state changed under the caller (409)
    wrong_key,          // wrong passphrase or not an Outpost database
    schema_too_new,     // database written by a newer Outpost
    unavailable,        // network down, engine unreachable, timeout (503)
    update_required,    // the desk speaks an older protocol than the engine: update Outpost (426)
    untrusted_certificate,  // the engine's TLS certificate is not the pinned one, or has expired (502)
    io,                 // file system or database failure (500)
    internal,           // a bug: an invariant did not hold (500)
};

[[nodiscard]] std::string_view to_string(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::internal;
    std::string message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & {
        assert(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] const T& value() const& {
        assert(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] T&& value() && {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const {
        assert(!ok());
        return std::get<1>(m_state);
    }
    // The value, or `fallback` after an error (for reads where the error has nowhere to go).
    template <typename U>
    [[nodiscard]] T value_or(U&& fallback) const& {
        return ok() ? std::get<0>(m_state) : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    [[nodiscard]] const Error& error() const {
        assert(!m_ok);
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

[[nodiscard]] inline Error make_error(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

}  // namespace outpost
