#pragma once
// The console's start, step by step: the first-run choice (remembered), the passphrase and the
// embedded engine, or the server (trusting its TLS certificate); the login, which opens the
// person's replica first; then the sync and the main window, which reads the replica.
// A session that ends asks for the login again; logging out closes the window and asks for the
// next person. Optionally grabs the window to a file once the reviews are shown, and quits.

#include <memory>

#include <QObject>
#include <QPointer>

#include "domain/clock.h"
#include "net/http_types.h"
#include "ui/startup/launch_options.h"

namespace outpost::ui {

class EmbeddedEngineHost;
class EngineBridge;
class IdleLock;
class LoginDialog;
class MainWindow;
class ServerTrust;
class VerifierStore;
enum class ConnectionKind;

class DeskSyncController;
class EngineTransport;
class ReplicaKeeper;

class AppController final : public QObject {
    Q_OBJECT

  public:
    explicit AppController(LaunchOptions options, QObject* parent = nullptr);
    ~AppController() override;

    void start();

  signals:
    void finished(int exitCode);

  private:
    void proceed(const LaunchChoice& choice);
    void askForChoice();
    void startEmbedded();
    void connectServer(const ServerAddress& server);
    void openSession(ConnectionKind kind, const QString& host, quint16 port, net::ClientConfig config);
    void showLogin(const QString& notice);
    void onSignedIn(const QString& username, const QString& password);
    void onLoginRefused(const Error& error);
    void openMainWindow();
    void startSync();
    void closeSession();
    void logout();
    void saveScreenshot();

    LaunchOptions m_options;
    std::shared_ptr<const Clock> m_clock;
    // Declared in the order of start; destroyed in reverse: window, bridge, then the engine.
    std::unique_ptr<EmbeddedEngineHost> m_host;
    std::unique_ptr<ServerTrust> m_trust;
    std::unique_ptr<VerifierStore> m_verifiers;
    std::unique_ptr<EngineBridge> m_bridge;
    std::unique_ptr<ReplicaKeeper> m_replicas;
    std::unique_ptr<EngineTransport> m_transport;
    std::unique_ptr<DeskSyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IdleLock> m_lock;
    QPointer<LoginDialog> m_login;
    QString m_windowUser;  // whose data the open window shows
};

}  // namespace outpost::ui
