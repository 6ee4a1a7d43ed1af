// Customer profiles on an engine store: stitching (a family's phone, a recycled number, email
// case), merge and exact unmerge with the false-merge rate, the consent ledger, idempotent events,
// the data-subject export, search, signatures and the weekly outreach quota.
#include <gtest/gtest.h>

#include "access/audit_log.h"
#include "profiles/at_risk_store.h"
#include "profiles/consent.h"
#include "profiles/contract.h"
#include "profiles/dsr.h"
#include "profiles/events.h"
#include "profiles/merge.h"
#include "profiles/search.h"
#include "profiles/signature.h"
#include "profiles/stitching.h"
#include "store/repositories.h"
#include "store/schema.h"
#include "support/temp_dir.h"

namespace outpost::profiles {
namespace {

using namespace std::chrono_literals;

class ProfilesTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto db = store::open_engine_store(m_dir.file("engine.db"), "test", store::OpenMode::create_if_missing);
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::make_unique<store::Database>(std::move(*db));
        ASSERT_TRUE(m_db->exec("INSERT INTO brand VALUES('b', 'Brand'); INSERT INTO region VALUES('r', 'b', 'South');"
                               "INSERT INTO location(id, region_id, name, time_zone) VALUES('austin', 'r', 'Austin', 'America/Chicago');"
                               "INSERT INTO location(id, region_id, name, time_zone) VALUES('boston', 'r', 'Boston', 'America/New_York');")
                        .ok());
    }

    static Identity ident(const Json& subject) {
        auto id = identity_from_json(subject, "subject");
        EXPECT_TRUE(id.ok()) << id.error().message;
        return id.ok() ? *id : Identity{};
    }

    ProfileId stitched(const Identity& id, const LocationId& home = LocationId("austin")) {
        auto r = stitch(*m_db, id, home, "event:test", m_clock.now());
        EXPECT_TRUE(r.ok()) << r.error().message;
        return r.ok() && r->profile ? *r->profile : ProfileId(0);
    }

    std::int64_t scalar(const std::string& sql) { return m_db->query_int(sql).value_or(-1); }

    Json event(const std::string& key, const std::string& type, const Json& subject, Json data = Json::object()) {
        return {{"event_id", "e-" + key}, {"idempotency_key", key}, {"type", type},
                {"occurred_at", format_iso8601(m_clock.now())}, {"location_id", "austin"}, {"source", "crm"},
                {"subject", subject}, {"data", std::move(data)}};
    }

    testing::TempDir m_dir;
    ManualClock m_clock{*parse_iso8601("2026-11-24T15:00:00Z")};
    std::unique_ptr<store::Database> m_db;
    Actor m_actor{UserId(1), "admin"};
};

TEST_F(ProfilesTest, AFamilySharingAPhoneStaysTwoPeople) {
    const auto mother = stitched(ident({{"phone", "+15125550100"}, {"first_name", "Ana"}, {"last_name", "Diaz"}}));
    const auto son = stitched(ident({{"phone", "+1 512 555 0100"}, {"first_name", "Leo"}, {"last_name", "Diaz"}}));
    EXPECT_NE(mother, son);
    // The son again, by phone and name: him, not his mother.
    auto again = match_identity(*m_db, ident({{"phone", "+15125550100"}, {"first_name", "Leo"}, {"last_name", "Diaz"}}));
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(again->profile);
    EXPECT_EQ(*again->profile, son);
    EXPECT_EQ(again->rule, "contact:phone+name");
    // The phone alone decides nothing.
    auto phone_only = match_identity(*m_db, ident({{"phone", "+15125550100"}}));
    ASSERT_TRUE(phone_only.ok());
    EXPECT_FALSE(phone_only->profile);
    EXPECT_EQ(scalar("SELECT count(*) FROM profile_merge"), 0);
}

TEST_F(ProfilesTest, ARecycledNumberDoesNotJoinItsNewOwnerToTheOldOne) {
    const auto bob = stitched(ident({{"external_id", "crm-1"}, {"phone", "+15125550111"}, {"first_name", "Bob"}, {"last_name", "Old"}}));
    const auto carol = stitched(ident({{"phone", "+15125550111"}, {"email", "carol@example.com"}, {"first_name", "Carol"}, {"last_name", "New"}}));
    EXPECT_NE(bob, carol);
    EXPECT_EQ(scalar("SELECT count(*) FROM merge_candidate"), 0);
    // Even with a birthday, one changing field is not enough.
    auto r = match_identity(*m_db, ident({{"phone", "+15125550111"}, {"first_name", "Someone"}, {"birthday", "1990-01-01"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->profile);
}

TEST_F(ProfilesTest, EmailCaseDoesNotMatterAndStableKeysDecide) {
    const auto ana = stitched(ident({{"email", "Ana.Diaz@Example.COM"}, {"first_name", "Ana"}, {"last_name", "Diaz"}}));
    auto r = match_identity(*m_db, ident({{"email", "ana.diaz@example.com"}, {"first_name", "ana"}, {"last_name", "DIAZ"}}));
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->profile);
    EXPECT_EQ(*r->profile, ana);
    EXPECT_EQ(r->rule, "contact:email+name");
    ASSERT_TRUE(m_db->exec("UPDATE profile SET member_id = 'M-7' WHERE id = " + std::to_string(ana.value())).ok());
    auto card = match_identity(*m_db, ident({{"member_id", "M-7"}}));
    ASSERT_TRUE(card.ok() && card->profile);
    EXPECT_EQ(*card->profile, ana);
    EXPECT_EQ(card->rule, "stable:member_id");
}

TEST_F(ProfilesTest, FuzzyMatchesAreOnlySuggestionsAndUnmergeRestoresBoth) {
    const auto a = stitched(ident({{"email", "jane.doe@example.com"}, {"first_name", "Jane"}, {"last_name", "Doe"}, {"birthday", "1990-05-01"}}));
    ASSERT_TRUE(m_db->exec("UPDATE profile SET lifetime_value_cents = 1000 WHERE id = " + std::to_string(a.value())).ok());
    auto second = stitch(*m_db, ident({{"email", "janedoe+gym@example.com"}, {"first_name", "Janet"}, {"last_name", "Doe"}}),
                         LocationId("austin"), "event:test", m_clock.now());
    ASSERT_TRUE(second.ok() && second->profile);
    const auto b = *second->profile;
    EXPECT_TRUE(second->created);  // not merged by itself
    ASSERT_EQ(second->suggestions.size(), 1u);
    auto pending = pending_candidates(*m_db, 10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_DOUBLE_EQ(pending->front().confidence, 0.7);
    EXPECT_EQ(pending->front().reasons, std::vector<std::string>{"similar_email"});
    ASSERT_TRUE(m_db->exec("INSERT INTO visit(profile_id, location_id, visited_at) VALUES(" + std::to_string(b.value()) + ", 'austin', 1)").ok());

    const Json before_a = *read_profile(*m_db, a);
    const Json before_b = *read_profile(*m_db, b);
    access::AuditLog audit(*m_db);
    auto merged = approve_candidate(*m_db, audit, pending->front().id, m_actor, m_clock.now());
    ASSERT_TRUE(merged.ok()) << merged.error().message;
    EXPECT_EQ(scalar("SELECT count(*) FROM visit WHERE profile_id = " + std::to_string(a.value())), 1);
    EXPECT_EQ(scalar("SELECT merged_into FROM profile WHERE id = " + std::to_string(b.value())), a.value());
    EXPECT_EQ(scalar("SELECT count(*) FROM search_key WHERE profile_id = " + std::to_string(b.value())), 0);
    auto stats = merge_stats(*m_db);
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->merges, 1);
    EXPECT_DOUBLE_EQ(stats->false_merge_rate, 0.0);

    auto undone = unmerge(*m_db, audit, *merged, m_actor, m_clock.now());
    ASSERT_TRUE(undone.ok()) << undone.error().message;
    EXPECT_EQ(*read_profile(*m_db, a), before_a);
    EXPECT_EQ(*read_profile(*m_db, b), before_b);
    EXPECT_EQ(scalar("SELECT count(*) FROM visit WHERE profile_id = " + std::to_string(b.value())), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM profile_identity WHERE profile_id = " + std::to_string(a.value()) +
                     " AND value = 'janedoe+gym@example.com'"), 0);
    EXPECT_GT(scalar("SELECT count(*) FROM search_key WHERE profile_id = " + std::to_string(b.value())), 0);
    stats = merge_stats(*m_db);
    EXPECT_DOUBLE_EQ(stats->false_merge_rate, 1.0);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action IN ('profile.merge', 'profile.unmerge')"), 2);
    EXPECT_FALSE(unmerge(*m_db, audit, *merged, m_actor, m_clock.now()).ok());  // once only
}

TEST_F(ProfilesTest, ConsentIsTheLatestLedgerEntryPerChannel) {
    const auto p = stitched(ident({{"first_name", "Ana"}}));
    const Timestamp t0 = m_clock.now();
    ASSERT_TRUE(record_consent(*m_db, {p, "sms", true, "front_desk", "sms-v1", t0}, t0).ok());
    ASSERT_TRUE(record_consent(*m_db, {p, "email", true, "web_form", "email-v3", t0}, t0).ok());
    EXPECT_EQ(scalar("SELECT consent_sms + consent_email FROM profile"), 2);
    // A revoke given earlier but recorded later does not undo the later grant.
    ASSERT_TRUE(record_consent(*m_db, {p, "sms", false, "import", "sms-v1", t0 - 1h}, t0).ok());
    EXPECT_EQ(scalar("SELECT consent_sms FROM profile"), 1);
    ASSERT_TRUE(record_consent(*m_db, {p, "sms", false, "sms_stop", "sms-v1", t0 + 1h}, t0 + 1h).ok());
    auto current = current_consent(*m_db, p);
    ASSERT_TRUE(current.ok());
    EXPECT_FALSE(current->at("sms").granted);
    EXPECT_EQ(current->at("sms").source, "sms_stop");
    EXPECT_TRUE(current->at("email").granted);
    EXPECT_EQ(current->at("email").text_version, "email-v3");
    EXPECT_EQ(scalar("SELECT consent_sms FROM profile"), 0);
    EXPECT_EQ(scalar("SELECT json_extract(field_meta, '$.consent_sms.source') = 'consent_ledger' FROM profile"), 1);
    EXPECT_FALSE(record_consent(*m_db, {p, "fax", true, "x", "v", t0}, t0).ok());
}

TEST_F(ProfilesTest, AReplayedEventChangesNothing) {
    const Json subject = {{"external_id", "crm-9"}, {"first_name", "Mia"}, {"phone", "+15125550199"}};
    Json batch = {{"events", {event("k1", "check_in", subject), event("k2", "payment_failed", subject)}}};
    auto first = ingest_batch(*m_db, batch, m_clock.now());
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_EQ((*first)["applied"], 2);
    const auto visits = scalar("SELECT count(*) FROM visit");
    const auto changes = scalar("SELECT count(*) FROM change_log");
    const auto profile = scalar("SELECT id FROM profile WHERE external_id = 'crm-9'");
    EXPECT_EQ(scalar("SELECT last_activity_at FROM profile WHERE id = " + std::to_string(profile)), store::to_db(m_clock.now()));
    auto again = ingest_batch(*m_db, batch, m_clock.now() + 1h);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ((*again)["duplicates"], 2);
    EXPECT_EQ((*again)["results"][0]["status"], "duplicate");
    EXPECT_EQ(scalar("SELECT count(*) FROM visit"), visits);
    EXPECT_EQ(scalar("SELECT count(*) FROM change_log"), changes);
    EXPECT_EQ(scalar("SELECT count(*) FROM profile_event"), 2);
}

TEST_F(ProfilesTest, EventsThatNeedAPersonOpenATaskOnce) {
    const Json subject = {{"external_id", "crm-7"}, {"first_name", "Ana"}};
    const Json failing = {{"retries", 2}, {"first_failed_at", format_iso8601(m_clock.now() - 25h)}};
    Json batch = {{"events",
                   {event("m1", "message_received", subject, {{"text", "I want a refund for last month"}}),
                    event("m2", "message_received", subject, {{"text", "See you tomorrow"}}),
                    event("p1", "payment_failed", subject, failing), event("p2", "payment_failed", subject, failing),
                    event("m3", "message_received", subject,
                          {{"text", "Give me my money back"}, {"requested_amount_cents", 9000}, {"automation_limit_cents", 5000}})}}};
    auto r = ingest_batch(*m_db, batch, m_clock.now());
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(scalar("SELECT count(*) FROM task"), 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM task WHERE id = 'event/m1' AND type = 'keyword_message' AND urgency = 'high'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM task WHERE type = 'payment_recovery'"), 1);  // one open per customer
    EXPECT_EQ(scalar("SELECT count(*) FROM task WHERE id = 'event/m3' AND type = 'approval_needed'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM change_log WHERE entity = 'task'"), 3);
    // Replayed, nothing more.
    ASSERT_TRUE(ingest_batch(*m_db, batch, m_clock.now() + 1h).ok());
    EXPECT_EQ(scalar("SELECT count(*) FROM task"), 3);
}

TEST_F(ProfilesTest, PaymentAndBookingEventsSetWhatTheFrontDeskReads) {
    const Json subject = {{"external_id", "crm-pay"}, {"first_name", "Ivy"}, {"last_name", "Lo"}};
    const std::string starts = "2026-11-24T18:00:00Z";
    ASSERT_TRUE(ingest_batch(*m_db, {{"events", {event("p1", "payment_failed", subject),
                                                 event("b1", "appointment_booked", subject, {{"starts_at", starts}})}}},
                             m_clock.now())
                    .ok());
    const std::string row = " FROM profile WHERE external_id = 'crm-pay'";
    EXPECT_EQ(scalar("SELECT payment_failed_at" + row), m_clock.now().time_since_epoch().count());
    EXPECT_EQ(scalar("SELECT booking_at" + row), parse_iso8601(starts)->time_since_epoch().count());
    m_clock.advance(1h);
    ASSERT_TRUE(ingest_batch(*m_db, {{"events", {event("p2", "payment_succeeded", subject),
                                                 event("b2", "booking_cancelled", subject, {{"starts_at", starts}})}}},
                             m_clock.now())
                    .ok());
    EXPECT_EQ(scalar("SELECT payment_failed_at IS NULL AND booking_at IS NULL" + row), 1);
}

TEST_F(ProfilesTest, BadEventsAreAnsweredOneByOneAndTheRestApply) {
    const Json subject = {{"first_name", "Zoe"}, {"email", "zoe@example.com"}};
    Json bad_type = event("k2", "teleported", subject);
    Json bad_location = event("k3", "check_in", subject);
    bad_location["location_id"] = "nowhere";
    Json batch = {{"events", {event("k1", "app_opened", subject), bad_type, bad_location, 42,
                              event("k5", "membership_changed", subject, {{"status", "active"}})}}};
    auto r = ingest_batch(*m_db, batch, m_clock.now());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ((*r)["applied"], 2);
    EXPECT_EQ((*r)["rejected"], 3);
    EXPECT_EQ((*r)["results"][1]["error"]["message"], "events[1].type: unknown event type 'teleported'");
    EXPECT_EQ((*r)["results"][2]["error"]["message"], "events[2].location_id: unknown location 'nowhere'");
    EXPECT_EQ((*r)["results"][3]["error"]["message"], "events[3]: must be an object");
    EXPECT_EQ(scalar("SELECT count(*) FROM profile_event"), 2);
    EXPECT_EQ(scalar("SELECT membership_status = 'active' FROM profile"), 1);
    EXPECT_FALSE(ingest_batch(*m_db, Json{{"events", 3}}, m_clock.now()).ok());
}

TEST_F(ProfilesTest, TheExportHoldsEverythingAboutThePerson) {
    const Json subject = {{"external_id", "crm-5"}, {"first_name", "Eva"}, {"email", "eva@example.com"}};
    ASSERT_TRUE(ingest_batch(*m_db, {{"events", {event("k1", "visit_logged", subject)}}}, m_clock.now()).ok());
    const auto id = ProfileId(scalar("SELECT id FROM profile WHERE external_id = 'crm-5'"));
    ASSERT_TRUE(record_consent(*m_db, {id, "email", true, "web_form", "v2", m_clock.now()}, m_clock.now()).ok());
    ASSERT_TRUE(m_db->exec("INSERT INTO profile_note VALUES('n1', " + std::to_string(id.value()) + ", 'austin', 1, 'Desk', 'likes mornings', 5);"
                           "INSERT INTO task(id, type, source, profile_id, location_id, urgency, created_at, updated_at, summary) "
                           "VALUES('t1', 'call', 'manual', " + std::to_string(id.value()) + ", 'austin', 'normal', 1, 1, 'call back');"
                           "INSERT INTO review(platform, platform_review_id, location_id, rating, posted_at, profile_id) "
                           "VALUES('google', 'g1', 'austin', 5, 1, " + std::to_string(id.value()) + ");").ok());
    auto out = export_person(*m_db, id);
    ASSERT_TRUE(out.ok()) << out.error().message;
    EXPECT_EQ((*out)["contract_version"], kContractVersion);
    EXPECT_EQ((*out)["profile"]["primary_email"], "eva@example.com");
    EXPECT_EQ((*out)["profile"]["field_meta"]["primary_email"]["source"], "event:crm");
    EXPECT_EQ((*out)["visits"].size(), 1u);
    EXPECT_EQ((*out)["events"].size(), 1u);
    EXPECT_EQ((*out)["consent_ledger"][0]["text_version"], "v2");
    EXPECT_EQ((*out)["notes"][0]["text"], "likes mornings");
    EXPECT_EQ((*out)["tasks"][0]["summary"], "call back");
    EXPECT_EQ((*out)["reviews"][0]["platform_review_id"], "g1");
    EXPECT_EQ((*out)["identities"].size(), 2u);  // external id and email

    access::AuditLog audit(*m_db);
    auto erased = erase_person(*m_db, audit, id, m_actor, m_clock.now());
    ASSERT_TRUE(erased.ok()) << erased.error().message;
    EXPECT_EQ(scalar("SELECT count(*) FROM profile"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM review WHERE profile_id IS NOT NULL"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM change_log WHERE entity = 'profile' AND op = 'put'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM change_log WHERE entity = 'profile' AND op = 'delete' AND location_id = 'austin'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM search_key"), 0);
}

TEST_F(ProfilesTest, SearchFindsByNamePhoneEmailAndIdWithinTheScope) {
    stitched(ident({{"external_id", "CRM-77"}, {"phone", "+15125550123"}, {"email", "ana@example.com"}, {"first_name", "Ana"}, {"last_name", "Diaz"}}));
    stitched(ident({{"first_name", "Andre"}, {"last_name", "Boston"}}), LocationId("boston"));
    auto names = search_profiles(*m_db, "An", Scope::everything(), 20);
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(names->size(), 2u);
    auto scoped = search_profiles(*m_db, "an", Scope::of({"austin"}), 20);
    ASSERT_TRUE(scoped.ok());
    ASSERT_EQ(scoped->size(), 1u);
    EXPECT_EQ(scoped->front().first_name, "Ana");
    for (const char* q : {"512-555", "+1 512 555 01", "ana@ex", "crm-7", "diaz"}) {
        auto hits = search_profiles(*m_db, q, Scope::of({"austin"}), 20);
        ASSERT_TRUE(hits.ok());
        EXPECT_EQ(hits->size(), 1u) << q;
    }
    EXPECT_FALSE(search_profiles(*m_db, "  ", Scope::everything(), 20).ok());
}

TEST_F(ProfilesTest, SignaturesAreCheckedWithinFiveMinutes) {
    const std::vector<std::uint8_t> key = {1, 2, 3, 4};
    const std::string body = R"({"events":[]})";
    const auto now = m_clock.now();
    const std::string ts = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
    const std::string good = "sha256=" + sign_payload(key, ts, body);
    EXPECT_TRUE(verify_signature(key, ts, body, good, now).ok());
    EXPECT_TRUE(verify_signature(key, ts, body, good, now + 300s).ok());
    EXPECT_FALSE(verify_signature(key, ts, body, good, now + 301s).ok());
    EXPECT_FALSE(verify_signature(key, ts, body + " ", good, now).ok());
    std::string bad = good;
    bad.back() = bad.back() == '0' ? '1' : '0';
    EXPECT_FALSE(verify_signature(key, ts, body, bad, now).ok());
    EXPECT_FALSE(verify_signature(key, "yesterday", body, good, now).ok());
}

TEST_F(ProfilesTest, OutreachKeepsToTheWeeklyQuotaAndLogsEachDecision) {
    AtRiskSettings settings;
    settings.weekly_quota = 2;
    ASSERT_TRUE(save_at_risk_settings(*m_db, LocationId("austin"), settings).ok());
    for (int i = 0; i < 3; ++i) {
        const auto p = stitched(ident({{"first_name", "Member" + std::to_string(i)}}));
        ASSERT_TRUE(m_db->exec("UPDATE profile SET lifetime_value_cents = " + std::to_string(100'000 * (i + 1)) +
                               " WHERE id = " + std::to_string(p.value())).ok());
        auto s = refresh_at_risk(*m_db, p, m_clock);  // no visit on record: 30 + nothing else
        ASSERT_TRUE(s.ok()) << s.error().message;
        EXPECT_EQ(s->score.total, 30);
        ASSERT_TRUE(m_db->exec("UPDATE at_risk_score SET score = 75, band = 'high', expected_value_cents = " +
                               std::to_string(1000 * (i + 1)) + " WHERE profile_id = " + std::to_string(p.value())).ok());
    }
    auto picks = plan_outreach(*m_db, LocationId("austin"), m_clock);
    ASSERT_TRUE(picks.ok()) << picks.error().message;
    ASSERT_EQ(picks->size(), 2u);
    EXPECT_EQ((*picks)[0].expected_value_cents, 3000);  // the best value first
    EXPECT_EQ(scalar("SELECT count(*) FROM decision_log WHERE rule_id = 'at_risk.outreach' AND decision = 'over_quota'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM decision_log WHERE rule_id = 'at_risk.score'"), 3);
    auto more = plan_outreach(*m_db, LocationId("austin"), m_clock);
    ASSERT_TRUE(more.ok());
    EXPECT_TRUE(more->empty());  // the week's quota is used
    m_clock.advance(std::chrono::hours(24 * 7));
    auto stale = plan_outreach(*m_db, LocationId("austin"), m_clock);
    ASSERT_TRUE(stale.ok());
    EXPECT_TRUE(stale->empty());  // a new week, but the scores are stale now
    auto stored = stored_at_risk(*m_db, ProfileId(scalar("SELECT min(profile_id) FROM at_risk_score")), m_clock);
    ASSERT_TRUE(stored.ok() && *stored);
    EXPECT_TRUE((*stored)->stale);
}

}  // namespace
}  // namespace outpost::profiles
