#pragma once
// The SLA side of escalation tasks, shared by the task commands (desk and engine) and the engine's
// deadline monitor: a task's clock is stored in its row (SlaClock::serialise) together with what
// was last worked out from it, so every desk shows the same countdown offline.
//
// Status moves the clock: waiting_on_customer pauses it, leaving that status resumes it, resolved
// completes it, and reopening a resolved task starts a new clock.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// Calendars by location, loaded once (for the deadline monitor and imports, which meet the same
// few locations again and again). Nothing for a location without a usable calendar.
class CalendarCache {
public:
    [[nodiscard]] Result<const rules::BusinessCalendar*> get(store::Database& db, const LocationId& location);

private:
    std::map<std::string, std::optional<rules::BusinessCalendar>> m_calendars;
};

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

// Whether a person has taken over this customer: every automation (review requests, journeys)
// asks before it sends and stays quiet while it is so.
[[nodiscard]] Result<bool> automation_paused(store::Database& db, std::int64_t profile_id);

// A new task as every creator writes it (the task.create command, triggers, routing, the demo):
// the row, its SLA clock started at `created` and evaluated at `now`, and its "created" history
// row. A task with this id already there is left as it is. Answers the rows written.
struct NewTask {
    std::string id;
    std::string type;
    std::string source;  // review, lead, conversation, payment, manual
    std::optional<std::string> source_id;
    std::optional<std::int64_t> profile_id;
    LocationId location;
    std::string urgency;  // low, normal, high, urgent
    std::string summary;
    std::vector<std::string> reasons;  // the decision trace shown on the card
    std::string suggested_action;
    Timestamp created;
    rules::EscalationLevel level = rules::EscalationLevel::location;  // who owns it from the start
    std::optional<std::int64_t> actor_id;  // who created it; none for the engine's own rules
    std::string actor_name;
};
[[nodiscard]] Result<std::vector<EntityRef>> insert_task(store::Database& db, const NewTask& task, Timestamp now);

// A review's task title, the same whoever opens the task (routing, the inbox's escalation, the
// demo): "2-star google review (high severity) by Ana: "The showers were…"", the text cut
// between characters so the title stays about one line.
[[nodiscard]] std::string review_task_summary(std::int64_t rating, std::string_view platform, std::string_view author,
                                              std::string_view text, bool high);
// The review's open (unresolved) task, the oldest first; none when there is none.
[[nodiscard]] Result<std::optional<std::string>> open_review_task(store::Database& db, std::string_view review_id);

}  // namespace outpost::sync
