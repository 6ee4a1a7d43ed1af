#include "sync/sync_service.h"

#include <limits>
#include <map>

#include "store/repositories.h"
#include "sync/commands.h"
#include "sync/entities.h"

namespace outpost::sync {
namespace {

Result<void> record_change(store::Database& db, const EntityKind& kind, const EntityRef& ref,
                           const std::optional<Json>& row, const std::optional<LocationId>& fallback_location,
                           Timestamp at) {
    auto stmt = db.prepare(
        "INSERT INTO change_log(entity, entity_id, location_id, op, payload, at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt) return stmt.error();
    std::optional<std::string> location = row ? entity_location(kind, *row) : std::nullopt;
    if (!location && fallback_location) location = fallback_location->value();
    if (!location && kind.brand_wide) location = std::string(kEveryLocation);  // a brand-wide row's delete
    return stmt->bind(1, ref.entity)
        .bind(2, ref.id)
        .bind(3, location)
        .bind(4, std::string_view(row ? "put" : "delete"))
        .bind(5, row ? row->dump() : std::string("{}"))
        .bind(6, store::to_db(at))
        .run();
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

std::vector<std::string> scope_list(const Scope& scope) {
    return {scope.locations().begin(), scope.locations().end()};
}

// A read transaction: every query inside sees the same snapshot of the store (WAL).
class Snapshot {
public:
    explicit Snapshot(store::Database& db) : m_db(db) { m_open = !m_db.in_transaction() && m_db.exec("BEGIN").ok(); }
    ~Snapshot() {
        if (m_open) (void)m_db.exec("COMMIT");
    }
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;

private:
    store::Database& m_db;
    bool m_open = false;
};

}  // namespace

Result<ChangeRecorder> ChangeRecorder::prepare(store::Database& db, const EntityKind& kind) {
    auto columns = db.prepare("SELECT name FROM pragma_table_info(?1)");
    if (!columns) return columns.error();
    columns->bind(1, kind.table);
    std::string object;
    while (true) {
        auto has = columns->step();
        if (!has) return has.error();
        if (!*has) break;
        const std::string name = columns->string(0);
        object += (object.empty() ? "'" : ", '") + name + "', \"" + name + "\"";
    }
    if (object.empty()) return make_error(ErrorCode::internal, "no table " + std::string(kind.table));
    const std::string insert = "INSERT INTO change_log(entity, entity_id, location_id, op, payload, at) ";
    std::string location = kind.location.empty() ? "NULL" : "\"" + std::string(kind.location) + "\"";
    if (kind.brand_wide) location = "coalesce(" + location + ", '" + std::string(kEveryLocation) + "')";
    auto put = db.prepare(insert + "SELECT '" + std::string(kind.name) + "', ?1, " + location + ", 'put', json_object(" +
                          object + "), ?3 FROM \"" + std::string(kind.table) + "\" WHERE \"" + std::string(kind.key) +
                          "\" = ?2");
    if (!put) return put.error();
    // Deletes of brand-wide kinds reach every desk (a desk that never held the row ignores it).
    const std::string erased_at = kind.brand_wide ? "'" + std::string(kEveryLocation) + "'" : "NULL";
    auto erase = db.prepare(insert + "VALUES('" + std::string(kind.name) + "', ?1, " + erased_at + ", 'delete', '{}', ?2)");
    if (!erase) return erase.error();
    const std::string key = "\"" + std::string(kind.key) + "\"";
    std::string put_from = insert + "SELECT '" + std::string(kind.name) + "', CAST(" + key + " AS TEXT), " + location +
                           ", 'put', '', ?2 FROM \"" + std::string(kind.table) + "\" WHERE " + key + " >= ?1 ORDER BY " +
                           key;
    return ChangeRecorder(db, kind, std::move(*put), std::move(*erase), std::move(put_from));
}

Result<std::optional<Json>> change_value(store::Database& db, const std::string& entity, const std::string& id,
                                         std::string_view payload) {
    if (payload.empty()) {
        const EntityKind* kind = find_entity(entity);
        if (!kind) return make_error(ErrorCode::internal, "the change log names an unknown entity " + entity);
        return read_entity(db, *kind, id);
    }
    auto value = parse_json(payload);
    if (!value) return value.error();
    return std::optional<Json>(std::move(*value));
}

Result<void> ChangeRecorder::record_from(std::int64_t first, Timestamp at) {
    if (!m_kind->integer_key) return make_error(ErrorCode::internal, "record_from needs an integer key");
    auto stmt = m_db->prepare(m_put_from);
    if (!stmt) return stmt.error();
    return stmt->bind(1, first).bind(2, store::to_db(at)).run();
}

Result<void> ChangeRecorder::record(const std::string& id, Timestamp at) {
    m_put.bind(1, id).bind(3, store::to_db(at));
    bool bound = true;
    if (m_kind->integer_key) {
        try {
            m_put.bind(2, static_cast<std::int64_t>(std::stoll(id)));
        } catch (const std::exception&) {
            bound = false;  // no row can have this key
        }
    } else {
        m_put.bind(2, id);
    }
    if (bound) {
        if (auto r = m_put.run(); !r) return r;
        if (m_db->changes() > 0) return {};
    }
    return m_erase.bind(1, id).bind(2, store::to_db(at)).run();
}

Result<void> record_changes(store::Database& db, const std::vector<EntityRef>& rows, Timestamp at) {
    std::map<std::string, ChangeRecorder> recorders;
    for (const EntityRef& ref : rows) {
        auto it = recorders.find(ref.entity);
        if (it == recorders.end()) {
            const EntityKind* kind = find_entity(ref.entity);
            if (!kind) return make_error(ErrorCode::internal, "unknown entity " + ref.entity);
            auto recorder = ChangeRecorder::prepare(db, *kind);
            if (!recorder) return recorder.error();
            it = recorders.emplace(ref.entity, std::move(*recorder)).first;
        }
        if (auto r = it->second.record(ref.id, at); !r) return r;
    }
    return {};
}

Result<void> record_deletions(store::Database& db, const std::vector<EntityRef>& rows, const LocationId& location,
                              Timestamp at) {
    auto forget = db.prepare("DELETE FROM change_log WHERE entity = ?1 AND entity_id = ?2");
    if (!forget) return forget.error();
    for (const EntityRef& ref : rows) {
        const EntityKind* kind = find_entity(ref.entity);
        if (!kind) return make_error(ErrorCode::internal, "unknown entity " + ref.entity);
        forget->reset();
        if (auto f = forget->bind(1, ref.entity).bind(2, ref.id).run(); !f) return f;
        if (auto c = record_change(db, *kind, ref, std::nullopt, location, at); !c) return c;
    }
    return {};
}

Result<std::int64_t> SyncService::last_mutation_id(const std::string& client_id) {
    auto stmt = m_db.prepare("SELECT last_mutation_id FROM sync_client WHERE client_id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, client_id);
    auto has = stmt->step();
    if (!has) return has.error();
    return *has ? stmt->int64(0) : 0;
}

Result<void> SyncService::apply(const access::Caller& caller, const std::string& client_id, const Command& command) {
    CommandContext context;
    context.client_id = client_id;
    context.mutation_id = command.mutation_id;
    context.user_id = caller.user.id;
    context.user_name = caller.user.display_name;
    context.role = caller.user.role;
    context.now = m_access.now();
    context.scope = &caller.scope;
    context.assignee = [this](UserId id, const LocationId& location) -> Result<std::string> {
        auto user = m_access.users().get(id);
        if (!user) return make_error(ErrorCode::not_found, "no user " + std::to_string(id.value()));
        auto scope = m_access.scope_of(*user);
        if (!scope) return scope.error();
        if (user->disabled || !scope->contains(location)) {
            std::string place = location.value();
            if (auto named = m_db.prepare("SELECT name FROM location WHERE id = ?1"); named) {
                named->bind(1, location.value());
                if (auto has = named->step(); has && *has) place = named->string(0);
            }
            return make_error(ErrorCode::invalid_argument, user->display_name + " does not work at " + place);
        }
        return user->display_name;
    };
    auto prepared = prepare_command(m_db, context, command);
    if (!prepared) return prepared.error();
    auto changed = prepared->run();
    if (!changed) return changed.error();
    for (const EntityRef& ref : *changed) {
        const EntityKind* kind = find_entity(ref.entity);
        if (!kind) return make_error(ErrorCode::internal, "command changed an unknown entity " + ref.entity);
        auto row = read_entity(m_db, *kind, ref.id);
        if (!row) return row.error();
        if (auto c = record_change(m_db, *kind, ref, *row, prepared->location, context.now); !c) return c;
    }
    access::AuditEvent event;
    event.at = context.now;
    event.device_time = command.device_time;
    event.actor_id = caller.user.id;
    event.actor = caller.user.username;
    event.action = command.name;
    event.location = prepared->location;
    event.subject = prepared->subject;
    event.details = prepared->details;
    auto audited = m_access.audit().append(event);
    if (!audited) return audited.error();
    return {};
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
            outcome = apply(caller, client_id, command);
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
                                     int limit, std::int64_t confirmed) {
    if (auto bound = m_access.check_client(caller, client_id); !bound) return bound.error();
    if (limit < 1 || limit > kMaxPullLimit) {
        return make_error(ErrorCode::invalid_argument, "limit: must be from 1 to " + std::to_string(kMaxPullLimit));
    }
    if (cursor < 0) return make_error(ErrorCode::invalid_argument, "cursor: must not be negative");
    Snapshot snapshot(m_db);  // the changes and the last applied id must agree
    PullResult result;
    result.cursor = cursor;
    result.all_locations = caller.scope.all();
    result.scope = scope_list(caller.scope);
    std::string sql = "SELECT seq, entity, entity_id, op, payload FROM change_log WHERE seq > ?1";
    if (!caller.scope.all()) {
        sql += " AND (location_id IN (SELECT value FROM json_each(?3)) OR location_id = '" + std::string(kEveryLocation) + "')";
    }
    sql += " ORDER BY seq LIMIT ?2";
    auto stmt = m_db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, cursor).bind(2, limit + 1);
    if (!caller.scope.all()) stmt->bind(3, scope_json(caller.scope.locations()));
    auto changes = store::collect_rows<Change>(*stmt, [this](const store::Statement& s) -> Result<Change> {
        Change change{s.int64(0), s.string(1), s.string(2), s.string(3), Json()};
        if (change.op == "put") {
            auto value = change_value(m_db, change.entity, change.entity_id, s.text(4));
            if (!value) return value.error();
            if (*value) {
                change.payload = std::move(**value);
            } else {
                change.op = "delete";  // a named row that is gone
            }
        }
        return change;
    });
    if (!changes) return changes.error();
    result.more = changes->size() > static_cast<std::size_t>(limit);
    if (result.more) changes->pop_back();
    result.changes = std::move(*changes);
    if (!result.changes.empty()) {
        result.cursor = result.changes.back().seq;
    } else if (!result.more) {
        // Nothing in scope after the cursor: move it to the end of the log so the next pull starts there.
        auto top = m_db.query_int("SELECT coalesce(max(seq), 0) FROM change_log");
        if (!top) return top.error();
        result.cursor = std::max(cursor, *top);
    }

    auto last = last_mutation_id(client_id);
    if (!last) return last.error();
    result.last_mutation_id = *last;
    auto refusals = m_db.prepare(
        "SELECT mutation_id, code, message FROM sync_refusal WHERE client_id = ?1 AND mutation_id > ?2 "
        "ORDER BY mutation_id LIMIT 5000");
    if (!refusals) return refusals.error();
    refusals->bind(1, client_id).bind(2, confirmed);
    auto list = store::collect_rows<Refusal>(*refusals, [](const store::Statement& s) -> Result<Refusal> {
        return Refusal{s.int64(0), s.string(1), s.string(2)};
    });
    if (!list) return list.error();
    result.refusals = std::move(*list);
    return result;
}

Result<BootstrapManifest> SyncService::bootstrap_manifest(const access::Caller& caller, int page_size) {
    if (page_size < 1 || page_size > kMaxBootstrapPage) {
        return make_error(ErrorCode::invalid_argument, "page: must be from 1 to " + std::to_string(kMaxBootstrapPage));
    }
    Snapshot snapshot(m_db);
    BootstrapManifest manifest;
    manifest.all_locations = caller.scope.all();
    manifest.scope = scope_list(caller.scope);
    auto top = m_db.query_int("SELECT coalesce(max(seq), 0) FROM change_log");
    if (!top) return top.error();
    manifest.cursor = *top;
    const std::string scope = scope_json(caller.scope.locations());
    for (const EntityKind& kind : entity_kinds()) {
        // Pages cut the row id range evenly: counting and the ends of the range come from indexes,
        // without reading the rows. A page that turns out fuller than asked continues ("more").
        // (Three queries: count(*), min() and max() together would read the whole table.)
        const std::string where = caller.scope.all() ? "" : " WHERE " + scope_condition(kind, 1);
        std::int64_t figures[3] = {0, 0, 0};
        const char* aggregates[3] = {"count(*)", "min(rowid)", "max(rowid)"};
        for (int i = 0; i < 3; ++i) {
            auto stmt = m_db.prepare("SELECT coalesce(" + std::string(aggregates[i]) + ", 0) FROM " +
                                     std::string(kind.table) + where);
            if (!stmt) return stmt.error();
            if (!caller.scope.all()) stmt->bind(1, scope);
            auto has = stmt->step();
            if (!has) return has.error();
            figures[i] = stmt->int64(0);
        }
        BootstrapEntity entity;
        entity.entity = std::string(kind.name);
        entity.count = figures[0];
        if (entity.count > page_size) {
            const std::int64_t span = figures[2] - figures[1] + 1;
            const std::int64_t pages = (entity.count + page_size - 1) / page_size;
            for (std::int64_t k = 1; k < pages; ++k) entity.bounds.push_back(figures[1] - 1 + span * k / pages);
        }
        manifest.entities.push_back(std::move(entity));
    }
    return manifest;
}

Result<std::string> SyncService::bootstrap_page(const access::Caller& caller, const std::string& entity,
                                                std::int64_t after, std::optional<std::int64_t> until, int limit) {
    const EntityKind* kind = find_entity(entity);
    if (!kind) return make_error(ErrorCode::invalid_argument, "entity: unknown kind '" + entity.substr(0, 64) + "'");
    if (limit < 1 || limit > kMaxBootstrapPage) {
        return make_error(ErrorCode::invalid_argument, "limit: must be from 1 to " + std::to_string(kMaxBootstrapPage));
    }
    std::string sql = "SELECT rowid, * FROM " + std::string(kind->table) + " WHERE rowid > ?1 AND rowid <= ?4";
    if (!caller.scope.all()) sql += " AND " + scope_condition(*kind, 3);
    sql += " ORDER BY rowid LIMIT ?2";
    auto stmt = m_db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, after).bind(2, limit + 1).bind(4, until.value_or(std::numeric_limits<std::int64_t>::max()));
    if (!caller.scope.all()) stmt->bind(3, scope_json(caller.scope.locations()));
    // Written as text row by row: the entity and its columns come before the rows, so that a desk
    // can write each row while it reads the page.
    std::string out = "{\"v\":" + std::to_string(kSyncProtocolVersion) + ",\"entity\":";
    append_json_string(out, kind->name);
    std::int64_t next_after = after;
    bool more = false;
    int count = 0;
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        if (count == limit) {
            more = true;
            break;
        }
        if (count == 0) {
            out += ",\"columns\":[";
            for (int c = 1; c < stmt->column_count(); ++c) {
                if (c > 1) out.push_back(',');
                append_json_string(out, stmt->column_name(c));
            }
            out += "],\"rows\":[";
        } else {
            out.push_back(',');
        }
        append_row_json(out, *stmt, 1);
        next_after = stmt->int64(0);
        ++count;
    }
    out += count == 0 ? ",\"columns\":[],\"rows\":[]" : "]";
    out += ",\"next_after\":" + std::to_string(next_after) + ",\"more\":" + (more ? "true" : "false") + "}";
    return out;
}

}  // namespace outpost::sync
