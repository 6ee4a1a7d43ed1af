// The at-risk score: every component and knob against examples worked out by hand, bands,
// staleness at 48 hours, the expected value of outreach and the quota week.
#include <gtest/gtest.h>

#include "profiles/at_risk.h"

namespace outpost::profiles {
namespace {

using namespace std::chrono_literals;

Timestamp at(const char* text) { return *parse_iso8601(text); }

class AtRiskTest : public ::testing::Test {
protected:
    ManualClock m_clock{at("2026-11-24T12:00:00Z")};
    AtRiskInputs visited_days_ago(int days) {
        AtRiskInputs in;
        in.last_visit = m_clock.now() - std::chrono::days(days);
        return in;
    }
};

TEST_F(AtRiskTest, RecencyIsZeroUpTo14DaysFifteenUpTo30ThirtyBeyond) {
    EXPECT_EQ(score_at_risk(visited_days_ago(14), {}, m_clock).recency, 0);
    EXPECT_EQ(score_at_risk(visited_days_ago(15), {}, m_clock).recency, 15);
    EXPECT_EQ(score_at_risk(visited_days_ago(30), {}, m_clock).recency, 15);
    EXPECT_EQ(score_at_risk(visited_days_ago(31), {}, m_clock).recency, 30);
    auto never = score_at_risk(AtRiskInputs{}, {}, m_clock);
    EXPECT_EQ(never.recency, 30);
    EXPECT_EQ(never.reasons.front(), "no_visit_on_record");
}

TEST_F(AtRiskTest, RecencySensitivityDividesTheThresholds) {
    AtRiskKnobs sharp{2.0, 1.0, 1.0};  // 7 and 15 days
    EXPECT_EQ(score_at_risk(visited_days_ago(7), sharp, m_clock).recency, 0);
    EXPECT_EQ(score_at_risk(visited_days_ago(8), sharp, m_clock).recency, 15);
    EXPECT_EQ(score_at_risk(visited_days_ago(16), sharp, m_clock).recency, 30);
    AtRiskKnobs relaxed{0.5, 1.0, 1.0};  // 28 and 60 days
    EXPECT_EQ(score_at_risk(visited_days_ago(28), relaxed, m_clock).recency, 0);
    EXPECT_EQ(score_at_risk(visited_days_ago(60), relaxed, m_clock).recency, 15);
    EXPECT_EQ(score_at_risk(visited_days_ago(61), relaxed, m_clock).recency, 30);
}

TEST_F(AtRiskTest, FrequencyDropAgainstTheMonthlyAverageOfTheTwoMonthsBefore) {
    auto in = visited_days_ago(2);
    in.visits_days_31_90 = 16;  // 8 a month
    in.visits_last_30d = 2;     // drop (8 - 2) / 8 = 0.75 -> 18.75 -> 19
    EXPECT_EQ(score_at_risk(in, {}, m_clock).frequency, 19);
    in.visits_last_30d = 8;
    EXPECT_EQ(score_at_risk(in, {}, m_clock).frequency, 0);
    in.visits_last_30d = 0;
    EXPECT_EQ(score_at_risk(in, {}, m_clock).frequency, 25);
    in.visits_days_31_90 = 0;  // no baseline, no drop
    EXPECT_EQ(score_at_risk(in, {}, m_clock).frequency, 0);
}

TEST_F(AtRiskTest, PaymentFrictionAndItsWeight) {
    auto in = visited_days_ago(2);
    in.payment_failures_90d = 1;
    EXPECT_EQ(score_at_risk(in, {}, m_clock).payment, 10);
    in.latest_payment_failed = true;  // 10 + 5
    EXPECT_EQ(score_at_risk(in, {}, m_clock).payment, 15);
    in.payment_failures_90d = 3;  // min(20, 30) + 5
    EXPECT_EQ(score_at_risk(in, {}, m_clock).payment, 25);
    in.payment_failures_90d = 1;
    EXPECT_EQ(score_at_risk(in, {1.0, 1.5, 1.0}, m_clock).payment, 23);  // 15 x 1.5 = 22.5 -> 23
    EXPECT_EQ(score_at_risk(in, {1.0, 0.5, 1.0}, m_clock).payment, 8);   // 7.5 -> 8
    EXPECT_EQ(score_at_risk(in, {1.0, 2.0, 1.0}, m_clock).payment, 25);  // 30, capped
    EXPECT_EQ(score_at_risk(in, {1.0, 0.0, 1.0}, m_clock).payment, 0);
}

TEST_F(AtRiskTest, EngagementDecayAndItsMultiplier) {
    auto in = visited_days_ago(2);
    in.engagement_days_31_90 = 10;  // 5 a month
    in.engagement_last_30d = 3;     // drop 0.4 -> 6
    EXPECT_EQ(score_at_risk(in, {}, m_clock).engagement, 6);
    EXPECT_EQ(score_at_risk(in, {1.0, 1.0, 2.0}, m_clock).engagement, 12);
    EXPECT_EQ(score_at_risk(in, {1.0, 1.0, 3.0}, m_clock).engagement, 15);  // 18, capped
    EXPECT_EQ(score_at_risk(in, {1.0, 1.0, 0.5}, m_clock).engagement, 3);
}

TEST_F(AtRiskTest, SupportAndSentiment) {
    auto in = visited_days_ago(2);
    in.tickets_90d = 1;
    EXPECT_EQ(score_at_risk(in, {}, m_clock).support, 2);
    in.detractors_90d = 1;  // 2 + 3
    EXPECT_EQ(score_at_risk(in, {}, m_clock).support, 5);
    in.tickets_90d = 4;
    EXPECT_EQ(score_at_risk(in, {}, m_clock).support, 5);
}

TEST_F(AtRiskTest, TotalAndBands) {
    AtRiskInputs in = visited_days_ago(20);  // 15
    in.visits_days_31_90 = 8;                // 4 a month, none lately: 25
    EXPECT_EQ(score_at_risk(in, {}, m_clock).total, 40);
    EXPECT_EQ(score_at_risk(in, {}, m_clock).band, "medium");
    in.payment_failures_90d = 3;  // + 20
    in.engagement_days_31_90 = 4;
    in.engagement_last_30d = 1;  // drop 0.5 -> 8 (7.5 rounds up)
    const auto s = score_at_risk(in, {}, m_clock);
    EXPECT_EQ(s.payment, 20);
    EXPECT_EQ(s.engagement, 8);
    EXPECT_EQ(s.total, 68);
    EXPECT_EQ(s.band, "medium");
    in.tickets_90d = 1;
    EXPECT_EQ(score_at_risk(in, {}, m_clock).total, 70);
    EXPECT_EQ(score_at_risk(in, {}, m_clock).band, "high");
    EXPECT_EQ(at_risk_band(39), "low");
    EXPECT_EQ(at_risk_band(40), "medium");
    EXPECT_EQ(at_risk_band(69), "medium");
    EXPECT_EQ(at_risk_band(70), "high");
    EXPECT_EQ(s.computed_at, m_clock.now());
}

TEST_F(AtRiskTest, StaleAfter48Hours) {
    const Timestamp computed = m_clock.now();
    m_clock.advance(48h);
    EXPECT_FALSE(is_stale(computed, m_clock));
    m_clock.advance(1ms);
    EXPECT_TRUE(is_stale(computed, m_clock));
}

TEST_F(AtRiskTest, ExpectedValueOfOutreachByBand) {
    EXPECT_EQ(outreach_value_cents("medium", 100'000, 500), 29'500);  // 0.30 x 1000.00 - 5.00
    EXPECT_EQ(outreach_value_cents("high", 100'000, 500), 19'500);
    EXPECT_EQ(outreach_value_cents("low", 100'000, 500), 4'500);
    EXPECT_EQ(outreach_value_cents("high", 1'000, 500), -300);
}

TEST_F(AtRiskTest, QuotaWeeksStartOnMondayUtc) {
    EXPECT_EQ(week_start(at("2026-11-24T12:00:00Z")), at("2026-11-23T00:00:00Z"));  // a Tuesday
    EXPECT_EQ(week_start(at("2026-11-23T00:00:00Z")), at("2026-11-23T00:00:00Z"));
    EXPECT_EQ(week_start(at("2026-11-29T23:59:59Z")), at("2026-11-23T00:00:00Z"));
}

}  // namespace
}  // namespace outpost::profiles
