#pragma once
// The SLA side of escalation tasks, shared by the task commands (desk and engine) and the engine's
// deadline monitor: a task's clock is stored in its row (SlaClock::serialise) together with what
// was last worked out from it, so every desk shows the same countdown offline.
//
// Status moves the clock: waiting_on_customer pauses it, leaving that status resumes it, resolved
// completes it, and reopening a resolved task starts a new clock.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/clock.h"
#include "domain/ids.h"
#include "rules/business_calendar.h"
#include "rules/sla.h"
#include "store/database.h"
#include "sync/entities.h"

namespace outpost::sync {

struct TaskSla {
    std::string clock;  // empty: the task runs no clock (its location has no usable calendar)
    rules::SlaState state = rules::SlaState::ok;
    rules::EscalationLevel level = rules::EscalationLevel::location;
    std::optional<Timestamp> due;            // breach of the location's budget
    std::optional<Timestamp> warning_at;     // warning of the location's budget
    std::optional<Timestamp> next_deadline;  // next warning or breach of any step
};

// The calendar of a location, or nothing when it has none that can be used.
[[nodiscard]] Result<std::optional<rules::BusinessCalendar>> location_calendar(store::Database& db,
                                                                               const LocationId& location);
[[nodiscard]] rules::SlaPriority task_priority(std::string_view urgency);

// The task SLA of a clock at `now`.
[[nodiscard]] TaskSla evaluate(const rules::SlaClock& clock, const rules::BusinessCalendar& calendar, Timestamp now);
// A restored clock of a task of this urgency; nothing when `text` is empty.
[[nodiscard]] Result<std::optional<rules::SlaClock>> restore_clock(std::string_view urgency, std::string_view text);

// A new clock started at `now`.
[[nodiscard]] Result<TaskSla> start_task_sla(store::Database& db, const LocationId& location, std::string_view urgency,
                                             Timestamp now);
// The clock after a status change from `from` to `to` at `now`.
[[nodiscard]] Result<TaskSla> task_sla_after_status(store::Database& db, const LocationId& location,
                                                    std::string_view urgency, const std::string& clock,
                                                    std::string_view from, std::string_view to, Timestamp now);

// Writes the SLA columns of task `id`.
[[nodiscard]] Result<void> write_task_sla(store::Database& db, const std::string& id, const TaskSla& sla);

// A new task row (status "new") with its SLA columns; a task with this id already there stays as
// it is (a command applied twice writes one row). Desk commands and engine routes both create
// tasks through it.
struct NewTask {
    std::string id;
    std::string type;
    std::string source;  // review, lead, conversation, payment, manual
    std::optional<std::string> source_id;
    std::optional<std::int64_t> profile;
    LocationId location;
    std::string urgency;
    std::string summary;
    Timestamp created_at;
};
[[nodiscard]] Result<void> insert_task(store::Database& db, const NewTask& task, const TaskSla& sla);

// Appends a row to the task's history; answers its ref (ids are chosen by the caller so that the
// same event written twice stays one row).
struct TaskEvent {
    std::string id;
    std::string task_id;
    LocationId location;
    Timestamp at;
    std::optional<std::int64_t> actor_id;
    std::string actor_name;
    std::string kind;    // created, claimed, released, status, taken_over, escalated, sla_warning ...
    std::string detail;  // the new status, the level, the reason ...
};
[[nodiscard]] Result<EntityRef> add_task_event(store::Database& db, const TaskEvent& event);

}  // namespace outpost::sync
