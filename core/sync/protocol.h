#pragma once
// The messages of offline-first sync (Replicache-style push/pull), shared by the engine and desks.
//
// A desk numbers its commands 1, 2, 3 ... per sync client and pushes them in order; the engine
// answers with the last mutation id it applied and the refusals. A pull returns the changes of the
// caller's scope after a cursor, the last applied mutation id (the desk drops those commands from
// its outbox) and the refusals after the id the desk already knows. A bootstrap streams the rows
// of the caller's scope, page by page, for an empty desk.

#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/json_codec.h"

namespace outpost::sync {

// Every message carries it; a desk that speaks another version is told to update.
inline constexpr int kSyncProtocolVersion = 1;
inline constexpr int kMaxCommandsPerPush = 500;
inline constexpr int kMaxPullLimit = 5000;
inline constexpr int kMaxBootstrapPage = 20000;

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

struct Change {
    std::int64_t seq = 0;
    std::string entity;  // "review"
    std::string entity_id;
    std::string op;  // "put" or "delete"
    Json payload;    // the row as it is now (for "put")
};

struct PullResult {
    std::int64_t cursor = 0;  // pass it to the next pull
    std::vector<Change> changes;
    bool more = false;
    std::int64_t last_mutation_id = 0;  // the desk drops confirmed commands up to this id
    std::vector<Refusal> refusals;      // refused commands after the id the desk said it knows
    std::vector<std::string> scope;     // the caller's locations now; empty with all_locations
    bool all_locations = false;
};

struct PushResult {
    std::int64_t last_mutation_id = 0;
    int applied = 0;
    int skipped = 0;  // replays of commands already applied
    std::vector<Refusal> refused;
    bool changed = false;  // something new is in the change log
    // The pull that follows, read right after the commands were applied, when the push named the
    // desk's cursor: a busy desk's round is then one request, not two.
    std::optional<PullResult> pull;
};

// What an empty desk loads: the rows of each kind in its scope, cut into pages by row id (so a desk
// can fetch the next page while it writes one), and the change log position to pull from afterwards.
struct BootstrapEntity {
    std::string entity;
    std::int64_t count = 0;
    std::vector<std::int64_t> bounds;  // page k holds row ids in (bounds[k-1], bounds[k]]; the last page is open
};

struct BootstrapManifest {
    std::int64_t cursor = 0;
    std::vector<BootstrapEntity> entities;
    std::vector<std::string> scope;
    bool all_locations = false;
};

[[nodiscard]] Json to_json(const Command& command);
[[nodiscard]] Json to_json(const PushResult& result);
[[nodiscard]] Json to_json(const PullResult& result);
[[nodiscard]] Json to_json(const BootstrapManifest& manifest);

[[nodiscard]] Result<std::vector<Command>> commands_from_json(const Json& list);
[[nodiscard]] Result<PushResult> push_result_from_json(Json&& j);  // moves a pull's payloads out
[[nodiscard]] Result<PullResult> pull_result_from_json(const Json& j);
[[nodiscard]] Result<PullResult> pull_result_from_json(Json&& j);  // moves the payloads out
[[nodiscard]] Result<BootstrapManifest> manifest_from_json(const Json& j);

}  // namespace outpost::sync
