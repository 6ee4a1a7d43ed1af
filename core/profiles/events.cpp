#include "profiles/events.h"

#include "profiles/event_triggers.h"

#include <algorithm>
#include <map>

#include "domain/enums.h"
#include "domain/json_reader.h"
#include "profiles/contract.h"
#include "profiles/stitching.h"
#include "store/repositories.h"

namespace outpost::profiles {
namespace {

bool one_of(std::string_view type, std::initializer_list<std::string_view> types) {
    return std::find(types.begin(), types.end(), type) != types.end();
}

Result<bool> seen(store::Database& db, const std::string& key) {
    auto stmt = db.prepare("SELECT 1 FROM profile_event WHERE idempotency_key = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, key);
    return stmt->step();
}

Result<void> check_location(store::Database& db, const LocationId& location) {
    auto stmt = db.prepare("SELECT 1 FROM location WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, location.value());
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::invalid_argument, "location_id: unknown location '" + location.value() + "'");
    return {};
}

// The profile fields an event of this type sets, from its data.
Result<std::vector<FieldChange>> field_changes(const ProfileEvent& e, const Json& profile) {
    std::vector<FieldChange> changes;
    if (one_of(e.type, {"visit_logged", "check_in", "class_attended", "appointment_booked", "app_opened",
                        "message_received", "trial_started"})) {
        const Json& last = profile["last_activity_at"];
        const std::int64_t at = store::to_db(e.occurred_at);
        if (!last.is_number() || last.get<std::int64_t>() < at) changes.push_back({"last_activity_at", at});
    }
    if (e.type == "trial_started" && profile["membership_status"] == "prospect") {
        changes.push_back({"membership_status", std::string("trial")});
    }
    if (e.type == "membership_changed") {
        JsonReader r(e.data, "data");
        auto status = r.enumeration<MembershipStatus>("status");
        if (!r.ok()) return r.error();
        changes.push_back({"membership_status", std::string(to_string(status))});
    }
    if (e.type == "ticket_created") {
        JsonReader r(e.data, "data");
        auto ticket = r.string("ticket_id", 128);
        if (!r.ok()) return r.error();
        changes.push_back({"last_ticket_id", ticket});
    }
    return changes;
}

// What the front desk reads of events: payment_failed_at, the latest failed payment until a payment
// succeeds at or after it; booking_at, the start (data.starts_at) of the latest booking until it
// is cancelled.
Result<void> desk_state(store::Database& db, const ProfileEvent& e, ProfileId id) {
    if (e.type == "appointment_booked" || e.type == "booking_cancelled") {
        const auto starts = e.data.is_object() && e.data.contains("starts_at") && e.data["starts_at"].is_string()
                                ? parse_iso8601(e.data["starts_at"].get<std::string>())
                                : Result<Timestamp>(make_error(ErrorCode::invalid_argument, "no starts_at"));
        if (!starts) return {};  // a booking without its time leaves the today list as it is
        if (e.type == "booking_cancelled") {
            return run(db, "UPDATE profile SET booking_at = NULL WHERE id = ?1 AND booking_at = ?2",
                       [&](store::Statement& s) { s.bind(1, id.value()).bind(2, store::to_db(*starts)); });
        }
        return run(db, "UPDATE profile SET booking_at = ?2 WHERE id = ?1",
                   [&](store::Statement& s) { s.bind(1, id.value()).bind(2, store::to_db(*starts)); });
    }
    if (e.type == "payment_failed") {
        return run(db, "UPDATE profile SET payment_failed_at = ?2 WHERE id = ?1 AND coalesce(payment_failed_at, 0) < ?2",
                   [&](store::Statement& s) { s.bind(1, id.value()).bind(2, store::to_db(e.occurred_at)); });
    }
    if (e.type == "payment_succeeded") {
        return run(db, "UPDATE profile SET payment_failed_at = NULL WHERE id = ?1 AND payment_failed_at <= ?2",
                   [&](store::Statement& s) { s.bind(1, id.value()).bind(2, store::to_db(e.occurred_at)); });
    }
    return {};
}

Result<std::vector<sync::EntityRef>> apply_to_profile(store::Database& db, const ProfileEvent& e, ProfileId id) {
    std::vector<sync::EntityRef> refs;
    if (one_of(e.type, {"visit_logged", "check_in", "class_attended"})) {
        auto r = run(db,
                     "INSERT INTO visit(profile_id, location_id, visited_at, source, client_ref) VALUES(?1, ?2, ?3, 'event', ?4)",
                     [&](store::Statement& s) {
                         s.bind(1, id.value()).bind(2, e.location.value()).bind(3, store::to_db(e.occurred_at));
                         s.bind(4, "event/" + e.idempotency_key);
                     });
        if (!r) return r.error();
        refs.push_back({"visit", std::to_string(db.last_insert_rowid())});
    }
    auto profile = read_profile(db, id);
    if (!profile) return profile.error();
    auto changes = field_changes(e, *profile);
    if (!changes) return changes.error();
    auto changed = set_fields(db, id, *changes, "event:" + e.source, e.occurred_at, true);
    if (!changed) return changed.error();
    if (auto p = desk_state(db, e, id); !p) return p.error();
    refs.push_back(profile_ref(id));
    return refs;
}

Result<void> store_event(store::Database& db, const ProfileEvent& e, std::optional<ProfileId> profile, Timestamp now) {
    return run(db,
               "INSERT INTO profile_event(event_id, idempotency_key, type, occurred_at, location_id, profile_id, source, data, "
               "received_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
               [&](store::Statement& s) {
                   s.bind(1, e.event_id).bind(2, e.idempotency_key).bind(3, e.type).bind(4, store::to_db(e.occurred_at));
                   s.bind(5, e.location.value());
                   if (profile) {
                       s.bind(6, profile->value());
                   } else {
                       s.bind_null(6);
                   }
                   s.bind(7, e.source).bind(8, e.data.dump()).bind(9, store::to_db(now));
               });
}

}  // namespace

std::string_view to_string(EventStatus status) {
    switch (status) {
        case EventStatus::applied: return "applied";
        case EventStatus::duplicate: return "duplicate";
        case EventStatus::unmatched: return "unmatched";
    }
    return "applied";
}

Result<ProfileEvent> event_from_json(const Json& item, const std::string& path) {
    if (!item.is_object()) return make_error(ErrorCode::invalid_argument, path + ": must be an object");
    JsonReader r(item, path);
    ProfileEvent e;
    e.event_id = r.string("event_id", 128);
    e.idempotency_key = r.string("idempotency_key", 200);
    e.type = r.string("type", 64);
    e.occurred_at = r.timestamp("occurred_at");
    e.location = LocationId(r.string("location_id", 64));
    e.source = r.optional_string("source", 64).value_or("webhook");
    const Json* subject = r.child("subject");
    const Json* data = item.contains("data") ? r.child("data") : nullptr;
    if (!r.ok()) return r.error();
    if (std::find(kEventTypes.begin(), kEventTypes.end(), e.type) == kEventTypes.end()) {
        return make_error(ErrorCode::invalid_argument, path + ".type: unknown event type '" + e.type.substr(0, 64) + "'");
    }
    if (e.idempotency_key.empty()) return make_error(ErrorCode::invalid_argument, path + ".idempotency_key: must not be empty");
    if (data) {
        if (!data->is_object()) return make_error(ErrorCode::invalid_argument, path + ".data: must be an object");
        e.data = *data;
    }
    auto identity = identity_from_json(*subject, path + ".subject");
    if (!identity) return identity.error();
    e.subject = std::move(*identity);
    return e;
}

Result<EventOutcome> ingest_event(store::Database& db, const ProfileEvent& event, Timestamp now) {
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    auto replay = seen(db, event.idempotency_key);
    if (!replay) return replay.error();
    if (*replay) return EventOutcome{EventStatus::duplicate, std::nullopt, ""};
    if (auto l = check_location(db, event.location); !l) return l.error();
    auto stitched = stitch(db, event.subject, event.location, "event:" + event.source, event.occurred_at);
    if (!stitched) return stitched.error();
    EventOutcome outcome{stitched->profile ? EventStatus::applied : EventStatus::unmatched, stitched->profile,
                         stitched->rule};
    if (auto s = store_event(db, event, stitched->profile, now); !s) return s.error();
    const std::string event_row = std::to_string(db.last_insert_rowid());
    if (stitched->profile) {
        auto refs = apply_to_profile(db, event, *stitched->profile);
        if (!refs) return refs.error();
        refs->push_back({"profile_event", event_row});
        auto raised = raise_task_for_event(db, event, *stitched->profile, now);
        if (!raised) return raised.error();
        refs->insert(refs->end(), raised->begin(), raised->end());
        if (auto p = publish(db, *refs, now); !p) return p.error();
    }
    if (auto c = tx->commit(); !c) return c.error();
    return outcome;
}

Result<Json> ingest_batch(store::Database& db, const Json& body, Timestamp now) {
    if (!body.is_object() || !body.contains("events") || !body["events"].is_array()) {
        return make_error(ErrorCode::invalid_argument, "events: is required and must be a list");
    }
    const Json& items = body["events"];
    if (items.size() > kMaxEventsPerBatch) {
        return make_error(ErrorCode::too_large, "events: at most " + std::to_string(kMaxEventsPerBatch) + " per request");
    }
    // One transaction for the batch, a savepoint per event: a refused event leaves no trace.
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    Json results = Json::array();
    std::map<std::string, int> counts = {{"applied", 0}, {"duplicate", 0}, {"unmatched", 0}, {"rejected", 0}};
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string path = "events[" + std::to_string(i) + "]";
        Json result = {{"index", i}};
        if (items[i].is_object() && items[i].contains("event_id") && items[i]["event_id"].is_string()) {
            result["event_id"] = items[i]["event_id"];
        }
        auto event = event_from_json(items[i], path);
        Result<EventOutcome> outcome = event ? ingest_event(db, *event, now) : Result<EventOutcome>(event.error());
        if (!outcome && (outcome.error().code == ErrorCode::io || outcome.error().code == ErrorCode::internal)) {
            return outcome.error();  // the store failed, not the event: the sender retries the batch
        }
        if (outcome) {
            result["status"] = to_string(outcome->status);
            if (outcome->profile) result["profile_id"] = outcome->profile->value();
            ++counts[std::string(to_string(outcome->status))];
        } else {
            std::string message = outcome.error().message;
            if (message.rfind(path, 0) != 0) message = path + "." + message;
            result["status"] = "rejected";
            result["error"] = {{"code", to_string(outcome.error().code)}, {"message", message}};
            ++counts["rejected"];
        }
        results.push_back(std::move(result));
    }
    if (auto c = tx->commit(); !c) return c.error();
    return Json{{"results", std::move(results)},   {"applied", counts["applied"]},   {"duplicates", counts["duplicate"]},
                {"unmatched", counts["unmatched"]}, {"rejected", counts["rejected"]}};
}

}  // namespace outpost::profiles
