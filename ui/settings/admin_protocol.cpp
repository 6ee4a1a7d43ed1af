#include "ui/settings/admin_protocol.h"

#include <QByteArray>
#include <QUrlQuery>

#include "domain/enums.h"

namespace outpost::ui {

namespace {

Error malformed(const std::string& field, const char* what) {
    return make_error(ErrorCode::invalid_argument, "the engine's answer is malformed: " + field + " " + what);
}

void addParameter(std::string& target, bool& first, const char* key, const std::string& value) {
    target += first ? '?' : '&';
    first = false;
    target += key;
    target += '=';
    const QByteArray encoded = QByteArray::fromStdString(value).toPercentEncoding();
    target.append(encoded.constData(), static_cast<std::size_t>(encoded.size()));
}

Json idArray(const std::vector<std::string>& ids) {
    Json out = Json::array();
    for (const auto& id : ids) out.push_back(id);
    return out;
}

bool readString(const Json& j, const char* key, std::string& out, bool required = true) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return !required;
    if (!it->is_string()) return false;
    out = it->get<std::string>();
    return true;
}

bool readBool(const Json& j, const char* key, bool& out) {
    const auto it = j.find(key);
    if (it == j.end()) return true;
    if (!it->is_boolean()) return false;
    out = it->get<bool>();
    return true;
}

bool readIds(const Json& j, const char* key, std::vector<std::string>& out) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return true;
    if (!it->is_array()) return false;
    for (const auto& item : *it) {
        if (!item.is_string()) return false;
        out.push_back(item.get<std::string>());
    }
    return true;
}

std::optional<std::int64_t> readInt(const Json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<std::int64_t>();
}

Result<Timestamp> readTime(const Json& j, const char* key) {
    std::string text;
    if (!readString(j, key, text) || text.empty()) return malformed(std::string("entry.") + key, "is not a time");
    return parse_iso8601(text);
}

}  // namespace

std::string AuditQuery::target() const {
    std::string out = "/v1/audit";
    bool first = true;
    if (!actor.empty()) addParameter(out, first, "actor", actor);
    if (!actionPrefix.empty()) addParameter(out, first, "action", actionPrefix);
    if (!location.empty()) addParameter(out, first, "location", location);
    if (from) addParameter(out, first, "from", format_iso8601(*from));
    if (to) addParameter(out, first, "to", format_iso8601(*to));
    addParameter(out, first, "limit", std::to_string(limit));
    if (before) addParameter(out, first, "before", std::to_string(*before));
    return out;
}

namespace admin_protocol {

Json toJson(const NewUser& user) {
    return Json{{"v", 1},
                {"username", user.username},
                {"display_name", user.displayName},
                {"role", std::string(to_string(user.role))},
                {"regions", idArray(user.regions)},
                {"locations", idArray(user.locations)},
                {"password", user.password},
                {"mfa", user.mfa}};
}

Json toJson(const UserChange& change) {
    Json out{{"v", 1}};
    if (change.displayName) out["display_name"] = *change.displayName;
    if (change.role) out["role"] = std::string(to_string(*change.role));
    if (change.regions) out["regions"] = idArray(*change.regions);
    if (change.locations) out["locations"] = idArray(*change.locations);
    if (change.disabled) out["disabled"] = *change.disabled;
    return out;
}

Json passwordBody(const std::string& password) {
    return Json{{"v", 1}, {"password", password}};
}

Result<AdminUser> parseUser(const Json& j) {
    if (!j.is_object()) return malformed("user", "is not an object");
    AdminUser user;
    const auto id = readInt(j, "id");
    if (!id) return malformed("user.id", "is not an integer");
    user.id = *id;
    std::string role;
    if (!readString(j, "username", user.username)) return malformed("user.username", "is not text");
    if (!readString(j, "display_name", user.displayName, false)) return malformed("user.display_name", "is not text");
    if (!readString(j, "role", role)) return malformed("user.role", "is not text");
    const auto parsedRole = enum_from_string<Role>(role);
    if (!parsedRole) return malformed("user.role", "is not a known role");
    user.role = *parsedRole;
    if (!readBool(j, "mfa_enabled", user.mfaEnabled)) return malformed("user.mfa_enabled", "is not true or false");
    if (!readBool(j, "disabled", user.disabled)) return malformed("user.disabled", "is not true or false");
    if (!readIds(j, "regions", user.regions)) return malformed("user.regions", "is not a list of ids");
    if (!readIds(j, "locations", user.locations)) return malformed("user.locations", "is not a list of ids");
    return user;
}

Result<std::vector<AdminUser>> parseUserList(const Json& body) {
    const auto it = body.find("users");
    if (!body.is_object() || it == body.end() || !it->is_array()) return malformed("users", "is not a list");
    std::vector<AdminUser> out;
    out.reserve(it->size());
    for (const auto& item : *it) {
        auto user = parseUser(item);
        if (!user) return user.error();
        out.push_back(std::move(*user));
    }
    return out;
}

Result<AdminUser> parseUserAnswer(const Json& body) {
    if (!body.is_object() || !body.contains("user")) return malformed("user", "is missing");
    return parseUser(body.at("user"));
}

Result<CreatedUser> parseCreated(const Json& body) {
    auto user = parseUserAnswer(body);
    if (!user) return user.error();
    CreatedUser created{std::move(*user), std::nullopt};
    std::string uri;
    if (!readString(body, "otpauth_uri", uri, false)) return malformed("otpauth_uri", "is not text");
    if (!uri.empty()) created.otpauthUri = uri;
    return created;
}

Result<std::string> parseOtpauth(const Json& body) {
    std::string uri;
    if (!body.is_object() || !readString(body, "otpauth_uri", uri) || uri.empty()) {
        return malformed("otpauth_uri", "is missing");
    }
    return uri;
}

Result<bool> parseReset(const Json& body) {
    bool reset = false;
    if (!body.is_object() || !readBool(body, "reset", reset)) return malformed("reset", "is not true or false");
    return reset;
}

Result<OrgSnapshot> parseLocations(const Json& body) {
    return parseOrgSnapshot(body.dump());
}

Result<std::vector<AuditEntry>> parseAuditEntries(const Json& body) {
    const auto list = body.is_object() ? body.find("entries") : body.end();
    if (!body.is_object() || list == body.end() || !list->is_array()) return malformed("entries", "is not a list");
    std::vector<AuditEntry> out;
    out.reserve(list->size());
    for (const auto& j : *list) {
        if (!j.is_object()) return malformed("entry", "is not an object");
        AuditEntry e;
        const auto seq = readInt(j, "seq");
        if (!seq) return malformed("entry.seq", "is not an integer");
        e.seq = *seq;
        auto at = readTime(j, "at");
        if (!at) return at.error();
        e.at = *at;
        if (j.contains("device_time") && !j.at("device_time").is_null()) {
            auto device = readTime(j, "device_time");
            if (!device) return device.error();
            e.deviceTime = *device;
        }
        e.actorId = readInt(j, "actor_id");
        if (!readString(j, "actor", e.actor) || !readString(j, "action", e.action)) {
            return malformed("entry.actor", "or entry.action is not text");
        }
        if (!readString(j, "location_id", e.locationId, false) || !readString(j, "subject", e.subject, false) ||
            !readString(j, "hash", e.hash, false)) {
            return malformed("entry", "has a field that is not text");
        }
        if (const auto details = j.find("details"); details != j.end() && details->is_object()) e.details = *details;
        out.push_back(std::move(e));
    }
    return out;
}

Result<AuditVerdict> parseVerdict(const Json& body) {
    if (!body.is_object()) return malformed("verdict", "is not an object");
    AuditVerdict v;
    const auto rows = readInt(body, "rows_checked");
    if (!rows) return malformed("rows_checked", "is not an integer");
    v.rowsChecked = *rows;
    if (!readBool(body, "intact", v.intact)) return malformed("intact", "is not true or false");
    v.firstBrokenSeq = readInt(body, "first_broken_seq");
    if (!readString(body, "problem", v.problem, false)) return malformed("problem", "is not text");
    if (v.firstBrokenSeq) v.intact = false;
    return v;
}

std::string secretOf(const std::string& otpauthUri) {
    const auto question = otpauthUri.find('?');
    if (question == std::string::npos) return {};
    const QUrlQuery query(QString::fromStdString(otpauthUri.substr(question + 1)));
    return query.queryItemValue(QStringLiteral("secret"), QUrl::FullyDecoded).toStdString();
}

}  // namespace admin_protocol
}  // namespace outpost::ui
