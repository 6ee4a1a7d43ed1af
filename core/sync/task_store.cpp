#include "sync/task_store.h"

#include "store/repositories.h"

namespace outpost::sync {

Result<bool> insert_task(store::Database& db, const NewTask& t, TaskSla sla) {
    auto stmt = db.prepare(
        "INSERT INTO task(id, type, source, source_id, profile_id, location_id, urgency, status, created_at, "
        "updated_at, summary, reasons, suggested_action) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'new', ?8, ?8, ?9, ?10, ?11) "
        "ON CONFLICT(id) DO NOTHING");
    if (!stmt) return stmt.error();
    stmt->bind(1, t.id)
        .bind(2, t.type)
        .bind(3, t.source)
        .bind(4, t.source_id)
        .bind(5, t.profile)
        .bind(6, t.location.value())
        .bind(7, t.urgency)
        .bind(8, store::to_db(t.now))
        .bind(9, t.summary)
        .bind(10, t.reasons)
        .bind(11, t.suggested_action);
    if (auto done = stmt->run(); !done) return done.error();
    if (db.changes() == 0) return false;
    if (static_cast<int>(t.level) > static_cast<int>(sla.level)) sla.level = t.level;
    if (auto done = write_task_sla(db, t.id, sla); !done) return done.error();
    return true;
}

}  // namespace outpost::sync
