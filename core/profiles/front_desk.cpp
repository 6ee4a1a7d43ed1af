#include "profiles/front_desk.h"

#include <algorithm>
#include <array>
#include <set>

#include "domain/org.h"
#include "profiles/contract.h"
#include "store/repositories.h"
#include "store/schema.h"

namespace outpost::profiles {
namespace {

constexpr std::string_view kProfileColumns =
    "id, first_name, last_name, primary_phone, primary_email, membership_status, home_location_id";

SearchHit hit_of(const store::Statement& s, int first = 0) {
    return SearchHit{ProfileId(s.int64(first)), s.string(first + 1), s.string(first + 2), s.string(first + 3),
                     s.string(first + 4), s.string(first + 6), s.string(first + 5)};
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

// The live profiles whose `column` is exactly `value` (two at most: more than one is no answer).
Result<std::vector<std::int64_t>> exact_holders(store::Database& db, std::string_view column, const std::string& value) {
    // The column comes from front_desk_lookup(), never from the text typed.
    return ids(db, "SELECT id FROM profile WHERE " + std::string(column) + " = ?1 AND merged_into IS NULL LIMIT 2",
               [&](store::Statement& s) { s.bind(1, value); });
}

// The location's time zone as the desk holds it; empty (the UTC day) when the desk has no such row.
std::string zone_of(store::Database& db, std::string_view location) {
    auto stmt = db.prepare("SELECT time_zone FROM location WHERE id = ?1");
    if (!stmt) return {};
    stmt->bind(1, location);
    auto has = stmt->step();
    return has && *has ? stmt->string(0) : std::string();
}

std::string month_day(const std::chrono::year_month_day& day) {
    char text[8];
    std::snprintf(text, sizeof text, "%02u-%02u", static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text;
}

Result<void> add_task_alerts(store::Database& db, ProfileId profile, std::vector<DeskAlert>& alerts) {
    auto stmt = db.prepare(
        "SELECT type = 'complaint', count(*) FROM task WHERE profile_id = ?1 AND status <> 'resolved' GROUP BY 1 ORDER BY 1 DESC");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value());
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) return {};
        const auto n = std::to_string(stmt->int64(1));
        if (stmt->int64(0) == 1) {
            alerts.push_back({"open_complaint", n + " open complaint(s)"});
        } else {
            alerts.push_back({"open_task", n + " open task(s)"});
        }
    }
}

}  // namespace

Result<std::vector<SearchHit>> search_replica(store::Database& db, std::string_view query, int limit) {
    const std::string prefix = search_prefix(query);
    if (prefix.empty()) return std::vector<SearchHit>{};
    if (auto r = store::refresh_desk_search(db); !r) return r.error();  // people edited since the last commit
    std::string upper = prefix;
    upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
    // One range of the covering table; a profile found by several keys ("ana", "ana diaz") once.
    auto stmt = db.prepare(
        "SELECT profile_id, first_name, last_name, primary_phone, primary_email, location_id, membership_status "
        "FROM desk_search WHERE key >= ?1 AND key < ?2 ORDER BY key LIMIT ?3");
    if (!stmt) return stmt.error();
    stmt->bind(1, prefix).bind(2, upper).bind(3, static_cast<std::int64_t>(limit) * 4);
    std::vector<SearchHit> hits;
    std::set<std::int64_t> seen;
    while (static_cast<int>(hits.size()) < limit) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        if (!seen.insert(stmt->int64(0)).second) continue;
        hits.push_back(SearchHit{ProfileId(stmt->int64(0)), stmt->string(1), stmt->string(2), stmt->string(3),
                                 stmt->string(4), stmt->string(5), stmt->string(6)});
    }
    return hits;
}

Result<MemberCard> member_card(store::Database& db, ProfileId profile, const Clock& clock) {
    auto stmt = db.prepare("SELECT " + std::string(kProfileColumns) +
                           ", coalesce(member_id, ''), coalesce(access_card_id, ''), coalesce(birthday, ''), "
                           "payment_failed_at, consent_sms, consent_email, "
                           "(SELECT max(visited_at) FROM visit v WHERE v.profile_id = p.id), s.score, s.band, "
                           "(SELECT count(*) FROM visit v WHERE v.profile_id = p.id), "
                           "(SELECT count(*) FROM visit v WHERE v.profile_id = p.id AND v.id < 0) "
                           "FROM profile p LEFT JOIN at_risk_score s ON s.profile_id = p.id WHERE p.id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value());
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no customer " + std::to_string(profile.value()));
    const Timestamp now = clock.now();
    MemberCard card;
    card.profile = hit_of(*stmt);
    card.member_id = stmt->string(7);
    card.access_card_id = stmt->string(8);
    card.birthday = stmt->string(9);
    if (!stmt->is_null(13)) card.last_visit = store::from_db(stmt->int64(13));
    card.visits = static_cast<int>(stmt->int64(16));
    card.pending_check_ins = static_cast<int>(stmt->int64(17));
    card.consent_sms = stmt->int64(11) != 0;
    card.consent_email = stmt->int64(12) != 0;
    if (!stmt->is_null(14)) {
        card.at_risk_score = static_cast<int>(stmt->int64(14));
        card.at_risk_band = stmt->string(15);
    }
    if (!stmt->is_null(10) && store::from_db(stmt->int64(10)) > now - kRecentPaymentFailure) {
        card.alerts.push_back({"payment_failed", "a payment failed on " + format_iso8601(store::from_db(stmt->int64(10))).substr(0, 10)});
    }
    if (card.at_risk_band == "high") {
        card.alerts.push_back({"at_risk_high", "high at-risk score (" + std::to_string(*card.at_risk_score) + ")"});
    }
    const bool no_consent = !card.consent_sms && !card.consent_email;
    if (auto t = add_task_alerts(db, profile, card.alerts); !t) return t.error();
    if (no_consent) card.alerts.push_back({"missing_consent", "no SMS or email consent on record"});
    const LocalDay today = local_day(zone_of(db, card.profile.home_location_id), now);
    if (card.birthday.size() == 10 && card.birthday.substr(5) == month_day(today.date)) {
        card.alerts.push_back({"birthday", "birthday today"});
    }
    return card;
}

Result<TodayAtDesk> today_at_desk(store::Database& db, const LocationId& location, const Clock& clock,
                                  std::chrono::minutes grace) {
    const Timestamp now = clock.now();
    const LocalDay day = local_day(zone_of(db, location.value()), now);
    // ?2 start of the day, ?3 now, ?4 now - grace, ?5 end of the day (every query names ?5, the
    // last, so that one set of bindings serves the three).
    const std::string came = "EXISTS (SELECT 1 FROM visit v WHERE v.profile_id = p.id AND v.location_id = ?1 AND "
                             "v.visited_at >= max(?2, coalesce(p.booking_at, ?2) - 3600000) AND v.visited_at <= ?3)";
    const std::array<std::string, 3> where = {
        "p.id IN (SELECT profile_id FROM visit WHERE location_id = ?1 AND visited_at >= ?2 AND visited_at < ?5)",
        "p.home_location_id = ?1 AND p.booking_at >= ?4 AND p.booking_at < ?5 AND NOT " + came,
        "p.home_location_id = ?1 AND p.booking_at >= ?2 AND p.booking_at < ?4 AND p.booking_at < ?5 AND NOT " + came};
    TodayAtDesk today;
    std::array<std::vector<SearchHit>*, 3> lists = {&today.checked_in, &today.expected, &today.no_shows};
    for (std::size_t i = 0; i < where.size(); ++i) {
        auto stmt = db.prepare("SELECT " + std::string(kProfileColumns) + " FROM profile p WHERE " + where[i] +
                               " AND p.merged_into IS NULL ORDER BY coalesce(p.booking_at, 0), p.id");
        if (!stmt) return stmt.error();
        stmt->bind(1, location.value()).bind(2, store::to_db(day.start)).bind(3, store::to_db(now));
        stmt->bind(4, store::to_db(now - grace)).bind(5, store::to_db(day.end));
        auto rows = store::collect_rows<SearchHit>(*stmt, [](const store::Statement& s) -> Result<SearchHit> { return hit_of(s); });
        if (!rows) return rows.error();
        *lists[i] = std::move(*rows);
    }
    return today;
}

Result<DeskLookup> front_desk_lookup(store::Database& db, std::string_view scanned_or_typed, const Clock& clock, int limit) {
    const std::string text = trimmed(scanned_or_typed);
    DeskLookup out;
    out.matched_by = "none";
    if (text.empty()) return out;
    for (std::string_view column : {"access_card_id", "member_id"}) {
        auto holders = exact_holders(db, column, text);
        if (!holders) return holders.error();
        if (holders->size() != 1) continue;
        auto card = member_card(db, ProfileId(holders->front()), clock);
        if (!card) return card.error();
        out.matched_by = std::string(column);
        out.card = std::move(*card);
        return out;
    }
    auto hits = search_replica(db, text, limit);
    if (!hits) return hits.error();
    if (hits->empty()) return out;
    out.matched_by = "search";
    if (hits->size() == 1) {
        auto card = member_card(db, hits->front().id, clock);
        if (!card) return card.error();
        out.card = std::move(*card);
        return out;
    }
    out.candidates = std::move(*hits);
    return out;
}

}  // namespace outpost::profiles
