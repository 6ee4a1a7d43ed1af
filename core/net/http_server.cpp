#include "net/http_server.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "net/asio.h"

namespace outpost::net {
namespace {

class HttpSession;
class WsSession;

// What sessions share with the server. Sessions hold it, not the server: the server owns the
// io_context, and a session waiting in its queue must not keep the server alive.
struct Shared {
    ServerConfig config;
    Handler handler;
    std::atomic<bool> stopping{false};
    std::atomic<std::size_t> connections{0};
    std::atomic<std::size_t> websocket_count{0};
    std::mutex mutex;
    std::vector<std::weak_ptr<HttpSession>> sessions;
    std::vector<std::weak_ptr<WsSession>> websockets;

    template <typename T>
    void add(std::vector<std::weak_ptr<T>>& list, const std::shared_ptr<T>& item) {
        std::lock_guard lock(mutex);
        std::erase_if(list, [](const auto& w) { return w.expired(); });
        list.push_back(item);
    }
};

std::string_view protocol_path(std::string_view target) { return target.substr(0, target.find('?')); }

class WsSession : public std::enable_shared_from_this<WsSession> {
public:
    WsSession(tcp::socket&& socket, std::shared_ptr<Shared> shared)
        : m_ws(std::move(socket)), m_shared(std::move(shared)) {
        ++m_shared->connections;
        ++m_shared->websocket_count;
    }
    ~WsSession() {
        --m_shared->websocket_count;
        --m_shared->connections;
    }

    void run(http::request<http::string_body> request) {
        m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        m_ws.read_message_max(m_shared->config.ws_message_limit);
        m_ws.async_accept(request, [self = shared_from_this()](error_code ec) {
            if (ec) return;
            self->m_shared->add(self->m_shared->websockets, self);
            self->read();
        });
    }

    void send(std::string message) {
        asio::post(m_ws.get_executor(), [self = shared_from_this(), message = std::move(message)]() mutable {
            self->m_queue.push_back(std::move(message));
            if (self->m_queue.size() == 1) self->write_next();
        });
    }

    void close() {
        asio::post(m_ws.get_executor(), [self = shared_from_this()] {
            if (!self->m_ws.is_open()) return;
            self->m_ws.async_close(websocket::close_code::going_away, [self](error_code) {});
        });
    }

    // Ends every pending operation at once; used when the shutdown grace period is over.
    void abort() {
        asio::post(m_ws.get_executor(), [self = shared_from_this()] {
            error_code ignored;
            beast::get_lowest_layer(self->m_ws).socket().close(ignored);
        });
    }

private:
    void read() {
        m_ws.async_read(m_buffer, [self = shared_from_this()](error_code ec, std::size_t) {
            if (ec) return;  // closed, timed out or too large: the session ends
            self->m_buffer.consume(self->m_buffer.size());
            self->read();
        });
    }

    void write_next() {
        m_ws.text(true);
        m_ws.async_write(asio::buffer(m_queue.front()), [self = shared_from_this()](error_code ec, std::size_t) {
            self->m_queue.pop_front();
            if (ec) {
                self->m_queue.clear();
                return;
            }
            if (!self->m_queue.empty()) self->write_next();
        });
    }

    websocket::stream<beast::tcp_stream> m_ws;
    beast::flat_buffer m_buffer;
    std::deque<std::string> m_queue;
    std::shared_ptr<Shared> m_shared;
};

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(tcp::socket&& socket, std::shared_ptr<Shared> shared)
        : m_stream(std::move(socket)), m_shared(std::move(shared)) {
        ++m_shared->connections;
    }
    ~HttpSession() { --m_shared->connections; }

    void run() {
        asio::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->read(); });
    }

    // Called at shutdown: an idle connection is closed now, a busy one after its response.
    void stop_when_idle() {
        asio::post(m_stream.get_executor(), [self = shared_from_this()] {
            if (!self->m_busy) self->close();
        });
    }

    void abort() {
        asio::post(m_stream.get_executor(), [self = shared_from_this()] { self->close(); });
    }

private:
    void read() {
        if (m_shared->stopping) return close();
        m_parser.emplace();
        m_parser->body_limit(m_shared->config.body_limit);
        m_parser->header_limit(static_cast<std::uint32_t>(m_shared->config.header_limit));
        m_stream.expires_after(m_shared->config.read_timeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = shared_from_this()](error_code ec, std::size_t) { self->on_read(ec); });
    }

    void on_read(error_code ec) {
        if (ec == http::error::end_of_stream || ec == asio::error::operation_aborted || ec == beast::error::timeout) {
            return close();
        }
        if (ec == http::error::body_limit) {
            return send_error(413, "too_large",
                              "the request body is larger than " + std::to_string(m_shared->config.body_limit) + " bytes");
        }
        if (ec == http::error::header_limit) return send_error(431, "too_large", "the request headers are too large");
        if (ec && ec.category() == http::make_error_code(http::error::bad_target).category()) {
            return send_error(400, "malformed_request", "malformed HTTP request: " + ec.message());
        }
        if (ec) return close();

        auto request = m_parser->release();
        m_version = request.version();
        m_keep_alive = request.keep_alive();
        if (websocket::is_upgrade(request) && protocol_path({request.target().data(), request.target().size()}) == "/v1/ws") {
            m_stream.expires_never();
            auto ws = std::make_shared<WsSession>(m_stream.release_socket(), m_shared);
            ws->run(std::move(request));
            return;
        }

        HttpRequest out;
        out.method = std::string(request.method_string());
        out.target = std::string(request.target());
        if (auto split = split_target(out.target, out.path, out.query); !split) {
            return send_error(400, "malformed_request", split.error().message);
        }
        for (const auto& field : request) {
            std::string name(field.name_string());
            std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
            out.headers[std::move(name)] = std::string(field.value());
        }
        out.body = std::move(request.body());

        m_busy = true;
        // The guard keeps the network threads alive while the handler works elsewhere.
        auto respond = [self = shared_from_this(), work = asio::make_work_guard(m_stream.get_executor())](
                           HttpResponse response) {
            asio::post(self->m_stream.get_executor(),
                       [self, response = std::move(response)]() mutable { self->write(std::move(response)); });
        };
        try {
            m_shared->handler(std::move(out), std::move(respond));
        } catch (const std::exception&) {
            write(error_response(500, "internal", "the engine failed to answer this request"));
        }
    }

    void send_error(int status, std::string_view code, std::string message) {
        m_keep_alive = false;  // the rest of the request was not read
        m_busy = true;
        write(error_response(status, code, std::move(message)));
    }

    void write(HttpResponse response) {
        m_response = {};
        m_response.version(m_version);
        m_response.result(static_cast<unsigned>(response.status));
        m_response.set(http::field::server, "outpostd");
        m_response.set(http::field::content_type, response.content_type);
        m_response.set(http::field::cache_control, "no-store");
        m_response.keep_alive(m_keep_alive && !m_shared->stopping);
        m_response.body() = std::move(response.body);
        m_response.prepare_payload();
        m_stream.expires_after(m_shared->config.write_timeout);
        http::async_write(m_stream, m_response, [self = shared_from_this()](error_code ec, std::size_t) {
            self->m_busy = false;
            if (ec || !self->m_response.keep_alive()) return self->close();
            self->read();
        });
    }

    void close() {
        error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        m_stream.socket().close(ignored);
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::response<http::string_body> m_response;
    std::shared_ptr<Shared> m_shared;
    unsigned m_version = 11;
    bool m_keep_alive = false;
    bool m_busy = false;
};

}  // namespace

struct HttpServer::Impl {
    explicit Impl(ServerConfig config, Handler handler) : shared(std::make_shared<Shared>()) {
        shared->config = std::move(config);
        shared->handler = std::move(handler);
    }

    void accept() {
        acceptor.async_accept(asio::make_strand(io), [this](error_code ec, tcp::socket socket) {
            if (ec) {
                if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
                return accept();  // e.g. too many open files: keep serving the others
            }
            if (shared->connections >= shared->config.max_connections) {
                error_code ignored;
                socket.close(ignored);
            } else {
                auto session = std::make_shared<HttpSession>(std::move(socket), shared);
                shared->add(shared->sessions, session);
                session->run();
            }
            accept();
        });
    }

    std::shared_ptr<Shared> shared;
    asio::io_context io;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    tcp::acceptor acceptor{io};
    std::vector<std::thread> threads;
    std::uint16_t port = 0;
};

HttpServer::HttpServer(ServerConfig config, Handler handler)
    : m_impl(std::make_shared<Impl>(std::move(config), std::move(handler))) {}

HttpServer::~HttpServer() { stop(); }

Result<std::uint16_t> HttpServer::start() {
    Impl& impl = *m_impl;
    if (!impl.threads.empty()) return impl.port;
    const ServerConfig& config = impl.shared->config;
    error_code ec;
    auto address = asio::ip::make_address(config.address, ec);
    if (ec) return make_error(ErrorCode::invalid_argument, "'" + config.address + "' is not an IP address");
    tcp::endpoint endpoint(address, config.port);
    const std::string where = config.address + ":" + std::to_string(config.port);
    impl.acceptor.open(endpoint.protocol(), ec);
    if (!ec) impl.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) impl.acceptor.bind(endpoint, ec);
    if (!ec) impl.acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) return make_error(ErrorCode::unavailable, "cannot listen on " + where + ": " + ec.message());
    impl.port = impl.acceptor.local_endpoint().port();
    impl.work.emplace(impl.io.get_executor());
    impl.accept();
    for (int i = 0; i < std::max(1, config.threads); ++i) impl.threads.emplace_back([&impl] { impl.io.run(); });
    return impl.port;
}

void HttpServer::stop() {
    Impl& impl = *m_impl;
    if (impl.threads.empty()) return;
    impl.shared->stopping = true;
    asio::post(impl.io, [&impl] {
        error_code ignored;
        impl.acceptor.close(ignored);
    });
    auto each_session = [&impl](auto&& http_action, auto&& ws_action) {
        std::lock_guard lock(impl.shared->mutex);
        for (auto& weak : impl.shared->sessions) {
            if (auto s = weak.lock()) http_action(*s);
        }
        for (auto& weak : impl.shared->websockets) {
            if (auto s = weak.lock()) ws_action(*s);
        }
    };
    auto wait_for_connections = [&impl](std::chrono::milliseconds limit) {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (impl.shared->connections > 0 && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    };
    each_session([](HttpSession& s) { s.stop_when_idle(); }, [](WsSession& s) { s.close(); });
    impl.work.reset();
    wait_for_connections(impl.shared->config.shutdown_grace);
    // Past the grace period: cut what is left, so no session outlives the io_context.
    each_session([](HttpSession& s) { s.abort(); }, [](WsSession& s) { s.abort(); });
    wait_for_connections(std::chrono::milliseconds(1000));
    impl.io.stop();
    for (auto& t : impl.threads) t.join();
    impl.threads.clear();
}

std::uint16_t HttpServer::port() const { return m_impl->port; }
std::size_t HttpServer::connection_count() const { return m_impl->shared->connections; }
std::size_t HttpServer::websocket_count() const { return m_impl->shared->websocket_count; }

void HttpServer::broadcast(std::string message) {
    std::lock_guard lock(m_impl->shared->mutex);
    for (auto& weak : m_impl->shared->websockets) {
        if (auto s = weak.lock()) s->send(message);
    }
}

void wait_for_termination_signal() {
    asio::io_context io;
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([](error_code, int) {});
    io.run();
}

}  // namespace outpost::net
