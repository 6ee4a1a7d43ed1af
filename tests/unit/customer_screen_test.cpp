// What the console's Customers screen reads and does, through the engine and the desks: the
// profile 360 read from a desk's replica (fields with their source, consent derived from the
// ledger rows the desk now holds, the timeline of events, visits, tasks and notes, the stored
// at-risk score), consent and events reaching the desk, an erasure taking them away again, the
// list of merges with their undoing and a rejection's reason, and the demo's at-risk members.
#include <gtest/gtest.h>

#include "profiles/contract.h"
#include "profiles/profile_360.h"
#include "support/desk_test.h"

namespace outpost {
namespace {

using testing::Desk;

class CustomerScreenTest : public testing::DeskTest {
protected:
    Result<profiles::Profile360> profile_360(Desk& d, std::int64_t id) {
        return d.replica().read([&](store::Database& db) { return profiles::read_profile_360(db, ProfileId(id), m_clock); });
    }
    std::int64_t engine_count(const std::string& sql) {
        auto db = store::Database::open(m_dir.file("engine.db"), testing::kTestPassphrase, store::OpenMode::open_existing);
        EXPECT_TRUE(db.ok());
        return db->query_int(sql).value_or(-1);
    }
};

TEST(ReasonComponents, EveryReasonCodeBelongsToItsComponent) {
    EXPECT_EQ(profiles::component_of_reason("last_visit_41_days_ago"), "recency");
    EXPECT_EQ(profiles::component_of_reason("no_visit_on_record"), "recency");
    EXPECT_EQ(profiles::component_of_reason("visits_down_60_percent"), "frequency");
    EXPECT_EQ(profiles::component_of_reason("payment_failed_x2"), "payment");
    EXPECT_EQ(profiles::component_of_reason("latest_payment_failed"), "payment");
    EXPECT_EQ(profiles::component_of_reason("engagement_down_50_percent"), "engagement");
    EXPECT_EQ(profiles::component_of_reason("support_tickets_x1"), "support");
    EXPECT_EQ(profiles::component_of_reason("detractor"), "support");
    EXPECT_EQ(profiles::component_of_reason("something_else"), "");
}

TEST_F(CustomerScreenTest, TheProfile360OfAMemberComesFromTheDesksReplica) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    // A member with a failed payment (an event) and a consent ledger, at the front desk's location.
    const auto id = scalar<std::int64_t>(*front,
                                         "SELECT e.profile_id FROM profile_event e JOIN consent_event c ON c.profile_id = "
                                         "e.profile_id WHERE e.type = 'payment_failed' ORDER BY e.profile_id LIMIT 1");
    auto p = profile_360(*front, id);
    ASSERT_TRUE(p.ok()) << p.error().message;
    EXPECT_EQ(p->id.value(), id);
    EXPECT_EQ(p->home_location_id, "loc-austin-downtown");
    EXPECT_FALSE(p->home_location_name.empty());
    EXPECT_EQ(p->fields.size(), profiles::contract_fields().size());
    // The ledger decides, and the profile's mirror agrees with it.
    ASSERT_FALSE(p->consent_history.empty());
    for (const auto& [channel, entry] : p->consent) {
        if (channel != "sms" && channel != "email") continue;
        const auto field = std::find_if(p->fields.begin(), p->fields.end(),
                                        [&](const profiles::FieldLine& f) { return f.field == "consent_" + channel; });
        ASSERT_NE(field, p->fields.end());
        EXPECT_EQ(field->value, entry.granted ? "1" : "0") << channel;
    }
    for (std::size_t i = 1; i < p->consent_history.size(); ++i) {
        EXPECT_GE(p->consent_history[i - 1].occurred_at, p->consent_history[i].occurred_at);
    }
    const auto has = [&](const std::string& kind, const std::string& what) {
        return std::any_of(p->timeline.begin(), p->timeline.end(),
                           [&](const profiles::TimelineItem& t) { return t.kind == kind && (what.empty() || t.what == what); });
    };
    EXPECT_TRUE(has("event", "payment_failed"));
    for (std::size_t i = 1; i < p->timeline.size(); ++i) EXPECT_GE(p->timeline[i - 1].at, p->timeline[i].at);
    // Members are scored as the demo loads.
    ASSERT_TRUE(p->at_risk.has_value());
    EXPECT_FALSE(p->at_risk->stale);
    EXPECT_EQ(p->at_risk->score.total, p->at_risk->score.recency + p->at_risk->score.frequency + p->at_risk->score.payment +
                                           p->at_risk->score.engagement + p->at_risk->score.support);
    EXPECT_FALSE(profile_360(*front, 999999999).ok());

    // A note and a contact edit from the desk show in the 360 at once, with their source.
    ASSERT_TRUE(front->replica().submit("profile.add_note", {{"profile_id", id}, {"text", "Prefers evening calls"}}).ok());
    ASSERT_TRUE(front->replica().submit("profile.update_contact", {{"profile_id", id}, {"primary_phone", "+1 512 555 0199"}}).ok());
    auto edited = profile_360(*front, id);
    ASSERT_TRUE(edited.ok());
    ASSERT_FALSE(edited->notes.empty());
    EXPECT_EQ(edited->notes.front().text, "Prefers evening calls");
    const auto phone = std::find_if(edited->fields.begin(), edited->fields.end(),
                                    [](const profiles::FieldLine& f) { return f.field == "primary_phone"; });
    EXPECT_EQ(phone->value, "+15125550199");
    EXPECT_EQ(phone->source, "desk");
    EXPECT_TRUE(phone->updated_at.has_value());
    EXPECT_TRUE(std::any_of(edited->timeline.begin(), edited->timeline.end(),
                            [](const profiles::TimelineItem& t) { return t.kind == "note"; }));
    EXPECT_TRUE(std::any_of(edited->timeline.begin(), edited->timeline.end(),
                            [](const profiles::TimelineItem& t) { return t.kind == "edit" && t.what == "primary_phone"; }));
}

TEST_F(CustomerScreenTest, ConsentGivenAtTheDeskJoinsItsLedgerAtOnceAndTheEnginesRowReplacesIt) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const auto id = scalar<std::int64_t>(*front, "SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' "
                                                 "AND consent_sms = 0 ORDER BY id LIMIT 1");
    front->online = false;
    ASSERT_TRUE(front->replica()
                    .submit("consent.set", {{"profile_id", id}, {"channel", "sms"}, {"granted", true}, {"source", "front_desk"},
                                            {"text_version", "sms-terms-2026-01"}})
                    .ok());
    auto offline = profile_360(*front, id);
    ASSERT_TRUE(offline.ok());
    ASSERT_TRUE(offline->consent.contains("sms"));
    EXPECT_TRUE(offline->consent.at("sms").granted);
    EXPECT_EQ(offline->consent.at("sms").source, "front_desk");
    const std::string local = "SELECT count(*) FROM consent_event WHERE id < 0 AND profile_id = " + std::to_string(id);
    EXPECT_EQ(scalar<int>(*front, local), 1);
    front->online = true;
    ASSERT_SYNCED(*front);
    EXPECT_EQ(scalar<int>(*front, local), 0);
    auto synced = profile_360(*front, id);
    ASSERT_TRUE(synced.ok());
    EXPECT_TRUE(synced->consent.at("sms").granted);
    EXPECT_GT(synced->consent.at("sms").id, 0);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM consent_event WHERE source = 'front_desk' AND profile_id = " +
                                      std::to_string(id)),
              1);
    // Another desk of the location has the ledger row too; a desk elsewhere has none of it.
    auto manager = desk("austin");
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<int>(*manager, "SELECT count(*) FROM consent_event WHERE source = 'front_desk' AND profile_id = " +
                                        std::to_string(id)),
              1);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM consent_event WHERE location_id <> 'loc-austin-downtown'"), 0);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM profile_event WHERE location_id <> 'loc-austin-downtown'"), 0);
    EXPECT_EQ(engine_count("SELECT count(*) FROM consent_event WHERE location_id = ''"), 0);
}

TEST_F(CustomerScreenTest, AnErasureTakesTheLedgerAndTheEventsOffTheDesk) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const auto id = scalar<std::int64_t>(*front,
                                         "SELECT e.profile_id FROM profile_event e JOIN consent_event c ON c.profile_id = "
                                         "e.profile_id ORDER BY e.profile_id LIMIT 1");
    const std::string where = " WHERE profile_id = " + std::to_string(id);
    ASSERT_GT(scalar<int>(*front, "SELECT count(*) FROM profile_event" + where), 0);
    auto erased = call("DELETE", "/v1/profiles/" + std::to_string(id));
    ASSERT_EQ(erased.status, 200) << erased.body;
    ASSERT_SYNCED(*front);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM profile_event" + where), 0);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM consent_event" + where), 0);
}

TEST_F(CustomerScreenTest, MergesAreListedWithTheirUndoingAndARejectionKeepsItsReason) {
    const std::string front = login_token("frontdesk");
    const std::string austin = login_token("austin");
    EXPECT_EQ(call("GET", "/v1/merges", "", front).status, 403);
    EXPECT_EQ(call("POST", "/v1/merges").status, 405);
    auto none = call("GET", "/v1/merges", "", austin);
    ASSERT_EQ(none.status, 200) << none.body;
    EXPECT_TRUE(body_of(none)["merges"].empty());
    auto queue = body_of(call("GET", "/v1/merge-candidates", "", austin))["candidates"];
    ASSERT_GE(queue.size(), 2u);  // the demo's near-duplicates at the Austin locations
    const auto first = queue[0]["id"].get<std::int64_t>();
    auto approved = call("POST", "/v1/merge-candidates/" + std::to_string(first) + "/approve", "{}", austin);
    ASSERT_EQ(approved.status, 200) << approved.body;
    const auto merge = body_of(approved)["merge_id"].get<std::int64_t>();
    auto listed = body_of(call("GET", "/v1/merges", "", austin));
    ASSERT_EQ(listed["merges"].size(), 1u);
    const Json& row = listed["merges"][0];
    EXPECT_EQ(row["id"], merge);
    EXPECT_EQ(row["survivor_id"], queue[0]["profile_a"]["id"]);
    EXPECT_EQ(row["absorbed_id"], queue[0]["profile_b"]["id"]);
    EXPECT_EQ(row["survivor_name"].get<std::string>(),
              queue[0]["profile_a"]["first_name"].get<std::string>() + " " + queue[0]["profile_a"]["last_name"].get<std::string>());
    EXPECT_TRUE(row["unmerged_at"].is_null());
    EXPECT_EQ(listed["false_merge_rate"], 0.0);
    ASSERT_EQ(call("POST", "/v1/merges/" + std::to_string(merge) + "/unmerge", "", austin).status, 200);
    listed = body_of(call("GET", "/v1/merges", "", austin));
    EXPECT_TRUE(listed["merges"][0]["unmerged_at"].is_string());
    EXPECT_EQ(listed["false_merge_rate"], 1.0);

    const auto second = queue[1]["id"].get<std::int64_t>();
    auto rejected = call("POST", "/v1/merge-candidates/" + std::to_string(second) + "/reject",
                         Json{{"reason", "twins, different people"}}.dump(), austin);
    ASSERT_EQ(rejected.status, 200) << rejected.body;
    auto entries = body_of(call("GET", "/v1/audit?action=profile.merge_rejected"))["entries"];
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["details"]["reason"], "twins, different people");
    EXPECT_EQ(call("POST", "/v1/merge-candidates/" + std::to_string(second) + "/reject", "[1]", austin).status, 400);
}

TEST_F(CustomerScreenTest, TheDemoHasAtRiskMembersAndMergeSuggestionsAtEachAustinLocation) {
    for (const std::string location : {"loc-austin-downtown", "loc-austin-mueller"}) {
        EXPECT_GT(engine_count("SELECT count(*) FROM at_risk_score WHERE band IN ('medium', 'high') AND location_id = '" +
                               location + "'"),
                  0)
            << location;
        EXPECT_GT(engine_count("SELECT count(*) FROM merge_candidate c JOIN profile p ON p.id = c.profile_a WHERE "
                               "c.status = 'pending' AND p.home_location_id = '" + location + "'"),
                  0)
            << location;
    }
}

}  // namespace
}  // namespace outpost
