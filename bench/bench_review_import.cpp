// Importing 100,000 reviews from a generic CSV export (parsed, located, deduplicated by platform id
// and near-duplicate text, triaged, stored with their change-log entries and the file as the raw
// payload, one transaction) vs a raw prepared-statement insert of the same rows, each into a fresh encrypted
// store. Prints one JSON line with both rates in reviews/s and their ratio (import / raw).
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <random>
#include <vector>

#include "domain/enums.h"
#include "domain/json_codec.h"
#include "ingest/review_import.h"
#include "store/repositories.h"
#include "store/schema.h"

namespace {

using namespace outpost;
using Steady = std::chrono::steady_clock;

constexpr int kReviews = 100'000;
constexpr int kLocations = 12;
constexpr int kRounds = 3;
constexpr double kTarget = 0.3;

// Review-like text: 10 to 25 words from a vocabulary with the lexicon's usual suspects, so triage
// and the near-duplicate check do real work and texts rarely repeat.
std::string make_csv() {
    static const std::vector<std::string> words = {
        "the", "coach", "class", "was", "great", "friendly", "dirty", "clean", "staff", "pool", "locker", "room",
        "late", "again", "always", "never", "helpful", "rude", "slipped", "floor", "towels", "music", "loud",
        "booking", "app", "broken", "excellent", "terrible", "showers", "cold", "warm", "trainer", "session",
        "morning", "evening", "crowded", "quiet", "price", "refund", "charged", "twice", "membership", "cancel",
        "recommend", "love", "hate", "parking", "desk", "manager", "yoga", "spin", "boxing", "weights", "sauna",
        "smell", "smelled", "nice", "awful", "kids", "club", "safe", "equipment", "new", "old", "machines",
        "muy", "limpio", "sucio", "amable", "clase", "entrenador", "excelente", "horrible", "piscina", "and",
        "but", "with", "very", "really", "not", "at", "in", "on", "my", "our", "this", "that", "for", "every"};
    std::mt19937 rng(20261124);
    std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
    std::uniform_int_distribution<int> length(10, 25);
    std::string csv = "platform,location_id,rating,text,author,posted_at,platform_id\n";
    csv.reserve(static_cast<std::size_t>(kReviews) * 160);
    const auto start = *parse_iso8601("2026-08-01T00:00:00Z");
    for (int i = 0; i < kReviews; ++i) {
        std::string text;
        for (int w = length(rng); w > 0; --w) text += (text.empty() ? "" : " ") + words[pick(rng)];
        const char* platform = i % 3 == 0 ? "yelp" : (i % 3 == 1 ? "google" : "facebook");
        csv += std::string(platform) + ",loc-" + std::to_string(i % kLocations) + "," + std::to_string(1 + i % 5) +
               ",\"" + text + ", review " + std::to_string(i) + "\",Member " + std::to_string(i % 997) + "," +
               format_iso8601(start + std::chrono::minutes(i)) + ",p-" + std::to_string(i) + "\n";
    }
    return csv;
}

store::Database fresh_store(const std::filesystem::path& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    auto db = store::open_engine_store(path.string(), "bench passphrase", store::OpenMode::create_if_missing);
    if (!db) {
        std::cerr << db.error().message << '\n';
        std::exit(1);
    }
    store::SqlOrgRepository org(*db);
    (void)org.save(Brand{BrandId("b"), "Brand"});
    (void)org.save(Region{RegionId("r"), BrandId("b"), "Region"});
    for (int i = 0; i < kLocations; ++i) {
        (void)org.save(Location{LocationId("loc-" + std::to_string(i)), RegionId("r"), "L", "", "UTC", {}});
    }
    return std::move(*db);
}

double import_ms(const std::filesystem::path& path, const std::string& csv, std::int64_t& imported) {
    auto db = fresh_store(path);
    ManualClock clock(*parse_iso8601("2026-11-24T12:00:00Z"));
    ingest::ReviewImporter importer(db, clock);
    const auto start = Steady::now();
    auto parsed = ingest::parse_reviews(csv, ingest::ReviewFormat::csv);
    if (!parsed) {
        std::cerr << parsed.error().message << '\n';
        std::exit(1);
    }
    auto summary = importer.import(std::move(*parsed), {}, csv);
    const double ms = std::chrono::duration<double, std::milli>(Steady::now() - start).count();
    if (!summary) {
        std::cerr << summary.error().message << '\n';
        std::exit(1);
    }
    imported = summary->imported;
    return ms;
}

double raw_ms(const std::filesystem::path& path, const std::vector<ingest::IncomingReview>& rows) {
    auto db = fresh_store(path);
    sqlite3* h = db.handle();
    const auto start = Steady::now();
    sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO review(id, platform, platform_review_id, location_id, rating, text, author, "
                       "posted_at, profile_id, status) VALUES(NULL, ?, ?, ?, ?, ?, ?, ?, NULL, 'open')",
                       -1, &stmt, nullptr);
    for (const auto& row : rows) {
        const Review& r = row.review;
        const auto platform = to_string(r.platform);
        sqlite3_bind_text(stmt, 1, platform.data(), static_cast<int>(platform.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, r.platform_review_id.data(), static_cast<int>(r.platform_review_id.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, r.location_id.value().data(), static_cast<int>(r.location_id.value().size()), SQLITE_STATIC);
        sqlite3_bind_int(stmt, 4, r.rating);
        sqlite3_bind_text(stmt, 5, r.text.data(), static_cast<int>(r.text.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 6, r.author.data(), static_cast<int>(r.author.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 7, r.posted_at.time_since_epoch().count());
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            std::cerr << sqlite3_errmsg(h) << '\n';
            std::exit(1);
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main() {
    const auto dir = std::filesystem::temp_directory_path() / ("outpost-bench-import-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string csv = make_csv();
    auto rows = ingest::parse_reviews(csv, ingest::ReviewFormat::csv);
    if (!rows || rows->rows.size() != kReviews) {
        std::cerr << "the generated CSV does not read back\n";
        return 1;
    }
    std::vector<double> imports;
    std::vector<double> raws;
    std::int64_t imported = 0;
    for (int round = 0; round < kRounds; ++round) {  // interleaved, so that noise hits both alike
        raws.push_back(raw_ms(dir / "raw.db", rows->rows));
        imports.push_back(import_ms(dir / "import.db", csv, imported));
    }
    std::filesystem::remove_all(dir);
    const double import_rate = kReviews / (median(imports) / 1000.0);
    const double raw_rate = kReviews / (median(raws) / 1000.0);
    std::cout << Json{{"bench", "review_import_100k_csv_vs_raw_insert"},
                      {"value", std::round(import_rate)},
                      {"unit", "reviews/s"},
                      {"baseline", std::round(raw_rate)},
                      {"ratio", import_rate / raw_rate},
                      {"target", kTarget},
                      {"import_ms", median(imports)},
                      {"raw_ms", median(raws)},
                      {"imported", imported}}
                     .dump()
              << std::endl;
    return 0;
}
