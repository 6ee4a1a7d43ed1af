#pragma once
// At-risk scores on the engine: the inputs read from a member's visits and events, the score
// stored with its components and computed_at (and a decision-log row), the operator's settings
// per location (knobs, weekly outreach quota, cost of one outreach), and the weekly outreach pick:
// fresh medium and high scores ranked by expected value, at most the quota left this week.

#include <optional>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "profiles/at_risk.h"
#include "store/database.h"

namespace outpost::profiles {

struct AtRiskSettings {
    AtRiskKnobs knobs;
    int weekly_quota = 25;
    std::int64_t outreach_cost_cents = 500;
};

// The location's row, else the brand default (location "*"), else the defaults above.
[[nodiscard]] Result<AtRiskSettings> at_risk_settings(store::Database& db, const LocationId& location);
// `location` "*" sets the brand default.
[[nodiscard]] Result<void> save_at_risk_settings(store::Database& db, const LocationId& location,
                                                 const AtRiskSettings& settings);

[[nodiscard]] Result<AtRiskInputs> at_risk_inputs(store::Database& db, ProfileId profile, Timestamp now);

struct StoredAtRisk {
    ProfileId profile;
    AtRiskScore score;
    std::int64_t expected_value_cents = 0;
    bool stale = false;
};

// Computes, stores (replacing the last one) and logs the decision.
[[nodiscard]] Result<StoredAtRisk> refresh_at_risk(store::Database& db, ProfileId profile, const Clock& clock);
[[nodiscard]] Result<std::optional<StoredAtRisk>> stored_at_risk(store::Database& db, ProfileId profile,
                                                                 const Clock& clock);

// Scores up to `batch` members (trial, active, frozen; not merged away) whose score is missing or
// stale, stalest first, in one transaction; answers how many. The engine runs it on a timer.
[[nodiscard]] Result<std::size_t> refresh_stale_at_risk(store::Database& db, const Clock& clock, int batch);

// Outreach rows recorded at a location in the week starting at `week` (see week_start()).
[[nodiscard]] Result<std::int64_t> outreach_used(store::Database& db, const LocationId& location, Timestamp week);

struct OutreachPick {
    ProfileId profile;
    int score = 0;
    std::int64_t expected_value_cents = 0;
};
// Picks this week's outreach at a location and records it; a decision-log row for each pick and
// each candidate left out by the quota. Picking again in the same week adds only what the quota
// has left.
[[nodiscard]] Result<std::vector<OutreachPick>> plan_outreach(store::Database& db, const LocationId& location,
                                                              const Clock& clock);

}  // namespace outpost::profiles
