#include "sync/review_sla.h"

#include <array>

#include "rules/task_triggers.h"
#include "store/repositories.h"

namespace outpost::sync {
namespace {

using rules::SlaItemType;
using rules::SlaPriority;

constexpr std::array<SlaItemType, 4> kReviewItems = {SlaItemType::review_acknowledge, SlaItemType::review_public_reply,
                                                     SlaItemType::review_private_outreach,
                                                     SlaItemType::review_resolution};

std::optional<std::int64_t> db_time(const std::optional<Timestamp>& t) {
    return t ? std::optional<std::int64_t>(store::to_db(*t)) : std::nullopt;
}

}  // namespace

std::vector<ReviewObligation> review_obligations(int rating, rules::Severity severity, bool influential) {
    std::vector<ReviewObligation> out;
    const bool negative = rating <= 2 || severity != rules::Severity::low;
    if (negative) out.push_back({SlaItemType::review_acknowledge, SlaPriority::high});
    out.push_back({SlaItemType::review_public_reply, influential ? SlaPriority::urgent : SlaPriority::normal});
    if (negative) {
        out.push_back({SlaItemType::review_private_outreach, SlaPriority::normal});
        out.push_back({SlaItemType::review_resolution, SlaPriority::high});
    }
    return out;
}

std::string review_sla_id(std::int64_t review_id, SlaItemType type) {
    return std::to_string(review_id) + ":" + std::string(rules::to_string(type));
}

std::optional<SlaItemType> sla_item_type_from_string(std::string_view text) {
    for (SlaItemType t : kReviewItems) {
        if (rules::to_string(t) == text) return t;
    }
    return std::nullopt;
}

Result<std::vector<EntityRef>> start_review_slas(store::Database& db, std::int64_t review_id, const LocationId& location,
                                                 const std::vector<ReviewObligation>& obligations,
                                                 const rules::BusinessCalendar& calendar, Timestamp now) {
    std::vector<EntityRef> written;
    auto stmt = db.prepare(
        "INSERT INTO review_sla(id, review_id, item_type, location_id, priority, clock, state, escalation_level, "
        "due_at, warning_at, next_deadline, started_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
        "ON CONFLICT(id) DO NOTHING");
    if (!stmt) return stmt.error();
    const auto policy = rules::SlaPolicy::defaults();
    for (const auto& o : obligations) {
        auto target = policy.target(o.type, o.priority);
        if (!target) continue;
        const TaskSla sla = evaluate(rules::SlaClock(*target, now), calendar, now);
        const std::string id = review_sla_id(review_id, o.type);
        stmt->bind(1, id)
            .bind(2, review_id)
            .bind_static(3, rules::to_string(o.type))
            .bind(4, location.value())
            .bind_static(5, rules::to_string(o.priority))
            .bind(6, sla.clock)
            .bind_static(7, rules::to_string(sla.state))
            .bind_static(8, rules::to_string(sla.level))
            .bind(9, db_time(sla.due))
            .bind(10, db_time(sla.warning_at))
            .bind(11, db_time(sla.next_deadline))
            .bind(12, store::to_db(now));
        if (auto done = stmt->run(); !done) return done.error();
        if (db.changes() > 0) written.push_back({"review_sla", id});
    }
    return written;
}

Result<std::optional<ReviewSlaRow>> find_review_sla(store::Database& db, const std::string& id) {
    using Found = std::optional<ReviewSlaRow>;
    auto stmt = db.prepare(
        "SELECT review_id, item_type, location_id, priority, clock, state, escalation_level, completed_at IS NOT NULL "
        "FROM review_sla WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return Found();
    auto type = sla_item_type_from_string(stmt->text(1));
    if (!type) return make_error(ErrorCode::invalid_argument, "review_sla " + id + ": unknown item type");
    return Found(ReviewSlaRow{id, stmt->int64(0), *type, LocationId(stmt->string(2)), stmt->string(3), stmt->string(4),
                              stmt->string(5), stmt->string(6), stmt->int64(7) != 0});
}

Result<std::optional<rules::SlaClock>> restore_review_clock(const ReviewSlaRow& row) {
    using Found = std::optional<rules::SlaClock>;
    if (row.clock.empty()) return Found();
    auto target = rules::SlaPolicy::defaults().target(row.type, task_priority(row.priority));
    if (!target) return Found();
    auto clock = rules::SlaClock::restore(*target, row.clock);
    if (!clock) return clock.error();
    return Found(std::move(*clock));
}

Result<void> write_review_sla(store::Database& db, const std::string& id, const TaskSla& sla,
                              std::optional<Timestamp> completed_at) {
    auto stmt = db.prepare(
        "UPDATE review_sla SET clock = ?2, state = ?3, escalation_level = ?4, due_at = ?5, warning_at = ?6, "
        "next_deadline = ?7, completed_at = coalesce(?8, completed_at) WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id)
        .bind(2, sla.clock)
        .bind(3, std::string(rules::to_string(sla.state)))
        .bind(4, std::string(rules::to_string(sla.level)))
        .bind(5, db_time(sla.due))
        .bind(6, db_time(sla.warning_at))
        .bind(7, db_time(sla.next_deadline))
        .bind(8, db_time(completed_at));
    return stmt->run();
}

Result<std::optional<EntityRef>> complete_review_sla(store::Database& db, std::int64_t review_id, SlaItemType type,
                                                     Timestamp now) {
    using Changed = std::optional<EntityRef>;
    const std::string id = review_sla_id(review_id, type);
    auto row = find_review_sla(db, id);
    if (!row) return row.error();
    if (!*row || (*row)->completed) return Changed();
    auto clock = restore_review_clock(**row);
    if (!clock) return clock.error();
    auto calendar = location_calendar(db, (*row)->location);
    if (!calendar) return calendar.error();
    TaskSla sla;
    if (*clock && *calendar) {
        // A desk's clock may run behind the engine's start of the clock: that completion waits for
        // the engine, which applies the same command with its own time.
        if (auto done = (*clock)->complete(now); !done) return Changed();
        sla = evaluate(**clock, **calendar, now);
        if (static_cast<int>(sla.level) < static_cast<int>(rules::escalation_level_from_string((*row)->level)
                                                                .value_or(rules::EscalationLevel::location))) {
            sla.level = *rules::escalation_level_from_string((*row)->level);
        }
    }
    if (auto w = write_review_sla(db, id, sla, now); !w) return w.error();
    return Changed(EntityRef{"review_sla", id});
}

}  // namespace outpost::sync
