#pragma once
// SLA clocks on reviews (domain notes §4), in the same model as tasks (rules/sla.h, TaskSla): one
// row per (review, obligation) in review_sla, id "<review id>:<item type>", with the clock as
// SlaClock::serialise writes it and what was last worked out from it, so desks show the same
// countdown offline. The engine's SlaMonitor watches them beside the tasks.
//
// Obligations of a review (review_obligations):
//   every review           public reply: 24 h (normal), 2 h for an influential author (urgent)
//   negative (1-2 stars,   acknowledge 1 h (high), private outreach 48-72 h (normal: warning at
//   or severity >= medium)   48 h, breach at 72 h), resolution 72 h, then the region (high)
// A clock is completed when its obligation is met: review.set_status acknowledged completes the
// acknowledgement, replied also the public reply, resolved every clock of the review; a posted
// reply calls complete_review_sla itself.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "rules/business_calendar.h"
#include "rules/review_triage.h"
#include "rules/sla.h"
#include "store/database.h"
#include "sync/entities.h"
#include "sync/task_sla.h"

namespace outpost::sync {

struct ReviewObligation {
    rules::SlaItemType type;
    rules::SlaPriority priority;
};

// Which clocks a review runs. Pure.
[[nodiscard]] std::vector<ReviewObligation> review_obligations(int rating, rules::Severity severity, bool influential);

[[nodiscard]] std::string review_sla_id(std::int64_t review_id, rules::SlaItemType type);
[[nodiscard]] std::optional<rules::SlaItemType> sla_item_type_from_string(std::string_view text);

// Starts the review's clocks at `now` in the location's calendar (rows already there are kept);
// answers the rows written, for the change log.
[[nodiscard]] Result<std::vector<EntityRef>> start_review_slas(store::Database& db, std::int64_t review_id,
                                                               const LocationId& location,
                                                               const std::vector<ReviewObligation>& obligations,
                                                               const rules::BusinessCalendar& calendar, Timestamp now);

// Completes one clock of a review at `now` (the obligation is met). Answers the row when it
// changed, nothing when the review runs no such clock or it was already completed. The caller
// records the change: a command returns it among its changed rows, other writers call
// record_changes.
[[nodiscard]] Result<std::optional<EntityRef>> complete_review_sla(store::Database& db, std::int64_t review_id,
                                                                   rules::SlaItemType type, Timestamp now);

// One stored review clock.
struct ReviewSlaRow {
    std::string id;
    std::int64_t review_id = 0;
    rules::SlaItemType type = rules::SlaItemType::review_public_reply;
    LocationId location;
    std::string priority;
    std::string clock;
    std::string state;
    std::string level;
    bool completed = false;
};
[[nodiscard]] Result<std::optional<ReviewSlaRow>> find_review_sla(store::Database& db, const std::string& id);
// The row's clock restored under its policy; nothing when it runs none.
[[nodiscard]] Result<std::optional<rules::SlaClock>> restore_review_clock(const ReviewSlaRow& row);
// Writes the SLA columns (and completed_at when given).
[[nodiscard]] Result<void> write_review_sla(store::Database& db, const std::string& id, const TaskSla& sla,
                                            std::optional<Timestamp> completed_at = std::nullopt);

}  // namespace outpost::sync
