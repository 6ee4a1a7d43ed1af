#include "ui/session/login_flow.h"

#include <utility>

#include <QSettings>

#include "ui/bridge/engine_bridge.h"
#include "ui/session/device_identity.h"
#include "ui/session/login_dialog.h"

namespace outpost::ui {

LoginFlow::LoginFlow(EngineBridge& bridge, LoginDialog& dialog, QObject* parent)
    : QObject(parent), m_bridge(bridge), m_dialog(&dialog) {
    connect(&dialog, &LoginDialog::loginRequested, this, &LoginFlow::submit);
    connect(&bridge, &EngineBridge::loginFailed, this, [this](const Error& error) {
        if (!m_pending) return;
        m_pending = false;
        m_password.clear();
        if (m_dialog) m_dialog->showError(error);
    });
    connect(&bridge, &EngineBridge::loginSucceeded, this, [this] {
        if (!m_pending) return;
        m_pending = false;
        const QString password = std::exchange(m_password, QString());
        emit signedIn(m_username, password);
    });
}

QString LoginFlow::engineKey(const EngineBridge& bridge) {
    if (bridge.kind() == ConnectionKind::embedded) return QStringLiteral("embedded");
    return QStringLiteral("%1:%2").arg(bridge.host()).arg(bridge.port());
}

void LoginFlow::submit(const QString& username, const QString& password, const QString& code) {
    QSettings settings;
    LoginRequest request;
    request.username = username;
    request.password = password;
    request.oneTimeCode = code;
    request.deviceId = DeviceIdentity::deviceId(settings);
    request.clientId = DeviceIdentity::clientId(settings, engineKey(m_bridge), username);
    m_username = username;
    m_password = password;
    m_pending = true;
    m_bridge.login(request);
}

}  // namespace outpost::ui
