#include "ui/bridge/engine_bridge.h"

#include <algorithm>

#include "domain/json_codec.h"
#include "net/http_client.h"
#include "net/http_types.h"
#include "ui/logging.h"

namespace outpost::ui {
namespace {

constexpr int kHealthIntervalOnlineMs = 15000;
constexpr int kHealthIntervalOfflineMs = 5000;
constexpr int kReconnectFirstDelayMs = 1000;
constexpr int kReconnectMaxDelayMs = 30000;
constexpr int kPokeCoalesceMs = 250;

}  // namespace

EngineBridge::EngineBridge(ConnectionKind kind, QString host, quint16 port, const Clock& clock, QObject* parent)
    : ReviewSource(parent),
      m_kind(kind),
      m_host(std::move(host)),
      m_port(port),
      m_clock(clock),
      m_relay(std::make_shared<Relay>(this)),
      m_http(std::make_unique<net::HttpClient>(m_host.toStdString(), m_port)) {
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        connectSocket();
        checkHealth();
    });
    m_pokeTimer.setSingleShot(true);
    m_pokeTimer.setInterval(kPokeCoalesceMs);
    connect(&m_pokeTimer, &QTimer::timeout, this, &EngineBridge::remoteDataChanged);
    connect(&m_healthTimer, &QTimer::timeout, this, &EngineBridge::checkHealth);
}

EngineBridge::~EngineBridge() {
    // Answers still arriving from the network threads are dropped from here on.
    m_relay->detach();
    m_socket.reset();
    m_http.reset();
}

void EngineBridge::start() {
    qCInfo(lcBridge) << "connecting to" << (m_kind == ConnectionKind::embedded ? "the embedded engine" : "a server")
                     << "on port" << m_port;
    checkHealth();
    connectSocket();
    m_healthTimer.start(kHealthIntervalOnlineMs);
}

QString EngineBridge::connectionLabel() const {
    const QString where =
        m_kind == ConnectionKind::embedded ? tr("Embedded engine") : tr("Server %1:%2").arg(m_host).arg(m_port);
    QString state;
    switch (m_state) {
        case ConnectionState::connecting:
            state = tr("connecting");
            break;
        case ConnectionState::online:
            state = tr("online");
            break;
        case ConnectionState::offline:
            state = tr("offline");
            break;
    }
    return tr("%1 · %2", "connection place · connection state").arg(where, state);
}

quint64 EngineBridge::requestLocations() {
    return get("/v1/locations", [](const net::HttpResponse& response) -> Result<Decoded> {
        auto org = parseOrgSnapshot(response.body);
        if (!org) return org.error();
        auto data = std::make_shared<const OrgSnapshot>(std::move(*org));
        return Decoded([data](EngineBridge& bridge, quint64 id) { emit bridge.locationsReady(id, *data); });
    });
}

quint64 EngineBridge::requestReviews(const ReviewQuery& query) {
    return get(query.target(), [](const net::HttpResponse& response) -> Result<Decoded> {
        auto page = parseReviewPage(response.body);
        if (!page) return page.error();
        auto data = std::make_shared<const ReviewPageData>(std::move(*page));
        return Decoded([data](EngineBridge& bridge, quint64 id) { emit bridge.reviewsReady(id, *data); });
    });
}

void EngineBridge::checkHealth() {
    get("/v1/health", [](const net::HttpResponse& response) -> Result<Decoded> {
        auto health = parseHealth(response.body);
        if (!health) return health.error();
        const qint64 reviews = health->reviews;
        return Decoded([reviews](EngineBridge& bridge, quint64) {
            bridge.m_storeReviews = reviews;
            emit bridge.healthChanged();
        });
    });
}

quint64 EngineBridge::get(const std::string& target, Decoder decode) {
    const quint64 id = m_nextId++;
    qCDebug(lcBridge) << "GET" << QString::fromStdString(target) << "request" << id;
    m_http->request(
        "GET", target, {}, [relay = m_relay, id, decode = std::move(decode)](Result<net::HttpResponse> answer) {
            // On the network thread: decode here, hand finished values to the GUI thread.
            if (!answer) {
                Result<Decoded> failed(answer.error());
                relay->post([id, failed](EngineBridge& b) { b.onAnswer(id, failed, true); });
                return;
            }
            Result<Decoded> outcome =
                answer->status >= 400 ? Result<Decoded>(net::error_from_response(*answer)) : decode(*answer);
            relay->post([id, outcome](EngineBridge& b) { b.onAnswer(id, outcome, false); });
        });
    return id;
}

void EngineBridge::onAnswer(quint64 id, const Result<Decoded>& outcome, bool transportFailed) {
    if (transportFailed) {
        qCWarning(lcBridge) << "request" << id << "failed:" << QString::fromStdString(outcome.error().message);
        setState(ConnectionState::offline);
        emit requestFailed(id, outcome.error());
        return;
    }
    setState(ConnectionState::online);  // the engine answered, even if with an error
    if (!outcome) {
        qCWarning(lcBridge) << "request" << id << "was refused:" << QString::fromStdString(outcome.error().message);
        emit requestFailed(id, outcome.error());
        return;
    }
    m_lastSync = m_clock.now();
    outcome.value()(*this, id);
    emit synced();
}

void EngineBridge::setState(ConnectionState state) {
    if (state == m_state) return;
    const ConnectionState previous = m_state;
    m_state = state;
    qCInfo(lcBridge) << "connection" << (state == ConnectionState::online ? "online" : "offline");
    m_healthTimer.setInterval(state == ConnectionState::online ? kHealthIntervalOnlineMs : kHealthIntervalOfflineMs);
    emit stateChanged(state);
    if (previous == ConnectionState::offline && state == ConnectionState::online) {
        // Pokes may have been missed while away: refetch, and listen again.
        if (!m_socketUp) connectSocket();
        emit remoteDataChanged();
    }
}

void EngineBridge::connectSocket() {
    const quint64 generation = ++m_socketGeneration;
    m_reconnectTimer.stop();
    m_socket.reset();
    m_socket = std::make_unique<net::WebSocketClient>(m_host.toStdString(), m_port, "/v1/ws");
    m_socketUp = true;
    auto relay = m_relay;
    m_socket->connect(
        [relay](std::string text) {
            relay->post([text = std::move(text)](EngineBridge& b) { b.onSocketMessage(text); });
        },
        [relay, generation](Error error) {
            relay->post([generation, error](EngineBridge& b) { b.onSocketClosed(generation, error); });
        });
}

void EngineBridge::onSocketMessage(const std::string& text) {
    auto message = parse_json(text);
    if (!message || !message->is_object()) {
        qCWarning(lcBridge) << "ignoring a malformed WebSocket message";
        return;
    }
    m_reconnectDelayMs = kReconnectFirstDelayMs;
    setState(ConnectionState::online);
    if (message->value("type", std::string()) == "poke") m_pokeTimer.start();
}

void EngineBridge::onSocketClosed(quint64 generation, const Error& error) {
    if (generation != m_socketGeneration) return;  // an earlier socket we replaced
    qCInfo(lcBridge) << "WebSocket closed:" << QString::fromStdString(error.message) << "- retrying in"
                     << m_reconnectDelayMs << "ms";
    m_socketUp = false;
    checkHealth();
    m_reconnectTimer.start(m_reconnectDelayMs);
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, kReconnectMaxDelayMs);
}

}  // namespace outpost::ui
