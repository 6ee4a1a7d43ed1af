// The engine's side of sync: ordered, exactly-once commands per desk client, refusals that never
// block the queue, and pulls of the caller's scope after a cursor.
#include <gtest/gtest.h>

#include "support/engine_fixture.h"
#include "sync/protocol.h"

namespace outpost {
namespace {

class SyncTest : public testing::EngineFixture {
protected:
    // Logs a demo account in with a sync client id bound to it; returns the token.
    std::string login_desk(const std::string& username, const std::string& client) {
        Json body = login_body(username);
        body["client_id"] = client;
        auto r = call("POST", "/v1/login", body.dump(), "");
        EXPECT_EQ(r.status, 200) << r.body;
        return body_of(r).value("token", std::string());
    }

    // The newest review of a location, as the administrator sees it.
    std::int64_t review_at(const std::string& location) {
        Json page = body_of(call("GET", "/v1/reviews?limit=1&location=" + location));
        return page["reviews"][0]["id"];
    }

    static Json set_status(std::int64_t mutation, std::int64_t review, const std::string& status) {
        return {{"mutation_id", mutation},
                {"name", "review.set_status"},
                {"args", {{"review_id", review}, {"status", status}}},
                {"device_time", "2026-11-24T14:55:00Z"}};
    }

    net::HttpResponse push(const std::string& token, const std::string& client, Json commands) {
        return call("POST", "/v1/push", Json{{"v", 1}, {"client_id", client}, {"commands", commands}}.dump(), token);
    }
};

TEST_F(SyncTest, CommandsApplyOnceInOrderAndReplaysAreSkipped) {
    const std::string token = login_desk("frontdesk", "desk-A");
    const auto review = review_at("loc-austin-downtown");
    Json batch = {set_status(1, review, "acknowledged"), set_status(2, review, "resolved")};
    Json first = body_of(push(token, "desk-A", batch));
    EXPECT_EQ(first["applied"], 2);
    EXPECT_EQ(first["last_mutation_id"], 2);
    // The same batch again, as after a crash mid-push: nothing happens twice.
    Json again = body_of(push(token, "desk-A", batch));
    EXPECT_EQ(again["applied"], 0);
    EXPECT_EQ(again["skipped"], 2);
    EXPECT_EQ(again["last_mutation_id"], 2);
    Json stored = body_of(call("GET", "/v1/reviews?limit=1&location=loc-austin-downtown"));
    EXPECT_EQ(stored["reviews"][0]["status"], "resolved");
}

TEST_F(SyncTest, AGapIsRefusedAndNothingIsApplied) {
    const std::string token = login_desk("frontdesk", "desk-A");
    const auto review = review_at("loc-austin-downtown");
    auto r = push(token, "desk-A", Json{set_status(2, review, "resolved")});
    EXPECT_EQ(r.status, 409);
    EXPECT_NE(body_of(r)["error"]["message"].get<std::string>().find("before 1"), std::string::npos);
    Json pulled = body_of(call("GET", "/v1/pull?client_id=desk-A", "", token));
    EXPECT_EQ(pulled["last_mutation_id"], 0);
    EXPECT_TRUE(pulled["changes"].empty());
}

TEST_F(SyncTest, ARefusedCommandIsRecordedAndDoesNotBlockTheQueue) {
    const std::string token = login_desk("frontdesk", "desk-A");
    const auto foreign = review_at("loc-boston-back-bay");
    const auto own = review_at("loc-austin-downtown");
    Json result = body_of(push(token, "desk-A",
                               Json{set_status(1, foreign, "resolved"),
                                    {{"mutation_id", 2}, {"name", "review.explode"}, {"args", Json::object()}},
                                    set_status(3, own, "acknowledged")}));
    EXPECT_EQ(result["last_mutation_id"], 3);
    EXPECT_EQ(result["applied"], 1);
    ASSERT_EQ(result["refused"].size(), 2u);
    EXPECT_EQ(result["refused"][0]["code"], "permission_denied");
    EXPECT_EQ(result["refused"][1]["code"], "invalid_argument");
    Json foreign_now = body_of(call("GET", "/v1/reviews?limit=1&location=loc-boston-back-bay"));
    EXPECT_NE(foreign_now["reviews"][0]["status"], "resolved");
    Json pulled = body_of(call("GET", "/v1/pull?client_id=desk-A", "", token));
    EXPECT_EQ(pulled["refusals"].size(), 2u);
    EXPECT_EQ(pulled["last_mutation_id"], 3);
}

TEST_F(SyncTest, PullsCarryOnlyTheCallersScopeAfterTheCursor) {
    const std::string desk = login_desk("frontdesk", "desk-A");
    const std::string ops = login_desk("ops", "desk-ops");
    Json changes = {set_status(1, review_at("loc-austin-downtown"), "acknowledged"),
                    set_status(2, review_at("loc-denver-lodo"), "acknowledged")};
    ASSERT_EQ(push(ops, "desk-ops", changes).status, 200);

    Json everything = body_of(call("GET", "/v1/pull?client_id=desk-ops&cursor=0", "", ops));
    ASSERT_EQ(everything["changes"].size(), 2u);
    Json mine = body_of(call("GET", "/v1/pull?client_id=desk-A&cursor=0", "", desk));
    ASSERT_EQ(mine["changes"].size(), 1u);
    EXPECT_EQ(mine["changes"][0]["value"]["location_id"], "loc-austin-downtown");
    Json after = body_of(call("GET", "/v1/pull?client_id=desk-A&cursor=" + std::to_string(mine["cursor"].get<int>()),
                              "", desk));
    EXPECT_TRUE(after["changes"].empty());
    Json paged = body_of(call("GET", "/v1/pull?client_id=desk-ops&cursor=0&limit=1", "", ops));
    EXPECT_EQ(paged["changes"].size(), 1u);
    EXPECT_EQ(paged["more"], true);
}

// A desk reads a pull either from a document it keeps or from one it gives up (an announcement):
// the rows are the same, and a malformed change is refused the same way.
TEST_F(SyncTest, APullReadsTheSameWhetherItsDocumentIsKeptOrGivenUp) {
    const std::string ops = login_desk("ops", "desk-ops");
    ASSERT_EQ(push(ops, "desk-ops", Json{set_status(1, review_at("loc-austin-downtown"), "acknowledged")}).status, 200);
    const Json pulled = body_of(call("GET", "/v1/pull?client_id=desk-ops&cursor=0", "", ops));
    auto kept = sync::pull_result_from_json(pulled);
    auto given = sync::pull_result_from_json(Json(pulled));
    ASSERT_TRUE(kept) << kept.error().message;
    ASSERT_TRUE(given) << given.error().message;
    ASSERT_EQ(kept->changes.size(), 1u);
    ASSERT_EQ(given->changes.size(), 1u);
    EXPECT_EQ(given->changes[0].payload, kept->changes[0].payload);
    EXPECT_EQ(given->changes[0].payload["status"], "acknowledged");
    EXPECT_EQ(given->cursor, kept->cursor);

    Json broken = pulled;
    broken["changes"][0].erase("value");
    auto refused = sync::pull_result_from_json(Json(broken));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, sync::pull_result_from_json(broken).error().message);
    EXPECT_NE(refused.error().message.find("pull.changes[0].value"), std::string::npos) << refused.error().message;
}

TEST_F(SyncTest, AnotherUsersClientIdIsRefused) {
    login_desk("frontdesk", "desk-A");
    const std::string other = login_desk("austin", "desk-B");
    auto r = push(other, "desk-A", Json{set_status(1, review_at("loc-austin-downtown"), "resolved")});
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(call("GET", "/v1/pull?client_id=desk-A", "", other).status, 403);
    EXPECT_EQ(call("GET", "/v1/pull?client_id=never-registered", "", other).status, 403);
}

TEST_F(SyncTest, MalformedPushesAreRefusedWithTheField) {
    const std::string token = login_desk("frontdesk", "desk-A");
    auto missing = push(token, "desk-A", Json{{{"name", "review.set_status"}}});
    EXPECT_EQ(missing.status, 400);
    EXPECT_NE(body_of(missing)["error"]["message"].get<std::string>().find("commands[0].mutation_id"),
              std::string::npos);
    auto old = call("POST", "/v1/push", Json{{"v", 0}, {"client_id", "desk-A"}, {"commands", Json::array()}}.dump(), token);
    EXPECT_EQ(old.status, 426);
    EXPECT_EQ(body_of(old)["error"]["code"], "update_required");
    EXPECT_EQ(call("POST", "/v1/push", "{", token).status, 400);
}

// A push that names the desk's cursor answers with the pull that follows, as GET /v1/pull would.
TEST_F(SyncTest, APushNamingItsCursorAnswersWithThePullThatFollows) {
    const std::string desk = login_desk("frontdesk", "desk-A");
    const std::string ops = login_desk("ops", "desk-ops");
    ASSERT_EQ(push(ops, "desk-ops", Json{set_status(1, review_at("loc-austin-downtown"), "acknowledged")}).status, 200);
    const Json body = {{"v", 1}, {"client_id", "desk-A"}, {"cursor", 0}, {"confirmed", 0},
                       {"commands", Json{set_status(1, review_at("loc-austin-downtown"), "resolved")}}};
    auto answer = call("POST", "/v1/push", body.dump(), desk);
    ASSERT_EQ(answer.status, 200) << answer.body;
    const Json pushed = body_of(answer);
    EXPECT_EQ(pushed["last_mutation_id"], 1);
    ASSERT_TRUE(pushed.contains("pull"));
    const Json& pull = pushed["pull"];
    EXPECT_EQ(pull, body_of(call("GET", "/v1/pull?client_id=desk-A&cursor=0", "", desk)));
    // The other desk's change and this one's, with this desk's command confirmed.
    std::vector<std::string> statuses;
    for (const auto& change : pull["changes"]) {
        if (change["entity"] == "review") statuses.push_back(change["value"]["status"]);
    }
    EXPECT_EQ(statuses, (std::vector<std::string>{"acknowledged", "resolved"}));
    EXPECT_EQ(pull["last_mutation_id"], 1);
    auto read = sync::push_result_from_json(Json(pushed));
    ASSERT_TRUE(read.ok()) << read.error().message;
    ASSERT_TRUE(read->pull.has_value());
    EXPECT_EQ(read->pull->changes.size(), pull["changes"].size());
    EXPECT_EQ(read->pull->cursor, pull["cursor"].get<std::int64_t>());

    // Without a cursor, the answer is the push alone.
    EXPECT_FALSE(body_of(push(desk, "desk-A", Json::array())).contains("pull"));
}

TEST_F(SyncTest, APushWithABadCursorIsRefusedBeforeAnyCommandIsApplied) {
    const std::string desk = login_desk("frontdesk", "desk-A");
    const std::int64_t review = review_at("loc-austin-downtown");
    for (const auto& [field, value] : std::vector<std::pair<std::string, Json>>{
             {"cursor", -1}, {"cursor", "12"}, {"confirmed", 1.5}, {"limit", 0}, {"limit", sync::kMaxPullLimit + 1}}) {
        Json body = {{"v", 1}, {"client_id", "desk-A"}, {"cursor", 0}, {"commands", Json{set_status(1, review, "resolved")}}};
        body[field] = value;
        auto answer = call("POST", "/v1/push", body.dump(), desk);
        EXPECT_EQ(answer.status, 400) << field << " " << value.dump();
        EXPECT_NE(body_of(answer)["error"]["message"].get<std::string>().find(field), std::string::npos) << answer.body;
    }
    EXPECT_EQ(body_of(push(desk, "desk-A", Json::array()))["last_mutation_id"], 0);
}

TEST_F(SyncTest, AppliedCommandsAreAuditedWithDeviceAndEngineTime) {
    const std::string token = login_desk("frontdesk", "desk-A");
    ASSERT_EQ(push(token, "desk-A", Json{set_status(1, review_at("loc-austin-downtown"), "acknowledged")}).status, 200);
    Json entries = body_of(call("GET", "/v1/audit?action=review."))["entries"];
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["actor"], "frontdesk");
    EXPECT_EQ(entries[0]["device_time"], "2026-11-24T14:55:00Z");
    EXPECT_EQ(entries[0]["at"], "2026-11-24T15:00:00Z");
    EXPECT_EQ(entries[0]["location_id"], "loc-austin-downtown");
}

}  // namespace
}  // namespace outpost
