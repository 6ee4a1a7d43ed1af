#pragma once
// Shared by the review benchmarks: a fresh encrypted engine store with 12 locations, the raw
// prepared-statement insert they compare against, and the median of rounds.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <vector>

#include "domain/enums.h"
#include "store/repositories.h"
#include "store/schema.h"

namespace outpost::bench {

inline constexpr int kBenchLocations = 12;  // "loc-0" .. "loc-11"

inline store::Database fresh_store(const std::filesystem::path& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    auto db = store::open_engine_store(path.string(), "bench passphrase", store::OpenMode::create_if_missing);
    if (!db) {
        std::cerr << db.error().message << '\n';
        std::exit(1);
    }
    store::SqlOrgRepository org(*db);
    (void)org.save(Brand{BrandId("b"), "Brand"});
    (void)org.save(Region{RegionId("r"), BrandId("b"), "Region"});
    for (int i = 0; i < kBenchLocations; ++i) {
        (void)org.save(Location{LocationId("loc-" + std::to_string(i)), RegionId("r"), "L", "", "UTC", {}});
    }
    return std::move(*db);
}

// The baseline: the reviews inserted with one prepared statement in one transaction; milliseconds.
inline double raw_insert_ms(const std::filesystem::path& path, const std::vector<Review>& reviews) {
    auto db = fresh_store(path);
    sqlite3* h = db.handle();
    const auto start = std::chrono::steady_clock::now();
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
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace outpost::bench
