// The front desk on a replica, without an engine: as-you-type search over desk_search (prefixes,
// phone formats, email case, ids), the exact match of a scanned card, and each alert of the card.
#include <gtest/gtest.h>

#include "profiles/front_desk.h"
#include "support/temp_dir.h"
#include "sync/replica.h"

namespace outpost::profiles {
namespace {

using namespace std::chrono_literals;

class FrontDeskTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = sync::Replica::open(m_dir.file("desk.db"), "x'" + std::string(64, 'b') + "'", m_clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        m_replica = std::move(*opened);
        exec("INSERT INTO location(id, region_id, name, time_zone) VALUES('loc-a', 'r', 'A', 'America/Chicago')");
        add(1, "Ana", "Diaz", "+15125550123", "ana.diaz@example.com", "'M000001'", "'8000001123'");
        add(2, "Andrew", "Diaz", "+15125550999", "andrew@example.com", "'M000002'", "'8000001124'");
        add(3, "Zoe", "Park", "+442071234567", "zoe@example.com", "NULL", "NULL");
    }
    void exec(const std::string& sql) {
        auto done = m_replica->read([&](store::Database& db) { return db.exec(sql); });
        ASSERT_TRUE(done.ok()) << done.error().message << "\n" << sql;
    }
    void add(int id, const std::string& first, const std::string& last, const std::string& phone, const std::string& email,
             const std::string& member, const std::string& card) {
        exec("INSERT INTO profile(id, first_name, last_name, primary_phone, primary_email, home_location_id, "
             "membership_status, consent_sms, consent_email, member_id, access_card_id, external_id, birthday) VALUES(" +
             std::to_string(id) + ", '" + first + "', '" + last + "', '" + phone + "', '" + email +
             "', 'loc-a', 'active', 1, 0, " + member + ", " + card + ", 'crm-" + std::to_string(id) + "', '1990-03-02')");
    }
    std::vector<std::int64_t> search(const std::string& query, int limit = 10) {
        auto hits = m_replica->read([&](store::Database& db) { return search_replica(db, query, limit); });
        EXPECT_TRUE(hits.ok()) << hits.error().message;
        std::vector<std::int64_t> ids;
        for (const auto& h : hits.value_or(std::vector<SearchHit>{})) ids.push_back(h.id.value());
        return ids;
    }
    DeskLookup lookup(const std::string& text) {
        auto found = m_replica->read([&](store::Database& db) { return front_desk_lookup(db, text, m_clock); });
        EXPECT_TRUE(found.ok()) << found.error().message;
        return found.value_or(DeskLookup{});
    }
    std::vector<std::string> alerts(std::int64_t id) {
        auto card = m_replica->read([&](store::Database& db) { return member_card(db, ProfileId(id), m_clock); });
        EXPECT_TRUE(card.ok()) << card.error().message;
        std::vector<std::string> codes;
        for (const auto& a : card.value_or(MemberCard{}).alerts) codes.push_back(a.code);
        return codes;
    }

    testing::TempDir m_dir;
    ManualClock m_clock{*parse_iso8601("2026-11-24T09:30:00Z")};
    std::unique_ptr<sync::Replica> m_replica;
};

using Ids = std::vector<std::int64_t>;

TEST_F(FrontDeskTest, NamePrefixesAsYouTypeEachProfileOnce) {
    EXPECT_EQ(search("a"), (Ids{1, 2}));  // "ana" and "ana diaz" are both keys of profile 1: listed once
    EXPECT_EQ(search("an"), (Ids{1, 2}));
    EXPECT_EQ(search("ana"), (Ids{1}));
    EXPECT_EQ(search("Ana D"), (Ids{1}));
    EXPECT_EQ(search("  DIAZ "), (Ids{1, 2}));
    EXPECT_EQ(search("an", 1).size(), 1u);
    EXPECT_TRUE(search("q").empty());
    EXPECT_TRUE(search("   ").empty());
}

TEST_F(FrontDeskTest, PhonesInAnyFormatEmailsInAnyCaseAndIds) {
    EXPECT_EQ(search("+1 (512) 555-0123"), (Ids{1}));
    EXPECT_EQ(search("512-555-0123"), (Ids{1}));  // the national number alone
    EXPECT_EQ(search("512.555"), (Ids{1, 2}));
    EXPECT_EQ(search("+44 20 7123"), (Ids{3}));
    EXPECT_EQ(search("ANA.Diaz@Example"), (Ids{1}));
    EXPECT_EQ(search("crm-2"), (Ids{2}));
    EXPECT_EQ(search("m000001"), (Ids{1}));
}

TEST_F(FrontDeskTest, SearchFollowsEditsAndLeavesMergedProfilesOut) {
    exec("UPDATE profile SET first_name = 'Anna', membership_status = 'frozen' WHERE id = 1");
    EXPECT_EQ(search("anna"), (Ids{1}));
    auto hits = m_replica->read([&](store::Database& db) { return search_replica(db, "anna", 5); });
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->front().membership_status, "frozen");
    EXPECT_EQ(hits->front().home_location_id, "loc-a");
    exec("UPDATE profile SET merged_into = 1 WHERE id = 2");
    EXPECT_EQ(search("diaz"), (Ids{1}));
    exec("DELETE FROM profile WHERE id = 1");
    EXPECT_TRUE(search("diaz").empty());
}

TEST_F(FrontDeskTest, SearchKeysFollowEachFieldAndAnUnmerge) {
    exec("UPDATE profile SET primary_phone = '+15125557777' WHERE id = 1");
    EXPECT_TRUE(search("512-555-0123").empty());
    EXPECT_EQ(search("512-555-7777"), (Ids{1}));
    exec("UPDATE profile SET last_name = 'Ortiz' WHERE id = 1");
    auto hits = m_replica->read([&](store::Database& db) { return search_replica(db, "ana", 5); });
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ(hits->front().last_name, "Ortiz");  // the first-name key shows the new last name
    EXPECT_EQ(hits->front().primary_phone, "+15125557777");
    EXPECT_EQ(search("diaz"), (Ids{2}));
    exec("UPDATE profile SET merged_into = 2 WHERE id = 1");
    EXPECT_TRUE(search("ortiz").empty());
    exec("UPDATE profile SET merged_into = NULL WHERE id = 1");  // unmerged: found again
    EXPECT_EQ(search("ortiz"), (Ids{1}));
    EXPECT_EQ(search("m000001"), (Ids{1}));
}

TEST_F(FrontDeskTest, AScannedCardIsOneMemberByExactMatch) {
    auto scanned = lookup("8000001124\r\n");  // the wedge scanner's Enter
    EXPECT_EQ(scanned.matched_by, "access_card_id");
    ASSERT_TRUE(scanned.card);
    EXPECT_EQ(scanned.card->profile.id.value(), 2);
    EXPECT_EQ(scanned.card->access_card_id, "8000001124");
    // Half a card number is not a card: both holders of the prefix are offered.
    auto partial = lookup("80000011");
    EXPECT_EQ(partial.matched_by, "search");
    EXPECT_FALSE(partial.card);
    EXPECT_EQ(partial.candidates.size(), 2u);
    auto member = lookup("M000001");
    EXPECT_EQ(member.matched_by, "member_id");
    ASSERT_TRUE(member.card);
    EXPECT_EQ(member.card->profile.id.value(), 1);
    auto typed = lookup("zoe");
    EXPECT_EQ(typed.matched_by, "search");
    ASSERT_TRUE(typed.card);  // one hit: the member
    EXPECT_EQ(typed.card->profile.id.value(), 3);
    EXPECT_EQ(lookup("nobody").matched_by, "none");
}

TEST_F(FrontDeskTest, ACleanMemberHasNoAlerts) { EXPECT_TRUE(alerts(1).empty()); }

TEST_F(FrontDeskTest, RecentFailedPaymentAlerts) {
    const auto now = m_clock.now();
    exec("UPDATE profile SET payment_failed_at = " + std::to_string((now - 72h).time_since_epoch().count()) + " WHERE id = 1");
    exec("UPDATE profile SET payment_failed_at = " + std::to_string((now - 24h * 40).time_since_epoch().count()) + " WHERE id = 2");
    EXPECT_EQ(alerts(1), (std::vector<std::string>{"payment_failed"}));
    EXPECT_TRUE(alerts(2).empty());  // more than 30 days ago
}

TEST_F(FrontDeskTest, HighAtRiskBandAlerts) {
    exec("INSERT INTO at_risk_score(profile_id, location_id, score, band, recency, frequency, payment, engagement, support, "
         "reasons, expected_value_cents, computed_at) VALUES(1, 'loc-a', 82, 'high', 30, 25, 20, 5, 2, '[]', 1000, 0), "
         "(2, 'loc-a', 55, 'medium', 15, 25, 10, 5, 0, '[]', 1000, 0)");
    EXPECT_EQ(alerts(1), (std::vector<std::string>{"at_risk_high"}));
    EXPECT_TRUE(alerts(2).empty());
    auto card = m_replica->read([&](store::Database& db) { return member_card(db, ProfileId(2), m_clock); });
    ASSERT_TRUE(card.ok());
    EXPECT_EQ(card->at_risk_score, 55);
    EXPECT_EQ(card->at_risk_band, "medium");
}

TEST_F(FrontDeskTest, OpenComplaintsAndTasksAlert) {
    exec("INSERT INTO task(id, type, source, profile_id, location_id, urgency, status, created_at, updated_at, summary) VALUES"
         "('t1', 'complaint', 'manual', 1, 'loc-a', 'high', 'new', 0, 0, 'x'),"
         "('t2', 'callback', 'manual', 1, 'loc-a', 'low', 'assigned', 0, 0, 'y'),"
         "('t3', 'complaint', 'manual', 2, 'loc-a', 'high', 'resolved', 0, 0, 'z')");
    EXPECT_EQ(alerts(1), (std::vector<std::string>{"open_complaint", "open_task"}));
    EXPECT_TRUE(alerts(2).empty());  // resolved
}

TEST_F(FrontDeskTest, MissingConsentAlerts) {
    exec("UPDATE profile SET consent_sms = 0, consent_email = 0 WHERE id = 1");
    exec("UPDATE profile SET consent_sms = 0, consent_email = 1 WHERE id = 2");
    EXPECT_EQ(alerts(1), (std::vector<std::string>{"missing_consent"}));
    EXPECT_TRUE(alerts(2).empty());
}

TEST_F(FrontDeskTest, BirthdayTodayAlerts) {
    exec("UPDATE profile SET birthday = '1988-11-24' WHERE id = 1");
    exec("UPDATE profile SET birthday = '1988-11-25' WHERE id = 2");
    EXPECT_EQ(alerts(1), (std::vector<std::string>{"birthday"}));
    EXPECT_TRUE(alerts(2).empty());
}

TEST_F(FrontDeskTest, TodayListsCheckInsExpectedArrivalsAndNoShows) {
    // Now is 09:30 UTC. Ana booked 08:00 and came at 07:55; Andrew booked 09:00 and did not come;
    // Zoe is booked for 17:00; a visit yesterday does not count.
    const auto at = [](const char* iso) { return std::to_string(parse_iso8601(iso)->time_since_epoch().count()); };
    exec("UPDATE profile SET booking_at = " + at("2026-11-24T08:00:00Z") + " WHERE id = 1");
    exec("UPDATE profile SET booking_at = " + at("2026-11-24T09:00:00Z") + " WHERE id = 2");
    exec("UPDATE profile SET booking_at = " + at("2026-11-24T17:00:00Z") + " WHERE id = 3");
    exec("INSERT INTO visit(id, profile_id, location_id, visited_at) VALUES(1, 1, 'loc-a', " + at("2026-11-24T07:55:00Z") +
         "), (2, 2, 'loc-a', " + at("2026-11-23T09:00:00Z") + ")");
    auto today = m_replica->read([&](store::Database& db) { return today_at_desk(db, LocationId("loc-a"), m_clock); });
    ASSERT_TRUE(today.ok()) << today.error().message;
    auto ids = [](const std::vector<SearchHit>& hits) {
        Ids out;
        for (const auto& h : hits) out.push_back(h.id.value());
        return out;
    };
    EXPECT_EQ(ids(today->checked_in), (Ids{1}));
    EXPECT_EQ(ids(today->expected), (Ids{3}));
    EXPECT_EQ(ids(today->no_shows), (Ids{2}));
    // Within the grace period a late member is still expected.
    m_clock.set(*parse_iso8601("2026-11-24T09:10:00Z"));
    today = m_replica->read([&](store::Database& db) { return today_at_desk(db, LocationId("loc-a"), m_clock); });
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(ids(today->expected), (Ids{2, 3}));
    EXPECT_TRUE(today->no_shows.empty());
}

// The desk's day is the location's: at 21:00 in Chicago (03:00 UTC the next day) the afternoon's
// visit still counts, a booking at 22:00 is still expected, one after midnight is tomorrow's, and
// birthdays are those of the local date.
TEST_F(FrontDeskTest, TodayIsTheLocationsCalendarDayNotTheUtcDay) {
    m_clock.set(*parse_iso8601("2026-11-25T03:00:00Z"));
    const auto at = [](const char* iso) { return std::to_string(parse_iso8601(iso)->time_since_epoch().count()); };
    exec("INSERT INTO visit(id, profile_id, location_id, visited_at) VALUES(1, 1, 'loc-a', " + at("2026-11-24T20:00:00Z") + ")");
    exec("UPDATE profile SET booking_at = " + at("2026-11-25T04:00:00Z") + " WHERE id = 2");
    exec("UPDATE profile SET booking_at = " + at("2026-11-25T07:00:00Z") + " WHERE id = 3");
    auto today = m_replica->read([&](store::Database& db) { return today_at_desk(db, LocationId("loc-a"), m_clock); });
    ASSERT_TRUE(today.ok()) << today.error().message;
    ASSERT_EQ(today->checked_in.size(), 1u);
    EXPECT_EQ(today->checked_in.front().id.value(), 1);
    ASSERT_EQ(today->expected.size(), 1u);
    EXPECT_EQ(today->expected.front().id.value(), 2);
    EXPECT_TRUE(today->no_shows.empty());
    exec("UPDATE profile SET birthday = '1988-11-24' WHERE id = 1");
    exec("UPDATE profile SET birthday = '1988-11-25' WHERE id = 2");
    EXPECT_EQ(alerts(1), (std::vector<std::string>{"birthday"}));
    EXPECT_TRUE(alerts(2).empty());
}

}  // namespace
}  // namespace outpost::profiles
