// The signed review webhook, POST /v1/webhooks/reviews/<source>, on an engine with the demo data:
// valid, wrong, stale and replayed signatures, oversized and malformed bodies, platform shapes.
#include <gtest/gtest.h>

#include "engine/store_admin.h"
#include "ingest/webhook.h"
#include "support/engine_fixture.h"

namespace outpost {
namespace {

constexpr const char* kSecret = "a webhook secret of 32 characters";

class ReviewWebhookTest : public testing::EngineFixture {
protected:
    void SetUp() override {
        EngineFixture::SetUp();
        for (const char* source : {"generic", "google"}) {
            auto set = engine::set_webhook_secret(m_dir.file("engine.db"), testing::kTestPassphrase, source, kSecret);
            ASSERT_TRUE(set.ok()) << set.error().message;
        }
    }

    std::string now_seconds() const {
        return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(m_clock.now().time_since_epoch()).count());
    }

    // A delivery signed with `secret` at `stamp` (now when empty).
    net::HttpResponse deliver(const std::string& target, const std::string& body, std::string stamp = {},
                              const std::string& secret = kSecret, const std::string& delivery_id = {}) {
        if (stamp.empty()) stamp = now_seconds();
        net::HttpRequest request;
        request.method = "POST";
        request.target = target;
        EXPECT_TRUE(net::split_target(target, request.path, request.query).ok());
        request.headers[ingest::kWebhookTimestampHeader] = stamp;
        request.headers[ingest::kWebhookSignatureHeader] = ingest::webhook_signature(secret, stamp, body);
        if (!delivery_id.empty()) request.headers[ingest::kWebhookDeliveryHeader] = delivery_id;
        request.body = body;
        return m_engine->handle(request);
    }

    static std::string review(const std::string& id, const std::string& text = "Lovely morning class") {
        return Json{{"platform", "in_app"},
                    {"location_id", "loc-austin-downtown"},
                    {"rating", 5},
                    {"text", text},
                    {"author", "Ana"},
                    {"posted_at", "2026-11-24T14:00:00Z"},
                    {"platform_id", id}}
            .dump();
    }

    std::int64_t stored(const std::string& platform) {
        return body_of(call("GET", "/v1/reviews?limit=1&platform=" + platform))["total"];
    }

    static std::string error_code(const net::HttpResponse& r) { return body_of(r)["error"]["code"]; }
};

TEST_F(ReviewWebhookTest, ASignedDeliveryIsImported) {
    const auto before = stored("in_app");
    auto one = deliver("/v1/webhooks/reviews/generic", review("w-1"));
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_EQ(body_of(one)["imported"], 1);
    auto list = deliver("/v1/webhooks/reviews/generic", "[" + review("w-2", "Great coaches and a clean pool") + "," +
                                                             review("w-3", "Friendly front desk") + "]");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(body_of(list)["imported"], 2);
    EXPECT_EQ(stored("in_app"), before + 3);
}

TEST_F(ReviewWebhookTest, APlatformShapeTakesItsLocationFromTheQuery) {
    const std::string body = R"({"reviews":[{"reviewId":"gw-1","reviewer":{"displayName":"Bo"},"starRating":"TWO",
        "comment":"Cold showers","createTime":"2026-11-24T13:00:00.5Z","name":"accounts/1/locations/77/reviews/gw-1"}]})";
    auto r = deliver("/v1/webhooks/reviews/google?location=loc-austin-downtown", body);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(body_of(r)["imported"], 1);
    Json page = body_of(call("GET", "/v1/reviews?limit=5&platform=google&rating=2&location=loc-austin-downtown"));
    bool found = false;
    for (const auto& item : page["reviews"]) found |= item["platform_review_id"] == "gw-1";
    EXPECT_TRUE(found) << page.dump();
}

TEST_F(ReviewWebhookTest, AWrongOrMissingSignatureIsRefused) {
    const auto before = stored("in_app");
    auto wrong = deliver("/v1/webhooks/reviews/generic", review("w-4"), {}, "another secret of enough length");
    EXPECT_EQ(wrong.status, 401) << wrong.body;
    EXPECT_NE(body_of(wrong)["error"]["message"].get<std::string>().find("signature is wrong"), std::string::npos);

    net::HttpRequest bare;
    bare.method = "POST";
    bare.target = bare.path = "/v1/webhooks/reviews/generic";
    bare.body = review("w-4");
    EXPECT_EQ(m_engine->handle(bare).status, 401);

    // A body changed after signing.
    const std::string stamp = now_seconds();
    net::HttpRequest tampered = bare;
    tampered.headers[ingest::kWebhookTimestampHeader] = stamp;
    tampered.headers[ingest::kWebhookSignatureHeader] = ingest::webhook_signature(kSecret, stamp, review("w-4"));
    tampered.body = review("w-5");
    EXPECT_EQ(m_engine->handle(tampered).status, 401);
    EXPECT_EQ(stored("in_app"), before);
}

TEST_F(ReviewWebhookTest, AStaleTimestampIsRefused) {
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(m_clock.now().time_since_epoch()).count();
    auto old = deliver("/v1/webhooks/reviews/generic", review("w-6"), std::to_string(now - 301));
    EXPECT_EQ(old.status, 401) << old.body;
    EXPECT_NE(body_of(old)["error"]["message"].get<std::string>().find("5 minutes"), std::string::npos);
    auto ahead = deliver("/v1/webhooks/reviews/generic", review("w-6"), std::to_string(now + 301));
    EXPECT_EQ(ahead.status, 401);
    auto edge = deliver("/v1/webhooks/reviews/generic", review("w-6"), std::to_string(now - 299));
    EXPECT_EQ(edge.status, 200) << edge.body;
}

TEST_F(ReviewWebhookTest, AReplayedDeliveryIsRefused) {
    const std::string stamp = now_seconds();
    auto first = deliver("/v1/webhooks/reviews/generic", review("w-7"), stamp, kSecret, "delivery-1");
    ASSERT_EQ(first.status, 200) << first.body;
    auto replay = deliver("/v1/webhooks/reviews/generic", review("w-7"), stamp, kSecret, "delivery-1");
    EXPECT_EQ(replay.status, 409) << replay.body;
    EXPECT_EQ(error_code(replay), "replayed");
    // The same signed request under another delivery id is still the same signature.
    auto renamed = deliver("/v1/webhooks/reviews/generic", review("w-7"), stamp, kSecret, "delivery-2");
    EXPECT_EQ(renamed.status, 409);
    // A sender retrying delivery-1 later signs anew; the id gives it away.
    m_clock.advance(std::chrono::seconds(30));
    auto retried = deliver("/v1/webhooks/reviews/generic", review("w-7"), {}, kSecret, "delivery-1");
    EXPECT_EQ(retried.status, 409);
    // Once the tolerance has passed, the old request is refused as stale.
    m_clock.advance(std::chrono::minutes(11));
    EXPECT_EQ(deliver("/v1/webhooks/reviews/generic", review("w-7"), stamp, kSecret, "delivery-1").status, 401);
}

TEST_F(ReviewWebhookTest, OversizedMalformedAndUnknownDeliveries) {
    const std::string big = review("w-8", std::string(ingest::kMaxWebhookBytes, 'a'));
    auto oversized = deliver("/v1/webhooks/reviews/generic", big);
    EXPECT_EQ(oversized.status, 413) << oversized.body.substr(0, 200);

    auto malformed = deliver("/v1/webhooks/reviews/generic", "{\"platform\": ");
    EXPECT_EQ(malformed.status, 400) << malformed.body;
    EXPECT_EQ(error_code(malformed), "invalid_argument");

    Json bad = parse_json(review("w-9")).value();
    bad["rating"] = 9;
    auto rejected = deliver("/v1/webhooks/reviews/generic", bad.dump());
    EXPECT_EQ(rejected.status, 400) << rejected.body;
    EXPECT_NE(body_of(rejected)["error"]["message"].get<std::string>().find("rating"), std::string::npos);

    EXPECT_EQ(deliver("/v1/webhooks/reviews/yelp", review("w-10")).status, 404);  // no secret set
    EXPECT_EQ(deliver("/v1/webhooks/reviews/myspace", review("w-10")).status, 404);
    EXPECT_EQ(call("GET", "/v1/webhooks/reviews/generic").status, 405);
}

TEST_F(ReviewWebhookTest, SecretsMustBeLongEnough) {
    auto shortish = engine::set_webhook_secret(m_dir.file("engine.db"), testing::kTestPassphrase, "yelp", "short");
    ASSERT_FALSE(shortish.ok());
    EXPECT_EQ(shortish.error().code, ErrorCode::invalid_argument);
    EXPECT_FALSE(engine::set_webhook_secret(m_dir.file("engine.db"), testing::kTestPassphrase, "csv", kSecret).ok());
}

}  // namespace
}  // namespace outpost
