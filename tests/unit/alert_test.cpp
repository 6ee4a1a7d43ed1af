// alert.acknowledge (issue #4): who and when are stored and reach every desk; an unknown alert and
// one outside the person's locations are refused; acknowledging again is idempotent and keeps the
// first person, also when two desks acknowledged the same alert offline.
#include <gtest/gtest.h>

#include "store/repositories.h"
#include "sync/protocol.h"
#include "sync/sync_service.h"
#include "support/desk_test.h"

namespace outpost {
namespace {

using namespace std::chrono_literals;
using testing::Desk;

class AlertTest : public testing::DeskTest {
protected:
    // Raises an open alert on the engine as the review flow does, with its change-log entry.
    void raise(const std::string& id, const std::string& location, const std::string& kind) {
        auto db = store::Database::open(m_dir.file("engine.db"), testing::kTestPassphrase, store::OpenMode::open_existing);
        ASSERT_TRUE(db.ok()) << db.error().message;
        ASSERT_TRUE(db->exec("INSERT INTO alert(id, location_id, kind, detail, raised_at) VALUES('" + id + "', '" + location +
                             "', '" + kind + "', '{\"complaints\":5}', " + std::to_string(store::to_db(m_clock.now())) + ")")
                        .ok());
        ASSERT_TRUE(sync::record_changes(*db, {{"alert", id}}, m_clock.now()).ok());
    }
    std::string ack_name(Desk& d, const std::string& id) {
        return scalar<std::string>(d, "SELECT acknowledged_name FROM alert WHERE id = '" + id + "'");
    }
};

TEST_F(AlertTest, AcknowledgingStoresWhoAndWhenAndReachesOtherDesks) {
    raise("spike-1", "loc-austin-downtown", "complaint_spike");
    auto manager = desk("austin");
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*front);
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT count(*) FROM alert WHERE id = 'spike-1' AND acknowledged_at IS NULL"), 1);

    m_clock.advance(5min);
    ASSERT_TRUE(manager->replica().submit("alert.acknowledge", {{"alert_id", "spike-1"}}).ok());
    EXPECT_EQ(ack_name(*manager, "spike-1"), "Luis Ortega");  // at once, before any sync
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*front);
    EXPECT_EQ(ack_name(*front, "spike-1"), "Luis Ortega");
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT acknowledged_at FROM alert WHERE id = 'spike-1'"),
              store::to_db(m_clock.now()));
    EXPECT_GT(scalar<std::int64_t>(*front, "SELECT acknowledged_by FROM alert WHERE id = 'spike-1'"), 0);
    EXPECT_EQ(audit_count("alert.acknowledge"), 1);
}

TEST_F(AlertTest, AnUnknownAlertAndOneOutsideThePersonsLocationsAreRefused) {
    raise("burst-denver", "loc-denver-lodo", "fake_review_burst");
    auto manager = desk("austin");
    auto ops = desk("ops");
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*ops);
    auto unknown = manager->replica().submit("alert.acknowledge", {{"alert_id", "no-such-alert"}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
    EXPECT_NE(unknown.error().message.find("no-such-alert"), std::string::npos);
    auto missing = manager->replica().submit("alert.acknowledge", Json::object());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::invalid_argument);

    // Denver is not Luis's: his replica does not even hold the alert; the engine refuses it too.
    EXPECT_EQ(scalar<std::int64_t>(*manager, "SELECT count(*) FROM alert WHERE id = 'burst-denver'"), 0);
    sync::Command ack{1, "alert.acknowledge", {{"alert_id", "burst-denver"}}, std::nullopt};
    Json push = {{"client_id", manager->replica().client_id()}, {"commands", Json::array({sync::to_json(ack)})}};
    auto answer = manager->call("POST", "/v1/push", push.dump());
    ASSERT_TRUE(answer.ok()) << answer.error().message;
    auto pushed = sync::push_result_from_json(std::move(*answer));
    ASSERT_TRUE(pushed.ok()) << pushed.error().message;
    ASSERT_EQ(pushed->refused.size(), 1u);
    EXPECT_EQ(pushed->refused[0].code, "permission_denied");
    EXPECT_NE(pushed->refused[0].message.find("outside your locations"), std::string::npos);

    ASSERT_TRUE(ops->replica().submit("alert.acknowledge", {{"alert_id", "burst-denver"}}).ok());
    ASSERT_SYNCED(*ops);
    EXPECT_EQ(ack_name(*ops, "burst-denver"), "Priya Natarajan");
}

TEST_F(AlertTest, AcknowledgingTwiceOfflineKeepsTheFirstPersonOnEveryDesk) {
    raise("spike-2", "loc-austin-downtown", "complaint_spike");
    auto manager = desk("austin");
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*front);
    manager->online = false;
    front->online = false;
    ASSERT_TRUE(front->replica().submit("alert.acknowledge", {{"alert_id", "spike-2"}}).ok());
    m_clock.advance(2min);
    ASSERT_TRUE(manager->replica().submit("alert.acknowledge", {{"alert_id", "spike-2"}}).ok());
    EXPECT_EQ(ack_name(*manager, "spike-2"), "Luis Ortega");

    front->online = true;
    ASSERT_SYNCED(*front);
    manager->online = true;
    ASSERT_SYNCED(*manager);  // not refused: nothing for Luis to resolve
    EXPECT_TRUE(manager->replica().issues().empty());
    EXPECT_EQ(ack_name(*manager, "spike-2"), "Jamie Chen");
    ASSERT_SYNCED(*front);
    EXPECT_EQ(ack_name(*front, "spike-2"), "Jamie Chen");

    // Once more on a synced desk: still accepted, still the first person.
    ASSERT_TRUE(manager->replica().submit("alert.acknowledge", {{"alert_id", "spike-2"}}).ok());
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(ack_name(*manager, "spike-2"), "Jamie Chen");
}

TEST_F(AlertTest, TheDemoHasAnOpenComplaintSpikeAndAnInjuryReportAtAustinMueller) {
    auto manager = desk("austin");
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<std::int64_t>(*manager, "SELECT count(*) FROM alert WHERE location_id = 'loc-austin-mueller' AND "
                                             "kind = 'complaint_spike' AND acknowledged_at IS NULL"),
              1);
    EXPECT_EQ(scalar<std::int64_t>(*manager, "SELECT json_extract(detail, '$.complaints') FROM alert"), 4);
    EXPECT_GE(scalar<std::int64_t>(*manager, "SELECT count(*) FROM review WHERE location_id = 'loc-austin-mueller' AND "
                                             "severity = 'high'"),
              1);
}

}  // namespace
}  // namespace outpost
