#pragma once
// One row per automated decision (domain notes §3): event, keyed hash of the person's external
// id (never the id itself), rule, decision, confidence, reason codes, what was sent and how it
// went, the task it made, when.

#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "store/database.h"

namespace outpost::profiles {

struct Decision {
    std::optional<std::string> event_id;
    ProfileId profile;
    std::string rule_id;   // "at_risk.score", "at_risk.outreach"
    std::string decision;  // "high", "selected", "over_quota" ...
    std::optional<double> confidence;
    std::vector<std::string> reason_codes;
    std::string action_sent;
    std::string delivery_status;
    std::optional<std::string> ticket_id;
};

// The keyed pseudonym of a profile's external id (or of "profile:<id>" when it has none).
[[nodiscard]] Result<std::string> subject_hash(store::Database& db, ProfileId profile);
[[nodiscard]] Result<std::int64_t> log_decision(store::Database& db, const Decision& decision, Timestamp at);

}  // namespace outpost::profiles
