#pragma once
// The console's only way to the engine: HTTP requests and a WebSocket for pokes, both on
// core/net's own network threads. Their answers are decoded there and reach Qt only through
// QueuedRelay (queued calls into this object's thread), so the GUI thread never waits on I/O.

#include <memory>
#include <optional>

#include <QString>
#include <QTimer>

#include "domain/clock.h"
#include "ui/bridge/queued_relay.h"
#include "ui/bridge/review_source.h"

namespace outpost::net {
class HttpClient;
class WebSocketClient;
struct HttpResponse;
}  // namespace outpost::net

namespace outpost::ui {

enum class ConnectionKind { embedded, server };
enum class ConnectionState { connecting, online, offline };

class EngineBridge final : public ReviewSource {
    Q_OBJECT

  public:
    EngineBridge(ConnectionKind kind, QString host, quint16 port, const Clock& clock, QObject* parent = nullptr);
    ~EngineBridge() override;

    // Probes the engine, opens the WebSocket for pokes and keeps checking the connection.
    void start();

    quint64 requestLocations() override;
    quint64 requestReviews(const ReviewQuery& query) override;
    // Asks GET /v1/health now (the status bar's review count and the online state follow it).
    void checkHealth();

    [[nodiscard]] ConnectionKind kind() const { return m_kind; }
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] ConnectionState state() const { return m_state; }
    // "Embedded engine · online", "Server 10.0.0.5:7400 · offline", ...
    [[nodiscard]] QString connectionLabel() const;
    [[nodiscard]] std::optional<qint64> storeReviewCount() const { return m_storeReviews; }
    [[nodiscard]] std::optional<Timestamp> lastSync() const { return m_lastSync; }

  signals:
    void stateChanged(outpost::ui::ConnectionState state);
    void healthChanged();
    void synced();  // a request succeeded; lastSync() moved

  private:
    using Relay = QueuedRelay<EngineBridge>;
    using Decoded = std::function<void(EngineBridge&, quint64 requestId)>;
    // Decodes a successful answer on the network thread and returns the work to do on ours.
    using Decoder = std::function<Result<Decoded>(const net::HttpResponse&)>;

    quint64 get(const std::string& target, Decoder decode);
    void onAnswer(quint64 id, const Result<Decoded>& outcome, bool transportFailed);
    void setState(ConnectionState state);
    void connectSocket();
    void onSocketMessage(const std::string& text);
    void onSocketClosed(quint64 generation, const Error& error);

    const ConnectionKind m_kind;
    const QString m_host;
    const quint16 m_port;
    const Clock& m_clock;
    std::shared_ptr<Relay> m_relay;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<net::WebSocketClient> m_socket;
    quint64 m_socketGeneration = 0;
    bool m_socketUp = false;
    int m_reconnectDelayMs = 1000;
    QTimer m_reconnectTimer;
    QTimer m_pokeTimer;  // coalesces a burst of pokes into one refetch
    QTimer m_healthTimer;
    quint64 m_nextId = 1;
    ConnectionState m_state = ConnectionState::connecting;
    std::optional<qint64> m_storeReviews;
    std::optional<Timestamp> m_lastSync;
};

}  // namespace outpost::ui

Q_DECLARE_METATYPE(outpost::ui::ConnectionState)
