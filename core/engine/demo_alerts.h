#pragma once
// An open alert for the demo dataset (issue #4): four complaints about Austin Mueller arrive
// within the last half hour — an evening when the air conditioning failed — and go through the
// real review import, so that triage, routing, SLA clocks and the complaint-spike rule
// (rules/review_alerts.h) raise the alert the console shows; one reports an injury, a high-severity
// review whose reply waits for a regional manager. Deterministic for a given `now`.

#include "domain/clock.h"
#include "store/database.h"

namespace outpost::demo {

// Imports the complaints into a store that holds the demo dataset, users and tasks; answers how
// many alerts the import raised.
[[nodiscard]] Result<std::int64_t> seed_alerts(store::Database& db, Timestamp now);

}  // namespace outpost::demo
