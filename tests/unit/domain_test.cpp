#include <gtest/gtest.h>

#include "domain/clock.h"
#include "domain/enums.h"
#include "domain/json_codec.h"
#include "domain/org.h"

namespace outpost {
namespace {

using namespace std::chrono_literals;

Json valid_review() {
    return Json{{"platform", "google"},   {"platform_review_id", "g-1"},         {"location_id", "loc-1"},
                {"rating", 4},            {"text", "Great coaches"},             {"author", "Ana P."},
                {"posted_at", "2026-11-20T14:05:00Z"}};
}

TEST(Iso8601, RoundTripsSecondsAndMilliseconds) {
    auto t = parse_iso8601("2026-11-20T14:05:00Z");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(format_iso8601(*t), "2026-11-20T14:05:00Z");
    auto ms = parse_iso8601("2026-11-20T14:05:00.250Z");
    ASSERT_TRUE(ms.ok());
    EXPECT_EQ(*ms - *t, 250ms);
    EXPECT_EQ(format_iso8601(*ms), "2026-11-20T14:05:00.250Z");
}

TEST(Iso8601, AppliesOffsetsToUtc) {
    auto local = parse_iso8601("2026-11-20T08:05:00-06:00");
    auto utc = parse_iso8601("2026-11-20T14:05:00Z");
    ASSERT_TRUE(local.ok());
    ASSERT_TRUE(utc.ok());
    EXPECT_EQ(*local, *utc);
}

TEST(Iso8601, AcceptsPlainDatesAsMidnightUtc) {
    auto d = parse_iso8601("2026-11-20");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(format_iso8601(*d), "2026-11-20T00:00:00Z");
}

TEST(Iso8601, RejectsGarbage) {
    for (const char* bad : {"", "yesterday", "2026-13-01T00:00:00Z", "2026-11-20T14:05:00Zjunk", "2026-11-20 14:05"}) {
        auto t = parse_iso8601(bad);
        EXPECT_FALSE(t.ok()) << bad;
    }
}

TEST(LocalDay, IsTheCalendarDayOfTheZone) {
    const auto evening = local_day("America/Chicago", *parse_iso8601("2026-11-25T03:00:00Z"));  // 21:00 on the 24th
    EXPECT_EQ(evening.date, std::chrono::year_month_day(std::chrono::year(2026), std::chrono::November, std::chrono::day(24)));
    EXPECT_EQ(format_iso8601(evening.start), "2026-11-24T06:00:00Z");
    EXPECT_EQ(format_iso8601(evening.end), "2026-11-25T06:00:00Z");
    // The day clocks go forward has 23 hours.
    const auto spring = local_day("America/Chicago", *parse_iso8601("2026-03-08T18:00:00Z"));
    EXPECT_EQ(spring.end - spring.start, std::chrono::hours(23));
    // An unknown zone falls back to the UTC day.
    const auto utc = local_day("Mars/Olympus", *parse_iso8601("2026-11-25T03:00:00Z"));
    EXPECT_EQ(format_iso8601(utc.start), "2026-11-25T00:00:00Z");
    EXPECT_EQ(utc.end - utc.start, std::chrono::hours(24));
}

TEST(ManualClock, MovesOnlyWhenTold) {
    ManualClock clock(Timestamp(1000ms));
    EXPECT_EQ(clock.now(), Timestamp(1000ms));
    clock.advance(5s);
    EXPECT_EQ(clock.now(), Timestamp(6000ms));
}

TEST(ReviewCodec, RoundTrips) {
    auto review = review_from_json(valid_review());
    ASSERT_TRUE(review.ok()) << review.error().message;
    EXPECT_EQ(review->rating, 4);
    EXPECT_EQ(review->platform, Platform::google);
    EXPECT_EQ(review->status, ReviewStatus::open);
    Json back = to_json(*review);
    EXPECT_EQ(back["posted_at"], "2026-11-20T14:05:00Z");
    EXPECT_EQ(back["platform"], "google");
    auto again = review_from_json(back);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->text, "Great coaches");
}

struct BadField {
    const char* field;
    Json value;
    const char* expected_message_part;
};

class ReviewCodecRejects : public ::testing::TestWithParam<BadField> {};

TEST_P(ReviewCodecRejects, NamesTheField) {
    Json j = valid_review();
    if (GetParam().value.is_discarded()) {
        j.erase(GetParam().field);
    } else {
        j[GetParam().field] = GetParam().value;
    }
    auto review = review_from_json(j);
    ASSERT_FALSE(review.ok());
    EXPECT_EQ(review.error().code, ErrorCode::invalid_argument);
    EXPECT_NE(review.error().message.find(GetParam().expected_message_part), std::string::npos) << review.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Fields, ReviewCodecRejects,
    ::testing::Values(BadField{"rating", 6, "review.rating: must be an integer from 1 to 5"},
                      BadField{"rating", "5", "review.rating: must be an integer from 1 to 5"},
                      BadField{"rating", 4.5, "review.rating"},
                      BadField{"rating", Json::value_t::discarded, "review.rating: is required"},
                      BadField{"platform", "myspace", "review.platform: must be one of google, yelp"},
                      BadField{"posted_at", "last tuesday", "review.posted_at"},
                      BadField{"platform_review_id", "", "review.platform_review_id: must not be empty"},
                      BadField{"text", 42, "review.text: must be a string"},
                      BadField{"location_id", Json::value_t::discarded, "review.location_id: is required"}));

TEST(ReviewCodec, RejectsNonObjects) {
    auto review = review_from_json(Json::array({1, 2}));
    ASSERT_FALSE(review.ok());
    EXPECT_EQ(review.error().message, "review: must be a JSON object");
}

TEST(LocationCodec, ChecksTimeZoneAndHours) {
    Json loc = {{"id", "loc-1"},
                {"region_id", "r-1"},
                {"name", "Downtown"},
                {"time_zone", "America/Chicago"},
                {"hours", {{"mon", Json::array({Json::array({"06:00", "12:00"}), Json::array({"13:00", "22:00"})})}}}};
    auto ok = location_from_json(loc);
    ASSERT_TRUE(ok.ok()) << ok.error().message;
    EXPECT_EQ(ok->hours[1].size(), 2u);
    EXPECT_EQ(ok->hours[1][1].open_minute, 13 * 60);

    Json bad_zone = loc;
    bad_zone["time_zone"] = "Mars/Olympus";
    auto r1 = location_from_json(bad_zone);
    ASSERT_FALSE(r1.ok());
    EXPECT_NE(r1.error().message.find("location.time_zone"), std::string::npos);

    Json overlapping = loc;
    overlapping["hours"] = {{"tue", Json::array({Json::array({"06:00", "14:00"}), Json::array({"13:00", "22:00"})})}};
    auto r2 = location_from_json(overlapping);
    ASSERT_FALSE(r2.ok());
    EXPECT_NE(r2.error().message.find("location.hours.tue"), std::string::npos);

    Json bad_day = loc;
    bad_day["hours"] = {{"someday", Json::array()}};
    EXPECT_FALSE(location_from_json(bad_day).ok());
}

TEST(ParseJson, ReportsMalformedInputAndDepth) {
    EXPECT_TRUE(parse_json(R"({"a":[1,2,3]})").ok());
    auto malformed = parse_json("{\"a\":");
    ASSERT_FALSE(malformed.ok());
    EXPECT_NE(malformed.error().message.find("malformed JSON"), std::string::npos);
    std::string deep(100, '[');
    deep += std::string(100, ']');
    auto too_deep = parse_json(deep, 32);
    ASSERT_FALSE(too_deep.ok());
    EXPECT_NE(too_deep.error().message.find("deeper than 32"), std::string::npos);
}

TEST(Enums, NamesRoundTrip) {
    for (auto p : {Platform::google, Platform::yelp, Platform::facebook, Platform::tripadvisor, Platform::in_app}) {
        EXPECT_EQ(enum_from_string<Platform>(to_string(p)), p);
    }
    EXPECT_FALSE(enum_from_string<ReviewStatus>("pending").has_value());
    EXPECT_EQ(enum_names<ReviewStatus>(), "open, acknowledged, replied, resolved");
}

}  // namespace
}  // namespace outpost
