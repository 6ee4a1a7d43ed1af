#include "ui/startup/app_controller.h"

#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include "ui/bridge/engine_bridge.h"
#include "ui/logging.h"
#include "ui/shell/main_window.h"
#include "ui/startup/embedded_engine_host.h"
#include "ui/startup/first_run_dialog.h"
#include "ui/startup/unlock_dialog.h"
#include "ui/startup/unlock_flow.h"

namespace outpost::ui {
namespace {

// Unattended starts (kiosks, screenshots under Xvfb) may pass the passphrase here instead of typing it.
constexpr char kPassphraseVariable[] = "OUTPOST_PASSPHRASE";
constexpr int kScreenshotTimeoutMs = 120000;

}  // namespace

AppController::AppController(LaunchOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(std::make_shared<SystemClock>()) {}

AppController::~AppController() = default;

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
        qCInfo(lcStartup) << "connecting to a server";
        openMainWindow(ConnectionKind::server, choice.server.host, choice.server.port);
    } else {
        startEmbedded();
    }
}

void AppController::startEmbedded() {
    const EmbeddedEngineSettings settings{
        m_options.storePath.isEmpty() ? StartupSettings::defaultStorePath() : m_options.storePath, true};
    m_host = std::make_unique<EmbeddedEngineHost>(m_clock);
    const auto mode = QFileInfo::exists(settings.storePath) ? UnlockDialog::Mode::unlock : UnlockDialog::Mode::create;
    auto* dialog = new UnlockDialog(mode);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* flow = new UnlockFlow(*dialog, *m_host, settings, dialog);
    connect(flow, &UnlockFlow::unlocked, this,
            [this](quint16 port) { openMainWindow(ConnectionKind::embedded, QStringLiteral("127.0.0.1"), port); });
    connect(dialog, &QDialog::rejected, this, [this] { emit finished(0); });
    dialog->show();
    const QByteArray passphrase = qgetenv(kPassphraseVariable);
    if (!passphrase.isEmpty()) dialog->submitPassphrase(QString::fromUtf8(passphrase));
}

void AppController::openMainWindow(ConnectionKind kind, const QString& host, quint16 port) {
    m_bridge = std::make_unique<EngineBridge>(kind, host, port, *m_clock);
    m_window = std::make_unique<MainWindow>(*m_bridge, *m_clock);
    if (!m_options.screenshotFile.isEmpty()) {
        m_window->resize(1400, 860);
        connect(m_window.get(), &MainWindow::contentReady, this, &AppController::saveScreenshot, Qt::QueuedConnection);
    }
    connect(m_window.get(), &MainWindow::closed, this, [this] { emit finished(0); });
    m_window->show();
    m_bridge->start();
    m_window->start();
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
