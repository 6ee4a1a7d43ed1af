#pragma once
// Merges that a person approved, and their undoing (domain notes §2).
//
// A merge folds the absorbed profile into the survivor: the absorbed one's visits, notes, field
// history, reviews, tasks, events, consent entries and identity keys move to the survivor, the
// survivor's empty fields are filled from it (lifetime value adds up, the later activity counts),
// and the absorbed row stays, untouched but for `merged_into`, out of search. What moved and both
// rows as they were are kept in profile_merge, so that an unmerge puts every moved row back and
// restores both profiles exactly as they were before the merge (rows that arrived on the survivor
// afterwards stay with it). Merge and unmerge are written to the audit log; desks receive the
// rows through the change log.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/audit_log.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "store/database.h"

namespace outpost::profiles {

struct Actor {
    UserId id;
    std::string username;
};

struct MergeCandidate {
    std::int64_t id = 0;
    ProfileId a;
    ProfileId b;
    double confidence = 0;
    std::vector<std::string> reasons;
    std::string status;  // pending, approved, rejected
};

// Pending suggestions, most confident first.
[[nodiscard]] Result<std::vector<MergeCandidate>> pending_candidates(store::Database& db, int limit);

// Approves a pending suggestion: profile_a survives. Answers the merge id.
[[nodiscard]] Result<std::int64_t> approve_candidate(store::Database& db, access::AuditLog& audit,
                                                     std::int64_t candidate, const Actor& actor, Timestamp at);
// `reason` (why they are two people) goes into the audit log.
[[nodiscard]] Result<void> reject_candidate(store::Database& db, access::AuditLog& audit, std::int64_t candidate,
                                            const Actor& actor, Timestamp at, const std::string& reason = {});

[[nodiscard]] Result<std::int64_t> merge_profiles(store::Database& db, access::AuditLog& audit, ProfileId survivor,
                                                  ProfileId absorbed, const Actor& actor, Timestamp at);
[[nodiscard]] Result<void> unmerge(store::Database& db, access::AuditLog& audit, std::int64_t merge_id,
                                   const Actor& actor, Timestamp at);

struct MergeRecord {
    std::int64_t id = 0;
    ProfileId survivor;
    ProfileId absorbed;
    Timestamp merged_at;
    std::optional<Timestamp> unmerged_at;
};
// The latest merges, newest first (unmerged ones too).
[[nodiscard]] Result<std::vector<MergeRecord>> recent_merges(store::Database& db, int limit);

struct MergeStats {
    std::int64_t merges = 0;
    std::int64_t unmerges = 0;
    double false_merge_rate = 0;  // unmerges / merges; 0 with no merges
};
[[nodiscard]] Result<MergeStats> merge_stats(store::Database& db);

}  // namespace outpost::profiles
