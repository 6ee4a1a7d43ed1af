// The sync runner with an in-process engine: an announcement that continues the replica's cursor
// is applied on the thread that offers it (apply_or_deliver) when the runner is idle; anything
// else, and whatever is delivered, goes to the runner's thread; held announcements are committed
// in a quiet moment and when the runner stops, and taken back whole when one cannot be written.
#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "support/desk_test.h"

namespace outpost {
namespace {

using testing::Desk;

class SyncRunnerTest : public testing::DeskTest {
protected:
    void SetUp() override {
        DeskTest::SetUp();
        m_front = std::make_unique<Desk>(*m_engine, m_clock, m_front_path);
        m_front->login(login_body("frontdesk"));
        m_editor = desk("austin");
        ASSERT_SYNCED(*m_front);
        ASSERT_SYNCED(*m_editor);
        m_profile = scalar<std::int64_t>(
            *m_front, "SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' ORDER BY id LIMIT 1");
        m_runner = std::make_unique<sync::SyncRunner>(
            m_front->desk_sync(), m_front->replica(), m_clock, [this](const sync::SyncStatus& status) {
                std::lock_guard lock(m_mutex);
                if (!status.syncing) m_reporters.push_back(std::this_thread::get_id());
                m_reported.notify_all();
            });
        m_runner->set_interval(std::chrono::hours(1));  // rounds only when there is a reason
        m_runner->start();
        wait_until_idle();
    }

    void TearDown() override {
        if (m_runner) m_runner->stop();
    }

    // The runner has nothing to do for an hour: what it does next, it does because of the test.
    void wait_until_idle() {
        for (int i = 0; i < 3000 && !m_runner->idle(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ASSERT_TRUE(m_runner->idle());
    }

    // The editor renames the profile; answers the engine's announcement of the changes after `from`,
    // as its WebSocket would send it to the front desk.
    std::string rename(const std::string& last_name, std::int64_t from) {
        EXPECT_TRUE(m_editor->replica().submit("profile.update_contact", {{"profile_id", m_profile}, {"last_name", last_name}}).ok());
        EXPECT_TRUE(m_editor->sync().ok());
        auto pulled = m_front->call("GET", "/v1/pull?client_id=" + m_front->replica().client_id() + "&cursor=" + std::to_string(from), "");
        EXPECT_TRUE(pulled.ok());
        if (!pulled) return {};
        m_announced = (*pulled)["cursor"];
        return Json{{"v", sync::kSyncProtocolVersion}, {"type", "changes"}, {"from", from}, {"to", m_announced},
                    {"changes", (*pulled)["changes"]}}
            .dump();
    }

    std::string last_name(Desk& d) {
        return scalar<std::string>(d, "SELECT last_name FROM profile WHERE id = " + std::to_string(m_profile));
    }

    // Status reports (not of a round starting) made on this thread so far.
    std::size_t reports_here() {
        std::lock_guard lock(m_mutex);
        return static_cast<std::size_t>(std::count(m_reporters.begin(), m_reporters.end(), std::this_thread::get_id()));
    }

    // The thread of the report after the first `seen` (not of a round starting); waits for it. The
    // bound only keeps a broken runner from hanging the suite.
    std::thread::id reporter(std::size_t seen) {
        std::unique_lock lock(m_mutex);
        EXPECT_TRUE(m_reported.wait_for(lock, std::chrono::seconds(60), [&] { return m_reporters.size() > seen; }));
        return m_reporters.size() > seen ? m_reporters[seen] : std::thread::id();
    }

    std::size_t reports() {
        std::lock_guard lock(m_mutex);
        return m_reporters.size();
    }

    // The message offered or delivered after `before` reports was left to the runner: its report
    // comes from the runner's thread, and once idle the desk shows `last` at the announced cursor.
    void expect_runner_took_it(std::size_t before, const std::string& last) {
        EXPECT_EQ(reports_here(), 0u);
        const auto thread = reporter(before);
        EXPECT_NE(thread, std::thread::id());
        EXPECT_NE(thread, std::this_thread::get_id());
        wait_until_idle();
        EXPECT_EQ(last_name(*m_front), last);
        EXPECT_EQ(m_front->replica().cursor(), m_announced);
    }

    const std::string m_front_path = m_dir.file("front.db");
    std::unique_ptr<Desk> m_front;
    std::unique_ptr<Desk> m_editor;
    std::unique_ptr<sync::SyncRunner> m_runner;
    std::int64_t m_profile = 0;
    std::int64_t m_announced = 0;
    std::mutex m_mutex;
    std::condition_variable m_reported;
    std::vector<std::thread::id> m_reporters;
};

TEST_F(SyncRunnerTest, AnAnnouncementToAnIdleRunnerIsAppliedAndReportedBeforeDeliverReturns) {
    const std::string message = rename("Inline", m_front->replica().cursor());
    m_runner->apply_or_deliver(message);
    EXPECT_EQ(last_name(*m_front), "Inline");
    EXPECT_EQ(m_front->replica().cursor(), m_announced);
    EXPECT_EQ(reports_here(), 1u);

    // Committed by the runner once the desk is quiet.
    wait_until_idle();
    EXPECT_FALSE(m_front->replica().holding());
    auto crashed = files_now(m_front_path, "inline-crash.db");
    EXPECT_EQ(last_name(*crashed), "Inline");
    EXPECT_EQ(crashed->replica().cursor(), m_announced);
}

// What a user interface's thread does: the runner applies it, never the caller.
TEST_F(SyncRunnerTest, ADeliveredAnnouncementIsAppliedOnTheRunnersThread) {
    const std::size_t before = reports();
    m_runner->deliver(rename("HandedOver", m_front->replica().cursor()));
    expect_runner_took_it(before, "HandedOver");
}

TEST_F(SyncRunnerTest, AnAnnouncementBeyondTheCursorIsLeftToARoundOnTheRunnersThread) {
    const std::int64_t cursor = m_front->replica().cursor();
    rename("Skipped", cursor);
    const std::string later = rename("Later", m_announced);  // the first announcement never arrived
    const std::size_t before = reports();
    m_runner->apply_or_deliver(later);
    expect_runner_took_it(before, "Later");  // by a round
}

TEST_F(SyncRunnerTest, AMessageThatIsNoAnnouncementLeadsToARound) {
    rename("Poked", m_front->replica().cursor());
    const std::size_t before = reports();
    m_runner->apply_or_deliver(Json{{"v", sync::kSyncProtocolVersion}, {"type", "poke"}}.dump());
    expect_runner_took_it(before, "Poked");
}

// Announcements are written straight into the held transaction: one that cannot be written takes
// back everything held with its cursor, and the next pull brings it again.
TEST_F(SyncRunnerTest, AnAnnouncementThatCannotBeWrittenTakesBackAllThatIsHeld) {
    const std::string original = last_name(*m_front);
    const std::int64_t cursor = m_front->replica().cursor();
    auto held = sync::read_announcement(rename("Held", cursor));
    ASSERT_TRUE(held.has_value());
    auto applied = m_front->replica().apply_announced(*held);
    ASSERT_TRUE(applied.ok() && *applied);
    ASSERT_TRUE(m_front->replica().holding());
    ASSERT_EQ(last_name(*m_front), "Held");

    // A new profile without its required fields: the insert fails.
    const Json broken = {{"v", sync::kSyncProtocolVersion}, {"type", "changes"}, {"from", m_announced},
                         {"to", m_announced + 1},
                         {"changes", Json::array({{{"seq", m_announced + 1}, {"entity", "profile"}, {"id", "999999"},
                                                   {"op", "put"}, {"value", {{"id", 999999}}}}})}};
    auto refused = sync::read_announcement(broken.dump());
    ASSERT_TRUE(refused.has_value());
    EXPECT_FALSE(m_front->replica().apply_announced(*refused).ok());
    EXPECT_FALSE(m_front->replica().holding());
    EXPECT_EQ(last_name(*m_front), original);
    EXPECT_EQ(m_front->replica().cursor(), cursor);

    ASSERT_SYNCED(*m_front);
    EXPECT_EQ(last_name(*m_front), "Held");
    EXPECT_EQ(m_front->replica().cursor(), m_announced);
}

TEST_F(SyncRunnerTest, StoppingCommitsWhatIsHeld) {
    for (const std::string name : {"First", "Second"}) m_runner->apply_or_deliver(rename(name, m_front->replica().cursor()));
    EXPECT_EQ(reports_here(), 2u);
    m_runner->stop();
    EXPECT_FALSE(m_front->replica().holding());
    auto crashed = files_now(m_front_path, "stopped-crash.db");
    EXPECT_EQ(last_name(*crashed), "Second");
    EXPECT_EQ(crashed->replica().cursor(), m_announced);
    // A stopped runner applies nothing on the caller's thread.
    m_runner->apply_or_deliver(rename("After", m_announced));
    EXPECT_EQ(reports_here(), 2u);
    EXPECT_EQ(last_name(*m_front), "Second");
}

}  // namespace
}  // namespace outpost
