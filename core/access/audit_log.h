#pragma once
// The tamper-evident audit log: append-only rows numbered 1, 2, 3 ..., each holding the hash of the
// row before it. Changing, deleting or reordering a row breaks the chain at that row.

#include <optional>
#include <string>
#include <vector>

#include "domain/json_codec.h"
#include "domain/user.h"
#include "store/database.h"

namespace outpost::access {

struct AuditEvent {
    Timestamp at;                          // engine time (sync time for offline actions)
    std::optional<Timestamp> device_time;  // when the desk says it happened, for offline actions
    std::optional<UserId> actor_id;
    std::string actor;                     // username, or "system"
    std::string action;                    // "login", "user.create", "review.push", "profile.open" ...
    std::optional<LocationId> location;
    std::string subject;                   // what was acted on; person ids only as pseudonyms
    Json details = Json::object();         // no personal data
};

struct AuditRow {
    std::int64_t seq = 0;
    AuditEvent event;
    std::string prev_hash;
    std::string hash;
};

struct AuditQuery {
    std::optional<std::string> actor;
    std::optional<std::string> action_prefix;
    std::optional<LocationId> location;
    std::optional<Timestamp> from;
    std::optional<Timestamp> to;
    int limit = 200;
    std::optional<std::int64_t> before_seq;  // paging: rows with a smaller seq
};

struct AuditVerdict {
    std::int64_t rows_checked = 0;
    std::optional<std::int64_t> first_broken_seq;  // empty when the chain is intact
    std::string problem;
};

class AuditLog {
public:
    explicit AuditLog(store::Database& db) : m_db(db) {}

    // Appends inside the caller's transaction when there is one.
    [[nodiscard]] Result<std::int64_t> append(const AuditEvent& event);
    [[nodiscard]] Result<std::vector<AuditRow>> query(const AuditQuery& query);
    [[nodiscard]] Result<AuditVerdict> verify();

    static constexpr std::string_view kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

private:
    store::Database& m_db;
};

[[nodiscard]] Json to_json(const AuditRow& row);

}  // namespace outpost::access
