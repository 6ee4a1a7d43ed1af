#pragma once
// The console's only way to the engine: HTTP requests and a WebSocket for pokes, both on
// core/net's own network threads. Their answers are decoded there and reach Qt only through
// QueuedRelay (queued calls into this object's thread), so the GUI thread never waits on I/O.
//
// The engine wants a session on every endpoint but /v1/health: login() gets a token, and every
// later request carries it. A request refused as unauthenticated (the session expired or was
// revoked) waits, sessionExpired() asks for a new login, and the waiting requests are sent again
// once it succeeds.

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QTimer>

#include "domain/clock.h"
#include "net/http_types.h"
#include "ui/bridge/queued_relay.h"
#include "ui/bridge/review_source.h"
#include "ui/bridge/session.h"

namespace outpost::net {
class HttpClient;
class WebSocketClient;
}  // namespace outpost::net

namespace outpost::ui {

enum class ConnectionKind { embedded, server };
enum class ConnectionState { connecting, online, offline };

class EngineBridge final : public ReviewSource {
    Q_OBJECT

  public:
    // `config` carries TLS and the pinned certificate fingerprint for a server; the embedded
    // engine speaks plain HTTP on loopback.
    EngineBridge(ConnectionKind kind, QString host, quint16 port, const Clock& clock, net::ClientConfig config = {},
                 QObject* parent = nullptr);
    ~EngineBridge() override;

    // Probes the engine and keeps checking the connection; the WebSocket for pokes opens at login.
    void start();

    // POST /v1/login; answers with loginSucceeded() or loginFailed().
    void login(const LoginRequest& request);
    // POST /v1/logout, then forgets the session; answers with signedOut().
    void logout();
    [[nodiscard]] bool signedIn() const { return m_session.has_value() && !m_expired; }
    [[nodiscard]] const std::optional<SessionInfo>& session() const { return m_session; }
    // "Luis Ortega · Location manager", or empty when nobody is signed in.
    [[nodiscard]] QString userLabel() const;

    // Any request of the protocol with the session's token: `path` with its query, `body` JSON or
    // empty. `onGuiThread` receives the decoded answer, or the engine's error (or a transport
    // error), on this object's thread; never when the bridge is destroyed first. A request refused
    // because the session ended waits for the next login and is sent again then.
    quint64 send(const QString& method, const QString& path, const QByteArray& body,
                 std::function<void(Result<Json>)> onGuiThread);

    quint64 requestLocations() override;
    quint64 requestReviews(const ReviewQuery& query) override;
    // Asks GET /v1/health now, and the number of reviews in the user's scope when signed in.
    void checkHealth();

    // The session ended as far as another client of the same session knows (the desk's sync was
    // refused as unauthenticated): the same path as a refused request, sessionExpired() follows.
    void expireSession();

    [[nodiscard]] ConnectionKind kind() const { return m_kind; }
    [[nodiscard]] const net::ClientConfig& clientConfig() const { return m_config; }
    // "Embedded engine", "Server 10.0.0.5:7400"
    [[nodiscard]] QString placeLabel() const;
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] ConnectionState state() const { return m_state; }
    // "Embedded engine · online", "Server 10.0.0.5:7400 · offline", ...
    [[nodiscard]] QString connectionLabel() const;
    // Reviews the signed-in user may see (the total of an unfiltered reviews page).
    [[nodiscard]] std::optional<qint64> storeReviewCount() const { return m_storeReviews; }
    [[nodiscard]] std::optional<Timestamp> lastSync() const { return m_lastSync; }

  signals:
    void stateChanged(outpost::ui::ConnectionState state);
    void healthChanged();
    void synced();  // a request succeeded; lastSync() moved
    void loginSucceeded();
    void loginFailed(const outpost::Error& error);
    void sessionExpired();  // log in again: waiting requests are retried after loginSucceeded()
    void signedOut();
    // The engine announced changes over its WebSocket (the message as sent; for the desk's sync).
    void changesAnnounced(const QByteArray& message);

  private:
    using Relay = QueuedRelay<EngineBridge>;
    using Decoded = std::function<void(EngineBridge&, quint64 requestId)>;
    // Decodes a successful answer on the network thread and returns the work to do on ours.
    using Decoder = std::function<Result<Decoded>(const net::HttpResponse&)>;
    using Failure = std::function<void(EngineBridge&, quint64 requestId, const Error&)>;
    struct Call {
        std::string method;
        std::string target;
        std::string body;
        Decoder decode;
        Failure fail;
    };
    using CallPtr = std::shared_ptr<const Call>;

    quint64 call(Call c);
    quint64 get(const std::string& target, Decoder decode);
    void dispatch(quint64 id, const CallPtr& c);
    void onTransportFailure(quint64 id, const CallPtr& c, const Error& error);
    void onRefused(quint64 id, const CallPtr& c, const Error& error, quint64 tokenGeneration);
    void onAnswer(quint64 id, const CallPtr& c, const Result<Decoded>& outcome);
    void onLoginAnswer(const Result<SessionInfo>& outcome, bool transportFailed);
    void failParked(const Error& error);
    void requestReviewCount();
    void setState(ConnectionState state);
    void connectSocket();
    void closeSocket();
    void onSocketMessage(const std::string& text);
    void onSocketClosed(quint64 generation, const Error& error);

    const ConnectionKind m_kind;
    const QString m_host;
    const quint16 m_port;
    const Clock& m_clock;
    const net::ClientConfig m_config;
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
    std::optional<SessionInfo> m_session;
    bool m_expired = false;
    quint64 m_tokenGeneration = 0;  // moves with every new token
    std::vector<std::pair<quint64, CallPtr>> m_parked;  // waiting for the next login
};

}  // namespace outpost::ui

Q_DECLARE_METATYPE(outpost::ui::ConnectionState)
