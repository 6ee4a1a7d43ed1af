#pragma once
// The engine's side of offline-first sync (Replicache-style push/pull).
//
// A desk numbers its commands 1, 2, 3 ... per sync client. The engine applies command n only when
// n is the client's last applied id + 1, each in its own transaction together with the new last id:
// a replayed command (n <= last) is skipped, a gap is refused. A command refused for a business
// reason (scope, validation, conflict) still advances the last id and is recorded for the desk,
// so one bad command never blocks the queue. Every change gets a global sequence number in the
// change log; a pull returns the changes of the caller's scope after a cursor.

#include <optional>
#include <string>
#include <vector>

#include "access/access_service.h"
#include "domain/json_codec.h"
#include "store/database.h"

namespace outpost::sync {

struct Command {
    std::int64_t mutation_id = 0;
    std::string name;  // "review.set_status", ...
    Json args = Json::object();
    std::optional<Timestamp> device_time;  // when the desk says it happened
};

struct Refusal {
    std::int64_t mutation_id = 0;
    std::string code;
    std::string message;
};

struct PushResult {
    std::int64_t last_mutation_id = 0;
    int applied = 0;
    int skipped = 0;  // replays of commands already applied
    std::vector<Refusal> refused;
    bool changed = false;  // something new is in the change log
};

struct Change {
    std::int64_t seq = 0;
    std::string entity;     // "review"
    std::string entity_id;
    std::string op;         // "put" or "delete"
    Json payload;           // the entity as it is now (for "put")
};

struct PullResult {
    std::int64_t cursor = 0;  // pass it to the next pull
    std::vector<Change> changes;
    bool more = false;
    std::int64_t last_mutation_id = 0;  // the desk drops confirmed commands up to this id
    std::vector<Refusal> refusals;      // refused commands the desk has not confirmed yet
};

class SyncService {
public:
    SyncService(store::Database& db, access::AccessService& access) : m_db(db), m_access(access) {}

    [[nodiscard]] Result<PushResult> push(const access::Caller& caller, const std::string& client_id,
                                          const std::vector<Command>& commands);
    [[nodiscard]] Result<PullResult> pull(const access::Caller& caller, const std::string& client_id,
                                          std::int64_t cursor, int limit);

    static constexpr int kMaxCommandsPerPush = 500;

private:
    // Applies one command inside the caller's transaction; a refusal comes back as an Error.
    [[nodiscard]] Result<void> apply(const access::Caller& caller, const Command& command);
    [[nodiscard]] Result<void> set_review_status(const access::Caller& caller, const Command& command);
    [[nodiscard]] Result<std::int64_t> last_mutation_id(const std::string& client_id);

    store::Database& m_db;
    access::AccessService& m_access;
};

[[nodiscard]] Result<std::vector<Command>> commands_from_json(const Json& list);
[[nodiscard]] Json to_json(const PushResult& result);
[[nodiscard]] Json to_json(const PullResult& result);

}  // namespace outpost::sync
