#pragma once
// People and what they do at a location: profiles (minimal contract for now), visits and leads.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/clock.h"
#include "domain/ids.h"

namespace outpost {

enum class MembershipStatus { prospect, trial, active, frozen, cancelled };

struct Profile {
    ProfileId id;
    std::string external_id;
    std::string first_name;
    std::string last_name;
    std::string primary_phone;  // E.164
    std::string primary_email;  // lower-case
    LocationId home_location_id;
    MembershipStatus membership_status = MembershipStatus::prospect;
    bool consent_sms = false;
    bool consent_email = false;
    std::int64_t lifetime_value_cents = 0;
    std::optional<Timestamp> last_activity_at;
};

struct Visit {
    VisitId id;
    ProfileId profile_id;
    LocationId location_id;
    Timestamp visited_at;
};

enum class LeadSource { web_form, call, message, walk_in };
enum class LeadStatus { open, qualified, trial_booked, trial_attended, paid, lost };

struct Lead {
    LeadId id;
    LocationId location_id;
    std::string name;
    std::string phone;
    std::string email;
    LeadSource source = LeadSource::web_form;
    LeadStatus status = LeadStatus::open;
    std::string message;
    Timestamp created_at;
};

}  // namespace outpost
