#include "store/schema.h"

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

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        sql_migration(1, "organisation", kOrganisation),
        sql_migration(2, "customers, visits and leads", kCustomers),
        sql_migration(3, "reviews", kReviews),
    };
    return list;
}

}  // namespace

std::span<const Migration> engine_migrations() { return migrations(); }

Result<Database> open_engine_store(const std::string& path, const std::string& passphrase, OpenMode mode) {
    auto db = Database::open(path, passphrase, mode);
    if (!db) return db.error();
    if (auto r = migrate(*db, engine_migrations()); !r) return r.error();
    return db;
}

}  // namespace outpost::store
