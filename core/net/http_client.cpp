#include "net/http_client.h"

#include <map>

#include <future>
#include <optional>
#include <thread>

#include "net/asio.h"
#include "net/tls_certificate.h"
#include "net/tls_context.h"

namespace outpost::net {
namespace {

// Runs one io_context on its own thread until destroyed.
class NetworkThread {
public:
    NetworkThread() : m_work(m_io.get_executor()), m_thread([this] { m_io.run(); }) {}
    ~NetworkThread() {
        m_work.reset();
        m_io.stop();
        join();
    }
    asio::io_context& io() { return m_io; }
    // Lets the work in flight complete, then ends the thread; the io_context stays valid.
    void drain() {
        m_work.reset();
        join();
    }

private:
    void join() {
        if (!m_thread.joinable()) return;
        if (m_thread.get_id() == std::this_thread::get_id()) {
            m_thread.detach();  // destroyed from one of its own callbacks
        } else {
            m_thread.join();
        }
    }

    asio::io_context m_io;
    asio::executor_work_guard<asio::io_context::executor_type> m_work;
    std::thread m_thread;
};

Error network_error(const std::string& where, error_code ec) {
    if (ec == beast::error::timeout) return make_error(ErrorCode::unavailable, where + " did not answer in time");
    return make_error(ErrorCode::unavailable, "cannot reach " + where + ": " + ec.message());
}

// Where a client connects, and the TLS it speaks there.
struct Endpoint {
    std::string host;
    std::uint16_t port = 0;
    ClientConfig config;
    std::shared_ptr<ssl::context> tls;  // set when config.tls
    std::optional<Error> setup_error;   // TLS could not be set up: every call fails with this

    Endpoint(std::string h, std::uint16_t p, ClientConfig c) : host(std::move(h)), port(p), config(std::move(c)) {
        if (!config.tls) return;
        // Accept a pin as people copy it ("AB:CD:…"); anything else is compared as given and refused.
        if (auto pin = parse_fingerprint(config.pinned_sha256)) config.pinned_sha256 = *pin;
        auto context = make_client_tls_context();
        if (context) {
            tls = std::move(*context);
        } else {
            setup_error = context.error();
        }
    }
    [[nodiscard]] std::string where() const { return host + ":" + std::to_string(port); }

    // Before the handshake: SNI and the pin, recording what the engine presents in `seen`.
    [[nodiscard]] Result<void> prepare(TlsStream& stream, std::shared_ptr<PeerCertificate> seen) const {
        return prepare_client_tls(stream, host, config.pinned_sha256, std::move(seen));
    }
    [[nodiscard]] Error handshake_error(error_code ec, const PeerCertificate& seen) const {
        if (auto pinning = pinning_error(config.pinned_sha256, seen)) return *pinning;
        if (ec == beast::error::timeout) return network_error(where(), ec);
        return make_error(ErrorCode::unavailable, "cannot set up TLS with " + where() + ": " + ec.message() +
                                                      " (does the engine serve HTTPS on this port?)");
    }
};

// A stream on `executor`, with TLS when the endpoint has it.
template <typename Stream>
Stream make_stream(const asio::any_io_executor& executor, const Endpoint& endpoint) {
    if constexpr (kIsTls<Stream>) {
        return Stream(executor, *endpoint.tls);
    } else {
        return Stream(executor);
    }
}

// One request on its own connection: resolve, connect, TLS handshake, write, read, each with a timeout.
template <typename Stream>
class ClientCall : public std::enable_shared_from_this<ClientCall<Stream>> {
public:
    ClientCall(asio::io_context& io, std::shared_ptr<const Endpoint> endpoint, HttpClient::Done done)
        : m_resolver(asio::make_strand(io)),
          m_stream(make_stream<Stream>(m_resolver.get_executor(), *endpoint)),
          m_endpoint(std::move(endpoint)),
          m_done(std::move(done)) {}

    void start(std::string method, std::string target, std::string body, std::string token,
               std::map<std::string, std::string> headers) {
        m_request.method_string(method);
        if (!token.empty()) m_request.set(http::field::authorization, "Bearer " + token);
        for (const auto& [name, value] : headers) m_request.set(name, value);
        m_request.target(target);
        m_request.version(11);
        m_request.set(http::field::host, m_endpoint->host);
        m_request.set(http::field::user_agent, "outpost");
        m_request.set(http::field::accept, "application/json");
        m_request.set("Outpost-Protocol", std::to_string(kProtocolVersion));
        if (!body.empty()) m_request.set(http::field::content_type, "application/json");
        m_request.body() = std::move(body);
        m_request.keep_alive(false);
        m_request.prepare_payload();
        m_parser.body_limit(m_endpoint->config.body_limit);
        // An address needs no lookup (and no hop to the resolver's thread).
        error_code not_numeric;
        const auto address = asio::ip::make_address(m_endpoint->host, not_numeric);
        if (!not_numeric) {
            lowest().expires_after(m_endpoint->config.timeout);
            lowest().async_connect(tcp::endpoint(address, m_endpoint->port),
                                   [self = this->shared_from_this()](error_code ec) { self->on_connect(ec); });
            return;
        }
        m_resolver.async_resolve(m_endpoint->host, std::to_string(m_endpoint->port),
                                 [self = this->shared_from_this()](error_code ec, tcp::resolver::results_type results) {
                                     if (ec) return self->finish(network_error(self->m_endpoint->where(), ec));
                                     self->lowest().expires_after(self->m_endpoint->config.timeout);
                                     self->lowest().async_connect(
                                         results,
                                         [self](error_code ec2, const tcp::endpoint&) { self->on_connect(ec2); });
                                 });
    }

private:
    beast::tcp_stream& lowest() { return beast::get_lowest_layer(m_stream); }

    void on_connect(error_code ec) {
        if (ec) return finish(network_error(m_endpoint->where(), ec));
        error_code ignored;
        lowest().socket().set_option(tcp::no_delay(true), ignored);
        if constexpr (kIsTls<Stream>) {
            if (auto prepared = m_endpoint->prepare(m_stream, m_seen); !prepared) return finish(prepared.error());
            lowest().expires_after(m_endpoint->config.timeout);
            m_stream.async_handshake(ssl::stream_base::client, [self = this->shared_from_this()](error_code ec2) {
                if (ec2) return self->finish(self->m_endpoint->handshake_error(ec2, *self->m_seen));
                self->send();
            });
        } else {
            send();
        }
    }

    void send() {
        lowest().expires_after(m_endpoint->config.timeout);
        http::async_write(m_stream, m_request, [self = this->shared_from_this()](error_code ec, std::size_t) {
            // An engine may answer before the body is all sent (413 for a body over its limit) and
            // close: the write then fails, but its answer is waiting to be read.
            const bool answered_early = ec == asio::error::broken_pipe || ec == asio::error::connection_reset;
            if (ec && !answered_early) return self->finish(network_error(self->m_endpoint->where(), ec));
            self->lowest().expires_after(self->m_endpoint->config.timeout);
            http::async_read(self->m_stream, self->m_buffer, self->m_parser, [self, ec](error_code ec2, std::size_t) {
                if (ec2 && ec) return self->finish(network_error(self->m_endpoint->where(), ec));
                self->on_read(ec2);
            });
        });
    }

    void on_read(error_code ec) {
        if (ec == http::error::body_limit) {
            return finish(make_error(ErrorCode::too_large, "the answer from " + m_endpoint->where() + " is too large"));
        }
        if (ec) return finish(network_error(m_endpoint->where(), ec));
        auto& response = m_parser.get();
        HttpResponse out;
        out.status = static_cast<int>(response.result_int());
        out.content_type = std::string(response[http::field::content_type]);
        out.body = std::move(response.body());
        finish(std::move(out));
    }

    // The whole answer was read (its length is known), so TLS needs no close_notify exchange here.
    void finish(Result<HttpResponse> result) {
        error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        if (m_done) std::exchange(m_done, nullptr)(std::move(result));
    }

    tcp::resolver m_resolver;
    Stream m_stream;
    std::shared_ptr<const Endpoint> m_endpoint;
    std::shared_ptr<PeerCertificate> m_seen = std::make_shared<PeerCertificate>();
    HttpClient::Done m_done;
    http::request<http::string_body> m_request;
    http::response_parser<http::string_body> m_parser;
    beast::flat_buffer m_buffer;
};

}  // namespace

struct HttpClient::Impl {
    Impl(std::string host, std::uint16_t port, ClientConfig config)
        : endpoint(std::make_shared<const Endpoint>(std::move(host), port, std::move(config))) {}
    std::shared_ptr<const Endpoint> endpoint;
    std::mutex token_mutex;
    std::string token;
    std::map<std::string, std::string> headers;
    NetworkThread network;  // last: stopped first, before the fields its calls read
};

HttpClient::HttpClient(std::string host, std::uint16_t port, ClientConfig config)
    : m_impl(std::make_shared<Impl>(std::move(host), port, std::move(config))) {}

HttpClient::~HttpClient() = default;

void HttpClient::request(std::string method, std::string target, std::string body, Done done) {
    const auto& endpoint = m_impl->endpoint;
    if (endpoint->setup_error) {
        asio::post(m_impl->network.io(), [done = std::move(done), error = *endpoint->setup_error] { done(error); });
        return;
    }
    std::string token;
    std::map<std::string, std::string> headers;
    {
        std::lock_guard lock(m_impl->token_mutex);
        token = m_impl->token;
        headers = m_impl->headers;
    }
    auto launch = [&](auto call) {
        asio::post(m_impl->network.io(), [call, method = std::move(method), target = std::move(target),
                                          body = std::move(body), token = std::move(token),
                                          headers = std::move(headers)]() mutable {
            call->start(std::move(method), std::move(target), std::move(body), std::move(token), std::move(headers));
        });
    };
    if (endpoint->tls) {
        launch(std::make_shared<ClientCall<TlsStream>>(m_impl->network.io(), endpoint, std::move(done)));
    } else {
        launch(std::make_shared<ClientCall<PlainStream>>(m_impl->network.io(), endpoint, std::move(done)));
    }
}

void HttpClient::set_bearer_token(std::string token) {
    std::lock_guard lock(m_impl->token_mutex);
    m_impl->token = std::move(token);
}

void HttpClient::set_headers(std::map<std::string, std::string> headers) {
    std::lock_guard lock(m_impl->token_mutex);
    m_impl->headers = std::move(headers);
}

Result<HttpResponse> HttpClient::request_sync(std::string method, std::string target, std::string body) {
    auto promise = std::make_shared<std::promise<Result<HttpResponse>>>();
    auto future = promise->get_future();
    request(std::move(method), std::move(target), std::move(body),
            [promise](Result<HttpResponse> r) { promise->set_value(std::move(r)); });
    return future.get();
}

Result<std::string> request_text(HttpClient& client, const std::string& method, const std::string& target,
                                 const std::string& body) {
    auto response = client.request_sync(method, target, body);
    if (!response) return response.error();
    if (response->status >= 400) return error_from_response(*response);
    return std::move(response->body);
}

Result<Json> request_json(HttpClient& client, const std::string& method, const std::string& target,
                          const std::string& body) {
    auto text = request_text(client, method, target, body);
    if (!text) return text.error();
    return parse_json(*text);
}

// ---- WebSocketClient ----

namespace {

// One WebSocket connection's state, shared by its pending handlers; it never owns the io_context.
// All of it runs on the network thread.
class WsConnection {
public:
    WsConnection(std::shared_ptr<const Endpoint> endpoint, std::string path)
        : m_endpoint(std::move(endpoint)), m_path(std::move(path)) {}
    virtual ~WsConnection() = default;
    WsConnection(const WsConnection&) = delete;
    WsConnection& operator=(const WsConnection&) = delete;

    virtual void start(asio::io_context& io) = 0;
    virtual void close() = 0;
    // Ends every pending operation at once (they complete with operation_aborted).
    virtual void abort() = 0;

    WebSocketClient::OnMessage on_message;
    WebSocketClient::OnClosed on_closed;
    std::string bearer_token;

protected:
    void fail(Error error) {
        on_message = nullptr;
        if (on_closed) std::exchange(on_closed, nullptr)(std::move(error));
    }
    void fail(error_code ec) {
        if (ec == websocket::error::closed) {
            return fail(make_error(ErrorCode::unavailable, "the engine closed the connection"));
        }
        fail(network_error(m_endpoint->where(), ec));
    }

    std::shared_ptr<const Endpoint> m_endpoint;
    std::string m_path;
};

template <typename Stream>
class WsState final : public WsConnection, public std::enable_shared_from_this<WsState<Stream>> {
public:
    using WsConnection::WsConnection;

    void start(asio::io_context& io) override {
        if (m_endpoint->setup_error) return fail(*m_endpoint->setup_error);
        auto strand = asio::make_strand(io);
        m_resolver.emplace(strand);
        m_ws.emplace(make_stream<Stream>(strand, *m_endpoint));
        m_resolver->async_resolve(
            m_endpoint->host, std::to_string(m_endpoint->port),
            [self = this->shared_from_this()](error_code ec, tcp::resolver::results_type results) {
                if (ec) return self->fail(ec);
                self->connect(results);
            });
    }

    // Ends the connection at once. The stream goes too: with it go its timers (a pending handshake
    // timeout would otherwise hold the network thread), and every later step sees it gone.
    void abort() override {
        error_code ignored;
        if (m_resolver) m_resolver->cancel();
        if (m_ws) beast::get_lowest_layer(*m_ws).socket().close(ignored);
        m_ws.reset();
    }

    void close() override {
        if (m_ws && m_ws->is_open()) {
            m_ws->async_close(websocket::close_code::normal, [self = this->shared_from_this()](error_code) {});
        } else if (m_resolver) {
            m_resolver->cancel();
        }
    }

private:
    beast::tcp_stream& lowest() { return beast::get_lowest_layer(*m_ws); }

    void connect(const tcp::resolver::results_type& results) {
        if (!m_ws) return;
        lowest().expires_after(m_endpoint->config.timeout);
        lowest().async_connect(results, [self = this->shared_from_this()](error_code ec, const tcp::endpoint&) {
            if (ec) return self->fail(ec);
            self->secure();
        });
    }

    void secure() {
        if (!m_ws) return;
        if constexpr (kIsTls<Stream>) {
            if (auto prepared = m_endpoint->prepare(m_ws->next_layer(), m_seen); !prepared) {
                return fail(prepared.error());
            }
            lowest().expires_after(m_endpoint->config.timeout);
            m_ws->next_layer().async_handshake(
                ssl::stream_base::client, [self = this->shared_from_this()](error_code ec) {
                    if (ec) return self->fail(self->m_endpoint->handshake_error(ec, *self->m_seen));
                    self->upgrade();
                });
        } else {
            upgrade();
        }
    }

    void upgrade() {
        if (!m_ws) return;
        lowest().expires_never();  // the WebSocket stream keeps its own timeouts
        m_ws->set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
        m_ws->read_message_max(m_endpoint->config.body_limit);
        if (!bearer_token.empty()) {
            m_ws->set_option(websocket::stream_base::decorator(
                [token = bearer_token](websocket::request_type& request) {
                    request.set(http::field::authorization, "Bearer " + token);
                }));
        }
        m_ws->async_handshake(m_endpoint->where(), m_path, [self = this->shared_from_this()](error_code ec) {
            if (ec) return self->fail(ec);
            self->read();
        });
    }

    void read() {
        if (!m_ws) return;
        m_ws->async_read(m_buffer, [self = this->shared_from_this()](error_code ec, std::size_t) {
            if (ec) return self->fail(ec);
            // A flat buffer holds the message in one piece: handed over as a view, not copied.
            const auto data = self->m_buffer.data();
            if (self->on_message) self->on_message(std::string_view(static_cast<const char*>(data.data()), data.size()));
            self->m_buffer.consume(self->m_buffer.size());
            self->read();
        });
    }

    std::optional<tcp::resolver> m_resolver;
    std::optional<websocket::stream<Stream>> m_ws;
    std::shared_ptr<PeerCertificate> m_seen = std::make_shared<PeerCertificate>();
    beast::flat_buffer m_buffer;
};

}  // namespace

struct WebSocketClient::Impl {
    NetworkThread network;  // outlives `state`: a WebSocket stream needs its io_context's services
    std::shared_ptr<WsConnection> state;
};

WebSocketClient::WebSocketClient(std::string host, std::uint16_t port, std::string path, ClientConfig config)
    : m_impl(std::make_shared<Impl>()) {
    auto endpoint = std::make_shared<const Endpoint>(std::move(host), port, std::move(config));
    if (endpoint->tls) {
        m_impl->state = std::make_shared<WsState<TlsStream>>(std::move(endpoint), std::move(path));
    } else {
        m_impl->state = std::make_shared<WsState<PlainStream>>(std::move(endpoint), std::move(path));
    }
}

WebSocketClient::~WebSocketClient() {
    // Callbacks must not run into a destroyed owner: drop them on the network thread, abort the
    // connection, and let the aborted operations finish before the state and the thread go.
    asio::post(m_impl->network.io(), [state = m_impl->state] {
        state->on_message = nullptr;
        state->on_closed = nullptr;
        state->abort();
    });
    m_impl->network.drain();
    m_impl->state.reset();
}

void WebSocketClient::connect(OnMessage on_message, OnClosed on_closed, std::string bearer_token) {
    asio::post(m_impl->network.io(), [state = m_impl->state, &io = m_impl->network.io(),
                                      on_message = std::move(on_message), on_closed = std::move(on_closed),
                                      token = std::move(bearer_token)]() mutable {
        state->on_message = std::move(on_message);
        state->on_closed = std::move(on_closed);
        state->bearer_token = std::move(token);
        state->start(io);
    });
}

void WebSocketClient::close() {
    asio::post(m_impl->network.io(), [state = m_impl->state] { state->close(); });
}

// ---- Trust on first use ----

Result<std::string> fetch_certificate_fingerprint(const std::string& host, std::uint16_t port,
                                                  std::chrono::milliseconds timeout) {
    ClientConfig config;
    config.timeout = timeout;
    config.tls = true;  // and no pin: the handshake stops right after the engine shows its certificate
    const Endpoint endpoint(host, port, config);
    if (endpoint.setup_error) return *endpoint.setup_error;
    asio::io_context io;
    tcp::resolver resolver(io);
    TlsStream stream(io.get_executor(), *endpoint.tls);
    auto seen = std::make_shared<PeerCertificate>();
    std::optional<Result<std::string>> result;
    auto& lowest = beast::get_lowest_layer(stream);
    auto finish = [&](Result<std::string> r) { result.emplace(std::move(r)); };
    resolver.async_resolve(host, std::to_string(port), [&](error_code ec, tcp::resolver::results_type results) {
        if (ec) return finish(network_error(endpoint.where(), ec));
        lowest.expires_after(timeout);
        lowest.async_connect(results, [&](error_code ec2, const tcp::endpoint&) {
            if (ec2) return finish(network_error(endpoint.where(), ec2));
            if (auto prepared = endpoint.prepare(stream, seen); !prepared) return finish(prepared.error());
            lowest.expires_after(timeout);
            stream.async_handshake(ssl::stream_base::client, [&](error_code ec3) {
                if (!seen->fingerprint.empty()) return finish(seen->fingerprint);
                finish(endpoint.handshake_error(ec3, *seen));
            });
        });
    });
    io.run();
    error_code ignored;
    lowest.socket().close(ignored);
    if (!result) {
        return make_error(ErrorCode::internal, "the certificate check of " + endpoint.where() + " did not finish");
    }
    return std::move(*result);
}

}  // namespace outpost::net
