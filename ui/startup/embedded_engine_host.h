#pragma once
// Runs the engine inside the console: Engine::open (the key derivation, migrations, demo data)
// and start() happen on a worker thread, with progress reported to the GUI thread; the engine
// then serves on a loopback port that EngineBridge talks to like any server.

#include <atomic>
#include <memory>
#include <thread>

#include <QObject>
#include <QString>

#include "domain/clock.h"
#include "domain/result.h"

namespace outpost::engine {
class Engine;
}

namespace outpost::ui {

struct EmbeddedEngineSettings {
    QString storePath;
    bool demoData = true;  // seed the demo dataset into a new store
};

class EmbeddedEngineHost final : public QObject {
    Q_OBJECT

  public:
    explicit EmbeddedEngineHost(std::shared_ptr<const Clock> clock, QObject* parent = nullptr);
    ~EmbeddedEngineHost() override;  // stops the engine; waits for an open in progress

    // Opens the store with `passphrase` and starts serving; answers with started() or failed().
    // Ignored while an open is in progress or the engine runs.
    void open(const EmbeddedEngineSettings& settings, const QString& passphrase);
    void stop();

    [[nodiscard]] bool isOpening() const { return m_opening; }
    [[nodiscard]] bool isRunning() const { return m_engine != nullptr; }
    [[nodiscard]] quint16 port() const { return m_port; }

  signals:
    void progress(const QString& status);
    void started(quint16 port);
    void failed(const outpost::Error& error);

  private:
    void finishOpen(std::shared_ptr<engine::Engine> engine, quint16 port);
    void joinWorker();

    std::shared_ptr<const Clock> m_clock;  // outlives the engine, which reads it
    std::shared_ptr<engine::Engine> m_engine;
    std::thread m_worker;
    std::atomic<bool> m_opening{false};
    quint16 m_port = 0;
};

}  // namespace outpost::ui
