// The desk's side of sync, deterministic: an in-process engine, desks whose network can be cut,
// a fake clock. Bootstrap of exactly the scope, optimistic commands, exactly-once pushes, rebase,
// refusals shown and undone, conflicts as specified, scope changes, a whole offline shift.
#include <gtest/gtest.h>

#include "store/repositories.h"
#include "support/desk_harness.h"
#include "support/desk_test.h"

namespace outpost {
namespace {

using testing::Desk;
using testing::task_args;

// The changes of a pull after `from` as the engine's WebSocket announces them, read as a desk reads them.
sync::Announcement announcement(std::int64_t from, const Json& pulled) {
    const Json message = {{"v", sync::kSyncProtocolVersion}, {"type", "changes"}, {"from", from},
                          {"to", pulled["cursor"]},      {"changes", pulled["changes"]}};
    auto read = sync::read_announcement(message.dump());
    EXPECT_TRUE(read.has_value());
    return read.value_or(sync::Announcement{});
}

class DeskSyncTest : public testing::DeskTest {
protected:
    // The engine's own view, through the administrator's session.
    Json engine_review(std::int64_t id) {
        Json page = body_of(call("GET", "/v1/reviews?limit=1000&location=loc-austin-downtown"));
        for (const auto& r : page["reviews"]) {
            if (r["id"] == id) return r;
        }
        return {};
    }

    std::int64_t first_review(Desk& d) {
        return scalar<std::int64_t>(
            d, "SELECT id FROM review WHERE location_id = 'loc-austin-downtown' AND status = 'open' ORDER BY id LIMIT 1");
    }
    std::int64_t first_profile(Desk& d) {
        return scalar<std::int64_t>(d, "SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' ORDER BY id LIMIT 1");
    }
    // A desk of `username` with its replica at `path`, loaded.
    std::unique_ptr<Desk> loaded_desk(const std::string& username, const std::string& path) {
        auto d = std::make_unique<Desk>(*m_engine, m_clock, path);
        d->login(login_body(username));
        EXPECT_TRUE(d->sync().ok());
        return d;
    }
    // `editor` changes a profile; `desk` hears of it as the engine's WebSocket would tell it (the
    // changes after its cursor, applied as an announcement). Answers the cursor they reach.
    std::int64_t edit_and_announce(Desk& editor, Desk& desk, const Json& contact) {
        const std::int64_t cursor = desk.replica().cursor();
        EXPECT_TRUE(editor.replica().submit("profile.update_contact", contact).ok());
        EXPECT_TRUE(editor.sync().ok());
        auto pulled = desk.call("GET", "/v1/pull?client_id=" + desk.replica().client_id() + "&cursor=" + std::to_string(cursor), "");
        EXPECT_TRUE(pulled.ok());
        if (!pulled) return cursor;
        auto changes = sync::pull_result_from_json(*pulled);
        EXPECT_TRUE(changes.ok() && !changes->changes.empty());
        if (!changes) return cursor;
        auto applied = desk.replica().apply_announced(announcement(cursor, *pulled));
        EXPECT_TRUE(applied.ok() && *applied);
        return changes->cursor;
    }
    // A location manager of Boston: nobody at the Austin front desk may hand them a review.
    std::int64_t boston_manager() {
        auto r = call("POST", "/v1/users",
                      Json{{"username", "boston"}, {"display_name", "Bo Ston"}, {"role", "location_manager"},
                           {"password", "a long enough password"}, {"locations", {"loc-boston-back-bay"}}}
                          .dump());
        EXPECT_EQ(r.status, 201) << r.body;
        return body_of(r)["user"]["id"];
    }

};

TEST_F(DeskSyncTest, BootstrapLoadsExactlyTheUsersScope) {
    auto front = desk("frontdesk");
    auto round = front->sync();
    ASSERT_TRUE(round.ok()) << round.error().message;
    EXPECT_TRUE(round->bootstrapped);
    EXPECT_TRUE(front->replica().bootstrapped());
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM review WHERE location_id <> 'loc-austin-downtown'"), 0);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM profile WHERE home_location_id <> 'loc-austin-downtown'"), 0);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM location"), 1);
    const auto reviews = body_of(call("GET", "/v1/reviews?limit=1&location=loc-austin-downtown"))["total"].get<int>();
    EXPECT_GT(reviews, 0);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM review"), reviews);
    EXPECT_GT(scalar<int>(*front, "SELECT count(*) FROM profile"), 100);
    EXPECT_GT(scalar<int>(*front, "SELECT count(*) FROM visit"), 100);

    auto ops = desk("ops");
    ASSERT_SYNCED(*ops);
    EXPECT_EQ(scalar<int>(*ops, "SELECT count(*) FROM location"), 12);
    EXPECT_EQ(scalar<int>(*ops, "SELECT count(*) FROM review"), 2004);  // 2,000 generated and the demo spike's 4
}

TEST_F(DeskSyncTest, ACommandAppliesAtOnceAndLeavesTheOutboxWhenTheEngineHasIt) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const auto review = first_review(*front);
    front->online = false;
    auto id = front->replica().submit("review.set_status", {{"review_id", review}, {"status", "acknowledged"}});
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(*id, 1);
    EXPECT_EQ(scalar<std::string>(*front, "SELECT status FROM review WHERE id = " + std::to_string(review)), "acknowledged");
    EXPECT_EQ(front->replica().pending_count(), 1);
    EXPECT_FALSE(front->sync().ok());  // offline: nothing lost, nothing sent
    EXPECT_EQ(front->replica().pending_count(), 1);
    EXPECT_EQ(engine_review(review)["status"], "open");

    front->online = true;
    auto round = front->sync();
    ASSERT_TRUE(round.ok()) << round.error().message;
    EXPECT_EQ(round->pushed, 1);
    EXPECT_EQ(front->replica().pending_count(), 0);
    EXPECT_EQ(engine_review(review)["status"], "acknowledged");
    EXPECT_EQ(scalar<std::string>(*front, "SELECT status FROM review WHERE id = " + std::to_string(review)), "acknowledged");
}

TEST_F(DeskSyncTest, APushWhoseAnswerWasLostIsAppliedOnceWhenSentAgain) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const auto profile = first_profile(*front);
    ASSERT_TRUE(front->replica().submit("profile.add_note", {{"profile_id", profile}, {"text", "Prefers mornings"}}).ok());
    ASSERT_TRUE(front->replica().submit("visit.check_in", {{"profile_id", profile}, {"location_id", "loc-austin-downtown"}}).ok());
    front->lose_push_answers = true;
    EXPECT_FALSE(front->sync().ok());
    EXPECT_EQ(front->replica().pending_count(), 2);
    front->lose_push_answers = false;
    ASSERT_SYNCED(*front);
    EXPECT_EQ(front->replica().pending_count(), 0);
    EXPECT_EQ(audit_count("profile.add_note"), 1);
    EXPECT_EQ(audit_count("visit.check_in"), 1);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM profile_note WHERE profile_id = " + std::to_string(profile)), 1);
    // The check-in made offline carries a local id until the engine's row replaces it.
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM visit WHERE source = 'front_desk'"), 1);
    EXPECT_GT(scalar<std::int64_t>(*front, "SELECT id FROM visit WHERE source = 'front_desk'"), 0);
}

TEST_F(DeskSyncTest, ACheckInOfflineShowsAtOnceWithALocalId) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    front->online = false;
    const auto profile = first_profile(*front);
    ASSERT_TRUE(front->replica().submit("visit.check_in", {{"profile_id", profile}, {"location_id", "loc-austin-downtown"}}).ok());
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT id FROM visit WHERE source = 'front_desk'"), -1);
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT last_activity_at FROM profile WHERE id = " + std::to_string(profile)),
              store::to_db(m_clock.now()));
}

TEST_F(DeskSyncTest, PendingCommandsAreReappliedOnTopOfNewerEngineData) {
    auto front = desk("frontdesk");
    auto manager = desk("austin");
    ASSERT_SYNCED(*front);
    ASSERT_SYNCED(*manager);
    const auto review = first_review(*front);
    // The front desk acknowledges offline; meanwhile the manager takes the review.
    front->online = false;
    ASSERT_TRUE(front->replica().submit("review.set_status", {{"review_id", review}, {"status", "acknowledged"}}).ok());
    const Json me = body_of(call("GET", "/v1/me", "", manager->token()))["user"];
    ASSERT_TRUE(manager->replica()
                    .submit("review.assign", {{"review_id", review}, {"user_id", me["id"]}, {"user_name", me["display_name"]}})
                    .ok());
    ASSERT_SYNCED(*manager);
    // The front desk pulls without having pushed: it sees the assignment and still its own change.
    front->online = true;
    auto pulled = front->call("GET", "/v1/pull?client_id=" + front->replica().client_id() + "&cursor=" +
                                         std::to_string(front->replica().cursor()), "");
    ASSERT_TRUE(pulled.ok());
    auto pull = sync::pull_result_from_json(*pulled);
    ASSERT_TRUE(pull.ok());
    ASSERT_TRUE(front->replica().apply_pull(*pull).ok());
    const std::string where = " FROM review WHERE id = " + std::to_string(review);
    EXPECT_EQ(scalar<std::string>(*front, "SELECT assigned_name" + where), me["display_name"].get<std::string>());
    EXPECT_EQ(scalar<std::string>(*front, "SELECT status" + where), "acknowledged");
    EXPECT_EQ(front->replica().pending_count(), 1);
    ASSERT_SYNCED(*front);
    EXPECT_EQ(engine_review(review)["status"], "acknowledged");
    EXPECT_EQ(engine_review(review)["assigned_name"], me["display_name"]);
}

TEST_F(DeskSyncTest, ARefusedCommandIsUndoneAndListedWithItsReason) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const auto review = first_review(*front);
    // A manager of another location does not work at this one: the engine refuses.
    const std::int64_t south_id = boston_manager();
    ASSERT_TRUE(front->replica().submit("review.assign", {{"review_id", review}, {"user_id", south_id}, {"user_name", "Someone"}}).ok());
    ASSERT_TRUE(front->replica().submit("review.set_status", {{"review_id", review}, {"status", "acknowledged"}}).ok());
    const std::string where = " FROM review WHERE id = " + std::to_string(review);
    EXPECT_EQ(scalar<std::string>(*front, "SELECT assigned_name" + where), "Someone");

    auto round = front->sync();
    ASSERT_TRUE(round.ok()) << round.error().message;
    EXPECT_EQ(round->refused, 1);
    EXPECT_EQ(scalar<std::string>(*front, "SELECT assigned_name" + where), "");  // undone
    EXPECT_EQ(scalar<std::string>(*front, "SELECT status" + where), "acknowledged");  // the good one stays
    auto issues = front->replica().issues();
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].mutation_id, 1);
    EXPECT_EQ(issues[0].name, "review.assign");
    EXPECT_EQ(issues[0].code, "invalid_argument");
    EXPECT_NE(issues[0].message.find("does not work at"), std::string::npos);
    EXPECT_EQ(front->replica().pending_count(), 0);

    // Retry sends it again as a new command (refused again here); discard removes it for good.
    auto retried = front->replica().retry_issue(1);
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(*retried, 3);
    ASSERT_SYNCED(*front);
    issues = front->replica().issues();
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].mutation_id, 3);
    ASSERT_TRUE(front->replica().discard_issue(3).ok());
    EXPECT_TRUE(front->replica().issues().empty());
    EXPECT_FALSE(front->replica().discard_issue(99).ok() && false);
}

TEST_F(DeskSyncTest, ACommandThatCannotApplyOnTheDeskIsRefusedAtOnce) {
    auto front = desk("frontdesk");
    EXPECT_EQ(front->replica().submit("review.set_status", {{"review_id", 1}, {"status", "acknowledged"}}).error().code,
              ErrorCode::unavailable);  // nothing loaded yet
    ASSERT_SYNCED(*front);
    EXPECT_EQ(front->replica().submit("review.set_status", {{"review_id", 999999}, {"status", "acknowledged"}}).error().code,
              ErrorCode::not_found);
    EXPECT_EQ(front->replica().submit("review.set_status", {{"review_id", first_review(*front)}, {"status", "gone"}}).error().code,
              ErrorCode::invalid_argument);
    EXPECT_EQ(front->replica().submit("review.explode", Json::object()).error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(front->replica().submit("profile.update_contact", {{"profile_id", first_profile(*front)}, {"primary_phone", "12"}})
                  .error()
                  .code,
              ErrorCode::invalid_argument);
    EXPECT_EQ(front->replica().pending_count(), 0);
}

TEST_F(DeskSyncTest, TwoDesksEditingOfflineConvergeWithTheConflictsKept) {
    auto a = desk("frontdesk");
    auto b = desk("austin");
    ASSERT_SYNCED(*a);
    ASSERT_SYNCED(*b);
    const auto profile = first_profile(*a);
    const auto review = first_review(*a);
    const std::string original_phone =
        scalar<std::string>(*a, "SELECT primary_phone FROM profile WHERE id = " + std::to_string(profile));
    a->online = false;
    b->online = false;
    ASSERT_TRUE(a->replica().submit("profile.update_contact", {{"profile_id", profile}, {"primary_phone", "+1 512 555 0101"}}).ok());
    ASSERT_TRUE(a->replica().submit("review.draft_reply", {{"review_id", review}, {"text", "Thanks for the visit!"}}).ok());
    m_clock.advance(std::chrono::minutes(5));
    ASSERT_TRUE(b->replica().submit("profile.update_contact", {{"profile_id", profile}, {"primary_phone", "+1 512 555 0202"}}).ok());
    ASSERT_TRUE(b->replica().submit("review.draft_reply", {{"review_id", review}, {"text", "Sorry to hear that."}}).ok());

    a->online = true;
    b->online = true;
    ASSERT_SYNCED(*a);
    ASSERT_SYNCED(*b);
    ASSERT_SYNCED(*a);
    const std::string phone = "SELECT primary_phone FROM profile WHERE id = " + std::to_string(profile);
    // Last writer in engine order wins; the value it overwrote stays in the history.
    EXPECT_EQ(scalar<std::string>(*a, phone), "+15125550202");
    EXPECT_EQ(scalar<std::string>(*b, phone), "+15125550202");
    const std::string history = "SELECT group_concat(old_value || '>' || new_value, ' ') FROM (SELECT * FROM "
                                "profile_field_history WHERE profile_id = " + std::to_string(profile) +
                                " AND field = 'primary_phone' ORDER BY changed_at)";
    EXPECT_EQ(scalar<std::string>(*a, history), original_phone + ">+15125550101 +15125550101>+15125550202");
    EXPECT_EQ(scalar<std::string>(*b, history), scalar<std::string>(*a, history));
    // Both drafts are kept; the later one is flagged as a conflict with the first.
    const std::string drafts = "SELECT count(*) FROM review_reply_draft WHERE review_id = " + std::to_string(review);
    EXPECT_EQ(scalar<int>(*a, drafts), 2);
    EXPECT_EQ(scalar<int>(*b, drafts), 2);
    const std::string flagged = "SELECT text FROM review_reply_draft WHERE conflict_with IS NOT NULL AND review_id = " +
                                std::to_string(review);
    EXPECT_EQ(scalar<std::string>(*a, flagged), "Sorry to hear that.");
    EXPECT_EQ(scalar<std::string>(*b, flagged), "Sorry to hear that.");
}

TEST_F(DeskSyncTest, EditingAnOutdatedDraftKeepsBothVersions) {
    auto a = desk("frontdesk");
    auto b = desk("austin");
    ASSERT_SYNCED(*a);
    const auto review = first_review(*a);
    ASSERT_TRUE(a->replica().submit("review.draft_reply", {{"review_id", review}, {"text", "First words"}}).ok());
    ASSERT_SYNCED(*a);
    ASSERT_SYNCED(*b);
    const std::string id = scalar<std::string>(*a, "SELECT id FROM review_reply_draft");
    ASSERT_TRUE(a->replica().submit("review.draft_reply", {{"review_id", review}, {"draft_id", id}, {"base_version", 1}, {"text", "A's edit"}}).ok());
    ASSERT_TRUE(b->replica().submit("review.draft_reply", {{"review_id", review}, {"draft_id", id}, {"base_version", 1}, {"text", "B's edit"}}).ok());
    ASSERT_SYNCED(*a);
    ASSERT_SYNCED(*b);
    EXPECT_EQ(scalar<std::string>(*b, "SELECT text FROM review_reply_draft WHERE id = '" + id + "'"), "A's edit");
    EXPECT_EQ(scalar<std::string>(*b, "SELECT text FROM review_reply_draft WHERE conflict_with = '" + id + "'"), "B's edit");
}

TEST_F(DeskSyncTest, AnnouncedChangesOfAPushedEditAreNotCountedTwice) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const auto review = first_review(*front);
    ASSERT_TRUE(front->replica().submit("review.draft_reply", {{"review_id", review}, {"text", "First words"}}).ok());
    ASSERT_SYNCED(*front);
    const std::string id = scalar<std::string>(*front, "SELECT id FROM review_reply_draft");
    const std::int64_t cursor = front->replica().cursor();
    ASSERT_TRUE(front->replica()
                    .submit("review.draft_reply", {{"review_id", review}, {"draft_id", id}, {"base_version", 1}, {"text", "Better words"}})
                    .ok());
    // The push lands; the answer to the pull is lost; the engine's announcement arrives instead.
    front->fail_pulls = true;
    EXPECT_FALSE(front->sync().ok());
    front->fail_pulls = false;
    auto pulled = front->call("GET", "/v1/pull?client_id=" + front->replica().client_id() + "&cursor=" + std::to_string(cursor), "");
    ASSERT_TRUE(pulled.ok());
    auto changes = sync::pull_result_from_json(*pulled);
    ASSERT_TRUE(changes.ok());
    auto applied = front->replica().apply_announced(announcement(cursor, *pulled));
    ASSERT_TRUE(applied.ok() && *applied);
    const std::string draft = " FROM review_reply_draft WHERE id = '" + id + "'";
    EXPECT_EQ(scalar<int>(*front, "SELECT version" + draft), 2);
    EXPECT_EQ(scalar<std::string>(*front, "SELECT text" + draft), "Better words");
    // Applied again on top, the edit would meet version 2 and keep a phantom conflicting copy.
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM review_reply_draft"), 1);
    ASSERT_SYNCED(*front);
    EXPECT_EQ(front->replica().pending_count(), 0);
    EXPECT_EQ(scalar<int>(*front, "SELECT version" + draft), 2);
}

// Announced changes show at once and are committed in groups: a desk that dies before it commits
// them comes back without them (and without the cursor covering them), and its next pull brings
// them; a person's command commits what was held before it is queued.
TEST_F(DeskSyncTest, HeldAnnouncementsShowAtOnceAndADeskThatDiesBeforeKeepingThemPullsThemAgain) {
    const std::string path = m_dir.file("held.db");
    auto front = loaded_desk("frontdesk", path);
    auto editor = loaded_desk("austin", m_dir.file("held-editor.db"));
    const auto profile = first_profile(*front);
    const std::string name = "SELECT last_name FROM profile WHERE id = " + std::to_string(profile);
    const std::string original = scalar<std::string>(*front, name);
    const std::int64_t cursor = front->replica().cursor();
    ASSERT_TRUE(front->replica().checkpoint().ok());
    const auto announced = edit_and_announce(*editor, *front, {{"profile_id", profile}, {"last_name", "Heldsworth"}});
    EXPECT_EQ(scalar<std::string>(*front, name), "Heldsworth");
    EXPECT_EQ(front->replica().cursor(), announced);
    EXPECT_TRUE(front->replica().holding());

    // The files as a crash would leave them: what is held was never committed.
    auto crashed = files_now(path, "held-crash.db");
    EXPECT_EQ(scalar<std::string>(*crashed, name), original);
    EXPECT_EQ(crashed->replica().cursor(), cursor);
    crashed->login(login_body("frontdesk"));
    ASSERT_SYNCED(*crashed);
    EXPECT_EQ(scalar<std::string>(*crashed, name), "Heldsworth");

    // A command commits the held changes first, then itself.
    ASSERT_TRUE(front->replica().submit("profile.update_contact", {{"profile_id", profile}, {"first_name", "Hilda"}}).ok());
    EXPECT_FALSE(front->replica().holding());
    front.reset();
    auto reopened = std::make_unique<Desk>(*m_engine, m_clock, path);
    EXPECT_EQ(scalar<std::string>(*reopened, name), "Heldsworth");
    EXPECT_EQ(reopened->replica().cursor(), announced);
    EXPECT_EQ(reopened->replica().pending_count(), 1);
}

// Held changes are committed by settle() (the sync runner's idle moment) and by closing the desk,
// with the search rows of the people they edited rebuilt.
TEST_F(DeskSyncTest, SettlingOrClosingKeepsTheHeldAnnouncements) {
    const std::string path = m_dir.file("settle.db");
    auto front = loaded_desk("frontdesk", path);
    auto editor = loaded_desk("austin", m_dir.file("settle-editor.db"));
    const auto profile = first_profile(*front);
    const std::string name = "SELECT last_name FROM profile WHERE id = " + std::to_string(profile);
    for (const std::string last : {"Settled", "Closed"}) {
        const auto announced = edit_and_announce(*editor, *front, {{"profile_id", profile}, {"last_name", last}});
        ASSERT_TRUE(front->replica().holding());
        if (last == "Settled") {
            ASSERT_TRUE(front->replica().settle().ok());
            EXPECT_FALSE(front->replica().holding());
        } else {
            front.reset();
        }
        auto after = files_now(path, "settle-" + last + ".db");
        EXPECT_EQ(scalar<std::string>(*after, name), last);
        EXPECT_EQ(after->replica().cursor(), announced);
        // The person's search rows, marked stale by the held edit, were rebuilt in the same commit.
        EXPECT_EQ(scalar<int>(*after, "SELECT count(*) FROM desk_search_stale"), 0);
        EXPECT_EQ(scalar<int>(*after, "SELECT count(*) FROM desk_search WHERE profile_id = " + std::to_string(profile) +
                                         " AND key = lower('" + last + "')"), 1);
    }
}

TEST_F(DeskSyncTest, AScopeChangeRemovesTheRowsOfTheLocationsLeft) {
    auto manager = desk("austin");
    ASSERT_SYNCED(*manager);
    EXPECT_GT(scalar<int>(*manager, "SELECT count(*) FROM review WHERE location_id = 'loc-austin-mueller'"), 0);
    const Json me = body_of(call("GET", "/v1/me", "", manager->token()))["user"];
    auto moved = call("PATCH", "/v1/users/" + std::to_string(me["id"].get<int>()),
                      Json{{"locations", {"loc-austin-downtown"}}}.dump());
    ASSERT_EQ(moved.status, 200) << moved.body;
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<int>(*manager, "SELECT count(*) FROM review WHERE location_id = 'loc-austin-mueller'"), 0);
    EXPECT_EQ(scalar<int>(*manager, "SELECT count(*) FROM profile WHERE home_location_id = 'loc-austin-mueller'"), 0);
    EXPECT_EQ(scalar<int>(*manager, "SELECT count(*) FROM location"), 1);
    EXPECT_EQ(manager->replica().scope(), std::set<std::string>{"loc-austin-downtown"});
    // Moved back: the location's rows are loaded again.
    ASSERT_EQ(call("PATCH", "/v1/users/" + std::to_string(me["id"].get<int>()),
                   Json{{"locations", {"loc-austin-downtown", "loc-austin-mueller"}}}.dump())
                  .status,
              200);
    auto round = manager->sync();
    ASSERT_TRUE(round.ok()) << round.error().message;
    EXPECT_TRUE(round->bootstrapped);
    EXPECT_GT(scalar<int>(*manager, "SELECT count(*) FROM review WHERE location_id = 'loc-austin-mueller'"), 0);
}

TEST_F(DeskSyncTest, ImportedReviewsReachTheDesksOfTheirLocationOnly) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const int before = scalar<int>(*front, "SELECT count(*) FROM review");
    Json reviews = Json::array();
    for (const char* location : {"loc-austin-downtown", "loc-boston-back-bay"}) {
        reviews.push_back({{"platform", "google"}, {"platform_review_id", std::string("import-") + location},
                           {"location_id", location}, {"rating", 2}, {"text", "Cold showers again"},
                           {"posted_at", "2026-11-24T14:00:00Z"}});
    }
    auto imported = call("POST", "/v1/reviews", Json{{"reviews", reviews}}.dump());
    ASSERT_EQ(imported.status, 200) << imported.body;
    ASSERT_SYNCED(*front);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM review"), before + 1);
    EXPECT_EQ(scalar<std::string>(*front, "SELECT location_id FROM review WHERE platform_review_id LIKE 'import-%'"),
              "loc-austin-downtown");
}

TEST_F(DeskSyncTest, AnOutdatedDeskIsToldToUpdate) {
    auto front = desk("frontdesk");
    front->protocol = "0";
    auto round = front->sync();
    ASSERT_FALSE(round.ok());
    EXPECT_EQ(round.error().code, ErrorCode::update_required);
    EXPECT_NE(round.error().message.find("update Outpost"), std::string::npos);
}

TEST_F(DeskSyncTest, AnOfflineShiftOfTenThousandCommandsLandsWhole) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const std::int64_t south = boston_manager();
    std::vector<std::int64_t> reviews;
    std::vector<std::int64_t> profiles;
    front->replica().read([&](store::Database& db) {
        auto r = db.prepare("SELECT id FROM review ORDER BY id LIMIT 50");
        while (*r->step()) reviews.push_back(r->int64(0));
        auto p = db.prepare("SELECT id FROM profile ORDER BY id LIMIT 200");
        while (*p->step()) profiles.push_back(p->int64(0));
        return 0;
    });
    ASSERT_FALSE(reviews.empty());
    ASSERT_FALSE(profiles.empty());
    front->online = false;
    constexpr int kCommands = 10000;
    int expected_refusals = 0;
    const auto start = m_clock.now();
    for (int i = 0; i < kCommands; ++i) {
        m_clock.set(start + std::chrono::milliseconds(static_cast<std::int64_t>(i) * 8 * 3600 * 1000 / kCommands));
        const auto profile = profiles[static_cast<std::size_t>(i) % profiles.size()];
        const auto review = reviews[static_cast<std::size_t>(i) % reviews.size()];
        Result<std::int64_t> queued = 0;
        switch (i % 5) {
            case 0: queued = front->replica().submit("visit.check_in", {{"profile_id", profile}, {"location_id", "loc-austin-downtown"}}); break;
            case 1: queued = front->replica().submit("profile.add_note", {{"profile_id", profile}, {"text", "note " + std::to_string(i)}}); break;
            case 2: queued = front->replica().submit("review.set_status", {{"review_id", review}, {"status", i % 2 ? "acknowledged" : "resolved"}}); break;
            case 3: queued = front->replica().submit("review.draft_reply", {{"review_id", review}, {"text", "draft " + std::to_string(i)}}); break;
            default:
                if (i % 100 == 4) {
                    queued = front->replica().submit("review.assign", {{"review_id", review}, {"user_id", south}, {"user_name", "x"}});
                    ++expected_refusals;
                } else {
                    queued = front->replica().submit("profile.update_contact", {{"profile_id", profile}, {"last_name", "L" + std::to_string(i)}});
                }
        }
        ASSERT_TRUE(queued.ok()) << i << ": " << queued.error().message;
    }
    EXPECT_EQ(front->replica().pending_count(), kCommands);
    front->online = true;
    auto round = front->sync();
    ASSERT_TRUE(round.ok()) << round.error().message;
    EXPECT_EQ(round->pushed, kCommands);
    EXPECT_EQ(front->replica().pending_count(), 0);
    EXPECT_EQ(static_cast<int>(front->replica().issues().size()), expected_refusals);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM visit WHERE source = 'front_desk' AND id > 0"), kCommands / 5);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM visit WHERE id < 0"), 0);
    EXPECT_EQ(scalar<int>(*front, "SELECT count(*) FROM profile_note"), kCommands / 5);
    // The engine has each command once: applied or refused, in the audit log exactly once.
    EXPECT_EQ(audit_count("visit.check_in"), kCommands / 5);
}


TEST_F(DeskSyncTest, ATaskCreatedOnOneDeskReachesTheOtherDesksOfItsLocation) {
    auto front = desk("frontdesk");
    auto manager = desk("austin");
    ASSERT_SYNCED(*front);
    ASSERT_SYNCED(*manager);
    ASSERT_TRUE(front->replica().submit("task.create", task_args("loc-austin-downtown", "Member asks for a refund")).ok());
    const std::string id = front->replica().client_id() + "/1";
    EXPECT_EQ(scalar<std::string>(*front, "SELECT status FROM task WHERE id = '" + id + "'"), "new");
    ASSERT_SYNCED(*front);
    ASSERT_SYNCED(*manager);
    const std::string where = " FROM task WHERE id = '" + id + "'";
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT summary" + where), "Member asks for a refund");
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT urgency" + where), "high");
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT location_id" + where), "loc-austin-downtown");
    // Due when the location's budget for a high-urgency task is used up, in its business hours.
    EXPECT_GT(scalar<std::int64_t>(*manager, "SELECT due_at" + where), scalar<std::int64_t>(*manager, "SELECT created_at" + where));
    EXPECT_EQ(scalar<int>(*manager, "SELECT count(*) FROM task WHERE summary = 'Member asks for a refund'"), 1);
}

TEST_F(DeskSyncTest, TheFirstClaimOfATaskInEngineOrderWinsOnEveryDesk) {
    auto a = desk("frontdesk");
    auto b = desk("austin");
    ASSERT_SYNCED(*a);
    ASSERT_TRUE(a->replica().submit("task.create", task_args("loc-austin-downtown", "Cold showers again")).ok());
    ASSERT_SYNCED(*a);
    ASSERT_SYNCED(*b);
    const std::string id = a->replica().client_id() + "/1";
    const std::string where = " FROM task WHERE id = '" + id + "'";
    const Json me_a = body_of(call("GET", "/v1/me", "", a->token()))["user"];
    const Json me_b = body_of(call("GET", "/v1/me", "", b->token()))["user"];
    a->online = false;
    b->online = false;
    ASSERT_TRUE(a->replica().submit("task.claim", {{"task_id", id}}).ok());
    ASSERT_TRUE(b->replica().submit("task.claim", {{"task_id", id}}).ok());
    // Each desk shows the task as its own until the engine has decided.
    EXPECT_EQ(scalar<std::int64_t>(*a, "SELECT owner_user_id" + where), me_a["id"].get<std::int64_t>());
    EXPECT_EQ(scalar<std::int64_t>(*b, "SELECT owner_user_id" + where), me_b["id"].get<std::int64_t>());
    EXPECT_EQ(scalar<std::string>(*b, "SELECT status" + where), "assigned");

    a->online = true;
    b->online = true;
    ASSERT_SYNCED(*a);
    ASSERT_SYNCED(*b);
    ASSERT_SYNCED(*a);
    const std::string owner = me_a["display_name"];
    for (Desk* d : {a.get(), b.get()}) {
        EXPECT_EQ(scalar<std::int64_t>(*d, "SELECT owner_user_id" + where), me_a["id"].get<std::int64_t>());
        EXPECT_EQ(scalar<std::string>(*d, "SELECT owner_name" + where), owner);
        EXPECT_EQ(d->replica().pending_count(), 0);
    }
    EXPECT_TRUE(a->replica().issues().empty());
    auto issues = b->replica().issues();
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].name, "task.claim");
    EXPECT_EQ(issues[0].code, "conflict");
    EXPECT_NE(issues[0].message.find("already claimed by " + owner), std::string::npos) << issues[0].message;

    // Claiming one's own task again changes nothing; a later claim by someone else is refused at once.
    ASSERT_TRUE(a->replica().submit("task.claim", {{"task_id", id}}).ok());
    ASSERT_SYNCED(*a);
    EXPECT_TRUE(a->replica().issues().empty());
    EXPECT_EQ(b->replica().submit("task.claim", {{"task_id", id}}).error().code, ErrorCode::conflict);
}

TEST_F(DeskSyncTest, OnlyTheOwnerReleasesATask) {
    auto a = desk("frontdesk");
    auto b = desk("austin");
    ASSERT_SYNCED(*a);
    ASSERT_TRUE(a->replica().submit("task.create", task_args("loc-austin-downtown", "Payment failed twice")).ok());
    const std::string id = a->replica().client_id() + "/1";
    ASSERT_TRUE(a->replica().submit("task.claim", {{"task_id", id}}).ok());
    ASSERT_SYNCED(*a);
    ASSERT_SYNCED(*b);
    const std::string where = " FROM task WHERE id = '" + id + "'";
    auto refused = b->replica().submit("task.release", {{"task_id", id}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::permission_denied);
    EXPECT_EQ(b->replica().submit("task.set_status", {{"task_id", id}, {"status", "resolved"}}).error().code,
              ErrorCode::permission_denied);
    EXPECT_EQ(b->replica().pending_count(), 0);

    ASSERT_TRUE(a->replica().submit("task.set_status", {{"task_id", id}, {"status", "in_progress"}}).ok());
    ASSERT_TRUE(a->replica().submit("task.release", {{"task_id", id}}).ok());
    ASSERT_SYNCED(*a);
    ASSERT_SYNCED(*b);
    EXPECT_TRUE(a->replica().issues().empty());
    EXPECT_EQ(scalar<int>(*b, "SELECT owner_user_id IS NULL" + where), 1);
    EXPECT_EQ(scalar<std::string>(*b, "SELECT status" + where), "new");
    // Unclaimed again, it is anyone's to take.
    ASSERT_TRUE(b->replica().submit("task.claim", {{"task_id", id}}).ok());
    ASSERT_SYNCED(*b);
    EXPECT_TRUE(b->replica().issues().empty());
}

TEST_F(DeskSyncTest, AFrontDeskCannotCreateATaskAtAnotherLocation) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    auto refused = front->replica().submit("task.create", task_args("loc-boston-back-bay", "Not ours"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::permission_denied);
    EXPECT_EQ(front->replica().submit("task.create", {{"type", "complaint"}, {"source", "fax"}, {"location_id", "loc-austin-downtown"},
                                                      {"urgency", "high"}, {"summary", "x"}})
                  .error()
                  .code,
              ErrorCode::invalid_argument);
    EXPECT_EQ(front->replica().pending_count(), 0);
    // Pushed past the desk's own check, the engine refuses it too.
    sync::Command create{1, "task.create", task_args("loc-boston-back-bay", "Not ours"), std::nullopt};
    Json push = {{"client_id", front->replica().client_id()}, {"commands", Json::array({sync::to_json(create)})}};
    auto answer = front->call("POST", "/v1/push", push.dump());
    ASSERT_TRUE(answer.ok()) << answer.error().message;
    auto pushed = sync::push_result_from_json(std::move(*answer));
    ASSERT_TRUE(pushed.ok()) << pushed.error().message;
    ASSERT_EQ(pushed->refused.size(), 1u);
    EXPECT_EQ(pushed->refused[0].code, "permission_denied");
}

TEST(BackoffTest, DelaysGrowTwofoldWithJitterUpToTheCapAndResetAfterSuccess) {
    sync::Backoff backoff(std::chrono::milliseconds(500), std::chrono::milliseconds(30000), 7);
    std::int64_t cap = 500;
    for (int i = 0; i < 10; ++i) {
        const auto d = backoff.next().count();
        EXPECT_GE(d, cap / 2) << i;
        EXPECT_LE(d, cap) << i;
        cap = std::min<std::int64_t>(cap * 2, 30000);
    }
    backoff.reset();
    EXPECT_LE(backoff.next().count(), 500);
    // Two desks that failed together wait differently.
    sync::Backoff a(std::chrono::milliseconds(500), std::chrono::milliseconds(30000), 1);
    sync::Backoff b(std::chrono::milliseconds(500), std::chrono::milliseconds(30000), 2);
    int differ = 0;
    for (int i = 0; i < 8; ++i) differ += a.next() != b.next();
    EXPECT_GT(differ, 0);
}

}  // namespace
}  // namespace outpost
