#pragma once
// The JSON of the merge queue, merges, at-risk list and outreach endpoints (customer_api.h).
// Decoders never throw: a malformed answer comes back as an invalid_argument error naming the field.

#include <vector>

#include "ui/customers/customer_api.h"

namespace outpost::ui::customer_protocol {

// {"candidates":[{"id","confidence","reasons","profile_a","profile_b"}]}
[[nodiscard]] Result<std::vector<MergeSuggestion>> parseSuggestions(const Json& body);
// {"status":"approved","merge_id":N}
[[nodiscard]] Result<std::int64_t> parseApproved(const Json& body);
// {"status":"rejected"} or {"status":"unmerged"}
[[nodiscard]] Result<bool> parseDone(const Json& body);
// {"merges":[...],"false_merge_rate":R}
[[nodiscard]] Result<MergeHistory> parseMerges(const Json& body);
// {"location_id","quota":{"weekly_quota","used","left"},"scores":[...]}
[[nodiscard]] Result<AtRiskBoard> parseAtRisk(const Json& body);
// {"refreshed":N}
[[nodiscard]] Result<std::int64_t> parseRecomputed(const Json& body);
// {"task_id","quota_left"}
[[nodiscard]] Result<OutreachStarted> parseOutreach(const Json& body);

// "/v1/at-risk?location_id=..." with the id percent-encoded.
[[nodiscard]] std::string atRiskTarget(const std::string& locationId);

}  // namespace outpost::ui::customer_protocol
