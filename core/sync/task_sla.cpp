#include "sync/task_sla.h"

#include "domain/json_codec.h"
#include "domain/text.h"
#include "rules/task_triggers.h"
#include "domain/org.h"
#include "store/repositories.h"

namespace outpost::sync {
namespace {

std::optional<std::int64_t> db_time(const std::optional<Timestamp>& t) {
    return t ? std::optional<std::int64_t>(store::to_db(*t)) : std::nullopt;
}

}  // namespace

rules::SlaPriority task_priority(std::string_view urgency) {
    return rules::priority_from_string(urgency).value_or(rules::SlaPriority::normal);
}

Result<std::optional<rules::BusinessCalendar>> location_calendar(store::Database& db, const LocationId& location_id) {
    using Found = std::optional<rules::BusinessCalendar>;
    auto stmt = db.prepare("SELECT time_zone, hours_json FROM location WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, location_id.value());
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return Found();
    Location location;
    location.id = location_id;
    location.time_zone = stmt->string(0);
    auto hours_json = parse_json(stmt->text(1));
    if (!hours_json) return Found();
    auto hours = weekly_hours_from_json(*hours_json, "location.hours");
    if (!hours) return Found();
    location.hours = std::move(*hours);
    auto calendar = rules::BusinessCalendar::for_location(location);
    if (!calendar) return Found();
    return Found(std::move(*calendar));
}

Result<const rules::BusinessCalendar*> CalendarCache::get(store::Database& db, const LocationId& location) {
    auto it = m_calendars.find(location.value());
    if (it == m_calendars.end()) {
        auto loaded = location_calendar(db, location);
        if (!loaded) return loaded.error();
        it = m_calendars.emplace(location.value(), std::move(*loaded)).first;
    }
    return it->second ? &*it->second : nullptr;
}

TaskSla evaluate(const rules::SlaClock& clock, const rules::BusinessCalendar& calendar, Timestamp now) {
    const rules::SlaStatus status = clock.status(calendar, now);
    return TaskSla{clock.serialise(), status.state, status.level, status.due, status.warning_at, status.next_deadline};
}

Result<std::optional<rules::SlaClock>> restore_clock(std::string_view urgency, std::string_view text) {
    using Found = std::optional<rules::SlaClock>;
    if (text.empty()) return Found();
    auto target = rules::SlaPolicy::defaults().target(rules::SlaItemType::task, task_priority(urgency));
    if (!target) return Found();
    auto clock = rules::SlaClock::restore(*target, text);
    if (!clock) return clock.error();
    return Found(std::move(*clock));
}

Result<TaskSla> start_task_sla(store::Database& db, const LocationId& location, std::string_view urgency, Timestamp now) {
    auto target = rules::SlaPolicy::defaults().target(rules::SlaItemType::task, task_priority(urgency));
    auto calendar = location_calendar(db, location);
    if (!calendar) return calendar.error();
    if (!target || !*calendar) return TaskSla{};
    return evaluate(rules::SlaClock(*target, now), **calendar, now);
}

Result<TaskSla> task_sla_after_status(store::Database& db, const LocationId& location, std::string_view urgency,
                                      const std::string& clock_text, std::string_view from, std::string_view to,
                                      Timestamp now) {
    if (from == "resolved" && to != "resolved") return start_task_sla(db, location, urgency, now);
    auto clock = restore_clock(urgency, clock_text);
    if (!clock) return clock.error();
    auto calendar = location_calendar(db, location);
    if (!calendar) return calendar.error();
    if (!*clock || !*calendar) return TaskSla{};
    rules::SlaClock& c = **clock;
    // A desk's clock may run behind the engine's last change: such a move waits for the engine.
    Result<void> moved;
    if (to == "resolved" && !c.completed()) {
        moved = c.complete(now);
    } else if (to == "waiting_on_customer" && !c.paused() && !c.completed()) {
        moved = c.pause(now);
    } else if (from == "waiting_on_customer" && to != "waiting_on_customer" && c.paused()) {
        moved = c.resume(now);
    }
    if (!moved) return moved.error();
    return evaluate(c, **calendar, now);
}

Result<void> write_task_sla(store::Database& db, const std::string& id, const TaskSla& sla) {
    auto stmt = db.prepare(
        "UPDATE task SET sla_clock = ?2, sla_state = ?3, escalation_level = ?4, due_at = ?5, warning_at = ?6, "
        "next_deadline = ?7 WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id)
        .bind(2, sla.clock)
        .bind(3, std::string(rules::to_string(sla.state)))
        .bind(4, std::string(rules::to_string(sla.level)))
        .bind(5, db_time(sla.due))
        .bind(6, db_time(sla.warning_at))
        .bind(7, db_time(sla.next_deadline));
    return stmt->run();
}

Result<EntityRef> add_task_event(store::Database& db, const TaskEvent& e) {
    auto stmt = db.prepare(
        "INSERT INTO task_event(id, task_id, location_id, at, actor_id, actor_name, kind, detail) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO NOTHING");
    if (!stmt) return stmt.error();
    stmt->bind(1, e.id)
        .bind(2, e.task_id)
        .bind(3, e.location.value())
        .bind(4, store::to_db(e.at))
        .bind(5, e.actor_id)
        .bind(6, e.actor_name)
        .bind(7, e.kind)
        .bind(8, e.detail);
    if (auto done = stmt->run(); !done) return done.error();
    return EntityRef{"task_event", e.id};
}

Result<bool> automation_paused(store::Database& db, std::int64_t profile_id) {
    auto stmt = db.prepare("SELECT 1 FROM automation_pause WHERE profile_id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile_id);
    return stmt->step();
}

Result<std::vector<EntityRef>> insert_task(store::Database& db, const NewTask& t, Timestamp now) {
    auto sla = start_task_sla(db, t.location, t.urgency, t.created);
    if (!sla) return sla.error();
    if (!sla->clock.empty() && now > t.created) {
        auto clock = restore_clock(t.urgency, sla->clock);
        auto calendar = location_calendar(db, t.location);
        if (!clock) return clock.error();
        if (!calendar) return calendar.error();
        if (*clock && *calendar) *sla = evaluate(**clock, **calendar, now);
    }
    // A task may start above the location (high-severity reviews go to the region at once).
    if (static_cast<int>(t.level) > static_cast<int>(sla->level)) sla->level = t.level;
    Json reasons = Json::array();
    for (const auto& r : t.reasons) reasons.push_back(r);
    auto stmt = db.prepare(
        "INSERT INTO task(id, type, source, source_id, profile_id, location_id, urgency, status, created_at, "
        "updated_at, summary, reasons, suggested_action) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'new', ?8, ?8, ?9, ?10, ?11) "
        "ON CONFLICT(id) DO NOTHING");
    if (!stmt) return stmt.error();
    stmt->bind(1, t.id)
        .bind(2, t.type)
        .bind(3, t.source)
        .bind(4, t.source_id)
        .bind(5, t.profile_id)
        .bind(6, t.location.value())
        .bind(7, t.urgency)
        .bind(8, store::to_db(t.created))
        .bind(9, t.summary)
        .bind(10, reasons.dump())
        .bind(11, t.suggested_action);
    if (auto done = stmt->run(); !done) return done.error();
    if (db.changes() == 0) return std::vector<EntityRef>{};
    if (auto w = write_task_sla(db, t.id, *sla); !w) return w.error();
    auto event = add_task_event(db, {t.id + "#created", t.id, t.location, t.created, t.actor_id, t.actor_name, "created", t.type});
    if (!event) return event.error();
    return std::vector<EntityRef>{{"task", t.id}, *event};
}

std::string review_task_summary(std::int64_t rating, std::string_view platform, std::string_view author,
                                std::string_view text, bool high) {
    constexpr std::size_t kTextBytes = 120;
    std::string summary = std::to_string(rating) + "-star " + std::string(platform) + " review";
    if (high) summary += " (high severity)";
    if (!author.empty()) summary += " by " + std::string(author);
    return summary + ": \"" + shortened(text, kTextBytes) + "\"";
}

Result<std::optional<std::string>> open_review_task(store::Database& db, std::string_view review_id) {
    auto stmt = db.prepare(
        "SELECT id FROM task WHERE source = 'review' AND source_id = ?1 AND status <> 'resolved' "
        "ORDER BY created_at, id LIMIT 1");
    if (!stmt) return stmt.error();
    stmt->bind(1, review_id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return std::optional<std::string>();
    return std::optional<std::string>(stmt->string(0));
}

}  // namespace outpost::sync
