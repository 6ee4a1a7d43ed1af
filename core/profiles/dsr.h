#pragma once
// Data-subject requests (domain notes §2, §10): everything the engine holds about a person, as
// one JSON document; and erasure with tombstones.
//
// A person is a live profile and the profiles merged into it. Erasure removes their profile rows,
// identity keys, events, consent ledger, visits, notes, field history, tasks, merge suggestions
// and merge records (their snapshots hold personal data), at-risk scores and outreach rows; reviews
// they wrote stay public but lose the link to them. Each removed row that desks hold leaves a
// tombstone (a delete in the change log at the row's location, its earlier versions taken out), so
// every desk's replica removes the person on its next sync. The audit log records the request
// with counts only; decision-log rows keep only the keyed hash they already had.

#include <string>

#include "access/audit_log.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/json_codec.h"
#include "profiles/merge.h"
#include "store/database.h"

namespace outpost::profiles {

[[nodiscard]] Result<Json> export_person(store::Database& db, ProfileId profile);

struct ErasureReport {
    std::int64_t profiles = 0;
    std::int64_t rows = 0;        // every row removed, all tables
    std::int64_t tombstones = 0;  // deletes written for the desks
    std::int64_t reviews_unlinked = 0;
};

[[nodiscard]] Result<ErasureReport> erase_person(store::Database& db, access::AuditLog& audit, ProfileId profile,
                                                 const Actor& actor, Timestamp at);

}  // namespace outpost::profiles
