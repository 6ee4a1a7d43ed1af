#include "engine/demo_reviews.h"

#include <algorithm>

#include "domain/json_codec.h"
#include "rules/review_triage.h"
#include "store/repositories.h"
#include "sync/review_sla.h"
#include "sync/task_sla.h"

namespace outpost::demo {
namespace {

using namespace std::chrono_literals;

constexpr auto kFresh = std::chrono::hours(24 * 7);

// From 20 minutes to about 31 hours, spread by the review's id.
std::chrono::minutes reply_delay(std::int64_t id) {
    const auto spread = static_cast<std::int64_t>((static_cast<std::uint64_t>(id) * 2654435761u) % 1000);
    return std::chrono::minutes(20 + spread * spread / 540);
}

std::vector<rules::SlaItemType> met_by(ReviewStatus status) {
    using rules::SlaItemType;
    switch (status) {
        case ReviewStatus::acknowledged: return {SlaItemType::review_acknowledge};
        case ReviewStatus::replied: return {SlaItemType::review_acknowledge, SlaItemType::review_public_reply};
        default: return {};
    }
}

}  // namespace

Result<void> seed_review_flow(store::Database& db, Timestamp now) {
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    auto select = db.prepare("SELECT " + std::string(store::kReviewColumns) + " FROM review ORDER BY id");
    if (!select) return select.error();
    auto reviews = store::collect_rows<Review>(*select, store::read_review);
    if (!reviews) return reviews.error();
    auto update = db.prepare(
        "UPDATE review SET severity = ?2, sentiment = ?3, triage_reasons = ?4, first_reply_at = ?5 WHERE id = ?1");
    if (!update) return update.error();
    const rules::Triager triager(rules::TriageRules::defaults());
    sync::CalendarCache calendars;
    for (const Review& r : *reviews) {
        const rules::Triage t = triager(r);
        Json codes = Json::array();
        for (const auto& reason : t.reasons) codes.push_back(reason.code);
        const bool answered = r.status == ReviewStatus::replied || r.status == ReviewStatus::resolved;
        const auto first_reply = answered ? std::optional<std::int64_t>(store::to_db(r.posted_at + reply_delay(r.id.value())))
                                          : std::nullopt;
        update->bind(1, r.id.value())
            .bind_static(2, rules::to_string(t.severity))
            .bind_static(3, rules::to_string(t.sentiment))
            .bind(4, codes.dump())
            .bind(5, first_reply);
        if (auto done = update->run(); !done) return done;

        if (r.status == ReviewStatus::resolved || now - r.posted_at > kFresh) continue;
        auto calendar = calendars.get(db, r.location_id);
        if (!calendar) return calendar.error();
        const auto obligations = sync::review_obligations(r.rating, t.severity, false);
        auto started = sync::start_review_slas(db, r.id.value(), r.location_id, obligations, **calendar, r.posted_at);
        if (!started) return started.error();
        for (auto type : met_by(r.status)) {
            auto met = sync::complete_review_sla(db, r.id.value(), type, std::min(now, r.posted_at + reply_delay(r.id.value())));
            if (!met) return met.error();
        }
    }
    return tx->commit();
}

}  // namespace outpost::demo
