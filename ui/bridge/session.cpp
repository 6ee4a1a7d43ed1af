#include "ui/bridge/session.h"

#include <QCoreApplication>

#include "domain/enums.h"
#include "domain/json_codec.h"

namespace outpost::ui {
namespace {

Error invalid(std::string message) { return make_error(ErrorCode::invalid_argument, std::move(message)); }

QString stringField(const Json& j, const char* name) {
    auto it = j.find(name);
    if (it == j.end() || !it->is_string()) return {};
    return QString::fromStdString(it->get<std::string>());
}

}  // namespace

std::string loginBody(const LoginRequest& request) {
    Json body = {{"username", request.username.toStdString()},
                 {"password", request.password.toStdString()},
                 {"device_id", request.deviceId.toStdString()}};
    if (!request.oneTimeCode.isEmpty()) body["totp"] = request.oneTimeCode.toStdString();
    if (!request.clientId.isEmpty()) body["client_id"] = request.clientId.toStdString();
    return body.dump();
}

Result<SessionInfo> parseSession(std::string_view body) {
    auto parsed = parse_json(body);
    if (!parsed) return parsed.error();
    const Json& j = *parsed;
    if (!j.is_object()) return invalid("answer: must be a JSON object");
    SessionInfo session;
    session.token = stringField(j, "token");
    if (auto it = j.find("expires_at"); it != j.end() && it->is_string()) {
        if (auto at = parse_iso8601(it->get<std::string>())) session.expiresAt = *at;
    }
    auto user = j.find("user");
    if (user == j.end() || !user->is_object()) return invalid("answer.user: missing");
    if (auto id = user->find("id"); id != user->end() && id->is_number_integer()) session.user.id = id->get<qint64>();
    session.user.username = stringField(*user, "username");
    session.user.displayName = stringField(*user, "display_name");
    if (session.user.displayName.isEmpty()) session.user.displayName = session.user.username;
    auto role = enum_from_string<Role>(stringField(*user, "role").toStdString());
    if (!role) return invalid("answer.user.role: unknown role");
    session.user.role = *role;
    session.user.mfaEnabled = user->value("mfa_enabled", false);
    auto scope = j.find("scope");
    if (scope == j.end() || !scope->is_object()) return invalid("answer.scope: missing");
    session.allLocations = scope->value("all", false);
    if (auto list = scope->find("locations"); list != scope->end() && list->is_array()) {
        for (const auto& id : *list) {
            if (id.is_string()) session.locations << QString::fromStdString(id.get<std::string>());
        }
    }
    return session;
}

QString roleLabel(Role role) {
    switch (role) {
        case Role::corporate_admin:
            return QCoreApplication::translate("outpost::ui::Session", "Corporate admin");
        case Role::corporate_ops:
            return QCoreApplication::translate("outpost::ui::Session", "Corporate operations");
        case Role::regional_manager:
            return QCoreApplication::translate("outpost::ui::Session", "Regional manager");
        case Role::location_manager:
            return QCoreApplication::translate("outpost::ui::Session", "Location manager");
        case Role::front_desk:
            return QCoreApplication::translate("outpost::ui::Session", "Front desk");
    }
    return {};
}

}  // namespace outpost::ui
