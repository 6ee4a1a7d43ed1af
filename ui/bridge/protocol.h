#pragma once
// Decoders of the engine's protocol answers (JSON, "v":1) into domain values. They run on the
// network thread, so the GUI thread only receives finished values.

#include <cstdint>
#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <QMetaType>

#include "domain/clock.h"
#include "domain/org.h"
#include "domain/result.h"
#include "domain/review.h"
#include "sync/review_inbox.h"

namespace outpost::ui {

// GET /v1/locations
struct OrgSnapshot {
    std::vector<Brand> brands;
    std::vector<Region> regions;
    std::vector<Location> locations;
};

// GET /v1/reviews
struct ReviewPageData {
    std::vector<Review> reviews;  // newest first, as the engine sends them
    std::int64_t total = 0;       // matching reviews across all pages
    int offset = 0;
    std::vector<std::int64_t> pendingReviewIds;  // changed on this desk, not synced yet (replica only)
    // From the replica only (sync/review_inbox.h); empty from the engine's HTTP answer.
    std::unordered_map<std::int64_t, sync::InboxTriage> triage;  // severity, reasons, SLA by review id
    std::map<ReviewStatus, std::int64_t> statusCounts;           // under every filter but the status
    std::optional<sync::ReviewMetrics> metrics;                  // of the filter scope, with a first page
};

// GET /v1/health
struct HealthData {
    std::string status;
    std::string version;
    std::optional<Timestamp> time;
};

[[nodiscard]] Result<OrgSnapshot> parseOrgSnapshot(std::string_view body);
[[nodiscard]] Result<ReviewPageData> parseReviewPage(std::string_view body);
[[nodiscard]] Result<HealthData> parseHealth(std::string_view body);

}  // namespace outpost::ui

Q_DECLARE_METATYPE(outpost::ui::OrgSnapshot)
Q_DECLARE_METATYPE(outpost::ui::ReviewPageData)
Q_DECLARE_METATYPE(outpost::Error)
