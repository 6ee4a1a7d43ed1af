// Replies (issue #4): template rendering and defaults, location overrides and who may edit
// templates, the reply workflow's rules (edited replies to negative reviews, approval of
// high-severity replies), posting through the publisher, and drafting offline.
#include <gtest/gtest.h>

#include <fstream>

#include "engine/reply_poster.h"
#include "store/repositories.h"
#include "sync/reply_templates.h"
#include "sync/sync_service.h"
#include "support/desk_test.h"

namespace outpost {
namespace {

using namespace std::chrono_literals;
using testing::Desk;

// ---- rendering ----

TEST(ReplyTemplates, TokensAreReplacedAndUnknownOnesStayVisibleAndAreReported) {
    const std::map<std::string, std::string> values = {
        {"first_name", "Ana"}, {"location_name", "Austin Downtown"}, {"manager_name", "Luis"},
        {"review_platform", "Google"}, {"rating", "2"}};
    auto r = sync::render_template("Hi {first_name}, {manager_name} at {location_name} read your {rating}-star "
                                   "{review_platform} review. {frist_name} {nickname} {first_name}",
                                   values);
    EXPECT_EQ(r.text, "Hi Ana, Luis at Austin Downtown read your 2-star Google review. {frist_name} {nickname} Ana");
    EXPECT_EQ(r.unknown, (std::vector<std::string>{"{frist_name}", "{nickname}"}));
    EXPECT_TRUE(r.missing.empty());
    auto partial = sync::render_template("Hi {first_name} { not a token } {", {{"first_name", ""}});
    EXPECT_EQ(partial.text, "Hi {first_name} { not a token } {");
    EXPECT_EQ(partial.missing, std::vector<std::string>{"{first_name}"});
    EXPECT_TRUE(partial.unknown.empty());
}

TEST(ReplyTemplates, NormalisedTextIgnoresCaseSpacingAndPunctuation) {
    EXPECT_EQ(sync::normalise_reply("  Hi Ana,\n thanks!  "), sync::normalise_reply("hi ana thanks"));
    EXPECT_NE(sync::normalise_reply("Hi Ana, thanks"), sync::normalise_reply("Hi Ana, thanks for the note"));
}

TEST(ReplyTemplates, DefaultsHaveThreePublicAndTwoPrivatePerLanguageWithKnownTokensOnly) {
    for (std::string lang : {"en", "es"}) {
        int pub = 0, priv = 0;
        for (const auto& d : sync::default_templates()) {
            if (d.lang != lang) continue;
            (d.kind == "public" ? pub : priv)++;
            EXPECT_TRUE(sync::render_template(d.body, {}).unknown.empty()) << d.slot;
        }
        EXPECT_EQ(pub, 3) << lang;
        EXPECT_EQ(priv, 2) << lang;
    }
}

// ---- with an engine and desks ----

class ReplyTest : public testing::DeskTest {
protected:
    store::Database engine_db() {
        auto db = store::Database::open(m_dir.file("engine.db"), testing::kTestPassphrase, store::OpenMode::open_existing);
        EXPECT_TRUE(db.ok()) << db.error().message;
        return std::move(*db);
    }
    std::int64_t review_at(const std::string& location, const std::string& rating_condition) {
        auto db = engine_db();
        // One nobody has replied to yet (the demo's older reviews carry the time of their first reply).
        auto id = db.query_int("SELECT id FROM review WHERE location_id = '" + location + "' AND rating " +
                               rating_condition + " AND first_reply_at IS NULL ORDER BY id LIMIT 1");
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
    void set_severity(std::int64_t review, const std::string& severity) {
        auto db = engine_db();
        ASSERT_TRUE(db.exec("UPDATE review SET severity = '" + severity + "' WHERE id = " + std::to_string(review)).ok());
        ASSERT_TRUE(sync::record_changes(db, {{"review", std::to_string(review)}}, m_clock.now()).ok());
    }
    // Saves a new draft; answers its id.
    std::string draft(Desk& d, std::int64_t review, const std::string& text, std::optional<std::string> template_id = {}) {
        Json args = {{"review_id", review}, {"text", text}};
        if (template_id) args["template_id"] = *template_id;
        auto m = d.replica().submit("review.draft_reply", args);
        EXPECT_TRUE(m.ok()) << m.error().message;
        return d.replica().client_id() + "/" + std::to_string(m.ok() ? *m : 0);
    }
    // The template rendered for `review` as `writer` would see it.
    std::string rendered(Desk& d, const std::string& template_id, std::int64_t review, const std::string& writer) {
        return d.replica().read([&](store::Database& db) {
            auto t = sync::find_template(db, template_id);
            auto values = sync::review_token_values(db, review, writer);
            EXPECT_TRUE(t.ok() && *t && values.ok());
            return sync::render_template((*t)->body, *values).text;
        });
    }
    std::string state(Desk& d, const std::string& draft_id) {
        return scalar<std::string>(d, "SELECT state FROM review_reply_draft WHERE id = '" + draft_id + "'");
    }
};

TEST_F(ReplyTest, EveryDeskHasTheBrandDefaultsAndALocationOverrideWinsThere) {
    auto front = desk("frontdesk");
    auto manager = desk("austin");
    ASSERT_SYNCED(*front);
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT count(*) FROM reply_template WHERE location_id IS NULL AND lang = 'en' AND kind = 'public'"), 3);
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT count(*) FROM reply_template WHERE location_id IS NULL AND lang = 'en' AND kind = 'private'"), 2);

    const Json override_args = {{"slot", "public_thanks"}, {"kind", "public"}, {"title", "Thanks from Downtown"},
                                {"body", "Thanks {first_name}! The Downtown crew loves hearing this."},
                                {"location_id", "loc-austin-downtown"}};
    ASSERT_TRUE(manager->replica().submit("template.save", override_args).ok());
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*front);
    auto at = [&](Desk& d, const std::string& location) {
        return d.replica().read([&](store::Database& db) {
            auto list = sync::templates_for_location(db, location);
            EXPECT_TRUE(list.ok());
            std::map<std::string, std::string> bodies;
            for (const auto& t : *list) {
                if (t.lang == "en") bodies[t.slot] = t.body;
            }
            return bodies;
        });
    };
    auto downtown = at(*front, "loc-austin-downtown");
    EXPECT_EQ(downtown.size(), 5u);
    EXPECT_EQ(downtown["public_thanks"], "Thanks {first_name}! The Downtown crew loves hearing this.");
    auto mueller = at(*manager, "loc-austin-mueller");
    EXPECT_NE(mueller["public_thanks"], downtown["public_thanks"]);
    EXPECT_EQ(mueller["public_apology"], downtown["public_apology"]);
}

TEST_F(ReplyTest, OnlyCorporateEditsBrandTemplatesAndOnlyManagersOverrideThem) {
    auto front = desk("frontdesk");
    auto manager = desk("austin");
    auto ops = desk("ops");
    for (Desk* d : {front.get(), manager.get(), ops.get()}) ASSERT_SYNCED(*d);
    const Json brand_edit = {{"template_id", "brand-1:public_mixed:en"}, {"slot", "public_mixed"}, {"kind", "public"},
                             {"title", "Mixed review"}, {"body", "Thanks {first_name}, we hear you."}};
    EXPECT_EQ(manager->replica().submit("template.save", brand_edit).error().code, ErrorCode::permission_denied);
    Json local = {{"slot", "public_mixed"}, {"kind", "public"}, {"title", "Mixed"}, {"body", "Thanks {first_name}."},
                  {"location_id", "loc-austin-downtown"}};
    EXPECT_EQ(front->replica().submit("template.save", local).error().code, ErrorCode::permission_denied);
    EXPECT_EQ(manager->replica().submit("template.delete", {{"template_id", "brand-1:public_mixed:en"}}).error().code,
              ErrorCode::permission_denied);
    local["body"] = "Thanks {frist_name}.";
    auto typo = manager->replica().submit("template.save", local);
    ASSERT_FALSE(typo.ok());
    EXPECT_NE(typo.error().message.find("{frist_name}"), std::string::npos);

    // Corporate's edit of a brand-wide template reaches a desk scoped to one location.
    ASSERT_TRUE(ops->replica().submit("template.save", brand_edit).ok());
    ASSERT_SYNCED(*ops);
    ASSERT_SYNCED(*front);
    EXPECT_TRUE(ops->replica().issues().empty());
    EXPECT_EQ(scalar<std::string>(*front, "SELECT body FROM reply_template WHERE id = 'brand-1:public_mixed:en'"),
              "Thanks {first_name}, we hear you.");
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT version FROM reply_template WHERE id = 'brand-1:public_mixed:en'"), 2);
    ASSERT_TRUE(ops->replica().submit("template.delete", {{"template_id", "brand-1:public_mixed:en"}}).ok());
    ASSERT_SYNCED(*ops);
    ASSERT_SYNCED(*front);
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT count(*) FROM reply_template WHERE id = 'brand-1:public_mixed:en'"), 0);
    EXPECT_EQ(audit_count("template.save"), 1);
}

TEST_F(ReplyTest, AnUneditedTemplateForALowRatingIsRefusedAndAnEditedOneAccepted) {
    auto manager = desk("austin");
    ASSERT_SYNCED(*manager);
    const std::int64_t low = review_at("loc-austin-downtown", "<= 2");
    const std::int64_t high = review_at("loc-austin-downtown", "= 4");
    ASSERT_GT(low, 0);
    ASSERT_GT(high, 0);
    const std::string apology = "brand-1:public_apology:en";
    const std::string text = rendered(*manager, apology, low, "Luis Ortega");
    EXPECT_EQ(text.find('{'), std::string::npos) << text;
    const std::string unedited = draft(*manager, low, "  " + text + " ", apology);
    auto refused = manager->replica().submit("review.submit_reply", {{"draft_id", unedited}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::invalid_argument);
    EXPECT_NE(refused.error().message.find("needs a reply a person has written"), std::string::npos) << refused.error().message;

    ASSERT_TRUE(manager->replica()
                    .submit("review.draft_reply", {{"review_id", low}, {"draft_id", unedited},
                                                   {"text", text + " The broken treadmill was repaired on Monday."}})
                    .ok());
    ASSERT_TRUE(manager->replica().submit("review.submit_reply", {{"draft_id", unedited}}).ok());
    const std::string thanks = "brand-1:public_thanks:en";
    const std::string positive = draft(*manager, high, rendered(*manager, thanks, high, "Luis Ortega"), thanks);
    ASSERT_TRUE(manager->replica().submit("review.submit_reply", {{"draft_id", positive}}).ok());
    ASSERT_SYNCED(*manager);
    EXPECT_TRUE(manager->replica().issues().empty());
    EXPECT_EQ(state(*manager, unedited), "approved");
    EXPECT_EQ(state(*manager, positive), "approved");
    // Approved replies are no longer edited.
    EXPECT_EQ(manager->replica()
                  .submit("review.draft_reply", {{"review_id", high}, {"draft_id", positive}, {"text", "Changed"}})
                  .error()
                  .code,
              ErrorCode::conflict);
}

TEST_F(ReplyTest, AHighSeverityReplyWaitsForARegionalManagerAndThenIsPosted) {
    const std::int64_t review = review_at("loc-austin-downtown", "<= 2");
    set_severity(review, "high");
    auto manager = desk("austin");
    auto region = desk("south");
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*region);
    const std::string id = draft(*manager, review, "We're sorry. Our safety lead will call you today to hear what happened.");
    ASSERT_TRUE(manager->replica().submit("review.submit_reply", {{"draft_id", id}}).ok());
    EXPECT_EQ(state(*manager, id), "awaiting_approval");
    const Json approve = {{"draft_id", id}, {"reason", "Wording checked with legal"}};
    EXPECT_EQ(manager->replica().submit("review.approve_reply", approve).error().code, ErrorCode::permission_denied);
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*region);
    EXPECT_EQ(state(*region, id), "awaiting_approval");
    EXPECT_EQ(region->replica().submit("review.approve_reply", Json{{"draft_id", id}, {"reason", " "}}).error().code,
              ErrorCode::invalid_argument);
    ASSERT_TRUE(region->replica().submit("review.approve_reply", approve).ok());
    ASSERT_SYNCED(*region);
    EXPECT_TRUE(region->replica().issues().empty());

    Json entries = body_of(call("GET", "/v1/audit?limit=10&action=review.approve_reply"))["entries"];
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["actor"], "south");
    EXPECT_NE(entries[0].dump().find("Wording checked with legal"), std::string::npos) << entries[0].dump();

    // The engine posts it through the default file publisher and says so only once it confirmed.
    auto report = m_engine->post_replies();
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->posted, 1u);
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(state(*manager, id), "posted");
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT platform_reply_id FROM review_reply_draft WHERE id = '" + id + "'"),
              "file:" + id);
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT status FROM review WHERE id = " + std::to_string(review)), "replied");
    EXPECT_EQ(scalar<std::int64_t>(*manager, "SELECT first_reply_at FROM review WHERE id = " + std::to_string(review)),
              store::to_db(m_clock.now()));
    std::ifstream file(m_dir.file("replies-outbound.jsonl"));
    std::string line;
    ASSERT_TRUE(std::getline(file, line));
    auto payload = parse_json(line);
    ASSERT_TRUE(payload.ok());
    EXPECT_EQ((*payload)["draft_id"], id);
    EXPECT_EQ((*payload)["review_id"], review);
    EXPECT_EQ((*payload)["approver_name"], "Dana Whitfield");
    EXPECT_EQ((*payload)["kind"], "public");
    EXPECT_EQ((*payload)["text"], "We're sorry. Our safety lead will call you today to hear what happened.");
    EXPECT_FALSE(std::getline(file, line));  // posted once
}

TEST_F(ReplyTest, ARejectedReplyGoesBackToDraftWithTheReason) {
    const std::int64_t review = review_at("loc-austin-downtown", "<= 2");
    set_severity(review, "high");
    auto manager = desk("austin");
    auto region = desk("south");
    ASSERT_SYNCED(*manager);
    const std::string id = draft(*manager, review, "Sorry about that.");
    ASSERT_TRUE(manager->replica().submit("review.submit_reply", {{"draft_id", id}}).ok());
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*region);
    ASSERT_TRUE(region->replica().submit("review.reject_reply", {{"draft_id", id}, {"reason", "Offer a call"}}).ok());
    ASSERT_SYNCED(*region);
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(state(*manager, id), "draft");
    EXPECT_EQ(scalar<std::string>(*manager, "SELECT decision_reason FROM review_reply_draft WHERE id = '" + id + "'"),
              "Offer a call");
}

TEST_F(ReplyTest, DraftsMadeOfflineSyncAndAreSubmittedLater) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const std::int64_t review = review_at("loc-austin-downtown", ">= 3");
    front->online = false;
    const std::string id = draft(*front, review, "Thank you for the kind words, see you next week!");
    ASSERT_TRUE(front->replica().submit("review.submit_reply", {{"draft_id", id}}).ok());
    EXPECT_FALSE(front->sync().ok());
    EXPECT_EQ(state(*front, id), "approved");
    front->online = true;
    ASSERT_SYNCED(*front);
    EXPECT_TRUE(front->replica().issues().empty());
    auto db = engine_db();
    auto posted = db.query_int("SELECT count(*) FROM review_reply_draft WHERE id = '" + id + "' AND state = 'approved'");
    ASSERT_TRUE(posted.ok());
    EXPECT_EQ(*posted, 1);
}

// ---- posting: retries, failure, never posted without a confirmation ----

class ScriptedPublisher : public engine::ReplyPublisher {
public:
    Result<std::string> publish(const engine::OutboundReply& reply) override {
        ++calls;
        if (fail) return make_error(ErrorCode::unavailable, "platform answered 503");
        return "gbp-" + reply.draft_id;
    }
    bool fail = true;
    int calls = 0;
};

TEST_F(ReplyTest, AFailingPublisherIsRetriedThenTheReplyFailsWithTheReasonAndIsNeverPosted) {
    auto manager = desk("austin");
    ASSERT_SYNCED(*manager);
    const std::int64_t review = review_at("loc-austin-downtown", ">= 3");
    const std::string id = draft(*manager, review, "Thanks so much for visiting us!");
    ASSERT_TRUE(manager->replica().submit("review.submit_reply", {{"draft_id", id}}).ok());
    ASSERT_SYNCED(*manager);

    auto db = engine_db();
    ScriptedPublisher publisher;
    engine::ReplyPoster poster(db, publisher, m_clock, engine::RetryPolicy{3, 30s, 1h});
    auto column = [&](const std::string& name) {
        auto stmt = db.prepare("SELECT " + name + " FROM review_reply_draft WHERE id = ?1");
        EXPECT_TRUE(stmt.ok());
        stmt->bind(1, id);
        EXPECT_TRUE(*stmt->step());
        return stmt->kind(0) == store::Statement::Kind::null ? std::string("NULL") : stmt->string(0);
    };
    auto first = poster.run();
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_EQ(first->retrying, 1u);
    EXPECT_EQ(column("state"), "approved");
    EXPECT_EQ(poster.run()->retrying, 0u);  // not due yet: the backoff holds it
    EXPECT_EQ(publisher.calls, 1);
    m_clock.advance(31s);
    EXPECT_EQ(poster.run()->retrying, 1u);
    m_clock.advance(61s);
    auto last = poster.run();
    EXPECT_EQ(last->failed, 1u);
    EXPECT_EQ(publisher.calls, 3);
    EXPECT_EQ(column("state"), "failed");
    EXPECT_EQ(column("platform_reply_id"), "NULL");
    EXPECT_NE(column("failure_reason").find("platform answered 503"), std::string::npos) << column("failure_reason");
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(state(*manager, id), "failed");

    // Retried by hand, and this time the platform confirms.
    ASSERT_TRUE(manager->replica().submit("review.retry_reply", {{"draft_id", id}}).ok());
    ASSERT_SYNCED(*manager);
    publisher.fail = false;
    auto posted = poster.run();
    ASSERT_TRUE(posted.ok());
    EXPECT_EQ(posted->posted, 1u);
    EXPECT_EQ(column("state"), "posted");
    EXPECT_EQ(column("platform_reply_id"), "gbp-" + id);
}

}  // namespace
}  // namespace outpost
