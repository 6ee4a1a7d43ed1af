#pragma once
// Logging in, sessions, lockout, second factor and user administration. Every rule that decides
// who may do what is enforced here, on the engine, whatever the desk shows.

#include <chrono>
#include <optional>
#include <string>

#include "access/audit_log.h"
#include "access/user_store.h"
#include "domain/user.h"

namespace outpost::access {

struct AccessPolicy {
    std::chrono::minutes session_ttl{12 * 60};  // a working day
    int max_failures = 5;                       // failed logins in a row before a lockout
    std::chrono::minutes lockout{15};
};

struct LoginRequest {
    std::string username;
    std::string password;
    std::string totp;       // six digits, when the account has a second factor
    std::string device_id;  // the desk's machine
    std::string client_id;  // the desk's sync client, bound to this user and device
};

struct Caller {
    User user;
    Scope scope = Scope::of({});
    std::string token_hash;
    std::string device_id;
};

struct Session {
    std::string token;  // shown once; only its hash is stored
    Timestamp expires_at;
    Caller caller;
};

struct CreatedUser {
    User user;
    std::optional<std::string> otpauth_uri;  // set when a second factor was enrolled
};

class AccessService {
public:
    AccessService(store::Database& db, const Clock& clock, AccessPolicy policy = {})
        : m_db(db), m_clock(clock), m_policy(policy), m_users(db), m_audit(db) {}

    [[nodiscard]] Result<Session> login(const LoginRequest& request);
    [[nodiscard]] Result<void> logout(const Caller& caller);
    // The caller behind a bearer token; expired, revoked and disabled are refused.
    [[nodiscard]] Result<Caller> authenticate(const std::string& token);
    // Refuses a sync client id registered by another user or device.
    [[nodiscard]] Result<void> check_client(const Caller& caller, const std::string& client_id);

    // Administration (corporate admins only). Admin accounts always get a second factor.
    [[nodiscard]] Result<CreatedUser> create_user(const Caller& admin, User user, const std::string& password);
    [[nodiscard]] Result<User> update_user(const Caller& admin, User user);
    [[nodiscard]] Result<void> reset_password(const Caller& admin, UserId id, const std::string& password);
    [[nodiscard]] Result<std::string> enroll_mfa(const Caller& admin, UserId id);  // the otpauth URI

    // The very first administrator of a new engine (refused once any user exists).
    [[nodiscard]] Result<CreatedUser> create_first_admin(const std::string& username, const std::string& display_name,
                                                         const std::string& password);
    // A user with a fixed second-factor secret (the demo dataset's documented accounts).
    [[nodiscard]] Result<UserId> create_seeded_user(const User& user, const std::string& password,
                                                    const std::vector<std::uint8_t>& totp_secret);

    [[nodiscard]] Result<std::string> pseudonym_of(std::string_view person_id);
    [[nodiscard]] AuditLog& audit() { return m_audit; }
    [[nodiscard]] Timestamp now() const { return m_clock.now(); }
    [[nodiscard]] UserStore& users() { return m_users; }
    [[nodiscard]] Result<Scope> scope_of(const User& user);

private:
    [[nodiscard]] Result<void> validate(const User& user);
    [[nodiscard]] Result<void> require_admin(const Caller& caller);
    [[nodiscard]] Result<CreatedUser> insert_user(User user, const std::string& password, const std::string& actor,
                                                  std::optional<UserId> actor_id);
    void audit(const std::string& actor, std::optional<UserId> actor_id, std::string action, std::string subject,
               Json details = Json::object());

    store::Database& m_db;
    const Clock& m_clock;
    AccessPolicy m_policy;
    UserStore m_users;
    AuditLog m_audit;
    std::vector<std::uint8_t> m_pseudonym_key;
};

}  // namespace outpost::access
