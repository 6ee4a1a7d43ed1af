// POST /v1/imports/reviews (issue #4): the console's import for corporate users — the summary with
// each bad row's line and reason, duplicates on a second upload, the format guessed or chosen,
// other roles refused, and an audit row naming the person.
#include <gtest/gtest.h>

#include <vector>

#include "support/engine_fixture.h"

namespace outpost {
namespace {

const std::string kCsv =
    "platform,location_id,rating,text,author,posted_at,platform_id\n"
    "google,loc-austin-downtown,5,Friendly coaches and classes that start on time every single morning.,Ana Ruiz,"
    "2026-11-20T08:00:00Z,imp-001\n"
    "yelp,loc-austin-downtown,7,Seven stars is not a thing.,Ben Cole,2026-11-20T09:00:00Z,imp-002\n"
    "google,loc-austin-mueller,2,The lockers were broken twice this week and nobody fixed them.,Cara Diaz,"
    "2026-11-21T10:00:00Z,imp-003\n";

class ImportRouteTest : public testing::EngineFixture {
protected:
    net::HttpResponse upload(const Json& body, const std::string& token) {
        return call("POST", "/v1/imports/reviews", body.dump(), token);
    }
};

TEST_F(ImportRouteTest, ACorporateUserImportsAFileAndSeesBadRowsWithTheirLine) {
    const Json body = {{"file_name", "export.csv"}, {"content", kCsv}, {"format", ""}};
    auto first = upload(body, m_token);
    ASSERT_EQ(first.status, 200) << first.body;
    Json summary = body_of(first);
    EXPECT_EQ(summary["format"], "csv");
    EXPECT_EQ(summary["imported"], 2);
    EXPECT_EQ(summary["duplicates"], 0);
    ASSERT_EQ(summary["errors"].size(), 1u);
    EXPECT_EQ(summary["errors"][0]["where"], "line 3");
    EXPECT_NE(summary["errors"][0]["reason"].get<std::string>().find("rating"), std::string::npos);

    auto again = upload(body, login_token("ops"));
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(body_of(again)["imported"], 0);
    EXPECT_EQ(body_of(again)["duplicates"], 2);

    auto audit = body_of(call("GET", "/v1/audit?action=review.import"));
    ASSERT_EQ(audit["entries"].size(), 2u);
    EXPECT_EQ(audit["entries"][0]["actor"], "ops");
}

TEST_F(ImportRouteTest, ADeskPullsTheImportedReviewsOfItsLocationsWithTheirTriage) {
    Json login = login_body("frontdesk");  // Austin Downtown only
    login["client_id"] = "desk-A";
    auto signed_in = call("POST", "/v1/login", login.dump(), "");
    ASSERT_EQ(signed_in.status, 200) << signed_in.body;
    const std::string desk = body_of(signed_in)["token"];
    const Json before = body_of(call("GET", "/v1/pull?client_id=desk-A", "", desk));

    auto imported = upload({{"file_name", "export.csv"}, {"content", kCsv}, {"format", "csv"}}, m_token);
    ASSERT_EQ(imported.status, 200) << imported.body;
    Json pulled = body_of(call("GET", "/v1/pull?client_id=desk-A&cursor=" + std::to_string(before["cursor"].get<std::int64_t>()),
                               "", desk));
    std::vector<Json> reviews;
    for (const Json& change : pulled["changes"]) {
        if (change["entity"] == "review") reviews.push_back(change);
    }
    ASSERT_EQ(reviews.size(), 1u) << pulled.dump();
    EXPECT_EQ(reviews[0]["op"], "put");
    EXPECT_EQ(reviews[0]["value"]["platform_review_id"], "imp-001");
    EXPECT_EQ(reviews[0]["value"]["location_id"], "loc-austin-downtown");
    EXPECT_EQ(reviews[0]["value"]["rating"], 5);
    EXPECT_EQ(reviews[0]["value"]["sentiment"], "positive");
    EXPECT_EQ(reviews[0]["value"]["severity"], "low");
    EXPECT_TRUE(reviews[0]["value"]["triage_reasons"].is_string());
}

TEST_F(ImportRouteTest, OtherRolesAreRefusedAndADocumentInTheWrongShapeIsExplained) {
    const Json body = {{"file_name", "export.csv"}, {"content", kCsv}};
    for (const char* user : {"frontdesk", "austin", "south"}) {
        auto refused = upload(body, login_token(user));
        EXPECT_EQ(refused.status, 403) << user;
    }
    auto wrong = upload({{"file_name", "export.json"}, {"content", kCsv}, {"format", "google"}}, m_token);
    EXPECT_EQ(wrong.status, 400);
    EXPECT_NE(body_of(wrong)["error"]["message"].get<std::string>().find("not a google review export"), std::string::npos);
    auto unknown = upload({{"file_name", "x"}, {"content", kCsv}, {"format", "myspace"}}, m_token);
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(upload({{"content", kCsv}}, m_token).status, 400);  // no file name
}

}  // namespace
}  // namespace outpost
