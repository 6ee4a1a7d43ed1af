#pragma once
// What the reviews screen asks for: the filters of the inbox plus the page. The engine's
// GET /v1/reviews knows location, rating, platform and one status (target()); severity, SLA state
// and several statuses are answered from the desk's replica (sync::read_review_inbox).

#include <optional>
#include <string>
#include <vector>

#include "domain/review.h"
#include "rules/review_triage.h"
#include "sync/review_inbox.h"

namespace outpost::ui {

struct ReviewQuery {
    std::vector<std::string> locations;  // empty: every location
    std::optional<int> minRating;        // 1..5
    std::optional<int> maxRating;        // 1..5
    std::optional<Platform> platform;
    std::vector<ReviewStatus> statuses;       // empty: any
    std::vector<rules::Severity> severities;  // empty: any
    std::vector<sync::InboxSla> slaStates;    // empty: any
    int limit = 200;  // 1..1000
    int offset = 0;

    bool operator==(const ReviewQuery&) const = default;

    // The request target, e.g. "/v1/reviews?location=loc-a,loc-b&min_rating=1&limit=200&offset=0".
    [[nodiscard]] std::string target() const;
    // The filters for the replica's inbox read.
    [[nodiscard]] sync::InboxFilter inboxFilter() const;
    // The same filters (not the page) as `other`.
    [[nodiscard]] bool sameFilters(const ReviewQuery& other) const;
};

}  // namespace outpost::ui
