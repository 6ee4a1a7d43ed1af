#pragma once
// The console's start, step by step: the first-run choice (remembered), the passphrase and the
// embedded engine, or the server; then the main window. Optionally grabs the window to a file
// once the reviews are shown, and quits.

#include <memory>

#include <QObject>
#include <QPointer>

#include "domain/clock.h"
#include "ui/startup/launch_options.h"

namespace outpost::ui {

class EmbeddedEngineHost;
class EngineBridge;
class MainWindow;
enum class ConnectionKind;

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
    void openMainWindow(ConnectionKind kind, const QString& host, quint16 port);
    void saveScreenshot();

    LaunchOptions m_options;
    std::shared_ptr<const Clock> m_clock;
    // Declared in the order of start; destroyed in reverse: window, bridge, then the engine.
    std::unique_ptr<EmbeddedEngineHost> m_host;
    std::unique_ptr<EngineBridge> m_bridge;
    std::unique_ptr<MainWindow> m_window;
};

}  // namespace outpost::ui
