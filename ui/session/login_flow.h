#pragma once
// Wires a LoginDialog to the bridge: the dialog's credentials, with this desk's device id and the
// sync client id of the person's replica (opened or made first by the ReplicaKeeper), go to
// EngineBridge::login(); refusals come back to the dialog (and a replica made for the attempt is
// removed), and a success is reported with the password, for the offline unlock verifier. The
// caller makes the prepared replica the person's (ReplicaKeeper::commit()).

#include <QObject>
#include <QPointer>
#include <QString>

namespace outpost::ui {

class EngineBridge;
class LoginDialog;
class ReplicaKeeper;

class LoginFlow final : public QObject {
    Q_OBJECT

  public:
    // Without `replicas` the login registers no sync client (a desk that only reads over HTTP).
    LoginFlow(EngineBridge& bridge, LoginDialog& dialog, ReplicaKeeper* replicas, QObject* parent = nullptr);

    // "embedded", or "host:port" of a server: keys settings and verifiers per engine.
    [[nodiscard]] static QString engineKey(const EngineBridge& bridge);

  signals:
    void signedIn(const QString& username, const QString& password);

  private:
    void submit(const QString& username, const QString& password, const QString& code);
    void sendLogin(const QString& clientId);

    EngineBridge& m_bridge;
    QPointer<LoginDialog> m_dialog;
    QPointer<ReplicaKeeper> m_replicas;
    QString m_username;
    QString m_password;
    QString m_code;
    bool m_preparing = false;
    bool m_pending = false;
};

}  // namespace outpost::ui
