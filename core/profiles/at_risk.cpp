#include "profiles/at_risk.h"

#include <algorithm>
#include <cmath>

namespace outpost::profiles {
namespace {

int recency_points(const AtRiskInputs& in, double sensitivity, Timestamp now, std::vector<std::string>& reasons) {
    if (!in.last_visit) {
        reasons.emplace_back("no_visit_on_record");
        return 30;
    }
    const double s = std::clamp(sensitivity, 0.25, 4.0);
    const auto days = std::chrono::floor<std::chrono::days>(now - *in.last_visit).count();
    if (static_cast<double>(days) <= 14.0 / s) return 0;
    if (static_cast<double>(days) <= 30.0 / s) {
        reasons.emplace_back("last_visit_" + std::to_string(days) + "_days_ago");
        return 15;
    }
    reasons.emplace_back("last_visit_" + std::to_string(days) + "_days_ago");
    return 30;
}

// The share by which the last 30 days fell below the monthly average of days 31-90.
double drop(int recent, int before) {
    const double baseline = before / 2.0;
    if (baseline <= 0) return 0;
    return std::clamp((baseline - recent) / baseline, 0.0, 1.0);
}

int percent(double share) { return static_cast<int>(std::lround(share * 100)); }

}  // namespace

AtRiskScore score_at_risk(const AtRiskInputs& in, const AtRiskKnobs& knobs, const Clock& clock) {
    AtRiskScore s;
    s.computed_at = clock.now();
    s.recency = recency_points(in, knobs.recency_sensitivity, s.computed_at, s.reasons);

    const double visits = drop(in.visits_last_30d, in.visits_days_31_90);
    s.frequency = static_cast<int>(std::lround(25 * visits));
    if (s.frequency > 0) s.reasons.push_back("visits_down_" + std::to_string(percent(visits)) + "_percent");

    const int base = std::min(20, 10 * in.payment_failures_90d) + (in.latest_payment_failed ? 5 : 0);
    const double w = std::clamp(knobs.payment_weight, 0.0, 2.0);
    s.payment = std::min(25, static_cast<int>(std::lround(base * w)));
    if (in.payment_failures_90d > 0) s.reasons.push_back("payment_failed_x" + std::to_string(in.payment_failures_90d));
    if (in.latest_payment_failed) s.reasons.emplace_back("latest_payment_failed");

    const double engagement = drop(in.engagement_last_30d, in.engagement_days_31_90);
    const double m = std::clamp(knobs.engagement_multiplier, 0.0, 3.0);
    s.engagement = std::min(15, static_cast<int>(std::lround(15 * engagement * m)));
    if (s.engagement > 0) s.reasons.push_back("engagement_down_" + std::to_string(percent(engagement)) + "_percent");

    s.support = std::min(5, 2 * in.tickets_90d + 3 * in.detractors_90d);
    if (in.tickets_90d > 0) s.reasons.push_back("support_tickets_x" + std::to_string(in.tickets_90d));
    if (in.detractors_90d > 0) s.reasons.emplace_back("detractor");

    s.total = std::clamp(s.recency + s.frequency + s.payment + s.engagement + s.support, 0, 100);
    s.band = std::string(at_risk_band(s.total));
    return s;
}

std::string_view at_risk_band(int score) {
    if (score >= 70) return "high";
    if (score >= 40) return "medium";
    return "low";
}

bool is_stale(Timestamp computed_at, const Clock& clock) { return clock.now() - computed_at > kAtRiskStaleAfter; }

double save_probability(std::string_view band) {
    if (band == "high") return 0.20;
    if (band == "medium") return 0.30;
    return 0.05;
}

std::int64_t outreach_value_cents(std::string_view band, std::int64_t lifetime_value_cents, std::int64_t cost_cents) {
    return std::llround(save_probability(band) * static_cast<double>(lifetime_value_cents)) - cost_cents;
}

Timestamp week_start(Timestamp t) {
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::weekday wd{day};
    const auto since_monday = (wd - std::chrono::Monday).count();
    return Timestamp(day - std::chrono::days(since_monday));
}

}  // namespace outpost::profiles
