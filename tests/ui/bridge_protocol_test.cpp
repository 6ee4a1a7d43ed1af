// The bridge's request targets and answer decoders.

#include <gtest/gtest.h>

#include "ui/bridge/protocol.h"
#include "ui/bridge/review_query.h"

namespace outpost::ui {
namespace {

TEST(ReviewQueryTest, EmptyFilterAsksForTheFirstPage) {
    ReviewQuery q;
    EXPECT_EQ(q.target(), "/v1/reviews?limit=200&offset=0");
}

TEST(ReviewQueryTest, EveryFilterBecomesAParameter) {
    ReviewQuery q;
    q.locations = {"loc-a", "loc-b"};
    q.minRating = 1;
    q.maxRating = 2;
    q.platform = Platform::google;
    q.statuses = {ReviewStatus::open};
    q.limit = 50;
    q.offset = 100;
    EXPECT_EQ(
        q.target(),
        "/v1/reviews?location=loc-a,loc-b&min_rating=1&max_rating=2&platform=google&status=open&limit=50&offset=100");
}

TEST(ReviewQueryTest, LimitIsKeptWithinTheProtocolRange) {
    ReviewQuery q;
    q.limit = 5000;
    EXPECT_EQ(q.target(), "/v1/reviews?limit=1000&offset=0");
}

TEST(ProtocolTest, DecodesAReviewPage) {
    const auto page = parseReviewPage(
        R"({"v":1,"total":3,"offset":0,"limit":200,"reviews":[{"id":7,"platform":"yelp","platform_review_id":"y-7",
        "location_id":"loc-a","rating":2,"text":"Cold showers","author":"A. Member","posted_at":"2026-11-20T10:00:00Z",
        "status":"open","profile_id":null}]})");
    ASSERT_TRUE(page.ok()) << page.error().message;
    EXPECT_EQ(page->total, 3);
    ASSERT_EQ(page->reviews.size(), 1u);
    EXPECT_EQ(page->reviews[0].id.value(), 7);
    EXPECT_EQ(page->reviews[0].platform, Platform::yelp);
    EXPECT_EQ(page->reviews[0].rating, 2);
}

TEST(ProtocolTest, RefusesAnotherProtocolVersion) {
    const auto page = parseReviewPage(R"({"v":2,"total":0,"reviews":[]})");
    ASSERT_FALSE(page.ok());
    EXPECT_NE(page.error().message.find("version"), std::string::npos);
}

TEST(ProtocolTest, NamesTheBadField) {
    const auto page = parseReviewPage(
        R"({"v":1,"total":1,"reviews":[{"id":1,"platform":"google","platform_review_id":"g","location_id":"l",
        "rating":9,"posted_at":"2026-11-20T10:00:00Z"}]})");
    ASSERT_FALSE(page.ok());
    EXPECT_NE(page.error().message.find("rating"), std::string::npos);
}

TEST(ProtocolTest, DecodesLocationsAndHealth) {
    const auto org = parseOrgSnapshot(
        R"({"v":1,"brands":[{"id":"b","name":"Summit"}],"regions":[{"id":"r","brand_id":"b","name":"Central"}],
        "locations":[{"id":"l","region_id":"r","name":"Riverside","address":"1 Road","time_zone":"America/Chicago",
        "hours":{"mon":[["06:00","22:00"]]}}]})");
    ASSERT_TRUE(org.ok()) << org.error().message;
    ASSERT_EQ(org->locations.size(), 1u);
    EXPECT_EQ(org->locations[0].time_zone, "America/Chicago");

    const auto health =
        parseHealth(R"({"v":1,"status":"ok","version":"0.1.0","time":"2026-11-24T12:00:00Z"})");
    ASSERT_TRUE(health.ok()) << health.error().message;
    EXPECT_EQ(health->status, "ok");
    EXPECT_TRUE(health->time.has_value());
}

TEST(ProtocolTest, MalformedJsonIsAnError) {
    EXPECT_FALSE(parseHealth("{not json").ok());
    EXPECT_FALSE(parseOrgSnapshot(R"({"v":1,"brands":[]})").ok());
}

}  // namespace
}  // namespace outpost::ui
