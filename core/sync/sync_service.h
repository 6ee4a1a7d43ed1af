#pragma once
// The engine's side of offline-first sync (see sync/protocol.h for the messages).
//
// The engine applies command n of a desk client only when n is the client's last applied id + 1,
// each in its own transaction together with the new last id: a replayed command (n <= last) is
// skipped, a gap is refused. A command refused for a business reason (scope, validation, conflict)
// still advances the last id and is recorded for the desk, so one bad command never blocks the
// queue. Every change gets a global sequence number in the change log; a pull returns the changes
// of the caller's scope after a cursor, read in one snapshot together with the last applied id.

#include <optional>
#include <string>
#include <vector>

#include "access/access_service.h"
#include "store/database.h"
#include "sync/entities.h"
#include "sync/protocol.h"

namespace outpost::sync {

// Writes the current state of rows into the change log (for writes outside commands: imports).
[[nodiscard]] Result<void> record_changes(store::Database& db, const std::vector<EntityRef>& rows, Timestamp at);
// Records that rows were removed (tombstones): desks whose scope holds `location` remove them on
// their next pull. The rows' earlier versions leave the change log, so that no desk catching up
// from an older cursor writes the removed data back first.
[[nodiscard]] Result<void> record_deletions(store::Database& db, const std::vector<EntityRef>& rows,
                                            const LocationId& location, Timestamp at);

// The value of a change-log "put": the row the entry carries as JSON (`payload`), or, for an entry
// that only names its row (an empty payload, written by ChangeRecorder::record_from), the row as
// it is stored when the change is read; nothing when that row no longer exists (the change is then
// a delete). Pulls and the engine's announcements read every entry through it.
[[nodiscard]] Result<std::optional<Json>> change_value(store::Database& db, const std::string& entity,
                                                       const std::string& id, std::string_view payload);

// Writes the current state of rows of one kind into the change log, with statements prepared once:
// SQLite reads the row and encodes it as the JSON object of its columns in the same statement, so
// an import of a hundred thousand rows builds no JSON documents. A row that no longer exists is
// logged as deleted. record_changes() goes through it.
class ChangeRecorder {
public:
    [[nodiscard]] static Result<ChangeRecorder> prepare(store::Database& db, const EntityKind& kind);
    [[nodiscard]] Result<void> record(const std::string& id, Timestamp at);
    // Records every row whose integer key is `first` or more, in key order, in one statement (an
    // import's new rows, when nothing else writes the table in its transaction). These entries name
    // their row and carry no copy of it (see change_value): a desk receives the row as stored when
    // it pulls, which for a row written once and kept at its location (an imported review) is the
    // row as imported or newer, and the store does not hold each imported row twice. A later
    // change of the row has its own entry; a deletion recorded by record_deletions() removes them.
    [[nodiscard]] Result<void> record_from(std::int64_t first, Timestamp at);

private:
    ChangeRecorder(store::Database& db, const EntityKind& kind, store::Statement put, store::Statement erase,
                   std::string put_from)
        : m_db(&db), m_kind(&kind), m_put(std::move(put)), m_erase(std::move(erase)), m_put_from(std::move(put_from)) {}
    store::Database* m_db;
    const EntityKind* m_kind;
    store::Statement m_put;
    store::Statement m_erase;
    std::string m_put_from;  // SQL of record_from, prepared when used
};

class SyncService {
public:
    SyncService(store::Database& db, access::AccessService& access) : m_db(db), m_access(access) {}

    [[nodiscard]] Result<PushResult> push(const access::Caller& caller, const std::string& client_id,
                                          const std::vector<Command>& commands);
    // `confirmed`: the last mutation id the desk already knows about; older refusals are left out.
    [[nodiscard]] Result<PullResult> pull(const access::Caller& caller, const std::string& client_id,
                                          std::int64_t cursor, int limit, std::int64_t confirmed = 0);

    // An empty desk's first load: what there is in the caller's scope, then page by page.
    [[nodiscard]] Result<BootstrapManifest> bootstrap_manifest(const access::Caller& caller, int page_size);
    // One page as JSON text: {"v","entity","columns":[...],"rows":[[...],...],"next_after","more"}, the
    // rows with ids in (after, until], at most `limit` (more: the rest follows after next_after).
    [[nodiscard]] Result<std::string> bootstrap_page(const access::Caller& caller, const std::string& entity,
                                                     std::int64_t after, std::optional<std::int64_t> until, int limit);

private:
    [[nodiscard]] Result<void> apply(const access::Caller& caller, const std::string& client_id, const Command& command);
    [[nodiscard]] Result<std::int64_t> last_mutation_id(const std::string& client_id);

    store::Database& m_db;
    access::AccessService& m_access;
};

}  // namespace outpost::sync
