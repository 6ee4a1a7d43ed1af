#include "store/profile_schema.h"

#include <vector>

#include "store/schema.h"

namespace outpost::store {
namespace {

// The customer profile contract (domain notes §2), shared with the desks: the fields the notes
// name, each field's source and time of change in `field_meta` ({"primary_phone":{"source":
// "event:crm","updated_at":1764000000000}}), where the profile came from and when an outside
// system last synced it, and the profile an approved merge folded it into.
constexpr std::string_view kProfileContract = R"sql(
ALTER TABLE profile ADD COLUMN preferred_channel TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN last_ticket_id TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE profile ADD COLUMN member_id TEXT;
ALTER TABLE profile ADD COLUMN access_card_id TEXT;
ALTER TABLE profile ADD COLUMN birthday TEXT;
ALTER TABLE profile ADD COLUMN field_meta TEXT NOT NULL DEFAULT '{}';
ALTER TABLE profile ADD COLUMN source_origin TEXT NOT NULL DEFAULT 'import';
ALTER TABLE profile ADD COLUMN last_synced_at INTEGER;
ALTER TABLE profile ADD COLUMN contract_version INTEGER NOT NULL DEFAULT 2;
ALTER TABLE profile ADD COLUMN merged_into INTEGER;
CREATE INDEX profile_access_card ON profile(access_card_id) WHERE access_card_id IS NOT NULL;
)sql";

constexpr std::string_view kProfileContractTitle = "customer profile contract";

// Stored at-risk scores (profiles/at_risk_store.h): on the engine, and on the desks (the front
// desk's "high at-risk" alert), which receive the rows of their locations.
constexpr std::string_view kAtRiskScore = R"sql(
CREATE TABLE at_risk_score (
    profile_id           INTEGER PRIMARY KEY REFERENCES profile(id),
    location_id          TEXT NOT NULL,
    score                INTEGER NOT NULL,
    band                 TEXT NOT NULL CHECK (band IN ('low', 'medium', 'high')),
    recency              INTEGER NOT NULL,
    frequency            INTEGER NOT NULL,
    payment              INTEGER NOT NULL,
    engagement           INTEGER NOT NULL,
    support              INTEGER NOT NULL,
    reasons              TEXT NOT NULL,
    expected_value_cents INTEGER NOT NULL,
    computed_at          INTEGER NOT NULL
);
CREATE INDEX at_risk_score_location ON at_risk_score(location_id, expected_value_cents DESC);
)sql";

// The engine's side of customer profiles: identities for stitching, ingested events, the consent
// ledger, the merge queue and merges (with what each moved, so that unmerge restores it), at-risk
// scores with their settings and outreach, the decision log and the covering search table.
constexpr std::string_view kProfileEngine = R"sql(
CREATE TABLE profile_identity (
    kind       TEXT NOT NULL CHECK (kind IN ('external_id', 'phone', 'email', 'member_id', 'access_card_id')),
    value      TEXT NOT NULL,
    profile_id INTEGER NOT NULL REFERENCES profile(id),
    source     TEXT NOT NULL,
    added_at   INTEGER NOT NULL,
    PRIMARY KEY (kind, value, profile_id)
) WITHOUT ROWID;
CREATE INDEX profile_identity_profile ON profile_identity(profile_id);
INSERT INTO profile_identity(kind, value, profile_id, source, added_at)
    SELECT 'external_id', external_id, id, 'import', 0 FROM profile WHERE external_id IS NOT NULL AND external_id <> '';
INSERT INTO profile_identity(kind, value, profile_id, source, added_at)
    SELECT 'phone', primary_phone, id, 'import', 0 FROM profile WHERE primary_phone <> '';
INSERT INTO profile_identity(kind, value, profile_id, source, added_at)
    SELECT 'email', primary_email, id, 'import', 0 FROM profile WHERE primary_email <> '';
CREATE TABLE profile_event (
    id              INTEGER PRIMARY KEY,
    event_id        TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    type            TEXT NOT NULL,
    occurred_at     INTEGER NOT NULL,
    location_id     TEXT NOT NULL REFERENCES location(id),
    profile_id      INTEGER REFERENCES profile(id),
    source          TEXT NOT NULL,
    data            TEXT NOT NULL DEFAULT '{}',
    received_at     INTEGER NOT NULL
);
CREATE INDEX profile_event_profile ON profile_event(profile_id, type, occurred_at);
CREATE TABLE consent_event (
    id           INTEGER PRIMARY KEY,
    profile_id   INTEGER NOT NULL REFERENCES profile(id),
    channel      TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone', 'push', 'mail')),
    granted      INTEGER NOT NULL CHECK (granted IN (0, 1)),
    source       TEXT NOT NULL,
    text_version TEXT NOT NULL,
    occurred_at  INTEGER NOT NULL,
    recorded_at  INTEGER NOT NULL
);
CREATE INDEX consent_event_profile ON consent_event(profile_id, channel, occurred_at);
CREATE TABLE merge_candidate (
    id         INTEGER PRIMARY KEY,
    profile_a  INTEGER NOT NULL REFERENCES profile(id),
    profile_b  INTEGER NOT NULL REFERENCES profile(id),
    confidence REAL NOT NULL,
    reasons    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    created_at INTEGER NOT NULL,
    decided_by INTEGER,
    decided_at INTEGER,
    UNIQUE (profile_a, profile_b)
);
CREATE TABLE profile_merge (
    id          INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL REFERENCES profile(id),
    absorbed_id INTEGER NOT NULL REFERENCES profile(id),
    snapshot    TEXT NOT NULL,
    merged_by   INTEGER,
    merged_at   INTEGER NOT NULL,
    unmerged_by INTEGER,
    unmerged_at INTEGER
);
CREATE TABLE at_risk_settings (
    location_id           TEXT PRIMARY KEY,
    recency_sensitivity   REAL NOT NULL DEFAULT 1.0,
    payment_weight        REAL NOT NULL DEFAULT 1.0,
    engagement_multiplier REAL NOT NULL DEFAULT 1.0,
    weekly_quota          INTEGER NOT NULL DEFAULT 25,
    outreach_cost_cents   INTEGER NOT NULL DEFAULT 500
);
CREATE TABLE outreach (
    id                   INTEGER PRIMARY KEY,
    profile_id           INTEGER NOT NULL REFERENCES profile(id),
    location_id          TEXT NOT NULL,
    week_start           INTEGER NOT NULL,
    score                INTEGER NOT NULL,
    expected_value_cents INTEGER NOT NULL,
    created_at           INTEGER NOT NULL,
    UNIQUE (profile_id, week_start)
);
CREATE INDEX outreach_location_week ON outreach(location_id, week_start);
CREATE TABLE decision_log (
    id              INTEGER PRIMARY KEY,
    event_id        TEXT,
    subject_hash    TEXT NOT NULL,
    rule_id         TEXT NOT NULL,
    decision        TEXT NOT NULL,
    confidence      REAL,
    reason_codes    TEXT NOT NULL DEFAULT '[]',
    action_sent     TEXT NOT NULL DEFAULT '',
    delivery_status TEXT NOT NULL DEFAULT '',
    ticket_id       TEXT,
    created_at      INTEGER NOT NULL
);
CREATE INDEX decision_log_rule ON decision_log(rule_id, created_at);
INSERT INTO engine_secret(name, value) VALUES ('event_signing_key', randomblob(32));
CREATE TABLE search_key (
    key         TEXT NOT NULL,
    profile_id  INTEGER NOT NULL,
    location_id TEXT NOT NULL,
    PRIMARY KEY (key, profile_id)
) WITHOUT ROWID;
CREATE INDEX search_key_profile ON search_key(profile_id);
)sql";

// The keys one profile row is found by (`r` is NEW in a trigger, the row in the backfill): first
// name, last name and whole name lower-cased, phone digits (and the last ten, the national number
// in North America), email, external id, member id and access card id.
std::vector<std::string> search_key_expressions(const std::string& r) {
    const std::string digits = "replace(" + r + ".primary_phone, '+', '')";
    return {"lower(" + r + ".first_name)", "lower(" + r + ".last_name)", "lower(" + r + ".first_name || ' ' || " + r + ".last_name)",
            digits, "substr(" + digits + ", -10)", r + ".primary_email", "lower(" + r + ".external_id)",
            "lower(" + r + ".member_id)", "lower(" + r + ".access_card_id)"};
}

// The keys as rows (k, id, location): one select per key, duplicates removed.
// `extra` adds columns after the location (the desk's display fields).
std::string search_keys_of(const std::string& r, const std::string& extra = "") {
    std::string keys;
    for (const auto& e : search_key_expressions(r)) keys += (keys.empty() ? "SELECT " + e + " AS k" : " UNION SELECT " + e);
    return "SELECT k, " + r + ".id, " + r + ".home_location_id" + extra + " FROM (" + keys + ") WHERE k IS NOT NULL AND k <> '' AND " +
           r + ".merged_into IS NULL";
}

// The identity keys a profile row names, for stitching (`r` is NEW in a trigger). Keys stay when a
// column changes: an old number remains the person's, so a number that changed hands is seen as such.
// (NOT EXISTS rather than OR IGNORE: an upsert's conflict handling would override the trigger's.)
std::string identity_keys_of(const std::string& r) {
    return "INSERT OR IGNORE INTO profile_identity(kind, value, profile_id, source, added_at) SELECT kind, value, " + r +
           ".id, " + r + ".source_origin, coalesce(" + r + ".last_synced_at, 0) FROM (SELECT 'external_id' AS kind, " + r +
           ".external_id AS value UNION ALL SELECT 'phone', " + r + ".primary_phone UNION ALL SELECT 'email', " + r +
           ".primary_email UNION ALL SELECT 'member_id', " + r + ".member_id UNION ALL SELECT 'access_card_id', " + r +
           ".access_card_id) AS k WHERE value IS NOT NULL AND value <> '' AND NOT EXISTS (SELECT 1 FROM profile_identity i "
           "WHERE i.kind = k.kind AND i.value = k.value AND i.profile_id = " + r + ".id)";
}

// Triggers keep search_key in step with every writer of profile rows (imports, events, commands).
const std::string& engine_profile_sql() {
    static const std::string sql = [] {
        const std::string keys = search_keys_of("new");
        std::string s(kProfileContract);
        s += kProfileEngine;
        s += kAtRiskScore;
        s += "CREATE TRIGGER profile_search_insert AFTER INSERT ON profile BEGIN INSERT OR IGNORE INTO "
             "search_key(key, profile_id, location_id) " + keys + "; END;\n";
        s += "CREATE TRIGGER profile_search_update AFTER UPDATE OF first_name, last_name, primary_phone, primary_email, "
             "external_id, member_id, access_card_id, home_location_id, merged_into ON profile BEGIN "
             "DELETE FROM search_key WHERE profile_id = old.id; INSERT OR IGNORE INTO search_key(key, profile_id, "
             "location_id) " + keys + "; END;\n";
        s += "CREATE TRIGGER profile_search_delete AFTER DELETE ON profile BEGIN "
             "DELETE FROM search_key WHERE profile_id = old.id; END;\n";
        s += "CREATE TRIGGER profile_identity_insert AFTER INSERT ON profile BEGIN " + identity_keys_of("new") + "; END;\n";
        s += "CREATE TRIGGER profile_identity_update AFTER UPDATE OF external_id, primary_phone, primary_email, member_id, "
             "access_card_id ON profile WHEN new.merged_into IS NULL BEGIN " + identity_keys_of("new") + "; END;\n";
        // Naming merged_into in an UPDATE fires the update trigger: the existing rows get their keys.
        s += "UPDATE profile SET merged_into = merged_into;\n";
        return s;
    }();
    return sql;
}

// The front desk (engine migration 11; the replica's own migration too): the time of a member's
// latest failed payment not followed by a successful one (set by the event ingest; the desk's
// "payment failed" alert), the start of the member's latest booking (the desk's "today" list),
// and walk-in leads from the counter: what they came for and the id the
// desk gave the row ("client/mutation"), so the engine's row replaces the desk's own.
constexpr std::string_view kFrontDeskColumns = R"sql(
ALTER TABLE profile ADD COLUMN payment_failed_at INTEGER;
ALTER TABLE profile ADD COLUMN booking_at INTEGER;
ALTER TABLE lead ADD COLUMN interest TEXT NOT NULL DEFAULT '';
ALTER TABLE lead ADD COLUMN client_ref TEXT;
CREATE UNIQUE INDEX lead_client_ref ON lead(client_ref) WHERE client_ref IS NOT NULL;
CREATE INDEX profile_member_id ON profile(member_id) WHERE member_id IS NOT NULL;
)sql";

constexpr std::string_view kFrontDeskBackfill = R"sql(
UPDATE profile SET payment_failed_at = (SELECT max(f.occurred_at) FROM profile_event f WHERE f.profile_id = profile.id
    AND f.type = 'payment_failed' AND NOT EXISTS (SELECT 1 FROM profile_event s WHERE s.profile_id = f.profile_id
    AND s.type = 'payment_succeeded' AND s.occurred_at >= f.occurred_at));
)sql";

// The desk's as-you-type search: the engine's keys (search_keys_of) with the fields a result line
// shows, so a search is one range read of this table and never a lookup per hit (the covering
// design of DESIGN.md: about 2.5x a key lookup, against 22x when each hit is joined back).
constexpr std::string_view kDeskSearch = R"sql(
CREATE TABLE desk_search (
    key               TEXT NOT NULL,
    profile_id        INTEGER NOT NULL,
    location_id       TEXT NOT NULL,
    first_name        TEXT NOT NULL,
    last_name         TEXT NOT NULL,
    primary_phone     TEXT NOT NULL,
    primary_email     TEXT NOT NULL,
    membership_status TEXT NOT NULL,
    PRIMARY KEY (key, profile_id)
) WITHOUT ROWID;
CREATE INDEX desk_search_profile ON desk_search(profile_id);
)sql";

std::string desk_search_keys() {
    return search_keys_of("new", ", new.first_name, new.last_name, new.primary_phone, new.primary_email, new.membership_status");
}

// The profile fields a person's search rows are made of.
constexpr std::string_view kSearchFields[] = {"first_name",  "last_name",      "primary_phone",    "primary_email",     "external_id",
                                              "member_id",   "access_card_id", "home_location_id", "membership_status", "merged_into"};

// The end of an insert of search rows: a key the person already has keeps its row, whose shown
// fields are updated only where they differ.
std::string shown_fields_upsert() {
    static constexpr std::string_view kShown[] = {"location_id", "first_name", "last_name", "primary_phone", "primary_email",
                                                  "membership_status"};
    std::string set;
    std::string differs;
    for (auto c : kShown) {
        set += (set.empty() ? "" : ", ") + std::string(c) + " = excluded." + std::string(c);
        differs += (differs.empty() ? "" : " OR ") + ("desk_search." + std::string(c) + " IS NOT excluded." + std::string(c));
    }
    return " ON CONFLICT(key, profile_id) DO UPDATE SET " + set + " WHERE " + differs;
}

// What keeps one person's desk_search rows in step (`new` being the person's row), written only
// where they differ: keys no longer made are deleted, new ones inserted, and the shown fields of
// the others updated in place; deleting and reinserting every key row cost a dozen page writes
// per applied change. The keys are a list of expressions and a VALUES row each, not a UNION of
// selects: a UNION builds two temporary tables every time it runs (a fifth of a desk's work per
// applied edit when this ran for every edit).
// Duplicate keys (a phone of ten digits) meet the upsert, which leaves the row as it is.
std::string desk_search_rows_body() {
    std::string kept;  // NULL in a NOT IN list would keep every row: absent keys are '' (never a key)
    std::string rows;
    for (const auto& e : search_key_expressions("new")) {
        kept += (kept.empty() ? "" : ", ") + ("coalesce(" + e + ", '')");
        rows += (rows.empty() ? "" : ", ") + ("(" + e + ")");
    }
    return " BEGIN DELETE FROM desk_search WHERE profile_id = new.id AND (new.merged_into IS NOT NULL OR key NOT IN (" + kept +
           ")); INSERT INTO desk_search(key, profile_id, location_id, first_name, last_name, primary_phone, primary_email, "
           "membership_status) SELECT k, new.id, new.home_location_id, new.first_name, new.last_name, new.primary_phone, "
           "new.primary_email, new.membership_status FROM (SELECT column1 AS k FROM (VALUES " + rows +
           ")) WHERE k IS NOT NULL AND k <> '' AND new.merged_into IS NULL" + shown_fields_upsert() + "; END;\n";
}

std::string search_field_list() {
    std::string out;
    for (auto f : kSearchFields) out += (out.empty() ? "" : ", ") + std::string(f);
    return out;
}

std::string search_fields_changed() {
    std::string changed;
    for (auto f : kSearchFields) changed += (changed.empty() ? "" : " OR ") + ("old." + std::string(f) + " IS NOT new." + std::string(f));
    return changed;
}

std::string desk_search_update_trigger() {
    return "CREATE TRIGGER desk_search_update AFTER UPDATE OF " + search_field_list() + " ON profile WHEN " +
           search_fields_changed() + desk_search_rows_body();
}

const std::string& desk_profile_sql() {
    static const std::string sql = [] {
        const std::string keys = desk_search_keys();
        const std::string insert = "INSERT OR IGNORE INTO desk_search(key, profile_id, location_id, first_name, last_name, "
                                   "primary_phone, primary_email, membership_status) " + keys + ";";
        std::string s(kFrontDeskColumns);
        s += kAtRiskScore;
        s += kDeskSearch;
        s += "CREATE TRIGGER desk_search_insert AFTER INSERT ON profile BEGIN " + insert + " END;\n";
        s += "CREATE TRIGGER desk_search_update AFTER UPDATE OF first_name, last_name, primary_phone, primary_email, "
             "external_id, member_id, access_card_id, home_location_id, membership_status, merged_into ON profile BEGIN "
             "DELETE FROM desk_search WHERE profile_id = old.id; " + insert + " END;\n";
        s += "CREATE TRIGGER desk_search_delete AFTER DELETE ON profile BEGIN "
             "DELETE FROM desk_search WHERE profile_id = old.id; END;\n";
        s += "UPDATE profile SET merged_into = merged_into;\n";
        return s;
    }();
    return sql;
}

constexpr std::string_view kFrontDeskTitle = "front desk: payment state, walk-in leads";

// The consent a walk-in gives at the counter (lead.create_walk_in), per channel, with the version
// of the words the form showed; its time is the lead's created_at and its source the lead's
// (walk_in). The same columns on the engine and on the desks.
constexpr std::string_view kWalkInConsent = R"sql(
ALTER TABLE lead ADD COLUMN consent_sms INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1));
ALTER TABLE lead ADD COLUMN consent_email INTEGER NOT NULL DEFAULT 0 CHECK (consent_email IN (0, 1));
ALTER TABLE lead ADD COLUMN consent_text_version TEXT NOT NULL DEFAULT '';
)sql";

// The Customers screen's timeline and consent history on the desks (engine migration 15): consent
// ledger rows carry the location of their person (set by a trigger, also when a merge moves them),
// so that they are scoped like every other synced row.
constexpr std::string_view kLedgerLocation = R"sql(
ALTER TABLE consent_event ADD COLUMN location_id TEXT NOT NULL DEFAULT '';
UPDATE consent_event SET location_id = coalesce((SELECT home_location_id FROM profile WHERE id = consent_event.profile_id), '');
CREATE INDEX consent_event_location ON consent_event(location_id);
CREATE TRIGGER consent_event_location_insert AFTER INSERT ON consent_event WHEN new.location_id = '' BEGIN
    UPDATE consent_event SET location_id = coalesce((SELECT home_location_id FROM profile WHERE id = new.profile_id), '')
    WHERE id = new.id;
END;
CREATE TRIGGER consent_event_location_move AFTER UPDATE OF profile_id ON consent_event BEGIN
    UPDATE consent_event SET location_id = coalesce((SELECT home_location_id FROM profile WHERE id = new.profile_id), '')
    WHERE id = new.id;
END;
CREATE INDEX profile_event_location ON profile_event(location_id);
)sql";

// The desk's copy of a person's events (without their payload and idempotency key) and consent
// ledger: the profile 360's timeline and consent history, offline.
constexpr std::string_view kDeskCustomer = R"sql(
CREATE TABLE profile_event (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    location_id TEXT NOT NULL,
    profile_id  INTEGER,
    source      TEXT NOT NULL
);
CREATE INDEX profile_event_profile ON profile_event(profile_id, occurred_at);
CREATE TABLE consent_event (
    id           INTEGER PRIMARY KEY,
    profile_id   INTEGER NOT NULL,
    location_id  TEXT NOT NULL,
    channel      TEXT NOT NULL,
    granted      INTEGER NOT NULL,
    source       TEXT NOT NULL,
    text_version TEXT NOT NULL,
    occurred_at  INTEGER NOT NULL,
    recorded_at  INTEGER NOT NULL
);
CREATE INDEX consent_event_profile ON consent_event(profile_id, channel, occurred_at);
)sql";

}  // namespace

namespace detail {

const std::string& profile_engine_sql() { return engine_profile_sql(); }

Migration front_desk_migration(int version) {
    return Migration{version, kFrontDeskTitle, [](Database& db) -> Result<void> {
                         if (auto r = db.exec(kFrontDeskColumns); !r) return r;
                         return db.exec(kFrontDeskBackfill);
                     }};
}

}  // namespace detail

Migration profile_contract_migration(int version) {
    return sql_migration(version, kProfileContractTitle, kProfileContract);
}

Migration walk_in_consent_migration(int version) {
    return sql_migration(version, "walk-in lead consent", kWalkInConsent);
}

Migration ledger_location_migration(int version) {
    return sql_migration(version, "consent ledger rows carry their location (desks receive them)", kLedgerLocation);
}

Migration desk_customer_migration(int version) {
    return sql_migration(version, "customers: events and consent ledger on the desk", kDeskCustomer);
}

Migration desk_search_trigger_migration(int version) {
    static const std::string sql = "DROP TRIGGER desk_search_update;\n" + desk_search_update_trigger();
    return sql_migration(version, "front desk: search rows rewritten only when their fields change", sql);
}

Migration desk_search_keys_migration(int version) {
    static const std::string sql = "DROP TRIGGER desk_search_update;\n" + desk_search_update_trigger();
    return sql_migration(version, "front desk: search keys kept in step without temporary tables", sql);
}

// Rows applied from the engine (a last name edited at another desk) only mark their person's
// search rows stale; the rows are rebuilt in one go when the desk commits what it holds, and
// before any search reads them (refresh_desk_search). Edits arriving at every desk dozens of
// times a second then write one profile row each instead of a dozen search rows, and a person
// edited often is re-indexed once per commit. Inserts and deletes still keep the rows at once.
// The rebuild is the trigger it replaces, run per marked person: an update of the view
// desk_search_source (the profile's search fields) fires it instead of writing anything.
Migration desk_search_deferred_migration(int version) {
    static const std::string sql = "CREATE TABLE desk_search_stale (profile_id INTEGER PRIMARY KEY);\n"
                                   "DROP TRIGGER desk_search_update;\n"
                                   "CREATE TRIGGER desk_search_update AFTER UPDATE OF " + search_field_list() +
                                   " ON profile WHEN " + search_fields_changed() +
                                   " BEGIN INSERT OR IGNORE INTO desk_search_stale(profile_id) VALUES (old.id); END;\n"
                                   "CREATE VIEW desk_search_source AS SELECT id, " + search_field_list() + " FROM profile;\n"
                                   "CREATE TRIGGER desk_search_rebuild INSTEAD OF UPDATE ON desk_search_source" +
                                   desk_search_rows_body();
    return sql_migration(version, "front desk: search rows of edited people rebuilt when the desk commits", sql);
}

Result<void> refresh_desk_search(Database& db) {
    auto stale = db.query_int("SELECT EXISTS (SELECT 1 FROM desk_search_stale)");
    if (!stale) return stale.error();
    if (*stale == 0) return {};
    auto tx = Transaction::begin(db);
    if (!tx) return tx.error();
    for (std::string_view sql : {"UPDATE desk_search_source SET id = id WHERE id IN (SELECT profile_id FROM desk_search_stale)",
                                 "DELETE FROM desk_search_stale"}) {
        auto stmt = db.prepare(sql);
        if (!stmt) return stmt.error();
        if (auto r = stmt->run(); !r) return r.error();
    }
    return tx->commit();
}

Migration desk_profile_migration(int version) {
    return sql_migration(version, "front desk: payment state, walk-in leads, at-risk scores, search", desk_profile_sql());
}

}  // namespace outpost::store
