#include "rules/review_alerts.h"

#include <algorithm>

namespace outpost::rules {

std::optional<Spike> complaint_spike(const ComplaintCounts& counts, const SpikeConfig& config) {
    const double windows = std::chrono::duration<double>(config.baseline) / std::chrono::duration<double>(config.window);
    Spike s;
    s.recent = counts.recent;
    s.usual_per_window = windows > 0 ? static_cast<double>(counts.baseline) / windows : 0.0;
    s.threshold = std::max(config.factor * s.usual_per_window, static_cast<double>(config.min_complaints));
    if (static_cast<double>(counts.recent) < s.threshold) return std::nullopt;
    return s;
}

bool is_new_account(const ReviewSignal& review, const BurstConfig& config) {
    return review.author_review_count && *review.author_review_count <= config.max_author_reviews;
}

std::optional<Burst> fake_review_burst(const std::vector<ReviewSignal>& reviews, Timestamp now,
                                       const BurstConfig& config) {
    Burst b;
    for (const auto& r : reviews) {
        if (r.posted_at > now || r.posted_at <= now - config.window || !is_new_account(r, config)) continue;
        b.first = b.new_accounts == 0 ? r.posted_at : std::min(b.first, r.posted_at);
        ++b.new_accounts;
    }
    if (b.new_accounts < config.min_new_accounts) return std::nullopt;
    return b;
}

}  // namespace outpost::rules
