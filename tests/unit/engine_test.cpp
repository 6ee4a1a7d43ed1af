#include <gtest/gtest.h>

#include <future>

#include <fstream>

#include "engine/router.h"
#include "net/http_client.h"
#include "support/engine_fixture.h"

namespace outpost::engine {
namespace {

using testing::EngineFixture;

Json new_review(const std::string& id, const std::string& location = "") {
    return Json{{"platform", "yelp"}, {"platform_review_id", id}, {"location_id", location}, {"rating", 2},
                {"text", "Locker room was dirty"}, {"author", "Kim R."}, {"posted_at", "2026-11-24T10:00:00Z"}};
}

class EngineTest : public EngineFixture {
protected:
    std::string first_location() { return body_of(call("GET", "/v1/locations"))["locations"][0]["id"]; }
};

TEST_F(EngineTest, HealthIsPublicAndTellsVersionAndTimeOnly) {
    auto r = call("GET", "/v1/health", "", "");
    ASSERT_EQ(r.status, 200);
    Json body = body_of(r);
    EXPECT_EQ(body["v"], 1);
    EXPECT_EQ(body["status"], "ok");
    EXPECT_EQ(body["time"], "2026-11-24T15:00:00Z");
    EXPECT_FALSE(body.contains("reviews"));
}

TEST_F(EngineTest, EverythingElseNeedsASession) {
    for (const char* target : {"/v1/reviews", "/v1/locations", "/v1/me", "/v1/users", "/v1/audit"}) {
        auto r = call("GET", target, "", "");
        EXPECT_EQ(r.status, 401) << target;
        EXPECT_EQ(body_of(r)["error"]["code"], "unauthenticated") << target;
        EXPECT_EQ(call("GET", target, "", "forged-token").status, 401) << target;
    }
}

TEST_F(EngineTest, LoginAnswersWithTokenUserAndScope) {
    auto r = call("POST", "/v1/login", login_body("austin").dump(), "");
    ASSERT_EQ(r.status, 200) << r.body;
    Json body = body_of(r);
    EXPECT_FALSE(body["token"].get<std::string>().empty());
    EXPECT_EQ(body["user"]["role"], "location_manager");
    EXPECT_EQ(body["scope"]["all"], false);
    EXPECT_EQ(body["scope"]["locations"].size(), 2u);
    Json wrong = login_body("austin");
    wrong["password"] = "not it at all";
    auto refused = call("POST", "/v1/login", wrong.dump(), "");
    EXPECT_EQ(refused.status, 401);
    Json admin_without_code = login_body("admin");
    admin_without_code.erase("totp");
    auto mfa = call("POST", "/v1/login", admin_without_code.dump(), "");
    EXPECT_EQ(mfa.status, 401);
    EXPECT_EQ(body_of(mfa)["error"]["code"], "mfa_required");
    EXPECT_EQ(call("POST", "/v1/login", "{", "").status, 400);
}

TEST_F(EngineTest, LogoutEndsTheSession) {
    const std::string token = login_token("frontdesk");
    EXPECT_EQ(call("GET", "/v1/me", "", token).status, 200);
    EXPECT_EQ(call("POST", "/v1/logout", "", token).status, 200);
    EXPECT_EQ(call("GET", "/v1/me", "", token).status, 401);
}

TEST_F(EngineTest, LocationsCarryTimeZonesAndHours) {
    Json body = body_of(call("GET", "/v1/locations"));
    ASSERT_FALSE(body["locations"].empty());
    for (const auto& l : body["locations"]) {
        EXPECT_TRUE(location_from_json(l).ok()) << l.dump();
    }
    EXPECT_FALSE(body["regions"].empty());
    EXPECT_EQ(body["brands"].size(), 1u);
    Json desk = body_of(call("GET", "/v1/locations", "", login_token("frontdesk")));
    ASSERT_EQ(desk["locations"].size(), 1u);
    EXPECT_EQ(desk["locations"][0]["id"], "loc-austin-downtown");
    EXPECT_EQ(desk["regions"].size(), 1u);
}

TEST_F(EngineTest, ReviewsAreFilteredByLocationRatingAndPlatform) {
    const std::string loc = first_location();
    auto r = call("GET", "/v1/reviews?location=" + loc + "&max_rating=2&platform=google&limit=50");
    ASSERT_EQ(r.status, 200) << r.body;
    Json body = body_of(r);
    EXPECT_LE(body["reviews"].size(), 50u);
    ASSERT_FALSE(body["reviews"].empty());
    std::string previous = "9999";
    for (const auto& review : body["reviews"]) {
        EXPECT_EQ(review["location_id"], loc);
        EXPECT_LE(review["rating"].get<int>(), 2);
        EXPECT_EQ(review["platform"], "google");
        EXPECT_LE(review["posted_at"].get<std::string>(), previous);  // newest first
        previous = review["posted_at"];
    }
    EXPECT_GE(body["total"].get<int>(), static_cast<int>(body["reviews"].size()));
}

TEST_F(EngineTest, ReviewPagesDoNotOverlap) {
    Json first = body_of(call("GET", "/v1/reviews?limit=5&offset=0"));
    Json second = body_of(call("GET", "/v1/reviews?limit=5&offset=5"));
    ASSERT_EQ(first["reviews"].size(), 5u);
    ASSERT_EQ(second["reviews"].size(), 5u);
    for (const auto& a : first["reviews"]) {
        for (const auto& b : second["reviews"]) EXPECT_NE(a["id"], b["id"]);
    }
}

TEST_F(EngineTest, BadQueryParametersAreRefusedWithTheirName) {
    for (const char* target : {"/v1/reviews?limit=0", "/v1/reviews?limit=abc", "/v1/reviews?rating=9",
                               "/v1/reviews?platform=myspace", "/v1/reviews?from=yesterday",
                               "/v1/reviews?min_rating=4&max_rating=2", "/v1/reviews?colour=blue"}) {
        auto r = call("GET", target);
        EXPECT_EQ(r.status, 400) << target;
        Json body = body_of(r);
        EXPECT_EQ(body["error"]["code"], "invalid_argument") << target;
        EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
    }
}

TEST_F(EngineTest, UnknownRouteAndWrongMethod) {
    EXPECT_EQ(call("GET", "/v1/nothing").status, 404);
    EXPECT_EQ(call("DELETE", "/v1/reviews").status, 405);
    EXPECT_EQ(call("POST", "/v1/health").status, 405);
}

TEST_F(EngineTest, MalformedJsonIs400AndNothingChanges) {
    const auto before = body_of(call("GET", "/v1/health"))["reviews"];
    for (const char* body : {"{", "not json", "[]", R"({"reviews": 5})", ""}) {
        auto r = call("POST", "/v1/reviews", body);
        EXPECT_EQ(r.status, 400) << body;
    }
    EXPECT_EQ(body_of(call("GET", "/v1/health"))["reviews"], before);
}

TEST_F(EngineTest, AFieldLevelErrorNamesTheItemAndRollsBackTheBatch) {
    const std::string loc = first_location();
    Json bad = new_review("y-bad", loc);
    bad["rating"] = 0;
    Json push = {{"reviews", {new_review("y-ok", loc), bad}}};
    auto r = call("POST", "/v1/reviews", push.dump());
    ASSERT_EQ(r.status, 400);
    EXPECT_EQ(body_of(r)["error"]["message"], "reviews[1].rating: must be an integer from 1 to 5");
    auto found = body_of(call("GET", "/v1/reviews?platform=yelp&limit=1000"));
    for (const auto& review : found["reviews"]) EXPECT_NE(review["platform_review_id"], "y-ok");
}

TEST_F(EngineTest, UnknownLocationIsRefused) {
    auto r = call("POST", "/v1/reviews", Json{{"reviews", {new_review("y-1", "loc-nowhere")}}}.dump());
    EXPECT_EQ(r.status, 400);
    EXPECT_NE(body_of(r)["error"]["message"].get<std::string>().find("unknown location"), std::string::npos);
}

TEST_F(EngineTest, PushingReviewsIsIdempotent) {
    const std::string loc = first_location();
    Json push = {{"reviews", {new_review("y-new-1", loc), new_review("y-new-2", loc), new_review("y-new-1", loc)}}};
    auto first = body_of(call("POST", "/v1/reviews", push.dump()));
    EXPECT_EQ(first["inserted"], 2);
    EXPECT_EQ(first["duplicates"], 1);
    auto again = body_of(call("POST", "/v1/reviews", push.dump()));
    EXPECT_EQ(again["inserted"], 0);
    EXPECT_EQ(again["duplicates"], 3);
    auto stored = body_of(call("GET", "/v1/reviews?platform=yelp&location=" + loc + "&max_rating=2&limit=1000"));
    int count = 0;
    for (const auto& review : stored["reviews"]) count += review["platform_review_id"] == "y-new-1";
    EXPECT_EQ(count, 1);
}

TEST_F(EngineTest, TooManyReviewsInOnePushIs413) {
    Json many = Json::array();
    for (int i = 0; i < 1001; ++i) many.push_back(new_review("y-" + std::to_string(i), "loc"));
    auto r = call("POST", "/v1/reviews", Json{{"reviews", many}}.dump());
    EXPECT_EQ(r.status, 413);
}

TEST_F(EngineTest, WrongPassphraseIsRefusedAndTheStoreIsUnchanged) {
    const std::string path = m_dir.file("engine.db");
    m_engine.reset();  // closes every connection and checkpoints the WAL
    std::ifstream in(path, std::ios::binary);
    const std::string before{std::istreambuf_iterator<char>(in), {}};
    EngineConfig config;
    config.store_path = path;
    auto wrong = Engine::open(config, "not the passphrase", m_clock);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::wrong_key);
    std::ifstream again(path, std::ios::binary);
    EXPECT_EQ(before, std::string(std::istreambuf_iterator<char>(again), {}));
}

TEST_F(EngineTest, ServesOverTheNetworkAndPokesDesksOnChange) {
    auto port = m_engine->start();
    ASSERT_TRUE(port.ok()) << port.error().message;
    net::HttpClient client("127.0.0.1", *port);
    client.set_bearer_token(m_token);
    auto health = client.request_sync("GET", "/v1/health");
    ASSERT_TRUE(health.ok()) << health.error().message;
    EXPECT_EQ(health->status, 200);

    // Without a session the socket is refused.
    net::WebSocketClient anonymous("127.0.0.1", *port, "/v1/ws");
    std::promise<Error> refused;
    anonymous.connect([](std::string_view) {}, [&](Error e) { refused.set_value(std::move(e)); });
    EXPECT_EQ(refused.get_future().get().code, ErrorCode::unavailable);

    net::WebSocketClient ws("127.0.0.1", *port, "/v1/ws");
    std::promise<std::string> poke;
    std::atomic<bool> got{false};
    // The engine's own first writes (the deadline monitor's start) may come first, as a plain poke
    // when they are many: the message looked at is the one announcing a pushed review.
    ws.connect(
        [&](std::string_view m) {
            if (m.find("y-poke-") != std::string::npos && !got.exchange(true)) poke.set_value(std::string(m));
        },
        [](Error) {}, m_token);
    auto future = poke.get_future();
    // Push fresh reviews until the socket has registered and a poke arrives.
    const std::string loc = first_location();
    for (int i = 0; future.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready; ++i) {
        auto r = client.request_sync("POST", "/v1/reviews", Json{{"reviews", {new_review("y-poke-" + std::to_string(i), loc)}}}.dump());
        ASSERT_TRUE(r.ok());
        ASSERT_EQ(r->status, 200) << r->body;
    }
    // The announcement carries the new review itself, so a desk at that point needs no pull.
    auto message = parse_json(future.get());
    ASSERT_TRUE(message.ok());
    EXPECT_EQ((*message)["type"], "changes");
    EXPECT_LT((*message)["from"].get<std::int64_t>(), (*message)["to"].get<std::int64_t>());
    ASSERT_FALSE((*message)["changes"].empty());
    const Json& change = (*message)["changes"][0];
    EXPECT_EQ(change["entity"], "review");
    EXPECT_EQ(change["value"]["location_id"], loc);
    EXPECT_EQ(change["value"]["platform_review_id"].get<std::string>().rfind("y-poke-", 0), 0u);
}

TEST(ReviewFilterFromQuery, ExactRatingSetsBothBounds) {
    auto f = review_filter_from_query({{"rating", "3"}, {"location", "a,b,,c"}});
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->min_rating, 3);
    EXPECT_EQ(f->max_rating, 3);
    EXPECT_EQ(f->locations.size(), 3u);
}

}  // namespace
}  // namespace outpost::engine
