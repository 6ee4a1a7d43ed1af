#pragma once
// What the reviews screen asks the engine for: the filters of GET /v1/reviews plus the page.

#include <optional>
#include <string>
#include <vector>

#include "domain/review.h"

namespace outpost::ui {

struct ReviewQuery {
    std::vector<std::string> locations;  // empty: every location
    std::optional<int> minRating;        // 1..5
    std::optional<int> maxRating;        // 1..5
    std::optional<Platform> platform;
    std::optional<ReviewStatus> status;
    int limit = 200;  // 1..1000
    int offset = 0;

    bool operator==(const ReviewQuery&) const = default;

    // The request target, e.g. "/v1/reviews?location=loc-a,loc-b&min_rating=1&limit=200&offset=0".
    [[nodiscard]] std::string target() const;
};

}  // namespace outpost::ui
