#include "sync/task_views.h"

#include <algorithm>
#include <map>

#include "domain/json_codec.h"
#include "domain/text.h"
#include "rules/task_triggers.h"
#include "store/repositories.h"

namespace outpost::sync {
namespace {

constexpr std::string_view kTaskColumns =
    "t.id, t.type, t.source, t.source_id, t.summary, t.urgency, t.status, t.location_id, coalesce(l.name, t.location_id), "
    "t.owner_user_id, t.owner_name, t.profile_id, t.sla_state, t.escalation_level, t.due_at, t.warning_at, "
    "t.next_deadline, t.created_at, t.taken_over, t.approval_state, t.approval_amount, "
    "EXISTS(SELECT 1 FROM shadow s WHERE s.entity = 'task' AND s.entity_id = t.id)";

std::optional<std::int64_t> optional_int(const store::Statement& s, int col) {
    return s.is_null(col) ? std::nullopt : std::optional<std::int64_t>(s.int64(col));
}
std::optional<Timestamp> optional_time(const store::Statement& s, int col) {
    return s.is_null(col) ? std::nullopt : std::optional<Timestamp>(store::from_db(s.int64(col)));
}

Result<TaskListItem> task_row(const store::Statement& s) {
    TaskListItem t;
    t.id = s.string(0);
    t.type = s.string(1);
    t.source = s.string(2);
    if (!s.is_null(3)) t.source_id = s.string(3);
    t.summary = s.string(4);
    t.urgency = s.string(5);
    t.status = s.string(6);
    t.location_id = s.string(7);
    t.location_name = s.string(8);
    t.owner_id = optional_int(s, 9);
    t.owner_name = s.string(10);
    t.profile_id = optional_int(s, 11);
    t.sla_state = s.string(12);
    t.level = s.string(13);
    t.due = optional_time(s, 14);
    t.warning_at = optional_time(s, 15);
    t.next_deadline = optional_time(s, 16);
    t.created = store::from_db(s.int64(17));
    t.taken_over = s.int64(18) != 0;
    t.approval_state = s.string(19);
    t.approval_amount = optional_int(s, 20);
    t.pending_sync = s.int64(21) != 0;
    return t;
}

rules::QueueTask queue_item(const TaskListItem& t) {
    rules::QueueTask q;
    q.id = t.id;
    q.urgency = rules::priority_from_string(t.urgency).value_or(rules::SlaPriority::normal);
    q.deadline = t.status == "waiting_on_customer" ? std::nullopt : t.next_deadline;
    q.created = t.created;
    q.owner = t.owner_id;
    q.resolved = t.status == "resolved";
    return q;
}

std::string stars(std::int64_t rating) {
    std::string out;
    for (std::int64_t i = 0; i < rating; ++i) out += "\u2605";
    return out;
}

Result<void> read_customer(store::Database& db, TaskCard& card) {
    if (!card.task.profile_id) return {};
    auto stmt = db.prepare(
        "SELECT trim(first_name || ' ' || last_name), consent_sms, consent_email, "
        "(SELECT user_name FROM automation_pause WHERE profile_id = p.id) FROM profile p WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, *card.task.profile_id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return {};
    card.customer_name = stmt->string(0);
    card.consent_sms = stmt->int64(1) != 0;
    card.consent_email = stmt->int64(2) != 0;
    if (!stmt->is_null(3)) card.automation_paused_by = stmt->string(3);
    return {};
}

Result<void> read_source(store::Database& db, TaskCard& card) {
    if (card.task.source != "review" || !card.task.source_id) return {};
    auto stmt = db.prepare("SELECT rating, platform, text FROM review WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, *card.task.source_id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return {};
    card.source_text = stars(stmt->int64(0)) + " " + stmt->string(1) + ": " + shortened(stmt->text(2), 283);
    return {};
}

Result<void> read_recent(store::Database& db, TaskCard& card) {
    auto stmt = db.prepare(
        "SELECT at, actor_name, kind, detail FROM task_event WHERE task_id = ?1 ORDER BY at DESC, id DESC LIMIT 3");
    if (!stmt) return stmt.error();
    stmt->bind(1, card.task.id);
    auto recent = store::collect_rows<TaskHistoryItem>(*stmt, [](const store::Statement& s) -> Result<TaskHistoryItem> {
        return TaskHistoryItem{store::from_db(s.int64(0)), s.string(1), s.string(2), s.string(3)};
    });
    if (!recent) return recent.error();
    card.recent = std::move(*recent);
    return {};
}

}  // namespace

Result<std::vector<TaskListItem>> read_open_tasks(store::Database& db) {
    auto stmt = db.prepare("SELECT " + std::string(kTaskColumns) +
                           " FROM task t LEFT JOIN location l ON l.id = t.location_id WHERE t.status <> 'resolved'");
    if (!stmt) return stmt.error();
    auto tasks = store::collect_rows<TaskListItem>(*stmt, task_row);
    if (!tasks) return tasks.error();
    // In queue order (rules::comes_first), the one order every task list uses.
    std::vector<rules::QueueTask> items;
    items.reserve(tasks->size());
    for (const auto& t : *tasks) items.push_back(queue_item(t));
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rules::comes_first(items[a], items[b]); });
    std::vector<TaskListItem> sorted;
    sorted.reserve(order.size());
    for (auto i : order) sorted.push_back(std::move((*tasks)[i]));
    *tasks = std::move(sorted);
    return tasks;
}

LiveSla live_sla(const TaskListItem& task, Timestamp now) {
    if (task.status == "waiting_on_customer") return LiveSla::paused;
    if (task.sla_state == "breached" || (task.due && now >= *task.due)) return LiveSla::breached;
    if (task.sla_state == "warning" || (task.warning_at && now >= *task.warning_at)) return LiveSla::warning;
    if (!task.due) return LiveSla::none;
    return LiveSla::ok;
}

std::vector<TaskListItem> queue_of(const std::vector<TaskListItem>& tasks, std::int64_t user,
                                   const rules::QueueLimits& limits) {
    std::vector<rules::QueueTask> items;
    items.reserve(tasks.size());
    for (const auto& t : tasks) items.push_back(queue_item(t));
    std::vector<TaskListItem> out;
    for (auto i : rules::queue_for(items, user, limits)) out.push_back(tasks[i]);
    return out;
}

std::vector<TeamRow> team_board(const std::vector<TaskListItem>& tasks, Timestamp now) {
    std::map<std::optional<std::int64_t>, TeamRow> rows;
    for (const auto& t : tasks) {
        TeamRow& row = rows[t.owner_id];
        row.user_id = t.owner_id;
        if (t.owner_id) row.name = t.owner_name;
        ++row.open;
        const LiveSla sla = live_sla(t, now);
        if (sla == LiveSla::warning) ++row.at_risk;
        if (sla == LiveSla::breached) ++row.breached;
        if (t.taken_over) ++row.taken_over;
    }
    std::vector<TeamRow> out;
    for (auto& [id, row] : rows) out.push_back(std::move(row));
    // The most pressing load first; unassigned work last.
    std::sort(out.begin(), out.end(), [](const TeamRow& a, const TeamRow& b) {
        if (a.user_id.has_value() != b.user_id.has_value()) return a.user_id.has_value();
        return std::make_tuple(-a.breached, -a.at_risk, -a.open, a.name) <
               std::make_tuple(-b.breached, -b.at_risk, -b.open, b.name);
    });
    return out;
}

Result<TaskCard> read_task_card(store::Database& db, const std::string& id, Role viewer) {
    auto stmt = db.prepare("SELECT " + std::string(kTaskColumns) +
                           ", t.reasons, t.suggested_action, coalesce(t.approval_kind, ''), t.approval_by_name, "
                           "t.approval_reason FROM task t LEFT JOIN location l ON l.id = t.location_id WHERE t.id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no task " + id);
    TaskCard card;
    auto task = task_row(*stmt);
    if (!task) return task.error();
    card.task = std::move(*task);
    if (auto reasons = parse_json(stmt->text(22)); reasons && reasons->is_array()) {
        for (const auto& r : *reasons) {
            if (r.is_string()) card.reasons.push_back(r.get<std::string>());
        }
    }
    card.suggested_action = stmt->string(23);
    card.approval_kind = stmt->string(24);
    card.approval_by_name = stmt->string(25);
    card.approval_reason = stmt->string(26);
    stmt->reset();
    card.authority_limit = approval_limit_cents(viewer);
    if (auto r = read_customer(db, card); !r) return r.error();
    if (auto r = read_source(db, card); !r) return r.error();
    if (auto r = read_recent(db, card); !r) return r.error();
    return card;
}

}  // namespace outpost::sync
