// Task commands that gate automation and money: takeover, approvals, and the audited card opening.
#include "sync/command_support.h"

#include "store/repositories.h"

namespace outpost::sync::detail {
namespace {

constexpr std::array<std::string_view, 2> kApprovalKinds = {"refund", "cancellation"};
constexpr std::array<std::string_view, 2> kDecisions = {"approve", "deny"};

std::string money(std::int64_t cents) {
    const std::int64_t fraction = cents % 100;
    return std::to_string(cents / 100) + "." + (fraction < 10 ? "0" : "") + std::to_string(fraction);
}

bool limit_covers(Role role, std::int64_t amount) {
    const auto limit = approval_limit_cents(role);
    return !limit || amount <= *limit;
}

}  // namespace

Changed end_takeover(store::Database& db, const TaskRow& task, std::vector<EntityRef> changed) {
    if (!task.profile) return changed;
    auto done = run_sql(db, "DELETE FROM automation_pause WHERE profile_id = ?1 AND task_id = ?2",
                        [&](store::Statement& s) { s.bind(1, *task.profile).bind(2, task.id); });
    if (!done) return done.error();
    changed.push_back({"automation_pause", std::to_string(*task.profile)});
    return changed;
}

// ---- task.take_over ----
Result<PreparedCommand> task_take_over(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto task = find_task(db, c, r);
    if (!task) return task.error();
    if (task->owner && *task->owner != c.user_id.value()) {
        return make_error(ErrorCode::conflict, "task " + task->id + " is already claimed by " + task->owner_name);
    }
    if (task->status == "resolved") return make_error(ErrorCode::invalid_argument, "task " + task->id + " is resolved");
    PreparedCommand p = prepared_task(c, *task);
    if (task->profile) p.touches.push_back({"automation_pause", std::to_string(*task->profile)});
    const std::string status = task->status == "new" || task->status == "assigned" ? "in_progress" : task->status;
    const TaskEvent event = command_event(c, *task, "taken_over", c.user_name);
    p.run = [&db, task = *task, event, status, ctx = c]() -> Changed {
        if (task.taken_over) return std::vector<EntityRef>{};
        const std::int64_t now = store::to_db(ctx.now);
        auto changed = with_event(db, task, event, [&] {
            return run_sql(db,
                           "UPDATE task SET owner_user_id = ?2, owner_name = ?3, claimed_at = coalesce(claimed_at, ?4), "
                           "status = ?5, taken_over = 1, updated_at = ?4 WHERE id = ?1",
                           [&](store::Statement& s) {
                               s.bind(1, task.id).bind(2, ctx.user_id.value()).bind(3, ctx.user_name).bind(4, now).bind(5, status);
                           });
        });
        if (!changed || !task.profile) return changed;
        // One person owns the customer's conversation; a newer takeover replaces an older one.
        auto paused = run_sql(db,
                              "INSERT INTO automation_pause(profile_id, location_id, task_id, user_id, user_name, since) "
                              "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(profile_id) DO UPDATE SET "
                              "location_id = excluded.location_id, task_id = excluded.task_id, "
                              "user_id = excluded.user_id, user_name = excluded.user_name, since = excluded.since",
                              [&](store::Statement& s) {
                                  s.bind(1, *task.profile)
                                      .bind(2, task.location.value())
                                      .bind(3, task.id)
                                      .bind(4, ctx.user_id.value())
                                      .bind(5, ctx.user_name)
                                      .bind(6, now);
                              });
        if (!paused) return paused.error();
        changed->push_back({"automation_pause", std::to_string(*task.profile)});
        return changed;
    };
    return p;
}

// ---- task.request_approval ----
Result<PreparedCommand> task_request_approval(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto task = find_task(db, c, r);
    const std::string kind = one_of(r, "kind", kApprovalKinds);
    const auto amount = r.integer("amount_cents", 0, 100'000'000);
    const std::string note = trimmed(r.string("note", kMaxTextBytes));
    if (!r.ok()) return r.error();
    if (!task) return task.error();
    if (task->owner != c.user_id.value()) {
        return make_error(ErrorCode::permission_denied, "claim task " + task->id + " before asking for an approval");
    }
    if (task->approval_state == "pending") {
        return make_error(ErrorCode::conflict, "task " + task->id + " already waits for an approval decision");
    }
    // Within the requester's own limit nothing waits; a desk that does not know the role asks.
    const bool within = c.role && limit_covers(*c.role, amount);
    const std::string state = within ? "approved" : "pending";
    PreparedCommand p = prepared_task(c, *task);
    p.details = {{"kind", kind}, {"amount_cents", amount}, {"state", state}};
    const TaskEvent event = command_event(c, *task, within ? "approved" : "approval_requested",
                                          kind + " " + money(amount) + (note.empty() ? "" : ": " + note));
    p.run = [&db, task = *task, event, kind, amount, state, within, ctx = c]() -> Changed {
        return with_event(db, task, event, [&] {
            return run_sql(db,
                           "UPDATE task SET approval_kind = ?2, approval_amount = ?3, approval_state = ?4, "
                           "approval_by = ?5, approval_by_name = ?6, approval_reason = ?7, updated_at = ?8 WHERE id = ?1",
                           [&](store::Statement& s) {
                               s.bind(1, task.id).bind(2, kind).bind(3, amount).bind(4, state);
                               s.bind(5, within ? std::optional<std::int64_t>(ctx.user_id.value()) : std::nullopt)
                                   .bind(6, within ? ctx.user_name : std::string())
                                   .bind(7, std::string(within ? "within the requester's limit" : ""))
                                   .bind(8, store::to_db(ctx.now));
                           });
        });
    };
    return p;
}

// ---- task.decide_approval ----
Result<PreparedCommand> task_decide_approval(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto task = find_task(db, c, r);
    const bool approve = one_of(r, "decision", kDecisions) == "approve";
    const std::string reason = trimmed(r.string("reason", kMaxTextBytes));
    if (r.ok() && reason.empty()) r.fail("reason", "must give the reason for the decision");
    if (!r.ok()) return r.error();
    if (!task) return task.error();
    if (task->approval_state != "pending") {
        return make_error(ErrorCode::conflict, "task " + task->id + " has no approval waiting");
    }
    if (task->owner == c.user_id.value()) {
        return make_error(ErrorCode::permission_denied, "the person who asked cannot approve their own request");
    }
    if (c.role && !limit_covers(*c.role, task->approval_amount.value_or(0))) {
        return make_error(ErrorCode::permission_denied,
                          "approving " + money(task->approval_amount.value_or(0)) + " needs a higher approval limit");
    }
    const std::string state = approve ? "approved" : "denied";
    PreparedCommand p = prepared_task(c, *task);
    // The audit row names the approver (its actor) and carries the reason.
    p.details = {{"decision", state}, {"reason", reason}, {"amount_cents", task->approval_amount.value_or(0)}};
    const TaskEvent event = command_event(c, *task, state, reason);
    p.run = [&db, task = *task, event, state, reason, ctx = c]() -> Changed {
        return with_event(db, task, event, [&] {
            return run_sql(db,
                           "UPDATE task SET approval_state = ?2, approval_by = ?3, approval_by_name = ?4, "
                           "approval_reason = ?5, updated_at = ?6 WHERE id = ?1",
                           [&](store::Statement& s) {
                               s.bind(1, task.id)
                                   .bind(2, state)
                                   .bind(3, ctx.user_id.value())
                                   .bind(4, ctx.user_name)
                                   .bind(5, reason)
                                   .bind(6, store::to_db(ctx.now));
                           });
        });
    };
    return p;
}

// ---- task.open_card ----
Result<PreparedCommand> task_open_card(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto task = find_task(db, c, r);
    if (!task) return task.error();
    PreparedCommand p = prepared_for({"task", task->id}, task->location);
    p.details = {{"opened", "card"}};
    p.run = []() -> Changed { return std::vector<EntityRef>{}; };
    return p;
}

}  // namespace outpost::sync::detail
