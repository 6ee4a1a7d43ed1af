#pragma once
// Writing a new escalation task row: one place for the task commands (task.create, on desks and in
// the engine) and for the engine's own tasks (review routing), so a task looks the same whoever
// opened it.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/clock.h"
#include "domain/ids.h"
#include "store/database.h"
#include "sync/task_sla.h"

namespace outpost::sync {

struct NewTask {
    std::string id;
    std::string type;     // "complaint", "negative_review" ...
    std::string source;   // review, lead, conversation, payment, manual
    std::optional<std::string> source_id;
    std::optional<std::int64_t> profile;
    LocationId location;
    std::string urgency;  // low, normal, high, urgent
    std::string summary;
    std::string reasons = "[]";   // JSON list of reason codes (the card's decision trace)
    std::string suggested_action;
    rules::EscalationLevel level = rules::EscalationLevel::location;  // who owns it from the start
    Timestamp now;
};

// Inserts the task in status 'new' with its SLA columns; nothing when a task with this id exists.
// Answers whether the row was written.
[[nodiscard]] Result<bool> insert_task(store::Database& db, const NewTask& task, TaskSla sla);

}  // namespace outpost::sync
