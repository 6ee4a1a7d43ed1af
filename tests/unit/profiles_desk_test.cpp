// Customer profiles through the engine's endpoints and the desks: an erasure reaches every desk's
// replica, signed event batches, search within the caller's locations.
#include <gtest/gtest.h>

#include "profiles/signature.h"
#include "support/desk_harness.h"
#include "support/engine_fixture.h"

namespace outpost {
namespace {

using testing::Desk;

class ProfilesDeskTest : public testing::EngineFixture {
protected:
    std::unique_ptr<Desk> desk(const std::string& username) {
        auto d = std::make_unique<Desk>(*m_engine, m_clock, m_dir.file(username + "-" + std::to_string(++m_desks) + ".db"));
        d->login(login_body(username));
        return d;
    }
    static std::int64_t count(Desk& d, const std::string& sql) {
        return d.replica().read([&](store::Database& db) { return db.query_int(sql).value_or(-1); });
    }
    // A signed POST /v1/events, with the key read from the engine's store.
    net::HttpResponse post_events(const std::string& body, std::chrono::seconds skew = std::chrono::seconds(0)) {
        auto db = store::Database::open(m_dir.file("engine.db"), testing::kTestPassphrase, store::OpenMode::open_existing);
        EXPECT_TRUE(db.ok());
        auto stmt = db->prepare("SELECT value FROM engine_secret WHERE name = 'event_signing_key'");
        EXPECT_TRUE(stmt.ok() && stmt->step().value_or(false));
        const auto key_text = stmt->text(0);
        const std::vector<std::uint8_t> key(key_text.begin(), key_text.end());
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>((m_clock.now() + skew).time_since_epoch());
        const std::string ts = std::to_string(seconds.count());
        net::HttpRequest request;
        request.method = "POST";
        request.target = request.path = "/v1/events";
        request.headers["x-outpost-timestamp"] = ts;
        request.headers["x-outpost-signature"] = "sha256=" + profiles::sign_payload(key, ts, body);
        request.body = body;
        return m_engine->handle(request);
    }
    int m_desks = 0;
};

TEST_F(ProfilesDeskTest, AnErasureRemovesThePersonFromEveryDesk) {
    auto front = desk("frontdesk");
    auto manager = desk("austin");
    ASSERT_TRUE(front->sync().ok());
    ASSERT_TRUE(manager->sync().ok());
    const auto id = front->replica().read([](store::Database& db) {
        return db.query_int("SELECT profile_id FROM visit WHERE location_id = 'loc-austin-downtown' GROUP BY profile_id "
                            "ORDER BY profile_id LIMIT 1").value_or(0);
    });
    ASSERT_GT(id, 0);
    const std::string where = " WHERE profile_id = " + std::to_string(id);
    ASSERT_GT(count(*manager, "SELECT count(*) FROM visit" + where), 0);
    auto erased = call("DELETE", "/v1/profiles/" + std::to_string(id));
    ASSERT_EQ(erased.status, 200) << erased.body;
    EXPECT_GT(body_of(erased)["tombstones"].get<int>(), 1);
    EXPECT_EQ(call("DELETE", "/v1/profiles/" + std::to_string(id), "", login_token("frontdesk")).status, 403);
    for (Desk* d : {front.get(), manager.get()}) {
        ASSERT_TRUE(d->sync().ok());
        EXPECT_EQ(count(*d, "SELECT count(*) FROM profile WHERE id = " + std::to_string(id)), 0);
        EXPECT_EQ(count(*d, "SELECT count(*) FROM visit" + where), 0);
        EXPECT_EQ(count(*d, "SELECT count(*) FROM review" + where), 0);
    }
    // A desk loaded afterwards never sees the person either.
    auto later = desk("austin");
    ASSERT_TRUE(later->sync().ok());
    EXPECT_EQ(count(*later, "SELECT count(*) FROM profile WHERE id = " + std::to_string(id)), 0);
    EXPECT_GT(count(*later, "SELECT count(*) FROM profile"), 0);
}

TEST_F(ProfilesDeskTest, SignedEventsApplyAndReachTheDesk) {
    auto front = desk("frontdesk");
    ASSERT_TRUE(front->sync().ok());
    const Json batch = {{"events",
                         {{{"event_id", "e1"}, {"idempotency_key", "crm-e1"}, {"type", "check_in"},
                           {"occurred_at", format_iso8601(m_clock.now())}, {"location_id", "loc-austin-downtown"},
                           {"source", "crm"}, {"subject", {{"external_id", "crm-new-1"}, {"first_name", "Nia"}}}}}}};
    auto r = post_events(batch.dump());
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(body_of(r)["applied"], 1);
    EXPECT_EQ(body_of(post_events(batch.dump()))["duplicates"], 1);
    EXPECT_EQ(post_events(batch.dump(), std::chrono::seconds(400)).status, 401);
    auto unsigned_request = call("POST", "/v1/events", batch.dump(), "");
    EXPECT_EQ(unsigned_request.status, 401);
    EXPECT_EQ(post_events("{not json").status, 400);
    ASSERT_TRUE(front->sync().ok());
    EXPECT_EQ(count(*front, "SELECT count(*) FROM profile WHERE external_id = 'crm-new-1' AND source_origin = 'event:crm'"), 1);
}

TEST_F(ProfilesDeskTest, SearchStaysInTheCallersLocations) {
    auto all = body_of(call("GET", "/v1/profiles?q=a&limit=50"))["profiles"];
    EXPECT_FALSE(all.empty());
    auto mine = call("GET", "/v1/profiles?q=a&limit=50", "", login_token("frontdesk"));
    ASSERT_EQ(mine.status, 200) << mine.body;
    for (const auto& p : body_of(mine)["profiles"]) EXPECT_EQ(p["home_location_id"], "loc-austin-downtown");
    EXPECT_EQ(call("GET", "/v1/profiles?limit=5").status, 400);
    EXPECT_EQ(call("POST", "/v1/profiles?q=a").status, 405);
}

}  // namespace
}  // namespace outpost
