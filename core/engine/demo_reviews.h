#pragma once
// The demo reviews as the review flow would have left them: every review triaged (severity,
// sentiment, reason codes from the default EN/ES rules), the time of the first posted reply of
// the replied and resolved ones, and the SLA clocks of the reviews of the last week that are not
// resolved, started when they were posted and met as far as their status says. So the inbox shows
// severities, reason codes, countdown chips in every state and real metrics. Deterministic for a
// given store and `now`.

#include "domain/clock.h"
#include "store/database.h"

namespace outpost::demo {

// Writes into a store that already holds the demo dataset.
[[nodiscard]] Result<void> seed_review_flow(store::Database& db, Timestamp now);

}  // namespace outpost::demo
