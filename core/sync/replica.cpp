#include "sync/replica.h"

#include <spdlog/spdlog.h>

#include "access/crypto.h"
#include "domain/enums.h"
#include "store/migrations.h"
#include "store/repositories.h"
#include "store/schema.h"
#include "sync/commands.h"
#include "sync/entities.h"

namespace outpost::sync {
namespace {

constexpr std::string_view kReplicaTables = R"sql(
CREATE TABLE replica_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE outbox (
    mutation_id INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    args        TEXT NOT NULL,
    device_time INTEGER NOT NULL
);
CREATE TABLE shadow (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    payload   TEXT,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
CREATE TABLE sync_issue (
    mutation_id INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    args        TEXT NOT NULL,
    device_time INTEGER,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    at          INTEGER NOT NULL
);
)sql";

std::vector<store::Migration> replica_migrations() {
    auto shared = store::shared_entity_migrations();
    std::vector<store::Migration> list(shared.begin(), shared.end());
    const int next = static_cast<int>(list.size()) + 1;
    list.push_back(store::sql_migration(next, "replica: meta, outbox, shadows, sync issues", kReplicaTables));
    // Added after the replica's own tables, so replicas created before tasks existed only gain it.
    list.push_back(store::task_migration(next + 1));
    list.push_back(store::task_work_migration(next + 2));
    list.push_back(store::profile_contract_migration(next + 3));
    list.push_back(store::review_triage_migration(next + 4));
    list.push_back(store::review_flow_migration(next + 5));
    list.push_back(store::reply_migration(next + 6));
    list.push_back(store::desk_profile_migration(next + 7));
    list.push_back(store::walk_in_consent_migration(next + 8));
    list.push_back(store::desk_customer_migration(next + 9));
    list.push_back(store::desk_search_trigger_migration(next + 10));
    list.push_back(store::desk_search_keys_migration(next + 11));
    list.push_back(store::desk_search_deferred_migration(next + 12));
    return list;
}

std::string new_client_id() {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id = "desk-";
    for (auto b : access::random_bytes(8)) {
        id += kHex[b >> 4];
        id += kHex[b & 15];
    }
    return id;
}

Result<Command> command_from_row(const store::Statement& s) {
    auto args = parse_json(s.text(2));
    if (!args) return args.error();
    Command c;
    c.mutation_id = s.int64(0);
    c.name = s.string(1);
    c.args = std::move(*args);
    if (!s.is_null(3)) c.device_time = store::from_db(s.int64(3));
    return c;
}
}  // namespace

Result<std::unique_ptr<Replica>> Replica::open(const std::string& path, const std::string& key, const Clock& clock) {
    auto db = store::Database::open(path, key, store::OpenMode::create_if_missing);
    if (!db) return db.error();
    // The engine keeps the rows consistent; a replica holds only part of them (a review may name
    // a customer of another location), so references are not enforced here.
    if (auto off = db->exec("PRAGMA foreign_keys = OFF"); !off) return off.error();
    // One connection per replica, in one process: holding the file lock saves the lock calls of
    // every transaction, and a second program opening the same replica is refused (busy).
    if (auto mode = db->exec("PRAGMA locking_mode = EXCLUSIVE"); !mode) return mode.error();
    // Checkpoints (which wait for the disk) run when the desk is idle (checkpoint()), not in the
    // middle of applying changes someone is waiting to see.
    if (auto wal = db->exec("PRAGMA wal_autocheckpoint = 0"); !wal) return wal.error();
    // Every page read from the file is decrypted and checked again; SQLite's default cache (2 MB)
    // holds little of a location's replica, so changes spread over many members kept reading the
    // pages they had just written. The cache grows only as pages are read.
    if (auto cache = db->exec("PRAGMA cache_size = -" + std::to_string(kPageCacheKiB)); !cache) return cache.error();
    const auto migrations = replica_migrations();
    if (auto m = store::migrate(*db, migrations); !m) return m.error();
    std::unique_ptr<Replica> replica(new Replica(std::move(*db), clock));
    auto id = replica->meta("client_id", "");
    if (!id) return id.error();
    if (id->empty()) {
        if (auto s = replica->set_meta("client_id", new_client_id()); !s) return s.error();
    }
    return replica;
}

Result<std::string> Replica::meta(const std::string& key, const std::string& fallback) {
    auto stmt = m_db.prepare("SELECT value FROM replica_meta WHERE key = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, key);
    auto has = stmt->step();
    if (!has) return has.error();
    return *has ? stmt->string(0) : fallback;
}

Result<void> Replica::set_meta(const std::string& key, const std::string& value) {
    auto stmt = m_db.prepare(
        "INSERT INTO replica_meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt) return stmt.error();
    return stmt->bind(1, key).bind(2, value).run();
}

std::int64_t Replica::meta_int(const std::string& key) {
    auto value = meta(key, "0");
    if (!value) return 0;
    try {
        return std::stoll(*value);
    } catch (const std::exception&) {
        return 0;
    }
}

std::string Replica::client_id() {
    std::lock_guard lock(m_mutex);
    return meta("client_id", "").value_or("");
}

Result<void> Replica::set_user(UserId id, const std::string& display_name, std::optional<Role> role) {
    std::lock_guard lock(m_mutex);
    auto tx = begin_write();
    if (!tx) return tx.error();
    if (auto s = set_meta("user_id", std::to_string(id.value())); !s) return s;
    if (auto s = set_meta("user_name", display_name); !s) return s;
    if (auto s = set_meta("role", role ? std::string(to_string(*role)) : std::string()); !s) return s;
    return tx->commit();
}

bool Replica::bootstrapped() {
    std::lock_guard lock(m_mutex);
    return meta_int("bootstrapped") == 1;
}

std::int64_t Replica::cursor() {
    std::lock_guard lock(m_mutex);
    return cursor_locked();
}

std::int64_t Replica::cursor_locked() {
    return m_held ? m_held->cursor : meta_int("cursor");
}

std::int64_t Replica::confirmed() {
    std::lock_guard lock(m_mutex);
    return meta_int("confirmed");
}

std::set<std::string> Replica::scope() {
    std::lock_guard lock(m_mutex);
    std::set<std::string> out;
    auto text = meta("scope", "[]");
    if (!text) return out;
    auto list = parse_json(*text);
    if (!list || !list->is_array()) return out;
    for (const auto& l : *list) {
        if (l.is_string()) out.insert(l.get<std::string>());
    }
    return out;
}

bool Replica::all_locations() {
    std::lock_guard lock(m_mutex);
    return meta_int("all_locations") == 1;
}

std::int64_t Replica::pending_count() {
    std::lock_guard lock(m_mutex);
    return m_db.query_int("SELECT count(*) FROM outbox").value_or(0);
}

Result<void> Replica::apply_optimistic(const Command& command) {
    CommandContext context;
    context.client_id = meta("client_id", "").value_or("");
    context.mutation_id = command.mutation_id;
    context.user_id = UserId(meta_int("user_id"));
    context.user_name = meta("user_name", "").value_or("");
    context.role = enum_from_string<Role>(meta("role", "").value_or(""));
    context.now = command.device_time.value_or(m_clock.now());
    context.optimistic = true;
    auto prepared = prepare_command(m_db, context, command);
    if (!prepared) return prepared.error();
    for (const EntityRef& ref : prepared->touches) {
        const EntityKind* kind = find_entity(ref.entity);
        if (!kind) continue;
        auto kept = m_db.prepare("SELECT 1 FROM shadow WHERE entity = ?1 AND entity_id = ?2");
        if (!kept) return kept.error();
        kept->bind(1, ref.entity).bind(2, ref.id);
        auto has = kept->step();
        if (!has) return has.error();
        if (*has) continue;  // an earlier pending command kept the engine's version already
        auto row = read_entity(m_db, *kind, ref.id);
        if (!row) return row.error();
        auto keep = m_db.prepare("INSERT INTO shadow(entity, entity_id, payload) VALUES(?1, ?2, ?3)");
        if (!keep) return keep.error();
        keep->bind(1, ref.entity).bind(2, ref.id).bind(3, *row ? std::optional<std::string>((*row)->dump()) : std::nullopt);
        if (auto k = keep->run(); !k) return k;
    }
    auto ran = prepared->run();
    if (!ran) return ran.error();
    return {};
}

Result<std::int64_t> Replica::submit_locked(const std::string& name, const Json& args) {
    auto tx = begin_write();
    if (!tx) return tx.error();
    Command command;
    command.mutation_id = meta_int("last_issued") + 1;
    command.name = name;
    command.args = args;
    command.device_time = m_clock.now();
    {
        auto savepoint = store::Transaction::begin(m_db);  // a command that cannot apply leaves nothing
        if (!savepoint) return savepoint.error();
        if (auto applied = apply_optimistic(command); !applied) return applied.error();
        if (auto c = savepoint->commit(); !c) return c.error();
    }
    auto queue = m_db.prepare("INSERT INTO outbox(mutation_id, name, args, device_time) VALUES(?1, ?2, ?3, ?4)");
    if (!queue) return queue.error();
    queue->bind(1, command.mutation_id).bind(2, name).bind(3, args.dump()).bind(4, store::to_db(*command.device_time));
    if (auto q = queue->run(); !q) return q.error();
    if (auto s = set_meta("last_issued", std::to_string(command.mutation_id)); !s) return s.error();
    if (auto c = tx->commit(); !c) return c.error();
    return command.mutation_id;
}

Result<std::int64_t> Replica::submit(const std::string& name, Json args) {
    if (!args.is_object()) return make_error(ErrorCode::invalid_argument, "args: must be an object");
    std::lock_guard lock(m_mutex);
    if (meta_int("loaded_once") != 1) {
        return make_error(ErrorCode::unavailable, "this desk has not loaded its data yet; wait for the first sync");
    }
    return submit_locked(name, args);
}

std::vector<SyncIssue> Replica::issues() {
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare(
        "SELECT mutation_id, name, args, device_time, code, message, at FROM sync_issue ORDER BY mutation_id");
    if (!stmt) return {};
    auto list = store::collect_rows<SyncIssue>(*stmt, [](const store::Statement& s) -> Result<SyncIssue> {
        SyncIssue issue;
        issue.mutation_id = s.int64(0);
        issue.name = s.string(1);
        issue.args = parse_json(s.text(2)).value_or(Json::object());
        if (!s.is_null(3)) issue.device_time = store::from_db(s.int64(3));
        issue.code = s.string(4);
        issue.message = s.string(5);
        issue.at = store::from_db(s.int64(6));
        return issue;
    });
    return list.value_or(std::vector<SyncIssue>{});
}

Result<std::int64_t> Replica::retry_issue(std::int64_t mutation_id) {
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("SELECT name, args FROM sync_issue WHERE mutation_id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, mutation_id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no sync issue for command " + std::to_string(mutation_id));
    const std::string name = stmt->string(0);
    auto args = parse_json(stmt->text(1));
    if (!args) return args.error();
    stmt->reset();
    auto tx = begin_write();
    if (!tx) return tx.error();
    auto id = submit_locked(name, *args);
    if (!id) return id.error();
    auto drop = m_db.prepare("DELETE FROM sync_issue WHERE mutation_id = ?1");
    if (!drop) return drop.error();
    if (auto d = drop->bind(1, mutation_id).run(); !d) return d.error();
    if (auto c = tx->commit(); !c) return c.error();
    return *id;
}

Result<void> Replica::discard_issue(std::int64_t mutation_id) {
    std::lock_guard lock(m_mutex);
    if (auto s = settle_locked(); !s) return s;
    auto stmt = m_db.prepare("DELETE FROM sync_issue WHERE mutation_id = ?1");
    if (!stmt) return stmt.error();
    return stmt->bind(1, mutation_id).run();
}

Result<std::vector<Command>> Replica::unpushed(int limit) {
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare(
        "SELECT mutation_id, name, args, device_time FROM outbox WHERE mutation_id > ?1 ORDER BY mutation_id LIMIT ?2");
    if (!stmt) return stmt.error();
    stmt->bind(1, std::max(meta_int("pushed"), meta_int("confirmed"))).bind(2, limit);
    return store::collect_rows<Command>(*stmt, command_from_row);
}

Result<void> Replica::note_pushed(std::int64_t last_mutation_id) {
    std::lock_guard lock(m_mutex);
    if (auto s = settle_locked(); !s) return s;
    return set_meta("pushed", std::to_string(last_mutation_id));
}

Result<void> Replica::rewind() {
    auto stmt = m_db.prepare("SELECT entity, entity_id, payload FROM shadow");
    if (!stmt) return stmt.error();
    struct Kept {
        std::string entity, id;
        std::optional<std::string> payload;
    };
    auto kept = store::collect_rows<Kept>(*stmt, [](const store::Statement& s) -> Result<Kept> {
        return Kept{s.string(0), s.string(1), s.is_null(2) ? std::nullopt : std::optional<std::string>(s.string(2))};
    });
    if (!kept) return kept.error();
    stmt->reset();
    for (const Kept& k : *kept) {
        const EntityKind* kind = find_entity(k.entity);
        if (!kind) continue;
        if (!k.payload) {
            if (auto e = erase_entity(m_db, *kind, k.id); !e) return e;
            continue;
        }
        auto row = parse_json(*k.payload);
        if (!row) return row.error();
        if (auto e = erase_entity(m_db, *kind, k.id); !e) return e;  // columns a command added go too
        if (auto w = write_entity(m_db, *kind, *row); !w) return w;
    }
    return m_db.exec("DELETE FROM shadow");
}

Result<void> Replica::reapply_pending() {
    // Commands the engine has answered (pushed) are in its changes already, or were refused:
    // applying them again on top would count twice what is not idempotent (a draft's version).
    auto stmt = m_db.prepare(
        "SELECT mutation_id, name, args, device_time FROM outbox WHERE mutation_id > ?1 ORDER BY mutation_id");
    if (!stmt) return stmt.error();
    stmt->bind(1, meta_int("pushed"));
    auto pending = store::collect_rows<Command>(*stmt, command_from_row);
    if (!pending) return pending.error();
    stmt->reset();
    for (const Command& command : *pending) {
        auto savepoint = store::Transaction::begin(m_db);
        if (!savepoint) return savepoint.error();
        // A command that no longer applies here (its row left the scope, say) stays queued: the
        // engine decides, and a refusal comes back as a sync issue.
        if (auto applied = apply_optimistic(command); applied) {
            if (auto c = savepoint->commit(); !c) return c;
        }
    }
    return {};
}

Result<bool> Replica::set_scope(const std::vector<std::string>& scope, bool all) {
    std::set<std::string> wanted(scope.begin(), scope.end());
    std::set<std::string> held;
    if (auto text = meta("scope", "[]"); text) {
        if (auto list = parse_json(*text); list && list->is_array()) {
            for (const auto& l : *list) {
                if (l.is_string()) held.insert(l.get<std::string>());
            }
        }
    }
    const bool held_all = meta_int("all_locations") == 1;
    if (all == held_all && wanted == held) return false;
    bool grew = all && !held_all;
    for (const auto& l : wanted) grew = grew || (!held_all && !held.contains(l));
    if (!all) {
        // Rows outside the new scope leave the replica.
        const std::string bound = scope_json(wanted);
        for (const EntityKind& kind : entity_kinds()) {
            if (kind.name == "brand") continue;
            auto prune = m_db.prepare("DELETE FROM " + std::string(kind.table) + " WHERE NOT (" +
                                      scope_condition(kind, 1) + ")");
            if (!prune) return prune.error();
            if (auto p = prune->bind(1, bound).run(); !p) return p.error();
        }
    }
    if (auto s = set_meta("scope", scope_json(wanted)); !s) return s.error();
    if (auto s = set_meta("all_locations", all ? "1" : "0"); !s) return s.error();
    return grew;
}

std::int64_t Replica::issue_count() {
    std::lock_guard lock(m_mutex);
    return m_db.query_int("SELECT count(*) FROM sync_issue").value_or(0);
}

}  // namespace outpost::sync
