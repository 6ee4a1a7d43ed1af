#pragma once
// What the task screens show, read from a desk's replica (the same queries would run on the
// engine's store): open tasks with their SLA, a person's queue, the team board, and one task's
// context card. Qt-free; the console turns these into widgets.
//
// The card carries no bulk personal data: the customer's name and consent state, not their
// contact details; opening it is audited through the task.open_card command.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/user.h"
#include "rules/task_queue.h"
#include "store/database.h"

namespace outpost::sync {

struct TaskListItem {
    std::string id;
    std::string type;
    std::string source;
    std::optional<std::string> source_id;
    std::string summary;
    std::string urgency;
    std::string status;
    std::string location_id;
    std::string location_name;
    std::optional<std::int64_t> owner_id;
    std::string owner_name;
    std::optional<std::int64_t> profile_id;
    std::string sla_state;  // as the engine last worked it out: ok, warning, breached, met
    std::string level;      // location, region, corporate
    std::optional<Timestamp> due;
    std::optional<Timestamp> warning_at;
    std::optional<Timestamp> next_deadline;
    Timestamp created;
    bool taken_over = false;
    std::string approval_state;  // none, pending, approved, denied
    std::optional<std::int64_t> approval_amount;
    bool pending_sync = false;  // changed on this desk, not yet confirmed by the engine
};

// Open tasks (not resolved), most urgent first.
[[nodiscard]] Result<std::vector<TaskListItem>> read_open_tasks(store::Database& db);

// The SLA state at `now` from the stored instants (the engine's monitor writes the state when a
// deadline passes; offline, the desk still counts down): paused while waiting on the customer.
enum class LiveSla { ok, warning, breached, paused, none };
[[nodiscard]] LiveSla live_sla(const TaskListItem& task, Timestamp now);

// A person's queue (rules::queue_for) over the open tasks.
[[nodiscard]] std::vector<TaskListItem> queue_of(const std::vector<TaskListItem>& tasks, std::int64_t user,
                                                 const rules::QueueLimits& limits);

// One row per person with open tasks, and one for unassigned work (no user id).
struct TeamRow {
    std::optional<std::int64_t> user_id;
    std::string name;
    int open = 0;
    int at_risk = 0;   // in warning
    int breached = 0;
    int taken_over = 0;
};
[[nodiscard]] std::vector<TeamRow> team_board(const std::vector<TaskListItem>& tasks, Timestamp now);

struct TaskHistoryItem {
    Timestamp at;
    std::string actor;  // empty: Outpost itself (deadlines)
    std::string kind;
    std::string detail;
};

struct TaskCard {
    TaskListItem task;
    std::string customer_name;       // empty when the task has no customer
    std::optional<bool> consent_sms;  // none when there is no customer
    std::optional<bool> consent_email;
    std::string automation_paused_by;  // empty: automation runs for this customer
    std::string source_text;           // "★★ Google: ..." for reviews (first 280 characters)
    std::vector<TaskHistoryItem> recent;  // the last three actions, newest first
    std::vector<std::string> reasons;     // decision trace
    std::string suggested_action;
    std::string approval_kind;
    std::string approval_by_name;
    std::string approval_reason;
    std::optional<std::int64_t> authority_limit;  // the viewer's own approval limit; none: unlimited
};
[[nodiscard]] Result<TaskCard> read_task_card(store::Database& db, const std::string& id, Role viewer);

}  // namespace outpost::sync
