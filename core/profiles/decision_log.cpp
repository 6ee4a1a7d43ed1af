#include "profiles/decision_log.h"

#include "access/crypto.h"
#include "domain/json_codec.h"
#include "store/repositories.h"

namespace outpost::profiles {

Result<std::string> subject_hash(store::Database& db, ProfileId profile) {
    auto stmt = db.prepare(
        "SELECT (SELECT value FROM engine_secret WHERE name = 'log_pseudonym_key'), "
        "(SELECT coalesce(external_id, 'profile:' || id) FROM profile WHERE id = ?1)");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value());
    auto has = stmt->step();
    if (!has) return has.error();
    if (stmt->is_null(0)) return make_error(ErrorCode::internal, "the pseudonym key is missing");
    const auto key = stmt->text(0);
    const std::string subject = stmt->is_null(1) ? "profile:" + std::to_string(profile.value()) : stmt->string(1);
    return access::pseudonym(std::vector<std::uint8_t>(key.begin(), key.end()), subject);
}

Result<std::int64_t> log_decision(store::Database& db, const Decision& d, Timestamp at) {
    auto hash = subject_hash(db, d.profile);
    if (!hash) return hash.error();
    auto stmt = db.prepare(
        "INSERT INTO decision_log(event_id, subject_hash, rule_id, decision, confidence, reason_codes, action_sent, "
        "delivery_status, ticket_id, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!stmt) return stmt.error();
    Json reasons = Json::array();
    for (const auto& r : d.reason_codes) reasons.push_back(r);
    stmt->bind(1, d.event_id)
        .bind(2, *hash)
        .bind(3, d.rule_id)
        .bind(4, d.decision)
        .bind(5, d.confidence)
        .bind(6, reasons.dump())
        .bind(7, d.action_sent)
        .bind(8, d.delivery_status)
        .bind(9, d.ticket_id)
        .bind(10, store::to_db(at));
    if (auto r = stmt->run(); !r) return r.error();
    return db.last_insert_rowid();
}

}  // namespace outpost::profiles
