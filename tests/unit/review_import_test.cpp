// Review ingestion (core/ingest): the export shapes in tests/fixtures, CSV edge cases, duplicates
// by platform id and by near-duplicate text, idempotent imports, bad rows with their line or record,
// stored triage, the change log, the desk replica's columns and the 14-day raw payload purge.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/csv.h"
#include "ingest/near_duplicate.h"
#include "ingest/review_import.h"
#include "store/repositories.h"
#include "store/schema.h"
#include "support/temp_dir.h"
#include "sync/replica.h"
#include "sync/sync_service.h"

namespace outpost {
namespace {

using ingest::ImportOptions;
using ingest::ImportSummary;
using ingest::ReviewFormat;

std::string fixture(const std::string& name) { return (std::filesystem::path(OUTPOST_FIXTURES_DIR) / name).string(); }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// "line 12: rating: ..." for every error, to show in a failure.
std::string listed(const ImportSummary& s) { return ingest::describe(s); }

bool has_error(const ImportSummary& s, const std::string& where, const std::string& reason_part) {
    return std::any_of(s.errors.begin(), s.errors.end(), [&](const ingest::RowError& e) {
        return e.where == where && e.reason.find(reason_part) != std::string::npos;
    });
}

class ReviewImportTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto db = store::open_engine_store(m_dir.file("engine.db"), "test passphrase", store::OpenMode::create_if_missing);
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::make_unique<store::Database>(std::move(*db));
        store::SqlOrgRepository org(*m_db);
        ASSERT_TRUE(org.save(Brand{BrandId("b"), "Brand"}).ok());
        ASSERT_TRUE(org.save(Region{RegionId("south"), BrandId("b"), "South"}).ok());
        for (const char* id : {"austin-downtown", "austin-mueller", "denver-lohi"}) {
            ASSERT_TRUE(org.save(Location{LocationId(id), RegionId("south"), id, "", "America/Chicago", {}}).ok());
        }
    }

    ImportSummary import_file(const std::string& name, std::optional<ReviewFormat> format,
                              std::optional<std::string> location = std::nullopt) {
        ImportOptions options;
        if (location) options.location = LocationId(*location);
        auto s = ingest::import_review_file(*m_db, m_clock, fixture(name), format, options);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
        return s.ok() ? *s : ImportSummary{};
    }

    ImportSummary import_text(const std::string& text, ReviewFormat format, ImportOptions options = {}) {
        auto parsed = ingest::parse_reviews(text, format);
        EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message);
        if (!parsed) return {};
        ingest::ReviewImporter importer(*m_db, m_clock);
        auto s = importer.import(std::move(*parsed), options);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
        return s.ok() ? *s : ImportSummary{};
    }

    std::int64_t count(const std::string& sql) { return m_db->query_int(sql).value_or(-1); }

    testing::TempDir m_dir;
    ManualClock m_clock{*parse_iso8601("2024-07-01T12:00:00Z")};
    std::unique_ptr<store::Database> m_db;
};

TEST_F(ReviewImportTest, GoogleExportWithALocationOption) {
    auto s = import_file("reviews_google.json", ReviewFormat::google, "austin-downtown");
    EXPECT_EQ(s.imported, 24) << listed(s);
    EXPECT_EQ(s.duplicates, 2);
    EXPECT_EQ(s.near_duplicates, 1);
    EXPECT_EQ(s.rejected, 4);
    EXPECT_TRUE(has_error(s, "record 5", "starRating: must be one of ONE")) << listed(s);
    EXPECT_TRUE(has_error(s, "record 12", "reviewId: is required")) << listed(s);
    EXPECT_TRUE(has_error(s, "record 20", "createTime")) << listed(s);
    EXPECT_TRUE(has_error(s, "record 27", "must be an object")) << listed(s);
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE location_id = 'austin-downtown' AND platform = 'google'"), 24);
    // Normalised: "FOUR" is 4, RFC 3339 with microseconds, the reviewer's display name.
    auto stmt = m_db->prepare("SELECT rating, author, posted_at, text FROM review WHERE platform_review_id = 'g-010'");
    ASSERT_TRUE(stmt.ok());
    ASSERT_TRUE(*stmt->step());
    EXPECT_EQ(stmt->int64(0), 4);
    EXPECT_EQ(stmt->string(1), "Jia Chen");
    EXPECT_EQ(format_iso8601(store::from_db(stmt->int64(2))), "2024-03-10T17:15:30.123Z");
    EXPECT_EQ(stmt->string(3), "");  // a rating without a comment
}

TEST_F(ReviewImportTest, GoogleLocationFromThePlatformReferenceOtherwiseARowError) {
    auto s = import_file("reviews_google.json", std::nullopt);  // guessed: google
    // Only the reviews whose location reference is an Outpost location id can be placed.
    EXPECT_EQ(s.imported, 3) << listed(s);
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE location_id = 'austin-mueller'"), 3);
    EXPECT_TRUE(has_error(s, "record 3", "location: the row names none")) << listed(s);
}

TEST_F(ReviewImportTest, YelpExport) {
    auto s = import_file("reviews_yelp.json", ReviewFormat::yelp, "austin-mueller");
    EXPECT_EQ(s.imported, 22) << listed(s);
    EXPECT_EQ(s.duplicates, 1);
    EXPECT_EQ(s.rejected, 4);
    EXPECT_TRUE(has_error(s, "record 3", "rating: must be an integer from 1 to 5")) << listed(s);
    EXPECT_TRUE(has_error(s, "record 11", "time_created")) << listed(s);
    EXPECT_TRUE(has_error(s, "record 17", "id: is required")) << listed(s);
    EXPECT_TRUE(has_error(s, "record 25", "rating")) << listed(s);
    // "YYYY-MM-DD HH:MM:SS" without a zone is UTC.
    EXPECT_EQ(count("SELECT posted_at FROM review WHERE platform_review_id = 'y-001'"),
              store::to_db(*parse_iso8601("2024-04-01T09:05:00Z")));
}

TEST_F(ReviewImportTest, FacebookRecommendationsMapToFiveAndOneStars) {
    auto s = import_file("reviews_facebook.json", ReviewFormat::facebook, "denver-lohi");
    EXPECT_EQ(s.imported, 20) << listed(s);
    EXPECT_EQ(s.duplicates, 1);
    EXPECT_EQ(s.rejected, 4);
    EXPECT_TRUE(has_error(s, "record 2", "recommendation_type: must be positive or negative")) << listed(s);
    EXPECT_TRUE(has_error(s, "record 6", "open_graph_story")) << listed(s);
    EXPECT_TRUE(has_error(s, "record 14", "rating: is required")) << listed(s);
    EXPECT_TRUE(has_error(s, "record 23", "created_time")) << listed(s);
    // fb-002 and fb-003 are negative recommendations without stars, fb-011 a positive one; fb-004
    // has its own 5 stars.
    EXPECT_EQ(count("SELECT rating FROM review WHERE platform_review_id = 'fb-002'"), 1);
    EXPECT_EQ(count("SELECT rating FROM review WHERE platform_review_id = 'fb-003'"), 1);
    EXPECT_EQ(count("SELECT rating FROM review WHERE platform_review_id = 'fb-004'"), 5);
    EXPECT_EQ(count("SELECT rating FROM review WHERE platform_review_id = 'fb-011'"), 5);
    // "+0000" offsets are read.
    EXPECT_EQ(count("SELECT posted_at FROM review WHERE platform_review_id = 'fb-001'"),
              store::to_db(*parse_iso8601("2024-05-01T10:10:00Z")));
}

TEST_F(ReviewImportTest, GenericCsvReportsBadRowsByLineAndImportsTheRest) {
    auto s = import_file("reviews_generic.csv", std::nullopt);
    EXPECT_EQ(s.imported, 21) << listed(s);
    EXPECT_EQ(s.duplicates, 2);
    EXPECT_EQ(s.near_duplicates, 1);
    EXPECT_EQ(s.rejected, 8);
    EXPECT_TRUE(has_error(s, "line 12", "rating: must be an integer from 1 to 5")) << listed(s);
    EXPECT_TRUE(has_error(s, "line 14", "platform: must be one of")) << listed(s);
    EXPECT_TRUE(has_error(s, "line 16", "posted_at")) << listed(s);
    EXPECT_TRUE(has_error(s, "line 17", "unknown location 'atlantis'")) << listed(s);
    EXPECT_TRUE(has_error(s, "line 21", "location: the row names none")) << listed(s);
    EXPECT_TRUE(has_error(s, "line 31", "rating")) << listed(s);
    EXPECT_TRUE(has_error(s, "line 32", "text after a closing quote")) << listed(s);
    EXPECT_TRUE(has_error(s, "line 34", "not closed")) << listed(s);
    // Quoted commas, doubled quotes and line breaks arrive intact.
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE author = 'Novak, Eli'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE text LIKE '%no \"wet floor\" sign.'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE text = 'Great atmosphere, clean equipment,' || char(10) || "
                    "'and the spin instructor really pushes you.' || char(10) || 'Would recommend!'"),
              1);
    // A row without a platform id gets one from its content.
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE author = 'Leo Marsh' AND platform_review_id LIKE 'h:%'"), 1);
    // Short texts are never near duplicates: two people wrote "Friendly people, fair prices".
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE text = 'Friendly people, fair prices'"), 2);
}

TEST_F(ReviewImportTest, ImportingAFileTwiceAddsNothing) {
    auto first = import_file("reviews_generic.csv", ReviewFormat::csv, "austin-downtown");
    EXPECT_EQ(first.imported, 22) << listed(first);  // line 21 takes the option's location
    const auto reviews = count("SELECT count(*) FROM review");
    const auto changes = count("SELECT count(*) FROM change_log");
    const auto payloads = count("SELECT count(*) FROM review_raw_payload");
    auto second = import_file("reviews_generic.csv", ReviewFormat::csv, "austin-downtown");
    EXPECT_EQ(second.imported, 0);
    EXPECT_EQ(second.duplicates, first.imported + first.duplicates);
    EXPECT_EQ(second.rejected, first.rejected);
    EXPECT_EQ(count("SELECT count(*) FROM review"), reviews);
    EXPECT_EQ(count("SELECT count(*) FROM change_log"), changes);
    EXPECT_EQ(count("SELECT count(*) FROM review_raw_payload"), payloads);
    // Both imports are in the audit log, without personal data.
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'review.import'"), 2);
}

TEST_F(ReviewImportTest, ExactDuplicatesByPlatformIdAcrossImports) {
    const std::string header = "platform,location_id,rating,text,author,posted_at,platform_id\n";
    auto first = import_text(header + "google,austin-downtown,4,Nice,A,2024-06-01T08:00:00Z,x-1\n", ReviewFormat::csv);
    EXPECT_EQ(first.imported, 1);
    // The same platform id with other content is the same review; on another platform it is not.
    auto second = import_text(header + "google,austin-downtown,2,Edited later,A,2024-06-02T08:00:00Z,x-1\n"
                                       "yelp,austin-downtown,2,Edited later,A,2024-06-02T08:00:00Z,x-1\n",
                              ReviewFormat::csv);
    EXPECT_EQ(second.imported, 1);
    EXPECT_EQ(second.duplicates, 1);
    EXPECT_EQ(second.near_duplicates, 0);
}

TEST_F(ReviewImportTest, NearDuplicateTextAtTheSameLocationWithinThirtyDays) {
    const std::string header = "platform,location_id,rating,text,author,posted_at,platform_id\n";
    const std::string text = "The instructor was late again and the class started twenty minutes after the booked time";
    auto first = import_text(header + "google,austin-downtown,2," + text + ",A,2024-06-01T08:00:00Z,n-1\n",
                             ReviewFormat::csv);
    ASSERT_EQ(first.imported, 1);
    auto again = import_text(
        header +
            // the same words, another platform, case and punctuation changed: a near duplicate
            "facebook,austin-downtown,1,\"THE instructor was late, again - and the class started twenty minutes after "
            "the booked time!\",A,2024-06-03T08:00:00Z,n-2\n"
            // the same text at another location: not a duplicate
            "google,austin-mueller,2," + text + ",B,2024-06-03T08:00:00Z,n-3\n"
            // the same text posted 40 days later: not a duplicate
            "google,austin-downtown,2," + text + ",C,2024-07-11T08:00:00Z,n-4\n"
            // one word added to a long text: still a near duplicate of n-1
            "yelp,austin-downtown,2,\"" + text + " today\",D,2024-06-02T08:00:00Z,n-5\n",
        ReviewFormat::csv);
    EXPECT_EQ(again.imported, 2) << listed(again);
    EXPECT_EQ(again.near_duplicates, 2);
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE platform_review_id IN ('n-3', 'n-4')"), 2);
}

TEST_F(ReviewImportTest, ShinglesAndJaccard) {
    EXPECT_TRUE(ingest::shingles("too short to compare at all").empty());
    const auto a = ingest::shingles("one two three four five six seven eight nine ten");
    const auto b = ingest::shingles("One, two; three four FIVE six seven eight nine ten!");
    EXPECT_EQ(a, b);
    EXPECT_DOUBLE_EQ(ingest::jaccard(a, b), 1.0);
    const auto c = ingest::shingles("one two three four five six seven eight nine eleven");
    EXPECT_NEAR(ingest::jaccard(a, c), 8.0 / 10.0, 1e-9);
}

TEST_F(ReviewImportTest, CsvReaderEdgeCases) {
    ingest::CsvReader reader("\xEF\xBB\xBF" "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"multi\r\nline\"\r\n\r\n,,\nlast,row,\"open");
    ingest::CsvRecord rec;
    ASSERT_TRUE(reader.next(rec));
    EXPECT_EQ(rec.fields, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(rec.line, 1);
    ASSERT_TRUE(reader.next(rec));
    EXPECT_EQ(rec.fields, (std::vector<std::string>{"x, y", "say \"hi\"", "multi\r\nline"}));
    EXPECT_EQ(rec.line, 2);
    ASSERT_TRUE(reader.next(rec));  // the blank line is skipped
    EXPECT_EQ(rec.fields, (std::vector<std::string>{"", "", ""}));
    EXPECT_EQ(rec.line, 5);
    ASSERT_TRUE(reader.next(rec));
    EXPECT_EQ(rec.line, 6);
    EXPECT_NE(rec.error.find("not closed"), std::string::npos);
    EXPECT_FALSE(reader.next(rec));
}

TEST_F(ReviewImportTest, AFileThatCannotBeReadFailsAsAWhole) {
    ImportOptions options;
    auto missing = ingest::import_review_file(*m_db, m_clock, m_dir.file("nope.csv"), std::nullopt, options);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::io);
    EXPECT_FALSE(ingest::parse_reviews("{not json", ReviewFormat::google).ok());
    EXPECT_FALSE(ingest::parse_reviews("rating,text\n5,hi\n", ReviewFormat::csv).ok());  // no platform column
    EXPECT_FALSE(ingest::parse_reviews(R"({"data": []})", ReviewFormat::yelp).ok());
}

TEST_F(ReviewImportTest, TriageIsStoredWithItsReasonCodesAndSentToDesks) {
    auto s = import_file("reviews_generic.csv", ReviewFormat::csv);
    ASSERT_EQ(s.imported, 21) << listed(s);
    auto stmt = m_db->prepare("SELECT id, severity, sentiment, triage_reasons FROM review WHERE platform_review_id = 'c-003'");
    ASSERT_TRUE(stmt.ok());
    ASSERT_TRUE(*stmt->step());
    const std::string id = std::to_string(stmt->int64(0));
    EXPECT_EQ(stmt->string(1), "high");
    EXPECT_EQ(stmt->string(2), "negative");
    auto reasons = parse_json(stmt->text(3));
    ASSERT_TRUE(reasons.ok());
    std::vector<std::string> codes;
    for (const auto& r : *reasons) codes.push_back(r.get<std::string>());
    EXPECT_NE(std::find(codes.begin(), codes.end(), "keyword:injury:slipped"), codes.end()) << reasons->dump();
    EXPECT_NE(std::find(codes.begin(), codes.end(), "severity:high"), codes.end()) << reasons->dump();
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE platform_review_id = 'c-001' AND severity = 'low' AND "
                    "sentiment = 'positive'"),
              1);

    // Each imported review is in the change log at its location, naming the row, and is read with
    // its triage as desks receive it.
    EXPECT_EQ(count("SELECT count(*) FROM change_log WHERE entity = 'review' AND op = 'put'"), 21);
    auto change = m_db->prepare("SELECT location_id, payload FROM change_log WHERE entity = 'review' AND entity_id = ?1");
    ASSERT_TRUE(change.ok());
    change->bind(1, id);
    ASSERT_TRUE(*change->step());
    EXPECT_EQ(change->string(0), "austin-downtown");
    EXPECT_EQ(change->text(1), "");
    auto value = sync::change_value(*m_db, "review", id, change->text(1));
    ASSERT_TRUE(value.ok()) << value.error().message;
    ASSERT_TRUE(value->has_value());
    const Json* payload = &**value;
    EXPECT_EQ((*payload)["severity"], "high");
    EXPECT_EQ((*payload)["platform_review_id"], "c-003");

    // A desk replica has the same columns and stores them.
    auto replica = sync::Replica::open(m_dir.file("replica.db"), "replica key", m_clock);
    ASSERT_TRUE(replica.ok()) << replica.error().message;
    (*replica)->read([&](store::Database& db) {
        EXPECT_TRUE(sync::write_entity(db, *sync::find_entity("review"), *payload).ok());
        EXPECT_EQ(db.query_int("SELECT count(*) FROM review WHERE severity = 'high' AND triage_reasons LIKE "
                               "'%keyword:injury:slipped%'")
                      .value_or(0),
                  1);
        return 0;
    });
}

TEST_F(ReviewImportTest, RawPayloadsArePurgedAfterFourteenDays) {
    auto s = import_file("reviews_yelp.json", ReviewFormat::yelp, "austin-mueller");
    ASSERT_EQ(s.imported, 22);
    // The file as received, in one part (it is far below 1 MiB).
    EXPECT_EQ(count("SELECT count(*) FROM review_raw_payload WHERE source = 'import:yelp' AND part = 0"), 1);
    EXPECT_EQ(count("SELECT length(CAST(payload AS BLOB)) FROM review_raw_payload"),
              static_cast<std::int64_t>(read_file(fixture("reviews_yelp.json")).size()));

    m_clock.advance(std::chrono::hours(24 * 14));  // exactly 14 days: kept
    EXPECT_EQ(*ingest::purge_raw_payloads(*m_db, m_clock.now()), 0);
    m_clock.advance(std::chrono::minutes(1));
    EXPECT_EQ(*ingest::purge_raw_payloads(*m_db, m_clock.now()), 1);
    EXPECT_EQ(count("SELECT count(*) FROM review_raw_payload"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM review"), 22);  // the reviews stay

    // Every import purges first: old payloads go, the new import's stay.
    import_file("reviews_facebook.json", ReviewFormat::facebook, "denver-lohi");
    m_clock.advance(std::chrono::hours(24 * 15));
    import_file("reviews_google.json", ReviewFormat::google, "austin-downtown");
    EXPECT_EQ(count("SELECT count(*) FROM review_raw_payload WHERE source = 'import:facebook'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM review_raw_payload WHERE source = 'import:google'"), 1);
}

TEST_F(ReviewImportTest, LargeDocumentsAreKeptInParts) {
    std::string csv = "platform,location_id,rating,text,author,posted_at,platform_id\n";
    const std::string text(1000, 'x');
    for (int i = 0; csv.size() < 2 * ingest::kRawPayloadPartBytes + 10; ++i) {
        csv += "google,austin-downtown,4," + text + ",A,2024-06-01T08:00:00Z,big-" + std::to_string(i) + "\n";
    }
    auto parsed = ingest::parse_reviews(csv, ReviewFormat::csv);
    ASSERT_TRUE(parsed.ok());
    ingest::ReviewImporter importer(*m_db, m_clock);
    ASSERT_TRUE(importer.import(std::move(*parsed), {}, csv).ok());
    EXPECT_EQ(count("SELECT count(*) FROM review_raw_payload"), 3);
    auto joined = m_db->prepare("SELECT group_concat(payload, '') FROM (SELECT payload FROM review_raw_payload ORDER BY part)");
    ASSERT_TRUE(joined.ok());
    ASSERT_TRUE(*joined->step());
    EXPECT_EQ(joined->text(0), csv);
}

TEST_F(ReviewImportTest, ALargeImportKeepsEveryRowWithItsChangeLogEntry) {
    std::string csv = "platform,location_id,rating,text,author,posted_at,platform_id\n";
    for (int i = 0; i < 1500; ++i) {
        csv += "yelp,denver-lohi," + std::to_string(1 + i % 5) + ",\"Visit number " + std::to_string(i) +
               " with the spin class and the sauna\",Member " + std::to_string(i) + ",2024-06-01T10:" +
               std::to_string(10 + i % 50) + ":00Z,y-" + std::to_string(i) + "\n";
    }
    csv += "yelp,denver-lohi,9,bad rating,Someone,2024-06-01T10:00:00Z,y-bad\n";
    auto s = import_text(csv, ReviewFormat::csv);
    EXPECT_EQ(s.imported, 1500) << listed(s);
    EXPECT_TRUE(has_error(s, "line 1502", "rating")) << listed(s);
    EXPECT_EQ(count("SELECT count(*) FROM review WHERE location_id = 'denver-lohi'"), 1500);
    EXPECT_EQ(count("SELECT count(*) FROM change_log WHERE entity = 'review'"), 1500);
    // One change-log entry per review (written in batches), in id order, each naming its stored row
    // at its location and read back as that row.
    EXPECT_EQ(count("SELECT count(DISTINCT entity_id) FROM change_log WHERE entity = 'review'"), 1500);
    EXPECT_EQ(count("SELECT count(*) FROM (SELECT CAST(entity_id AS INTEGER) AS id, lag(CAST(entity_id AS INTEGER)) "
                    "OVER (ORDER BY seq) AS before FROM change_log WHERE entity = 'review') WHERE id <= before"),
              0);
    EXPECT_EQ(count("SELECT count(*) FROM change_log c JOIN review r ON c.entity_id = CAST(r.id AS TEXT) "
                    "WHERE c.entity = 'review' AND c.op = 'put' AND c.location_id = r.location_id"),
              1500);
    auto entries = m_db->prepare(
        "SELECT c.entity_id, c.payload, r.text, r.triage_reasons FROM change_log c JOIN review r "
        "ON c.entity_id = CAST(r.id AS TEXT) WHERE c.entity = 'review'");
    ASSERT_TRUE(entries.ok());
    int read = 0;
    while (*entries->step()) {
        auto value = sync::change_value(*m_db, "review", entries->string(0), entries->text(1));
        ASSERT_TRUE(value.ok() && value->has_value()) << entries->string(0);
        EXPECT_EQ((**value)["text"], entries->string(2));
        EXPECT_EQ((**value)["triage_reasons"], entries->string(3));
        ++read;
    }
    EXPECT_EQ(read, 1500);

    // An entry whose review is gone reads as nothing: the pull sends it as a delete.
    const std::string gone = std::to_string(count("SELECT id FROM review WHERE platform_review_id = 'y-7'"));
    ASSERT_TRUE(m_db->exec("DELETE FROM review WHERE platform_review_id = 'y-7'").ok());
    EXPECT_EQ(count("SELECT count(*) FROM change_log WHERE entity = 'review' AND entity_id = '" + gone + "'"), 1);
    auto value = sync::change_value(*m_db, "review", gone, "");
    ASSERT_TRUE(value.ok());
    EXPECT_FALSE(value->has_value());
}

TEST_F(ReviewImportTest, FormatIsGuessedFromTheFile) {
    EXPECT_EQ(ingest::guess_format("x.json", read_file(fixture("reviews_google.json"))), ReviewFormat::google);
    EXPECT_EQ(ingest::guess_format("x.json", read_file(fixture("reviews_yelp.json"))), ReviewFormat::yelp);
    EXPECT_EQ(ingest::guess_format("x.json", read_file(fixture("reviews_facebook.json"))), ReviewFormat::facebook);
    EXPECT_EQ(ingest::guess_format("x.csv", read_file(fixture("reviews_generic.csv"))), ReviewFormat::csv);
    EXPECT_EQ(ingest::guess_format("x", R"([{"platform":"google"}])"), ReviewFormat::generic);
}

}  // namespace
}  // namespace outpost
