#pragma once
// Events the engine ingests about people (domain notes §3), idempotent on idempotency_key: an
// event whose key was seen before changes nothing and answers "duplicate".
//
// An event names its subject by identity keys; stitching decides the profile (and creates one
// when the subject has a first name and matches nobody). Effects on the profile:
//   visit_logged, check_in, class_attended  a visit row at the event's location; last activity
//   appointment_booked, app_opened, message_received, trial_started  last activity
//   trial_started        a prospect becomes a trial member
//   membership_changed   membership_status from data.status
//   ticket_created       last_ticket_id from data.ticket_id
//   every type           the event row itself, which the at-risk score reads (payment_failed,
//                        payment_succeeded, no_show, nps_submitted with data.score, review_posted
//                        with data.rating, ...)

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/json_codec.h"
#include "profiles/identity.h"
#include "store/database.h"

namespace outpost::profiles {

inline constexpr std::array<std::string_view, 17> kEventTypes = {
    "visit_logged",     "check_in",      "class_attended",    "appointment_booked", "booking_cancelled",
    "no_show",          "payment_failed", "payment_succeeded", "refund_initiated",   "message_received",
    "ticket_created",   "nps_submitted",  "review_posted",     "lead_created",       "app_opened",
    "trial_started",    "membership_changed"};

inline constexpr std::size_t kMaxEventsPerBatch = 500;

struct ProfileEvent {
    std::string event_id;
    std::string idempotency_key;
    std::string type;
    Timestamp occurred_at;
    LocationId location;
    std::string source;  // the sending system ("crm", "billing"); "webhook" when not named
    Identity subject;
    Json data = Json::object();
};

// Reads one event; errors name the field under `path` ("events[3].type: ...").
[[nodiscard]] Result<ProfileEvent> event_from_json(const Json& item, const std::string& path);

enum class EventStatus { applied, duplicate, unmatched };
[[nodiscard]] std::string_view to_string(EventStatus status);

struct EventOutcome {
    EventStatus status = EventStatus::applied;
    std::optional<ProfileId> profile;
    std::string rule;  // how the subject was stitched
};

// Applies one event in its own transaction (nested as a savepoint inside the caller's).
[[nodiscard]] Result<EventOutcome> ingest_event(store::Database& db, const ProfileEvent& event, Timestamp now);

// A batch {"events":[...]}: each event is read and applied on its own, so one bad event is
// answered with its error and the rest still apply. Answers {"results":[{index, event_id,
// status, profile_id?, error?}], "applied", "duplicates", "unmatched", "rejected"}.
[[nodiscard]] Result<Json> ingest_batch(store::Database& db, const Json& body, Timestamp now);

}  // namespace outpost::profiles
