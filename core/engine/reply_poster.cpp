#include "engine/reply_poster.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "store/repositories.h"
#include "sync/review_sla.h"
#include "sync/sync_service.h"

namespace outpost::engine {
namespace {

Result<void> exec_bound(store::Database& db, std::string_view sql, const std::function<void(store::Statement&)>& bind) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    bind(*stmt);
    return stmt->run();
}

}  // namespace

Result<std::vector<sync::EntityRef>> on_reply_posted(store::Database& db, std::int64_t review_id, Timestamp now) {
    auto done = exec_bound(db,
                           "UPDATE review SET status = CASE WHEN status IN ('open', 'acknowledged') THEN 'replied' "
                           "ELSE status END, first_reply_at = coalesce(first_reply_at, ?2) WHERE id = ?1",
                           [&](store::Statement& s) { s.bind(1, review_id).bind(2, store::to_db(now)); });
    if (!done) return done.error();
    // The public reply's SLA clock is met.
    auto met = sync::complete_review_sla(db, review_id, rules::SlaItemType::review_public_reply, now);
    if (!met) return met.error();
    std::vector<sync::EntityRef> changed{{"review", std::to_string(review_id)}};
    if (*met) changed.push_back(**met);
    return changed;
}

Result<std::vector<OutboundReply>> ReplyPoster::due(std::size_t limit) {
    const std::int64_t now = store::to_db(m_clock.now());
    auto queued = exec_bound(m_db,
                             "INSERT INTO reply_outbox(draft_id, next_attempt_at, queued_at) SELECT id, ?1, ?1 FROM "
                             "review_reply_draft d WHERE state = 'approved' AND NOT EXISTS (SELECT 1 FROM reply_outbox o "
                             "WHERE o.draft_id = d.id)",
                             [&](store::Statement& s) { s.bind(1, now); });
    if (!queued) return queued.error();
    auto stmt = m_db.prepare(
        "SELECT d.id, d.review_id, r.platform, r.platform_review_id, d.location_id, d.kind, d.text, d.author_name, "
        "d.approver_name, coalesce(d.decided_at, d.submitted_at, d.updated_at) FROM reply_outbox o "
        "JOIN review_reply_draft d ON d.id = o.draft_id JOIN review r ON r.id = d.review_id "
        "WHERE o.next_attempt_at <= ?1 AND d.state = 'approved' ORDER BY o.next_attempt_at, o.draft_id LIMIT ?2");
    if (!stmt) return stmt.error();
    stmt->bind(1, now).bind(2, static_cast<std::int64_t>(limit));
    return store::collect_rows<OutboundReply>(*stmt, [](const store::Statement& s) -> Result<OutboundReply> {
        return OutboundReply{s.string(0), s.int64(1), s.string(2), s.string(3), s.string(4),
                             s.string(5), s.string(6), s.string(7), s.string(8), store::from_db(s.int64(9))};
    });
}

Result<void> ReplyPoster::finish(const OutboundReply& reply, const Result<std::string>& outcome, PostReport& report) {
    const Timestamp now = m_clock.now();
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    std::vector<sync::EntityRef> changed{{"review_reply_draft", reply.draft_id}};
    const auto forget = [&] {
        return exec_bound(m_db, "DELETE FROM reply_outbox WHERE draft_id = ?1",
                          [&](store::Statement& s) { s.bind(1, reply.draft_id); });
    };
    if (outcome) {
        auto posted = exec_bound(m_db,
                                 "UPDATE review_reply_draft SET state = 'posted', platform_reply_id = ?2, posted_at = ?3, "
                                 "failure_reason = '', updated_at = ?3 WHERE id = ?1 AND state = 'approved'",
                                 [&](store::Statement& s) { s.bind(1, reply.draft_id).bind(2, *outcome).bind(3, store::to_db(now)); });
        if (!posted) return posted;
        if (auto f = forget(); !f) return f;
        auto review = on_reply_posted(m_db, reply.review_id, now);
        if (!review) return review.error();
        changed.insert(changed.end(), review->begin(), review->end());
        ++report.posted;
        spdlog::info("replies: draft {} posted to {} as {}", reply.draft_id, reply.platform, *outcome);
    } else {
        auto attempts = m_db.prepare("UPDATE reply_outbox SET attempts = attempts + 1, last_error = ?2 WHERE draft_id = ?1 "
                                     "RETURNING attempts");
        if (!attempts) return attempts.error();
        attempts->bind(1, reply.draft_id).bind(2, outcome.error().message);
        auto has = attempts->step();
        if (!has) return has.error();
        const std::int64_t made = *has ? attempts->int64(0) : m_policy.max_attempts;
        attempts->reset();
        if (made >= m_policy.max_attempts) {
            auto failed = exec_bound(m_db,
                                     "UPDATE review_reply_draft SET state = 'failed', failure_reason = ?2, updated_at = ?3 "
                                     "WHERE id = ?1 AND state = 'approved'",
                                     [&](store::Statement& s) {
                                         s.bind(1, reply.draft_id)
                                             .bind(2, "not posted after " + std::to_string(made) +
                                                          " attempts: " + outcome.error().message)
                                             .bind(3, store::to_db(now));
                                     });
            if (!failed) return failed;
            if (auto f = forget(); !f) return f;
            ++report.failed;
            spdlog::warn("replies: draft {} failed after {} attempts: {}", reply.draft_id, made, outcome.error().message);
        } else {
            auto delay = m_policy.first_delay * (std::int64_t{1} << std::min<std::int64_t>(made - 1, 20));
            delay = std::min(delay, m_policy.max_delay);
            auto later = exec_bound(m_db, "UPDATE reply_outbox SET next_attempt_at = ?2 WHERE draft_id = ?1",
                                    [&](store::Statement& s) { s.bind(1, reply.draft_id).bind(2, store::to_db(now + delay)); });
            if (!later) return later;
            changed.clear();  // the draft itself did not change
            ++report.retrying;
        }
    }
    if (auto r = sync::record_changes(m_db, changed, now); !r) return r;
    return tx->commit();
}

Result<PostReport> ReplyPoster::run() {
    PostReport report;
    auto due_now = due();
    if (!due_now) return due_now.error();
    for (const OutboundReply& reply : *due_now) {
        auto outcome = m_publisher.publish(reply);
        if (auto f = finish(reply, outcome, report); !f) return f.error();
    }
    return report;
}

Result<std::optional<Timestamp>> ReplyPoster::next_attempt() {
    auto stmt = m_db.prepare("SELECT min(next_attempt_at) FROM reply_outbox");
    if (!stmt) return stmt.error();
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has || stmt->kind(0) == store::Statement::Kind::null) return std::optional<Timestamp>();
    return std::optional<Timestamp>(store::from_db(stmt->int64(0)));
}

}  // namespace outpost::engine
