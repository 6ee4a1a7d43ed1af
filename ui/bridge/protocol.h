#pragma once
// Decoders of the engine's protocol answers (JSON, "v":1) into domain values. They run on the
// network thread, so the GUI thread only receives finished values.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <QMetaType>

#include "domain/clock.h"
#include "domain/org.h"
#include "domain/result.h"
#include "domain/review.h"

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
