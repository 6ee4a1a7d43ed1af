#include "ingest/review_flow.h"

#include "domain/enums.h"
#include "domain/json_codec.h"
#include "rules/review_alerts.h"
#include "rules/task_triggers.h"
#include "store/repositories.h"
#include "sync/review_sla.h"
#include "sync/sync_service.h"
#include "sync/task_sla.h"

namespace outpost::ingest {
namespace {

constexpr int kEvidenceRows = 10;
constexpr std::chrono::hours kEvidenceSpan{24 * 180};

// Runs `sql` with `bind` and appends one JSON object per row (columns by name).
Result<Json> rows_json(store::Database& db, const char* sql, const std::function<void(store::Statement&)>& bind) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    bind(*stmt);
    Json out = Json::array();
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) return out;
        out.push_back(sync::row_object(*stmt));
    }
}

// The evidence a high-severity review's task carries: the review, the linked customer, their
// recent visits, prior contacts (notes, tasks) and prior reviews, newest first, at most 10 each
// from the last 180 days.
Result<Json> evidence_bundle(store::Database& db, const FlowReview& fr, Timestamp now) {
    const Review& r = *fr.review;
    Json reasons = Json::array();
    for (const auto& reason : fr.triage->reasons) reasons.push_back(reason.code);
    Json bundle = {{"review",
                    {{"id", r.id.value()},
                     {"platform", to_string(r.platform)},
                     {"location_id", r.location_id.value()},
                     {"rating", r.rating},
                     {"text", r.text},
                     {"author", r.author},
                     {"posted_at", format_iso8601(r.posted_at)},
                     {"severity", rules::to_string(fr.triage->severity)},
                     {"reasons", std::move(reasons)}}},
                   {"customer_id", r.profile_id ? Json(r.profile_id->value()) : Json(nullptr)},
                   {"recent_visits", Json::array()},
                   {"prior_notes", Json::array()},
                   {"prior_tasks", Json::array()},
                   {"prior_reviews", Json::array()}};
    if (!r.profile_id) return bundle;
    const std::int64_t profile = r.profile_id->value();
    const std::int64_t since = store::to_db(now - kEvidenceSpan);
    const auto bind = [&](store::Statement& s) { s.bind(1, profile).bind(2, since).bind(3, kEvidenceRows); };
    const std::pair<const char*, const char*> parts[] = {
        {"recent_visits",
         "SELECT id, location_id, visited_at FROM visit WHERE profile_id = ?1 AND visited_at >= ?2 "
         "ORDER BY visited_at DESC LIMIT ?3"},
        {"prior_notes",
         "SELECT id, location_id, author_name, text, created_at FROM profile_note WHERE profile_id = ?1 AND "
         "created_at >= ?2 ORDER BY created_at DESC LIMIT ?3"},
        {"prior_tasks",
         "SELECT id, type, status, urgency, summary, created_at FROM task WHERE profile_id = ?1 AND created_at >= ?2 "
         "ORDER BY created_at DESC LIMIT ?3"},
        {"prior_reviews",
         "SELECT id, platform, rating, text, posted_at FROM review WHERE profile_id = ?1 AND posted_at >= ?2 AND id <> "
         "?4 ORDER BY posted_at DESC LIMIT ?3"},
    };
    for (const auto& [key, sql] : parts) {
        auto rows = rows_json(db, sql, [&](store::Statement& s) {
            bind(s);
            if (std::string_view(key) == "prior_reviews") s.bind(4, r.id.value());
        });
        if (!rows) return rows.error();
        bundle[key] = std::move(*rows);
    }
    return bundle;
}

Result<std::int64_t> count(store::Database& db, const char* sql, const std::string& location, Timestamp from,
                           Timestamp to) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, location).bind(2, store::to_db(from)).bind(3, store::to_db(to));
    auto has = stmt->step();
    if (!has) return has.error();
    return stmt->int64(0);
}

}  // namespace

bool influential(const FlowReview& r) {
    return r.author_influential || (r.author_review_count && *r.author_review_count >= kInfluentialReviewCount);
}

Result<void> ReviewFlow::route(const FlowReview& fr) {
    const Review& r = *fr.review;
    if (r.posted_at < m_now - kFreshReview) return {};
    const rules::Severity severity = fr.triage->severity;
    if (r.rating <= 2) m_complaints.insert(r.location_id.value());
    if (rules::is_new_account({r.posted_at, fr.author_review_count})) m_new_accounts.insert(r.location_id.value());
    if (severity != rules::Severity::low) {
        if (auto t = open_task(fr); !t) return t;
    }
    auto cal = m_calendars.get(m_db, r.location_id);
    if (!cal) return cal.error();
    if (!*cal) return {};
    auto started = sync::start_review_slas(m_db, r.id.value(), r.location_id,
                                           sync::review_obligations(r.rating, severity, influential(fr)), **cal, m_now);
    if (!started) return started.error();
    m_summary.clocks += static_cast<std::int64_t>(started->size());
    m_changed.insert(m_changed.end(), started->begin(), started->end());
    return {};
}

Result<void> ReviewFlow::open_task(const FlowReview& fr) {
    const Review& r = *fr.review;
    const std::string review_id = std::to_string(r.id.value());
    auto open = sync::open_review_task(m_db, review_id);
    if (!open) return open.error();
    if (*open) return {};

    rules::TriggerEvent event;
    event.kind = rules::TriggerKind::review;
    event.rating = r.rating;
    event.text = r.text;
    // The rating rule is task_for's; a 3-5 star review that triage found negative gets the same task.
    rules::TaskSpec spec = rules::task_for(event).value_or(
        rules::TaskSpec{"negative_review", "review", rules::SlaPriority::high, {}, "Acknowledge and reach out privately"});
    const bool high = fr.triage->severity == rules::Severity::high;
    sync::NewTask task;
    task.id = "review/" + review_id;
    task.source = "review";
    task.source_id = review_id;
    task.profile_id = r.profile_id ? std::optional<std::int64_t>(r.profile_id->value()) : std::nullopt;
    task.location = r.location_id;
    task.created = m_now;
    task.type = high ? "review_high_severity" : spec.type;
    task.urgency = std::string(rules::to_string(high ? rules::SlaPriority::urgent : spec.urgency));
    task.suggested_action = high ? "Regional ops and legal: review the evidence before anyone replies"
                                 : spec.suggested_action;
    if (high) task.level = rules::EscalationLevel::region;
    if (high) task.reasons = {"legal", "regional_ops"};
    for (const auto& code : spec.reasons) task.reasons.push_back(code);
    for (const auto& reason : fr.triage->reasons) task.reasons.push_back(reason.code);
    task.summary = sync::review_task_summary(r.rating, to_string(r.platform), r.author, r.text, high);

    auto inserted = sync::insert_task(m_db, task, m_now);
    if (!inserted) return inserted.error();
    if (inserted->empty()) return {};
    ++m_summary.tasks;
    m_changed.insert(m_changed.end(), inserted->begin(), inserted->end());
    if (!high) return {};
    auto bundle = evidence_bundle(m_db, fr, m_now);
    if (!bundle) return bundle.error();
    auto stmt = m_db.prepare("INSERT INTO task_evidence(task_id, location_id, bundle, created_at) VALUES(?1, ?2, ?3, ?4)");
    if (!stmt) return stmt.error();
    if (auto done = stmt->bind(1, task.id).bind(2, r.location_id.value()).bind(3, bundle->dump()).bind(4, store::to_db(m_now)).run();
        !done) {
        return done;
    }
    m_changed.push_back({"task_evidence", task.id});
    return {};
}

Result<void> ReviewFlow::raise(const std::string& location, const std::string& kind, const std::string& detail) {
    const std::string id = location + "/" + kind + "/" + std::to_string(store::to_db(m_now));
    auto stmt = m_db.prepare(
        "INSERT OR IGNORE INTO alert(id, location_id, kind, detail, raised_at) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!stmt) return stmt.error();
    if (auto done = stmt->bind(1, id).bind(2, location).bind(3, kind).bind(4, detail).bind(5, store::to_db(m_now)).run();
        !done) {
        return done;
    }
    if (m_db.changes() == 0) return {};  // one open alert per location and kind
    ++m_summary.alerts;
    m_changed.push_back({"alert", id});
    return {};
}

Result<FlowSummary> ReviewFlow::finish() {
    const rules::SpikeConfig spike_config;
    for (const auto& location : m_complaints) {
        const char* sql = "SELECT count(*) FROM review WHERE location_id = ?1 AND rating <= 2 AND posted_at > ?2 AND posted_at <= ?3";
        const Timestamp window_start = m_now - spike_config.window;
        auto recent = count(m_db, sql, location, window_start, m_now);
        if (!recent) return recent.error();
        auto usual = count(m_db, sql, location, window_start - spike_config.baseline, window_start);
        if (!usual) return usual.error();
        if (auto spike = rules::complaint_spike({*recent, *usual}, spike_config)) {
            const Json detail = {{"complaints", spike->recent},
                                 {"usual_per_30_min", spike->usual_per_window},
                                 {"threshold", spike->threshold},
                                 {"window_minutes", spike_config.window.count()}};
            if (auto r = raise(location, "complaint_spike", detail.dump()); !r) return r.error();
        }
    }
    const rules::BurstConfig burst_config;
    for (const auto& location : m_new_accounts) {
        auto stmt = m_db.prepare(
            "SELECT posted_at, author_review_count FROM review WHERE location_id = ?1 AND posted_at > ?2 AND "
            "posted_at <= ?3 AND author_review_count IS NOT NULL");
        if (!stmt) return stmt.error();
        stmt->bind(1, location).bind(2, store::to_db(m_now - burst_config.window)).bind(3, store::to_db(m_now));
        std::vector<rules::ReviewSignal> signals;
        while (true) {
            auto has = stmt->step();
            if (!has) return has.error();
            if (!*has) break;
            signals.push_back({store::from_db(stmt->int64(0)), stmt->int64(1)});
        }
        if (auto burst = rules::fake_review_burst(signals, m_now, burst_config)) {
            const Json detail = {{"new_account_reviews", burst->new_accounts},
                                 {"first_posted_at", format_iso8601(burst->first)},
                                 {"window_minutes", burst_config.window.count()}};
            if (auto r = raise(location, "fake_review_burst", detail.dump()); !r) return r.error();
        }
    }
    if (auto r = sync::record_changes(m_db, m_changed, m_now); !r) return r.error();
    m_changed.clear();
    return m_summary;
}

}  // namespace outpost::ingest
