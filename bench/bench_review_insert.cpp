// Inserting 100,000 reviews through the repository vs a raw prepared-statement insert, each in one
// transaction into a fresh encrypted store with the same schema. Prints one JSON line.
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <vector>

#include "domain/enums.h"
#include "domain/json_codec.h"
#include "store/repositories.h"
#include "store/schema.h"

namespace {

using namespace outpost;
using Clock = std::chrono::steady_clock;

constexpr int kReviews = 100'000;
constexpr int kRounds = 5;
constexpr double kTarget = 1.3;

std::vector<Review> make_reviews() {
    std::vector<Review> out;
    out.reserve(kReviews);
    for (int i = 0; i < kReviews; ++i) {
        Review r;
        r.platform = i % 3 == 0 ? Platform::yelp : Platform::google;
        r.platform_review_id = "p-" + std::to_string(i);
        r.location_id = LocationId("loc-" + std::to_string(i % 12));
        r.rating = 1 + i % 5;
        r.text = "The coaches were friendly and the studio was clean, review number " + std::to_string(i);
        r.author = "Member " + std::to_string(i % 997);
        r.posted_at = Timestamp(std::chrono::milliseconds(1'700'000'000'000LL + i * 60'000LL));
        out.push_back(std::move(r));
    }
    return out;
}

store::Database fresh_store(const std::filesystem::path& path) {
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    auto db = store::open_engine_store(path.string(), "bench passphrase", store::OpenMode::create_if_missing);
    if (!db) {
        std::cerr << db.error().message << '\n';
        std::exit(1);
    }
    store::SqlOrgRepository org(*db);
    (void)org.save(Brand{BrandId("b"), "Brand"});
    (void)org.save(Region{RegionId("r"), BrandId("b"), "Region"});
    for (int i = 0; i < 12; ++i) {
        (void)org.save(Location{LocationId("loc-" + std::to_string(i)), RegionId("r"), "L", "", "UTC", {}});
    }
    return std::move(*db);
}

double repository_ms(const std::filesystem::path& path, std::vector<Review> reviews) {
    auto db = fresh_store(path);
    store::SqlReviewRepository repo(db);
    const auto start = Clock::now();
    if (auto r = repo.insert(reviews); !r) {
        std::cerr << r.error().message << '\n';
        std::exit(1);
    }
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double raw_ms(const std::filesystem::path& path, const std::vector<Review>& reviews) {
    auto db = fresh_store(path);
    sqlite3* h = db.handle();
    const auto start = Clock::now();
    sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO review(id, platform, platform_review_id, location_id, rating, text, author, "
                       "posted_at, profile_id, status) VALUES(NULL, ?, ?, ?, ?, ?, ?, ?, NULL, 'open')",
                       -1, &stmt, nullptr);
    for (const auto& r : reviews) {
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
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main() {
    const auto dir = std::filesystem::temp_directory_path() / ("outpost-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto reviews = make_reviews();
    std::vector<double> repo;
    std::vector<double> raw;
    for (int round = 0; round < kRounds; ++round) {  // interleaved, so that noise hits both alike
        raw.push_back(raw_ms(dir / "raw.db", reviews));
        repo.push_back(repository_ms(dir / "repo.db", reviews));
    }
    std::filesystem::remove_all(dir);
    const double value = median(repo);
    const double baseline = median(raw);
    std::cout << outpost::Json{{"bench", "review_insert_100k_repository_vs_raw"},
                               {"value", value},
                               {"unit", "ms"},
                               {"baseline", baseline},
                               {"ratio", value / baseline},
                               {"target", kTarget}}
                     .dump()
              << std::endl;
    return 0;
}
