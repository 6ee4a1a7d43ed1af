#include "sync/command_support.h"

#include "rules/business_calendar.h"
#include "rules/sla.h"
#include "store/repositories.h"

namespace outpost::sync::detail {

// ---- escalation tasks ----
namespace {

constexpr std::array<std::string_view, 5> kTaskSources = {"review", "lead", "conversation", "payment", "manual"};
constexpr std::array<std::string_view, 4> kTaskUrgencies = {"low", "normal", "high", "urgent"};
constexpr std::array<std::string_view, 5> kTaskStatuses = {"new", "assigned", "in_progress", "waiting_on_customer",
                                                           "resolved"};

struct TaskRow {
    LocationId location;
    std::string status;
    std::optional<std::int64_t> owner;
    std::string owner_name;
};

Result<TaskRow> find_task(store::Database& db, const CommandContext& c, const std::string& id) {
    auto stmt = db.prepare("SELECT location_id, status, owner_user_id, owner_name FROM task WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    const std::string what = "task " + id;
    if (!*has) return make_error(ErrorCode::not_found, "no " + what);
    TaskRow row{LocationId(stmt->string(0)), stmt->string(1), std::nullopt, stmt->string(3)};
    if (stmt->kind(2) != store::Statement::Kind::null) row.owner = stmt->int64(2);
    if (auto s = in_scope(c, row.location, what); !s) return s.error();
    return row;
}

rules::SlaPriority task_priority(std::string_view urgency) {
    if (urgency == "low") return rules::SlaPriority::low;
    if (urgency == "high") return rules::SlaPriority::high;
    if (urgency == "urgent") return rules::SlaPriority::urgent;
    return rules::SlaPriority::normal;
}

// When the location's own SLA budget for a task of this urgency runs out, counted in the location's
// business hours from `start`; nothing when the location has no usable calendar.
Result<std::optional<Timestamp>> task_due(store::Database& db, const LocationId& location_id, std::string_view urgency,
                                          Timestamp start) {
    const auto target = rules::SlaPolicy::defaults().target(rules::SlaItemType::task, task_priority(urgency));
    if (!target || target->steps.empty()) return std::optional<Timestamp>();
    auto stmt = db.prepare("SELECT time_zone, hours_json FROM location WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, location_id.value());
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return std::optional<Timestamp>();
    Location location;
    location.id = location_id;
    location.time_zone = stmt->string(0);
    auto hours_json = parse_json(stmt->text(1));
    if (!hours_json) return std::optional<Timestamp>();
    auto hours = weekly_hours_from_json(*hours_json, "location.hours");
    if (!hours) return std::optional<Timestamp>();
    location.hours = std::move(*hours);
    auto calendar = rules::BusinessCalendar::for_location(location);
    if (!calendar) return std::optional<Timestamp>();
    return std::optional<Timestamp>(calendar->add_business_time(start, target->steps.front().budget));
}
}  // namespace


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
    const std::string where = "location " + location.value();
    if (auto s = in_scope(c, location, where); !s) return s.error();
    auto known = db.prepare("SELECT 1 FROM location WHERE id = ?1");
    if (!known) return known.error();
    known->bind(1, location.value());
    auto exists = known->step();
    if (!exists) return exists.error();
    if (!*exists) {
        // A desk's replica holds every location of its scope: one it lacks is outside it.
        if (c.optimistic) return make_error(ErrorCode::permission_denied, where + " is outside your locations");
        return make_error(ErrorCode::not_found, "no " + where);
    }
    if (profile) {
        if (auto found = find_profile(db, c, *profile); !found) return found.error();
    }
    auto due = task_due(db, location, urgency, c.now);
    if (!due) return due.error();


    const EntityRef ref{"task", new_row_id(c)};
    PreparedCommand p = prepared_for(ref, location);
    p.details = {{"type", type}, {"source", source}, {"urgency", urgency}};
    const std::int64_t created = store::to_db(c.now);
    const std::optional<std::int64_t> due_at = *due ? std::optional<std::int64_t>(store::to_db(**due)) : std::nullopt;
    p.run = [&db, ref, type, source, source_id, profile, location, urgency, summary, created, due_at]() -> Changed {
        auto done = run_sql(db,
                            "INSERT INTO task(id, type, source, source_id, profile_id, location_id, urgency, status, "
                            "created_at, updated_at, due_at, summary) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'new', ?8, ?8, "
                            "?9, ?10) ON CONFLICT(id) DO NOTHING",
                            [&](store::Statement& s) {
                                s.bind(1, ref.id)
                                    .bind(2, type)
                                    .bind(3, source)
                                    .bind(4, source_id)
                                    .bind(5, profile)
                                    .bind(6, location.value())
                                    .bind(7, urgency)
                                    .bind(8, created)
                                    .bind(9, due_at)
                                    .bind(10, summary);
                            });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}


// ---- task.claim ----
Result<PreparedCommand> task_claim(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("task_id", 200);
    if (!r.ok()) return r.error();
    auto task = find_task(db, c, id);
    if (!task) return task.error();
    // First claim wins: the engine applies claims in its order and refuses the later ones.
    if (task->owner && *task->owner != c.user_id.value()) {
        return make_error(ErrorCode::conflict, "task " + id + " is already claimed by " + task->owner_name);
    }
    if (task->status == "resolved") return make_error(ErrorCode::invalid_argument, "task " + id + " is resolved");
    const EntityRef ref{"task", id};
    PreparedCommand p = prepared_for(ref, task->location);
    p.details = {{"owner_user_id", c.user_id.value()}};
    const bool mine = task->owner.has_value();
    const std::string status = task->status == "new" ? "assigned" : task->status;
    const CommandContext ctx = c;
    p.run = [&db, ctx, id, ref, mine, status]() -> Changed {
        if (mine) return std::vector<EntityRef>{};  // claiming one's own task again changes nothing
        auto done = run_sql(db,
                            "UPDATE task SET owner_user_id = ?2, owner_name = ?3, claimed_at = ?4, updated_at = ?4, "
                            "status = ?5 WHERE id = ?1",
                            [&](store::Statement& s) {
                                s.bind(1, id)
                                    .bind(2, ctx.user_id.value())
                                    .bind(3, ctx.user_name)
                                    .bind(4, store::to_db(ctx.now))
                                    .bind(5, status);
                            });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

// ---- task.release ----
Result<PreparedCommand> task_release(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("task_id", 200);
    if (!r.ok()) return r.error();
    auto task = find_task(db, c, id);
    if (!task) return task.error();
    if (task->owner && *task->owner != c.user_id.value()) {
        return make_error(ErrorCode::permission_denied,
                          "task " + id + " is claimed by " + task->owner_name + "; only they can release it");
    }
    const EntityRef ref{"task", id};
    PreparedCommand p = prepared_for(ref, task->location);
    const bool owned = task->owner.has_value();
    // Back in the queue: work that had started waits for the next person.
    const std::string status = task->status == "assigned" || task->status == "in_progress" ? "new" : task->status;
    const std::int64_t now = store::to_db(c.now);
    p.run = [&db, id, ref, owned, status, now]() -> Changed {
        if (!owned) return std::vector<EntityRef>{};
        auto done = run_sql(db,
                            "UPDATE task SET owner_user_id = NULL, owner_name = '', claimed_at = NULL, status = ?2, "
                            "updated_at = ?3 WHERE id = ?1",
                            [&](store::Statement& s) { s.bind(1, id).bind(2, status).bind(3, now); });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

// ---- task.set_status ----
Result<PreparedCommand> task_set_status(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("task_id", 200);
    const std::string status = one_of(r, "status", kTaskStatuses);
    if (!r.ok()) return r.error();
    auto task = find_task(db, c, id);
    if (!task) return task.error();
    if (task->owner && *task->owner != c.user_id.value()) {
        return make_error(ErrorCode::permission_denied, "task " + id + " is claimed by " + task->owner_name);
    }
    if (!task->owner && (status == "assigned" || status == "in_progress")) {
        return make_error(ErrorCode::invalid_argument, "args.status: claim task " + id + " first");
    }
    const EntityRef ref{"task", id};
    PreparedCommand p = prepared_for(ref, task->location);
    p.details = {{"status", status}};
    const std::string current = task->status;
    const std::int64_t now = store::to_db(c.now);
    p.run = [&db, id, ref, status, current, now]() -> Changed {
        if (current == status) return std::vector<EntityRef>{};
        auto done = run_sql(db, "UPDATE task SET status = ?2, updated_at = ?3 WHERE id = ?1",
                            [&](store::Statement& s) { s.bind(1, id).bind(2, status).bind(3, now); });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

}  // namespace outpost::sync::detail

