// Engine migration 11 (issue #4, the review flow): what happens after a review is triaged.
#include "store/schema.h"

namespace outpost::store {
namespace {

// Shared with the desks. Author signals from the platform shape (the number of reviews the author
// has written, and the platform's or aggregator's "influential" flag) feed the fake-review burst
// and the 2 h clock of influential authors. review_sla holds one SLA clock per (review, obligation)
// as SlaClock::serialise writes it, with what the engine last worked out from it, like a task's.
// An alert is open until someone acknowledges it; at most one open alert per location and kind.
// task_evidence is the bundle a high-severity review's task carries to the region and legal.
constexpr std::string_view kReviewFlowShared = R"sql(
ALTER TABLE review ADD COLUMN author_review_count INTEGER;
ALTER TABLE review ADD COLUMN author_influential INTEGER NOT NULL DEFAULT 0;
CREATE TABLE review_sla (
    id               TEXT PRIMARY KEY,
    review_id        INTEGER NOT NULL,
    item_type        TEXT NOT NULL,
    location_id      TEXT NOT NULL,
    priority         TEXT NOT NULL,
    clock            TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'warning', 'breached', 'met')),
    escalation_level TEXT NOT NULL DEFAULT 'location' CHECK (escalation_level IN ('location', 'region', 'corporate')),
    due_at           INTEGER,
    warning_at       INTEGER,
    next_deadline    INTEGER,
    started_at       INTEGER NOT NULL,
    completed_at     INTEGER,
    UNIQUE (review_id, item_type)
);
CREATE INDEX review_sla_open_deadline ON review_sla(next_deadline) WHERE completed_at IS NULL;
CREATE TABLE alert (
    id                TEXT PRIMARY KEY,
    location_id       TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('complaint_spike', 'fake_review_burst')),
    detail            TEXT NOT NULL DEFAULT '{}',
    raised_at         INTEGER NOT NULL,
    acknowledged_by   INTEGER,
    acknowledged_name TEXT NOT NULL DEFAULT '',
    acknowledged_at   INTEGER
);
CREATE UNIQUE INDEX alert_open ON alert(location_id, kind) WHERE acknowledged_at IS NULL;
CREATE TABLE task_evidence (
    task_id     TEXT PRIMARY KEY,
    location_id TEXT NOT NULL,
    bundle      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
)sql";

constexpr std::string_view kReviewFlowSharedTitle = "review flow: author signals, review SLA clocks, alerts, task evidence";

// Engine only: the decision on each visit's review request (sent, skipped with a reason, or
// suppressed after a complaint), and the messages the sandbox channel recorded instead of sending.
constexpr std::string_view kReviewRequests = R"sql(
CREATE INDEX visit_visited ON visit(visited_at);
CREATE TABLE review_request (
    visit_id    INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL,
    location_id TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('sent', 'skipped', 'suppressed')),
    reason      TEXT NOT NULL DEFAULT '',
    channel     TEXT NOT NULL DEFAULT '',
    message_id  TEXT NOT NULL DEFAULT '',
    decided_at  INTEGER NOT NULL
);
CREATE INDEX review_request_profile ON review_request(profile_id, decided_at);
CREATE TABLE sandbox_message (
    id          INTEGER PRIMARY KEY,
    channel     TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    profile_id  INTEGER,
    location_id TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    body        TEXT NOT NULL,
    sent_at     INTEGER NOT NULL
);
)sql";

}  // namespace

Migration review_flow_migration(int version) {
    return sql_migration(version, kReviewFlowSharedTitle, kReviewFlowShared);
}

Migration review_flow_engine_migration(int version) {
    return Migration{version, "review flow: routing, review SLAs, alerts, review requests",
                     [](Database& db) -> Result<void> {
                         if (auto r = db.exec(kReviewFlowShared); !r) return r;
                         return db.exec(kReviewRequests);
                     }};
}

}  // namespace outpost::store
