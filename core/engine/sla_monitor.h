#pragma once
// The engine's watch over task deadlines (issue #5): every open task with an SLA clock sits in a
// deadline index under its next warning or breach, so a tick touches only the tasks whose moment
// has come, never all open tasks.
//
// A tick re-evaluates each due task's clock at `now`; when its state (ok -> warning -> breached) or
// escalation level (location -> region -> corporate) moved, it writes the task, adds a history row
// and records both in the change log (desks receive them like any change), and answers a notice.
// Levels only rise: a task escalated by hand keeps its level. Tasks changed by commands are
// re-indexed from the change log (follow_changes), so no caller has to tell the monitor.
//
// Review clocks (review_sla rows, sync/review_sla.h) sit in the same index under the id
// "review:<review id>:<item type>" and move the same way; they have no history table, so a move is
// the row's change alone.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "rules/business_calendar.h"
#include "rules/deadline_index.h"
#include "store/database.h"
#include "sync/task_sla.h"

namespace outpost::engine {

struct SlaNotice {
    std::string item_id;  // a task id, or "review:<review id>:<item type>"
    LocationId location;
    std::string kind;   // sla_warning, sla_breached, escalated
    std::string level;  // location, region, corporate
};

class SlaMonitor {
public:
    SlaMonitor(store::Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Indexes every open task that has a next deadline; follows the change log from its end.
    [[nodiscard]] Result<void> load();
    // Re-indexes the tasks changed since the last call (or load).
    [[nodiscard]] Result<void> follow_changes();
    // Handles every deadline up to now, in one transaction.
    [[nodiscard]] Result<std::vector<SlaNotice>> tick();

    [[nodiscard]] std::optional<Timestamp> next_deadline() const;
    [[nodiscard]] std::size_t indexed() const { return m_index.size(); }

private:
    struct OpenTask;
    [[nodiscard]] Result<void> reindex(const std::string& id);
    [[nodiscard]] Result<std::optional<SlaNotice>> handle(const std::string& id, Timestamp fired, Timestamp now);
    [[nodiscard]] Result<void> index_rows(const char* sql, const std::string& prefix);

    store::Database& m_db;
    const Clock& m_clock;
    rules::DeadlineIndex m_index;
    std::int64_t m_cursor = 0;
    sync::CalendarCache m_calendars;
};

}  // namespace outpost::engine
