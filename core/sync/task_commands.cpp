#include "sync/command_support.h"

#include "domain/enums.h"
#include "store/repositories.h"

namespace outpost::sync::detail {
namespace {

constexpr std::array<std::string_view, 5> kTaskSources = {"review", "lead", "conversation", "payment", "manual"};
constexpr std::array<std::string_view, 4> kTaskUrgencies = {"low", "normal", "high", "urgent"};
constexpr std::array<std::string_view, 5> kTaskStatuses = {"new", "assigned", "in_progress", "waiting_on_customer",
                                                           "resolved"};


// The owner columns and status of a task given to `owner` (or back to nobody).
Result<void> set_owner(store::Database& db, const std::string& id, std::optional<std::int64_t> owner,
                       const std::string& name, const std::string& status, Timestamp now) {
    return run_sql(db,
                   "UPDATE task SET owner_user_id = ?2, owner_name = ?3, claimed_at = CASE WHEN ?2 IS NULL THEN NULL "
                   "ELSE ?4 END, status = ?5, updated_at = ?4, taken_over = CASE WHEN ?2 IS NULL THEN 0 ELSE "
                   "taken_over END WHERE id = ?1",
                   [&](store::Statement& s) {
                       s.bind(1, id).bind(2, owner).bind(3, name).bind(4, store::to_db(now)).bind(5, status);
                   });
}

}  // namespace

Result<TaskRow> find_task(store::Database& db, const CommandContext& c, JsonReader& r) {
    const std::string id = r.string("task_id", 200);
    if (!r.ok()) return r.error();
    auto stmt = db.prepare(
        "SELECT location_id, status, urgency, owner_user_id, owner_name, profile_id, sla_clock, escalation_level, "
        "taken_over, approval_state, approval_amount FROM task WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    const std::string what = "task " + id;
    if (!*has) return make_error(ErrorCode::not_found, "no " + what);
    const auto optional_int = [&](int col) {
        return stmt->kind(col) == store::Statement::Kind::null ? std::nullopt
                                                               : std::optional<std::int64_t>(stmt->int64(col));
    };
    TaskRow row{id,          LocationId(stmt->string(0)), stmt->string(1),   stmt->string(2),
                optional_int(3), stmt->string(4),         optional_int(5),   stmt->string(6),
                stmt->string(7), stmt->int64(8) != 0,     stmt->string(9),   optional_int(10)};
    if (auto s = in_scope(c, row.location, what); !s) return s.error();
    return row;
}

Result<void> owner_or_unclaimed(const CommandContext& c, const TaskRow& task) {
    if (task.owner && *task.owner != c.user_id.value()) {
        return make_error(ErrorCode::permission_denied, "task " + task.id + " is claimed by " + task.owner_name);
    }
    return {};
}

TaskEvent command_event(const CommandContext& c, const TaskRow& task, std::string kind, std::string detail) {
    return TaskEvent{new_row_id(c) + "#e", task.id, task.location, c.now, c.user_id.value(), c.user_name,
                     std::move(kind), std::move(detail)};
}

Changed with_event(store::Database& db, const TaskRow& task, const TaskEvent& event,
                   const std::function<Result<void>()>& write) {
    if (auto done = write(); !done) return done.error();
    auto added = add_task_event(db, event);
    if (!added) return added.error();
    return std::vector<EntityRef>{{"task", task.id}, *added};
}

// A prepared task command: it touches the task and its new history row.
PreparedCommand prepared_task(const CommandContext& c, const TaskRow& task) {
    PreparedCommand p = prepared_for({"task", task.id}, task.location);
    p.touches.push_back({"task_event", new_row_id(c) + "#e"});
    return p;
}

// ---- task.create ----
Result<PreparedCommand> task_create(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string type = trimmed(r.string("type", 64));
    const std::string source = one_of(r, "source", kTaskSources);
    const auto source_id = r.optional_string("source_id", 200);
    const auto profile = r.optional_integer("profile_id", 1, kMaxId);
    const LocationId location(r.string("location_id", 64));
    const std::string urgency = one_of(r, "urgency", kTaskUrgencies);
    const std::string summary = trimmed(r.string("summary", kMaxTextBytes));
    if (r.ok() && type.empty()) r.fail("type", "must not be empty");
    if (r.ok() && summary.empty()) r.fail("summary", "must not be empty");
    if (!r.ok()) return r.error();
    if (auto known = location_known(db, c, location); !known) return known.error();
    if (profile) {
        if (auto found = find_profile(db, c, *profile); !found) return found.error();
    }
    NewTask task{new_row_id(c), type, source, source_id, profile, location, urgency, summary, {}, {}, c.now,
                 rules::EscalationLevel::location, c.user_id.value(), c.user_name};
    PreparedCommand p = prepared_for({"task", task.id}, location);
    p.touches.push_back({"task_event", task.id + "#created"});
    p.details = {{"type", type}, {"source", source}, {"urgency", urgency}};
    p.run = [&db, task = std::move(task)]() -> Changed { return insert_task(db, task, task.created); };
    return p;
}

// ---- task.claim ----
Result<PreparedCommand> task_claim(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto task = find_task(db, c, r);
    if (!task) return task.error();
    // First claim wins: the engine applies claims in its order and refuses the later ones.
    if (task->owner && *task->owner != c.user_id.value()) {
        return make_error(ErrorCode::conflict, "task " + task->id + " is already claimed by " + task->owner_name);
    }
    if (task->status == "resolved") return make_error(ErrorCode::invalid_argument, "task " + task->id + " is resolved");
    PreparedCommand p = prepared_task(c, *task);
    p.details = {{"owner_user_id", c.user_id.value()}};
    const std::string status = task->status == "new" ? "assigned" : task->status;
    const TaskEvent event = command_event(c, *task, "claimed", c.user_name);
    p.run = [&db, task = *task, event, status, ctx = c]() -> Changed {
        if (task.owner) return std::vector<EntityRef>{};  // claiming one's own task again changes nothing
        return with_event(db, task, event,
                          [&] { return set_owner(db, task.id, ctx.user_id.value(), ctx.user_name, status, ctx.now); });
    };
    return p;
}

// ---- task.release ----
Result<PreparedCommand> task_release(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto task = find_task(db, c, r);
    if (!task) return task.error();
    if (task->owner && *task->owner != c.user_id.value()) {
        return make_error(ErrorCode::permission_denied,
                          "task " + task->id + " is claimed by " + task->owner_name + "; only they can release it");
    }
    PreparedCommand p = prepared_task(c, *task);
    if (task->taken_over && task->profile) p.touches.push_back({"automation_pause", std::to_string(*task->profile)});
    // Back in the queue: work that had started waits for the next person.
    const std::string status = task->status == "assigned" || task->status == "in_progress" ? "new" : task->status;
    const TaskEvent event = command_event(c, *task, "released", "");
    p.run = [&db, task = *task, event, status, now = c.now]() -> Changed {
        if (!task.owner) return std::vector<EntityRef>{};
        auto changed = with_event(db, task, event, [&] { return set_owner(db, task.id, std::nullopt, "", status, now); });
        if (!changed || !task.taken_over) return changed;
        return end_takeover(db, task, std::move(*changed));
    };
    return p;
}

// ---- task.set_status ----
Result<PreparedCommand> task_set_status(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto task = find_task(db, c, r);
    const std::string status = one_of(r, "status", kTaskStatuses);
    if (!r.ok()) return r.error();
    if (!task) return task.error();
    if (auto mine = owner_or_unclaimed(c, *task); !mine) return mine.error();
    if (!task->owner && (status == "assigned" || status == "in_progress")) {
        return make_error(ErrorCode::invalid_argument, "args.status: claim task " + task->id + " first");
    }
    if (status == "resolved" && task->approval_state == "pending") {
        return make_error(ErrorCode::invalid_argument, "task " + task->id + " waits for an approval decision");
    }
    auto sla = task_sla_after_status(db, task->location, task->urgency, task->sla_clock, task->status, status, c.now);
    if (!sla) return sla.error();
    PreparedCommand p = prepared_task(c, *task);
    if (task->taken_over && task->profile) p.touches.push_back({"automation_pause", std::to_string(*task->profile)});
    p.details = {{"status", status}};
    const TaskEvent event = command_event(c, *task, "status", status);
    p.run = [&db, task = *task, event, status, sla = *sla, now = store::to_db(c.now)]() -> Changed {
        if (task.status == status) return std::vector<EntityRef>{};
        auto changed = with_event(db, task, event, [&]() -> Result<void> {
            auto done = run_sql(db, "UPDATE task SET status = ?2, updated_at = ?3 WHERE id = ?1",
                                [&](store::Statement& s) { s.bind(1, task.id).bind(2, status).bind(3, now); });
            if (!done) return done;
            return write_task_sla(db, task.id, sla);
        });
        // Resolving ends a takeover: automation for the customer resumes.
        if (!changed || status != "resolved" || !task.taken_over) return changed;
        return end_takeover(db, task, std::move(*changed));
    };
    return p;
}

// ---- task.reassign ----
Result<PreparedCommand> task_reassign(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto task = find_task(db, c, r);
    const auto user = r.integer("user_id", 1, kMaxId);
    std::string name = trimmed(r.string("user_name", 200));
    if (!r.ok()) return r.error();
    if (!task) return task.error();
    if (c.role && !manages_tasks(*c.role)) {
        return make_error(ErrorCode::permission_denied, "only managers hand tasks to other people");
    }
    if (task->status == "resolved") return make_error(ErrorCode::invalid_argument, "task " + task->id + " is resolved");
    if (c.assignee) {
        auto named = c.assignee(UserId(user), task->location);
        if (!named) return named.error();
        name = *named;
    }
    PreparedCommand p = prepared_task(c, *task);
    if (task->taken_over && task->profile) p.touches.push_back({"automation_pause", std::to_string(*task->profile)});
    p.details = {{"owner_user_id", user}};
    const std::string status = task->status == "new" ? "assigned" : task->status;
    const TaskEvent event = command_event(c, *task, "reassigned", name);
    p.run = [&db, task = *task, event, user, name, status, now = c.now]() -> Changed {
        if (task.owner == user) return std::vector<EntityRef>{};
        auto changed = with_event(db, task, event, [&]() -> Result<void> {
            if (auto done = set_owner(db, task.id, user, name, status, now); !done) return done;
            return run_sql(db, "UPDATE task SET taken_over = 0 WHERE id = ?1",
                           [&](store::Statement& s) { s.bind(1, task.id); });
        });
        if (!changed || !task.taken_over) return changed;
        return end_takeover(db, task, std::move(*changed));
    };
    return p;
}

// ---- task.escalate ----
Result<PreparedCommand> prepare_task_escalation(store::Database& db, const CommandContext& c, const TaskRow& task,
                                                const std::string& reason) {
    if (task.status == "resolved") return make_error(ErrorCode::invalid_argument, "task " + task.id + " is resolved");
    const std::string next = task.level == "location" ? "region" : task.level == "region" ? "corporate" : "";
    if (next.empty()) return make_error(ErrorCode::invalid_argument, "task " + task.id + " is already with corporate");
    PreparedCommand p = prepared_task(c, task);
    p.details = {{"level", next}};
    const TaskEvent event = command_event(c, task, "escalated", next + ": " + reason);
    p.run = [&db, task, event, next, now = store::to_db(c.now)]() -> Changed {
        return with_event(db, task, event, [&] {
            return run_sql(db, "UPDATE task SET escalation_level = ?2, updated_at = ?3 WHERE id = ?1",
                           [&](store::Statement& s) { s.bind(1, task.id).bind(2, next).bind(3, now); });
        });
    };
    return p;
}

Result<PreparedCommand> task_escalate(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto task = find_task(db, c, r);
    const std::string reason = trimmed(r.string("reason", kMaxTextBytes));
    if (r.ok() && reason.empty()) r.fail("reason", "must say why the task goes up");
    if (!r.ok()) return r.error();
    if (!task) return task.error();
    return prepare_task_escalation(db, c, *task, reason);
}

}  // namespace outpost::sync::detail
