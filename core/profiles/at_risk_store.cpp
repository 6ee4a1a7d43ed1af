#include "profiles/at_risk_store.h"

#include "domain/json_codec.h"
#include "profiles/contract.h"
#include "profiles/decision_log.h"
#include "store/repositories.h"

namespace outpost::profiles {
namespace {

using std::chrono::days;

Result<std::int64_t> count(store::Database& db, std::string_view sql, ProfileId profile, Timestamp from, Timestamp to) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value()).bind(2, store::to_db(from)).bind(3, store::to_db(to));
    auto has = stmt->step();
    if (!has) return has.error();
    return stmt->int64(0);
}

constexpr std::string_view kVisits = "SELECT count(*) FROM visit WHERE profile_id = ?1 AND visited_at > ?2 AND visited_at <= ?3";
constexpr std::string_view kEngagement =
    "SELECT count(*) FROM profile_event WHERE profile_id = ?1 AND occurred_at > ?2 AND occurred_at <= ?3 AND type IN "
    "('app_opened', 'message_received', 'appointment_booked', 'nps_submitted')";
constexpr std::string_view kFailures =
    "SELECT count(*) FROM profile_event WHERE profile_id = ?1 AND occurred_at > ?2 AND occurred_at <= ?3 AND type = 'payment_failed'";
constexpr std::string_view kTickets =
    "SELECT count(*) FROM profile_event WHERE profile_id = ?1 AND occurred_at > ?2 AND occurred_at <= ?3 AND type = 'ticket_created'";
constexpr std::string_view kDetractors =
    "SELECT count(*) FROM profile_event WHERE profile_id = ?1 AND occurred_at > ?2 AND occurred_at <= ?3 AND ("
    "(type = 'nps_submitted' AND json_extract(data, '$.score') <= 6) OR "
    "(type = 'review_posted' AND json_extract(data, '$.rating') <= 2))";

Result<void> store_score(store::Database& db, const StoredAtRisk& s, const std::string& location) {
    Json reasons = Json::array();
    for (const auto& r : s.score.reasons) reasons.push_back(r);
    return run(db,
               "INSERT OR REPLACE INTO at_risk_score(profile_id, location_id, score, band, recency, frequency, payment, "
               "engagement, support, reasons, expected_value_cents, computed_at) "
               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
               [&](store::Statement& st) {
                   st.bind(1, s.profile.value()).bind(2, location).bind(3, s.score.total).bind(4, s.score.band);
                   st.bind(5, s.score.recency).bind(6, s.score.frequency).bind(7, s.score.payment);
                   st.bind(8, s.score.engagement).bind(9, s.score.support).bind(10, reasons.dump());
                   st.bind(11, s.expected_value_cents).bind(12, store::to_db(s.score.computed_at));
               });
}

Result<void> record_pick(store::Database& db, const OutreachPick& pick, const LocationId& location, Timestamp week,
                         Timestamp now) {
    return run(db,
               "INSERT INTO outreach(profile_id, location_id, week_start, score, expected_value_cents, created_at) "
               "VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
               [&](store::Statement& s) {
                   s.bind(1, pick.profile.value()).bind(2, location.value()).bind(3, store::to_db(week));
                   s.bind(4, pick.score).bind(5, pick.expected_value_cents).bind(6, store::to_db(now));
               });
}

}  // namespace

Result<AtRiskSettings> at_risk_settings(store::Database& db, const LocationId& location) {
    auto stmt = db.prepare(
        "SELECT recency_sensitivity, payment_weight, engagement_multiplier, weekly_quota, outreach_cost_cents "
        "FROM at_risk_settings WHERE location_id IN (?1, '*') ORDER BY location_id = '*' LIMIT 1");
    if (!stmt) return stmt.error();
    stmt->bind(1, location.value());
    auto has = stmt->step();
    if (!has) return has.error();
    AtRiskSettings s;
    if (!*has) return s;
    s.knobs = {stmt->real(0), stmt->real(1), stmt->real(2)};
    s.weekly_quota = static_cast<int>(stmt->int64(3));
    s.outreach_cost_cents = stmt->int64(4);
    return s;
}

Result<void> save_at_risk_settings(store::Database& db, const LocationId& location, const AtRiskSettings& s) {
    return run(db,
               "INSERT OR REPLACE INTO at_risk_settings(location_id, recency_sensitivity, payment_weight, "
               "engagement_multiplier, weekly_quota, outreach_cost_cents) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
               [&](store::Statement& st) {
                   st.bind(1, location.value()).bind(2, s.knobs.recency_sensitivity).bind(3, s.knobs.payment_weight);
                   st.bind(4, s.knobs.engagement_multiplier).bind(5, s.weekly_quota).bind(6, s.outreach_cost_cents);
               });
}

Result<AtRiskInputs> at_risk_inputs(store::Database& db, ProfileId profile, Timestamp now) {
    AtRiskInputs in;
    const Timestamp d30 = now - days(30);
    const Timestamp d90 = now - days(90);
    std::vector<std::pair<std::string_view, std::pair<Timestamp, int*>>> windows = {
        {kVisits, {d30, &in.visits_last_30d}},          {kEngagement, {d30, &in.engagement_last_30d}},
        {kFailures, {d90, &in.payment_failures_90d}},   {kTickets, {d90, &in.tickets_90d}},
        {kDetractors, {d90, &in.detractors_90d}}};
    for (auto& [sql, w] : windows) {
        auto n = count(db, sql, profile, w.first, now);
        if (!n) return n.error();
        *w.second = static_cast<int>(*n);
    }
    auto before = count(db, kVisits, profile, d90, d30);
    auto engaged = count(db, kEngagement, profile, d90, d30);
    if (!before) return before.error();
    if (!engaged) return engaged.error();
    in.visits_days_31_90 = static_cast<int>(*before);
    in.engagement_days_31_90 = static_cast<int>(*engaged);
    auto stmt = db.prepare(
        "SELECT (SELECT max(visited_at) FROM visit WHERE profile_id = ?1 AND visited_at <= ?2), "
        "(SELECT type FROM profile_event WHERE profile_id = ?1 AND occurred_at <= ?2 AND type IN ('payment_failed', "
        "'payment_succeeded') ORDER BY occurred_at DESC, id DESC LIMIT 1)");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value()).bind(2, store::to_db(now));
    auto has = stmt->step();
    if (!has) return has.error();
    if (!stmt->is_null(0)) in.last_visit = store::from_db(stmt->int64(0));
    in.latest_payment_failed = !stmt->is_null(1) && stmt->text(1) == "payment_failed";
    return in;
}

Result<StoredAtRisk> refresh_at_risk(store::Database& db, ProfileId profile, const Clock& clock) {
    auto row = read_profile(db, profile);
    if (!row) return row.error();
    const std::string location = (*row)["home_location_id"].get<std::string>();
    auto settings = at_risk_settings(db, LocationId(location));
    if (!settings) return settings.error();
    auto inputs = at_risk_inputs(db, profile, clock.now());
    if (!inputs) return inputs.error();
    StoredAtRisk s;
    s.profile = profile;
    s.score = score_at_risk(*inputs, settings->knobs, clock);
    s.expected_value_cents = outreach_value_cents(s.score.band, (*row)["lifetime_value_cents"].get<std::int64_t>(),
                                                  settings->outreach_cost_cents);
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto r = store_score(db, s, location); !r) return r.error();
    Decision d{std::nullopt, profile, "at_risk.score", s.score.band, s.score.total / 100.0, s.score.reasons, "", "", std::nullopt};
    if (auto l = log_decision(db, d, s.score.computed_at); !l) return l.error();
    // Desks of the location hold the score (the front desk's at-risk alert).
    if (auto p = publish(db, {{"at_risk_score", std::to_string(profile.value())}}, s.score.computed_at); !p) return p.error();
    if (auto c = tx->commit(); !c) return c.error();
    return s;
}

Result<std::optional<StoredAtRisk>> stored_at_risk(store::Database& db, ProfileId profile, const Clock& clock) {
    auto stmt = db.prepare(
        "SELECT score, band, recency, frequency, payment, engagement, support, reasons, expected_value_cents, computed_at "
        "FROM at_risk_score WHERE profile_id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value());
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return std::optional<StoredAtRisk>();
    StoredAtRisk s;
    s.profile = profile;
    s.score.total = static_cast<int>(stmt->int64(0));
    s.score.band = stmt->string(1);
    s.score.recency = static_cast<int>(stmt->int64(2));
    s.score.frequency = static_cast<int>(stmt->int64(3));
    s.score.payment = static_cast<int>(stmt->int64(4));
    s.score.engagement = static_cast<int>(stmt->int64(5));
    s.score.support = static_cast<int>(stmt->int64(6));
    if (auto reasons = parse_json(stmt->text(7)); reasons && reasons->is_array()) {
        for (const auto& r : *reasons) s.score.reasons.push_back(r.get<std::string>());
    }
    s.expected_value_cents = stmt->int64(8);
    s.score.computed_at = store::from_db(stmt->int64(9));
    s.stale = is_stale(s.score.computed_at, clock);
    return std::optional<StoredAtRisk>(s);
}

Result<std::size_t> refresh_stale_at_risk(store::Database& db, const Clock& clock, int batch) {
    auto due = ids(db,
                   "SELECT p.id FROM profile p LEFT JOIN at_risk_score s ON s.profile_id = p.id WHERE p.merged_into IS NULL "
                   "AND p.membership_status IN ('trial', 'active', 'frozen') AND (s.computed_at IS NULL OR s.computed_at < ?1) "
                   "ORDER BY coalesce(s.computed_at, 0), p.id LIMIT ?2",
                   [&](store::Statement& s) { s.bind(1, store::to_db(clock.now() - kAtRiskStaleAfter)).bind(2, batch); });
    if (!due) return due.error();
    if (due->empty()) return std::size_t{0};
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    for (auto id : *due) {
        if (auto r = refresh_at_risk(db, ProfileId(id), clock); !r) return r.error();
    }
    if (auto c = tx->commit(); !c) return c.error();
    return due->size();
}

Result<std::int64_t> outreach_used(store::Database& db, const LocationId& location, Timestamp week) {
    auto used = db.prepare("SELECT count(*) FROM outreach WHERE location_id = ?1 AND week_start = ?2");
    if (!used) return used.error();
    used->bind(1, location.value()).bind(2, store::to_db(week));
    if (auto has = used->step(); !has) return has.error();
    return used->int64(0);
}

Result<std::vector<OutreachPick>> plan_outreach(store::Database& db, const LocationId& location, const Clock& clock) {
    const Timestamp now = clock.now();
    const Timestamp week = week_start(now);
    auto settings = at_risk_settings(db, location);
    if (!settings) return settings.error();
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    auto used = outreach_used(db, location, week);
    if (!used) return used.error();
    std::int64_t left = std::max<std::int64_t>(0, settings->weekly_quota - *used);
    // Fresh medium and high scores worth the cost, not picked this week yet, best value first.
    auto stmt = db.prepare(
        "SELECT s.profile_id, s.score, s.expected_value_cents, s.band FROM at_risk_score s JOIN profile p ON p.id = s.profile_id "
        "WHERE s.location_id = ?1 AND s.band IN ('medium', 'high') AND s.computed_at >= ?2 AND s.expected_value_cents > 0 "
        "AND p.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM outreach o WHERE o.profile_id = s.profile_id AND o.week_start = ?3) "
        "ORDER BY s.expected_value_cents DESC, s.score DESC, s.profile_id");
    if (!stmt) return stmt.error();
    stmt->bind(1, location.value()).bind(2, store::to_db(now - kAtRiskStaleAfter)).bind(3, store::to_db(week));
    auto ranked = store::collect_rows<OutreachPick>(*stmt, [](const store::Statement& s) -> Result<OutreachPick> {
        return OutreachPick{ProfileId(s.int64(0)), static_cast<int>(s.int64(1)), s.int64(2)};
    });
    if (!ranked) return ranked.error();
    std::vector<OutreachPick> picked;
    for (const auto& pick : *ranked) {
        const bool chosen = left > 0;
        Decision d{std::nullopt, pick.profile, "at_risk.outreach", chosen ? "selected" : "over_quota",
                   pick.score / 100.0, {chosen ? "expected_value_rank" : "weekly_quota_reached"}, chosen ? "outreach_queued" : "",
                   "", std::nullopt};
        if (auto l = log_decision(db, d, now); !l) return l.error();
        if (!chosen) continue;
        if (auto r = record_pick(db, pick, location, week, now); !r) return r.error();
        picked.push_back(pick);
        --left;
    }
    if (auto c = tx->commit(); !c) return c.error();
    return picked;
}

}  // namespace outpost::profiles
