// Customer work through the engine and the desks: a scanned demo card checked in offline, consent
// and walk-in leads made offline then synced, the merge queue, at-risk and outreach routes within
// the caller's locations and role, and the scheduled refresh of stale at-risk scores.
#include <gtest/gtest.h>

#include "profiles/front_desk.h"
#include "support/desk_test.h"

namespace outpost {
namespace {

using namespace std::chrono_literals;
using testing::Desk;

class CustomerRoutesTest : public testing::DeskTest {
protected:
    // Scores every stale member, batch after batch.
    std::size_t refresh_all() {
        std::size_t total = 0;
        while (true) {
            auto n = m_engine->refresh_stale_scores();
            EXPECT_TRUE(n.ok()) << n.error().message;
            if (!n.ok() || *n == 0) return total;
            total += *n;
        }
    }
    std::int64_t engine_count(const std::string& sql) {
        auto db = store::Database::open(m_dir.file("engine.db"), testing::kTestPassphrase, store::OpenMode::open_existing);
        EXPECT_TRUE(db.ok());
        return db->query_int(sql).value_or(-1);
    }
};

TEST_F(CustomerRoutesTest, AScannedDemoCardChecksInOfflineAndLandsLater) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const auto card = scalar<std::string>(*front, "SELECT access_card_id FROM profile WHERE access_card_id IS NOT NULL "
                                                  "AND home_location_id = 'loc-austin-downtown' ORDER BY id LIMIT 1");
    front->online = false;
    auto found = front->replica().read([&](store::Database& db) { return profiles::front_desk_lookup(db, card + "\n", m_clock); });
    ASSERT_TRUE(found.ok()) << found.error().message;
    ASSERT_TRUE(found->card);
    EXPECT_EQ(found->matched_by, "access_card_id");
    const auto id = found->card->profile.id.value();
    auto checked = front->replica().submit("visit.check_in", {{"profile_id", id}, {"location_id", "loc-austin-downtown"}});
    ASSERT_TRUE(checked.ok()) << checked.error().message;
    const std::string visits = "SELECT count(*) FROM visit WHERE source = 'front_desk' AND client_ref IS NOT NULL AND profile_id = " +
                               std::to_string(id);
    EXPECT_EQ(scalar<int>(*front, visits), 1);
    EXPECT_FALSE(front->sync().ok());
    front->online = true;
    ASSERT_SYNCED(*front);
    EXPECT_EQ(scalar<int>(*front, visits + " AND id > 0"), 1);
    EXPECT_EQ(engine_count(visits), 1);
}

TEST_F(CustomerRoutesTest, ConsentAndAWalkInLeadMadeOfflineReachTheEngine) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const auto id = scalar<std::int64_t>(*front, "SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' "
                                                 "AND consent_sms = 0 ORDER BY id LIMIT 1");
    front->online = false;
    auto consent = front->replica().submit("consent.set", {{"profile_id", id}, {"channel", "sms"}, {"granted", true},
                                                           {"source", "front_desk"}, {"text_version", "sms-terms-2026-01"}});
    ASSERT_TRUE(consent.ok()) << consent.error().message;
    auto lead = front->replica().submit("lead.create_walk_in", {{"location_id", "loc-austin-downtown"}, {"first_name", "Rosa"},
                                                                {"last_name", "Maldonado"}, {"phone", "+1 (512) 555-0177"},
                                                                {"interest", "personal training"}, {"note", "asked about mornings"}});
    ASSERT_TRUE(lead.ok()) << lead.error().message;
    // Refused at once, not queued: no contact, a channel that does not exist, another location.
    EXPECT_FALSE(front->replica().submit("lead.create_walk_in", {{"location_id", "loc-austin-downtown"}, {"first_name", "X"},
                                                                 {"interest", "yoga"}}).ok());
    EXPECT_FALSE(front->replica().submit("consent.set", {{"profile_id", id}, {"channel", "fax"}, {"granted", true},
                                                         {"source", "front_desk"}, {"text_version", "v1"}}).ok());
    EXPECT_FALSE(front->replica().submit("lead.create_walk_in", {{"location_id", "loc-austin-mueller"}, {"first_name", "Y"},
                                                                 {"email", "y@example.com"}, {"interest", "yoga"}}).ok());
    const std::string profile = "SELECT consent_sms FROM profile WHERE id = " + std::to_string(id);
    EXPECT_EQ(scalar<int>(*front, profile), 1);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM lead WHERE source = 'walk_in' AND id < 0 AND phone = '+15125550177'"), 1);
    EXPECT_EQ(front->replica().pending_count(), 2);
    front->online = true;
    ASSERT_SYNCED(*front);
    EXPECT_EQ(front->replica().pending_count(), 0);
    EXPECT_EQ(scalar<int>(*front, profile), 1);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM lead WHERE source = 'walk_in' AND id > 0 AND interest = 'personal training'"), 1);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM lead WHERE source = 'walk_in' AND id < 0"), 0);
    EXPECT_EQ(engine_count("SELECT count(*) FROM consent_event WHERE channel = 'sms' AND granted = 1 AND source = 'front_desk' "
                           "AND text_version = 'sms-terms-2026-01' AND profile_id = " + std::to_string(id)),
              1);
    EXPECT_EQ(engine_count("SELECT consent_sms FROM profile WHERE id = " + std::to_string(id)), 1);
    EXPECT_EQ(engine_count("SELECT count(*) FROM lead WHERE source = 'walk_in' AND name = 'Rosa Maldonado'"), 1);
    // A manager's desk sees both.
    auto manager = desk("austin");
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<int>(*manager, profile), 1);
    EXPECT_EQ(scalar<int>(*manager, "SELECT count(*) FROM lead WHERE name = 'Rosa Maldonado'"), 1);
}

TEST_F(CustomerRoutesTest, AWalkInsConsentTravelsWithTheLeadAndTheWordsItWasGivenFor) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const Json walk_in = {{"location_id", "loc-austin-downtown"}, {"first_name", "Noor"}, {"last_name", "Haddad"}, {"email", "noor@example.com"},
                          {"interest", "day pass"}, {"consent_sms", false}, {"consent_email", true}};
    // A grant without the words it was given for is refused.
    auto refused = front->replica().submit("lead.create_walk_in", walk_in);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("args.consent_text_version"), std::string::npos) << refused.error().message;
    Json given = walk_in;
    given["consent_text_version"] = "desk-walk-in-2026-11";
    auto saved = front->replica().submit("lead.create_walk_in", given);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    const std::string lead = "SELECT count(*) FROM lead WHERE name = 'Noor Haddad' AND consent_sms = 0 AND consent_email = 1 "
                             "AND consent_text_version = 'desk-walk-in-2026-11'";
    EXPECT_EQ(scalar<int>(*front, lead), 1);
    ASSERT_SYNCED(*front);
    EXPECT_EQ(engine_count(lead + " AND source = 'walk_in'"), 1);
    EXPECT_EQ(scalar<int>(*front, lead + " AND id > 0"), 1);
}

TEST_F(CustomerRoutesTest, TheMemberCardCountsVisitsAndShowsConsentAndCheckInsNotYetConfirmed) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const auto id = scalar<std::int64_t>(*front, "SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' "
                                                 "AND consent_sms = 1 AND consent_email = 0 ORDER BY id LIMIT 1");
    const int visits = scalar<int>(*front, "SELECT count(*) FROM visit WHERE profile_id = " + std::to_string(id));
    auto card = [&] {
        return front->replica().read([&](store::Database& db) { return profiles::member_card(db, ProfileId(id), m_clock); });
    };
    auto before = card();
    ASSERT_TRUE(before.ok()) << before.error().message;
    EXPECT_EQ(before->visits, visits);
    EXPECT_TRUE(before->consent_sms);
    EXPECT_FALSE(before->consent_email);
    EXPECT_EQ(before->pending_check_ins, 0);
    front->online = false;
    ASSERT_TRUE(front->replica().submit("visit.check_in", {{"profile_id", id}, {"location_id", "loc-austin-downtown"}}).ok());
    auto after = card();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->visits, visits + 1);
    EXPECT_EQ(after->pending_check_ins, 1);
    front->online = true;
    ASSERT_SYNCED(*front);
    auto synced = card();
    ASSERT_TRUE(synced.ok());
    EXPECT_EQ(synced->visits, visits + 1);
    EXPECT_EQ(synced->pending_check_ins, 0);
}

TEST_F(CustomerRoutesTest, TheMergeQueueIsForManagersInTheirLocations) {
    const std::string front = login_token("frontdesk");
    const std::string austin = login_token("austin");
    EXPECT_EQ(call("GET", "/v1/merge-candidates", "", front).status, 403);
    auto all = call("GET", "/v1/merge-candidates");
    ASSERT_EQ(all.status, 200) << all.body;
    const Json every = body_of(all)["candidates"];
    ASSERT_FALSE(every.empty());  // the demo data's near-duplicates
    auto mine = call("GET", "/v1/merge-candidates", "", austin);
    ASSERT_EQ(mine.status, 200);
    for (const auto& c : body_of(mine)["candidates"]) {
        EXPECT_EQ(c["profile_a"]["home_location_id"].get<std::string>().rfind("loc-austin", 0), 0u);
        EXPECT_EQ(c["profile_b"]["home_location_id"].get<std::string>().rfind("loc-austin", 0), 0u);
    }
    std::int64_t outside = 0;
    for (const auto& c : every) {
        if (c["profile_a"]["home_location_id"].get<std::string>().rfind("loc-austin", 0) != 0) outside = c["id"];
    }
    if (outside > 0) {
        EXPECT_EQ(call("POST", "/v1/merge-candidates/" + std::to_string(outside) + "/approve", "", austin).status, 403);
    }
    const auto first = every[0]["id"].get<std::int64_t>();
    auto approved = call("POST", "/v1/merge-candidates/" + std::to_string(first) + "/approve");
    ASSERT_EQ(approved.status, 200) << approved.body;
    const auto merge = body_of(approved)["merge_id"].get<std::int64_t>();
    EXPECT_EQ(call("POST", "/v1/merge-candidates/" + std::to_string(first) + "/approve").status, 409);
    EXPECT_EQ(call("POST", "/v1/merges/" + std::to_string(merge) + "/unmerge", "", front).status, 403);
    auto undone = call("POST", "/v1/merges/" + std::to_string(merge) + "/unmerge");
    ASSERT_EQ(undone.status, 200) << undone.body;
    EXPECT_EQ(call("POST", "/v1/merge-candidates/999999/reject").status, 404);
    EXPECT_EQ(call("GET", "/v1/merge-candidates/1/approve").status, 405);
    if (every.size() > 1) {
        EXPECT_EQ(call("POST", "/v1/merge-candidates/" + every[1]["id"].dump() + "/reject").status, 200);
    }
    EXPECT_GE(audit_count("profile.merge"), 1);
    EXPECT_GE(audit_count("profile.unmerge"), 1);
}

TEST_F(CustomerRoutesTest, ConsentThroughTheEngineIsLedgeredAndAudited) {
    const std::string front = login_token("frontdesk");
    const auto id = engine_count("SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' ORDER BY id LIMIT 1");
    const auto elsewhere = engine_count("SELECT id FROM profile WHERE home_location_id NOT LIKE 'loc-austin%' ORDER BY id LIMIT 1");
    const Json revoke = {{"channel", "email"}, {"granted", false}, {"source", "front_desk"}, {"text_version", "email-2026"}};
    auto done = call("POST", "/v1/profiles/" + std::to_string(id) + "/consent", revoke.dump(), front);
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(engine_count("SELECT consent_email FROM profile WHERE id = " + std::to_string(id)), 0);
    EXPECT_EQ(call("POST", "/v1/profiles/" + std::to_string(elsewhere) + "/consent", revoke.dump(), front).status, 403);
    auto bad = call("POST", "/v1/profiles/" + std::to_string(id) + "/consent", Json{{"channel", "email"}}.dump(), front);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(body_of(bad)["error"]["code"], "invalid_argument");
    EXPECT_EQ(audit_count("consent.revoke"), 1);
}

TEST_F(CustomerRoutesTest, AtRiskListsRecomputesAndStartsOutreachWithinQuota) {
    const std::string front = login_token("frontdesk");
    const std::string austin = login_token("austin");
    EXPECT_EQ(call("GET", "/v1/at-risk?location_id=loc-austin-downtown", "", front).status, 403);
    EXPECT_EQ(call("POST", "/v1/at-risk/recompute", Json{{"location_id", "loc-austin-downtown"}}.dump(), front).status, 403);
    const auto elsewhere = engine_count("SELECT count(*) FROM location WHERE id NOT LIKE 'loc-austin%'");
    ASSERT_GT(elsewhere, 0);
    auto outside = call("POST", "/v1/at-risk/recompute", Json{{"location_id", "loc-denver-highlands"}}.dump(), austin);
    EXPECT_TRUE(outside.status == 403 || outside.status == 404) << outside.body;
    auto recomputed = call("POST", "/v1/at-risk/recompute", Json{{"location_id", "loc-austin-downtown"}}.dump(), austin);
    ASSERT_EQ(recomputed.status, 200) << recomputed.body;
    EXPECT_GT(body_of(recomputed)["refreshed"].get<int>(), 0);
    auto listed = call("GET", "/v1/at-risk?location_id=loc-austin-downtown&band=high&limit=5", "", austin);
    ASSERT_EQ(listed.status, 200) << listed.body;
    const Json list = body_of(listed);
    EXPECT_EQ(list["quota"]["left"], list["quota"]["weekly_quota"]);
    ASSERT_FALSE(list["scores"].empty());  // the demo data has members drifting away
    const Json& top = list["scores"][0];
    EXPECT_EQ(top["band"], "high");
    const Json& c = top["components"];
    EXPECT_EQ(top["score"].get<int>(), c["recency"].get<int>() + c["frequency"].get<int>() + c["payment"].get<int>() +
                                           c["engagement"].get<int>() + c["support"].get<int>());
    EXPECT_EQ(call("GET", "/v1/at-risk?location_id=loc-austin-downtown&band=severe", "", austin).status, 400);

    const std::string target = "/v1/profiles/" + top["profile_id"].dump() + "/outreach";
    EXPECT_EQ(call("POST", target, "{}", front).status, 403);
    auto started = call("POST", target, Json{{"urgency", "high"}}.dump(), austin);
    ASSERT_EQ(started.status, 200) << started.body;
    const std::string task = body_of(started)["task_id"];
    auto again = call("GET", "/v1/at-risk?location_id=loc-austin-downtown&limit=1", "", austin);
    EXPECT_EQ(body_of(again)["quota"]["used"], 1);
    auto manager = desk("austin");
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT type FROM task WHERE id = '" + task + "'"), "at_risk_outreach");
    EXPECT_EQ(scalar<int>(*manager, "SELECT count(*) FROM task_event WHERE task_id = '" + task + "'"), 1);
    EXPECT_GT(scalar<int>(*manager, "SELECT count(*) FROM at_risk_score WHERE band = 'high'"), 0);
    EXPECT_EQ(audit_count("outreach.start"), 1);
    EXPECT_EQ(audit_count("at_risk.recompute"), 1);
}

TEST_F(CustomerRoutesTest, StaleScoresAreRefreshedAndReachTheDesks) {
    const auto members = engine_count("SELECT count(*) FROM profile WHERE membership_status IN ('trial', 'active', 'frozen') "
                                      "AND merged_into IS NULL");
    // The demo data scores every member as it loads: nothing is stale yet.
    EXPECT_EQ(engine_count("SELECT count(*) FROM at_risk_score"), members);
    EXPECT_EQ(refresh_all(), 0u);
    m_clock.advance(47h);
    EXPECT_EQ(refresh_all(), 0u);
    m_clock.advance(2h);  // older than 48 h now
    EXPECT_EQ(refresh_all(), static_cast<std::size_t>(members));
    EXPECT_EQ(engine_count("SELECT count(DISTINCT band) FROM at_risk_score"), 3);  // the demo spreads the bands
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT count(*) FROM at_risk_score"),
              engine_count("SELECT count(*) FROM at_risk_score WHERE location_id = 'loc-austin-downtown'"));
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT count(*) FROM at_risk_score WHERE location_id <> 'loc-austin-downtown'"), 0);
}

}  // namespace
}  // namespace outpost
