// Inserting 100,000 reviews through the repository vs a raw prepared-statement insert, each in one
// transaction into a fresh encrypted store with the same schema. Prints one JSON line.
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
#include "review_bench_support.h"

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

double repository_ms(const std::filesystem::path& path, std::vector<Review> reviews) {
    auto db = bench::fresh_store(path);
    store::SqlReviewRepository repo(db);
    const auto start = Clock::now();
    if (auto r = repo.insert(reviews); !r) {
        std::cerr << r.error().message << '\n';
        std::exit(1);
    }
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main() {
    const auto dir = std::filesystem::temp_directory_path() / ("outpost-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto reviews = make_reviews();
    std::vector<double> repo;
    std::vector<double> raw;
    for (int round = 0; round < kRounds; ++round) {  // interleaved, so that noise hits both alike
        raw.push_back(bench::raw_insert_ms(dir / "raw.db", reviews));
        repo.push_back(repository_ms(dir / "repo.db", reviews));
    }
    std::filesystem::remove_all(dir);
    const double value = bench::median(repo);
    const double baseline = bench::median(raw);
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
