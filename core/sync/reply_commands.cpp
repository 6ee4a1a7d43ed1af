// The reply workflow on drafts: review.submit_reply, review.approve_reply, review.reject_reply,
// review.retry_reply. States: draft -> awaiting_approval -> approved -> posted | failed, and back to
// draft on a rejection. Posting is the engine's (engine/reply_poster.h); these commands only decide.
//
// Rules, the same on the desk and on the engine:
// * a reply to a review of 2 stars or less must be edited by a person: its text may not equal
//   (normalise_reply) the template it started from, as rendered for that review;
// * a reply to a high-severity review waits for a regional manager or corporate
//   (approves_sensitive_replies) unless one of them submits it; every other reply is approved and
//   queued at once. A desk that does not know its role asks for approval; the engine decides.
#include "sync/command_support.h"

#include "store/repositories.h"
#include "sync/reply_templates.h"

namespace outpost::sync::detail {
namespace {

struct ReplyRow {
    std::string id;
    std::int64_t review_id = 0;
    LocationId location;
    std::string state;
    std::string text;
    std::optional<std::string> template_text;
    int rating = 0;
    std::string severity;
};

Result<ReplyRow> find_reply(store::Database& db, const CommandContext& c, JsonReader& r) {
    const std::string id = r.string("draft_id", 200);
    if (!r.ok()) return r.error();
    auto stmt = db.prepare(
        "SELECT d.review_id, d.location_id, d.state, d.text, d.template_text, v.rating, coalesce(v.severity, 'low') "
        "FROM review_reply_draft d JOIN review v ON v.id = d.review_id WHERE d.id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no reply draft " + id);
    ReplyRow row{id, stmt->int64(0), LocationId(stmt->string(1)), stmt->string(2), stmt->string(3), std::nullopt,
                 static_cast<int>(stmt->int64(5)), stmt->string(6)};
    if (stmt->kind(4) != store::Statement::Kind::null) row.template_text = stmt->string(4);
    if (auto s = in_scope(c, row.location, "draft " + id); !s) return s.error();
    return row;
}

Result<void> in_state(const ReplyRow& reply, std::string_view wanted, std::string_view action) {
    if (reply.state == wanted) return {};
    return make_error(ErrorCode::conflict,
                      "reply " + reply.id + " is " + reply.state + "; only a reply that is " + std::string(wanted) +
                          " can be " + std::string(action));
}

Result<void> may_approve(const CommandContext& c) {
    if (c.role && !approves_sensitive_replies(*c.role)) {
        return make_error(ErrorCode::permission_denied, "a reply to a high-severity review is approved by a regional manager or corporate");
    }
    return {};
}

PreparedCommand prepared_reply(const ReplyRow& reply) {
    PreparedCommand p = prepared_for({"review_reply_draft", reply.id}, reply.location);
    p.subject = "review:" + std::to_string(reply.review_id);
    return p;
}

// Sets the reply's state and, for decisions, who decided and why.
Changed move_reply(store::Database& db, const CommandContext& c, const std::string& id, const std::string& state,
                   bool decision, const std::string& reason, bool submitted) {
    auto done = run_sql(db,
                        "UPDATE review_reply_draft SET state = ?2, updated_at = ?3, "
                        "submitted_at = CASE WHEN ?7 THEN ?3 ELSE submitted_at END, "
                        "approver_id = CASE WHEN ?4 THEN ?5 ELSE approver_id END, "
                        "approver_name = CASE WHEN ?4 THEN ?6 ELSE approver_name END, "
                        "decision_reason = CASE WHEN ?4 THEN ?8 ELSE decision_reason END, "
                        "decided_at = CASE WHEN ?4 THEN ?3 ELSE decided_at END, "
                        "failure_reason = CASE WHEN ?2 = 'approved' THEN '' ELSE failure_reason END WHERE id = ?1",
                        [&](store::Statement& s) {
                            s.bind(1, id).bind(2, state).bind(3, store::to_db(c.now)).bind(4, decision ? 1 : 0);
                            s.bind(5, c.user_id.value()).bind(6, c.user_name).bind(7, submitted ? 1 : 0).bind(8, reason);
                        });
    if (!done) return done.error();
    return std::vector<EntityRef>{{"review_reply_draft", id}};
}

std::string required_reason(JsonReader& r) {
    std::string reason = trimmed(r.string("reason", kMaxTextBytes));
    if (r.ok() && reason.empty()) r.fail("reason", "must give the reason for the decision");
    return reason;
}

}  // namespace

// ---- review.submit_reply ----
Result<PreparedCommand> review_submit_reply(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto reply = find_reply(db, c, r);
    if (!reply) return reply.error();
    if (auto s = in_state(*reply, "draft", "submitted"); !s) return s.error();
    if (reply->rating <= 2 && reply->template_text && normalise_reply(reply->text) == normalise_reply(*reply->template_text)) {
        return make_error(ErrorCode::invalid_argument,
                          "a review of " + std::to_string(reply->rating) +
                              (reply->rating == 1 ? " star" : " stars") +
                              " needs a reply a person has written: edit the template's text before submitting");
    }
    if (auto unknown = render_template(reply->text, {}); !unknown.unknown.empty() || !unknown.missing.empty()) {
        const auto& left = unknown.unknown.empty() ? unknown.missing : unknown.unknown;
        return make_error(ErrorCode::invalid_argument, "the reply still contains " + left.front() + "; replace it first");
    }
    const bool sensitive = reply->severity == "high";
    const bool approver = c.role && approves_sensitive_replies(*c.role);
    const bool waits = sensitive && !approver;
    PreparedCommand p = prepared_reply(*reply);
    p.details = {{"draft", reply->id}, {"state", waits ? "awaiting_approval" : "approved"}, {"severity", reply->severity}};
    p.run = [&db, c, id = reply->id, waits, sensitive]() -> Changed {
        if (waits) return move_reply(db, c, id, "awaiting_approval", false, "", true);
        // An approver's own reply to a sensitive review is approved by them; others need no approval.
        return move_reply(db, c, id, "approved", sensitive, sensitive ? "submitted by an approver" : "", true);
    };
    return p;
}

// ---- review.approve_reply ----
Result<PreparedCommand> review_approve_reply(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto reply = find_reply(db, c, r);
    const std::string reason = required_reason(r);
    if (!r.ok()) return r.error();
    if (!reply) return reply.error();
    if (auto s = in_state(*reply, "awaiting_approval", "approved"); !s) return s.error();
    if (auto allowed = may_approve(c); !allowed) return allowed.error();
    PreparedCommand p = prepared_reply(*reply);
    // The audit row names the approver (its actor) and keeps the reason.
    p.details = {{"draft", reply->id}, {"decision", "approved"}, {"reason", reason}, {"approver_id", c.user_id.value()}};
    p.run = [&db, c, id = reply->id, reason]() -> Changed { return move_reply(db, c, id, "approved", true, reason, false); };
    return p;
}

// ---- review.reject_reply ----
Result<PreparedCommand> review_reject_reply(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto reply = find_reply(db, c, r);
    const std::string reason = required_reason(r);
    if (!r.ok()) return r.error();
    if (!reply) return reply.error();
    if (auto s = in_state(*reply, "awaiting_approval", "rejected"); !s) return s.error();
    if (auto allowed = may_approve(c); !allowed) return allowed.error();
    PreparedCommand p = prepared_reply(*reply);
    p.details = {{"draft", reply->id}, {"decision", "rejected"}, {"reason", reason}, {"approver_id", c.user_id.value()}};
    p.run = [&db, c, id = reply->id, reason]() -> Changed { return move_reply(db, c, id, "draft", true, reason, false); };
    return p;
}

// ---- review.retry_reply ----
Result<PreparedCommand> review_retry_reply(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    auto reply = find_reply(db, c, r);
    if (!reply) return reply.error();
    if (auto s = in_state(*reply, "failed", "retried"); !s) return s.error();
    PreparedCommand p = prepared_reply(*reply);
    p.details = {{"draft", reply->id}, {"state", "approved"}};
    p.run = [&db, c, id = reply->id]() -> Changed { return move_reply(db, c, id, "approved", false, "", false); };
    return p;
}

}  // namespace outpost::sync::detail
