#include "store/schema.h"

#include "store/profile_schema.h"

#include <vector>

namespace outpost::store {
namespace {

constexpr std::string_view kOrganisation = R"sql(
CREATE TABLE brand (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE region (
    id       TEXT PRIMARY KEY,
    brand_id TEXT NOT NULL REFERENCES brand(id),
    name     TEXT NOT NULL
);
CREATE TABLE location (
    id         TEXT PRIMARY KEY,
    region_id  TEXT NOT NULL REFERENCES region(id),
    name       TEXT NOT NULL,
    address    TEXT NOT NULL DEFAULT '',
    time_zone  TEXT NOT NULL,
    hours_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX location_region ON location(region_id);
)sql";

constexpr std::string_view kCustomers = R"sql(
CREATE TABLE profile (
    id                   INTEGER PRIMARY KEY,
    external_id          TEXT UNIQUE,
    first_name           TEXT NOT NULL,
    last_name            TEXT NOT NULL DEFAULT '',
    primary_phone        TEXT NOT NULL DEFAULT '',
    primary_email        TEXT NOT NULL DEFAULT '',
    home_location_id     TEXT NOT NULL REFERENCES location(id),
    membership_status    TEXT NOT NULL,
    consent_sms          INTEGER NOT NULL DEFAULT 0,
    consent_email        INTEGER NOT NULL DEFAULT 0,
    lifetime_value_cents INTEGER NOT NULL DEFAULT 0,
    last_activity_at     INTEGER
);
CREATE INDEX profile_home_location ON profile(home_location_id);
CREATE TABLE visit (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES profile(id),
    location_id TEXT NOT NULL REFERENCES location(id),
    visited_at  INTEGER NOT NULL
);
CREATE INDEX visit_profile ON visit(profile_id, visited_at);
CREATE INDEX visit_location ON visit(location_id, visited_at);
CREATE TABLE lead (
    id          INTEGER PRIMARY KEY,
    location_id TEXT NOT NULL REFERENCES location(id),
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL,
    status      TEXT NOT NULL,
    message     TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);
CREATE INDEX lead_location ON lead(location_id, created_at);
)sql";

constexpr std::string_view kReviews = R"sql(
CREATE TABLE review (
    id                 INTEGER PRIMARY KEY,
    platform           TEXT NOT NULL,
    platform_review_id TEXT NOT NULL,
    location_id        TEXT NOT NULL REFERENCES location(id),
    rating             INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    text               TEXT NOT NULL DEFAULT '',
    author             TEXT NOT NULL DEFAULT '',
    posted_at          INTEGER NOT NULL,
    profile_id         INTEGER REFERENCES profile(id),
    status             TEXT NOT NULL DEFAULT 'open',
    UNIQUE (platform, platform_review_id)
);
CREATE INDEX review_location_posted ON review(location_id, posted_at DESC);
CREATE INDEX review_posted ON review(posted_at DESC);
)sql";

constexpr std::string_view kAccess = R"sql(
CREATE TABLE app_user (
    id                  INTEGER PRIMARY KEY,
    username            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name        TEXT NOT NULL,
    role                TEXT NOT NULL,
    password_hash       TEXT NOT NULL,
    totp_secret         BLOB,
    mfa_enabled         INTEGER NOT NULL DEFAULT 0,
    disabled            INTEGER NOT NULL DEFAULT 0,
    failed_logins       INTEGER NOT NULL DEFAULT 0,
    locked_until        INTEGER,
    created_at          INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL
);
CREATE TABLE user_scope (
    user_id  INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('region', 'location')),
    scope_id TEXT NOT NULL,
    PRIMARY KEY (user_id, kind, scope_id)
) WITHOUT ROWID;
CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES app_user(id),
    device_id  TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX session_user ON session(user_id);
CREATE TABLE desk_client (
    client_id     TEXT PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES app_user(id),
    device_id     TEXT NOT NULL,
    registered_at INTEGER NOT NULL
);
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    device_time INTEGER,
    actor_id    INTEGER,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    location_id TEXT,
    subject     TEXT NOT NULL DEFAULT '',
    details     TEXT NOT NULL DEFAULT '{}',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_actor ON audit_log(actor, seq);
CREATE INDEX audit_location ON audit_log(location_id, seq);
CREATE TABLE engine_secret (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
INSERT INTO engine_secret(name, value) VALUES ('log_pseudonym_key', randomblob(32));
)sql";

constexpr std::string_view kSync = R"sql(
CREATE TABLE sync_client (
    client_id        TEXT PRIMARY KEY,
    last_mutation_id INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE change_log (
    seq         INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    location_id TEXT,
    op          TEXT NOT NULL CHECK (op IN ('put', 'delete')),
    payload     TEXT NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX change_log_location ON change_log(location_id, seq);
CREATE TABLE sync_refusal (
    client_id   TEXT NOT NULL,
    mutation_id INTEGER NOT NULL,
    name        TEXT NOT NULL,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (client_id, mutation_id)
) WITHOUT ROWID;
)sql";

// Work people share through sync: review assignment and reply drafts, profile notes, the history
// of profile fields (the value a later writer overwrote stays here), front-desk check-ins.
// Rows created on a desk carry ids the desk chose ("client/mutation"), the same on every replica.
constexpr std::string_view kCollaboration = R"sql(
ALTER TABLE review ADD COLUMN assigned_user_id INTEGER;
ALTER TABLE review ADD COLUMN assigned_name TEXT NOT NULL DEFAULT '';
ALTER TABLE visit ADD COLUMN source TEXT NOT NULL DEFAULT 'import';
ALTER TABLE visit ADD COLUMN client_ref TEXT;
CREATE UNIQUE INDEX visit_client_ref ON visit(client_ref) WHERE client_ref IS NOT NULL;
CREATE TABLE review_reply_draft (
    id           TEXT PRIMARY KEY,
    review_id    INTEGER NOT NULL,
    location_id  TEXT NOT NULL,
    author_id    INTEGER NOT NULL,
    author_name  TEXT NOT NULL,
    text         TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    conflict_with TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX review_reply_draft_review ON review_reply_draft(review_id, created_at);
CREATE TABLE profile_note (
    id          TEXT PRIMARY KEY,
    profile_id  INTEGER NOT NULL,
    location_id TEXT NOT NULL,
    author_id   INTEGER NOT NULL,
    author_name TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX profile_note_profile ON profile_note(profile_id, created_at);
CREATE TABLE profile_field_history (
    id          TEXT PRIMARY KEY,
    profile_id  INTEGER NOT NULL,
    location_id TEXT NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT NOT NULL,
    new_value   TEXT NOT NULL,
    author_id   INTEGER NOT NULL,
    author_name TEXT NOT NULL,
    changed_at  INTEGER NOT NULL
);
CREATE INDEX profile_field_history_profile ON profile_field_history(profile_id, field, changed_at);
)sql";

// Escalation tasks (domain notes §6), shared with the desks: created there or by the engine, claimed
// by one person at a time (the first claim in engine order wins). Desk-created rows carry the id
// the desk chose ("client/mutation").
constexpr std::string_view kTasks = R"sql(
CREATE TABLE task (
    id            TEXT PRIMARY KEY,
    type          TEXT NOT NULL,
    source        TEXT NOT NULL CHECK (source IN ('review', 'lead', 'conversation', 'payment', 'manual')),
    source_id     TEXT,
    profile_id    INTEGER,
    location_id   TEXT NOT NULL,
    urgency       TEXT NOT NULL CHECK (urgency IN ('low', 'normal', 'high', 'urgent')),
    status        TEXT NOT NULL DEFAULT 'new'
                  CHECK (status IN ('new', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved')),
    owner_user_id INTEGER,
    owner_name    TEXT NOT NULL DEFAULT '',
    claimed_at    INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    due_at        INTEGER,
    summary       TEXT NOT NULL
);
CREATE INDEX task_location_status ON task(location_id, status);
)sql";

constexpr std::string_view kTasksTitle = "escalation tasks";

// The SLA engine's state of each task (its clock, as SlaClock::serialise writes it, and what the
// engine last worked out from it), takeover, approval gates and the card's decision trace; the
// task's history; and the customers whose automation is paused by a takeover.
constexpr std::string_view kTaskWork = R"sql(
ALTER TABLE task ADD COLUMN sla_clock TEXT NOT NULL DEFAULT '';
ALTER TABLE task ADD COLUMN sla_state TEXT NOT NULL DEFAULT 'ok'
    CHECK (sla_state IN ('ok', 'warning', 'breached', 'met'));
ALTER TABLE task ADD COLUMN escalation_level TEXT NOT NULL DEFAULT 'location'
    CHECK (escalation_level IN ('location', 'region', 'corporate'));
ALTER TABLE task ADD COLUMN warning_at INTEGER;
ALTER TABLE task ADD COLUMN next_deadline INTEGER;
ALTER TABLE task ADD COLUMN taken_over INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';
ALTER TABLE task ADD COLUMN suggested_action TEXT NOT NULL DEFAULT '';
ALTER TABLE task ADD COLUMN approval_kind TEXT;
ALTER TABLE task ADD COLUMN approval_amount INTEGER;
ALTER TABLE task ADD COLUMN approval_state TEXT NOT NULL DEFAULT 'none'
    CHECK (approval_state IN ('none', 'pending', 'approved', 'denied'));
ALTER TABLE task ADD COLUMN approval_by INTEGER;
ALTER TABLE task ADD COLUMN approval_by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE task ADD COLUMN approval_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX task_open_deadline ON task(next_deadline) WHERE status <> 'resolved';

CREATE TABLE task_event (
    id          TEXT PRIMARY KEY,
    task_id     TEXT NOT NULL,
    location_id TEXT NOT NULL,
    at          INTEGER NOT NULL,
    actor_id    INTEGER,
    actor_name  TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_event_task ON task_event(task_id, at);

CREATE TABLE automation_pause (
    profile_id  INTEGER PRIMARY KEY,
    location_id TEXT NOT NULL,
    task_id     TEXT NOT NULL,
    user_id     INTEGER NOT NULL,
    user_name   TEXT NOT NULL DEFAULT '',
    since       INTEGER NOT NULL
);
)sql";

constexpr std::string_view kTaskWorkTitle = "task SLA state, takeover, approvals, history";

// Review triage results (rules/review_triage.h), stored with each review as it is ingested and
// shared with the desks: severity and sentiment, and the reason codes as a JSON list of strings
// ("rating:1", "keyword:injury:slipped", ...). NULL on reviews stored before triage ran (the demo
// data, POST /v1/reviews).
constexpr std::string_view kReviewTriage = R"sql(
ALTER TABLE review ADD COLUMN severity TEXT CHECK (severity IN ('low', 'medium', 'high'));
ALTER TABLE review ADD COLUMN sentiment TEXT CHECK (sentiment IN ('negative', 'neutral', 'positive'));
ALTER TABLE review ADD COLUMN triage_reasons TEXT;
)sql";

constexpr std::string_view kReviewTriageTitle = "review triage: severity, sentiment and reason codes";

// Engine-only ingestion state (core/ingest): each import's document or webhook delivery as
// received, in parts of at most 1 MiB, kept for 14 days; the secret of each signed webhook source;
// the deliveries seen within the signature tolerance (replays).
constexpr std::string_view kIngestion = R"sql(
CREATE TABLE review_raw_payload (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    part        INTEGER NOT NULL,
    payload     TEXT NOT NULL
);
CREATE INDEX review_raw_payload_received ON review_raw_payload(received_at);
CREATE TABLE webhook_secret (
    source     TEXT PRIMARY KEY,
    secret     BLOB NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE webhook_delivery (
    source      TEXT NOT NULL,
    key         TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (source, key)
) WITHOUT ROWID;
CREATE INDEX webhook_delivery_received ON webhook_delivery(received_at);
)sql";

Migration ingestion_migration(int version) {
    return Migration{version, "review triage columns, raw review payloads, webhook secrets and deliveries",
                     [](Database& db) -> Result<void> {
                         if (auto r = db.exec(kReviewTriage); !r) return r;
                         return db.exec(kIngestion);
                     }};
}

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        sql_migration(1, "organisation", kOrganisation),
        sql_migration(2, "customers, visits and leads", kCustomers),
        sql_migration(3, "reviews", kReviews),
        sql_migration(4, "users, sessions, desk clients and the audit log", kAccess),
        sql_migration(5, "sync: per-client mutation ids, change log, refusals", kSync),
        sql_migration(6, "review assignment and reply drafts, profile notes and field history, check-ins",
                      kCollaboration),
        sql_migration(7, kTasksTitle, kTasks),
        sql_migration(8, kTaskWorkTitle, kTaskWork),
        sql_migration(9, "customer profiles: contract, identities, events, consent, merges, at-risk, search",
                      detail::profile_engine_sql()),
        ingestion_migration(10),
        review_flow_engine_migration(11),
        engine_reply_migration(12),
        detail::front_desk_migration(13),
        walk_in_consent_migration(14),
        ledger_location_migration(15),
    };
    return list;
}

const std::vector<Migration>& replica_migrations() {
    static const std::vector<Migration> list = {
        sql_migration(1, "organisation", kOrganisation),
        sql_migration(2, "customers, visits and leads", kCustomers),
        sql_migration(3, "reviews", kReviews),
        sql_migration(4, "review assignment and reply drafts, profile notes and field history, check-ins",
                      kCollaboration),
    };
    return list;
}

}  // namespace

std::span<const Migration> engine_migrations() { return migrations(); }

std::span<const Migration> shared_entity_migrations() { return replica_migrations(); }

Migration task_migration(int version) { return sql_migration(version, kTasksTitle, kTasks); }

Migration task_work_migration(int version) { return sql_migration(version, kTaskWorkTitle, kTaskWork); }

Migration review_triage_migration(int version) { return sql_migration(version, kReviewTriageTitle, kReviewTriage); }

Result<Database> open_engine_store(const std::string& path, const std::string& passphrase, OpenMode mode) {
    auto db = Database::open(path, passphrase, mode);
    if (!db) return db.error();
    if (auto r = migrate(*db, engine_migrations()); !r) return r.error();
    return db;
}

}  // namespace outpost::store
