// The access matrix: every endpoint x every role x own and foreign location. A location-scoped
// role must never see or touch anything outside its locations.
#include <gtest/gtest.h>

#include <set>

#include "support/engine_fixture.h"

namespace outpost {
namespace {

struct RoleCase {
    const char* username;
    bool corporate;
    bool admin;
    std::set<std::string> scope;  // empty for corporate roles: everything
};

const std::set<std::string> kSouth = {"loc-austin-downtown", "loc-austin-mueller", "loc-dallas-uptown",
                                      "loc-houston-heights"};

const RoleCase kRoles[] = {
    {"admin", true, true, {}},
    {"ops", true, false, {}},
    {"south", false, false, kSouth},
    {"austin", false, false, {"loc-austin-downtown", "loc-austin-mueller"}},
    {"frontdesk", false, false, {"loc-austin-downtown"}},
};

void PrintTo(const RoleCase& role, std::ostream* os) { *os << role.username; }

constexpr const char* kOwn = "loc-austin-downtown";     // inside every scope
constexpr const char* kForeign = "loc-boston-back-bay";  // inside corporate scopes only

class RbacMatrix : public testing::EngineFixture, public ::testing::WithParamInterface<RoleCase> {
protected:
    void SetUp() override {
        EngineFixture::SetUp();
        m_role_token = login_token(GetParam().username);
        ASSERT_FALSE(m_role_token.empty());
    }
    net::HttpResponse as_role(const std::string& method, const std::string& target, std::string body = {}) {
        return call(method, target, std::move(body), m_role_token);
    }
    bool in_scope(const std::string& location) const {
        return GetParam().corporate || GetParam().scope.contains(location);
    }
    std::string m_role_token;
};

TEST_P(RbacMatrix, LocationsListExactlyTheScope) {
    Json body = body_of(as_role("GET", "/v1/locations"));
    std::set<std::string> seen;
    for (const auto& l : body["locations"]) seen.insert(l["id"]);
    if (GetParam().corporate) {
        EXPECT_EQ(seen.size(), 12u);
    } else {
        EXPECT_EQ(seen, GetParam().scope);
    }
}

TEST_P(RbacMatrix, ReviewsNeverLeakOutsideTheScope) {
    std::map<std::string, int> per_location;
    int total = -1;
    for (int offset = 0; total < 0 || offset < total; offset += 1000) {
        Json page = body_of(as_role("GET", "/v1/reviews?limit=1000&offset=" + std::to_string(offset)));
        total = page["total"];
        for (const auto& r : page["reviews"]) {
            const std::string loc = r["location_id"];
            EXPECT_TRUE(in_scope(loc)) << GetParam().username << " saw a review of " << loc;
            ++per_location[loc];
        }
        if (page["reviews"].empty()) break;
    }
    // And nothing inside the scope is hidden: the counts match what an administrator sees.
    for (const auto& [loc, count] : per_location) {
        Json admin_view = body_of(call("GET", "/v1/reviews?limit=1&location=" + loc));
        EXPECT_EQ(admin_view["total"].get<int>(), count) << loc;
    }
    if (!GetParam().corporate) {
        EXPECT_EQ(per_location.size(), GetParam().scope.size());
    }
}

TEST_P(RbacMatrix, OwnLocationIsReadableForeignIsRefused) {
    EXPECT_EQ(as_role("GET", std::string("/v1/reviews?location=") + kOwn).status, 200);
    auto foreign = as_role("GET", std::string("/v1/reviews?location=") + kOwn + "," + kForeign);
    EXPECT_EQ(foreign.status, in_scope(kForeign) ? 200 : 403);
    if (!in_scope(kForeign)) {
        EXPECT_EQ(body_of(foreign)["error"]["code"], "permission_denied");
    }
}

TEST_P(RbacMatrix, OnlyCorporateRolesImportReviews) {
    for (const char* location : {kOwn, kForeign}) {
        Json review = {{"platform", "yelp"},  {"platform_review_id", std::string("rbac-") + GetParam().username + location},
                       {"location_id", location}, {"rating", 3}, {"posted_at", "2026-11-24T09:00:00Z"}};
        auto r = as_role("POST", "/v1/reviews", Json{{"reviews", {review}}}.dump());
        EXPECT_EQ(r.status, GetParam().corporate ? 200 : 403) << location;
    }
}

TEST_P(RbacMatrix, OnlyAdministratorsManageUsersAndReadTheAudit) {
    const int expected = GetParam().admin ? 200 : 403;
    EXPECT_EQ(as_role("GET", "/v1/users").status, expected);
    EXPECT_EQ(as_role("GET", "/v1/users/1").status, expected);
    EXPECT_EQ(as_role("GET", "/v1/audit").status, expected);
    EXPECT_EQ(as_role("GET", "/v1/audit/verify").status, expected);
    Json new_user = {{"username", std::string("made-by-") + GetParam().username},
                     {"display_name", "New"},
                     {"role", "front_desk"},
                     {"locations", {kOwn}},
                     {"password", "a long enough phrase"}};
    EXPECT_EQ(as_role("POST", "/v1/users", new_user.dump()).status, GetParam().admin ? 201 : 403);
    // Target the front-desk account (id 5), never the caller's own.
    EXPECT_EQ(as_role("PATCH", "/v1/users/5", Json{{"display_name", "Renamed"}}.dump()).status, expected);
    EXPECT_EQ(as_role("POST", "/v1/users/5/password", Json{{"password", "another long phrase"}}.dump()).status,
              expected);
    EXPECT_EQ(as_role("POST", "/v1/users/5/mfa").status, expected);
    EXPECT_EQ(as_role("GET", "/v1/me").status, 200);
}

INSTANTIATE_TEST_SUITE_P(Roles, RbacMatrix, ::testing::ValuesIn(kRoles),
                         [](const auto& param_info) { return std::string(param_info.param.username); });

using AdminSession = testing::EngineFixture;

TEST_F(AdminSession, UserAdministrationIsAuditedAndTheChainVerifies) {
    Json new_user = {{"username", "newdesk"},       {"display_name", "New Desk"}, {"role", "front_desk"},
                     {"locations", {"loc-denver-lodo"}}, {"password", "a long enough phrase"}};
    auto created = call("POST", "/v1/users", new_user.dump());
    ASSERT_EQ(created.status, 201) << created.body;
    const int id = body_of(created)["user"]["id"];
    ASSERT_EQ(call("PATCH", "/v1/users/" + std::to_string(id), Json{{"locations", {"loc-denver-lodo", "loc-boulder-pearl-street"}}}.dump()).status, 200);
    Json entries = body_of(call("GET", "/v1/audit?action=user."))["entries"];
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0]["action"], "user.update");
    EXPECT_EQ(entries[1]["action"], "user.create");
    EXPECT_EQ(entries[0]["actor"], "admin");
    Json verdict = body_of(call("GET", "/v1/audit/verify"));
    EXPECT_EQ(verdict["intact"], true);
    EXPECT_GE(verdict["rows_checked"].get<int>(), 3);
    auto bad = call("POST", "/v1/users", Json{{"username", "x"}, {"password", "a long enough phrase"}}.dump());
    EXPECT_EQ(bad.status, 400);
}

}  // namespace
}  // namespace outpost
