#pragma once
// Wires a LoginDialog to the bridge: the dialog's credentials, with this desk's device id and the
// person's sync client id, go to EngineBridge::login(); refusals come back to the dialog, and a
// success is reported with the password, for the offline unlock verifier.

#include <QObject>
#include <QPointer>
#include <QString>

namespace outpost::ui {

class EngineBridge;
class LoginDialog;

class LoginFlow final : public QObject {
    Q_OBJECT

  public:
    LoginFlow(EngineBridge& bridge, LoginDialog& dialog, QObject* parent = nullptr);

    // "embedded", or "host:port" of a server: keys settings and verifiers per engine.
    [[nodiscard]] static QString engineKey(const EngineBridge& bridge);

  signals:
    void signedIn(const QString& username, const QString& password);

  private:
    void submit(const QString& username, const QString& password, const QString& code);

    EngineBridge& m_bridge;
    QPointer<LoginDialog> m_dialog;
    QString m_username;
    QString m_password;
    bool m_pending = false;
};

}  // namespace outpost::ui
