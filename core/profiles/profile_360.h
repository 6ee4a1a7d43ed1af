#pragma once
// The profile 360 of the console's Customers screen, read from a desk's replica (works offline):
// the contract fields with the source and time of their last change, the consent per channel
// derived from the ledger (profiles/consent.h) with the ledger itself, one timeline of what
// happened with the person (visits, events, tasks, reviews, leads, notes, contact edits), the
// notes, and the stored at-risk score with its components. Qt-free; the console calls it through
// Replica::read().

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "profiles/at_risk_store.h"
#include "profiles/consent.h"
#include "store/database.h"

namespace outpost::profiles {

struct FieldLine {
    std::string field;   // a contract field: "primary_phone"
    std::string value;   // as text; "" when empty
    std::string source;  // field_meta's source ("desk", "event:crm", "consent_ledger"); "" when unknown
    std::optional<Timestamp> updated_at;
};

struct TimelineItem {
    Timestamp at;
    std::string kind;    // visit, event, task, review, lead, note, edit
    std::string what;    // the event type, task type, review platform, lead source, edited field
    std::string detail;  // the task summary, review text, note text, "old -> new"
    std::string location_id;
    std::string ref;     // the row's id
};

struct NoteLine {
    std::string id;
    std::string author;
    std::string text;
    Timestamp created_at;
};

struct Profile360 {
    ProfileId id;
    std::string first_name;
    std::string last_name;
    std::string home_location_id;
    std::string home_location_name;
    std::string membership_status;
    std::string source_origin;
    std::optional<Timestamp> last_synced_at;
    int contract_version = 0;
    std::vector<FieldLine> fields;                   // in contract order
    std::map<std::string, ConsentEntry> consent;     // per channel, derived from the ledger
    std::vector<ConsentEntry> consent_history;       // newest first
    std::vector<TimelineItem> timeline;              // newest first, at most the limit asked for
    std::vector<NoteLine> notes;                     // newest first
    std::optional<StoredAtRisk> at_risk;
    int open_tasks = 0;
    int reviews = 0;
    int leads = 0;
};

// not_found for an unknown or erased profile; a merged one answers the profile it lives in now.
[[nodiscard]] Result<Profile360> read_profile_360(store::Database& db, ProfileId id, const Clock& clock,
                                                  int timeline_limit = 200);

// The at-risk component a reason code belongs to: recency, frequency, payment, engagement,
// support; "" for a code of none.
[[nodiscard]] std::string_view component_of_reason(std::string_view reason);

}  // namespace outpost::profiles
