#include "ui/bridge/engine_bridge.h"

#include <algorithm>

#include "domain/enums.h"
#include "domain/json_codec.h"
#include "net/http_client.h"
#include "ui/logging.h"

namespace outpost::ui {
namespace {

constexpr int kHealthIntervalOnlineMs = 15000;
constexpr int kHealthIntervalOfflineMs = 5000;
constexpr int kReconnectFirstDelayMs = 1000;
constexpr int kReconnectMaxDelayMs = 30000;
constexpr int kPokeCoalesceMs = 250;

}  // namespace

EngineBridge::EngineBridge(ConnectionKind kind, QString host, quint16 port, const Clock& clock,
                           net::ClientConfig config, QObject* parent)
    : ReviewSource(parent),
      m_kind(kind),
      m_host(std::move(host)),
      m_port(port),
      m_clock(clock),
      m_config(std::move(config)),
      m_relay(std::make_shared<Relay>(this)),
      m_http(std::make_unique<net::HttpClient>(m_host.toStdString(), m_port, m_config)) {
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (signedIn()) connectSocket();
        checkHealth();
    });
    m_pokeTimer.setSingleShot(true);
    m_pokeTimer.setInterval(kPokeCoalesceMs);
    connect(&m_pokeTimer, &QTimer::timeout, this, [this] {
        requestReviewCount();
        emit remoteDataChanged();
    });
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
                     << "on port" << m_port << (m_config.tls ? "over TLS" : "");
    checkHealth();  // the WebSocket follows the login: it needs the session too
    m_healthTimer.start(kHealthIntervalOnlineMs);
}

QString EngineBridge::placeLabel() const {
    return m_kind == ConnectionKind::embedded ? tr("Embedded engine") : tr("Server %1:%2").arg(m_host).arg(m_port);
}

QString EngineBridge::connectionLabel() const {
    const QString where = placeLabel();
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

QString EngineBridge::userLabel() const {
    if (!m_session) return {};
    return tr("%1 · %2", "user name · role").arg(m_session->user.displayName, roleLabel(m_session->user.role));
}

// --- session -------------------------------------------------------------------------------

void EngineBridge::login(const LoginRequest& request) {
    qCInfo(lcBridge) << "logging in";
    m_http->request("POST", "/v1/login", loginBody(request), [relay = m_relay](Result<net::HttpResponse> answer) {
        if (!answer) {
            Result<SessionInfo> failed(answer.error());
            relay->post([failed](EngineBridge& b) { b.onLoginAnswer(failed, true); });
            return;
        }
        Result<SessionInfo> outcome =
            answer->status >= 400 ? Result<SessionInfo>(net::error_from_response(*answer)) : parseSession(answer->body);
        relay->post([outcome](EngineBridge& b) { b.onLoginAnswer(outcome, false); });
    });
}

void EngineBridge::onLoginAnswer(const Result<SessionInfo>& outcome, bool transportFailed) {
    if (transportFailed) {
        setState(ConnectionState::offline);
    } else {
        setState(ConnectionState::online);
    }
    if (!outcome || outcome->token.isEmpty()) {
        const Error error = outcome ? make_error(ErrorCode::internal, "the engine sent no session token")
                                    : outcome.error();
        qCInfo(lcBridge) << "login refused:" << QString::fromStdString(std::string(to_string(error.code)));
        emit loginFailed(error);
        return;
    }
    m_session = *outcome;
    m_expired = false;
    ++m_tokenGeneration;
    m_http->set_bearer_token(m_session->token.toStdString());
    qCInfo(lcBridge) << "signed in as a" << QString::fromStdString(std::string(to_string(m_session->user.role)));
    emit loginSucceeded();
    // Requests refused while the session was gone go out again with the new token.
    auto parked = std::move(m_parked);
    m_parked.clear();
    for (const auto& [id, c] : parked) dispatch(id, c);
    connectSocket();
    requestReviewCount();
}

void EngineBridge::logout() {
    if (!m_session) return;
    qCInfo(lcBridge) << "signing out";
    if (!m_expired) m_http->request("POST", "/v1/logout", "{}", [](Result<net::HttpResponse>) {});
    m_http->set_bearer_token({});
    ++m_tokenGeneration;
    m_session.reset();
    m_expired = false;
    m_storeReviews.reset();
    closeSocket();
    failParked(make_error(ErrorCode::unauthenticated, "signed out"));
    emit healthChanged();
    emit signedOut();
}

void EngineBridge::failParked(const Error& error) {
    auto parked = std::move(m_parked);
    m_parked.clear();
    for (const auto& [id, c] : parked) c->fail(*this, id, error);
}

// --- requests ------------------------------------------------------------------------------

quint64 EngineBridge::send(const QString& method, const QString& path, const QByteArray& body,
                           std::function<void(Result<Json>)> onGuiThread) {
    auto reply = std::make_shared<const std::function<void(Result<Json>)>>(std::move(onGuiThread));
    Call c;
    c.method = method.toUpper().toStdString();
    c.target = path.toStdString();
    c.body = body.toStdString();
    c.decode = [reply](const net::HttpResponse& response) -> Result<Decoded> {
        Json value = Json::object();
        if (!response.body.empty()) {
            auto parsed = parse_json(response.body);
            if (!parsed) return parsed.error();
            value = std::move(*parsed);
        }
        auto data = std::make_shared<const Json>(std::move(value));
        return Decoded([reply, data](EngineBridge&, quint64) {
            if (*reply) (*reply)(*data);
        });
    };
    c.fail = [reply](EngineBridge&, quint64, const Error& error) {
        if (*reply) (*reply)(error);
    };
    return call(std::move(c));
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
    Call c;
    c.method = "GET";
    c.target = "/v1/health";
    c.decode = [](const net::HttpResponse& response) -> Result<Decoded> {
        auto health = parseHealth(response.body);
        if (!health) return health.error();
        return Decoded([](EngineBridge& bridge, quint64) { emit bridge.healthChanged(); });
    };
    c.fail = [](EngineBridge& bridge, quint64, const Error&) { emit bridge.healthChanged(); };
    call(std::move(c));
    requestReviewCount();
}

void EngineBridge::requestReviewCount() {
    if (!signedIn()) return;
    Call c;
    c.method = "GET";
    c.target = "/v1/reviews?limit=1&offset=0";
    c.decode = [](const net::HttpResponse& response) -> Result<Decoded> {
        auto page = parseReviewPage(response.body);
        if (!page) return page.error();
        const qint64 total = page->total;
        return Decoded([total](EngineBridge& bridge, quint64) {
            bridge.m_storeReviews = total;
            emit bridge.healthChanged();
        });
    };
    c.fail = [](EngineBridge&, quint64, const Error&) {};
    call(std::move(c));
}

quint64 EngineBridge::get(const std::string& target, Decoder decode) {
    Call c;
    c.method = "GET";
    c.target = target;
    c.decode = std::move(decode);
    c.fail = [](EngineBridge& bridge, quint64 id, const Error& error) { emit bridge.requestFailed(id, error); };
    return call(std::move(c));
}

quint64 EngineBridge::call(Call c) {
    const quint64 id = m_nextId++;
    auto shared = std::make_shared<const Call>(std::move(c));
    if (m_expired && shared->target != "/v1/health") {
        m_parked.emplace_back(id, shared);  // sent once the person has logged in again
        return id;
    }
    dispatch(id, shared);
    return id;
}

void EngineBridge::dispatch(quint64 id, const CallPtr& c) {
    qCDebug(lcBridge) << QString::fromStdString(c->method) << QString::fromStdString(c->target) << "request" << id;
    const quint64 generation = m_tokenGeneration;
    m_http->request(c->method, c->target, c->body,
                    [relay = m_relay, id, c, generation](Result<net::HttpResponse> answer) {
                        // On the network thread: decode here, hand finished values to the GUI thread.
                        if (!answer) {
                            Error error = answer.error();
                            relay->post([id, c, error](EngineBridge& b) { b.onTransportFailure(id, c, error); });
                            return;
                        }
                        if (answer->status >= 400) {
                            Error error = net::error_from_response(*answer);
                            relay->post([id, c, error, generation](EngineBridge& b) {
                                b.onRefused(id, c, error, generation);
                            });
                            return;
                        }
                        Result<Decoded> outcome = c->decode(*answer);
                        relay->post([id, c, outcome](EngineBridge& b) { b.onAnswer(id, c, outcome); });
                    });
}

void EngineBridge::onTransportFailure(quint64 id, const CallPtr& c, const Error& error) {
    qCWarning(lcBridge) << "request" << id << "failed:" << QString::fromStdString(error.message);
    setState(ConnectionState::offline);
    c->fail(*this, id, error);
}

void EngineBridge::onRefused(quint64 id, const CallPtr& c, const Error& error, quint64 tokenGeneration) {
    setState(ConnectionState::online);  // the engine answered, even if with an error
    if (error.code == ErrorCode::unauthenticated && m_session) {
        if (tokenGeneration != m_tokenGeneration && !m_expired) {
            dispatch(id, c);  // sent with an earlier token; a newer one exists already
            return;
        }
        m_parked.emplace_back(id, c);
        expireSession();
        return;
    }
    qCWarning(lcBridge) << "request" << id << "was refused:" << QString::fromStdString(error.message);
    c->fail(*this, id, error);
}

void EngineBridge::expireSession() {
    if (!m_session || m_expired) return;
    qCInfo(lcBridge) << "the session ended: asking for a new login";
    m_expired = true;
    m_http->set_bearer_token({});
    closeSocket();
    emit sessionExpired();
}

void EngineBridge::onAnswer(quint64 id, const CallPtr& c, const Result<Decoded>& outcome) {
    setState(ConnectionState::online);
    if (!outcome) {
        qCWarning(lcBridge) << "request" << id << "had an unreadable answer:"
                            << QString::fromStdString(outcome.error().message);
        c->fail(*this, id, outcome.error());
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
        if (!m_socketUp && signedIn()) connectSocket();
        requestReviewCount();
        emit remoteDataChanged();
    }
}

// --- pokes ---------------------------------------------------------------------------------

void EngineBridge::closeSocket() {
    ++m_socketGeneration;  // its closing report is ignored
    m_reconnectTimer.stop();
    m_socket.reset();
    m_socketUp = false;
}

void EngineBridge::connectSocket() {
    const quint64 generation = ++m_socketGeneration;
    m_reconnectTimer.stop();
    m_socket.reset();
    m_socket = std::make_unique<net::WebSocketClient>(m_host.toStdString(), m_port, "/v1/ws", m_config);
    m_socketUp = true;
    auto relay = m_relay;
    m_socket->connect(
        [relay](std::string_view view) {
            relay->post([text = std::string(view)](EngineBridge& b) { b.onSocketMessage(text); });
        },
        [relay, generation](Error error) {
            relay->post([generation, error](EngineBridge& b) { b.onSocketClosed(generation, error); });
        },
        m_session ? m_session->token.toStdString() : std::string());
}

void EngineBridge::onSocketMessage(const std::string& text) {
    auto message = parse_json(text);
    if (!message || !message->is_object()) {
        qCWarning(lcBridge) << "ignoring a malformed WebSocket message";
        return;
    }
    m_reconnectDelayMs = kReconnectFirstDelayMs;
    setState(ConnectionState::online);
    const std::string type = message->value("type", std::string());
    if (type == "changes") emit changesAnnounced(QByteArray::fromStdString(text));
    if (type == "poke") m_pokeTimer.start();
}

void EngineBridge::onSocketClosed(quint64 generation, const Error& error) {
    if (generation != m_socketGeneration) return;  // an earlier socket we replaced
    qCInfo(lcBridge) << "WebSocket closed:" << QString::fromStdString(error.message) << "- retrying in"
                     << m_reconnectDelayMs << "ms";
    m_socketUp = false;
    checkHealth();
    if (!signedIn()) return;  // the next login opens it again
    m_reconnectTimer.start(m_reconnectDelayMs);
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, kReconnectMaxDelayMs);
}

}  // namespace outpost::ui
