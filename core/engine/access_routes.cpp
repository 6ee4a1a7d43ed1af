#include "engine/access_routes.h"

#include <charconv>
#include <regex>

#include "domain/enums.h"
#include "domain/json_reader.h"

namespace outpost::engine {
namespace {

using net::error_response;
using net::HttpRequest;
using net::HttpResponse;
using net::json_response;

template <typename Id>
Result<std::vector<Id>> id_list(const Json* list, const char* field) {
    std::vector<Id> out;
    if (!list) return out;
    if (!list->is_array() || list->size() > 500) {
        return make_error(ErrorCode::invalid_argument, std::string("user.") + field + ": must be a list of ids");
    }
    for (const auto& item : *list) {
        if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
            return make_error(ErrorCode::invalid_argument, std::string("user.") + field + ": must be a list of ids");
        }
        out.emplace_back(item.get<std::string>());
    }
    return out;
}

// Reads the editable fields of a user; fields left out keep the values of `base`.
Result<User> user_from_json(const Json& body, User base) {
    JsonReader r(body, "user");
    if (auto name = r.optional_string("display_name", 200)) base.display_name = *name;
    base.role = r.enumeration<Role>("role", base.role);
    base.disabled = r.boolean("disabled", base.disabled);
    const Json* regions = r.child("regions");
    const Json* locations = r.child("locations");
    if (!r.ok()) return r.error();
    if (regions) {
        auto ids = id_list<RegionId>(regions, "regions");
        if (!ids) return ids.error();
        base.regions = std::move(*ids);
    }
    if (locations) {
        auto ids = id_list<LocationId>(locations, "locations");
        if (!ids) return ids.error();
        base.locations = std::move(*ids);
    }
    return base;
}

Result<Json> body_object(const HttpRequest& request) {
    auto body = parse_json(request.body);
    if (!body) return body.error();
    if (!body->is_object()) return make_error(ErrorCode::invalid_argument, "the body must be a JSON object");
    return body;
}

HttpResponse login(const HttpRequest& request, access::AccessService& access) {
    auto body = body_object(request);
    if (!body) return error_response(body.error());
    JsonReader r(*body, "login");
    access::LoginRequest login;
    login.username = r.string("username", 64);
    login.password = r.string("password", 1024);
    login.totp = r.optional_string("totp", 16).value_or("");
    login.device_id = r.string("device_id", 128);
    login.client_id = r.optional_string("client_id", 128).value_or("");
    if (!r.ok()) return error_response(r.error());
    auto session = access.login(login);
    if (!session) return error_response(session.error());
    return json_response(200, {{"token", session->token},
                               {"expires_at", format_iso8601(session->expires_at)},
                               {"user", to_json(session->caller.user)},
                               {"scope", to_json(session->caller.scope)}});
}

Result<UserId> user_id_in(const std::string& path, std::string_view prefix, std::string& rest) {
    std::string_view tail = std::string_view(path).substr(prefix.size());
    const auto slash = tail.find('/');
    std::string_view digits = tail.substr(0, slash);
    rest = slash == std::string_view::npos ? "" : std::string(tail.substr(slash));
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (ec != std::errc() || end != digits.data() + digits.size() || id <= 0) {
        return make_error(ErrorCode::not_found, "no such user");
    }
    return UserId(id);
}

HttpResponse users(const HttpRequest& request, access::AccessService& access, const access::Caller& caller) {
    if (!role_has(caller.user.role, Permission::manage_users)) {
        return error_response(403, "permission_denied", "only corporate administrators manage users");
    }
    if (request.path == "/v1/users") {
        if (request.method == "GET") {
            auto list = access.users().list();
            if (!list) return error_response(list.error());
            Json out = Json::array();
            for (const auto& u : *list) out.push_back(to_json(u));
            return json_response(200, {{"users", out}});
        }
        if (request.method != "POST") return error_response(405, "method_not_allowed", "use GET or POST");
        auto body = body_object(request);
        if (!body) return error_response(body.error());
        JsonReader r(*body, "user");
        User user;
        user.username = r.string("username", 64);
        const std::string password = r.string("password", 1024);
        user.mfa_enabled = r.boolean("mfa", false);
        if (!r.ok()) return error_response(r.error());
        auto filled = user_from_json(*body, user);
        if (!filled) return error_response(filled.error());
        auto created = access.create_user(caller, *filled, password);
        if (!created) return error_response(created.error());
        Json out = {{"user", to_json(created->user)}};
        if (created->otpauth_uri) out["otpauth_uri"] = *created->otpauth_uri;
        return json_response(201, std::move(out));
    }
    std::string rest;
    auto id = user_id_in(request.path, "/v1/users/", rest);
    if (!id) return error_response(id.error());
    if (rest.empty()) {
        auto existing = access.users().get(*id);
        if (!existing) return error_response(existing.error());
        if (request.method == "GET") return json_response(200, {{"user", to_json(*existing)}});
        if (request.method != "PATCH") return error_response(405, "method_not_allowed", "use GET or PATCH");
        auto body = body_object(request);
        if (!body) return error_response(body.error());
        auto changed = user_from_json(*body, *existing);
        if (!changed) return error_response(changed.error());
        auto updated = access.update_user(caller, *changed);
        if (!updated) return error_response(updated.error());
        return json_response(200, {{"user", to_json(*updated)}});
    }
    if (request.method != "POST") return error_response(405, "method_not_allowed", "use POST");
    if (rest == "/password") {
        auto body = body_object(request);
        if (!body) return error_response(body.error());
        JsonReader r(*body, "reset");
        const std::string password = r.string("password", 1024);
        if (!r.ok()) return error_response(r.error());
        if (auto ok = access.reset_password(caller, *id, password); !ok) return error_response(ok.error());
        return json_response(200, {{"reset", true}});
    }
    if (rest == "/mfa") {
        auto uri = access.enroll_mfa(caller, *id);
        if (!uri) return error_response(uri.error());
        return json_response(200, {{"otpauth_uri", *uri}});
    }
    return error_response(404, "not_found", "no such endpoint");
}

Result<int> small_int(const std::string& name, const std::string& text, int max) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > max) {
        return make_error(ErrorCode::invalid_argument, name + ": must be an integer from 1 to " + std::to_string(max));
    }
    return value;
}

HttpResponse audit(const HttpRequest& request, access::AccessService& access, const access::Caller& caller) {
    if (!role_has(caller.user.role, Permission::read_audit)) {
        return error_response(403, "permission_denied", "only corporate administrators read the audit log");
    }
    if (request.method != "GET") return error_response(405, "method_not_allowed", "use GET");
    if (request.path == "/v1/audit/verify") {
        auto verdict = access.audit().verify();
        if (!verdict) return error_response(verdict.error());
        Json out = {{"rows_checked", verdict->rows_checked}, {"intact", !verdict->first_broken_seq}};
        if (verdict->first_broken_seq) {
            out["first_broken_seq"] = *verdict->first_broken_seq;
            out["problem"] = verdict->problem;
        }
        return json_response(200, std::move(out));
    }
    if (request.path != "/v1/audit") return error_response(404, "not_found", "no such endpoint");
    access::AuditQuery q;
    for (const auto& [key, value] : request.query) {
        if (key == "actor") {
            q.actor = value;
        } else if (key == "action") {
            q.action_prefix = value;
        } else if (key == "location") {
            q.location = LocationId(value);
        } else if (key == "from" || key == "to") {
            auto t = parse_iso8601(value);
            if (!t) return error_response(400, "invalid_argument", key + ": " + t.error().message);
            (key == "from" ? q.from : q.to) = *t;
        } else if (key == "limit") {
            auto n = small_int(key, value, 1000);
            if (!n) return error_response(n.error());
            q.limit = *n;
        } else if (key == "before") {
            auto n = small_int(key, value, std::numeric_limits<int>::max());
            if (!n) return error_response(n.error());
            q.before_seq = *n;
        } else {
            return error_response(400, "invalid_argument", "unknown query parameter '" + key.substr(0, 40) + "'");
        }
    }
    auto rows = access.audit().query(q);
    if (!rows) return error_response(rows.error());
    Json out = Json::array();
    for (const auto& row : *rows) out.push_back(access::to_json(row));
    return json_response(200, {{"entries", out}});
}

}  // namespace

std::string bearer_token(const net::HttpRequest& request) {
    auto it = request.headers.find("authorization");
    if (it == request.headers.end()) return {};
    constexpr std::string_view kPrefix = "Bearer ";
    if (it->second.rfind(kPrefix, 0) != 0) return {};
    return it->second.substr(kPrefix.size());
}

Json to_json(const User& user) {
    Json j = {{"id", user.id.value()},
              {"username", user.username},
              {"display_name", user.display_name},
              {"role", to_string(user.role)},
              {"mfa_enabled", user.mfa_enabled},
              {"disabled", user.disabled},
              {"regions", Json::array()},
              {"locations", Json::array()}};
    for (const auto& r : user.regions) j["regions"].push_back(r.value());
    for (const auto& l : user.locations) j["locations"].push_back(l.value());
    return j;
}

Json to_json(const Scope& scope) {
    Json j = {{"all", scope.all()}, {"locations", Json::array()}};
    for (const auto& l : scope.locations()) j["locations"].push_back(l);
    return j;
}

std::optional<HttpResponse> route_access(const HttpRequest& request, access::AccessService& access,
                                         const access::Caller* caller) {
    const std::string& path = request.path;
    if (path == "/v1/login") {
        if (request.method != "POST") return error_response(405, "method_not_allowed", "use POST");
        return login(request, access);
    }
    if (!caller) return std::nullopt;
    if (path == "/v1/logout") {
        if (request.method != "POST") return error_response(405, "method_not_allowed", "use POST");
        if (auto r = access.logout(*caller); !r) return error_response(r.error());
        return json_response(200, {{"logged_out", true}});
    }
    if (path == "/v1/me") {
        if (request.method != "GET") return error_response(405, "method_not_allowed", "use GET");
        return json_response(200, {{"user", to_json(caller->user)}, {"scope", to_json(caller->scope)}});
    }
    if (path == "/v1/users" || path.rfind("/v1/users/", 0) == 0) return users(request, access, *caller);
    if (path == "/v1/audit" || path == "/v1/audit/verify") return audit(request, access, *caller);
    return std::nullopt;
}

}  // namespace outpost::engine
