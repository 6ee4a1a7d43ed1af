#include "sync/review_inbox.h"

#include <algorithm>
#include <array>
#include <variant>

#include "domain/enums.h"
#include "domain/json_codec.h"
#include "store/repositories.h"
#include "sync/review_sla.h"

namespace outpost::sync {
namespace {

using namespace std::chrono_literals;

constexpr std::array<InboxSla, 4> kInboxSla = {InboxSla::on_track, InboxSla::warning, InboxSla::breached,
                                               InboxSla::none};
constexpr std::array<rules::Severity, 3> kSeverities = {rules::Severity::low, rules::Severity::medium,
                                                        rules::Severity::high};

// An open clock: not completed and not met.
constexpr std::string_view kOpenClock = "s.review_id = r.id AND s.completed_at IS NULL AND s.state <> 'met'";

// The review's SLA state at ?1 (now), as clock_state() works it out for the most pressing clock.
std::string sla_case() {
    const std::string open(kOpenClock);
    return "CASE WHEN EXISTS(SELECT 1 FROM review_sla s WHERE " + open +
           " AND (s.state = 'breached' OR s.due_at <= ?1)) THEN 'breached' "
           "WHEN EXISTS(SELECT 1 FROM review_sla s WHERE " + open +
           " AND (s.state = 'warning' OR s.warning_at <= ?1)) THEN 'warning' "
           "WHEN EXISTS(SELECT 1 FROM review_sla s WHERE " + open + " AND s.due_at IS NOT NULL) THEN 'on_track' "
           "ELSE 'none' END";
}

// The filter as a WHERE clause over the `inbox` rows (review columns plus `sla`), binding from ?2.
struct Where {
    std::string sql;
    std::vector<std::variant<std::string, std::int64_t>> values;
};

Where build_where(const InboxFilter& f, bool with_status) {
    Where w;
    std::vector<std::string> clauses;
    auto placeholder = [&w](std::variant<std::string, std::int64_t> value) {
        w.values.push_back(std::move(value));
        return "?" + std::to_string(w.values.size() + 1);
    };
    auto in_list = [&](const char* column, const std::vector<std::string>& values) {
        if (values.empty()) return;
        std::string in = std::string(column) + " IN (";
        for (std::size_t i = 0; i < values.size(); ++i) in += (i ? ", " : "") + placeholder(values[i]);
        clauses.push_back(in + ")");
    };
    std::vector<std::string> locations;
    for (const auto& l : f.locations) locations.push_back(l.value());
    in_list("location_id", locations);
    if (f.min_rating) clauses.push_back("rating >= " + placeholder(std::int64_t{*f.min_rating}));
    if (f.max_rating) clauses.push_back("rating <= " + placeholder(std::int64_t{*f.max_rating}));
    if (f.platform) clauses.push_back("platform = " + placeholder(std::string(to_string(*f.platform))));
    if (with_status) {
        std::vector<std::string> statuses;
        for (auto s : f.statuses) statuses.emplace_back(to_string(s));
        in_list("status", statuses);
    }
    std::vector<std::string> severities;
    for (auto s : f.severities) severities.emplace_back(rules::to_string(s));
    in_list("severity", severities);
    std::vector<std::string> sla;
    for (auto s : f.sla_states) sla.emplace_back(to_string(s));
    in_list("sla", sla);
    for (std::size_t i = 0; i < clauses.size(); ++i) w.sql += (i ? " AND " : " WHERE ") + clauses[i];
    return w;
}

void bind(store::Statement& s, const Where& w, Timestamp now) {
    s.bind(1, store::to_db(now));
    for (std::size_t i = 0; i < w.values.size(); ++i) {
        std::visit([&](const auto& value) { s.bind(static_cast<int>(i) + 2, value); }, w.values[i]);
    }
}

// The reviews with their severity, reasons, first reply and SLA state, named `inbox`.
std::string with_inbox() {
    std::string columns;
    std::string_view all = store::kReviewColumns;
    while (!all.empty()) {
        const auto comma = all.find(',');
        std::string_view column = all.substr(0, comma);
        while (!column.empty() && column.front() == ' ') column.remove_prefix(1);
        columns += (columns.empty() ? "r." : ", r.") + std::string(column);
        all = comma == std::string_view::npos ? std::string_view() : all.substr(comma + 1);
    }
    return "WITH inbox AS (SELECT " + columns + ", r.severity, r.triage_reasons, r.first_reply_at, " + sla_case() +
           " AS sla FROM review r) ";
}

std::optional<Timestamp> optional_time(const store::Statement& s, int column) {
    return s.is_null(column) ? std::nullopt : std::optional<Timestamp>(store::from_db(s.int64(column)));
}

std::vector<std::string> reason_codes(std::string_view stored) {
    std::vector<std::string> out;
    if (stored.empty()) return out;
    auto json = parse_json(stored);
    if (!json || !json->is_array()) return out;
    for (const auto& code : *json) {
        if (code.is_string()) out.push_back(code.get<std::string>());
    }
    return out;
}

// The open clocks of the page's reviews; the most pressing one per review.
Result<void> read_clocks(store::Database& db, InboxPage& page, Timestamp now) {
    if (page.reviews.empty()) return {};
    std::string ids;
    for (const auto& r : page.reviews) ids += (ids.empty() ? "" : ",") + std::to_string(r.id.value());
    auto stmt = db.prepare("SELECT review_id, item_type, state, due_at, warning_at, escalation_level FROM review_sla "
                           "WHERE completed_at IS NULL AND state <> 'met' AND review_id IN (" + ids + ")");
    if (!stmt) return stmt.error();
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        const auto type = sla_item_type_from_string(stmt->text(1));
        if (!type) continue;
        InboxClock clock{*type, InboxSla::none, optional_time(*stmt, 3), optional_time(*stmt, 4), stmt->string(5)};
        clock.state = clock_state(stmt->text(2), clock.due, clock.warning_at, now);
        if (clock.state == InboxSla::none) continue;
        InboxTriage& t = page.triage[stmt->int64(0)];
        const auto rank = [](InboxSla s) { return s == InboxSla::breached ? 0 : s == InboxSla::warning ? 1 : 2; };
        const auto due = [](const InboxClock& c) { return c.due.value_or(Timestamp::max()); };
        if (!t.clock || rank(clock.state) < rank(t.clock->state) ||
            (rank(clock.state) == rank(t.clock->state) && due(clock) < due(*t.clock))) {
            t.clock = clock;
            t.sla = clock.state;
        }
    }
    return {};
}

}  // namespace

std::string_view to_string(InboxSla state) {
    switch (state) {
        case InboxSla::on_track: return "on_track";
        case InboxSla::warning: return "warning";
        case InboxSla::breached: return "breached";
        case InboxSla::none: break;
    }
    return "none";
}

std::optional<InboxSla> inbox_sla_from_string(std::string_view text) {
    for (auto s : kInboxSla) {
        if (to_string(s) == text) return s;
    }
    return std::nullopt;
}

std::optional<rules::Severity> severity_from_string(std::string_view text) {
    for (auto s : kSeverities) {
        if (rules::to_string(s) == text) return s;
    }
    return std::nullopt;
}

InboxSla clock_state(std::string_view stored_state, std::optional<Timestamp> due, std::optional<Timestamp> warning_at,
                     Timestamp now) {
    if (stored_state == "met") return InboxSla::none;
    if (stored_state == "breached" || (due && now >= *due)) return InboxSla::breached;
    if (stored_state == "warning" || (warning_at && now >= *warning_at)) return InboxSla::warning;
    return due ? InboxSla::on_track : InboxSla::none;
}

Result<InboxPage> read_review_inbox(store::Database& db, const InboxFilter& filter, Timestamp now, int limit,
                                    int offset) {
    if (limit < 1 || limit > 1000) return make_error(ErrorCode::invalid_argument, "limit: must be from 1 to 1000");
    if (offset < 0) return make_error(ErrorCode::invalid_argument, "offset: must not be negative");
    InboxPage page;
    const std::string inbox = with_inbox();
    const Where where = build_where(filter, true);

    auto count = db.prepare(inbox + "SELECT count(*) FROM inbox" + where.sql);
    if (!count) return count.error();
    bind(*count, where, now);
    if (auto has = count->step(); !has) return has.error();
    page.total = count->int64(0);

    const int next = static_cast<int>(where.values.size()) + 2;
    auto rows = db.prepare(inbox + "SELECT " + std::string(store::kReviewColumns) +
                           ", severity, triage_reasons FROM inbox" + where.sql +
                           " ORDER BY posted_at DESC, id DESC LIMIT ?" + std::to_string(next) + " OFFSET ?" +
                           std::to_string(next + 1));
    if (!rows) return rows.error();
    bind(*rows, where, now);
    rows->bind(next, limit).bind(next + 1, offset);
    while (true) {
        auto has = rows->step();
        if (!has) return has.error();
        if (!*has) break;
        auto review = store::read_review(*rows);
        if (!review) return review.error();
        InboxTriage& t = page.triage[review->id.value()];
        if (!rows->is_null(12)) t.severity = severity_from_string(rows->text(12));
        if (!rows->is_null(13)) t.reasons = reason_codes(rows->text(13));
        page.reviews.push_back(std::move(*review));
    }
    if (auto clocks = read_clocks(db, page, now); !clocks) return clocks.error();

    const Where any_status = build_where(filter, false);
    auto counts = db.prepare(inbox + "SELECT status, count(*) FROM inbox" + any_status.sql + " GROUP BY status");
    if (!counts) return counts.error();
    bind(*counts, any_status, now);
    while (true) {
        auto has = counts->step();
        if (!has) return has.error();
        if (!*has) break;
        if (auto status = enum_from_string<ReviewStatus>(counts->text(0))) page.status_counts[*status] = counts->int64(1);
    }
    return page;
}

Result<ReviewMetrics> review_metrics(store::Database& db, const InboxFilter& filter, Timestamp now) {
    const std::string inbox = with_inbox();
    const Where where = build_where(filter, true);
    const int next = static_cast<int>(where.values.size()) + 2;
    auto totals = db.prepare(inbox + "SELECT count(*), avg(rating), count(first_reply_at), "
                                     "sum(CASE WHEN posted_at > ?" + std::to_string(next) +
                             " AND posted_at <= ?1 THEN 1 ELSE 0 END) FROM inbox" + where.sql);
    if (!totals) return totals.error();
    bind(*totals, where, now);
    totals->bind(next, store::to_db(now - std::chrono::hours(24 * 28)));
    if (auto has = totals->step(); !has) return has.error();
    ReviewMetrics m;
    m.reviews = totals->int64(0);
    m.replied = totals->int64(2);
    m.reviews_per_week = static_cast<double>(totals->int64(3)) / 4.0;
    if (m.reviews > 0) {
        m.average_rating = totals->real(1);
        m.response_rate = static_cast<double>(m.replied) / static_cast<double>(m.reviews);
    }

    const std::string replied = where.sql.empty() ? " WHERE first_reply_at IS NOT NULL"
                                                  : where.sql + " AND first_reply_at IS NOT NULL";
    auto spans = db.prepare(inbox + "SELECT max(first_reply_at - posted_at, 0) AS span FROM inbox" + replied +
                            " ORDER BY span");
    if (!spans) return spans.error();
    bind(*spans, where, now);
    auto values = store::collect_rows<std::int64_t>(
        *spans, [](const store::Statement& s) -> Result<std::int64_t> { return s.int64(0); });
    if (!values) return values.error();
    if (!values->empty()) {
        const std::size_t n = values->size();
        // Stored instants are milliseconds; the median of an even count is the mean of the middle two.
        const double middle = n % 2 == 1 ? static_cast<double>((*values)[n / 2])
                                         : (static_cast<double>((*values)[n / 2 - 1]) +
                                            static_cast<double>((*values)[n / 2])) / 2.0;
        m.median_first_reply = std::chrono::minutes(static_cast<std::int64_t>(middle / 60000.0 + 0.5));
    }
    return m;
}

}  // namespace outpost::sync
