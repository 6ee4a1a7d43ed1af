#pragma once
// An AdminApi that records every call and answers only when the test says so.

#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "fake_review_source.h"
#include "ui/settings/admin_api.h"

namespace outpost::ui::testing {

class FakeAdminApi final : public AdminApi {
  public:
    template <typename T>
    struct Call {
        Callback<T> done;
    };
    struct UpdateCall {
        std::int64_t id;
        UserChange change;
        Callback<AdminUser> done;
    };
    struct ResetCall {
        std::int64_t id;
        std::string password;
        Callback<bool> done;
    };
    struct MfaCall {
        std::int64_t id;
        Callback<std::string> done;
    };
    struct CreateCall {
        NewUser user;
        Callback<CreatedUser> done;
    };
    struct AuditCall {
        AuditQuery query;
        Callback<std::vector<AuditEntry>> done;
    };

    void listUsers(Callback<std::vector<AdminUser>> done) override { userLists.push_back({std::move(done)}); }
    void createUser(const NewUser& user, Callback<CreatedUser> done) override {
        creates.push_back({user, std::move(done)});
    }
    void updateUser(std::int64_t id, const UserChange& change, Callback<AdminUser> done) override {
        updates.push_back({id, change, std::move(done)});
    }
    void resetPassword(std::int64_t id, const std::string& password, Callback<bool> done) override {
        resets.push_back({id, password, std::move(done)});
    }
    void enrollMfa(std::int64_t id, Callback<std::string> done) override { mfas.push_back({id, std::move(done)}); }
    void listLocations(Callback<OrgSnapshot> done) override { locationLists.push_back({std::move(done)}); }
    void queryAudit(const AuditQuery& query, Callback<std::vector<AuditEntry>> done) override {
        audits.push_back({query, std::move(done)});
    }
    void verifyAudit(Callback<AuditVerdict> done) override { verifies.push_back({std::move(done)}); }

    // Answers every pending list of users and locations.
    void answerLoads(const std::vector<AdminUser>& users, const OrgSnapshot& org) {
        for (auto& c : locationLists) c.done(org);
        for (auto& c : userLists) c.done(users);
        locationLists.clear();
        userLists.clear();
    }

    std::vector<Call<std::vector<AdminUser>>> userLists;
    std::vector<Call<OrgSnapshot>> locationLists;
    std::vector<CreateCall> creates;
    std::vector<UpdateCall> updates;
    std::vector<ResetCall> resets;
    std::vector<MfaCall> mfas;
    std::vector<AuditCall> audits;
    std::vector<Call<AuditVerdict>> verifies;
};

inline AdminUser makeUser(std::int64_t id, std::string username, std::string name, Role role,
                          std::vector<std::string> regions = {}, std::vector<std::string> locations = {}) {
    AdminUser u;
    u.id = id;
    u.username = std::move(username);
    u.displayName = std::move(name);
    u.role = role;
    u.regions = std::move(regions);
    u.locations = std::move(locations);
    u.mfaEnabled = role == Role::corporate_admin;
    return u;
}

inline std::vector<AdminUser> makeUsers() {
    return {makeUser(1, "admin", "Alex Admin", Role::corporate_admin),
            makeUser(2, "olivia.ops", "Olivia Ops", Role::corporate_ops),
            makeUser(3, "rita.central", "Rita Central", Role::regional_manager, {"reg-central"}),
            makeUser(4, "luis.riverside", "Luis Ortega", Role::location_manager, {}, {"loc-a"}),
            makeUser(5, "fiona.desk", "Fiona Desk", Role::front_desk, {}, {"loc-a", "loc-b"})};
}

inline AuditEntry makeEntry(std::int64_t seq, const std::string& action, const std::string& location = "loc-a") {
    AuditEntry e;
    e.seq = seq;
    e.at = at("2026-11-24T15:00:00Z") - std::chrono::minutes(seq);
    e.actor = "admin";
    e.actorId = 1;
    e.action = action;
    e.locationId = location;
    e.subject = "user:" + std::to_string(seq);
    e.details = Json{{"role", "front_desk"}, {"locations", Json::array({"loc-a"})}};
    e.hash = std::string(64, 'a');
    return e;
}

// `count` entries, seq from `newest` down.
inline std::vector<AuditEntry> makeEntries(std::int64_t newest, int count) {
    std::vector<AuditEntry> out;
    for (int i = 0; i < count; ++i) out.push_back(makeEntry(newest - i, i % 2 ? "login" : "user.update"));
    return out;
}

}  // namespace outpost::ui::testing
