#include "profiles/event_triggers.h"

#include "rules/task_triggers.h"
#include "sync/task_sla.h"

namespace outpost::profiles {
namespace {

Result<bool> is_vip(store::Database& db, ProfileId profile) {
    auto stmt = db.prepare("SELECT 1 FROM profile WHERE id = ?1 AND instr(lower(coalesce(tags, '')), 'vip') > 0");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value());
    return stmt->step();
}

Result<bool> open_payment_task(store::Database& db, ProfileId profile) {
    auto stmt = db.prepare(
        "SELECT 1 FROM task WHERE profile_id = ?1 AND type = 'payment_recovery' AND status <> 'resolved'");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value());
    return stmt->step();
}

std::int64_t number(const Json& data, const char* field) {
    auto it = data.find(field);
    return it != data.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

std::string text(const Json& data, const char* field) {
    auto it = data.find(field);
    return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The trigger event of a message, the strongest reading first.
rules::TriggerEvent message_trigger(const Json& data) {
    rules::TriggerEvent t;
    t.text = text(data, "text");
    if (number(data, "requested_amount_cents") > number(data, "automation_limit_cents") &&
        data.contains("automation_limit_cents")) {
        t.kind = rules::TriggerKind::authority_exceeded;
        t.amount_cents = number(data, "requested_amount_cents");
        t.limit_cents = number(data, "automation_limit_cents");
        t.request = text(data, "request");
    } else if (data.value("asked_for_human", false)) {
        t.kind = rules::TriggerKind::human_requested;
    } else if (number(data, "automation_failures") >= 2) {
        t.kind = rules::TriggerKind::conversation_failed;
        t.failed_attempts = static_cast<int>(number(data, "automation_failures"));
    } else {
        t.kind = rules::TriggerKind::message;
    }
    return t;
}

std::string summary_of(const ProfileEvent& e, const rules::TaskSpec& spec) {
    if (e.type == "payment_failed") {
        return "Payment still failing after " + std::to_string(number(e.data, "retries")) + " retries";
    }
    std::string said = text(e.data, "text");
    if (said.size() > 160) said = said.substr(0, said.find_last_of(' ', 160)) + "...";
    return said.empty() ? spec.type : "Message: \"" + said + "\"";
}

}  // namespace

Result<std::vector<sync::EntityRef>> raise_task_for_event(store::Database& db, const ProfileEvent& e, ProfileId profile,
                                                          Timestamp now) {
    rules::TriggerEvent trigger;
    if (e.type == "message_received") {
        trigger = message_trigger(e.data);
    } else if (e.type == "payment_failed") {
        trigger.kind = rules::TriggerKind::payment_failed;
        trigger.payment_retries = static_cast<int>(number(e.data, "retries"));
        Timestamp first = e.occurred_at;
        if (auto at = parse_iso8601(text(e.data, "first_failed_at")); at) first = *at;
        trigger.since_first_failure = std::chrono::duration_cast<std::chrono::minutes>(e.occurred_at - first);
    } else {
        return std::vector<sync::EntityRef>{};
    }
    auto vip = is_vip(db, profile);
    if (!vip) return vip.error();
    trigger.vip = *vip;
    auto spec = rules::task_for(trigger);
    if (!spec) return std::vector<sync::EntityRef>{};
    if (spec->type == "payment_recovery") {
        auto open = open_payment_task(db, profile);
        if (!open) return open.error();
        if (*open) return std::vector<sync::EntityRef>{};
    }
    sync::NewTask task{"event/" + e.idempotency_key, spec->type, spec->source, e.event_id, profile.value(), e.location,
                       std::string(rules::to_string(spec->urgency)), summary_of(e, *spec), spec->reasons,
                       spec->suggested_action, e.occurred_at, rules::EscalationLevel::location, std::nullopt, ""};
    return sync::insert_task(db, task, now);
}

}  // namespace outpost::profiles
