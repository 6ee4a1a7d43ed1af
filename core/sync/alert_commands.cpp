// alert.acknowledge {alert_id}: a person has seen an alert (a complaint spike, a suspected fake-review
// burst, ingest/review_flow.h) and takes it from there. Stores who and when; the alert stops being
// "open", so the location can raise a new one of the same kind.
//
// Design: acknowledging is idempotent. Two desks that acknowledge the same alert while offline both
// meant "seen": the second is not a conflict to resolve, so it succeeds and changes nothing — the
// first person and time stay. It still answers the alert as changed, so the change log carries the
// engine's row again and a desk that applied its own acknowledgement optimistically is corrected
// to the first one at its next pull. An unknown id is not_found; an alert outside the caller's
// locations is permission_denied, with the same wording as the other commands.
#include "sync/command_support.h"

#include "store/repositories.h"

namespace outpost::sync::detail {

Result<PreparedCommand> alert_acknowledge(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("alert_id", 300);
    if (!r.ok()) return r.error();
    auto stmt = db.prepare("SELECT location_id, kind, acknowledged_at IS NOT NULL, acknowledged_name FROM alert WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no alert " + id);
    const LocationId location(stmt->string(0));
    const std::string kind = stmt->string(1);
    const bool already = stmt->int64(2) != 0;
    const std::string first_by = stmt->string(3);
    if (auto s = in_scope(c, location, "alert " + id); !s) return s.error();

    PreparedCommand p = prepared_for({"alert", id}, location);
    p.details = {{"alert", id}, {"kind", kind}, {"already_acknowledged", already}};
    if (already) p.details["acknowledged_by"] = first_by;
    p.run = [&db, c, id, already]() -> Changed {
        if (!already) {
            auto done = run_sql(db,
                                "UPDATE alert SET acknowledged_by = ?2, acknowledged_name = ?3, acknowledged_at = ?4 "
                                "WHERE id = ?1 AND acknowledged_at IS NULL",
                                [&](store::Statement& s) {
                                    s.bind(1, id).bind(2, c.user_id.value()).bind(3, c.user_name).bind(4, store::to_db(c.now));
                                });
            if (!done) return done.error();
        }
        return std::vector<EntityRef>{{"alert", id}};
    };
    return p;
}

}  // namespace outpost::sync::detail
