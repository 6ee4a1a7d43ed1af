#pragma once
// What happens to an ingested review after triage (issue #4), for imports and webhooks alike:
//
//  * Routing. low: stays in the location's inbox. medium: a manager task (source review,
//    source_id the review id, urgency high; rules::task_for decides the rating rule). high
//    (safety, injury, discrimination, legal, health or privacy data): an urgent task owned by the
//    region from the start, reasons including "legal", with an evidence bundle (task_evidence: the
//    review, the linked customer if any, their recent visits, prior notes, tasks and reviews).
//    Task ids are "review/<review id>": one task per review, and none while another open task
//    names the review.
//  * SLA clocks (sync/review_sla.h), started at ingest in the location's business hours. An
//    influential author (the platform's mark, or at least 100 reviews written) gets the 2 h reply.
//  * Alerts (rules/review_alerts.h) for the locations that received complaints or reviews from
//    new accounts, at most one open alert per location and kind.
//
// Only fresh reviews take part: posted at most 7 days before ingest. Older ones are a backfill of
// history (an export of last year's reviews): they are stored and triaged, but nobody owes them a
// 1 h acknowledgement, and they are not a spike "in the last 30 minutes".

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/review.h"
#include "rules/business_calendar.h"
#include "rules/review_triage.h"
#include "store/database.h"
#include "sync/task_sla.h"
#include "sync/entities.h"

namespace outpost::ingest {

inline constexpr std::chrono::hours kFreshReview{24 * 7};
inline constexpr std::int64_t kInfluentialReviewCount = 100;

struct FlowReview {
    const Review* review = nullptr;  // stored: id set
    const rules::Triage* triage = nullptr;
    std::optional<std::int64_t> author_review_count;
    bool author_influential = false;
};

struct FlowSummary {
    std::int64_t tasks = 0;
    std::int64_t clocks = 0;
    std::int64_t alerts = 0;
};

[[nodiscard]] bool influential(const FlowReview& r);

// One per import, inside its transaction.
class ReviewFlow {
public:
    ReviewFlow(store::Database& db, Timestamp now) : m_db(db), m_now(now) {}

    // Routes one stored review and starts its clocks (fresh reviews only).
    [[nodiscard]] Result<void> route(const FlowReview& r);
    // Raises the alerts of the locations routed and records every row written in the change log.
    [[nodiscard]] Result<FlowSummary> finish();

private:
    [[nodiscard]] Result<void> open_task(const FlowReview& r);
    [[nodiscard]] Result<void> raise(const std::string& location, const std::string& kind, const std::string& detail);

    store::Database& m_db;
    Timestamp m_now;
    sync::CalendarCache m_calendars;
    std::set<std::string> m_complaints;    // locations that received a fresh complaint
    std::set<std::string> m_new_accounts;  // locations that received a fresh review from a new account
    std::vector<sync::EntityRef> m_changed;
    FlowSummary m_summary;
};

}  // namespace outpost::ingest
