#include "ui/startup/embedded_engine_host.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>

#include "engine/engine.h"
#include "ui/logging.h"

namespace outpost::ui {

EmbeddedEngineHost::EmbeddedEngineHost(std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent), m_clock(std::move(clock)) {}

EmbeddedEngineHost::~EmbeddedEngineHost() {
    joinWorker();
    stop();
}

void EmbeddedEngineHost::joinWorker() {
    if (m_worker.joinable()) m_worker.join();
}

void EmbeddedEngineHost::open(const EmbeddedEngineSettings& settings, const QString& passphrase) {
    if (m_opening || m_engine) return;
    joinWorker();  // an earlier attempt that failed has finished; reap its thread
    m_opening = true;

    const QFileInfo store(settings.storePath);
    const bool creating = !store.exists();
    if (!QDir().mkpath(store.absolutePath())) {
        m_opening = false;
        emit failed(make_error(ErrorCode::io, "cannot create the folder " + store.absolutePath().toStdString()));
        return;
    }
    emit progress(creating ? tr("Creating the encrypted store and the demo data…")
                           : tr("Opening the encrypted store…"));
    qCInfo(lcStartup) << (creating ? "creating" : "opening") << "the embedded store";

    engine::EngineConfig config;
    config.store_path = QDir::toNativeSeparators(store.absoluteFilePath()).toStdString();
    config.demo_data_if_empty = settings.demoData;
    config.server.address = "127.0.0.1";
    config.server.port = 0;
    std::string secret = passphrase.toStdString();
    const QString startingText = tr("Starting the engine…");

    // The worker only reads values it owns; it reaches this object through queued calls, which
    // cannot outlive it: the destructor joins the worker first.
    m_worker = std::thread(
        [this, config = std::move(config), secret = std::move(secret), clock = m_clock, startingText]() mutable {
            auto opened = engine::Engine::open(std::move(config), secret, *clock);
            std::fill(secret.begin(), secret.end(), '\0');
            if (!opened) {
                Error error = opened.error();
                QMetaObject::invokeMethod(
                    this,
                    [this, error] {
                        m_opening = false;
                        qCWarning(lcStartup)
                            << "the embedded engine did not open:" << QString::fromStdString(error.message);
                        emit failed(error);
                    },
                    Qt::QueuedConnection);
                return;
            }
            QMetaObject::invokeMethod(
                this, [this, startingText] { emit progress(startingText); }, Qt::QueuedConnection);
            std::shared_ptr<engine::Engine> engine = std::move(*opened);
            auto port = engine->start();
            if (!port) {
                Error error = port.error();
                QMetaObject::invokeMethod(
                    this,
                    [this, error] {
                        m_opening = false;
                        emit failed(error);
                    },
                    Qt::QueuedConnection);
                return;
            }
            const quint16 bound = *port;
            QMetaObject::invokeMethod(
                this, [this, engine, bound] { finishOpen(engine, bound); }, Qt::QueuedConnection);
        });
}

void EmbeddedEngineHost::finishOpen(std::shared_ptr<engine::Engine> engine, quint16 port) {
    m_engine = std::move(engine);
    m_port = port;
    m_opening = false;
    qCInfo(lcStartup) << "embedded engine serving on port" << port;
    emit started(port);
}

void EmbeddedEngineHost::stop() {
    if (!m_engine) return;
    qCInfo(lcStartup) << "stopping the embedded engine";
    m_engine->stop();
    m_engine.reset();
    m_port = 0;
}

}  // namespace outpost::ui
