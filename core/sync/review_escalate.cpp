// review.escalate: the inbox's "e". A review already handled by an open task sends that task one
// level up (location -> region -> corporate, like task.escalate); a review without one gets a
// manager task at its location, urgent when its triage was high, with the review as its source.
#include "sync/command_support.h"

#include "store/repositories.h"

namespace outpost::sync::detail {
namespace {

constexpr std::string_view kDefaultReason = "escalated from the review inbox";

// The review's task title and whether its triage was high.
Result<std::pair<std::string, bool>> review_summary(store::Database& db, std::int64_t review_id) {
    auto stmt = db.prepare("SELECT rating, platform, author, text, coalesce(severity, '') FROM review WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, review_id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no review " + std::to_string(review_id));
    const bool high = stmt->text(4) == "high";
    return std::make_pair(review_task_summary(stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), high), high);
}

}  // namespace

Result<PreparedCommand> review_escalate(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto id = r.integer("review_id", 1, kMaxId);
    auto reason = trimmed(r.optional_string("reason", kMaxTextBytes).value_or(""));
    if (!r.ok()) return r.error();
    if (reason.empty()) reason = kDefaultReason;
    auto review = find_review(db, c, id);
    if (!review) return review.error();
    if (review->status == "resolved") {
        return make_error(ErrorCode::invalid_argument, "review " + std::to_string(id) + " is resolved");
    }
    auto existing = open_review_task(db, std::to_string(id));
    if (!existing) return existing.error();
    if (*existing) {
        const Json task_args = {{"task_id", **existing}};
        JsonReader task_reader(task_args, "args");
        auto task = find_task(db, c, task_reader);
        if (!task) return task.error();
        return prepare_task_escalation(db, c, *task, reason);
    }
    auto summary = review_summary(db, id);
    if (!summary) return summary.error();
    NewTask task{new_row_id(c), "negative_review", "review", std::to_string(id), std::nullopt, review->location,
                 summary->second ? "urgent" : "high", summary->first, {}, reason, c.now,
                 rules::EscalationLevel::location, c.user_id.value(), c.user_name};
    PreparedCommand p = prepared_for({"task", task.id}, review->location);
    p.touches.push_back({"task_event", task.id + "#created"});
    p.details = {{"review_id", id}, {"task", task.id}};
    p.run = [&db, task = std::move(task)]() -> Changed { return insert_task(db, task, task.created); };
    return p;
}

}  // namespace outpost::sync::detail
