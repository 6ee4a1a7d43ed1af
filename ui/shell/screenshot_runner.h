#pragma once
// `outpost --screenshots DIR`: renders every screen that exists from the demo data, offscreen and
// without asking anything, so the pictures in docs/screenshots are made, not drawn. Uses a
// temporary store with a fixed passphrase and a clock fixed at 2026-11-24T15:00:00Z.
//   first-run.png  the first-run choice
//   create-passphrase.png  choosing the passphrase of a new store
//   unlock.png     the unlock dialog after a wrong passphrase (a real attempt on the store)
//   login.png      the login dialog after the engine asked the demo administrator for a one-time code
//   reviews.png    the main window, 1400x860, signed in as the Austin location manager ("austin"),
//                  with a negative review open
//   lock.png       the same window locked after the idle time

#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include "domain/clock.h"
#include "domain/result.h"

class QWidget;

namespace outpost::ui {

class EmbeddedEngineHost;
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
    void signIn();
    void renderReviews();
    void captureReviews();
    void renderLock();
    void signInAsAdministrator();
    void renderSettings();
    void captureSettings();
    bool save(QWidget& widget, const QString& name);
    void fail(const QString& why);

    QString m_outputDir;
    QTemporaryDir m_temp;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<EmbeddedEngineHost> m_host;
    std::unique_ptr<EmbeddedEngineHost> m_wrongHost;
    QPointer<UnlockDialog> m_unlock;
    std::unique_ptr<EngineBridge> m_bridge;
    QPointer<LoginDialog> m_login;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<VerifierStore> m_verifiers;
    std::unique_ptr<IdleLock> m_lock;
    bool m_done = false;
};

}  // namespace outpost::ui
