#pragma once
// Review alerts (domain notes §4), as pure functions of counts and times; the ingest step reads
// the counts from the store and raises the alert.
//
// Complaint spike. A complaint is a review of 1 or 2 stars. The window is the 30 minutes up to
// `now` (by posted_at); the location's usual rate is its complaints in the 28 days before that
// window, per 30 minutes (count / 1344). A spike is at least twice the usual rate AND at least
// `min_complaints` (3) complaints in the window: a quiet location's usual rate is near zero, and
// one or two unhappy people are no spike.
//
// Fake-review burst. A review comes from a new account when the platform says its author has
// written at most one review (author_review_count <= 1; unknown counts do not count, since most
// exports carry none). A burst is at least `min_new_accounts` (5) reviews from new accounts at one
// location posted within the `window` (60 minutes) up to `now`.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"

namespace outpost::rules {

struct SpikeConfig {
    std::chrono::minutes window{30};
    std::chrono::hours baseline{24 * 28};
    double factor = 2.0;
    std::int64_t min_complaints = 3;
};

struct ComplaintCounts {
    std::int64_t recent = 0;    // complaints posted in (now - window, now]
    std::int64_t baseline = 0;  // complaints posted in (now - window - baseline, now - window]
};

struct Spike {
    std::int64_t recent = 0;
    double usual_per_window = 0;  // baseline / (baseline span / window)
    double threshold = 0;         // max(factor x usual, min_complaints)
};

// The spike, when the counts make one.
[[nodiscard]] std::optional<Spike> complaint_spike(const ComplaintCounts& counts, const SpikeConfig& config = {});

struct BurstConfig {
    std::chrono::minutes window{60};
    int min_new_accounts = 5;
    int max_author_reviews = 1;  // an author with at most this many reviews is a new account
};

struct ReviewSignal {
    Timestamp posted_at;
    std::optional<std::int64_t> author_review_count;  // unknown when the platform gives none
};

[[nodiscard]] bool is_new_account(const ReviewSignal& review, const BurstConfig& config = {});

struct Burst {
    int new_accounts = 0;  // reviews from new accounts in the window
    Timestamp first;       // the earliest of them
};

// The burst among a location's reviews (any order) as of `now`, when there is one.
[[nodiscard]] std::optional<Burst> fake_review_burst(const std::vector<ReviewSignal>& reviews, Timestamp now,
                                                     const BurstConfig& config = {});

}  // namespace outpost::rules
