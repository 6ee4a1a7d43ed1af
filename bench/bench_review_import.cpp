// Importing 100,000 reviews from a generic CSV export (parsed, located, deduplicated by platform id
// and near-duplicate text, triaged, stored with their change-log entries and the file as the raw
// payload, one transaction) vs a raw prepared-statement insert of the same rows, each into a fresh encrypted
// store. Prints one JSON line with both rates in reviews/s and their ratio (import / raw).
// Usage: bench_review_import [reviews [rounds]] (100,000 and 3 by default; fewer to profile it).
#include <unistd.h>

#include <algorithm>
#include <charconv>
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
#include "review_bench_support.h"

namespace {

using namespace outpost;
using Steady = std::chrono::steady_clock;

constexpr int kDefaultReviews = 100'000;
constexpr int kDefaultRounds = 3;
constexpr double kTarget = 0.3;

// Review-like text: 10 to 25 words from a vocabulary with the lexicon's usual suspects, so triage
// and the near-duplicate check do real work and texts rarely repeat.
std::string make_csv(int count) {
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
    csv.reserve(static_cast<std::size_t>(count) * 160);
    const auto start = *parse_iso8601("2026-08-01T00:00:00Z");
    for (int i = 0; i < count; ++i) {
        std::string text;
        for (int w = length(rng); w > 0; --w) text += (text.empty() ? "" : " ") + words[pick(rng)];
        const char* platform = i % 3 == 0 ? "yelp" : (i % 3 == 1 ? "google" : "facebook");
        csv += std::string(platform) + ",loc-" + std::to_string(i % bench::kBenchLocations) + "," + std::to_string(1 + i % 5) +
               ",\"" + text + ", review " + std::to_string(i) + "\",Member " + std::to_string(i % 997) + "," +
               format_iso8601(start + std::chrono::minutes(i)) + ",p-" + std::to_string(i) + "\n";
    }
    return csv;
}

// Not inlined, so that a profiler can tell the two phases apart.
[[gnu::noinline]] double raw_ms(const std::filesystem::path& path, const std::vector<Review>& reviews) {
    return bench::raw_insert_ms(path, reviews);
}

[[gnu::noinline]] double import_ms(const std::filesystem::path& path, const std::string& csv, std::int64_t& imported) {
    auto db = bench::fresh_store(path);
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

// A positive count from argv[at], or `fallback` when absent.
int count_arg(int argc, char** argv, int at, int fallback) {
    if (argc <= at) return fallback;
    const std::string_view text(argv[at]);
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value <= 0) {
        std::cerr << "usage: bench_review_import [reviews [rounds]]\n";
        std::exit(2);
    }
    return value;
}

}  // namespace

int main(int argc, char** argv) {
    const int reviews_count = count_arg(argc, argv, 1, kDefaultReviews);
    const int rounds = count_arg(argc, argv, 2, kDefaultRounds);
    const auto dir = std::filesystem::temp_directory_path() / ("outpost-bench-import-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string csv = make_csv(reviews_count);
    auto rows = ingest::parse_reviews(csv, ingest::ReviewFormat::csv);
    if (!rows || rows->rows.size() != static_cast<std::size_t>(reviews_count)) {
        std::cerr << "the generated CSV does not read back\n";
        return 1;
    }
    std::vector<Review> reviews;
    reviews.reserve(rows->rows.size());
    for (const auto& row : rows->rows) reviews.push_back(row.review);
    std::vector<double> imports;
    std::vector<double> raws;
    std::int64_t imported = 0;
    for (int round = 0; round < rounds; ++round) {  // interleaved, so that noise hits both alike
        raws.push_back(raw_ms(dir / "raw.db", reviews));
        imports.push_back(import_ms(dir / "import.db", csv, imported));
    }
    std::filesystem::remove_all(dir);
    const double import_rate = reviews_count / (bench::median(imports) / 1000.0);
    const double raw_rate = reviews_count / (bench::median(raws) / 1000.0);
    std::cout << Json{{"bench", "review_import_100k_csv_vs_raw_insert"},
                      {"value", std::round(import_rate)},
                      {"unit", "reviews/s"},
                      {"baseline", std::round(raw_rate)},
                      {"ratio", import_rate / raw_rate},
                      {"target", kTarget},
                      {"import_ms", bench::median(imports)},
                      {"raw_ms", bench::median(raws)},
                      {"imported", imported}}
                     .dump()
              << std::endl;
    return 0;
}
