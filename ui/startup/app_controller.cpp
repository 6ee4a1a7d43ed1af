#include "ui/startup/app_controller.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include "ui/bridge/engine_bridge.h"
#include "ui/logging.h"
#include "ui/session/demo_logins.h"
#include "ui/session/idle_lock.h"
#include "ui/session/lock_view.h"
#include "ui/session/login_dialog.h"
#include "ui/session/login_flow.h"
#include "ui/session/server_trust.h"
#include "ui/session/verifier_store.h"
#include "ui/shell/main_window.h"
#include "ui/startup/embedded_engine_host.h"
#include "ui/startup/first_run_dialog.h"
#include "ui/startup/unlock_dialog.h"
#include "ui/startup/unlock_flow.h"
#include "ui/sync/desk_sync_controller.h"
#include "ui/sync/engine_transport.h"
#include "ui/sync/replica_keeper.h"

namespace outpost::ui {
namespace {

// Unattended starts (kiosks, screenshots under Xvfb) may pass the passphrase here instead of typing it.
constexpr char kPassphraseVariable[] = "OUTPOST_PASSPHRASE";
constexpr int kScreenshotTimeoutMs = 120000;

}  // namespace

AppController::AppController(LaunchOptions options, QObject* parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_clock(std::make_shared<SystemClock>()),
      m_verifiers(std::make_unique<VerifierStore>(VerifierStore::defaultFolder())) {}

AppController::~AppController() {
    closeSession();
}

// Tears down what a session built, in the order of dependence: the window reads the sync's
// replica, the sync uses the bridge's session.
void AppController::closeSession() {
    delete m_login.data();
    m_lock.reset();
    if (m_window) m_window->hide();  // hidden first: closing it would end the application
    m_window.reset();
    m_windowUser.clear();
    m_sync.reset();
    m_transport.reset();
    m_replicas.reset();
    m_bridge.reset();
}

void AppController::start() {
    if (!m_options.screenshotFile.isEmpty()) {
        // Unattended: nobody may be there to answer a dialog, so give up after a while.
        QTimer::singleShot(kScreenshotTimeoutMs, this, [this] {
            qCCritical(lcStartup) << "no screenshot: the reviews were not shown in time (a dialog may be waiting; "
                                     "the passphrase can be given in"
                                  << kPassphraseVariable << ")";
            emit finished(1);
        });
    }
    if (m_options.choice) {
        proceed(*m_options.choice);
        return;
    }
    QSettings settings;
    if (auto remembered = StartupSettings::load(settings)) {
        proceed(*remembered);
    } else {
        askForChoice();
    }
}

void AppController::askForChoice() {
    auto* dialog = new FirstRunDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const LaunchChoice choice = dialog->choice();
        QSettings settings;
        StartupSettings::save(settings, choice);
        proceed(choice);
    });
    connect(dialog, &QDialog::rejected, this, [this] { emit finished(0); });
    dialog->show();
}

void AppController::proceed(const LaunchChoice& choice) {
    if (choice.mode == LaunchChoice::Mode::server) {
        connectServer(choice.server);
    } else {
        startEmbedded();
    }
}

void AppController::connectServer(const ServerAddress& server) {
    if (!server.tls) {
        if (!isLoopbackHost(server.host)) {
            qCCritical(lcStartup) << "refusing plain HTTP to a host that is not loopback";
            emit finished(1);
            return;
        }
        qCInfo(lcStartup) << "connecting to a server on loopback without TLS";
        openSession(ConnectionKind::server, server.host, server.port, {});
        return;
    }
    qCInfo(lcStartup) << "connecting to a server over TLS";
    m_trust = std::make_unique<ServerTrust>(server.host, server.port);
    connect(m_trust.get(), &ServerTrust::trusted, this, [this, server](const QString& pin) {
        // Later: a dialog of the trust question may still be on the stack.
        QTimer::singleShot(0, this, [this, server, pin] {
            net::ClientConfig config;
            config.tls = true;
            config.pinned_sha256 = pin.toStdString();
            closeSession();
            openSession(ConnectionKind::server, server.host, server.port, std::move(config));
        });
    });
    connect(m_trust.get(), &ServerTrust::declined, this, [this] {
        if (!m_bridge) emit finished(0);  // before any session: nothing else to do
    });
    connect(m_trust.get(), &ServerTrust::failed, this, [this, server](const Error& error) {
        qCWarning(lcStartup) << "cannot reach the server:" << QString::fromStdString(error.message);
        QMessageBox box(QMessageBox::Warning, tr("Cannot reach the server"),
                        tr("Outpost cannot reach the server at %1:%2. Check the address and the network "
                           "connection.\n\n%3")
                            .arg(server.host)
                            .arg(server.port)
                            .arg(QString::fromStdString(error.message)));
        auto* retry = box.addButton(tr("Try again"), QMessageBox::AcceptRole);
        box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == retry) {
            m_trust->establish(nullptr);
        } else {
            emit finished(1);
        }
    });
    m_trust->establish(nullptr);
}

void AppController::startEmbedded() {
    const EmbeddedEngineSettings settings{
        m_options.storePath.isEmpty() ? StartupSettings::defaultStorePath() : m_options.storePath, true};
    m_host = std::make_unique<EmbeddedEngineHost>(m_clock);
    const auto mode = QFileInfo::exists(settings.storePath) ? UnlockDialog::Mode::unlock : UnlockDialog::Mode::create;
    auto* dialog = new UnlockDialog(mode);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* flow = new UnlockFlow(*dialog, *m_host, settings, dialog);
    connect(flow, &UnlockFlow::unlocked, this, [this](quint16 port) {
        openSession(ConnectionKind::embedded, QStringLiteral("127.0.0.1"), port, {});
    });
    connect(dialog, &QDialog::rejected, this, [this] { emit finished(0); });
    dialog->show();
    const QByteArray passphrase = qgetenv(kPassphraseVariable);
    if (!passphrase.isEmpty()) dialog->submitPassphrase(QString::fromUtf8(passphrase));
}

void AppController::openSession(ConnectionKind kind, const QString& host, quint16 port, net::ClientConfig config) {
    m_bridge = std::make_unique<EngineBridge>(kind, host, port, *m_clock, std::move(config));
    m_replicas = std::make_unique<ReplicaKeeper>(ReplicaKeeper::folderFor(LoginFlow::engineKey(*m_bridge)), m_clock);
    connect(m_bridge.get(), &EngineBridge::sessionExpired, this,
            [this] { showLogin(tr("Your session has ended. Log in again to continue where you left off.")); });
    m_bridge->start();
    showLogin({});
}

void AppController::showLogin(const QString& notice) {
    if (m_login) {
        m_login->setNotice(notice);
        m_login->raise();
        return;
    }
    // Never the window's child: a different person's login replaces the window.
    auto* dialog = new LoginDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_login = dialog;
    dialog->setNotice(notice);
    dialog->setPlace(m_bridge->kind() == ConnectionKind::embedded
                         ? tr("Embedded engine on this computer")
                         : tr("Server %1:%2").arg(m_bridge->host()).arg(m_bridge->port()));
    if (m_bridge->kind() == ConnectionKind::embedded) {
        // The embedded engine always carries the demo data and its documented accounts.
        auto clock = m_clock;
        dialog->setDemoAccounts(demoLogins(), [clock] { return demoOneTimeCode(clock->now()); });
    }
    if (m_bridge->session()) dialog->setUsername(m_bridge->session()->user.username);
    auto* flow = new LoginFlow(*m_bridge, *dialog, m_replicas.get(), dialog);
    connect(flow, &LoginFlow::signedIn, this, &AppController::onSignedIn);
    connect(m_bridge.get(), &EngineBridge::loginFailed, dialog, [this](const Error& error) { onLoginRefused(error); });
    connect(dialog, &QDialog::rejected, this, [this] { emit finished(0); });
    if (m_window) dialog->setWindowModality(Qt::ApplicationModal);
    dialog->show();
}

void AppController::onLoginRefused(const Error& error) {
    if (error.code != ErrorCode::untrusted_certificate || !m_trust) return;
    m_trust->refuseChanged(error, m_login ? static_cast<QWidget*>(m_login.data()) : nullptr);
}

void AppController::onSignedIn(const QString& username, const QString& password) {
    const QString engineKey = LoginFlow::engineKey(*m_bridge);
    m_verifiers->remember(engineKey, username, password);
    if (m_login) {
        disconnect(m_login, &QDialog::rejected, this, nullptr);
        m_login->accept();
    }
    const QString who = username.trimmed().toLower();
    const bool anotherPerson = !m_window || m_windowUser != who;
    if (anotherPerson) {
        // Another person's data: their window and sync go before their replica is closed.
        m_lock.reset();
        if (m_window) m_window->hide();
        m_window.reset();
        m_sync.reset();
        m_transport.reset();
    }
    auto committed = m_replicas->commit();
    const auto& session = m_bridge->session();
    if (!committed || !m_replicas->replica()) {
        const QString reason = committed ? tr("no replica was prepared")
                                         : QString::fromStdString(committed.error().message);
        qCCritical(lcStartup) << "cannot open the replica after the login:" << reason;
        QMessageBox::critical(nullptr, tr("Cannot open your data"),
                              tr("Outpost cannot open this computer's copy of your data: %1").arg(reason));
        logout();
        return;
    }
    if (auto named = m_replicas->replica()->set_user(UserId(session->user.id), session->user.displayName.toStdString(), session->user.role);
        !named) {
        qCWarning(lcStartup) << "cannot record the user in the replica:" << QString::fromStdString(named.error().message);
    }
    startSync();
    if (anotherPerson) {
        m_windowUser = who;
        openMainWindow();
    }
    if (!committed->isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("A new copy of your data"),
                                    tr("This computer's copy of your data could not be opened with your password; it "
                                       "was probably changed on the engine. Outpost started a new copy and loads your "
                                       "locations again.\n\nChanges that had not synced from the old copy were kept "
                                       "in %1.")
                                        .arg(QDir::toNativeSeparators(*committed)),
                                    QMessageBox::Ok, m_window.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    const int minutes = m_options.lockAfterMinutes.value_or(IdleLock::configuredMinutes());
    m_lock = std::make_unique<IdleLock>(*m_window, *m_verifiers, engineKey, session->user.username,
                                        session->user.displayName, std::chrono::minutes(minutes));
    connect(m_lock.get(), &IdleLock::signOutRequested, this, &AppController::logout);
}

void AppController::startSync() {
    if (m_sync) {
        m_sync->wake();  // the same person logged in again: sync with the new session at once
        return;
    }
    m_transport = std::make_unique<EngineTransport>(*m_bridge);
    m_sync = std::make_unique<DeskSyncController>(*m_replicas->replica(), m_transport->transport(), *m_clock, nullptr,
                                                  m_transport->textTransport());
    connect(m_sync.get(), &DeskSyncController::sessionRefused, m_bridge.get(), &EngineBridge::expireSession);
    // Announced changes are applied as they come; a poke (or the engine coming back) means a round now.
    connect(m_bridge.get(), &EngineBridge::changesAnnounced, m_sync.get(), &DeskSyncController::deliver);
    connect(m_bridge.get(), &EngineBridge::remoteDataChanged, m_sync.get(), &DeskSyncController::wake);
    m_sync->start();
}

void AppController::openMainWindow() {
    m_window = std::make_unique<MainWindow>(*m_bridge, *m_sync, *m_clock);
    if (!m_options.screenshotFile.isEmpty()) {
        m_window->resize(1400, 860);
        connect(m_window.get(), &MainWindow::contentReady, this, &AppController::saveScreenshot, Qt::QueuedConnection);
    }
    connect(m_window.get(), &MainWindow::closed, this, [this] { emit finished(0); });
    connect(m_window.get(), &MainWindow::logoutRequested, this, &AppController::logout);
    m_window->show();
    m_window->start();
}

void AppController::logout() {
    m_lock.reset();
    if (m_window) {
        // Hide before destroying: closing would end the application.
        m_window->hide();
        m_window.reset();
    }
    m_sync.reset();
    m_transport.reset();
    if (m_replicas) m_replicas->close();
    m_bridge->logout();
    m_windowUser.clear();
    showLogin(tr("You have logged out."));
}

void AppController::saveScreenshot() {
    const bool saved = m_window->grab().save(m_options.screenshotFile, "PNG");
    if (saved) {
        qCInfo(lcStartup) << "screenshot written to" << m_options.screenshotFile;
    } else {
        qCCritical(lcStartup) << "cannot write the screenshot to" << m_options.screenshotFile;
    }
    emit finished(saved ? 0 : 1);
}

}  // namespace outpost::ui
