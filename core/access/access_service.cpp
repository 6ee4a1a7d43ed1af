#include "access/access_service.h"

#include <algorithm>
#include <regex>
#include <set>

#include "access/crypto.h"
#include "access/totp.h"
#include "domain/enums.h"
#include "store/repositories.h"

namespace outpost::access {
namespace {

const Error kWrongCredentials = make_error(ErrorCode::unauthenticated, "wrong username or password");

Json user_summary(const User& u) {
    Json j = {{"username", u.username}, {"role", to_string(u.role)}, {"disabled", u.disabled}};
    j["regions"] = Json::array();
    j["locations"] = Json::array();
    for (const auto& r : u.regions) j["regions"].push_back(r.value());
    for (const auto& l : u.locations) j["locations"].push_back(l.value());
    return j;
}

}  // namespace

void AccessService::audit(const std::string& actor, std::optional<UserId> actor_id, std::string action,
                          std::string subject, Json details) {
    AuditEvent e;
    e.at = m_clock.now();
    e.actor = actor;
    e.actor_id = actor_id;
    e.action = std::move(action);
    e.subject = std::move(subject);
    e.details = std::move(details);
    (void)m_audit.append(e);  // a failure here surfaces through the enclosing transaction's commit
}

Result<Scope> AccessService::scope_of(const User& user) {
    store::SqlOrgRepository org(m_db);
    auto locations = org.locations();
    if (!locations) return locations.error();
    return resolve_scope(user, *locations);
}

Result<Session> AccessService::login(const LoginRequest& request) {
    if (request.username.empty() || request.password.empty()) return kWrongCredentials;
    if (request.device_id.empty() || request.device_id.size() > 128) {
        return make_error(ErrorCode::invalid_argument, "device_id: is required (at most 128 characters)");
    }
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    const Timestamp now = m_clock.now();
    auto user = m_users.find(request.username);
    if (!user) {
        if (user.error().code != ErrorCode::not_found) return user.error();
        // Spend the same time as a real check, so that timing does not tell which usernames exist.
        static const std::string dummy = hash_password("timing equaliser").value();
        (void)verify_password(request.password, dummy);
        audit(request.username.substr(0, 64), std::nullopt, "login.failed", "", {{"reason", "unknown user"}});
        if (auto c = tx->commit(); !c) return c.error();
        return kWrongCredentials;
    }
    auto creds = m_users.credentials(user->id);
    if (!creds) return creds.error();
    if (creds->locked_until && *creds->locked_until > now) {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(*creds->locked_until - now).count() + 1;
        return make_error(ErrorCode::locked, "too many failed logins; try again in " + std::to_string(minutes) +
                                                 " minutes or ask an administrator to reset the password");
    }
    if (!verify_password(request.password, creds->password_hash)) {
        const int failures = creds->failed_logins + 1;
        std::optional<Timestamp> locked;
        if (failures >= m_policy.max_failures) locked = now + m_policy.lockout;
        if (auto r = m_users.record_failure(user->id, locked ? 0 : failures, locked); !r) return r.error();
        audit(user->username, user->id, locked ? "login.locked" : "login.failed", "",
              {{"reason", "wrong password"}, {"failures", failures}});
        if (auto c = tx->commit(); !c) return c.error();
        if (locked) {
            return make_error(ErrorCode::locked, "too many failed logins; the account is locked for " +
                                                     std::to_string(m_policy.lockout.count()) + " minutes");
        }
        return kWrongCredentials;
    }
    if (user->disabled) return make_error(ErrorCode::permission_denied, "this account is disabled");
    const bool needs_code = user->mfa_enabled || role_requires_mfa(user->role);
    if (needs_code) {
        if (creds->totp_secret.empty()) {
            return make_error(ErrorCode::permission_denied,
                              "this account needs a second factor that is not set up; ask an administrator");
        }
        if (request.totp.empty()) return make_error(ErrorCode::mfa_required, "enter the six-digit code of your authenticator");
        if (!totp_valid(creds->totp_secret, request.totp, now)) {
            const int failures = creds->failed_logins + 1;
            std::optional<Timestamp> locked;
            if (failures >= m_policy.max_failures) locked = now + m_policy.lockout;
            if (auto r = m_users.record_failure(user->id, locked ? 0 : failures, locked); !r) return r.error();
            audit(user->username, user->id, "login.failed", "", {{"reason", "wrong one-time code"}});
            if (auto c = tx->commit(); !c) return c.error();
            return make_error(ErrorCode::mfa_required, "the one-time code is wrong or expired");
        }
    }
    auto scope = scope_of(*user);
    if (!scope) return scope.error();
    Caller caller{*user, std::move(*scope), {}, request.device_id};
    if (!request.client_id.empty()) {
        if (auto r = m_users.bind_client(request.client_id, user->id, request.device_id, now); !r) return r.error();
    }
    Session session{new_token(), now + m_policy.session_ttl, std::move(caller)};
    session.caller.token_hash = sha256_hex(session.token);
    if (auto r = m_users.record_failure(user->id, 0, std::nullopt); !r) return r.error();
    if (auto r = m_users.create_session(session.caller.token_hash, user->id, request.device_id, now, session.expires_at);
        !r) {
        return r.error();
    }
    audit(user->username, user->id, "login", "", {{"mfa", needs_code}});
    if (auto c = tx->commit(); !c) return c.error();
    return session;
}

Result<void> AccessService::logout(const Caller& caller) {
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    if (auto r = m_users.revoke_session(caller.token_hash, m_clock.now()); !r) return r;
    audit(caller.user.username, caller.user.id, "logout", "");
    return tx->commit();
}

Result<Caller> AccessService::authenticate(const std::string& token) {
    if (token.empty() || token.size() > 256) return make_error(ErrorCode::unauthenticated, "log in first");
    const std::string hash = sha256_hex(token);
    auto session = m_users.session(hash);
    if (!session) return session.error();
    if (session->revoked) return make_error(ErrorCode::unauthenticated, "the session was ended; log in again");
    if (session->expires_at <= m_clock.now()) return make_error(ErrorCode::unauthenticated, "the session expired; log in again");
    auto user = m_users.get(session->user_id);
    if (!user) return user.error();
    if (user->disabled) return make_error(ErrorCode::unauthenticated, "this account is disabled");
    auto scope = scope_of(*user);
    if (!scope) return scope.error();
    return Caller{std::move(*user), std::move(*scope), hash, session->device_id};
}

Result<void> AccessService::check_client(const Caller& caller, const std::string& client_id) {
    auto owner = m_users.client_owner(client_id);
    if (!owner) return owner.error();
    if (!*owner) return make_error(ErrorCode::permission_denied, "this sync client is not registered; log in again");
    if ((*owner)->first != caller.user.id || (*owner)->second != caller.device_id) {
        return make_error(ErrorCode::permission_denied, "this sync client belongs to another user or device");
    }
    return {};
}

Result<void> AccessService::require_admin(const Caller& caller) {
    if (!role_has(caller.user.role, Permission::manage_users)) {
        return make_error(ErrorCode::permission_denied, "only corporate administrators manage users");
    }
    return {};
}

Result<void> AccessService::validate(const User& user) {
    static const std::regex username_pattern("[a-z0-9][a-z0-9._-]{2,63}");
    if (!std::regex_match(user.username, username_pattern)) {
        return make_error(ErrorCode::invalid_argument,
                          "username: 3 to 64 lower-case letters, digits, dots, dashes or underscores");
    }
    if (user.display_name.empty() || user.display_name.size() > 200) {
        return make_error(ErrorCode::invalid_argument, "display_name: is required (at most 200 characters)");
    }
    store::SqlOrgRepository org(m_db);
    auto locations = org.locations();
    auto regions = org.regions();
    if (!locations) return locations.error();
    if (!regions) return regions.error();
    for (const auto& id : user.locations) {
        if (std::none_of(locations->begin(), locations->end(), [&](const Location& l) { return l.id == id; })) {
            return make_error(ErrorCode::invalid_argument, "locations: unknown location '" + id.value() + "'");
        }
    }
    for (const auto& id : user.regions) {
        if (std::none_of(regions->begin(), regions->end(), [&](const Region& r) { return r.id == id; })) {
            return make_error(ErrorCode::invalid_argument, "regions: unknown region '" + id.value() + "'");
        }
    }
    const bool local = user.role == Role::location_manager || user.role == Role::front_desk;
    if (local && user.locations.empty()) {
        return make_error(ErrorCode::invalid_argument, "locations: a " + std::string(to_string(user.role)) +
                                                           " needs at least one location");
    }
    if (user.role == Role::regional_manager && user.regions.empty()) {
        return make_error(ErrorCode::invalid_argument, "regions: a regional manager needs at least one region");
    }
    return {};
}

Result<CreatedUser> AccessService::insert_user(User user, const std::string& password, const std::string& actor,
                                               std::optional<UserId> actor_id) {
    if (auto v = validate(user); !v) return v.error();
    if (auto s = check_password_strength(password); !s) return s.error();
    auto hash = hash_password(password);
    if (!hash) return hash.error();
    Credentials creds;
    creds.password_hash = std::move(*hash);
    CreatedUser out;
    if (role_requires_mfa(user.role) || user.mfa_enabled) {
        creds.totp_secret = new_totp_secret();
        out.otpauth_uri = otpauth_uri(user.username, creds.totp_secret);
    }
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    auto id = m_users.create(user, creds, m_clock.now());
    if (!id) return id.error();
    user.id = *id;
    user.mfa_enabled = !creds.totp_secret.empty();
    audit(actor, actor_id, "user.create", "user:" + std::to_string(id->value()), user_summary(user));
    if (auto c = tx->commit(); !c) return c.error();
    out.user = std::move(user);
    return out;
}

Result<CreatedUser> AccessService::create_user(const Caller& admin, User user, const std::string& password) {
    if (auto r = require_admin(admin); !r) return r.error();
    return insert_user(std::move(user), password, admin.user.username, admin.user.id);
}

Result<CreatedUser> AccessService::create_first_admin(const std::string& username, const std::string& display_name,
                                                      const std::string& password) {
    auto n = m_users.count();
    if (!n) return n.error();
    if (*n > 0) return make_error(ErrorCode::conflict, "this engine already has users; ask an administrator");
    User admin;
    admin.username = username;
    admin.display_name = display_name;
    admin.role = Role::corporate_admin;
    return insert_user(std::move(admin), password, "system", std::nullopt);
}

Result<UserId> AccessService::create_seeded_user(const User& user, const std::string& password,
                                                 const std::vector<std::uint8_t>& totp_secret) {
    if (auto v = validate(user); !v) return v.error();
    auto hash = hash_password(password);
    if (!hash) return hash.error();
    Credentials creds{std::move(*hash), totp_secret, 0, std::nullopt};
    return m_users.create(user, creds, m_clock.now());
}

Result<User> AccessService::update_user(const Caller& admin, User user) {
    if (auto r = require_admin(admin); !r) return r.error();
    auto existing = m_users.get(user.id);
    if (!existing) return existing.error();
    user.username = existing->username;  // usernames do not change: audit rows name them
    user.mfa_enabled = existing->mfa_enabled;
    if (auto v = validate(user); !v) return v.error();
    if (user.id == admin.user.id && (user.disabled || user.role != Role::corporate_admin)) {
        return make_error(ErrorCode::conflict, "you cannot disable yourself or give up your own administrator role");
    }
    if (role_requires_mfa(user.role) && !existing->mfa_enabled) {
        return make_error(ErrorCode::conflict, "enrol a second factor for this user before making them an administrator");
    }
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    if (auto r = m_users.update(user); !r) return r.error();
    if (user.disabled && !existing->disabled) {
        if (auto r = m_users.revoke_sessions_of(user.id, m_clock.now()); !r) return r.error();
    }
    audit(admin.user.username, admin.user.id, "user.update", "user:" + std::to_string(user.id.value()),
          {{"before", user_summary(*existing)}, {"after", user_summary(user)}});
    if (auto c = tx->commit(); !c) return c.error();
    return m_users.get(user.id);
}

Result<void> AccessService::reset_password(const Caller& admin, UserId id, const std::string& password) {
    if (auto r = require_admin(admin); !r) return r;
    if (auto s = check_password_strength(password); !s) return s;
    auto user = m_users.get(id);
    if (!user) return user.error();
    auto hash = hash_password(password);
    if (!hash) return hash.error();
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    if (auto r = m_users.set_password(id, *hash, m_clock.now()); !r) return r;
    if (auto r = m_users.revoke_sessions_of(id, m_clock.now()); !r) return r;
    audit(admin.user.username, admin.user.id, "user.password_reset", "user:" + std::to_string(id.value()));
    return tx->commit();
}

Result<std::string> AccessService::enroll_mfa(const Caller& admin, UserId id) {
    if (auto r = require_admin(admin); !r) return r.error();
    auto user = m_users.get(id);
    if (!user) return user.error();
    auto secret = new_totp_secret();
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    if (auto r = m_users.set_totp(id, secret); !r) return r.error();
    audit(admin.user.username, admin.user.id, "user.mfa_enrolled", "user:" + std::to_string(id.value()));
    if (auto c = tx->commit(); !c) return c.error();
    return otpauth_uri(user->username, secret);
}

Result<std::string> AccessService::pseudonym_of(std::string_view person_id) {
    if (m_pseudonym_key.empty()) {
        auto stmt = m_db.prepare("SELECT value FROM engine_secret WHERE name = 'log_pseudonym_key'");
        if (!stmt) return stmt.error();
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) return make_error(ErrorCode::internal, "the pseudonym key is missing");
        auto bytes = stmt->text(0);
        m_pseudonym_key.assign(bytes.begin(), bytes.end());
    }
    return pseudonym(m_pseudonym_key, person_id);
}

}  // namespace outpost::access
