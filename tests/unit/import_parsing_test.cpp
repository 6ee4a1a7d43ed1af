// The pieces of a review import that read text: ISO 8601 / RFC 3339 times (the common shapes
// without iostreams, the rest the general way), word folding into one buffer, and CSV fields read
// in runs.
#include <gtest/gtest.h>

#include <chrono>

#include "domain/clock.h"
#include "ingest/csv.h"
#include "ingest/near_duplicate.h"
#include "ingest/review_formats.h"
#include "rules/word_fold.h"

namespace outpost {
namespace {

using namespace std::chrono;

std::int64_t ms_of(const Result<Timestamp>& t) { return t->time_since_epoch().count(); }

TEST(Iso8601Common, ReadsTheUsualShapes) {
    const auto utc = parse_iso8601_common("2026-11-20T14:05:00Z");
    ASSERT_TRUE(utc);
    EXPECT_EQ(utc->time_since_epoch().count(), 1'795'183'500'000);
    EXPECT_EQ(parse_iso8601_common("1970-01-01T00:00:00Z")->time_since_epoch().count(), 0);
    EXPECT_EQ(parse_iso8601_common("1969-12-31T23:59:59Z")->time_since_epoch().count(), -1000);
    EXPECT_EQ(*parse_iso8601_common("2026-11-20"), *parse_iso8601_common("2026-11-20T00:00:00Z"));
    // One, two or three fraction digits are tenths, hundredths, thousandths.
    EXPECT_EQ(*parse_iso8601_common("2026-11-20T14:05:00.5Z") - *utc, 500ms);
    EXPECT_EQ(*parse_iso8601_common("2026-11-20T14:05:00.05Z") - *utc, 50ms);
    EXPECT_EQ(*parse_iso8601_common("2026-11-20T14:05:00.999Z") - *utc, 999ms);
}

TEST(Iso8601Common, AppliesOffsetsOfEitherSign) {
    const auto utc = *parse_iso8601_common("2026-11-20T14:05:00Z");
    EXPECT_EQ(*parse_iso8601_common("2026-11-20T08:05:00-06:00"), utc);
    EXPECT_EQ(*parse_iso8601_common("2026-11-20T19:35:00+05:30"), utc);
    EXPECT_EQ(*parse_iso8601_common("2026-11-20T14:05:00+00:00"), utc);
    EXPECT_EQ(*parse_iso8601_common("2026-11-20T14:05:00-00:00"), utc);
    // Across a day and a year boundary.
    EXPECT_EQ(*parse_iso8601_common("2027-01-01T13:59:00+23:54"), *parse_iso8601_common("2026-12-31T14:05:00Z"));
    EXPECT_EQ(*parse_iso8601_common("2026-12-31T20:00:00-04:00"), *parse_iso8601_common("2027-01-01"));
}

TEST(Iso8601Common, KnowsLeapDays) {
    EXPECT_TRUE(parse_iso8601_common("2024-02-29T12:00:00Z"));
    EXPECT_TRUE(parse_iso8601_common("2000-02-29"));
    EXPECT_EQ(*parse_iso8601_common("2024-03-01") - *parse_iso8601_common("2024-02-28"), hours(48));
    for (const char* no_such_day : {"2026-02-29", "1900-02-29", "2100-02-29T00:00:00Z", "2026-04-31", "2026-01-32"}) {
        EXPECT_FALSE(parse_iso8601_common(no_such_day)) << no_such_day;
        EXPECT_FALSE(parse_iso8601(no_such_day).ok()) << no_such_day;
    }
}

TEST(Iso8601Common, LeavesEverythingElseToTheGeneralReader) {
    for (const char* other : {"", "2026-11-20T14:05:00", "2026-11-20 14:05:00Z", "2026-11-20T14:05Z",
                              "2026-11-20T14:05:00.1234Z", "2026-11-20T14:05:00.Z", "2026-11-20T14:05:00+0100",
                              "2026-11-20T14:05:00+24:00", "2026-11-20T14:05:00+01:60", "2026-11-20T24:00:00Z",
                              "2026-11-20T14:60:00Z", "2026-11-20T14:05:60Z", "2026-13-01T00:00:00Z",
                              "2026-00-10", "2026-11-00", "2026-1-20", "20261120", "2026-11-20Tab:05:00Z",
                              "2026-11-20T14:05:00z", "2026-11-20T14:05:00ZZ", "+026-11-20T14:05:00Z"}) {
        EXPECT_FALSE(parse_iso8601_common(other)) << other;
    }
}

TEST(Iso8601Common, AgreesWithTheGeneralReaderWhereBothRead) {
    // parse_iso8601 takes the common reader first; the general one (date::parse) reads the shapes
    // it leaves, with the same results the whole reader gave before there was a common path.
    EXPECT_EQ(ms_of(parse_iso8601("2026-11-20T14:05:00+01:60")), ms_of(parse_iso8601("2026-11-20T12:05:00Z")));
    EXPECT_EQ(ms_of(parse_iso8601("2026-11-20T14:05:00.Z")), ms_of(parse_iso8601("2026-11-20T14:05:00Z")));
    EXPECT_FALSE(parse_iso8601("2026-11-20T14:05:00.1234Z").ok());
    EXPECT_FALSE(parse_iso8601("2026-11-20T14:05:00").ok());
    EXPECT_FALSE(parse_iso8601("2026-13-01T00:00:00Z").ok());
    EXPECT_FALSE(parse_iso8601("2026-11-20T14:05:00Zjunk").ok());
}

TEST(ReviewTime, ReadsExportShapes) {
    const auto utc = ingest::parse_review_time("2026-11-20T14:05:00Z");
    ASSERT_TRUE(utc.ok());
    EXPECT_EQ(ms_of(ingest::parse_review_time("2026-11-20 14:05:00")), ms_of(utc));     // Yelp: no zone, UTC
    EXPECT_EQ(ms_of(ingest::parse_review_time("2026-11-20T15:05:00+0100")), ms_of(utc));  // "+HHMM"
    EXPECT_EQ(ms_of(ingest::parse_review_time("2026-11-20T14:05:00.123456789Z")), ms_of(utc) + 123);  // cut to ms
    EXPECT_EQ(ms_of(ingest::parse_review_time("2026-11-20T15:05:00.250+01:00")), ms_of(utc) + 250);
    for (const char* bad : {"", "yesterday", "2026-02-30T10:00:00Z", "2026-11-20T25:00:00Z", "2026-11-20 14:05"}) {
        EXPECT_FALSE(ingest::parse_review_time(bad).ok()) << bad;
    }
}

TEST(FoldedWords, SameWordsAsFoldWordsInOneBuffer) {
    for (const char* text : {"¡LESIÓN grave! Niño, cigüeña", "didn’t — ok 👍 fine", "", "  ,,  ", "ÀÉÎÕÜ×ÿ ß",
                             "trailing\xC3", "a\xC3\x97" "b", "Mixed CASE 42 times"}) {
        const rules::FoldedWords folded(text);
        const auto expected = rules::fold_words(text);
        ASSERT_EQ(folded.size(), expected.size()) << text;
        for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(folded[i], expected[i]) << text;
    }
    EXPECT_EQ(rules::fold_words("ÀÉÎÕÜ×ÿ ß"), (std::vector<std::string>{"aeiou", "y", "s"}));
}

TEST(FoldedWords, ReusedForTextsOfAnyLength) {
    rules::FoldedWords words;
    words.assign("short one");
    ASSERT_EQ(words.size(), 2u);
    const std::string longer(5000, 'x');
    words.assign("a " + longer + " b");
    ASSERT_EQ(words.size(), 3u);
    EXPECT_EQ(words[1], longer);
    EXPECT_EQ(words[2], "b");
    words.assign("");
    EXPECT_TRUE(words.empty());
    const std::string text = "The coach was great, the pool was clean and the staff friendly";
    EXPECT_EQ(ingest::shingles(rules::FoldedWords(text)), ingest::shingles(text));
}

TEST(CsvRuns, QuotesAndLineEndsInsideLongFields) {
    const std::string long_text(3000, 'w');
    const std::string csv = "a,b\n" + long_text + ",\"" + long_text + "\n" + long_text + "\"\nx\"y,\"z\"\"\"\r\nlone\rcr,2\n";
    ingest::CsvReader reader(csv);  // reads the text in place
    ingest::CsvRecord rec;
    ASSERT_TRUE(reader.next(rec));
    ASSERT_TRUE(reader.next(rec));
    EXPECT_EQ(rec.line, 2);
    EXPECT_EQ(rec.fields, (std::vector<std::string>{long_text, long_text + "\n" + long_text}));
    ASSERT_TRUE(reader.next(rec));
    EXPECT_EQ(rec.line, 4);  // the quoted line end counted
    EXPECT_EQ(rec.fields, (std::vector<std::string>{"x\"y", "z\""}));
    ASSERT_TRUE(reader.next(rec));
    EXPECT_EQ(rec.line, 5);
    EXPECT_EQ(rec.fields, (std::vector<std::string>{"lone\rcr", "2"}));
    EXPECT_FALSE(reader.next(rec));
}

TEST(CsvRuns, TextAfterAClosingQuoteIsAnError) {
    ingest::CsvReader reader("\"abc\"def,1\nnext,2\n");
    ingest::CsvRecord rec;
    ASSERT_TRUE(reader.next(rec));
    EXPECT_EQ(rec.error, "text after a closing quote");
    ASSERT_TRUE(reader.next(rec));
    EXPECT_TRUE(rec.error.empty());
    EXPECT_EQ(rec.line, 2);
    EXPECT_EQ(rec.fields, (std::vector<std::string>{"next", "2"}));
}

}  // namespace
}  // namespace outpost
