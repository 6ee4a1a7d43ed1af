#include "access/user_store.h"

#include <functional>

#include "domain/enums.h"
#include "store/repositories.h"

namespace outpost::access {
namespace {

constexpr std::string_view kUserColumns = "id, username, display_name, role, mfa_enabled, disabled";

Result<User> read_user(const store::Statement& s) {
    User u;
    u.id = UserId(s.int64(0));
    u.username = s.string(1);
    u.display_name = s.string(2);
    auto role = enum_from_string<Role>(s.text(3));
    if (!role) return make_error(ErrorCode::internal, "user " + u.username + " has an unknown role");
    u.role = *role;
    u.mfa_enabled = s.int64(4) != 0;
    u.disabled = s.int64(5) != 0;
    return u;
}

Result<void> run(store::Database& db, std::string_view sql, const std::function<void(store::Statement&)>& bind) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    bind(*stmt);
    return stmt->run();
}

}  // namespace

Result<void> UserStore::load_scopes(User& user) {
    auto stmt = m_db.prepare("SELECT kind, scope_id FROM user_scope WHERE user_id = ?1 ORDER BY kind, scope_id");
    if (!stmt) return stmt.error();
    stmt->bind(1, user.id.value());
    user.regions.clear();
    user.locations.clear();
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        if (stmt->text(0) == "region") {
            user.regions.emplace_back(stmt->string(1));
        } else {
            user.locations.emplace_back(stmt->string(1));
        }
    }
    return {};
}

Result<void> UserStore::save_scopes(const User& user) {
    if (auto r = run(m_db, "DELETE FROM user_scope WHERE user_id = ?1", [&](auto& s) { s.bind(1, user.id.value()); });
        !r) {
        return r;
    }
    auto insert = m_db.prepare("INSERT OR IGNORE INTO user_scope(user_id, kind, scope_id) VALUES(?1, ?2, ?3)");
    if (!insert) return insert.error();
    for (const auto& r : user.regions) {
        if (auto ok = insert->bind(1, user.id.value()).bind(2, std::string_view("region")).bind(3, r.value()).run(); !ok) {
            return ok;
        }
    }
    for (const auto& l : user.locations) {
        if (auto ok = insert->bind(1, user.id.value()).bind(2, std::string_view("location")).bind(3, l.value()).run();
            !ok) {
            return ok;
        }
    }
    return {};
}

Result<UserId> UserStore::create(const User& user, const Credentials& credentials, Timestamp now) {
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    auto r = run(m_db,
                 "INSERT INTO app_user(username, display_name, role, password_hash, totp_secret, mfa_enabled, disabled, "
                 "created_at, password_changed_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                 [&](store::Statement& s) {
                     s.bind(1, user.username)
                         .bind(2, user.display_name)
                         .bind(3, to_string(user.role))
                         .bind(4, credentials.password_hash);
                     if (credentials.totp_secret.empty()) {
                         s.bind_null(5);
                     } else {
                         s.bind(5, std::string_view(reinterpret_cast<const char*>(credentials.totp_secret.data()),
                                                    credentials.totp_secret.size()));
                     }
                     s.bind(6, credentials.totp_secret.empty() ? 0 : 1).bind(7, user.disabled ? 1 : 0).bind(8, store::to_db(now));
                 });
    if (!r) {
        if (r.error().code == ErrorCode::conflict) {
            return make_error(ErrorCode::conflict, "username: '" + user.username + "' is taken");
        }
        return r.error();
    }
    User stored = user;
    stored.id = UserId(m_db.last_insert_rowid());
    if (auto s = save_scopes(stored); !s) return s.error();
    if (auto c = tx->commit(); !c) return c.error();
    return stored.id;
}

Result<void> UserStore::update(const User& user) {
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    auto r = run(m_db, "UPDATE app_user SET display_name = ?2, role = ?3, disabled = ?4 WHERE id = ?1",
                 [&](store::Statement& s) {
                     s.bind(1, user.id.value()).bind(2, user.display_name).bind(3, to_string(user.role)).bind(4, user.disabled ? 1 : 0);
                 });
    if (!r) return r;
    if (auto s = save_scopes(user); !s) return s;
    return tx->commit();
}

Result<User> UserStore::get(UserId id) {
    auto stmt = m_db.prepare("SELECT " + std::string(kUserColumns) + " FROM app_user WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id.value());
    return one_user(*stmt, "no user with id " + std::to_string(id.value()));
}

Result<User> UserStore::find(const std::string& username) {
    auto stmt = m_db.prepare("SELECT " + std::string(kUserColumns) + " FROM app_user WHERE username = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, username);
    return one_user(*stmt, "no such user");
}

Result<User> UserStore::one_user(store::Statement& stmt, const std::string& missing) {
    auto users = store::collect_rows<User>(stmt, read_user);
    if (!users) return users.error();
    if (users->empty()) return make_error(ErrorCode::not_found, missing);
    User user = std::move(users->front());
    if (auto s = load_scopes(user); !s) return s.error();
    return user;
}

Result<std::vector<User>> UserStore::list() {
    auto stmt = m_db.prepare("SELECT " + std::string(kUserColumns) + " FROM app_user ORDER BY username");
    if (!stmt) return stmt.error();
    auto users = store::collect_rows<User>(*stmt, read_user);
    if (!users) return users.error();
    for (auto& u : *users) {
        if (auto s = load_scopes(u); !s) return s.error();
    }
    return users;
}

Result<std::int64_t> UserStore::count() { return m_db.query_int("SELECT count(*) FROM app_user"); }

Result<Credentials> UserStore::credentials(UserId id) {
    auto stmt = m_db.prepare("SELECT password_hash, totp_secret, failed_logins, locked_until FROM app_user WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id.value());
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no user with id " + std::to_string(id.value()));
    Credentials c;
    c.password_hash = stmt->string(0);
    auto secret = stmt->text(1);
    c.totp_secret.assign(secret.begin(), secret.end());
    c.failed_logins = static_cast<int>(stmt->int64(2));
    if (!stmt->is_null(3)) c.locked_until = store::from_db(stmt->int64(3));
    return c;
}

Result<void> UserStore::set_password(UserId id, const std::string& password_hash, Timestamp now) {
    return run(m_db,
               "UPDATE app_user SET password_hash = ?2, password_changed_at = ?3, failed_logins = 0, locked_until = NULL "
               "WHERE id = ?1",
               [&](auto& s) { s.bind(1, id.value()).bind(2, password_hash).bind(3, store::to_db(now)); });
}

Result<void> UserStore::set_totp(UserId id, const std::vector<std::uint8_t>& secret) {
    return run(m_db, "UPDATE app_user SET totp_secret = ?2, mfa_enabled = ?3 WHERE id = ?1", [&](auto& s) {
        s.bind(1, id.value());
        if (secret.empty()) {
            s.bind_null(2);
        } else {
            s.bind(2, std::string_view(reinterpret_cast<const char*>(secret.data()), secret.size()));
        }
        s.bind(3, secret.empty() ? 0 : 1);
    });
}

Result<void> UserStore::record_failure(UserId id, int failures, std::optional<Timestamp> locked_until) {
    return run(m_db, "UPDATE app_user SET failed_logins = ?2, locked_until = ?3 WHERE id = ?1", [&](auto& s) {
        s.bind(1, id.value()).bind(2, failures);
        if (locked_until) {
            s.bind(3, store::to_db(*locked_until));
        } else {
            s.bind_null(3);
        }
    });
}

Result<void> UserStore::create_session(const std::string& token_hash, UserId user, const std::string& device_id,
                                       Timestamp now, Timestamp expires_at) {
    return run(m_db,
               "INSERT INTO session(token_hash, user_id, device_id, created_at, expires_at) VALUES(?1, ?2, ?3, ?4, ?5)",
               [&](auto& s) {
                   s.bind(1, token_hash).bind(2, user.value()).bind(3, device_id).bind(4, store::to_db(now)).bind(
                       5, store::to_db(expires_at));
               });
}

Result<SessionRecord> UserStore::session(const std::string& token_hash) {
    auto stmt = m_db.prepare("SELECT user_id, device_id, expires_at, revoked_at FROM session WHERE token_hash = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, token_hash);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::unauthenticated, "the session is unknown; log in again");
    return SessionRecord{UserId(stmt->int64(0)), stmt->string(1), store::from_db(stmt->int64(2)), !stmt->is_null(3)};
}

Result<void> UserStore::revoke_session(const std::string& token_hash, Timestamp now) {
    return run(m_db, "UPDATE session SET revoked_at = ?2 WHERE token_hash = ?1 AND revoked_at IS NULL",
               [&](auto& s) { s.bind(1, token_hash).bind(2, store::to_db(now)); });
}

Result<void> UserStore::revoke_sessions_of(UserId user, Timestamp now) {
    return run(m_db, "UPDATE session SET revoked_at = ?2 WHERE user_id = ?1 AND revoked_at IS NULL",
               [&](auto& s) { s.bind(1, user.value()).bind(2, store::to_db(now)); });
}

Result<std::optional<std::pair<UserId, std::string>>> UserStore::client_owner(const std::string& client_id) {
    auto stmt = m_db.prepare("SELECT user_id, device_id FROM desk_client WHERE client_id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, client_id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return std::optional<std::pair<UserId, std::string>>();
    return std::optional<std::pair<UserId, std::string>>(std::pair(UserId(stmt->int64(0)), stmt->string(1)));
}

Result<void> UserStore::bind_client(const std::string& client_id, UserId user, const std::string& device_id,
                                    Timestamp now) {
    auto owner = client_owner(client_id);
    if (!owner) return owner.error();
    if (*owner) {
        if ((*owner)->first == user && (*owner)->second == device_id) return {};
        return make_error(ErrorCode::permission_denied,
                          "this sync client belongs to another user or device; the desk must register a new one");
    }
    return run(m_db, "INSERT INTO desk_client(client_id, user_id, device_id, registered_at) VALUES(?1, ?2, ?3, ?4)",
               [&](auto& s) { s.bind(1, client_id).bind(2, user.value()).bind(3, device_id).bind(4, store::to_db(now)); });
}

}  // namespace outpost::access
