#include "engine/review_requests.h"

#include <vector>

#include "profiles/consent.h"
#include "profiles/decision_log.h"
#include "store/repositories.h"
#include "sync/task_sla.h"

namespace outpost::engine {
namespace {

struct DueVisit {
    std::int64_t visit = 0;
    std::int64_t profile = 0;
    LocationId location;
    std::string first_name, phone, email, preferred, location_name;
};

Result<std::vector<DueVisit>> due_visits(store::Database& db, Timestamp now, const ReviewRequestConfig& config) {
    auto stmt = db.prepare(
        "SELECT v.id, v.profile_id, v.location_id, p.first_name, p.primary_phone, p.primary_email, p.preferred_channel, "
        "l.name FROM visit v JOIN profile p ON p.id = v.profile_id JOIN location l ON l.id = v.location_id "
        "WHERE v.visited_at > ?1 AND v.visited_at <= ?2 AND p.merged_into IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM review_request r WHERE r.visit_id = v.id) ORDER BY v.visited_at, v.id");
    if (!stmt) return stmt.error();
    stmt->bind(1, store::to_db(now - config.max_delay)).bind(2, store::to_db(now - config.min_delay));
    std::vector<DueVisit> out;
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) return out;
        out.push_back({stmt->int64(0), stmt->int64(1), LocationId(stmt->string(2)), stmt->string(3), stmt->string(4),
                       stmt->string(5), stmt->string(6), stmt->string(7)});
    }
}

Result<bool> exists(store::Database& db, const char* sql, std::int64_t profile, Timestamp since) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, profile).bind(2, store::to_db(since));
    return stmt->step();
}

struct Decision {
    std::string state, reason, channel, message_id;
};

Result<Decision> decide(store::Database& db, MessageChannel& channel, const DueVisit& v, Timestamp now,
                        const ReviewRequestConfig& config) {
    // A person owns this customer's conversation: automation waits until they release it.
    auto held = sync::automation_paused(db, v.profile);
    if (!held) return held.error();
    if (*held) return Decision{"suppressed", "taken_over", "", ""};
    auto complained = exists(db,
                             "SELECT 1 FROM review WHERE profile_id = ?1 AND rating <= 2 AND posted_at >= ?2 UNION ALL "
                             "SELECT 1 FROM task WHERE profile_id = ?1 AND status <> 'resolved' AND created_at >= ?2 "
                             "AND (source = 'review' OR type = 'complaint')",
                             v.profile, now - config.complaint_lookback);
    if (!complained) return complained.error();
    if (*complained) return Decision{"suppressed", "complaint", "", ""};
    auto asked = exists(db, "SELECT 1 FROM review_request WHERE profile_id = ?1 AND state = 'sent' AND decided_at >= ?2",
                        v.profile, now - config.repeat_gap);
    if (!asked) return asked.error();
    if (*asked) return Decision{"skipped", "recently_asked", "", ""};
    // Consent is read from the ledger now, at the moment of sending.
    auto consent = profiles::current_consent(db, ProfileId(v.profile));
    if (!consent) return consent.error();
    const auto granted = [&](const std::string& c) {
        auto it = consent->find(c);
        return it != consent->end() && it->second.granted;
    };
    std::vector<std::string> order;
    if (v.preferred == "email" || v.preferred == "sms") order.push_back(v.preferred);
    for (const char* c : {"email", "sms"}) order.push_back(c);
    bool any_consent = false;
    for (const auto& c : order) {
        if (!granted(c)) continue;
        any_consent = true;
        const std::string& address = c == "email" ? v.email : v.phone;
        if (address.empty()) continue;
        OutboundMessage m{c, "review_request", v.profile, v.location, address,
                          "Hi " + v.first_name + ", thanks for visiting " + v.location_name +
                              ". How was it? We would love a review."};
        auto sent = channel.send(m, now);
        if (!sent) return sent.error();
        return Decision{"sent", "", c, *sent};
    }
    return Decision{"skipped", any_consent ? "no_address" : "no_consent", "", ""};
}

}  // namespace

Result<std::string> SandboxChannel::send(const OutboundMessage& m, Timestamp now) {
    auto stmt = m_db.prepare(
        "INSERT INTO sandbox_message(channel, purpose, profile_id, location_id, recipient, body, sent_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt) return stmt.error();
    if (auto done = stmt->bind(1, m.channel)
                        .bind(2, m.purpose)
                        .bind(3, m.profile)
                        .bind(4, m.location.value())
                        .bind(5, m.recipient)
                        .bind(6, m.body)
                        .bind(7, store::to_db(now))
                        .run();
        !done) {
        return done.error();
    }
    return "sandbox:" + std::to_string(m_db.last_insert_rowid());
}

Result<ReviewRequestRun> send_review_requests(store::Database& db, MessageChannel& channel, Timestamp now,
                                              const ReviewRequestConfig& config) {
    ReviewRequestRun run;
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    auto visits = due_visits(db, now, config);
    if (!visits) return visits.error();
    for (const auto& v : *visits) {
        auto d = decide(db, channel, v, now, config);
        if (!d) return d.error();
        auto stmt = db.prepare(
            "INSERT INTO review_request(visit_id, profile_id, location_id, state, reason, channel, message_id, decided_at) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!stmt) return stmt.error();
        if (auto done = stmt->bind(1, v.visit)
                            .bind(2, v.profile)
                            .bind(3, v.location.value())
                            .bind(4, d->state)
                            .bind(5, d->reason)
                            .bind(6, d->channel)
                            .bind(7, d->message_id)
                            .bind(8, store::to_db(now))
                            .run();
            !done) {
            return done.error();
        }
        profiles::Decision logged;
        logged.event_id = "visit:" + std::to_string(v.visit);
        logged.profile = ProfileId(v.profile);
        logged.rule_id = "review_request";
        logged.decision = d->state;
        if (!d->reason.empty()) logged.reason_codes.push_back(d->reason);
        logged.action_sent = d->channel;
        logged.delivery_status = d->state == "sent" ? "sandbox" : "";
        if (auto l = profiles::log_decision(db, logged, now); !l) return l.error();
        (d->state == "sent" ? run.sent : d->state == "skipped" ? run.skipped : run.suppressed) += 1;
    }
    if (auto c = tx->commit(); !c) return c.error();
    return run;
}

}  // namespace outpost::engine
