#pragma once
// Review import (issue #4): normalised rows from an export or a webhook into the engine's store.
//
// One import is one transaction. For each row, in order:
//  1. its location is resolved (see review_formats.h); an unknown or missing one is a row error;
//  2. a row whose (platform, platform id) is stored, or came earlier in the same import, is a
//     duplicate; so is a near duplicate of the text of a review of the same location
//     (near_duplicate.h: Jaccard >= 0.9 over word pairs, posted within 30 days);
//  3. the new review is triaged (rules::triage) and stored with its severity, sentiment and reason
//     codes, and a change-log entry so that desks receive it (written for the import's reviews in
//     id order by one statement per batch of 1,000 rows; each names its review, which a pull reads
//     as stored: sync::ChangeRecorder::record_from);
//  4. a fresh review is routed, its SLA clocks start, and alerts are checked (review_flow.h).
// The document as received (the file, the webhook body) goes into review_raw_payload, in parts of
// at most 1 MiB, when the import added a review. Importing the same rows again therefore adds
// nothing. Raw payloads older than 14 days are purged at the start of every import.

#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/json_codec.h"
#include "ingest/review_formats.h"
#include "rules/review_triage.h"
#include "store/database.h"

namespace outpost::ingest {

inline constexpr std::chrono::hours kRawPayloadRetention{24 * 14};
inline constexpr std::size_t kRawPayloadPartBytes = 1024 * 1024;

struct ImportOptions {
    std::optional<LocationId> location;  // for rows that name none
    std::string source = "import";       // kept with the raw payload: "import:csv", "webhook:google"
};

struct ImportSummary {
    std::int64_t imported = 0;
    std::int64_t duplicates = 0;       // already stored, repeated in the import, or near-duplicate text
    std::int64_t near_duplicates = 0;  // of the duplicates, those found by their text
    std::int64_t rejected = 0;         // rows in `errors`
    std::vector<RowError> errors;
    std::vector<ReviewId> ids;         // of the imported reviews
    std::int64_t tasks = 0;            // opened by routing (ingest/review_flow.h)
    std::int64_t alerts = 0;           // raised
};

// {"imported","duplicates","near_duplicates","rejected","errors":[{"where","reason"}]}
[[nodiscard]] Json to_json(const ImportSummary& summary);
// For a person: a summary line, then one line per bad row ("line 7: rating: must be ...").
[[nodiscard]] std::string describe(const ImportSummary& summary);

class ReviewImporter {
public:
    ReviewImporter(store::Database& db, const Clock& clock, rules::TriageRules rules = rules::TriageRules::defaults())
        : m_db(db), m_clock(clock), m_triage(std::move(rules)) {}

    // `raw`: the document the rows were read from, kept as the raw payload.
    [[nodiscard]] Result<ImportSummary> import(ParsedReviews parsed, const ImportOptions& options,
                                               std::string_view raw = {});

private:
    store::Database& m_db;
    const Clock& m_clock;
    rules::Triager m_triage;
};

// Deletes raw payloads received more than kRawPayloadRetention before `now`; returns how many.
[[nodiscard]] Result<std::int64_t> purge_raw_payloads(store::Database& db, Timestamp now);

// `outpost-admin import reviews`: reads the file, parses it in `format` (guessed when empty),
// imports it and writes an audit row ("review.import", actor "outpost-admin"). Fails only when
// the file cannot be read or is not in the format at all; bad rows are in the summary.
[[nodiscard]] Result<ImportSummary> import_review_file(store::Database& db, const Clock& clock, const std::string& path,
                                                       std::optional<ReviewFormat> format, const ImportOptions& options);

// Who imports: the admin tool, or a signed-in person through POST /v1/imports/reviews.
struct ImportActor {
    std::optional<UserId> id;
    std::string name = "outpost-admin";
};
// The same for a document already read (`name` for messages): parses it in `format`, imports it
// in one transaction with its audit row ("review.import", actor `actor`).
[[nodiscard]] Result<ImportSummary> import_review_document(store::Database& db, const Clock& clock, const std::string& name,
                                                           const std::string& text, ReviewFormat format,
                                                           const ImportOptions& options, const ImportActor& actor);

}  // namespace outpost::ingest
