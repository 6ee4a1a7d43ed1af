#pragma once
// The review inbox as the console shows it, read from a desk's replica (the same tables are on the
// engine): reviews with their stored triage (severity, reason codes) and the live state of their
// SLA clocks, filtered by location, platform, rating, status, severity and SLA state; the counts
// per status of the same filters; and the metrics of the filter scope (average rating, reviews per
// week, response rate, median time to the first posted reply). Qt-free.
//
// A review's SLA state is that of its most pressing open clock (review_sla rows not completed):
// breached when the engine marked it so or its due time has passed, warning likewise from the
// warning time, on track while a clock runs, none when no clock is open. The desk keeps counting
// offline from the stored instants, like the task chips (task_views.h live_sla).

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/clock.h"
#include "domain/review.h"
#include "rules/review_triage.h"
#include "rules/sla.h"
#include "store/database.h"

namespace outpost::sync {

enum class InboxSla { on_track, warning, breached, none };
[[nodiscard]] std::string_view to_string(InboxSla state);
[[nodiscard]] std::optional<InboxSla> inbox_sla_from_string(std::string_view text);
[[nodiscard]] std::optional<rules::Severity> severity_from_string(std::string_view text);

// The live state of one clock from what is stored: the engine's last word and the instants.
[[nodiscard]] InboxSla clock_state(std::string_view stored_state, std::optional<Timestamp> due,
                                   std::optional<Timestamp> warning_at, Timestamp now);

struct InboxFilter {
    std::vector<LocationId> locations;  // empty: every location in the replica
    std::optional<int> min_rating;
    std::optional<int> max_rating;
    std::optional<Platform> platform;
    std::vector<ReviewStatus> statuses;       // empty: any
    std::vector<rules::Severity> severities;  // empty: any; a review never triaged matches none
    std::vector<InboxSla> sla_states;         // empty: any

    bool operator==(const InboxFilter&) const = default;
};

// The open clock that presses most: the worst state, then the soonest due.
struct InboxClock {
    rules::SlaItemType type = rules::SlaItemType::review_public_reply;
    InboxSla state = InboxSla::on_track;
    std::optional<Timestamp> due;
    std::optional<Timestamp> warning_at;
    std::string level;  // location, region, corporate
};

struct InboxTriage {
    std::optional<rules::Severity> severity;  // none: the review was never triaged
    std::vector<std::string> reasons;         // reason codes as stored ("rating:1", "keyword:injury:slipped")
    InboxSla sla = InboxSla::none;
    std::optional<InboxClock> clock;
};

struct InboxPage {
    std::vector<Review> reviews;  // newest first
    std::unordered_map<std::int64_t, InboxTriage> triage;  // by review id, one per review of the page
    std::int64_t total = 0;
    // Reviews per status under every filter but the status one (the counts above the list).
    std::map<ReviewStatus, std::int64_t> status_counts;
};

[[nodiscard]] Result<InboxPage> read_review_inbox(store::Database& db, const InboxFilter& filter, Timestamp now,
                                                  int limit, int offset);

struct ReviewMetrics {
    std::int64_t reviews = 0;
    std::optional<double> average_rating;  // none without reviews
    double reviews_per_week = 0;           // posted in the 4 weeks before `now`, divided by 4
    std::int64_t replied = 0;              // with a posted reply (first_reply_at)
    std::optional<double> response_rate;   // replied / reviews, 0..1; none without reviews
    std::optional<std::chrono::minutes> median_first_reply;  // none when nothing was replied
};

// The metrics of every review the filter matches.
[[nodiscard]] Result<ReviewMetrics> review_metrics(store::Database& db, const InboxFilter& filter, Timestamp now);

}  // namespace outpost::sync
