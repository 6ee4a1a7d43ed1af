#include "engine/customer_routes.h"

#include <charconv>

#include "domain/json_reader.h"
#include "profiles/at_risk_store.h"
#include "profiles/consent.h"
#include "profiles/contract.h"
#include "profiles/merge.h"
#include "store/repositories.h"
#include "sync/sync_service.h"
#include "sync/task_sla.h"

namespace outpost::engine {
namespace {

using net::error_response;
using net::json_response;

constexpr int kMaxRecompute = 5000;

Result<std::int64_t> path_id(std::string_view text) {
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size() || id < 1) {
        return make_error(ErrorCode::not_found, "no such endpoint");
    }
    return id;
}

Result<void> manager(const access::Caller& caller) {
    if (caller.user.role == Role::front_desk) {
        return make_error(ErrorCode::permission_denied, "the front desk cannot manage merges, at-risk scores or outreach");
    }
    return {};
}

// The home location of a live or merged profile, refused when outside the caller's locations.
Result<LocationId> home_in_reach(store::Database& db, const access::Caller& caller, std::int64_t profile) {
    auto row = profiles::read_profile(db, ProfileId(profile));
    if (!row) return row.error();
    LocationId home((*row)["home_location_id"].get<std::string>());
    if (!caller.scope.contains(home)) {
        return make_error(ErrorCode::permission_denied, "customer " + std::to_string(profile) + " is outside your locations");
    }
    return home;
}

Result<void> location_in_reach(store::Database& db, const access::Caller& caller, const LocationId& location) {
    auto known = db.prepare("SELECT 1 FROM location WHERE id = ?1");
    if (!known) return known.error();
    known->bind(1, location.value());
    auto has = known->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no location " + location.value());
    if (!caller.scope.contains(location)) {
        return make_error(ErrorCode::permission_denied, "location " + location.value() + " is outside your locations");
    }
    return {};
}

Result<Json> body_of(const net::HttpRequest& request) {
    if (request.body.empty()) return Json::object();
    auto body = parse_json(request.body);
    if (!body) return body.error();
    if (!body->is_object()) return make_error(ErrorCode::invalid_argument, "the body must be a JSON object");
    return body;
}

profiles::Actor actor_of(const access::Caller& caller) { return {caller.user.id, caller.user.username}; }

Result<void> audit(access::AccessService& access, const access::Caller& caller, std::string action,
                   std::optional<LocationId> location, std::string subject, Json details) {
    access::AuditEvent event;
    event.at = access.now();
    event.actor_id = caller.user.id;
    event.actor = caller.user.username;
    event.action = std::move(action);
    event.location = std::move(location);
    event.subject = std::move(subject);
    event.details = std::move(details);
    if (auto a = access.audit().append(event); !a) return a.error();
    return {};
}

Result<int> limit_of(const net::HttpRequest& request, int fallback, int max) {
    auto it = request.query.find("limit");
    if (it == request.query.end()) return fallback;
    int value = 0;
    auto [end, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
    if (ec != std::errc() || end != it->second.data() + it->second.size() || value < 1 || value > max) {
        return make_error(ErrorCode::invalid_argument, "limit: must be an integer from 1 to " + std::to_string(max));
    }
    return value;
}

// ---- merge queue ----
Result<Json> list_candidates(const net::HttpRequest& request, store::Database& db, const access::Caller& caller) {
    auto limit = limit_of(request, 50, 500);
    if (!limit) return limit.error();
    auto pending = profiles::pending_candidates(db, 5000);
    if (!pending) return pending.error();
    Json list = Json::array();
    for (const auto& c : *pending) {
        if (static_cast<int>(list.size()) >= *limit) break;
        Json pair = Json::array();
        for (ProfileId id : {c.a, c.b}) {
            auto row = profiles::read_profile(db, id);
            if (!row) return row.error();
            if (!caller.scope.contains(LocationId((*row)["home_location_id"].get<std::string>()))) break;
            pair.push_back(std::move(*row));
        }
        if (pair.size() != 2) continue;
        list.push_back({{"id", c.id}, {"confidence", c.confidence}, {"reasons", c.reasons}, {"profile_a", pair[0]},
                        {"profile_b", pair[1]}});
    }
    return Json{{"candidates", std::move(list)}};
}

Result<std::pair<std::int64_t, std::int64_t>> candidate_profiles(store::Database& db, std::int64_t candidate) {
    auto stmt = db.prepare("SELECT profile_a, profile_b FROM merge_candidate WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, candidate);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no merge suggestion " + std::to_string(candidate));
    return std::pair{stmt->int64(0), stmt->int64(1)};
}

// The latest merges of customers in the caller's locations, with the false-merge rate.
Result<Json> list_merges(const net::HttpRequest& request, store::Database& db, const access::Caller& caller) {
    auto limit = limit_of(request, 50, 500);
    if (!limit) return limit.error();
    auto merges = profiles::recent_merges(db, 2000);
    if (!merges) return merges.error();
    Json list = Json::array();
    for (const auto& m : *merges) {
        if (static_cast<int>(list.size()) >= *limit) break;
        auto kept = profiles::read_profile(db, m.survivor);
        auto gone = profiles::read_profile(db, m.absorbed);
        if (!kept) return kept.error();
        if (!gone) return gone.error();
        if (!caller.scope.contains(LocationId((*kept)["home_location_id"].get<std::string>())) ||
            !caller.scope.contains(LocationId((*gone)["home_location_id"].get<std::string>()))) {
            continue;
        }
        const auto name = [](const Json& p) { return p["first_name"].get<std::string>() + " " + p["last_name"].get<std::string>(); };
        list.push_back({{"id", m.id}, {"survivor_id", m.survivor.value()}, {"absorbed_id", m.absorbed.value()},
                        {"survivor_name", name(*kept)}, {"absorbed_name", name(*gone)},
                        {"merged_at", format_iso8601(m.merged_at)},
                        {"unmerged_at", m.unmerged_at ? Json(format_iso8601(*m.unmerged_at)) : Json()}});
    }
    auto stats = profiles::merge_stats(db);
    if (!stats) return stats.error();
    return Json{{"merges", std::move(list)}, {"false_merge_rate", stats->false_merge_rate}};
}

Result<Json> decide_candidate(const net::HttpRequest& request, store::Database& db, access::AccessService& access,
                              const access::Caller& caller, std::int64_t candidate, bool approve) {
    auto body = body_of(request);
    if (!body) return body.error();
    JsonReader reader(*body, "body");
    const std::string reason = reader.optional_string("reason", 500).value_or("");
    if (!reader.ok()) return reader.error();
    auto pair = candidate_profiles(db, candidate);
    if (!pair) return pair.error();
    for (auto id : {pair->first, pair->second}) {
        if (auto home = home_in_reach(db, caller, id); !home) return home.error();
    }
    if (!approve) {
        if (auto r = profiles::reject_candidate(db, access.audit(), candidate, actor_of(caller), access.now(), reason); !r) {
            return r.error();
        }
        return Json{{"id", candidate}, {"status", "rejected"}};
    }
    auto merge = profiles::approve_candidate(db, access.audit(), candidate, actor_of(caller), access.now());
    if (!merge) return merge.error();
    return Json{{"id", candidate}, {"status", "approved"}, {"merge_id", *merge}, {"survivor_id", pair->first}};
}

Result<Json> unmerge(store::Database& db, access::AccessService& access, const access::Caller& caller, std::int64_t merge) {
    auto stmt = db.prepare("SELECT survivor_id, absorbed_id FROM profile_merge WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, merge);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no merge " + std::to_string(merge));
    for (auto id : {stmt->int64(0), stmt->int64(1)}) {
        if (auto home = home_in_reach(db, caller, id); !home) return home.error();
    }
    if (auto r = profiles::unmerge(db, access.audit(), merge, actor_of(caller), access.now()); !r) return r.error();
    return Json{{"merge_id", merge}, {"status", "unmerged"}};
}

// ---- consent ----
Result<Json> set_consent(const net::HttpRequest& request, store::Database& db, access::AccessService& access,
                         const access::Caller& caller, std::int64_t profile) {
    auto body = body_of(request);
    if (!body) return body.error();
    JsonReader r(*body, "body");
    profiles::ConsentEntry entry;
    entry.profile = ProfileId(profile);
    entry.channel = r.string("channel", 16);
    entry.granted = r.boolean("granted", false);
    entry.source = r.string("source", 64);
    entry.text_version = r.string("text_version", 64);
    if (r.ok() && !body->contains("granted")) r.fail("granted", "is required");
    if (r.ok() && !profiles::is_consent_channel(entry.channel)) r.fail("channel", "must be one of sms, email, phone, push, mail");
    if (r.ok() && (entry.source.empty() || entry.text_version.empty())) r.fail("source", "source and text_version must not be empty");
    if (!r.ok()) return r.error();
    auto home = home_in_reach(db, caller, profile);
    if (!home) return home.error();
    entry.occurred_at = access.now();
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    auto id = profiles::record_consent(db, entry, access.now());
    if (!id) return id.error();
    if (auto a = audit(access, caller, entry.granted ? "consent.grant" : "consent.revoke", *home,
                       "profile:" + std::to_string(profile),
                       {{"channel", entry.channel}, {"source", entry.source}, {"text_version", entry.text_version}});
        !a) {
        return a.error();
    }
    if (auto c = tx->commit(); !c) return c.error();
    return Json{{"consent_event_id", *id}, {"channel", entry.channel}, {"granted", entry.granted}};
}

// ---- at-risk ----
Result<Json> quota_of(store::Database& db, const LocationId& location, Timestamp now) {
    auto settings = profiles::at_risk_settings(db, location);
    if (!settings) return settings.error();
    auto used = profiles::outreach_used(db, location, profiles::week_start(now));
    if (!used) return used.error();
    const std::int64_t n = *used;
    return Json{{"weekly_quota", settings->weekly_quota}, {"used", n},
                {"left", std::max<std::int64_t>(0, settings->weekly_quota - n)}};
}

Result<Json> list_at_risk(const net::HttpRequest& request, store::Database& db, const access::Caller& caller, Timestamp now) {
    for (const auto& [key, value] : request.query) {
        if (key != "location_id" && key != "band" && key != "limit") {
            return make_error(ErrorCode::invalid_argument, "unknown query parameter '" + key.substr(0, 40) + "'");
        }
    }
    auto loc = request.query.find("location_id");
    if (loc == request.query.end()) return make_error(ErrorCode::invalid_argument, "location_id: is required");
    const LocationId location(loc->second);
    if (auto l = location_in_reach(db, caller, location); !l) return l.error();
    auto band = request.query.find("band");
    const std::string wanted = band == request.query.end() ? "" : band->second;
    if (!wanted.empty() && wanted != "low" && wanted != "medium" && wanted != "high") {
        return make_error(ErrorCode::invalid_argument, "band: must be low, medium or high");
    }
    auto limit = limit_of(request, 100, 1000);
    if (!limit) return limit.error();
    auto stmt = db.prepare(
        "SELECT s.profile_id, p.first_name, p.last_name, s.score, s.band, s.recency, s.frequency, s.payment, s.engagement, "
        "s.support, s.reasons, s.expected_value_cents, s.computed_at FROM at_risk_score s JOIN profile p ON p.id = s.profile_id "
        "WHERE s.location_id = ?1 AND p.merged_into IS NULL AND (?2 = '' OR s.band = ?2) "
        "ORDER BY s.expected_value_cents DESC, s.score DESC, s.profile_id LIMIT ?3");
    if (!stmt) return stmt.error();
    stmt->bind(1, location.value()).bind(2, wanted).bind(3, *limit);
    Json list = Json::array();
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        const Timestamp computed = store::from_db(stmt->int64(12));
        list.push_back({{"profile_id", stmt->int64(0)}, {"first_name", stmt->string(1)}, {"last_name", stmt->string(2)},
                        {"score", stmt->int64(3)}, {"band", stmt->string(4)},
                        {"components", {{"recency", stmt->int64(5)}, {"frequency", stmt->int64(6)}, {"payment", stmt->int64(7)},
                                        {"engagement", stmt->int64(8)}, {"support", stmt->int64(9)}}},
                        {"reasons", parse_json(stmt->text(10)).value_or(Json::array())},
                        {"expected_value_cents", stmt->int64(11)}, {"computed_at", format_iso8601(computed)},
                        {"stale", now - computed > profiles::kAtRiskStaleAfter}});
    }
    auto quota = quota_of(db, location, now);
    if (!quota) return quota.error();
    return Json{{"location_id", location.value()}, {"quota", std::move(*quota)}, {"scores", std::move(list)}};
}

Result<Json> recompute(const net::HttpRequest& request, store::Database& db, access::AccessService& access,
                       const access::Caller& caller) {
    auto body = body_of(request);
    if (!body) return body.error();
    JsonReader r(*body, "body");
    const LocationId location(r.string("location_id", 64));
    if (!r.ok()) return r.error();
    if (auto l = location_in_reach(db, caller, location); !l) return l.error();
    auto members = profiles::ids(db,
                                 "SELECT id FROM profile WHERE home_location_id = ?1 AND merged_into IS NULL AND "
                                 "membership_status IN ('trial', 'active', 'frozen') ORDER BY id LIMIT ?2",
                                 [&](store::Statement& s) { s.bind(1, location.value()).bind(2, kMaxRecompute); });
    if (!members) return members.error();
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    const ManualClock clock(access.now());
    for (auto id : *members) {
        if (auto s = profiles::refresh_at_risk(db, ProfileId(id), clock); !s) return s.error();
    }
    if (auto a = audit(access, caller, "at_risk.recompute", location, "location:" + location.value(),
                       {{"profiles", members->size()}});
        !a) {
        return a.error();
    }
    if (auto c = tx->commit(); !c) return c.error();
    return Json{{"location_id", location.value()}, {"refreshed", members->size()}};
}

// ---- outreach ----
Result<Json> start_outreach(const net::HttpRequest& request, store::Database& db, access::AccessService& access,
                            const access::Caller& caller, std::int64_t profile) {
    auto body = body_of(request);
    if (!body) return body.error();
    JsonReader r(*body, "body");
    const std::string urgency = r.optional_string("urgency", 16).value_or("normal");
    const std::string note = r.optional_string("note", 2000).value_or("");
    if (r.ok() && urgency != "low" && urgency != "normal" && urgency != "high" && urgency != "urgent") {
        r.fail("urgency", "must be low, normal, high or urgent");
    }
    if (!r.ok()) return r.error();
    auto home = home_in_reach(db, caller, profile);
    if (!home) return home.error();
    const ManualClock clock(access.now());
    auto score = profiles::stored_at_risk(db, ProfileId(profile), clock);
    if (!score) return score.error();
    if (!*score) return make_error(ErrorCode::conflict, "customer " + std::to_string(profile) + " has no at-risk score yet");
    const Timestamp now = access.now();
    const Timestamp week = profiles::week_start(now);
    auto quota = quota_of(db, *home, now);
    if (!quota) return quota.error();
    auto already = profiles::ids(db, "SELECT id FROM outreach WHERE profile_id = ?1 AND week_start = ?2",
                                 [&](store::Statement& s) { s.bind(1, profile).bind(2, store::to_db(week)); });
    if (!already) return already.error();
    if (already->empty() && (*quota)["left"].get<std::int64_t>() == 0) {
        return make_error(ErrorCode::conflict, "the weekly outreach quota of " + home->value() + " is used up");
    }
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    const std::string task_id = "outreach/" + std::to_string(profile) + "/" + std::to_string(store::to_db(week));
    const auto& s = (*score)->score;
    std::string summary = "At-risk outreach: score " + std::to_string(s.total) + " (" + s.band + ")";
    if (!note.empty()) summary += ". " + note;
    const sync::NewTask task{task_id, "at_risk_outreach", "manual", std::nullopt, profile, *home, urgency, summary,
                             {"at_risk:" + s.band}, "Call them this week; offer a visit with their coach", now,
                             rules::EscalationLevel::location, caller.user.id.value(), caller.user.display_name};
    auto written = sync::insert_task(db, task, now);
    if (!written) return written.error();
    if (already->empty()) {
        auto o = profiles::run(db,
                               "INSERT INTO outreach(profile_id, location_id, week_start, score, expected_value_cents, created_at) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                               [&](store::Statement& st) {
                                   st.bind(1, profile).bind(2, home->value()).bind(3, store::to_db(week)).bind(4, s.total);
                                   st.bind(5, (*score)->expected_value_cents).bind(6, store::to_db(now));
                               });
        if (!o) return o.error();
    }
    if (auto c = sync::record_changes(db, *written, now); !c) return c.error();
    if (auto a = audit(access, caller, "outreach.start", *home, "profile:" + std::to_string(profile),
                       {{"task_id", task_id}, {"score", s.total}, {"band", s.band}});
        !a) {
        return a.error();
    }
    if (auto c = tx->commit(); !c) return c.error();
    return Json{{"task_id", task_id}, {"profile_id", profile}, {"quota_left", (*quota)["left"].get<std::int64_t>() - (already->empty() ? 1 : 0)}};
}

RouteResult answer(Result<Json> result, bool changes) {
    if (!result) return {error_response(result.error())};
    return {json_response(200, std::move(*result)), changes};
}

// /v1/profiles/{id}/consent and /outreach
std::optional<RouteResult> profile_action(const net::HttpRequest& request, store::Database& db, access::AccessService& access,
                                          const access::Caller& caller) {
    static const std::string kPrefix = "/v1/profiles/";
    const auto slash = request.path.find('/', kPrefix.size());
    if (request.path.rfind(kPrefix, 0) != 0 || slash == std::string::npos) return std::nullopt;
    const std::string action = request.path.substr(slash + 1);
    if (action != "consent" && action != "outreach") return std::nullopt;
    if (request.method != "POST") {
        return RouteResult{error_response(405, "method_not_allowed", request.method + " is not allowed on " + request.path)};
    }
    auto id = path_id(std::string_view(request.path).substr(kPrefix.size(), slash - kPrefix.size()));
    if (!id) return RouteResult{error_response(id.error())};
    if (action == "consent") return answer(set_consent(request, db, access, caller, *id), true);
    if (auto m = manager(caller); !m) return RouteResult{error_response(m.error())};
    return answer(start_outreach(request, db, access, caller, *id), true);
}

}  // namespace

bool is_customer_route(const std::string& path) {
    return path == "/v1/merge-candidates" || path == "/v1/merges" || path == "/v1/at-risk" || path == "/v1/at-risk/recompute" ||
           path.rfind("/v1/merge-candidates/", 0) == 0 || path.rfind("/v1/merges/", 0) == 0;
}

std::optional<RouteResult> route_customers(const net::HttpRequest& request, store::Database& db, access::AccessService& access,
                                           const access::Caller& caller) {
    if (auto done = profile_action(request, db, access, caller)) return done;
    if (!is_customer_route(request.path)) return std::nullopt;
    const std::string& path = request.path;
    const bool get = path == "/v1/merge-candidates" || path == "/v1/merges" || path == "/v1/at-risk";
    if ((get && request.method != "GET") || (!get && request.method != "POST")) {
        return RouteResult{error_response(405, "method_not_allowed", request.method + " is not allowed on " + path)};
    }
    if (auto m = manager(caller); !m) return RouteResult{error_response(m.error())};
    if (path == "/v1/merge-candidates") return answer(list_candidates(request, db, caller), false);
    if (path == "/v1/merges") return answer(list_merges(request, db, caller), false);
    if (path == "/v1/at-risk") return answer(list_at_risk(request, db, caller, access.now()), false);
    if (path == "/v1/at-risk/recompute") return answer(recompute(request, db, access, caller), true);
    static const std::string kCandidates = "/v1/merge-candidates/";
    if (path.rfind(kCandidates, 0) == 0) {
        const std::string rest = path.substr(kCandidates.size());
        const bool approve = rest.ends_with("/approve");
        if (!approve && !rest.ends_with("/reject")) return RouteResult{error_response(404, "not_found", "no such endpoint: " + path.substr(0, 200))};
        auto id = path_id(std::string_view(rest).substr(0, rest.rfind('/')));
        if (!id) return RouteResult{error_response(id.error())};
        return answer(decide_candidate(request, db, access, caller, *id, approve), true);
    }
    const std::string rest = path.substr(std::string("/v1/merges/").size());
    if (!rest.ends_with("/unmerge")) return RouteResult{error_response(404, "not_found", "no such endpoint: " + path.substr(0, 200))};
    auto id = path_id(std::string_view(rest).substr(0, rest.size() - 8));
    if (!id) return RouteResult{error_response(id.error())};
    return answer(unmerge(db, access, caller, *id), true);
}

}  // namespace outpost::engine
