#pragma once
// The desk's sync transport: its own HttpClient to the engine the bridge talks to, carrying the
// bridge's session token, and answering each request as JSON the way net::request_json does.
// Called on the sync runner's thread. cancel() ends a wait at once (closing the window while the
// engine does not answer must not wait for the network's timeouts).

#include <atomic>
#include <memory>

#include <QObject>

#include "ui/sync/core_sync.h"

namespace outpost::net {
class HttpClient;
}

namespace outpost::ui {

class EngineBridge;

class EngineTransport final : public QObject {
    Q_OBJECT

  public:
    explicit EngineTransport(EngineBridge& bridge, QObject* parent = nullptr);
    ~EngineTransport() override;

    // A transport for sync::DeskSync; it may outlive this object (calls then answer unavailable).
    [[nodiscard]] sync::Transport transport() const;
    // The same, answering bodies as text (bootstrap pages are parsed as they are written).
    [[nodiscard]] sync::TextTransport textTransport() const;
    // Requests waiting now and later answer ErrorCode::unavailable at once.
    void cancel();

  private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

}  // namespace outpost::ui
