#include "sync/sync_service.h"

#include "domain/enums.h"
#include "domain/json_reader.h"
#include "store/repositories.h"

namespace outpost::sync {
namespace {

Result<void> record_change(store::Database& db, const std::string& entity, const std::string& id,
                           const LocationId& location, const Json& payload, Timestamp at) {
    auto stmt = db.prepare(
        "INSERT INTO change_log(entity, entity_id, location_id, op, payload, at) VALUES(?1, ?2, ?3, 'put', ?4, ?5)");
    if (!stmt) return stmt.error();
    return stmt->bind(1, entity).bind(2, id).bind(3, location.value()).bind(4, payload.dump()).bind(5, store::to_db(at)).run();
}

Result<void> record_refusal(store::Database& db, const std::string& client_id, const Command& command,
                            const Error& error, Timestamp at) {
    auto stmt = db.prepare(
        "INSERT OR REPLACE INTO sync_refusal(client_id, mutation_id, name, code, message, at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt) return stmt.error();
    return stmt->bind(1, client_id)
        .bind(2, command.mutation_id)
        .bind(3, command.name)
        .bind(4, to_string(error.code))
        .bind(5, error.message)
        .bind(6, store::to_db(at))
        .run();
}

Result<void> set_last_mutation_id(store::Database& db, const std::string& client_id, std::int64_t id) {
    auto stmt = db.prepare(
        "INSERT INTO sync_client(client_id, last_mutation_id) VALUES(?1, ?2) "
        "ON CONFLICT(client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id");
    if (!stmt) return stmt.error();
    return stmt->bind(1, client_id).bind(2, id).run();
}

}  // namespace

Result<std::int64_t> SyncService::last_mutation_id(const std::string& client_id) {
    auto stmt = m_db.prepare("SELECT last_mutation_id FROM sync_client WHERE client_id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, client_id);
    auto has = stmt->step();
    if (!has) return has.error();
    return *has ? stmt->int64(0) : 0;
}

Result<void> SyncService::set_review_status(const access::Caller& caller, const Command& command) {
    JsonReader r(command.args, "args");
    const auto id = r.integer("review_id", 1, std::numeric_limits<std::int64_t>::max());
    const auto status = r.enumeration<ReviewStatus>("status");
    if (!r.ok()) return r.error();
    store::SqlReviewRepository reviews(m_db);
    auto review = reviews.get(ReviewId(id));
    if (!review) return review.error();
    if (!caller.scope.contains(review->location_id)) {
        return make_error(ErrorCode::permission_denied, "review " + std::to_string(id) + " is outside your locations");
    }
    if (review->status == status) return {};  // already so: nothing changes
    auto stmt = m_db.prepare("UPDATE review SET status = ?2 WHERE id = ?1");
    if (!stmt) return stmt.error();
    if (auto u = stmt->bind(1, id).bind(2, to_string(status)).run(); !u) return u;
    review->status = status;
    const Timestamp now = m_access.now();
    if (auto c = record_change(m_db, "review", std::to_string(id), review->location_id, to_json(*review), now); !c) {
        return c;
    }
    access::AuditEvent event;
    event.at = now;
    event.device_time = command.device_time;
    event.actor_id = caller.user.id;
    event.actor = caller.user.username;
    event.action = command.name;
    event.location = review->location_id;
    event.subject = "review:" + std::to_string(id);
    event.details = {{"status", to_string(status)}};
    auto audited = m_access.audit().append(event);
    if (!audited) return audited.error();
    return {};
}

Result<void> SyncService::apply(const access::Caller& caller, const Command& command) {
    if (command.name == "review.set_status") return set_review_status(caller, command);
    return make_error(ErrorCode::invalid_argument, "unknown command '" + command.name.substr(0, 64) + "'");
}

Result<PushResult> SyncService::push(const access::Caller& caller, const std::string& client_id,
                                     const std::vector<Command>& commands) {
    if (auto bound = m_access.check_client(caller, client_id); !bound) return bound.error();
    if (commands.size() > static_cast<std::size_t>(kMaxCommandsPerPush)) {
        return make_error(ErrorCode::too_large, "at most " + std::to_string(kMaxCommandsPerPush) + " commands per push");
    }
    PushResult result;
    auto last = last_mutation_id(client_id);
    if (!last) return last.error();
    result.last_mutation_id = *last;
    for (const Command& command : commands) {
        if (command.mutation_id <= result.last_mutation_id) {
            ++result.skipped;  // applied before: a replay after a crash or a reconnect
            continue;
        }
        if (command.mutation_id != result.last_mutation_id + 1) {
            return make_error(ErrorCode::conflict, "mutation " + std::to_string(command.mutation_id) +
                                                       " arrived before " +
                                                       std::to_string(result.last_mutation_id + 1) +
                                                       "; push the commands in order");
        }
        auto tx = store::Transaction::begin(m_db);
        if (!tx) return tx.error();
        Result<void> outcome;
        {
            auto savepoint = store::Transaction::begin(m_db);  // a refused command leaves no trace
            if (!savepoint) return savepoint.error();
            outcome = apply(caller, command);
            if (outcome) {
                if (auto c = savepoint->commit(); !c) return c.error();
            }
        }
        if (outcome) {
            ++result.applied;
            result.changed = true;
        } else {
            const Error& error = outcome.error();
            if (error.code == ErrorCode::io || error.code == ErrorCode::internal) {
                return error;  // the engine failed, not the command: the desk retries later
            }
            if (auto r = record_refusal(m_db, client_id, command, error, m_access.now()); !r) return r.error();
            result.refused.push_back({command.mutation_id, std::string(to_string(error.code)), error.message});
        }
        if (auto s = set_last_mutation_id(m_db, client_id, command.mutation_id); !s) return s.error();
        if (auto c = tx->commit(); !c) return c.error();
        result.last_mutation_id = command.mutation_id;
    }
    return result;
}

Result<PullResult> SyncService::pull(const access::Caller& caller, const std::string& client_id, std::int64_t cursor,
                                     int limit) {
    if (auto bound = m_access.check_client(caller, client_id); !bound) return bound.error();
    if (limit < 1 || limit > 5000) return make_error(ErrorCode::invalid_argument, "limit: must be from 1 to 5000");
    if (cursor < 0) return make_error(ErrorCode::invalid_argument, "cursor: must not be negative");
    PullResult result;
    result.cursor = cursor;
    std::string sql = "SELECT seq, entity, entity_id, op, payload FROM change_log WHERE seq > ?1";
    if (!caller.scope.all()) {
        sql += " AND location_id IN (SELECT value FROM json_each(?3))";
    }
    sql += " ORDER BY seq LIMIT ?2";
    auto stmt = m_db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, cursor).bind(2, limit + 1);
    if (!caller.scope.all()) {
        Json scope = Json::array();
        for (const auto& l : caller.scope.locations()) scope.push_back(l);
        stmt->bind(3, scope.dump());
    }
    auto changes = store::collect_rows<Change>(*stmt, [](const store::Statement& s) -> Result<Change> {
        auto payload = parse_json(s.text(4));
        if (!payload) return payload.error();
        return Change{s.int64(0), s.string(1), s.string(2), s.string(3), std::move(*payload)};
    });
    if (!changes) return changes.error();
    result.more = changes->size() > static_cast<std::size_t>(limit);
    if (result.more) changes->pop_back();
    result.changes = std::move(*changes);
    if (!result.changes.empty()) result.cursor = result.changes.back().seq;

    auto last = last_mutation_id(client_id);
    if (!last) return last.error();
    result.last_mutation_id = *last;
    auto refusals = m_db.prepare(
        "SELECT mutation_id, code, message FROM sync_refusal WHERE client_id = ?1 ORDER BY mutation_id");
    if (!refusals) return refusals.error();
    refusals->bind(1, client_id);
    auto list = store::collect_rows<Refusal>(*refusals, [](const store::Statement& s) -> Result<Refusal> {
        return Refusal{s.int64(0), s.string(1), s.string(2)};
    });
    if (!list) return list.error();
    result.refusals = std::move(*list);
    return result;
}

Result<std::vector<Command>> commands_from_json(const Json& list) {
    if (!list.is_array()) return make_error(ErrorCode::invalid_argument, "commands: must be a list");
    std::vector<Command> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        JsonReader r(list[i], "commands[" + std::to_string(i) + "]");
        Command c;
        c.mutation_id = r.integer("mutation_id", 1, std::numeric_limits<std::int64_t>::max());
        c.name = r.string("name", 64);
        c.device_time = r.optional_timestamp("device_time");
        const Json* args = r.child("args");
        if (r.ok() && args && !args->is_object()) r.fail("args", "must be an object");
        if (!r.ok()) return r.error();
        if (args) c.args = *args;
        out.push_back(std::move(c));
    }
    return out;
}

Json to_json(const PushResult& result) {
    Json refused = Json::array();
    for (const auto& r : result.refused) {
        refused.push_back({{"mutation_id", r.mutation_id}, {"code", r.code}, {"message", r.message}});
    }
    return {{"last_mutation_id", result.last_mutation_id},
            {"applied", result.applied},
            {"skipped", result.skipped},
            {"refused", refused}};
}

Json to_json(const PullResult& result) {
    Json changes = Json::array();
    for (const auto& c : result.changes) {
        changes.push_back({{"seq", c.seq}, {"entity", c.entity}, {"id", c.entity_id}, {"op", c.op}, {"value", c.payload}});
    }
    Json refusals = Json::array();
    for (const auto& r : result.refusals) {
        refusals.push_back({{"mutation_id", r.mutation_id}, {"code", r.code}, {"message", r.message}});
    }
    return {{"cursor", result.cursor},
            {"changes", changes},
            {"more", result.more},
            {"last_mutation_id", result.last_mutation_id},
            {"refusals", refusals}};
}

}  // namespace outpost::sync
