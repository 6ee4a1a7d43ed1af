#include "ui/session/login_flow.h"

#include <utility>

#include <QSettings>

#include "ui/bridge/engine_bridge.h"
#include "ui/session/device_identity.h"
#include "ui/session/login_dialog.h"
#include "ui/sync/replica_keeper.h"

namespace outpost::ui {

LoginFlow::LoginFlow(EngineBridge& bridge, LoginDialog& dialog, ReplicaKeeper* replicas, QObject* parent)
    : QObject(parent), m_bridge(bridge), m_dialog(&dialog), m_replicas(replicas) {
    connect(&dialog, &LoginDialog::loginRequested, this, &LoginFlow::submit);
    connect(&bridge, &EngineBridge::loginFailed, this, [this](const Error& error) {
        if (!m_pending) return;
        m_pending = false;
        m_password.clear();
        if (m_replicas) m_replicas->abandon();
        if (m_dialog) m_dialog->showError(error);
    });
    if (m_replicas) {
        connect(m_replicas, &ReplicaKeeper::prepared, this, [this](const QString& clientId) {
            if (!m_preparing) return;
            m_preparing = false;
            sendLogin(clientId);
        });
        connect(m_replicas, &ReplicaKeeper::failed, this, [this](const Error& error) {
            if (!m_preparing) return;
            m_preparing = false;
            m_password.clear();
            if (m_dialog) {
                m_dialog->showError(error.code == ErrorCode::schema_too_new ? error : Error{ErrorCode::io, error.message});
            }
        });
    }
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
    if (m_preparing || m_pending) return;
    m_username = username;
    m_password = password;
    m_code = code;
    if (!m_replicas) {
        sendLogin({});
        return;
    }
    // The login carries the replica's sync client id: open (or make) the replica first.
    m_preparing = true;
    m_replicas->prepare(username, password);
}

void LoginFlow::sendLogin(const QString& clientId) {
    QSettings settings;
    LoginRequest request;
    request.username = m_username;
    request.password = m_password;
    request.oneTimeCode = std::exchange(m_code, QString());
    request.deviceId = DeviceIdentity::deviceId(settings);
    request.clientId = clientId;
    m_pending = true;
    m_bridge.login(request);
}

}  // namespace outpost::ui
