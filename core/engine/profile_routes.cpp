#include "engine/profile_routes.h"

#include <charconv>

#include "profiles/contract.h"
#include "profiles/dsr.h"
#include "profiles/events.h"
#include "profiles/search.h"
#include "profiles/signature.h"
#include "store/repositories.h"

namespace outpost::engine {
namespace {

using net::error_response;
using net::json_response;

std::string header(const net::HttpRequest& request, const std::string& name) {
    auto it = request.headers.find(name);
    return it == request.headers.end() ? std::string() : it->second;
}

Result<std::vector<std::uint8_t>> signing_key(store::Database& db) {
    auto stmt = db.prepare("SELECT value FROM engine_secret WHERE name = 'event_signing_key'");
    if (!stmt) return stmt.error();
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::internal, "the event signing key is missing");
    auto bytes = stmt->text(0);
    return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
}

Result<int> search_limit(const std::map<std::string, std::string>& query) {
    auto it = query.find("limit");
    if (it == query.end()) return 20;
    int value = 0;
    auto [end, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
    if (ec != std::errc() || end != it->second.data() + it->second.size() || value < 1 || value > 100) {
        return make_error(ErrorCode::invalid_argument, "limit: must be an integer from 1 to 100");
    }
    return value;
}

net::HttpResponse search(const net::HttpRequest& request, store::Database& db, const access::Caller& caller) {
    for (const auto& [key, value] : request.query) {
        if (key != "q" && key != "limit") {
            return error_response(400, "invalid_argument", "unknown query parameter '" + key.substr(0, 40) + "'");
        }
    }
    auto q = request.query.find("q");
    if (q == request.query.end() || q->second.size() > 200) {
        return error_response(400, "invalid_argument", "q: is required (at most 200 characters)");
    }
    auto limit = search_limit(request.query);
    if (!limit) return error_response(limit.error());
    auto hits = profiles::search_profiles(db, q->second, caller.scope, *limit);
    if (!hits) return error_response(hits.error());
    Json list = Json::array();
    for (const auto& h : *hits) {
        list.push_back({{"id", h.id.value()}, {"first_name", h.first_name}, {"last_name", h.last_name},
                        {"primary_phone", h.primary_phone}, {"primary_email", h.primary_email},
                        {"home_location_id", h.home_location_id}, {"membership_status", h.membership_status}});
    }
    return json_response(200, {{"profiles", std::move(list)}});
}

// The profile of /v1/profiles/{id}[/export] when the caller may act on its personal data.
Result<ProfileId> person_in_reach(const std::string& text, store::Database& db, const access::Caller& caller) {
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size() || id < 1) {
        return make_error(ErrorCode::not_found, "no such endpoint");
    }
    if (!role_has(caller.user.role, Permission::export_data)) {
        return make_error(ErrorCode::permission_denied, "your role cannot export or erase personal data");
    }
    auto row = profiles::read_profile(db, ProfileId(id));
    if (!row) return row.error();
    if (!caller.scope.contains(LocationId((*row)["home_location_id"].get<std::string>()))) {
        return make_error(ErrorCode::permission_denied, "customer " + std::to_string(id) + " is outside your locations");
    }
    return ProfileId(id);
}

RouteResult person_request(const net::HttpRequest& request, store::Database& db, access::AccessService& access,
                           const access::Caller& caller, const std::string& rest) {
    const bool export_path = rest.size() > 7 && rest.ends_with("/export");
    const std::string id_text = export_path ? rest.substr(0, rest.size() - 7) : rest;
    // The export is a POST: it writes an audit row, so it runs on the writer connection.
    const bool allowed = export_path ? request.method == "POST" : request.method == "DELETE";
    if (!allowed) return {error_response(405, "method_not_allowed", request.method + " is not allowed on " + request.path)};
    auto person = person_in_reach(id_text, db, caller);
    if (!person) return {error_response(person.error())};
    const profiles::Actor actor{caller.user.id, caller.user.username};
    access::AuditEvent event;
    event.at = access.now();
    event.actor_id = caller.user.id;
    event.actor = caller.user.username;
    event.subject = "profile:" + std::to_string(person->value());
    if (export_path) {
        auto exported = profiles::export_person(db, *person);
        if (!exported) return {error_response(exported.error())};
        event.action = "profile.export";
        if (auto a = access.audit().append(event); !a) return {error_response(a.error())};
        return {json_response(200, std::move(*exported)), false};
    }
    auto erased = profiles::erase_person(db, access.audit(), *person, actor, access.now());
    if (!erased) return {error_response(erased.error())};
    return {json_response(200, {{"profiles", erased->profiles}, {"rows", erased->rows}, {"tombstones", erased->tombstones},
                                {"reviews_unlinked", erased->reviews_unlinked}}),
            true};
}

}  // namespace

RouteResult post_events(const net::HttpRequest& request, store::Database& db, const Clock& clock) {
    if (request.method != "POST") {
        return {error_response(405, "method_not_allowed", request.method + " is not allowed on " + request.path)};
    }
    if (request.body.size() > kMaxEventsBody) {
        return {error_response(413, "too_large", "the body is over " + std::to_string(kMaxEventsBody) + " bytes")};
    }
    auto key = signing_key(db);
    if (!key) return {error_response(key.error())};
    auto verified = profiles::verify_signature(*key, header(request, "x-outpost-timestamp"), request.body,
                                               header(request, "x-outpost-signature"), clock.now());
    if (!verified) return {error_response(verified.error())};
    auto body = parse_json(request.body);
    if (!body) return {error_response(body.error())};
    auto answer = profiles::ingest_batch(db, *body, clock.now());
    if (!answer) return {error_response(answer.error())};
    const bool changed = (*answer)["applied"].get<int>() > 0;
    return {json_response(200, std::move(*answer)), changed};
}

std::optional<RouteResult> route_profiles(const net::HttpRequest& request, store::Database& db,
                                          access::AccessService& access, const access::Caller& caller) {
    if (request.path == "/v1/profiles") {
        if (request.method != "GET") {
            return RouteResult{error_response(405, "method_not_allowed", request.method + " is not allowed on " + request.path)};
        }
        return RouteResult{search(request, db, caller)};
    }
    static const std::string kPrefix = "/v1/profiles/";
    if (request.path.rfind(kPrefix, 0) != 0) return std::nullopt;
    return person_request(request, db, access, caller, request.path.substr(kPrefix.size()));
}

}  // namespace outpost::engine
