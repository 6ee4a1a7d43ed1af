#pragma once
// Users, their credentials, sessions and registered desk clients, in the engine's store.

#include <optional>
#include <string>
#include <vector>

#include "domain/user.h"
#include "store/database.h"

namespace outpost::access {

struct Credentials {
    std::string password_hash;
    std::vector<std::uint8_t> totp_secret;  // empty: no second factor enrolled
    int failed_logins = 0;
    std::optional<Timestamp> locked_until;
};

struct SessionRecord {
    UserId user_id;
    std::string device_id;
    Timestamp expires_at;
    bool revoked = false;
};

class UserStore {
public:
    explicit UserStore(store::Database& db) : m_db(db) {}

    [[nodiscard]] Result<UserId> create(const User& user, const Credentials& credentials, Timestamp now);
    [[nodiscard]] Result<void> update(const User& user);  // name, role, scopes, disabled
    [[nodiscard]] Result<User> get(UserId id);
    [[nodiscard]] Result<User> find(const std::string& username);
    [[nodiscard]] Result<std::vector<User>> list();
    [[nodiscard]] Result<std::int64_t> count();

    [[nodiscard]] Result<Credentials> credentials(UserId id);
    [[nodiscard]] Result<void> set_password(UserId id, const std::string& password_hash, Timestamp now);
    [[nodiscard]] Result<void> set_totp(UserId id, const std::vector<std::uint8_t>& secret);
    [[nodiscard]] Result<void> record_failure(UserId id, int failures, std::optional<Timestamp> locked_until);

    [[nodiscard]] Result<void> create_session(const std::string& token_hash, UserId user, const std::string& device_id,
                                              Timestamp now, Timestamp expires_at);
    [[nodiscard]] Result<SessionRecord> session(const std::string& token_hash);
    [[nodiscard]] Result<void> revoke_session(const std::string& token_hash, Timestamp now);
    [[nodiscard]] Result<void> revoke_sessions_of(UserId user, Timestamp now);

    // Binds a desk's sync client id to the user and device that registered it; a client id that
    // belongs to another user or device is refused.
    [[nodiscard]] Result<void> bind_client(const std::string& client_id, UserId user, const std::string& device_id,
                                           Timestamp now);
    [[nodiscard]] Result<std::optional<std::pair<UserId, std::string>>> client_owner(const std::string& client_id);

private:
    [[nodiscard]] Result<void> load_scopes(User& user);
    [[nodiscard]] Result<User> one_user(store::Statement& stmt, const std::string& missing);
    [[nodiscard]] Result<void> save_scopes(const User& user);

    store::Database& m_db;
};

}  // namespace outpost::access
