// The review inbox read model (issue #4): SLA state of reviews from their clocks, the filters, the
// counts per status, the metrics of a filter scope; and review.escalate from a desk.
#include <gtest/gtest.h>

#include "store/repositories.h"
#include "store/schema.h"
#include "support/desk_test.h"
#include "support/temp_dir.h"
#include "sync/review_inbox.h"

namespace outpost {
namespace {

using namespace std::chrono_literals;
using sync::InboxSla;

Timestamp at(const char* iso) { return *parse_iso8601(iso); }

TEST(InboxSlaState, FromTheStoredStateAndTheInstants) {
    const Timestamp now = at("2026-11-24T12:00:00Z");
    const Timestamp later = now + 1h, earlier = now - 1min;
    EXPECT_EQ(sync::clock_state("ok", later, later - 30min, now), InboxSla::on_track);
    EXPECT_EQ(sync::clock_state("ok", later, earlier, now), InboxSla::warning);
    EXPECT_EQ(sync::clock_state("warning", later, later - 30min, now), InboxSla::warning);
    EXPECT_EQ(sync::clock_state("ok", earlier, earlier - 1h, now), InboxSla::breached);
    EXPECT_EQ(sync::clock_state("breached", later, later, now), InboxSla::breached);
    EXPECT_EQ(sync::clock_state("met", earlier, earlier, now), InboxSla::none);
    EXPECT_EQ(sync::clock_state("ok", std::nullopt, std::nullopt, now), InboxSla::none);
}

class ReviewInboxTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto db = store::open_engine_store(m_dir.file("engine.db"), "test passphrase", store::OpenMode::create_if_missing);
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db.emplace(std::move(*db));
        store::SqlOrgRepository org(*m_db);
        ASSERT_TRUE(org.save(Brand{BrandId("b"), "Brand"}).ok());
        ASSERT_TRUE(org.save(Region{RegionId("r"), BrandId("b"), "Region"}).ok());
        ASSERT_TRUE(org.save(Location{LocationId("loc-a"), RegionId("r"), "Downtown", "", "UTC", {}}).ok());
        ASSERT_TRUE(org.save(Location{LocationId("loc-b"), RegionId("r"), "Uptown", "", "UTC", {}}).ok());
    }

    void exec(const std::string& sql) {
        auto r = m_db->exec(sql);
        ASSERT_TRUE(r.ok()) << r.error().message << "\n" << sql;
    }
    static std::string ms(Timestamp t) { return std::to_string(store::to_db(t)); }

    // A review posted `age` before now; `replied_after` sets its first reply.
    void review(int id, const std::string& location, int rating, const std::string& status, const std::string& severity,
                std::chrono::minutes age, std::optional<std::chrono::minutes> replied_after = std::nullopt,
                const std::string& reasons = "[]") {
        const Timestamp posted = m_now - age;
        exec("INSERT INTO review(id, platform, platform_review_id, location_id, rating, text, author, posted_at, status, "
             "severity, triage_reasons, first_reply_at) VALUES(" + std::to_string(id) + ", 'google', 'g" +
             std::to_string(id) + "', '" + location + "', " + std::to_string(rating) + ", 'text', 'Ana', " + ms(posted) +
             ", '" + status + "', " + (severity.empty() ? "NULL" : "'" + severity + "'") + ", '" + reasons + "', " +
             (replied_after ? ms(posted + *replied_after) : "NULL") + ")");
    }
    void clock(int review, const std::string& type, const std::string& state, Timestamp due, Timestamp warning,
               bool completed = false) {
        exec("INSERT INTO review_sla(id, review_id, item_type, location_id, priority, state, due_at, warning_at, "
             "next_deadline, started_at, completed_at) VALUES('" + std::to_string(review) + ":" + type + "', " +
             std::to_string(review) + ", '" + type + "', 'loc-a', 'normal', '" + state + "', " + ms(due) + ", " +
             ms(warning) + ", " + ms(warning) + ", " + ms(m_now - 2h) + ", " + (completed ? ms(m_now) : "NULL") + ")");
    }
    std::vector<std::int64_t> ids(const sync::InboxFilter& filter, std::optional<Timestamp> now = std::nullopt) {
        auto page = sync::read_review_inbox(*m_db, filter, now.value_or(m_now), 100, 0);
        EXPECT_TRUE(page.ok()) << page.error().message;
        std::vector<std::int64_t> out;
        if (page.ok()) {
            for (const auto& r : page->reviews) out.push_back(r.id.value());
        }
        return out;
    }

    // Reviews 1..5, newest first by id: 1 on track, 2 in warning, 3 breached (by time), 4 only a met
    // clock, 5 no clock at all.
    void clocks() {
        for (int id = 1; id <= 5; ++id) review(id, "loc-a", id, "open", id % 2 ? "low" : "high", std::chrono::minutes(id));
        clock(1, "review_public_reply", "ok", m_now + 5h, m_now + 4h);
        clock(2, "review_public_reply", "ok", m_now + 50min, m_now - 10min);
        clock(2, "review_acknowledge", "ok", m_now + 3h, m_now + 2h);  // a later clock does not hide the warning
        clock(3, "review_acknowledge", "ok", m_now - 5min, m_now - 20min);
        clock(4, "review_public_reply", "met", m_now - 5min, m_now - 20min, true);
    }

    testing::TempDir m_dir;
    std::optional<store::Database> m_db;
    Timestamp m_now = at("2026-11-24T12:00:00Z");
};

TEST_F(ReviewInboxTest, EachReviewHasTheStateOfItsMostPressingOpenClock) {
    clocks();
    auto page = sync::read_review_inbox(*m_db, {}, m_now, 100, 0);
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_EQ(page->reviews.size(), 5u);
    EXPECT_EQ(page->triage.at(1).sla, InboxSla::on_track);
    EXPECT_EQ(page->triage.at(2).sla, InboxSla::warning);
    ASSERT_TRUE(page->triage.at(2).clock);
    EXPECT_EQ(page->triage.at(2).clock->type, rules::SlaItemType::review_public_reply);
    EXPECT_EQ(page->triage.at(2).clock->due, m_now + 50min);
    EXPECT_EQ(page->triage.at(3).sla, InboxSla::breached);
    EXPECT_EQ(page->triage.at(4).sla, InboxSla::none);
    EXPECT_FALSE(page->triage.at(4).clock);
    EXPECT_EQ(page->triage.at(5).sla, InboxSla::none);
}

TEST_F(ReviewInboxTest, TheSlaFilterAgreesWithTheStateShownAndMovesWithTheClock) {
    clocks();
    sync::InboxFilter f;
    f.sla_states = {InboxSla::on_track};
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{1}));
    f.sla_states = {InboxSla::warning};
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{2}));
    f.sla_states = {InboxSla::breached};
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{3}));
    f.sla_states = {InboxSla::none};
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{4, 5}));
    f.sla_states = {InboxSla::warning, InboxSla::breached};
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{2, 3}));
    // An hour later review 2's reply is overdue and review 1 is still on track.
    f.sla_states = {InboxSla::breached};
    EXPECT_EQ(ids(f, m_now + 1h), (std::vector<std::int64_t>{2, 3}));
    f.sla_states = {InboxSla::on_track};
    EXPECT_EQ(ids(f, m_now + 1h), (std::vector<std::int64_t>{1}));
    // The engine's word counts even before the instant: a clock it marked breached is breached.
    exec("UPDATE review_sla SET state = 'breached' WHERE review_id = 1");
    f.sla_states = {InboxSla::breached};
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{1, 3}));
}

TEST_F(ReviewInboxTest, SeverityStatusAndLocationFiltersWithCountsPerStatus) {
    review(1, "loc-a", 1, "open", "high", 10min, std::nullopt, R"(["rating:1","keyword:injury:slipped","severity:high"])");
    review(2, "loc-a", 2, "acknowledged", "medium", 20min);
    review(3, "loc-b", 5, "resolved", "low", 30min);
    review(4, "loc-a", 4, "open", "", 40min);
    review(5, "loc-b", 2, "open", "medium", 50min);
    sync::InboxFilter f;
    f.severities = {rules::Severity::medium, rules::Severity::high};
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{1, 2, 5}));
    f.statuses = {ReviewStatus::open};
    auto page = sync::read_review_inbox(*m_db, f, m_now, 100, 0);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 2);
    // The counts ignore the status filter, so the other statuses stay one click away.
    EXPECT_EQ(page->status_counts, (std::map<ReviewStatus, std::int64_t>{{ReviewStatus::open, 2},
                                                                         {ReviewStatus::acknowledged, 1}}));
    EXPECT_EQ(page->triage.at(1).reasons,
              (std::vector<std::string>{"rating:1", "keyword:injury:slipped", "severity:high"}));
    EXPECT_EQ(page->triage.at(1).severity, rules::Severity::high);
    f = {};
    f.locations = {LocationId("loc-b")};
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{3, 5}));
    f.min_rating = 1;
    f.max_rating = 2;
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{5}));
    // A review never triaged has no severity and matches no severity filter.
    f = {};
    f.severities = {rules::Severity::low};
    EXPECT_EQ(ids(f), (std::vector<std::int64_t>{3}));
}

TEST_F(ReviewInboxTest, MetricsOfTheFilterScopeByHand) {
    // Ratings 1, 2, 4, 5, 3 (average 3.0); posted 1 d, 3 d, 10 d, 27 d and 40 d ago: 4 within the
    // last 28 days -> 1.0 a week. Replies after 30, 90 and 600 minutes -> rate 3/5, median 90 min.
    review(1, "loc-a", 1, "replied", "medium", 24h, 30min);
    review(2, "loc-a", 2, "open", "medium", 72h);
    review(3, "loc-a", 4, "replied", "low", 240h, 90min);
    review(4, "loc-b", 5, "resolved", "low", 27 * 24h, 600min);
    review(5, "loc-b", 3, "open", "low", 40 * 24h);
    auto all = sync::review_metrics(*m_db, {}, m_now);
    ASSERT_TRUE(all.ok()) << all.error().message;
    EXPECT_EQ(all->reviews, 5);
    EXPECT_DOUBLE_EQ(*all->average_rating, 3.0);
    EXPECT_DOUBLE_EQ(all->reviews_per_week, 1.0);
    EXPECT_EQ(all->replied, 3);
    EXPECT_DOUBLE_EQ(*all->response_rate, 0.6);
    EXPECT_EQ(all->median_first_reply, std::chrono::minutes(90));

    // Location A alone: ratings 1, 2, 4 (7/3), 3 in 4 weeks (0.75), replies 30 and 90 (median 60).
    sync::InboxFilter a;
    a.locations = {LocationId("loc-a")};
    auto scoped = sync::review_metrics(*m_db, a, m_now);
    ASSERT_TRUE(scoped.ok());
    EXPECT_DOUBLE_EQ(*scoped->average_rating, 7.0 / 3.0);
    EXPECT_DOUBLE_EQ(scoped->reviews_per_week, 0.75);
    EXPECT_DOUBLE_EQ(*scoped->response_rate, 2.0 / 3.0);
    EXPECT_EQ(scoped->median_first_reply, std::chrono::minutes(60));

    // Nothing matches: no average, no rate, no median.
    sync::InboxFilter none;
    none.platform = Platform::yelp;
    auto empty = sync::review_metrics(*m_db, none, m_now);
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(empty->reviews, 0);
    EXPECT_FALSE(empty->average_rating);
    EXPECT_FALSE(empty->response_rate);
    EXPECT_FALSE(empty->median_first_reply);
}

// ---- review.escalate from a desk ----

class ReviewEscalateTest : public testing::DeskTest {};

TEST_F(ReviewEscalateTest, CreatesAManagerTaskThenSendsItUpTheHierarchy) {
    auto manager = desk("austin");
    ASSERT_SYNCED(*manager);
    const auto review = scalar<std::int64_t>(
        *manager, "SELECT id FROM review WHERE location_id = 'loc-austin-downtown' AND status <> 'resolved' AND "
                  "CAST(id AS TEXT) NOT IN (SELECT source_id FROM task WHERE source = 'review' AND source_id "
                  "IS NOT NULL) ORDER BY id LIMIT 1");
    const std::string by_review = "FROM task WHERE source = 'review' AND source_id = '" + std::to_string(review) + "'";

    ASSERT_TRUE(manager->replica().submit("review.escalate", {{"review_id", review}}).ok());
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<std::int64_t>(*manager, "SELECT count(*) " + by_review), 1);
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT type || ':' || escalation_level || ':' || status " + by_review),
              "negative_review:location:new");

    ASSERT_TRUE(manager->replica().submit("review.escalate", {{"review_id", review}, {"reason", "Legal threat"}}).ok());
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<std::int64_t>(*manager, "SELECT count(*) " + by_review), 1);
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT escalation_level " + by_review), "region");
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT detail FROM task_event WHERE kind = 'escalated' AND task_id = "
                                            "(SELECT id " + by_review + ")"),
              "region: Legal threat");

    // Unknown and resolved reviews are refused with the reason.
    EXPECT_EQ(manager->replica().submit("review.escalate", {{"review_id", 999999999}}).error().code,
              ErrorCode::not_found);
    ASSERT_TRUE(manager->replica().submit("review.set_status", {{"review_id", review}, {"status", "resolved"}}).ok());
    auto resolved = manager->replica().submit("review.escalate", {{"review_id", review}});
    ASSERT_FALSE(resolved.ok());
    EXPECT_EQ(resolved.error().message, "review " + std::to_string(review) + " is resolved");
}

}  // namespace
}  // namespace outpost
