#pragma once
// The demo dataset: one brand of fitness studios with regions, locations in several time zones,
// members, visits, leads and reviews. Deterministic: the same seed and `now` give the same data.

#include <cstdint>
#include <vector>

#include "domain/clock.h"
#include "domain/customer.h"
#include "domain/org.h"
#include "domain/review.h"
#include "store/database.h"

namespace outpost::demo {

struct DatasetSize {
    int profiles = 5000;
    int reviews = 2000;
    int days = 90;  // reviews, visits and leads spread over the last `days` days before `now`
};

struct Dataset {
    std::vector<Brand> brands;
    std::vector<Region> regions;
    std::vector<Location> locations;
    std::vector<Profile> profiles;
    std::vector<Visit> visits;
    std::vector<Lead> leads;
    std::vector<Review> reviews;
};

[[nodiscard]] Dataset generate(std::uint64_t seed, Timestamp now, DatasetSize size = {});

// Writes a dataset into a migrated engine store in one transaction.
[[nodiscard]] Result<void> load(store::Database& db, Dataset& dataset);

}  // namespace outpost::demo
