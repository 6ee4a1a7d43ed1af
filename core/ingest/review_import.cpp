#include "ingest/review_import.h"

#include <spdlog/spdlog.h>

#include <fstream>
#include <map>
#include <sstream>
#include <unordered_set>

#include "access/audit_log.h"
#include "domain/enums.h"
#include "ingest/near_duplicate.h"
#include "ingest/review_flow.h"
#include "store/repositories.h"
#include "sync/sync_service.h"

namespace outpost::ingest {
namespace {

// ["rating:1","keyword:injury:slipped",...]: the codes, which say what fired; the console words them.
std::string reason_codes_json(const rules::Triage& t) {
    std::string out;
    out.reserve(256);
    out.push_back('[');
    for (const auto& r : t.reasons) {
        if (out.size() > 1) out.push_back(',');
        sync::append_json_string(out, r.code);
    }
    out.push_back(']');
    return out;
}

// The document in parts of at most kRawPayloadPartBytes, cut before a UTF-8 continuation byte.
Result<void> keep_raw(store::Database& db, std::string_view raw, const std::string& source, Timestamp now) {
    auto stmt = db.prepare("INSERT INTO review_raw_payload(source, received_at, part, payload) VALUES(?1, ?2, ?3, ?4)");
    if (!stmt) return stmt.error();
    std::int64_t part = 0;
    while (!raw.empty()) {
        std::size_t cut = std::min(raw.size(), kRawPayloadPartBytes);
        while (cut < raw.size() && cut > 1 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80) --cut;
        if (auto r = stmt->bind(1, source).bind(2, store::to_db(now)).bind(3, part++).bind_static(4, raw.substr(0, cut)).run(); !r) {
            return r;
        }
        raw.remove_prefix(cut);
    }
    return {};
}

// The statements of one import, prepared once for all its rows.
struct Statements {
    store::Statement exists;
    store::Statement insert;

    static Result<Statements> prepare(store::Database& db) {
        Statements s;
        auto exists = db.prepare("SELECT 1 FROM review WHERE platform = ?1 AND platform_review_id = ?2");
        if (!exists) return exists.error();
        auto insert = db.prepare(
            "INSERT INTO review(platform, platform_review_id, location_id, rating, text, author, posted_at, status, "
            "severity, sentiment, triage_reasons, author_review_count, author_influential) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8, ?9, ?10, ?11, ?12)");
        if (!insert) return insert.error();
        s.exists = std::move(*exists);
        s.insert = std::move(*insert);
        return s;
    }
};

// Where a row's location comes from: its own column, the import's option, the platform's reference.
Result<void> resolve_location(IncomingReview& row, const ImportOptions& options,
                              const std::unordered_set<std::string>& known) {
    if (row.review.location_id.value().empty()) {
        if (options.location) {
            row.review.location_id = *options.location;
        } else if (known.contains(row.location_ref)) {
            row.review.location_id = LocationId(row.location_ref);
        } else {
            return make_error(ErrorCode::invalid_argument,
                              "location: the row names none; give the import a location (--location)");
        }
    }
    if (!known.contains(row.review.location_id.value())) {
        return make_error(ErrorCode::invalid_argument,
                          "location_id: unknown location '" + row.review.location_id.value().substr(0, 64) + "'");
    }
    return {};
}

// Near-duplicate indexes per location, filled on first use with the stored reviews posted within
// the window of the import's rows of that location.
class RecentTexts {
public:
    explicit RecentTexts(store::Database& db) : m_db(db) {}

    void cover(const Review& r) {
        auto [it, fresh] = m_ranges.try_emplace(r.location_id.value(), r.posted_at, r.posted_at);
        if (!fresh) {
            it->second.first = std::min(it->second.first, r.posted_at);
            it->second.second = std::max(it->second.second, r.posted_at);
        }
    }

    Result<NearDuplicateIndex*> of(const LocationId& location) {
        auto it = m_indexes.find(location.value());
        if (it != m_indexes.end()) return &it->second;
        NearDuplicateIndex& index = m_indexes[location.value()];
        const auto range = m_ranges.at(location.value());
        auto stmt = m_db.prepare(
            "SELECT id, posted_at, text FROM review WHERE location_id = ?1 AND posted_at >= ?2 AND posted_at <= ?3");
        if (!stmt) return stmt.error();
        stmt->bind(1, location.value())
            .bind(2, store::to_db(range.first - kNearDuplicateWindow))
            .bind(3, store::to_db(range.second + kNearDuplicateWindow));
        while (true) {
            auto has = stmt->step();
            if (!has) return has.error();
            if (!*has) break;
            index.add(stmt->int64(0), store::from_db(stmt->int64(1)), shingles(stmt->text(2)));
        }
        return &index;
    }

private:
    store::Database& m_db;
    std::map<std::string, std::pair<Timestamp, Timestamp>> m_ranges;
    std::map<std::string, NearDuplicateIndex> m_indexes;
};

// Reviews recorded in the change log by one statement. Nothing else writes the change log while
// the rows are imported (routing's tasks, clocks and alerts are recorded at the end), so batches
// give the same entries, in the same order, as one statement for all the rows at the end.
constexpr std::int64_t kChangeLogBatch = 1000;

Result<std::unordered_set<std::string>> known_locations(store::Database& db) {
    auto stmt = db.prepare("SELECT id FROM location");
    if (!stmt) return stmt.error();
    std::unordered_set<std::string> out;
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) return out;
        out.insert(stmt->string(0));
    }
}

}  // namespace

Json to_json(const ImportSummary& s) {
    Json errors = Json::array();
    for (const auto& e : s.errors) errors.push_back({{"where", e.where}, {"reason", e.reason}});
    return {{"imported", s.imported},
            {"duplicates", s.duplicates},
            {"near_duplicates", s.near_duplicates},
            {"rejected", s.rejected},
            {"tasks", s.tasks},
            {"alerts", s.alerts},
            {"errors", std::move(errors)}};
}

std::string describe(const ImportSummary& s) {
    std::ostringstream out;
    out << "imported " << s.imported << ", duplicates " << s.duplicates << " (near-duplicate text "
        << s.near_duplicates << "), rejected " << s.rejected << '\n';
    for (const auto& e : s.errors) out << e.where << ": " << e.reason << '\n';
    return out.str();
}

Result<std::int64_t> purge_raw_payloads(store::Database& db, Timestamp now) {
    auto stmt = db.prepare("DELETE FROM review_raw_payload WHERE received_at < ?1");
    if (!stmt) return stmt.error();
    if (auto r = stmt->bind(1, store::to_db(now - kRawPayloadRetention)).run(); !r) return r.error();
    return db.changes();
}

Result<ImportSummary> ReviewImporter::import(ParsedReviews parsed, const ImportOptions& options, std::string_view raw) {
    ImportSummary summary;
    summary.errors = std::move(parsed.errors);
    const Timestamp now = m_clock.now();
    auto tx = store::Transaction::begin(m_db);
    if (!tx) return tx.error();
    if (auto purged = purge_raw_payloads(m_db, now); !purged) return purged.error();
    auto known = known_locations(m_db);
    if (!known) return known.error();
    auto statements = Statements::prepare(m_db);
    if (!statements) return statements.error();
    auto changes = sync::ChangeRecorder::prepare(m_db, *sync::find_entity("review"));
    if (!changes) return changes.error();
    ReviewFlow flow(m_db, now);

    // Locations first: near-duplicate lookups load each location's stored texts once, for the
    // time range of all its rows.
    std::vector<IncomingReview*> accepted;
    accepted.reserve(parsed.rows.size());
    RecentTexts recent(m_db);
    for (auto& row : parsed.rows) {
        if (auto located = resolve_location(row, options, *known); !located) {
            summary.errors.push_back({row.where, located.error().message});
            continue;
        }
        derive_platform_id(row);
        recent.cover(row.review);
        accepted.push_back(&row);
    }

    // A row whose platform id came earlier in this import is a duplicate: the earlier row is stored
    // by now (the stored-id check finds it), or it was left out as a near duplicate (kept here).
    std::unordered_set<std::string> left_out;
    std::int64_t unrecorded = 0;  // the first id not yet in the change log; 0: none
    rules::FoldedWords words;  // of the row's text, for the near-duplicate check and triage alike
    for (IncomingReview* row : accepted) {
        Review& r = row->review;
        const std::string_view platform = to_string(r.platform);
        if (!left_out.empty() && left_out.contains(std::string(platform) + '\x1f' + r.platform_review_id)) {
            ++summary.duplicates;
            continue;
        }
        auto& exists = statements->exists;
        exists.bind_static(1, platform).bind_static(2, r.platform_review_id);
        auto stored = exists.step();
        exists.reset();
        if (!stored) return stored.error();
        if (*stored) {
            ++summary.duplicates;
            continue;
        }
        auto index = recent.of(r.location_id);
        if (!index) return index.error();
        words.assign(r.text);
        auto text_shingles = shingles(words);
        if ((*index)->find(text_shingles, r.posted_at)) {
            left_out.insert(std::string(platform) + '\x1f' + r.platform_review_id);
            ++summary.duplicates;
            ++summary.near_duplicates;
            continue;
        }
        const rules::Triage triage = m_triage(r, words);
        const std::string reasons = reason_codes_json(triage);
        auto& insert = statements->insert;
        insert.bind_static(1, platform)
            .bind_static(2, r.platform_review_id)
            .bind_static(3, r.location_id.value())
            .bind(4, r.rating)
            .bind_static(5, r.text)
            .bind_static(6, r.author)
            .bind(7, store::to_db(r.posted_at))
            .bind_static(8, rules::to_string(triage.severity))
            .bind_static(9, rules::to_string(triage.sentiment))
            .bind_static(10, reasons)
            .bind(11, row->author_review_count)
            .bind(12, row->author_influential ? 1 : 0);
        if (auto ok = insert.run(); !ok) return ok.error();
        r.id = ReviewId(m_db.last_insert_rowid());
        if (unrecorded == 0) unrecorded = r.id.value();
        if (auto routed = flow.route({&r, &triage, row->author_review_count, row->author_influential}); !routed) {
            return routed.error();
        }
        (*index)->add(r.id.value(), r.posted_at, std::move(text_shingles));
        summary.ids.push_back(r.id);
        ++summary.imported;
        // The reviews not yet recorded are the rows from `unrecorded` on: this transaction is the only
        // writer. They are recorded in batches, while their pages are still in the page cache.
        if (r.id.value() - unrecorded + 1 >= kChangeLogBatch) {
            if (auto ok = changes->record_from(unrecorded, now); !ok) return ok.error();
            unrecorded = 0;
        }
    }
    if (unrecorded != 0) {
        if (auto ok = changes->record_from(unrecorded, now); !ok) return ok.error();
    }
    if (summary.imported > 0) {
        if (auto kept = keep_raw(m_db, raw, options.source, now); !kept) return kept.error();
    }
    auto routed = flow.finish();
    if (!routed) return routed.error();
    summary.tasks = routed->tasks;
    summary.alerts = routed->alerts;
    if (auto ok = tx->commit(); !ok) return ok.error();
    summary.rejected = static_cast<std::int64_t>(summary.errors.size());
    return summary;
}

Result<ImportSummary> import_review_file(store::Database& db, const Clock& clock, const std::string& path,
                                         std::optional<ReviewFormat> format, const ImportOptions& options) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(ErrorCode::io, "cannot read " + path);
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) return make_error(ErrorCode::io, "cannot read " + path);
    const std::string text = std::move(content).str();
    return import_review_document(db, clock, path, text, format.value_or(guess_format(path, text)), options, {});
}

Result<ImportSummary> import_review_document(store::Database& db, const Clock& clock, const std::string& name,
                                             const std::string& text, ReviewFormat format, const ImportOptions& options,
                                             const ImportActor& actor) {
    auto parsed = parse_reviews(text, format);
    if (!parsed) {
        return make_error(ErrorCode::invalid_argument,
                          name + " is not a " + std::string(to_string(format)) + " review export: " + parsed.error().message);
    }
    ImportOptions file_options = options;
    if (file_options.source == "import") file_options.source = "import:" + std::string(to_string(format));
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    ReviewImporter importer(db, clock);
    auto summary = importer.import(std::move(*parsed), file_options, text);
    if (!summary) return summary.error();
    access::AuditEvent event;
    event.at = clock.now();
    event.actor = actor.name;
    event.actor_id = actor.id;
    event.action = "review.import";
    event.location = options.location;
    event.details = {{"format", to_string(format)},
                     {"imported", summary->imported},
                     {"duplicates", summary->duplicates},
                     {"rejected", summary->rejected}};
    if (auto r = access::AuditLog(db).append(event); !r) return r.error();
    if (auto r = tx->commit(); !r) return r.error();
    spdlog::info("ingest: imported {} reviews ({} duplicates, {} rejected)", summary->imported, summary->duplicates,
                 summary->rejected);
    return summary;
}

}  // namespace outpost::ingest
