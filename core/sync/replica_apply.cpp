// The engine's side of a desk's replica: pulls (with the rebase), announced changes (held, then
// committed in groups), bootstrap pages and checkpoints. The person's side (commands, outbox,
// sync issues) and opening the file are in replica.cpp.
#include "sync/replica.h"

#include <spdlog/spdlog.h>

#include "store/repositories.h"
#include "store/schema.h"
#include "sync/entities.h"

namespace outpost::sync {
namespace {

// Commands waiting and rows they changed: when nonzero, engine changes need a rebase.
constexpr std::string_view kOwnWork = "(SELECT count(*) FROM outbox) + (SELECT count(*) FROM shadow)";

// Which changes to write: a put carries the whole row as stored and a delete removes it, so of
// several changes to one row in a batch (a desk that fell behind a busy row) the last says all.
template <typename Changes>
std::vector<bool> last_of_each_row(const Changes& changes) {
    std::vector<bool> last(changes.size(), true);
    if (changes.size() < 2) return last;
    std::set<std::pair<std::string_view, std::string_view>> seen;
    for (std::size_t i = changes.size(); i-- > 0;) {
        last[i] = seen.emplace(changes[i].entity, changes[i].entity_id).second;
    }
    return last;
}

}  // namespace

bool Replica::changes_nothing(const PullResult& pull) {
    if (!pull.changes.empty() || !pull.refusals.empty()) return false;
    if (pull.cursor != cursor_locked() || pull.last_mutation_id != meta_int("confirmed")) return false;
    if (pull.all_locations != (meta_int("all_locations") == 1)) return false;
    return meta("scope", "[]").value_or("") == scope_json({pull.scope.begin(), pull.scope.end()});
}

Result<void> Replica::put_row(const EntityKind& kind, const FlatRow& row) {
    // Most changes a desk applies touch a few columns of a row it has: only those are written.
    auto updater = m_updaters.find(kind.name);
    if (updater == m_updaters.end()) {
        auto prepared = RowUpdater::prepare(m_db, kind);
        if (!prepared) return prepared.error();
        updater = m_updaters.emplace(kind.name, std::move(*prepared)).first;
    }
    auto updated = updater->second.update(row);
    if (!updated) return updated.error();
    if (*updated) return {};
    std::string key(kind.name);
    for (const auto& name : row.columns) key += '\x1f' + name;
    auto it = m_writers.find(key);
    if (it == m_writers.end()) {
        auto writer = RowWriter::prepare(m_db, kind, row.columns);
        if (!writer) return writer.error();
        it = m_writers.emplace(key, std::move(*writer)).first;
    }
    for (std::size_t c = 0; c < row.values.size(); ++c) it->second.bind(c, row.values[c]);
    return it->second.finish_row();
}

Result<void> Replica::apply_change(const EntityKind& kind, const Change& change) {
    if (change.op == "delete") return erase_entity(m_db, kind, change.entity_id);
    if (!change.payload.is_object()) return make_error(ErrorCode::invalid_argument, std::string(kind.name) + ": must be an object");
    return put_row(kind, flat_row(change.payload));
}

Result<void> Replica::apply_change(const EntityKind& kind, const AnnouncedChange& change) {
    return change.op == "delete" ? erase_entity(m_db, kind, change.entity_id) : put_row(kind, change.row);
}

Result<std::int64_t> Replica::own_work() {
    return m_db.query_int("SELECT " + std::string(kOwnWork));
}

Result<PullOutcome> Replica::apply_pull(const PullResult& pull) {
    std::lock_guard lock(m_mutex);
    if (changes_nothing(pull)) return PullOutcome{};  // up to date: no write at all
    // Nothing of this desk's own waiting and nothing refused: only the engine's changes to write.
    auto own = own_work();
    if (!own) return own.error();
    const bool quiet = *own == 0 && pull.refusals.empty() && pull.last_mutation_id == meta_int("confirmed");
    auto tx = begin_write();
    if (!tx) return tx.error();
    PullOutcome outcome;
    if (!quiet) {
        if (auto r = rewind(); !r) return r.error();
    }
    const auto last = last_of_each_row(pull.changes);
    for (std::size_t i = 0; i < pull.changes.size(); ++i) {
        const Change& change = pull.changes[i];
        const EntityKind* kind = find_entity(change.entity);
        if (!kind) continue;  // a kind this desk does not know yet
        ++outcome.changes;
        if (!last[i]) continue;
        if (auto done = apply_change(*kind, change); !done) return done.error();
    }
    auto grew = set_scope(pull.scope, pull.all_locations);
    if (!grew) return grew.error();
    if (*grew) {
        outcome.scope_grew = true;
        if (auto s = set_meta("bootstrapped", "0"); !s) return s.error();
    }
    if (auto s = set_meta("cursor", std::to_string(pull.cursor)); !s) return s.error();
    if (quiet) {
        if (auto r = store::refresh_desk_search(m_db); !r) return r.error();
        if (auto c = tx->commit(); !c) return c.error();
        return outcome;
    }

    // Refused commands become sync issues; their optimistic effect went with the rewind.
    for (const Refusal& refusal : pull.refusals) {
        auto move = m_db.prepare(
            "INSERT OR REPLACE INTO sync_issue(mutation_id, name, args, device_time, code, message, at) "
            "SELECT mutation_id, name, args, device_time, ?2, ?3, ?4 FROM outbox WHERE mutation_id = ?1");
        if (!move) return move.error();
        move->bind(1, refusal.mutation_id).bind(2, refusal.code).bind(3, refusal.message).bind(4, store::to_db(m_clock.now()));
        if (auto m = move->run(); !m) return m.error();
        auto drop = m_db.prepare("DELETE FROM outbox WHERE mutation_id = ?1");
        if (!drop) return drop.error();
        if (auto d = drop->bind(1, refusal.mutation_id).run(); !d) return d.error();
        if (m_db.query_int("SELECT changes()").value_or(0) > 0) ++outcome.refused;
    }
    // Commands the engine applied leave the outbox: their effects are in this page or a later one
    // of the same catch-up (the engine reads the changes and the last applied id in one snapshot).
    {
        auto before = m_db.query_int("SELECT count(*) FROM outbox");
        if (!before) return before.error();
        auto drop = m_db.prepare("DELETE FROM outbox WHERE mutation_id <= ?1");
        if (!drop) return drop.error();
        if (auto d = drop->bind(1, pull.last_mutation_id).run(); !d) return d.error();
        auto after = m_db.query_int("SELECT count(*) FROM outbox");
        if (!after) return after.error();
        outcome.confirmed = static_cast<int>(*before - *after);
        if (auto s = set_meta("confirmed", std::to_string(pull.last_mutation_id)); !s) return s.error();
    }
    if (auto r = reapply_pending(); !r) return r.error();
    if (auto r = store::refresh_desk_search(m_db); !r) return r.error();
    if (auto c = tx->commit(); !c) return c.error();
    return outcome;
}

Result<bool> Replica::apply_announced(const Announcement& announcement) {
    const std::int64_t from = announcement.from;
    const std::int64_t to = announcement.to;
    const auto& changes = announcement.changes;
    std::lock_guard lock(m_mutex);
    if (!m_held) {
        // Where the replica stands, in one statement. While changes are held only announcements
        // write (every other write commits them first), so it stays known until the commit.
        static const std::string kState =
            "SELECT coalesce((SELECT value FROM replica_meta WHERE key = 'cursor'), 0), "
            "coalesce((SELECT value FROM replica_meta WHERE key = 'bootstrapped'), 0), " + std::string(kOwnWork);
        auto state = m_db.prepare(kState);
        if (!state) return state.error();
        auto read = state->step();
        if (!read) return read.error();
        if (!*read) return false;
        const std::int64_t cursor = state->int64(0);
        const bool bootstrapped = state->int64(1) == 1;
        const bool own = state->int64(2) > 0;  // commands waiting and rows they changed: a rebase
        state->reset();
        if (from > cursor || !bootstrapped) return false;
        if (to <= cursor) return true;  // nothing new
        auto held = store::Transaction::begin(m_db);
        if (!held) return held.error();
        m_held.emplace(Held{std::move(*held), cursor, own});
        std::uniform_int_distribution<std::int64_t> hold(kMaxHold.count() / 2, kMaxHold.count());
        m_settle_at = std::chrono::steady_clock::now() + std::chrono::milliseconds(hold(m_hold_random));
    }
    const std::int64_t cursor = m_held->cursor;
    const bool own = m_held->own_work;
    if (from > cursor) return false;
    if (to <= cursor) return true;
    // Written straight into the held transaction: when they cannot be, all that is held goes back
    // with its cursor and the next pull brings it again (cheaper than a savepoint per announcement).
    const auto write = [&]() -> Result<void> {
        if (own) {
            if (auto r = rewind(); !r) return r;
        }
        const auto last = last_of_each_row(changes);
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const AnnouncedChange& change = changes[i];
            const EntityKind* kind = find_entity(change.entity);
            if (change.seq <= cursor || !last[i] || !kind) continue;
            if (auto done = apply_change(*kind, change); !done) return done;
        }
        if (own) return reapply_pending();
        return {};
    };
    if (auto written = write(); !written) {
        m_held.reset();
        return written.error();
    }
    m_held->cursor = to;  // written with the commit
    // A desk that keeps hearing of changes still makes them durable every kMaxHold.
    if (std::chrono::steady_clock::now() >= m_settle_at) {
        if (auto s = settle_locked(); !s) return s.error();
    }
    return true;
}

Replica::~Replica() {
    std::lock_guard lock(m_mutex);
    if (auto s = settle_locked(); !s) spdlog::warn("replica: held changes not kept ({}); the next pull brings them", s.error().message);
}

Result<void> Replica::settle() {
    std::lock_guard lock(m_mutex);
    return settle_locked();
}

bool Replica::holding() {
    std::lock_guard lock(m_mutex);
    return m_held.has_value();
}

Result<void> Replica::settle_locked() {
    if (!m_held) return {};
    // The search rows of people the held changes edited: rebuilt once, in the same commit. When
    // that fails they stay marked (the next search rebuilds them) and the changes are kept anyway.
    if (auto r = store::refresh_desk_search(m_db); !r) spdlog::warn("replica: search rows left to rebuild: {}", r.error().message);
    auto committed = set_meta("cursor", std::to_string(m_held->cursor));
    if (committed) committed = m_held->tx.commit();
    m_held.reset();  // after a failure this rolls back: the cursor goes back with the changes
    return committed;
}

Result<store::Transaction> Replica::begin_write() {
    if (auto s = settle_locked(); !s) return s.error();
    return store::Transaction::begin(m_db);
}

Result<void> Replica::checkpoint() {
    std::lock_guard lock(m_mutex);
    if (auto s = settle_locked(); !s) return s;
    if (auto r = store::refresh_desk_search(m_db); !r) return r;  // people this desk's own commands edited
    return m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Result<void> Replica::begin_bootstrap(const BootstrapManifest& manifest) {
    std::lock_guard lock(m_mutex);
    auto tx = begin_write();
    if (!tx) return tx.error();
    if (auto r = rewind(); !r) return r;
    if (auto s = set_scope(manifest.scope, manifest.all_locations); !s) return s.error();
    if (auto s = set_meta("bootstrap_cursor", std::to_string(manifest.cursor)); !s) return s;
    return tx->commit();
}

Result<void> Replica::apply_page(const Page& page) {
    std::lock_guard lock(m_mutex);
    auto tx = begin_write();
    if (!tx) return tx.error();
    if (auto w = write_page(m_db, page); !w) return w;
    return tx->commit();
}

Result<void> Replica::finish_bootstrap() {
    std::lock_guard lock(m_mutex);
    auto tx = begin_write();
    if (!tx) return tx.error();
    const std::int64_t cursor = meta_int("bootstrap_cursor");
    // A desk bootstrapping again (its scope grew) keeps its later cursor: the rows are newer anyway.
    if (auto s = set_meta("cursor", std::to_string(std::max(cursor, meta_int("cursor")))); !s) return s;
    if (auto s = set_meta("bootstrapped", "1"); !s) return s;
    if (auto s = set_meta("loaded_once", "1"); !s) return s;
    if (auto r = reapply_pending(); !r) return r;
    return tx->commit();
}

}  // namespace outpost::sync
