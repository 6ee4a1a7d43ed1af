// The review flow after triage (issue #4): routing to tasks with evidence, review SLA clocks in
// business hours watched by the engine's monitor, complaint-spike and fake-review-burst alerts,
// review requests after visits.
#include <gtest/gtest.h>

#include "engine/review_requests.h"
#include "engine/sla_monitor.h"
#include "ingest/review_flow.h"
#include "ingest/review_import.h"
#include "profiles/consent.h"
#include "rules/review_alerts.h"
#include "store/repositories.h"
#include "store/schema.h"
#include "support/temp_dir.h"
#include "sync/commands.h"
#include "sync/review_sla.h"
#include "sync/sync_service.h"

namespace outpost {
namespace {

using namespace std::chrono_literals;

Timestamp at(const char* iso) { return *parse_iso8601(iso); }

// ---- pure rules ----

TEST(ReviewAlerts, ASpikeNeedsTwiceTheUsualRateAndAFloor) {
    // Quiet location: one or two complaints are no spike, three are.
    EXPECT_FALSE(rules::complaint_spike({1, 0}));
    EXPECT_FALSE(rules::complaint_spike({2, 0}));
    EXPECT_TRUE(rules::complaint_spike({3, 0}));
    // Busy location: 2,688 complaints in 28 days is 2 per 30 minutes; 4 is twice that.
    EXPECT_FALSE(rules::complaint_spike({3, 2688}));
    auto spike = rules::complaint_spike({4, 2688});
    ASSERT_TRUE(spike);
    EXPECT_DOUBLE_EQ(spike->usual_per_window, 2.0);
    EXPECT_DOUBLE_EQ(spike->threshold, 4.0);
}

TEST(ReviewAlerts, ABurstIsFiveReviewsFromNewAccountsWithinAnHour) {
    const Timestamp now = at("2026-11-27T12:00:00Z");
    std::vector<rules::ReviewSignal> reviews;
    for (int i = 0; i < 4; ++i) reviews.push_back({now - std::chrono::minutes(10 * i), 1});
    reviews.push_back({now - 5min, std::nullopt});  // unknown author: not counted
    reviews.push_back({now - 90min, 0});            // outside the window
    reviews.push_back({now - 1min, 40});            // an established author
    EXPECT_FALSE(rules::fake_review_burst(reviews, now));
    reviews.push_back({now - 2min, 0});
    auto burst = rules::fake_review_burst(reviews, now);
    ASSERT_TRUE(burst);
    EXPECT_EQ(burst->new_accounts, 5);
    EXPECT_EQ(burst->first, now - 30min);
}

TEST(ReviewSla, ObligationsFollowTheRatingSeverityAndAuthor) {
    using rules::SlaItemType;
    auto types = [](const std::vector<sync::ReviewObligation>& list) {
        std::vector<std::string> out;
        for (const auto& o : list) out.push_back(std::string(rules::to_string(o.type)) + "/" + std::string(rules::to_string(o.priority)));
        return out;
    };
    EXPECT_EQ(types(sync::review_obligations(5, rules::Severity::low, false)),
              (std::vector<std::string>{"review_public_reply/normal"}));
    EXPECT_EQ(types(sync::review_obligations(5, rules::Severity::low, true)),
              (std::vector<std::string>{"review_public_reply/urgent"}));
    EXPECT_EQ(types(sync::review_obligations(2, rules::Severity::medium, false)),
              (std::vector<std::string>{"review_acknowledge/high", "review_public_reply/normal",
                                        "review_private_outreach/normal", "review_resolution/high"}));
}

// ---- with a store ----

class ReviewFlowTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto db = store::open_engine_store(m_dir.file("engine.db"), "test passphrase", store::OpenMode::create_if_missing);
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db.emplace(std::move(*db));
        store::SqlOrgRepository org(*m_db);
        ASSERT_TRUE(org.save(Brand{BrandId("b"), "Brand"}).ok());
        ASSERT_TRUE(org.save(Region{RegionId("r"), BrandId("b"), "Region"}).ok());
        WeeklyHours hours;
        for (int day = 1; day <= 5; ++day) hours[day] = {{9 * 60, 17 * 60}};  // Monday to Friday, 9-17
        ASSERT_TRUE(org.save(Location{LocationId("loc-a"), RegionId("r"), "Downtown", "", "UTC", hours}).ok());
        ASSERT_TRUE(org.save(Location{LocationId("loc-b"), RegionId("r"), "Uptown", "", "UTC", hours}).ok());
        exec("INSERT INTO profile(id, first_name, last_name, primary_email, primary_phone, home_location_id, "
             "membership_status) VALUES(7, 'Ana', 'Ruiz', 'ana@example.com', '+15125550100', 'loc-a', 'active')");
    }

    void exec(const std::string& sql) {
        auto r = m_db->exec(sql);
        ASSERT_TRUE(r.ok()) << r.error().message << "\n" << sql;
    }
    std::int64_t count(const std::string& sql) {
        auto n = m_db->query_int(sql);
        EXPECT_TRUE(n.ok()) << sql;
        return n.ok() ? *n : -1;
    }
    std::string text(const std::string& sql) {
        auto stmt = m_db->prepare(sql);
        EXPECT_TRUE(stmt.ok());
        auto has = stmt->step();
        EXPECT_TRUE(has.ok() && *has) << sql;
        return has.ok() && *has ? stmt->string(0) : "";
    }

    // Imports generic JSON review records; each is {rating, text, platform_id, ...}.
    ingest::ImportSummary import(Json records) {
        for (auto& r : records) {
            if (!r.contains("platform")) r["platform"] = "google";
            if (!r.contains("location_id")) r["location_id"] = "loc-a";
            if (!r.contains("posted_at")) r["posted_at"] = format_iso8601(m_clock.now() - 5min);
        }
        const std::string doc = records.dump();
        auto parsed = ingest::parse_reviews(doc, ingest::ReviewFormat::generic);
        EXPECT_TRUE(parsed.ok());
        ingest::ReviewImporter importer(*m_db, m_clock);
        auto summary = importer.import(std::move(*parsed), {}, doc);
        EXPECT_TRUE(summary.ok()) << summary.error().message;
        return summary.ok() ? *summary : ingest::ImportSummary{};
    }
    std::int64_t review_id(const std::string& platform_id) {
        return count("SELECT id FROM review WHERE platform_review_id = '" + platform_id + "'");
    }

    testing::TempDir m_dir;
    std::optional<store::Database> m_db;
    ManualClock m_clock{at("2026-11-27T16:30:00Z")};  // a Friday, half an hour before closing
};

TEST_F(ReviewFlowTest, LowStaysInTheInboxMediumGetsAManagerTaskHighGoesToTheRegionWithEvidence) {
    const auto summary = import(Json::array({
        {{"rating", 5}, {"text", "Great classes and friendly coaches"}, {"platform_id", "low"}},
        {{"rating", 2}, {"text", "The showers were cold again and nobody at the desk cared"}, {"platform_id", "med"}},
        {{"rating", 1}, {"text", "I slipped on the wet floor and my lawyer will hear about it"}, {"platform_id", "high"},
         {"author", "Ana P."}},
    }));
    EXPECT_EQ(summary.imported, 3);
    EXPECT_EQ(summary.tasks, 2);
    EXPECT_EQ(count("SELECT count(*) FROM task WHERE source_id = '" + std::to_string(review_id("low")) + "'"), 0);

    const std::string med = "review/" + std::to_string(review_id("med"));
    EXPECT_EQ(text("SELECT source || ':' || source_id || ':' || urgency || ':' || escalation_level FROM task WHERE id = '" + med + "'"),
              "review:" + std::to_string(review_id("med")) + ":high:location");
    EXPECT_EQ(count("SELECT count(*) FROM task_evidence WHERE task_id = '" + med + "'"), 0);

    const std::string high = "review/" + std::to_string(review_id("high"));
    EXPECT_EQ(text("SELECT urgency || ':' || escalation_level FROM task WHERE id = '" + high + "'"), "urgent:region");
    EXPECT_EQ(text("SELECT summary FROM task WHERE id = '" + med + "'"),
              "2-star google review: \"The showers were cold again and nobody at the desk cared\"");
    EXPECT_EQ(text("SELECT summary FROM task WHERE id = '" + high + "'"),
              "1-star google review (high severity) by Ana P.: \"I slipped on the wet floor and my lawyer will hear about it\"");
    EXPECT_EQ(count("SELECT count(*) FROM task, json_each(task.reasons) WHERE task.id = '" + high + "' AND value = 'legal'"), 1);
    auto bundle = parse_json(text("SELECT bundle FROM task_evidence WHERE task_id = '" + high + "'"));
    ASSERT_TRUE(bundle.ok());
    EXPECT_EQ((*bundle)["review"]["rating"], 1);
    EXPECT_TRUE((*bundle)["customer_id"].is_null());
    // Desks receive the task, its history and the evidence.
    EXPECT_EQ(count("SELECT count(*) FROM change_log WHERE entity IN ('task', 'task_event', 'task_evidence') AND "
                    "entity_id LIKE '" + high + "%'"), 3);

    // Importing the same reviews again creates nothing new.
    const auto again = import(Json::array({
        {{"rating", 2}, {"text", "The showers were cold again and nobody at the desk cared"}, {"platform_id", "med"}},
    }));
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(count("SELECT count(*) FROM task"), 2);
}

TEST_F(ReviewFlowTest, EvidenceCarriesTheLinkedCustomersVisitsAndPriorContacts) {
    exec("INSERT INTO visit(id, profile_id, location_id, visited_at) VALUES(1, 7, 'loc-a', " +
         std::to_string(store::to_db(m_clock.now() - 48h)) + ")");
    exec("INSERT INTO profile_note(id, profile_id, location_id, author_id, author_name, text, created_at) VALUES("
         "'n1', 7, 'loc-a', 1, 'Sam', 'Asked about a refund', " + std::to_string(store::to_db(m_clock.now() - 24h)) + ")");
    Review r;
    r.platform = Platform::google;
    r.platform_review_id = "linked";
    r.location_id = LocationId("loc-a");
    r.rating = 1;
    r.text = "The trainer discriminated against me";
    r.posted_at = m_clock.now() - 1h;
    r.profile_id = ProfileId(7);
    exec("INSERT INTO review(id, platform, platform_review_id, location_id, rating, text, posted_at, profile_id) "
         "VALUES(50, 'google', 'linked', 'loc-a', 1, 'x', 0, 7)");
    r.id = ReviewId(50);
    rules::Triage triage;
    triage.severity = rules::Severity::high;
    triage.reasons.push_back({"keyword:discrimination:discriminated", ""});
    ingest::ReviewFlow flow(*m_db, m_clock.now());
    ASSERT_TRUE(flow.route({&r, &triage, std::nullopt, false}).ok());
    ASSERT_TRUE(flow.finish().ok());
    auto bundle = parse_json(text("SELECT bundle FROM task_evidence WHERE task_id = 'review/50'"));
    ASSERT_TRUE(bundle.ok());
    EXPECT_EQ((*bundle)["customer_id"], 7);
    ASSERT_EQ((*bundle)["recent_visits"].size(), 1u);
    ASSERT_EQ((*bundle)["prior_notes"].size(), 1u);
    EXPECT_EQ((*bundle)["prior_notes"][0]["text"], "Asked about a refund");
    EXPECT_EQ(text("SELECT profile_id FROM task WHERE id = 'review/50'"), "7");
}

TEST_F(ReviewFlowTest, ReviewClocksRunInBusinessHoursWarnBreachAndEscalateInTheMonitor) {
    import(Json::array({{{"rating", 1}, {"text", "Rude staff at the front desk"}, {"platform_id", "p1"}}}));
    const std::string id = std::to_string(review_id("p1")) + ":review_acknowledge";
    // Ingested Friday 16:30 with the location open until 17:00: the hour ends Monday 09:30.
    EXPECT_EQ(count("SELECT due_at FROM review_sla WHERE id = '" + id + "'"), store::to_db(at("2026-11-30T09:30:00Z")));
    EXPECT_EQ(count("SELECT warning_at FROM review_sla WHERE id = '" + id + "'"), store::to_db(at("2026-11-30T09:15:00Z")));
    EXPECT_EQ(count("SELECT count(*) FROM review_sla WHERE review_id = " + std::to_string(review_id("p1"))), 4);

    engine::SlaMonitor monitor(*m_db, m_clock);
    ASSERT_TRUE(monitor.load().ok());
    m_clock.set(at("2026-11-29T12:00:00Z"));  // Sunday: closed, nothing moves
    auto none = monitor.tick();
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());

    m_clock.set(at("2026-11-30T09:15:00Z"));
    auto warned = monitor.tick();
    ASSERT_TRUE(warned.ok()) << warned.error().message;
    ASSERT_EQ(warned->size(), 1u);
    EXPECT_EQ((*warned)[0].item_id, "review:" + id);
    EXPECT_EQ((*warned)[0].kind, "sla_warning");

    m_clock.set(at("2026-11-30T09:30:00Z"));
    auto breached = monitor.tick();
    ASSERT_TRUE(breached.ok());
    ASSERT_EQ(breached->size(), 1u);
    EXPECT_EQ((*breached)[0].kind, "sla_breached");
    EXPECT_EQ((*breached)[0].level, "region");
    EXPECT_EQ(text("SELECT state || ':' || escalation_level FROM review_sla WHERE id = '" + id + "'"), "breached:region");

    // Met late: the clock stops and leaves the index.
    auto done = sync::complete_review_sla(*m_db, review_id("p1"), rules::SlaItemType::review_acknowledge, m_clock.now());
    ASSERT_TRUE(done.ok());
    ASSERT_TRUE(done->has_value());
    EXPECT_EQ(count("SELECT completed_at FROM review_sla WHERE id = '" + id + "'"), store::to_db(m_clock.now()));
    ASSERT_TRUE(sync::record_changes(*m_db, {**done}, m_clock.now()).ok());
    ASSERT_TRUE(monitor.follow_changes().ok());
    m_clock.set(at("2026-11-30T16:00:00Z"));
    auto later = monitor.tick();
    ASSERT_TRUE(later.ok());
    for (const auto& n : *later) EXPECT_NE(n.item_id, "review:" + id);
    // Completing twice changes nothing.
    auto twice = sync::complete_review_sla(*m_db, review_id("p1"), rules::SlaItemType::review_acknowledge, m_clock.now());
    ASSERT_TRUE(twice.ok());
    EXPECT_FALSE(twice->has_value());
}

TEST_F(ReviewFlowTest, InfluentialAuthorsGetTheTwoHourReplyAndAcknowledgingMeetsTheClock) {
    import(Json::array({{{"rating", 4}, {"text", "Nice place"}, {"platform_id", "guide"}, {"author_review_count", 250}},
                        {{"rating", 2}, {"text", "Broken machines all week"}, {"platform_id", "ack"}}}));
    EXPECT_EQ(text("SELECT priority FROM review_sla WHERE id = '" + std::to_string(review_id("guide")) +
                   ":review_public_reply'"),
              "urgent");
    // review.set_status acknowledged (as the engine applies it) completes the acknowledgement.
    sync::CommandContext c;
    c.client_id = "desk-1";
    c.mutation_id = 1;
    c.user_id = UserId(1);
    c.user_name = "Manager";
    c.now = m_clock.now() + 10min;
    sync::Command cmd{1, "review.set_status", {{"review_id", review_id("ack")}, {"status", "acknowledged"}}, {}};
    auto prepared = sync::prepare_command(*m_db, c, cmd);
    ASSERT_TRUE(prepared.ok()) << prepared.error().message;
    auto changed = prepared->run();
    ASSERT_TRUE(changed.ok()) << changed.error().message;
    EXPECT_EQ(changed->size(), 2u);
    const std::string ack = std::to_string(review_id("ack"));
    EXPECT_EQ(text("SELECT state FROM review_sla WHERE id = '" + ack + ":review_acknowledge'"), "met");
    EXPECT_EQ(count("SELECT completed_at IS NULL FROM review_sla WHERE id = '" + ack + ":review_public_reply'"), 1);
}

TEST_F(ReviewFlowTest, BackfilledReviewsAreStoredButNotRouted) {
    const auto summary = import(Json::array({{{"rating", 1}, {"text", "Awful, dirty lockers"}, {"platform_id", "old"},
                                              {"posted_at", "2026-06-01T10:00:00Z"}}}));
    EXPECT_EQ(summary.imported, 1);
    EXPECT_EQ(count("SELECT count(*) FROM task"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM review_sla"), 0);
}

TEST_F(ReviewFlowTest, AComplaintSpikeRaisesOneOpenAlertAndAQuietComplaintNone) {
    // Usual rate at loc-a: 28 complaints in 28 days (well under one per 30 minutes).
    for (int d = 1; d <= 28; ++d) {
        exec("INSERT INTO review(platform, platform_review_id, location_id, rating, posted_at) VALUES('yelp', 'old" +
             std::to_string(d) + "', 'loc-a', 1, " + std::to_string(store::to_db(m_clock.now() - std::chrono::hours(24 * d))) + ")");
    }
    import(Json::array({{{"rating", 1}, {"text", "Terrible service today"}, {"platform_id", "q1"}, {"location_id", "loc-b"}}}));
    EXPECT_EQ(count("SELECT count(*) FROM alert"), 0);
    const auto summary = import(Json::array({{{"rating", 1}, {"text", "Cold showers"}, {"platform_id", "s1"}},
                                             {{"rating", 2}, {"text", "Rude coach"}, {"platform_id", "s2"}},
                                             {{"rating", 1}, {"text", "Broken lockers"}, {"platform_id", "s3"}}}));
    EXPECT_EQ(summary.alerts, 1);
    EXPECT_EQ(text("SELECT location_id || ':' || kind FROM alert"), "loc-a:complaint_spike");
    auto detail = parse_json(text("SELECT detail FROM alert"));
    ASSERT_TRUE(detail.ok());
    EXPECT_EQ((*detail)["complaints"], 3);
    // Still open: another complaint adds no second alert.
    import(Json::array({{{"rating", 1}, {"text", "Still no hot water"}, {"platform_id", "s4"}}}));
    EXPECT_EQ(count("SELECT count(*) FROM alert"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM change_log WHERE entity = 'alert'"), 1);
}

TEST_F(ReviewFlowTest, ManyReviewsFromNewAccountsRaiseAFakeReviewBurst) {
    Json records = Json::array();
    for (int i = 0; i < 5; ++i) {
        records.push_back({{"rating", 5}, {"text", "Best gym ever number " + std::to_string(i)}, {"platform_id", "f" + std::to_string(i)},
                           {"author_review_count", i % 2}, {"posted_at", format_iso8601(m_clock.now() - std::chrono::minutes(5 * i))}});
    }
    const auto summary = import(records);
    EXPECT_EQ(summary.alerts, 1);
    EXPECT_EQ(text("SELECT kind FROM alert"), "fake_review_burst");
}

// ---- review requests ----

class ReviewRequestTest : public ReviewFlowTest {
protected:
    void visit(int id, std::chrono::hours ago, int profile = 7) {
        exec("INSERT INTO visit(id, profile_id, location_id, visited_at) VALUES(" + std::to_string(id) + ", " +
             std::to_string(profile) + ", 'loc-a', " + std::to_string(store::to_db(m_clock.now() - ago)) + ")");
    }
    void consent(bool granted) {
        profiles::ConsentEntry e{ProfileId(7), "email", granted, "front_desk", "email-terms-1", m_clock.now() - 100h};
        ASSERT_TRUE(profiles::record_consent(*m_db, e, m_clock.now()).ok());
    }
    engine::ReviewRequestRun run() {
        engine::SandboxChannel channel(*m_db);
        auto r = engine::send_review_requests(*m_db, channel, m_clock.now());
        EXPECT_TRUE(r.ok()) << r.error().message;
        return r.ok() ? *r : engine::ReviewRequestRun{};
    }
};

TEST_F(ReviewRequestTest, SentOnceInsideTheWindowOnly) {
    consent(true);
    visit(1, 10h);  // too early
    visit(2, 50h);  // too late
    visit(3, 30h);
    EXPECT_EQ(run().sent, 1);
    EXPECT_EQ(text("SELECT state || ':' || channel FROM review_request WHERE visit_id = 3"), "sent:email");
    EXPECT_EQ(text("SELECT recipient FROM sandbox_message"), "ana@example.com");
    EXPECT_EQ(count("SELECT count(*) FROM review_request WHERE visit_id IN (1, 2)"), 0);
    // Never twice: the next tick sends nothing, and visit 1 coming into its window is a repeat.
    EXPECT_EQ(run().sent, 0);
    m_clock.advance(20h);
    const auto later = run();
    EXPECT_EQ(later.sent, 0);
    EXPECT_EQ(text("SELECT reason FROM review_request WHERE visit_id = 1"), "recently_asked");
    EXPECT_EQ(count("SELECT count(*) FROM sandbox_message"), 1);
}

TEST_F(ReviewRequestTest, WithoutConsentAtSendTimeItIsSkippedWithTheReason) {
    consent(true);
    consent(false);  // withdrawn later, before the send
    visit(1, 30h);
    EXPECT_EQ(run().skipped, 1);
    EXPECT_EQ(text("SELECT state || ':' || reason FROM review_request WHERE visit_id = 1"), "skipped:no_consent");
    EXPECT_EQ(count("SELECT count(*) FROM sandbox_message"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM decision_log WHERE rule_id = 'review_request'"), 1);
}

TEST_F(ReviewRequestTest, AComplaintSuppressesTheRequest) {
    consent(true);
    exec("INSERT INTO review(platform, platform_review_id, location_id, rating, posted_at, profile_id) VALUES('google', "
         "'c1', 'loc-a', 2, " + std::to_string(store::to_db(m_clock.now() - 240h)) + ", 7)");
    visit(1, 30h);
    EXPECT_EQ(run().suppressed, 1);
    EXPECT_EQ(text("SELECT state || ':' || reason FROM review_request WHERE visit_id = 1"), "suppressed:complaint");
    EXPECT_EQ(count("SELECT count(*) FROM sandbox_message"), 0);
}

}  // namespace
}  // namespace outpost
