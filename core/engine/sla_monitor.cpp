#include "engine/sla_monitor.h"

#include <spdlog/spdlog.h>

#include "store/repositories.h"
#include "sync/sync_service.h"
#include "sync/task_sla.h"

namespace outpost::engine {
namespace {

int level_rank(std::string_view level) {
    if (level == "corporate") return 2;
    if (level == "region") return 1;
    return 0;
}

}  // namespace

Result<void> SlaMonitor::load() {
    auto top = m_db.query_int("SELECT coalesce(max(seq), 0) FROM change_log");
    if (!top) return top.error();
    m_cursor = *top;
    auto stmt = m_db.prepare("SELECT id, next_deadline FROM task WHERE status <> 'resolved' AND next_deadline IS NOT NULL");
    if (!stmt) return stmt.error();
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        m_index.upsert(stmt->string(0), store::from_db(stmt->int64(1)));
    }
    spdlog::info("engine: watching {} task deadlines", m_index.size());
    return {};
}

Result<void> SlaMonitor::follow_changes() {
    auto stmt = m_db.prepare("SELECT seq, entity_id FROM change_log WHERE seq > ?1 AND entity = 'task' ORDER BY seq");
    if (!stmt) return stmt.error();
    stmt->bind(1, m_cursor);
    std::vector<std::string> ids;
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        m_cursor = stmt->int64(0);
        ids.push_back(stmt->string(1));
    }
    stmt->reset();
    for (const auto& id : ids) {
        if (auto r = reindex(id); !r) return r;
    }
    return {};
}

Result<void> SlaMonitor::reindex(const std::string& id) {
    auto stmt = m_db.prepare("SELECT next_deadline FROM task WHERE id = ?1 AND status <> 'resolved'");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (*has && stmt->kind(0) != store::Statement::Kind::null) {
        m_index.upsert(id, store::from_db(stmt->int64(0)));
    } else {
        m_index.remove(id);
    }
    return {};
}

Result<const rules::BusinessCalendar*> SlaMonitor::calendar(const LocationId& location) {
    auto it = m_calendars.find(location.value());
    if (it == m_calendars.end()) {
        auto loaded = sync::location_calendar(m_db, location);
        if (!loaded) return loaded.error();
        it = m_calendars.emplace(location.value(), std::move(*loaded)).first;
    }
    return it->second ? &*it->second : nullptr;
}

Result<std::optional<SlaNotice>> SlaMonitor::handle(const std::string& id, Timestamp fired, Timestamp now) {
    using None = std::optional<SlaNotice>;
    auto stmt = m_db.prepare(
        "SELECT location_id, urgency, sla_clock, sla_state, escalation_level FROM task WHERE id = ?1 AND status <> "
        "'resolved'");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) {
        m_index.remove(id);
        return None();
    }
    const LocationId location(stmt->string(0));
    const std::string urgency = stmt->string(1), stored_state = stmt->string(3), stored_level = stmt->string(4);
    auto clock = sync::restore_clock(urgency, stmt->text(2));
    stmt->reset();
    auto cal = calendar(location);
    if (!cal) return cal.error();
    if (!clock || !*clock || !*cal) {
        if (!clock) spdlog::warn("engine: task {} has an unreadable SLA clock: {}", id, clock.error().message);
        m_index.remove(id);
        return None();
    }
    sync::TaskSla sla = sync::evaluate(**clock, **cal, now);
    if (level_rank(rules::to_string(sla.level)) < level_rank(stored_level)) {
        sla.level = *rules::escalation_level_from_string(stored_level);
    }
    if (sla.next_deadline) {
        m_index.upsert(id, *sla.next_deadline);
    } else {
        m_index.remove(id);
    }
    const std::string state(rules::to_string(sla.state));
    const std::string level(rules::to_string(sla.level));
    if (state == stored_state && level == stored_level) {
        // Only the next deadline moved (a later step's warning): no notice, but desks stay in step.
        if (auto w = sync::write_task_sla(m_db, id, sla); !w) return w.error();
        if (auto r = sync::record_changes(m_db, {{"task", id}}, now); !r) return r.error();
        return None();
    }
    const std::string kind = state == stored_state ? "escalated" : state == "breached" ? "sla_breached" : "sla_warning";
    if (auto w = sync::write_task_sla(m_db, id, sla); !w) return w.error();
    auto event = sync::add_task_event(
        m_db, {"sla/" + id + "/" + std::to_string(store::to_db(fired)), id, location, now, std::nullopt, "", kind, level});
    if (!event) return event.error();
    if (auto r = sync::record_changes(m_db, {{"task", id}, *event}, now); !r) return r.error();
    return std::optional<SlaNotice>(SlaNotice{id, location, kind, level});
}

Result<std::vector<SlaNotice>> SlaMonitor::tick() {
    if (auto f = follow_changes(); !f) return f.error();
    const Timestamp now = m_clock.now();
    std::vector<SlaNotice> notices;
    const auto due = m_index.due_until(now);
    if (due.empty()) return notices;
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    for (const auto& item : due) {
        auto notice = handle(item.id, item.deadline, now);
        if (!notice) return notice.error();
        if (*notice) notices.push_back(std::move(**notice));
    }
    if (auto c = tx->commit(); !c) return c.error();
    // The monitor's own changes need no re-indexing.
    if (auto top = m_db.query_int("SELECT coalesce(max(seq), 0) FROM change_log"); top) m_cursor = *top;
    return notices;
}

std::optional<Timestamp> SlaMonitor::next_deadline() const {
    auto next = m_index.next();
    return next ? std::optional<Timestamp>(next->deadline) : std::nullopt;
}

}  // namespace outpost::engine
