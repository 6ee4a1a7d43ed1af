// Sync over the network: an engine serving on loopback and desks that reach it as the console
// does — HttpClient transport, SyncRunner on its own thread, WebSocket pokes. Desks edit while
// offline, come back together and converge with the conflicts kept as specified; an edit on one
// desk reaches another through a poke alone.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

#include "support/engine_fixture.h"
#include "support/http_desk.h"

namespace outpost {
namespace {

using namespace std::chrono_literals;
using testing::HttpDesk;

constexpr auto kGenerous = 60s;
constexpr auto kNoInterval = std::chrono::hours(1);  // rounds without a poke would come far too late

class SyncOverNetwork : public testing::EngineFixture {
protected:
    void SetUp() override {
        EngineFixture::SetUp();
        auto port = m_engine->start();
        ASSERT_TRUE(port.ok()) << port.error().message;
        m_port = *port;
    }

    // A desk of a demo account, signed in, with its runner and poke socket going.
    std::unique_ptr<HttpDesk> desk(const std::string& username, std::chrono::milliseconds interval) {
        const auto& a = account(username);
        auto d = std::make_unique<HttpDesk>("127.0.0.1", m_port, m_clock, m_dir.file(username + ".db"));
        auto user =
            d->login({{"username", a.username}, {"password", a.password}, {"device_id", "desk-of-" + username}});
        EXPECT_TRUE(user.ok()) << (user.ok() ? "" : user.error().message);
        d->start_runner(interval, ++m_seed);
        d->connect_pokes();
        return d;
    }

    // Until both desks' sockets are registered with the engine: desk `a` saves notes until `b`
    // has heard a poke, then until `b` holds the last of them (its woken rounds are done).
    void until_pokes_arrive(HttpDesk& a, HttpDesk& b, std::int64_t profile) {
        std::string last;
        for (int i = 0; i < 30 && b.pokes() == 0; ++i) {
            last = "warm-up " + std::to_string(i);
            ASSERT_TRUE(a.submit("profile.add_note", {{"profile_id", profile}, {"text", last}}).ok());
            b.wait_until([&] { return b.pokes() > 0; }, 2s);
        }
        ASSERT_GT(b.pokes(), 0) << "the engine's pokes never reached the desk";
        ASSERT_TRUE(b.wait_until([&] { return has_note(b, last); }, kGenerous)) << "a poke did not lead to a pull";
    }

    static bool has_note(HttpDesk& d, const std::string& text) {
        return d.replica().read([&](store::Database& db) {
            auto stmt = db.prepare("SELECT count(*) FROM profile_note WHERE text = ?1");
            stmt->bind(1, text);
            return *stmt->step() && stmt->int64(0) > 0;
        });
    }

    static bool loaded(HttpDesk& d) { return d.replica().bootstrapped() && d.good_rounds() > 0; }

    // The audit entries of one action, oldest first (the engine's order).
    std::vector<Json> engine_order(const std::string& action) {
        Json page = body_of(call("GET", "/v1/audit?limit=1000&action=" + action));
        std::vector<Json> list(page["entries"].begin(), page["entries"].end());
        std::sort(list.begin(), list.end(), [](const Json& x, const Json& y) {
            return x["seq"].get<std::int64_t>() < y["seq"].get<std::int64_t>();
        });
        return list;
    }

    std::uint16_t m_port = 0;
    std::uint64_t m_seed = 41;
};

TEST_F(SyncOverNetwork, DesksEditingOfflineComeBackTogetherAndConvergeWithTheConflictsKept) {
    auto a = desk("frontdesk", 500ms);
    auto b = desk("austin", 500ms);
    ASSERT_TRUE(a->wait_until([&] { return loaded(*a); }, kGenerous));
    ASSERT_TRUE(b->wait_until([&] { return loaded(*b); }, kGenerous));
    const auto profile = a->scalar<std::int64_t>(
        "SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' ORDER BY id LIMIT 1");
    const auto review = a->scalar<std::int64_t>(
        "SELECT id FROM review WHERE location_id = 'loc-austin-downtown' AND status = 'open' ORDER BY id LIMIT 1");
    ASSERT_GT(profile, 0);
    ASSERT_GT(review, 0);
    const std::string of_profile = " FROM profile WHERE id = " + std::to_string(profile);
    const std::string original = a->scalar<std::string>("SELECT primary_phone" + of_profile);
    ASSERT_EQ(b->scalar<std::string>("SELECT primary_phone" + of_profile), original);

    a->set_online(false);
    b->set_online(false);
    const std::map<std::string, std::string> phone_of = {{"frontdesk", "+15125550101"}, {"austin", "+15125550202"}};
    const std::map<std::string, std::string> draft_of = {{"frontdesk", "Thanks for the visit!"},
                                                         {"austin", "Sorry to hear that."}};
    ASSERT_TRUE(
        a->submit("profile.update_contact", {{"profile_id", profile}, {"primary_phone", "+1 512 555 0101"}}).ok());
    ASSERT_TRUE(a->submit("review.draft_reply", {{"review_id", review}, {"text", draft_of.at("frontdesk")}}).ok());
    m_clock.advance(std::chrono::minutes(5));
    ASSERT_TRUE(
        b->submit("profile.update_contact", {{"profile_id", profile}, {"primary_phone", "+1 512 555 0202"}}).ok());
    ASSERT_TRUE(b->submit("review.draft_reply", {{"review_id", review}, {"text", draft_of.at("austin")}}).ok());
    // Offline, each desk shows its own edit at once and keeps it queued.
    EXPECT_EQ(a->scalar<std::string>("SELECT primary_phone" + of_profile), phone_of.at("frontdesk"));
    EXPECT_EQ(b->scalar<std::string>("SELECT primary_phone" + of_profile), phone_of.at("austin"));
    EXPECT_EQ(a->replica().pending_count(), 2);
    EXPECT_EQ(b->replica().pending_count(), 2);
    EXPECT_TRUE(engine_order("profile.update_contact").empty());

    // Both come back at the same moment; the engine orders their pushes.
    a->set_online(true);
    b->set_online(true);
    const std::string history =
        "SELECT count(*) FROM profile_field_history WHERE field = 'primary_phone' AND profile_id = " +
        std::to_string(profile);
    const std::string drafts = "SELECT count(*) FROM review_reply_draft WHERE review_id = " + std::to_string(review);
    auto settled = [&](HttpDesk& d) {
        return d.replica().pending_count() == 0 && d.scalar<int>(history) == 2 && d.scalar<int>(drafts) == 2;
    };
    ASSERT_TRUE(a->wait_until([&] { return settled(*a) && settled(*b); }, kGenerous));

    // Profile field: the last writer in the engine's order wins on both desks.
    const auto contact_order = engine_order("profile.update_contact");
    ASSERT_EQ(contact_order.size(), 2u);
    const std::string first_writer = contact_order[0]["actor"];
    const std::string last_writer = contact_order[1]["actor"];
    ASSERT_NE(first_writer, last_writer);
    for (HttpDesk* d : {a.get(), b.get()}) {
        EXPECT_EQ(d->scalar<std::string>("SELECT primary_phone" + of_profile), phone_of.at(last_writer));
        // The history keeps the value each write overwrote.
        const auto changes = d->replica().read([&](store::Database& db) {
            std::set<std::pair<std::string, std::string>> out;
            auto stmt = db.prepare(
                "SELECT old_value, new_value FROM profile_field_history WHERE field = 'primary_phone' "
                "AND profile_id = ?1");
            stmt->bind(1, profile);
            while (*stmt->step()) out.emplace(stmt->string(0), stmt->string(1));
            return out;
        });
        const std::set<std::pair<std::string, std::string>> expected = {
            {original, phone_of.at(first_writer)}, {phone_of.at(first_writer), phone_of.at(last_writer)}};
        EXPECT_EQ(changes, expected);
        EXPECT_TRUE(d->replica().issues().empty());
    }

    // Reply drafts: both kept; the later one in the engine's order names the earlier one.
    const auto draft_order = engine_order("review.draft_reply");
    ASSERT_EQ(draft_order.size(), 2u);
    const std::string earlier = draft_order[0]["details"]["draft"];
    const std::string later = draft_order[1]["details"]["draft"];
    EXPECT_EQ(draft_order[0]["details"]["conflict"], false);
    EXPECT_EQ(draft_order[1]["details"]["conflict"], true);
    for (HttpDesk* d : {a.get(), b.get()}) {
        EXPECT_EQ(d->scalar<std::string>("SELECT text FROM review_reply_draft WHERE id = '" + earlier + "'"),
                  draft_of.at(draft_order[0]["actor"]));
        EXPECT_EQ(d->scalar<std::string>("SELECT coalesce(conflict_with, '') FROM review_reply_draft WHERE id = '" +
                                         earlier + "'"),
                  "");
        EXPECT_EQ(d->scalar<std::string>("SELECT text FROM review_reply_draft WHERE id = '" + later + "'"),
                  draft_of.at(draft_order[1]["actor"]));
        EXPECT_EQ(d->scalar<std::string>("SELECT conflict_with FROM review_reply_draft WHERE id = '" + later + "'"),
                  earlier);
    }
}

TEST_F(SyncOverNetwork, AnEditOnOneDeskReachesAnotherThroughAPoke) {
    // Both runners sync on their own only once an hour: within the test only a poke starts a round.
    auto a = desk("frontdesk", kNoInterval);
    auto b = desk("austin", kNoInterval);
    ASSERT_TRUE(a->wait_until([&] { return loaded(*a); }, kGenerous));
    ASSERT_TRUE(b->wait_until([&] { return loaded(*b); }, kGenerous));
    const auto profile = a->scalar<std::int64_t>(
        "SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' ORDER BY id LIMIT 1");
    ASSERT_GT(profile, 0);
    until_pokes_arrive(*a, *b, profile);
    if (HasFatalFailure()) return;

    const int pokes_before = b->pokes();
    const std::string text = "Asked about the family plan " + std::to_string(std::random_device{}());
    ASSERT_FALSE(has_note(*b, text));
    ASSERT_TRUE(a->submit("profile.add_note", {{"profile_id", profile}, {"text", text}}).ok());
    ASSERT_TRUE(b->wait_until([&] { return has_note(*b, text); }, kGenerous)) << "the note never reached desk B";
    EXPECT_GT(b->pokes(), pokes_before);
    EXPECT_EQ(b->scalar<std::string>("SELECT author_name FROM profile_note WHERE text = '" + text + "'"),
              a->scalar<std::string>("SELECT author_name FROM profile_note WHERE text = '" + text + "'"));
    EXPECT_EQ(b->scalar<int>("SELECT count(*) FROM profile_note WHERE text = '" + text + "'"), 1);
}

}  // namespace
}  // namespace outpost
