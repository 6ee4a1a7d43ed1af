#pragma once
// What the Settings screen asks of the engine: user administration (corporate admins only) and the
// audit log. EngineAdminApi is the real one, over EngineBridge::send; tests use a fake. Every
// callback runs on the GUI thread, after the call that started the request has returned.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/json_codec.h"
#include "domain/result.h"
#include "domain/user.h"
#include "ui/bridge/protocol.h"

namespace outpost::ui {

// A user as GET /v1/users lists it.
struct AdminUser {
    std::int64_t id = 0;
    std::string username;
    std::string displayName;
    Role role = Role::front_desk;
    bool mfaEnabled = false;
    bool disabled = false;
    std::vector<std::string> regions;
    std::vector<std::string> locations;
};

// POST /v1/users
struct NewUser {
    std::string username;
    std::string displayName;
    Role role = Role::front_desk;
    std::vector<std::string> regions;
    std::vector<std::string> locations;
    std::string password;
    bool mfa = false;
};

// PATCH /v1/users/{id}: only the fields that are set are sent.
struct UserChange {
    std::optional<std::string> displayName;
    std::optional<Role> role;
    std::optional<std::vector<std::string>> regions;
    std::optional<std::vector<std::string>> locations;
    std::optional<bool> disabled;
};

struct CreatedUser {
    AdminUser user;
    std::optional<std::string> otpauthUri;  // when a second factor was enrolled
};

// GET /v1/audit
struct AuditQuery {
    std::string actor;
    std::string actionPrefix;
    std::string location;
    std::optional<Timestamp> from;
    std::optional<Timestamp> to;
    int limit = 200;
    std::optional<std::int64_t> before;  // paging: entries older than this sequence number

    // "/v1/audit?actor=ana&action=user.&limit=200&before=57", values percent-encoded.
    [[nodiscard]] std::string target() const;
    bool operator==(const AuditQuery&) const = default;
};

struct AuditEntry {
    std::int64_t seq = 0;
    Timestamp at{};
    std::optional<Timestamp> deviceTime;
    std::string actor;
    std::optional<std::int64_t> actorId;
    std::string action;
    std::string locationId;  // empty when the action concerns no location
    std::string subject;
    Json details = Json::object();
    std::string hash;
};

// GET /v1/audit/verify
struct AuditVerdict {
    std::int64_t rowsChecked = 0;
    bool intact = true;
    std::optional<std::int64_t> firstBrokenSeq;
    std::string problem;
};

class AdminApi {
  public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    virtual ~AdminApi() = default;

    virtual void listUsers(Callback<std::vector<AdminUser>> done) = 0;
    virtual void createUser(const NewUser& user, Callback<CreatedUser> done) = 0;
    virtual void updateUser(std::int64_t id, const UserChange& change, Callback<AdminUser> done) = 0;
    // Ends the user's sessions.
    virtual void resetPassword(std::int64_t id, const std::string& password, Callback<bool> done) = 0;
    // Returns the otpauth:// URI of the new second factor.
    virtual void enrollMfa(std::int64_t id, Callback<std::string> done) = 0;
    virtual void listLocations(Callback<OrgSnapshot> done) = 0;
    virtual void queryAudit(const AuditQuery& query, Callback<std::vector<AuditEntry>> done) = 0;
    virtual void verifyAudit(Callback<AuditVerdict> done) = 0;
};

}  // namespace outpost::ui
