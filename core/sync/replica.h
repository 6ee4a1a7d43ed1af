#pragma once
// A desk's encrypted replica (SQLCipher) of exactly its user's scope, with the durable outbox.
//
// Every change a person makes is a command: submit() applies it to the replica at once
// (optimistic) and stores it in the outbox in the same transaction, numbered 1, 2, 3 ... for this
// desk's sync client. Before a command first writes a row, the row as the engine last sent it is
// kept aside ("shadow"). A pull then rebases: shadows are restored, the engine's changes applied,
// confirmed commands leave the outbox, refused ones become sync issues (their effect is gone with
// the shadows), and the commands still pending are applied again on top.
//
// One connection, one mutex: the sync thread and the screens use the replica through it.
//
// Engine changes announced over the WebSocket are applied at once but made durable in groups:
// they stay in one open transaction ("held") on the replica's only connection, where every screen
// sees them, until the desk is idle for a moment (settle()), a second has passed, or anything
// else writes (a command, a pull, a bootstrap, a checkpoint commits them first). A crash loses
// only held changes together with the cursor that covers them, and the next pull brings them
// again; a person's commands are never held.

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "store/database.h"
#include "domain/user.h"
#include "sync/announcement.h"
#include "sync/entities.h"
#include "sync/protocol.h"

namespace outpost::sync {

struct DeskIdentity {
    std::string client_id;
    UserId user_id;
    std::string user_name;
};

struct SyncIssue {
    std::int64_t mutation_id = 0;
    std::string name;
    Json args;
    std::optional<Timestamp> device_time;
    std::string code;     // permission_denied, invalid_argument, conflict, not_found ...
    std::string message;  // the engine's reason
    Timestamp at;         // when the desk learnt of it
};

struct PullOutcome {
    int changes = 0;
    int confirmed = 0;  // commands that left the outbox
    int refused = 0;    // commands that became sync issues
    bool scope_grew = false;  // new locations: the desk must bootstrap their rows
};

class Replica {
public:
    // Opens (or creates) the replica file. A new replica gets its own random sync client id.
    [[nodiscard]] static Result<std::unique_ptr<Replica>> open(const std::string& path, const std::string& key,
                                                               const Clock& clock);
    ~Replica();  // commits held changes
    Replica(const Replica&) = delete;
    Replica& operator=(const Replica&) = delete;

    [[nodiscard]] std::string client_id();
    // Who makes the commands; remembered in the file.
    // The desk's user; with the role the desk checks role rules (approvals, reassignment) itself.
    [[nodiscard]] Result<void> set_user(UserId id, const std::string& display_name,
                                        std::optional<Role> role = std::nullopt);

    // ---- the person's side ----
    // Applies a command optimistically and queues it; answers its mutation id. A command that
    // cannot apply here (unknown review, bad arguments) is refused at once and not queued.
    [[nodiscard]] Result<std::int64_t> submit(const std::string& name, Json args);
    [[nodiscard]] std::int64_t pending_count();
    [[nodiscard]] std::vector<SyncIssue> issues();
    // Submits the command of an issue again (as a new command) and removes the issue.
    [[nodiscard]] Result<std::int64_t> retry_issue(std::int64_t mutation_id);
    [[nodiscard]] Result<void> discard_issue(std::int64_t mutation_id);

    // Runs `read` with the replica's connection (reads only; the screens' queries).
    template <typename Fn>
    auto read(Fn&& read) {
        std::lock_guard lock(m_mutex);
        return read(m_db);
    }

    // ---- the sync side ----
    [[nodiscard]] bool bootstrapped();
    [[nodiscard]] std::int64_t cursor();
    [[nodiscard]] std::int64_t confirmed();  // the last mutation id the engine is known to have handled
    // The oldest queued commands the engine has not acknowledged yet, at most `limit`.
    [[nodiscard]] Result<std::vector<Command>> unpushed(int limit);
    // The engine answered a push: later pushes start after `last_mutation_id`.
    [[nodiscard]] Result<void> note_pushed(std::int64_t last_mutation_id);
    [[nodiscard]] Result<PullOutcome> apply_pull(const PullResult& pull);
    // Changes the engine announced over its WebSocket, covering (from, to] of the change log:
    // applied (with a rebase when commands wait) when `from` is at or before the cursor; false
    // when there is a gap (a pull must run).
    [[nodiscard]] Result<bool> apply_announced(const Announcement& announcement);
    // Commits the announced changes still held (nothing when none are); the runner calls it when idle.
    [[nodiscard]] Result<void> settle();
    [[nodiscard]] bool holding();
    // Announced changes are held at most this long while more keep coming: each hold lasts a
    // random time between half of it and all of it, so that desks sharing a machine (a terminal
    // server, the propagation benchmark), which hear the same edits at the same moment, do not
    // all commit at once.
    static constexpr std::chrono::milliseconds kMaxHold{2000};
    // The replica's page cache, at most (SQLite allocates it as pages are read).
    static constexpr int kPageCacheKiB = 64 * 1024;
    [[nodiscard]] std::int64_t issue_count();
    // Copies the write-ahead log back into the file (the sync runner calls it when idle).
    [[nodiscard]] Result<void> checkpoint();

    [[nodiscard]] Result<void> begin_bootstrap(const BootstrapManifest& manifest);
    // Writes the rows of one page of GET /v1/bootstrap?entity=... (see parse_page).
    [[nodiscard]] Result<void> apply_page(const Page& page);
    [[nodiscard]] Result<void> finish_bootstrap();

    // The locations this replica holds (empty with all_locations()).
    [[nodiscard]] std::set<std::string> scope();
    [[nodiscard]] bool all_locations();

private:
    Replica(store::Database db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

    [[nodiscard]] Result<std::string> meta(const std::string& key, const std::string& fallback);
    [[nodiscard]] Result<void> set_meta(const std::string& key, const std::string& value);
    // Every write but an announcement's: held changes are committed first, then a transaction begins.
    [[nodiscard]] Result<store::Transaction> begin_write();
    [[nodiscard]] Result<void> settle_locked();
    [[nodiscard]] std::int64_t meta_int(const std::string& key);
    [[nodiscard]] std::int64_t cursor_locked();
    [[nodiscard]] Result<std::int64_t> submit_locked(const std::string& name, const Json& args);
    // Applies one command to the replica, keeping the rows it touches in the shadow first.
    [[nodiscard]] Result<void> apply_optimistic(const Command& command);
    [[nodiscard]] Result<void> rewind();
    [[nodiscard]] bool changes_nothing(const PullResult& pull);
    // Commands waiting and rows they changed: when nonzero, engine changes need a rebase.
    [[nodiscard]] Result<std::int64_t> own_work();
    // Writes a row: its changed columns when the replica has it, else an insert (statements kept
    // per kind and set of columns).
    [[nodiscard]] Result<void> put_row(const EntityKind& kind, const FlatRow& row);
    [[nodiscard]] Result<void> apply_change(const EntityKind& kind, const Change& change);
    [[nodiscard]] Result<void> apply_change(const EntityKind& kind, const AnnouncedChange& change);
    [[nodiscard]] Result<void> reapply_pending();
    [[nodiscard]] Result<bool> set_scope(const std::vector<std::string>& scope, bool all);

    store::Database m_db;
    const Clock& m_clock;
    std::mutex m_mutex;
    // Declared after m_db: their statements are finalized before it closes.
    std::map<std::string, RowWriter> m_writers;
    std::map<std::string_view, RowUpdater> m_updaters;  // by kind
    // Announced changes not committed yet, the cursor they reach (written with the commit) and
    // whether commands of this desk wait (each announcement is then applied with a rebase).
    struct Held {
        store::Transaction tx;
        std::int64_t cursor = 0;
        bool own_work = false;
    };
    std::optional<Held> m_held;
    std::chrono::steady_clock::time_point m_settle_at;  // when held changes are committed at the latest
    std::minstd_rand m_hold_random{std::random_device{}()};
};

}  // namespace outpost::sync
