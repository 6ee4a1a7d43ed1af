#include "engine/sla_monitor.h"

#include <spdlog/spdlog.h>

#include "store/repositories.h"
#include "sync/review_sla.h"
#include "sync/sync_service.h"
#include "sync/task_sla.h"

namespace outpost::engine {
namespace {

constexpr std::string_view kReviewPrefix = "review:";

int level_rank(std::string_view level) {
    if (level == "corporate") return 2;
    if (level == "region") return 1;
    return 0;
}

bool is_review_clock(const std::string& id) { return id.starts_with(kReviewPrefix); }

// What the monitor needs of an open clock, from a task or a review_sla row.
struct OpenClock {
    LocationId location;
    std::optional<rules::SlaClock> clock;
    std::string state;
    std::string level;
};

Result<std::optional<OpenClock>> open_task_clock(store::Database& db, const std::string& id) {
    using Found = std::optional<OpenClock>;
    auto stmt = db.prepare(
        "SELECT location_id, urgency, sla_clock, sla_state, escalation_level FROM task WHERE id = ?1 AND status <> "
        "'resolved'");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return Found();
    auto clock = sync::restore_clock(stmt->string(1), stmt->text(2));
    if (!clock) return clock.error();
    return Found(OpenClock{LocationId(stmt->string(0)), std::move(*clock), stmt->string(3), stmt->string(4)});
}

Result<std::optional<OpenClock>> open_review_clock(store::Database& db, const std::string& row_id) {
    using Found = std::optional<OpenClock>;
    auto row = sync::find_review_sla(db, row_id);
    if (!row) return row.error();
    if (!*row || (*row)->completed) return Found();
    auto clock = sync::restore_review_clock(**row);
    if (!clock) return clock.error();
    return Found(OpenClock{(*row)->location, std::move(*clock), (*row)->state, (*row)->level});
}

}  // namespace

Result<void> SlaMonitor::index_rows(const char* sql, const std::string& prefix) {
    auto stmt = m_db.prepare(sql);
    if (!stmt) return stmt.error();
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) return {};
        m_index.upsert(prefix + stmt->string(0), store::from_db(stmt->int64(1)));
    }
}

Result<void> SlaMonitor::load() {
    auto top = m_db.query_int("SELECT coalesce(max(seq), 0) FROM change_log");
    if (!top) return top.error();
    m_cursor = *top;
    if (auto r = index_rows("SELECT id, next_deadline FROM task WHERE status <> 'resolved' AND next_deadline IS NOT NULL",
                            "");
        !r) {
        return r;
    }
    if (auto r = index_rows(
            "SELECT id, next_deadline FROM review_sla WHERE completed_at IS NULL AND next_deadline IS NOT NULL",
            std::string(kReviewPrefix));
        !r) {
        return r;
    }
    spdlog::info("engine: watching {} task and review deadlines", m_index.size());
    return {};
}

Result<void> SlaMonitor::follow_changes() {
    auto stmt = m_db.prepare(
        "SELECT seq, entity, entity_id FROM change_log WHERE seq > ?1 AND entity IN ('task', 'review_sla') ORDER BY seq");
    if (!stmt) return stmt.error();
    stmt->bind(1, m_cursor);
    std::vector<std::string> ids;
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        m_cursor = stmt->int64(0);
        ids.push_back(stmt->text(1) == "task" ? stmt->string(2) : std::string(kReviewPrefix) + stmt->string(2));
    }
    stmt->reset();
    for (const auto& id : ids) {
        if (auto r = reindex(id); !r) return r;
    }
    return {};
}

Result<void> SlaMonitor::reindex(const std::string& id) {
    const bool review = is_review_clock(id);
    auto stmt = m_db.prepare(review ? "SELECT next_deadline FROM review_sla WHERE id = ?1 AND completed_at IS NULL"
                                    : "SELECT next_deadline FROM task WHERE id = ?1 AND status <> 'resolved'");
    if (!stmt) return stmt.error();
    stmt->bind(1, review ? id.substr(kReviewPrefix.size()) : id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (*has && stmt->kind(0) != store::Statement::Kind::null) {
        m_index.upsert(id, store::from_db(stmt->int64(0)));
    } else {
        m_index.remove(id);
    }
    return {};
}

Result<std::optional<SlaNotice>> SlaMonitor::handle(const std::string& id, Timestamp fired, Timestamp now) {
    using None = std::optional<SlaNotice>;
    const bool review = is_review_clock(id);
    const std::string row_id = review ? id.substr(kReviewPrefix.size()) : id;
    auto open = review ? open_review_clock(m_db, row_id) : open_task_clock(m_db, row_id);
    if (!open) {
        spdlog::warn("engine: {} has an unreadable SLA clock: {}", id, open.error().message);
        m_index.remove(id);
        return None();
    }
    if (!*open) {
        m_index.remove(id);
        return None();
    }
    OpenClock& item = **open;
    auto cal = m_calendars.get(m_db, item.location);
    if (!cal) return cal.error();
    if (!item.clock || !*cal) {
        m_index.remove(id);
        return None();
    }
    sync::TaskSla sla = sync::evaluate(*item.clock, **cal, now);
    if (level_rank(rules::to_string(sla.level)) < level_rank(item.level)) {
        sla.level = *rules::escalation_level_from_string(item.level);
    }
    if (sla.next_deadline) {
        m_index.upsert(id, *sla.next_deadline);
    } else {
        m_index.remove(id);
    }
    auto written = review ? sync::write_review_sla(m_db, row_id, sla) : sync::write_task_sla(m_db, row_id, sla);
    if (!written) return written.error();
    std::vector<sync::EntityRef> changed{{review ? "review_sla" : "task", row_id}};
    const std::string state(rules::to_string(sla.state));
    const std::string level(rules::to_string(sla.level));
    const bool moved = state != item.state || level != item.level;
    // Only the next deadline moved (a later step's warning): no notice, but desks stay in step.
    const std::string kind = !moved ? "" : state == item.state ? "escalated" : state == "breached" ? "sla_breached"
                                                                                                 : "sla_warning";
    if (moved && !review) {
        auto event = sync::add_task_event(m_db, {"sla/" + id + "/" + std::to_string(store::to_db(fired)), id,
                                                 item.location, now, std::nullopt, "", kind, level});
        if (!event) return event.error();
        changed.push_back(*event);
    }
    if (auto r = sync::record_changes(m_db, changed, now); !r) return r.error();
    if (!moved) return None();
    return std::optional<SlaNotice>(SlaNotice{id, item.location, kind, level});
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
