#pragma once
// Shared by the command files (review_commands.cpp, profile_commands.cpp, task_commands.cpp) and
// the registry in commands.cpp: lookups that check the caller's scope, a statement runner and the
// preparers of each command. Internal to core/sync.

#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

#include "domain/json_reader.h"
#include "sync/commands.h"
#include "sync/task_sla.h"

namespace outpost::sync::detail {

inline constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();
inline constexpr std::size_t kMaxTextBytes = 5000;

using Changed = Result<std::vector<EntityRef>>;

// "client/mutation": the id of a row a command creates, the same on the desk and on the engine.
std::string new_row_id(const CommandContext& c);
Result<void> in_scope(const CommandContext& c, const LocationId& location, const std::string& what);

struct ReviewRow {
    LocationId location;
    std::string status;
};
// The review (or profile) if it exists and lies in the caller's scope.
// The location exists and lies in the caller's scope.
Result<void> location_known(store::Database& db, const CommandContext& c, const LocationId& location);
Result<ReviewRow> find_review(store::Database& db, const CommandContext& c, std::int64_t id);
Result<LocationId> find_profile(store::Database& db, const CommandContext& c, std::int64_t id);

Result<void> run_sql(store::Database& db, std::string_view sql, const std::function<void(store::Statement&)>& bind);
std::string trimmed(const std::string& text);

// A prepared command that writes one row: touches, location and audit subject filled in.
PreparedCommand prepared_for(const EntityRef& ref, const LocationId& location);

template <std::size_t N>
std::string one_of(JsonReader& r, const char* field, const std::array<std::string_view, N>& allowed) {
    std::string value = r.string(field, 64);
    if (!r.ok()) return value;
    for (auto a : allowed) {
        if (value == a) return value;
    }
    std::string names;
    for (auto a : allowed) names += (names.empty() ? "" : ", ") + std::string(a);
    r.fail(field, "must be one of " + names);
    return value;
}

using Preparer = Result<PreparedCommand> (*)(store::Database&, const CommandContext&, const Command&);

Result<PreparedCommand> review_set_status(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> review_assign(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> review_draft_reply(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> review_discard_draft(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> review_submit_reply(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> review_approve_reply(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> review_reject_reply(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> review_retry_reply(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> template_save(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> template_delete(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> profile_update_contact(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> profile_add_note(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> visit_check_in(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> consent_set(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> lead_create_walk_in(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> review_escalate(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_create(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_claim(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_release(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_set_status(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_reassign(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_escalate(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_take_over(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_request_approval(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_decide_approval(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> task_open_card(store::Database& db, const CommandContext& c, const Command& cmd);
Result<PreparedCommand> alert_acknowledge(store::Database& db, const CommandContext& c, const Command& cmd);

// A task as the task commands check it.
struct TaskRow {
    std::string id;
    LocationId location;
    std::string status;
    std::string urgency;
    std::optional<std::int64_t> owner;
    std::string owner_name;
    std::optional<std::int64_t> profile;
    std::string sla_clock;
    std::string level;
    bool taken_over = false;
    std::string approval_state;
    std::optional<std::int64_t> approval_amount;
};
// The task named by args.task_id, in the caller's scope.
Result<TaskRow> find_task(store::Database& db, const CommandContext& c, JsonReader& r);
// Refused unless the task is unclaimed or the caller's.
Result<void> owner_or_unclaimed(const CommandContext& c, const TaskRow& task);
// The command's history row of task `task` (id "client/mutation#e").
TaskEvent command_event(const CommandContext& c, const TaskRow& task, std::string kind, std::string detail);
// Runs `write`, then adds the history row; answers the task and the history row as changed.
Changed with_event(store::Database& db, const TaskRow& task, const TaskEvent& event,
                   const std::function<Result<void>()>& write);
// A prepared command on a task: it touches the task and its new history row.
PreparedCommand prepared_task(const CommandContext& c, const TaskRow& task);
// Sends an open task one level up (location -> region -> corporate) with a history row saying why.
Result<PreparedCommand> prepare_task_escalation(store::Database& db, const CommandContext& c, const TaskRow& task,
                                                const std::string& reason);
// Removes the automation pause of the task's customer; adds it to `changed`.
Changed end_takeover(store::Database& db, const TaskRow& task, std::vector<EntityRef> changed);

}  // namespace outpost::sync::detail
