#pragma once
// The signed-in person as the engine describes them (POST /v1/login, GET /v1/me), decoded on the
// network thread like every other answer.

#include <optional>
#include <string_view>

#include <QMetaType>
#include <QString>
#include <QStringList>

#include "domain/clock.h"
#include "domain/result.h"
#include "domain/user.h"

namespace outpost::ui {

struct LoginRequest {
    QString username;
    QString password;
    QString oneTimeCode;  // empty: none sent
    QString deviceId;
    QString clientId;  // empty: none sent
};

struct SessionUser {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::front_desk;
    bool mfaEnabled = false;
};

struct SessionInfo {
    QString token;
    std::optional<Timestamp> expiresAt;
    SessionUser user;
    bool allLocations = false;
    QStringList locations;  // the location ids the user may see, when not all
};

// {"username", "password", "totp"?, "device_id", "client_id"?}
[[nodiscard]] std::string loginBody(const LoginRequest& request);
// POST /v1/login's answer; GET /v1/me has the same "user" and "scope" without a token.
[[nodiscard]] Result<SessionInfo> parseSession(std::string_view body);

// "Location manager", "Front desk", ... in the interface language.
[[nodiscard]] QString roleLabel(Role role);

}  // namespace outpost::ui

Q_DECLARE_METATYPE(outpost::ui::SessionInfo)
