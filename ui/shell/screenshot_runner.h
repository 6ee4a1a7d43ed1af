#pragma once
// `outpost --screenshots DIR`: renders every screen that exists from the demo data, offscreen and
// without asking anything, so the pictures in docs/screenshots are made, not drawn. Uses a
// temporary store with a fixed passphrase and a clock fixed at 2026-11-24T15:00:00Z.
//   first-run.png  the first-run choice
//   create-passphrase.png  choosing the passphrase of a new store
//   unlock.png     the unlock dialog after a wrong passphrase (a real attempt on the store)
//   login.png      the login dialog after the engine asked the demo administrator for a one-time code
//   reviews.png    the main window, 1400x860, signed in as the Austin location manager ("austin"),
//                  with a negative review open, read from the replica the login opened
//   front-desk.png the Front desk screen of the same manager at Austin Downtown: the card of the
//                  member with the most alerts, checked in, and the location's "today" list
//   lock.png       the same window locked after the idle time
//   users.png, audit.png  Settings as the demo administrator
//   offline.png    the Austin manager again, after the engine stopped: the offline indicator and a
//                  few changes waiting to sync
//   sync-issues.png  the Sync issues panel with a change the engine refused (an assignment to a
//                  colleague who does not work at the review's location)

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include "domain/clock.h"
#include "domain/result.h"

class QPixmap;
class QWidget;

namespace outpost::ui {

class DeskSyncController;
class EmbeddedEngineHost;
class Profile360View;
class EngineTransport;
class ReplicaKeeper;
class EngineBridge;
class IdleLock;
class LoginDialog;
class MainWindow;
class UnlockDialog;
class VerifierStore;

class ScreenshotRunner final : public QObject {
    Q_OBJECT

  public:
    explicit ScreenshotRunner(QString outputDir, QObject* parent = nullptr);
    ~ScreenshotRunner() override;

    void start();

  signals:
    void finished(int exitCode);

  private:
    void renderFirstRun();
    void renderCreatePassphrase();
    void openStore();
    void renderWrongPassphrase();
    void renderLogin();
    // Opens the person's replica, logs in with its client id, starts the sync, then runs `then`.
    void signInAs(const QString& username, const QString& code, std::function<void()> then);
    void signIn();
    void renderReviews();
    void captureReviews();
    void captureAlert();
    void captureComposer();
    void captureTasks();
    void renderFrontDesk();
    void captureFrontDesk();
    void captureCustomers();
    bool captureConsent(Profile360View& profile);
    void renderLock();
    void signInAsAdministrator();
    void renderSettings();
    void captureSettings();
    void renderOffline();
    void refuseAssignment();
    void goOffline();
    void captureOffline();
    void captureSyncIssues();
    bool save(QWidget& widget, const QString& name);
    bool save(const QPixmap& picture, const QString& name);
    void fail(const QString& why);

    QString m_outputDir;
    QTemporaryDir m_temp;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<EmbeddedEngineHost> m_host;
    std::unique_ptr<EmbeddedEngineHost> m_wrongHost;
    QPointer<UnlockDialog> m_unlock;
    std::unique_ptr<EngineBridge> m_bridge;
    QPointer<LoginDialog> m_login;
    std::unique_ptr<ReplicaKeeper> m_replicas;
    std::unique_ptr<EngineTransport> m_transport;
    std::unique_ptr<DeskSyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<VerifierStore> m_verifiers;
    std::unique_ptr<IdleLock> m_lock;
    bool m_composerDrafted = false;
    qint64 m_deskMember = 0;  // the member shown on the Front desk screen
    bool m_deskSynced = false;  // a sync round brought changes after their check-in
    qint64 m_colleagueId = 0;
    QString m_colleagueName;
    int m_customerStep = 0;
    bool m_done = false;
};

}  // namespace outpost::ui
