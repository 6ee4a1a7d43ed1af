#include "access/audit_log.h"

#include "access/crypto.h"
#include "store/repositories.h"

namespace outpost::access {
namespace {

std::string optional_time(const std::optional<Timestamp>& t) { return t ? std::to_string(store::to_db(*t)) : ""; }

// The bytes a row's hash covers: every field, in a fixed order, each on its own line.
std::string chain_input(std::int64_t seq, const AuditEvent& e, const std::string& prev_hash) {
    std::string s = prev_hash;
    for (const std::string& part :
         {std::to_string(seq), std::to_string(store::to_db(e.at)), optional_time(e.device_time),
          e.actor_id ? std::to_string(e.actor_id->value()) : std::string(), e.actor, e.action,
          e.location ? e.location->value() : std::string(), e.subject, e.details.dump()}) {
        s += '\n';
        s += std::to_string(part.size());
        s += ':';
        s += part;
    }
    return s;
}

constexpr std::string_view kColumns =
    "seq, at, device_time, actor_id, actor, action, location_id, subject, details, prev_hash, hash";

Result<AuditRow> read_row(const store::Statement& s) {
    AuditRow row;
    row.seq = s.int64(0);
    row.event.at = store::from_db(s.int64(1));
    if (!s.is_null(2)) row.event.device_time = store::from_db(s.int64(2));
    if (!s.is_null(3)) row.event.actor_id = UserId(s.int64(3));
    row.event.actor = s.string(4);
    row.event.action = s.string(5);
    if (!s.is_null(6)) row.event.location = LocationId(s.string(6));
    row.event.subject = s.string(7);
    auto details = parse_json(s.text(8));
    // A row whose details no longer parse is still checked: its hash will not match.
    row.event.details = details ? *details : Json(s.string(8));
    row.prev_hash = s.string(9);
    row.hash = s.string(10);
    return row;
}

}  // namespace

Result<std::int64_t> AuditLog::append(const AuditEvent& event) {
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    std::int64_t seq = 1;
    std::string prev(kGenesisHash);
    {
        auto last = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (!last) return last.error();
        auto row = last->step();
        if (!row) return row.error();
        if (*row) {
            seq = last->int64(0) + 1;
            prev = last->string(1);
        }
    }
    const std::string hash = sha256_hex(chain_input(seq, event, prev));
    auto insert = m_db.prepare("INSERT INTO audit_log(" + std::string(kColumns) +
                               ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert) return insert.error();
    insert->bind(1, seq).bind(2, store::to_db(event.at));
    if (event.device_time) {
        insert->bind(3, store::to_db(*event.device_time));
    } else {
        insert->bind_null(3);
    }
    if (event.actor_id) {
        insert->bind(4, event.actor_id->value());
    } else {
        insert->bind_null(4);
    }
    insert->bind(5, event.actor).bind(6, event.action);
    if (event.location) {
        insert->bind(7, event.location->value());
    } else {
        insert->bind_null(7);
    }
    insert->bind(8, event.subject).bind(9, event.details.dump()).bind(10, prev).bind(11, hash);
    if (auto r = insert->run(); !r) return r.error();
    if (auto r = tx->commit(); !r) return r.error();
    return seq;
}

Result<std::vector<AuditRow>> AuditLog::query(const AuditQuery& q) {
    if (q.limit < 1 || q.limit > 1000) return make_error(ErrorCode::invalid_argument, "limit: must be from 1 to 1000");
    std::string sql = "SELECT " + std::string(kColumns) + " FROM audit_log WHERE 1 = 1";
    if (q.actor) sql += " AND actor = ?1";
    if (q.action_prefix) sql += " AND substr(action, 1, length(?2)) = ?2";
    if (q.location) sql += " AND location_id = ?3";
    if (q.from) sql += " AND at >= ?4";
    if (q.to) sql += " AND at < ?5";
    if (q.before_seq) sql += " AND seq < ?6";
    sql += " ORDER BY seq DESC LIMIT ?7";
    auto stmt = m_db.prepare(sql);
    if (!stmt) return stmt.error();
    if (q.actor) stmt->bind(1, *q.actor);
    if (q.action_prefix) stmt->bind(2, *q.action_prefix);
    if (q.location) stmt->bind(3, q.location->value());
    if (q.from) stmt->bind(4, store::to_db(*q.from));
    if (q.to) stmt->bind(5, store::to_db(*q.to));
    if (q.before_seq) stmt->bind(6, *q.before_seq);
    stmt->bind(7, q.limit);
    return store::collect_rows<AuditRow>(*stmt, read_row);
}

Result<AuditVerdict> AuditLog::verify() {
    auto stmt = m_db.prepare("SELECT " + std::string(kColumns) + " FROM audit_log ORDER BY seq");
    if (!stmt) return stmt.error();
    AuditVerdict verdict;
    std::int64_t expected_seq = 1;
    std::string prev(kGenesisHash);
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        auto row = read_row(*stmt);
        if (!row) return row.error();
        ++verdict.rows_checked;
        auto broken = [&](std::string problem) {
            verdict.first_broken_seq = row->seq;
            verdict.problem = std::move(problem);
        };
        if (row->seq != expected_seq) {
            broken("row " + std::to_string(expected_seq) + " is missing (the next row is " +
                   std::to_string(row->seq) + ")");
        } else if (row->prev_hash != prev) {
            broken("row " + std::to_string(row->seq) + " does not follow the row before it");
        } else if (row->hash != sha256_hex(chain_input(row->seq, row->event, row->prev_hash))) {
            broken("row " + std::to_string(row->seq) + " was changed after it was written");
        }
        if (verdict.first_broken_seq) return verdict;
        prev = row->hash;
        ++expected_seq;
    }
    return verdict;
}

Json to_json(const AuditRow& row) {
    Json j = {{"seq", row.seq},
              {"at", format_iso8601(row.event.at)},
              {"actor", row.event.actor},
              {"action", row.event.action},
              {"subject", row.event.subject},
              {"details", row.event.details},
              {"hash", row.hash}};
    j["device_time"] = row.event.device_time ? Json(format_iso8601(*row.event.device_time)) : Json(nullptr);
    j["location_id"] = row.event.location ? Json(row.event.location->value()) : Json(nullptr);
    j["actor_id"] = row.event.actor_id ? Json(row.event.actor_id->value()) : Json(nullptr);
    return j;
}

}  // namespace outpost::access
