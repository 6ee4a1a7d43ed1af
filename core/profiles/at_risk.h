#pragma once
// The at-risk (churn) score, 0-100 (domain notes §7): pure functions of a member's recent
// history, three operator knobs and an injected clock.
//
// Components (days are whole days since the event, at `now`):
//   recency     0-30  0 when the last visit is at most 14 days ago, 15 at 15-30 days, 30 beyond
//                     (and with no visit on record). Knob recency_sensitivity s (0.25-4, default
//                     1) divides both thresholds: s = 2 gives 7 and 15 days, s = 0.5 gives 28 and
//                     60; the points stay 0/15/30.
//   frequency   0-25  25 x drop, drop = max(0, (b - r) / b) where r is visits in the last 30 days
//                     and b the monthly average of days 31-90 (visits there / 2); 0 when b = 0.
//   payment     0-25  base = min(20, 10 x failed payments in 90 days) + 5 when the latest payment
//                     event is a failure; knob payment_weight w (0-2, default 1): min(25, round(base x w)).
//   engagement  0-15  the same drop as frequency over engagement events (app_opened,
//                     message_received, appointment_booked, nps_submitted); knob
//                     engagement_multiplier m (0-3, default 1): min(15, round(15 x drop x m)).
//   support     0-5   min(5, 2 x tickets + 3 x detractor signals) over 90 days; a detractor is an
//                     NPS score of 6 or less or a review of 1-2 stars.
// Bands: low < 40, medium 40-69, high >= 70. A stored score is stale when computed more than
// 48 hours before now. Expected value of outreach = p(save) x CLV - cost, with p(save) by band:
// low 0.05 (they mostly stay without it), medium 0.30 (the best to act on), high 0.20 (many are
// already leaving).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.h"

namespace outpost::profiles {

struct AtRiskKnobs {
    double recency_sensitivity = 1.0;
    double payment_weight = 1.0;
    double engagement_multiplier = 1.0;
};

struct AtRiskInputs {
    std::optional<Timestamp> last_visit;
    int visits_last_30d = 0;
    int visits_days_31_90 = 0;
    int engagement_last_30d = 0;
    int engagement_days_31_90 = 0;
    int payment_failures_90d = 0;
    bool latest_payment_failed = false;
    int tickets_90d = 0;
    int detractors_90d = 0;
};

struct AtRiskScore {
    int recency = 0;
    int frequency = 0;
    int payment = 0;
    int engagement = 0;
    int support = 0;
    int total = 0;
    std::string band;  // low, medium, high
    std::vector<std::string> reasons;
    Timestamp computed_at;
};

inline constexpr std::chrono::hours kAtRiskStaleAfter{48};

[[nodiscard]] AtRiskScore score_at_risk(const AtRiskInputs& inputs, const AtRiskKnobs& knobs, const Clock& clock);
[[nodiscard]] std::string_view at_risk_band(int score);
[[nodiscard]] bool is_stale(Timestamp computed_at, const Clock& clock);
[[nodiscard]] double save_probability(std::string_view band);
[[nodiscard]] std::int64_t outreach_value_cents(std::string_view band, std::int64_t lifetime_value_cents,
                                                std::int64_t cost_cents);
// Monday 00:00 UTC of the week `t` falls in (outreach quotas count per such week).
[[nodiscard]] Timestamp week_start(Timestamp t);

}  // namespace outpost::profiles
