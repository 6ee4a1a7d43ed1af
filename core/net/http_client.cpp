#include "net/http_client.h"

#include <future>
#include <optional>
#include <thread>

#include "net/asio.h"

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

public:

private:
    asio::io_context m_io;
    asio::executor_work_guard<asio::io_context::executor_type> m_work;
    std::thread m_thread;
};

Error network_error(const std::string& where, error_code ec) {
    if (ec == beast::error::timeout) return make_error(ErrorCode::unavailable, where + " did not answer in time");
    return make_error(ErrorCode::unavailable, "cannot reach " + where + ": " + ec.message());
}

// One request on its own connection: resolve, connect, write, read, each with a timeout.
class ClientCall : public std::enable_shared_from_this<ClientCall> {
public:
    ClientCall(asio::io_context& io, std::string host, std::uint16_t port, ClientConfig config, HttpClient::Done done)
        : m_resolver(asio::make_strand(io)),
          m_stream(m_resolver.get_executor()),
          m_host(std::move(host)),
          m_port(port),
          m_config(config),
          m_done(std::move(done)) {}

    void start(std::string method, std::string target, std::string body) {
        m_request.method_string(method);
        m_request.target(target);
        m_request.version(11);
        m_request.set(http::field::host, m_host);
        m_request.set(http::field::user_agent, "outpost");
        m_request.set(http::field::accept, "application/json");
        if (!body.empty()) m_request.set(http::field::content_type, "application/json");
        m_request.body() = std::move(body);
        m_request.keep_alive(false);
        m_request.prepare_payload();
        m_parser.body_limit(m_config.body_limit);
        m_resolver.async_resolve(m_host, std::to_string(m_port),
                                 [self = shared_from_this()](error_code ec, tcp::resolver::results_type results) {
                                     if (ec) return self->finish(network_error(self->where(), ec));
                                     self->m_stream.expires_after(self->m_config.timeout);
                                     self->m_stream.async_connect(
                                         results, [self](error_code ec2, const tcp::endpoint&) { self->on_connect(ec2); });
                                 });
    }

private:
    std::string where() const { return m_host + ":" + std::to_string(m_port); }

    void on_connect(error_code ec) {
        if (ec) return finish(network_error(where(), ec));
        m_stream.expires_after(m_config.timeout);
        http::async_write(m_stream, m_request, [self = shared_from_this()](error_code ec2, std::size_t) {
            if (ec2) return self->finish(network_error(self->where(), ec2));
            self->m_stream.expires_after(self->m_config.timeout);
            http::async_read(self->m_stream, self->m_buffer, self->m_parser,
                             [self](error_code ec3, std::size_t) { self->on_read(ec3); });
        });
    }

    void on_read(error_code ec) {
        if (ec == http::error::body_limit) {
            return finish(make_error(ErrorCode::too_large, "the answer from " + where() + " is too large"));
        }
        if (ec) return finish(network_error(where(), ec));
        auto& response = m_parser.get();
        HttpResponse out;
        out.status = static_cast<int>(response.result_int());
        out.content_type = std::string(response[http::field::content_type]);
        out.body = std::move(response.body());
        finish(std::move(out));
    }

    void finish(Result<HttpResponse> result) {
        error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        if (m_done) std::exchange(m_done, nullptr)(std::move(result));
    }

    tcp::resolver m_resolver;
    beast::tcp_stream m_stream;
    std::string m_host;
    std::uint16_t m_port;
    ClientConfig m_config;
    HttpClient::Done m_done;
    http::request<http::string_body> m_request;
    http::response_parser<http::string_body> m_parser;
    beast::flat_buffer m_buffer;
};

}  // namespace

struct HttpClient::Impl {
    Impl(std::string h, std::uint16_t p, ClientConfig c) : host(std::move(h)), port(p), config(c) {}
    std::string host;
    std::uint16_t port;
    ClientConfig config;
    NetworkThread network;  // last: stopped first, before the fields its calls read
};

HttpClient::HttpClient(std::string host, std::uint16_t port, ClientConfig config)
    : m_impl(std::make_shared<Impl>(std::move(host), port, config)) {}

HttpClient::~HttpClient() = default;

void HttpClient::request(std::string method, std::string target, std::string body, Done done) {
    auto call = std::make_shared<ClientCall>(m_impl->network.io(), m_impl->host, m_impl->port, m_impl->config,
                                             std::move(done));
    asio::post(m_impl->network.io(), [call, method = std::move(method), target = std::move(target),
                                      body = std::move(body)]() mutable {
        call->start(std::move(method), std::move(target), std::move(body));
    });
}

Result<HttpResponse> HttpClient::request_sync(std::string method, std::string target, std::string body) {
    auto promise = std::make_shared<std::promise<Result<HttpResponse>>>();
    auto future = promise->get_future();
    request(std::move(method), std::move(target), std::move(body),
            [promise](Result<HttpResponse> r) { promise->set_value(std::move(r)); });
    return future.get();
}

// ---- WebSocketClient ----

namespace {

// The connection's state, shared by its pending handlers; it never owns the io_context.
struct WsState : std::enable_shared_from_this<WsState> {
    WsState(std::string h, std::uint16_t p, std::string pa, ClientConfig c)
        : host(std::move(h)), port(p), path(std::move(pa)), config(c) {}

    void fail(error_code ec) {
        on_message = nullptr;
        if (!on_closed) return;
        auto callback = std::exchange(on_closed, nullptr);
        if (ec == websocket::error::closed) {
            callback(make_error(ErrorCode::unavailable, "the engine closed the connection"));
        } else {
            callback(network_error(host + ":" + std::to_string(port), ec));
        }
    }

    void start(asio::io_context& io) {
        auto strand = asio::make_strand(io);
        resolver.emplace(strand);
        ws.emplace(strand);
        resolver->async_resolve(host, std::to_string(port),
                                [self = shared_from_this()](error_code ec, tcp::resolver::results_type results) {
                                    if (ec) return self->fail(ec);
                                    self->connect(results);
                                });
    }

    void connect(const tcp::resolver::results_type& results) {
        auto& lowest = beast::get_lowest_layer(*ws);
        lowest.expires_after(config.timeout);
        lowest.async_connect(results, [self = shared_from_this()](error_code ec, const tcp::endpoint&) {
            if (ec) return self->fail(ec);
            beast::get_lowest_layer(*self->ws).expires_never();
            self->ws->set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
            self->ws->read_message_max(self->config.body_limit);
            self->ws->async_handshake(self->host + ":" + std::to_string(self->port), self->path,
                                      [self](error_code ec2) {
                                          if (ec2) return self->fail(ec2);
                                          self->read();
                                      });
        });
    }

    void read() {
        ws->async_read(buffer, [self = shared_from_this()](error_code ec, std::size_t) {
            if (ec) return self->fail(ec);
            std::string text = beast::buffers_to_string(self->buffer.data());
            self->buffer.consume(self->buffer.size());
            if (self->on_message) self->on_message(std::move(text));
            self->read();
        });
    }

    // Ends every pending operation at once (they complete with operation_aborted).
    void abort() {
        error_code ignored;
        if (resolver) resolver->cancel();
        if (ws) beast::get_lowest_layer(*ws).socket().close(ignored);
    }

    void close() {
        if (ws && ws->is_open()) {
            ws->async_close(websocket::close_code::normal, [self = shared_from_this()](error_code) {});
        } else if (resolver) {
            resolver->cancel();
        }
    }

    std::string host;
    std::uint16_t port;
    std::string path;
    ClientConfig config;
    WebSocketClient::OnMessage on_message;
    WebSocketClient::OnClosed on_closed;
    std::optional<tcp::resolver> resolver;
    std::optional<websocket::stream<beast::tcp_stream>> ws;
    beast::flat_buffer buffer;
};

}  // namespace

struct WebSocketClient::Impl {
    NetworkThread network;           // outlives `state`: a WebSocket stream needs its io_context's services
    std::shared_ptr<WsState> state;
};

WebSocketClient::WebSocketClient(std::string host, std::uint16_t port, std::string path, ClientConfig config)
    : m_impl(std::make_shared<Impl>()) {
    m_impl->state = std::make_shared<WsState>(std::move(host), port, std::move(path), config);
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

void WebSocketClient::connect(OnMessage on_message, OnClosed on_closed) {
    asio::post(m_impl->network.io(), [state = m_impl->state, &io = m_impl->network.io(),
                                      on_message = std::move(on_message), on_closed = std::move(on_closed)]() mutable {
        state->on_message = std::move(on_message);
        state->on_closed = std::move(on_closed);
        state->start(io);
    });
}

void WebSocketClient::close() {
    asio::post(m_impl->network.io(), [state = m_impl->state] { state->close(); });
}

}  // namespace outpost::net
