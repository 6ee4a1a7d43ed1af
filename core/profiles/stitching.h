#pragma once
// Identity stitching (domain notes §2). Deterministic rules decide which profile an incoming
// identity is; fuzzy ones only suggest a merge for a person to approve.
//
// Deterministic, in this order:
//  1. A stable key (external_id, then member_id, then access_card_id) held by exactly one live
//     profile: that profile. These are issued once to one person by another system.
//  2. Contact keys (E.164 phone, lower-cased email) are shared (a family's phone) and change hands
//     (a recycled number), so one alone never decides. A profile matches when at least two
//     signals agree — phone, email, the same full name, the same birthday — one of them a contact
//     key, and nothing contradicts (a different birthday, a different id of the same kind). It is
//     that profile when exactly one profile matches; with several, none is chosen.
//  3. Otherwise a new profile (when the identity names a first name), or no profile at all.
// Fuzzy suggestions, queued in merge_candidate with merge_confidence: the same full name and
// birthday (0.85); a similar email — equal once dots and a +tag are taken out of the local part,
// or one or two edits apart — with the same last name (0.7). Nothing is merged without a person.

#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "profiles/identity.h"
#include "store/database.h"

namespace outpost::profiles {

struct StitchResult {
    std::optional<ProfileId> profile;  // empty: nobody matched and nothing was created
    std::string rule;                  // "stable:external_id", "contact:phone+name", "created", "unmatched"
    bool created = false;
    std::vector<std::int64_t> suggestions;  // merge_candidate ids queued now
};

// The deterministic decision alone; writes nothing.
[[nodiscard]] Result<StitchResult> match_identity(store::Database& db, const Identity& identity);

// Decides, then attaches the identity's keys to the profile (filling its empty contact fields),
// or creates the profile at `home`; queues fuzzy suggestions for it. `source` names the sender
// ("event:crm") in field_meta and profile_identity.
[[nodiscard]] Result<StitchResult> stitch(store::Database& db, const Identity& identity, const LocationId& home,
                                          const std::string& source, Timestamp at);

// Queues merge suggestions between `profile` and similar live profiles; answers the new ones.
[[nodiscard]] Result<std::vector<std::int64_t>> suggest_merges(store::Database& db, ProfileId profile, Timestamp at);

// "jane.doe+gym@example.com" -> "janedoe@example.com".
[[nodiscard]] std::string canonical_email(std::string_view email);
// Levenshtein distance, stopping early once above `limit`.
[[nodiscard]] int edit_distance(std::string_view a, std::string_view b, int limit);

}  // namespace outpost::profiles
