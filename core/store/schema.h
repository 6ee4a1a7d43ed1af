#pragma once
// The engine's schema, as migrations.

#include <span>

#include "store/migrations.h"

namespace outpost::store {

[[nodiscard]] std::span<const Migration> engine_migrations();

// The entity tables a desk replica shares with the engine (organisation, customers, reviews and
// the collaboration tables), numbered from 1 so that the replica appends its own migrations.
[[nodiscard]] std::span<const Migration> shared_entity_migrations();

// The escalation task table (engine migration 7). A replica numbers its migrations differently
// (the shared ones, then its own), so it asks for the same SQL under its own version number.
[[nodiscard]] Migration task_migration(int version);
// Task SLA state, takeover, approvals, task history and automation pauses (engine migration 8).
[[nodiscard]] Migration task_work_migration(int version);

// The customer profile contract's columns (part of engine migration 9), for a replica under its
// own version number: desks hold the same profile rows as the engine.
[[nodiscard]] Migration profile_contract_migration(int version);

// The review triage columns (severity, sentiment, triage_reasons), part of engine migration 10, for
// a replica under its own version number.
[[nodiscard]] Migration review_triage_migration(int version);

// The review flow's shared tables and columns (review author signals, review_sla, alert,
// task_evidence), for a replica under its own version number; the engine's migration 11 adds them
// together with its own review request tables (review_flow_engine_migration).
[[nodiscard]] Migration review_flow_migration(int version);
[[nodiscard]] Migration review_flow_engine_migration(int version);
// Reply templates and the reply workflow's columns on drafts and reviews (part of engine migration
// 12, reply_schema.cpp), for a replica under its own version number.
[[nodiscard]] Migration reply_migration(int version);
// The same plus the engine's reply outbox: engine migration 12.
[[nodiscard]] Migration engine_reply_migration(int version);
// The front desk on a replica: engine migration 13's columns (payment_failed_at on profiles,
// walk-in lead columns), the at-risk scores the engine sends, and the covering search table
// desk_search kept by triggers, under the replica's own version number.
[[nodiscard]] Migration desk_profile_migration(int version);
// The consent a walk-in lead gives at the counter (per channel, with the words' version): the same
// columns on the engine and on a replica.
[[nodiscard]] Migration walk_in_consent_migration(int version);
// Engine: consent ledger rows carry their person's location. Replica: events and consent ledger.
[[nodiscard]] Migration ledger_location_migration(int version);
[[nodiscard]] Migration desk_customer_migration(int version);
// Replica: desk_search rows are rewritten only when a field they are made of changes.
[[nodiscard]] Migration desk_search_trigger_migration(int version);
[[nodiscard]] Migration desk_search_keys_migration(int version);
// Replica: an update of a search field marks the person in desk_search_stale instead of rewriting
// their search rows; refresh_desk_search rebuilds the rows of everyone marked (a desk runs it when
// it commits held changes, after a pull and before every search).
[[nodiscard]] Migration desk_search_deferred_migration(int version);
[[nodiscard]] Result<void> refresh_desk_search(Database& db);

// Opens (or creates) the engine's encrypted store and brings its schema up to date.
[[nodiscard]] Result<Database> open_engine_store(const std::string& path, const std::string& passphrase, OpenMode mode);

}  // namespace outpost::store
