#pragma once
// HttpServer's connections (internal to core/net). One HttpSession per connection, each on its own
// strand; an upgrade at /v1/ws hands the stream over to a WsSession. Both are templates over the
// stream, so plain TCP (loopback) and TLS run the same code.

#include <algorithm>
#include <atomic>
#include <deque>
#include <mutex>
#include <optional>
#include <type_traits>
#include <vector>

#include "net/http_server.h"
#include "net/tls_context.h"

namespace outpost::net::detail {

// What the server controls on every connection, whatever its stream.
class HttpSessionBase {
public:
    virtual ~HttpSessionBase() = default;
    // At shutdown: an idle connection is closed now, a busy one after its response.
    virtual void stop_when_idle() = 0;
    // Ends every pending operation at once; used when the shutdown grace period is over.
    virtual void abort() = 0;
};

class WsSessionBase {
public:
    virtual ~WsSessionBase() = default;
    virtual void send(std::string message) = 0;
    virtual void close() = 0;
    virtual void abort() = 0;
    std::string label;  // from the upgrade check; set before the socket is listed
};

// What sessions share with the server. Sessions hold it, not the server: the server owns the
// io_context, and a session waiting in its queue must not keep the server alive.
struct Shared {
    ServerConfig config;
    Handler handler;
    UpgradeCheck upgrade_check;  // empty: every WebSocket upgrade is accepted
    std::shared_ptr<ssl::context> tls;  // null: plain HTTP
    std::atomic<bool> stopping{false};
    std::atomic<std::size_t> connections{0};
    std::atomic<std::size_t> websocket_count{0};
    std::mutex mutex;
    std::vector<std::weak_ptr<HttpSessionBase>> sessions;
    std::vector<std::weak_ptr<WsSessionBase>> websockets;

    template <typename T>
    void add(std::vector<std::weak_ptr<T>>& list, std::type_identity_t<std::shared_ptr<T>> item) {
        std::lock_guard lock(mutex);
        std::erase_if(list, [](const auto& w) { return w.expired(); });
        list.push_back(std::move(item));
    }
};

inline std::string_view protocol_path(std::string_view target) { return target.substr(0, target.find('?')); }

template <typename Stream>
class WsSession final : public WsSessionBase, public std::enable_shared_from_this<WsSession<Stream>> {
public:
    WsSession(Stream&& stream, std::shared_ptr<Shared> shared) : m_ws(std::move(stream)), m_shared(std::move(shared)) {
        ++m_shared->connections;
        ++m_shared->websocket_count;
    }
    ~WsSession() override {
        --m_shared->websocket_count;
        --m_shared->connections;
    }

    void run(http::request<http::string_body> request) {
        m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        m_ws.read_message_max(m_shared->config.ws_message_limit);
        m_ws.async_accept(request, [self = this->shared_from_this()](error_code ec) {
            if (ec) return;
            self->m_shared->add(self->m_shared->websockets, self);
            self->read();
        });
    }

    void send(std::string message) override {
        asio::post(m_ws.get_executor(), [self = this->shared_from_this(), message = std::move(message)]() mutable {
            self->m_queue.push_back(std::move(message));
            if (self->m_queue.size() == 1) self->write_next();
        });
    }

    void close() override {
        asio::post(m_ws.get_executor(), [self = this->shared_from_this()] {
            if (!self->m_ws.is_open()) return;
            self->m_ws.async_close(websocket::close_code::going_away, [self](error_code) {});
        });
    }

    void abort() override {
        asio::post(m_ws.get_executor(), [self = this->shared_from_this()] {
            error_code ignored;
            beast::get_lowest_layer(self->m_ws).socket().close(ignored);
        });
    }

private:
    void read() {
        m_ws.async_read(m_buffer, [self = this->shared_from_this()](error_code ec, std::size_t) {
            if (ec) return;  // closed, timed out or too large: the session ends
            self->m_buffer.consume(self->m_buffer.size());
            self->read();
        });
    }

    void write_next() {
        m_ws.text(true);
        m_ws.async_write(asio::buffer(m_queue.front()), [self = this->shared_from_this()](error_code ec, std::size_t) {
            self->m_queue.pop_front();
            if (ec) {
                self->m_queue.clear();
                return;
            }
            if (!self->m_queue.empty()) self->write_next();
        });
    }

    websocket::stream<Stream> m_ws;
    beast::flat_buffer m_buffer;
    std::deque<std::string> m_queue;
    std::shared_ptr<Shared> m_shared;
};

template <typename Stream>
class HttpSession final : public HttpSessionBase, public std::enable_shared_from_this<HttpSession<Stream>> {
public:
    HttpSession(Stream&& stream, std::shared_ptr<Shared> shared)
        : m_stream(std::move(stream)), m_executor(m_stream.get_executor()), m_shared(std::move(shared)) {
        ++m_shared->connections;
    }
    ~HttpSession() override { --m_shared->connections; }

    void run() {
        asio::dispatch(m_executor, [self = this->shared_from_this()] {
            if constexpr (kIsTls<Stream>) {
                self->detect_tls();
            } else {
                self->read();
            }
        });
    }

    void stop_when_idle() override {
        asio::post(m_executor, [self = this->shared_from_this()] {
            if (!self->m_busy) self->close();
        });
    }

    void abort() override {
        asio::post(m_executor, [self = this->shared_from_this()] { self->close(); });
    }

private:
    beast::tcp_stream& lowest() { return beast::get_lowest_layer(m_stream); }

    // TLS only. One deadline covers the first bytes and the whole handshake, so a client that
    // connects and says nothing is cut off like one that stalls halfway.
    void detect_tls() {
        lowest().expires_after(m_shared->config.handshake_timeout);
        beast::async_detect_ssl(lowest(), m_buffer, [self = this->shared_from_this()](error_code ec, bool is_tls) {
            if (ec) return self->close();
            if (!is_tls) return self->refuse_plain_request();
            self->m_stream.async_handshake(ssl::stream_base::server, self->m_buffer.data(),
                                           [self](error_code ec2, std::size_t used) {
                                               if (ec2) return self->close();
                                               self->m_buffer.consume(used);
                                               self->m_tls_up = true;
                                               self->read();
                                           });
        });
    }

    // A plain HTTP request on the TLS port: read it, answer in plain text why it is refused, hang up.
    void refuse_plain_request() {
        m_parser.emplace();
        m_parser->body_limit(m_shared->config.body_limit);
        m_parser->header_limit(static_cast<std::uint32_t>(m_shared->config.header_limit));
        lowest().expires_after(m_shared->config.read_timeout);
        http::async_read(lowest(), m_buffer, *m_parser, [self = this->shared_from_this()](error_code ec, std::size_t) {
            if (ec) return self->close();
            self->m_version = self->m_parser->get().version();
            self->m_keep_alive = false;
            self->m_busy = true;
            self->prepare(
                error_response(400, "invalid_argument",
                               "this engine only accepts HTTPS: connect with TLS and its certificate fingerprint"));
            self->lowest().expires_after(self->m_shared->config.write_timeout);
            http::async_write(self->lowest(), self->m_response, [self](error_code, std::size_t) { self->close(); });
        });
    }

    void read() {
        if (m_shared->stopping) return finish();
        m_parser.emplace();
        m_parser->body_limit(m_shared->config.body_limit);
        m_parser->header_limit(static_cast<std::uint32_t>(m_shared->config.header_limit));
        lowest().expires_after(m_shared->config.read_timeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](error_code ec, std::size_t) { self->on_read(ec); });
    }

    void on_read(error_code ec) {
        if (ec == http::error::end_of_stream || ec == asio::error::operation_aborted || ec == beast::error::timeout) {
            return close();
        }
        if (ec == http::error::body_limit) {
            return send_error(
                413, "too_large",
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

        if (websocket::is_upgrade(request) && out.path == "/v1/ws") {
            std::string label;
            if (m_shared->upgrade_check) {
                auto allowed = m_shared->upgrade_check(out);
                if (!allowed) {
                    const Error& e = allowed.error();
                    return send_error(http_status(e.code), to_string(e.code), e.message);
                }
                label = std::move(*allowed);
            }
            lowest().expires_never();
            m_upgraded = true;  // m_stream now belongs to the WebSocket session
            auto ws = std::make_shared<WsSession<Stream>>(std::move(m_stream), m_shared);
            ws->label = std::move(label);
            ws->run(std::move(request));
            return;
        }

        out.body = std::move(request.body());

        m_busy = true;
        // The guard keeps the network threads alive while the handler works elsewhere.
        auto respond = [self = this->shared_from_this(),
                        work = asio::make_work_guard(m_executor)](HttpResponse response) {
            asio::post(self->m_executor,
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

    void prepare(HttpResponse response) {
        m_response = {};
        m_response.version(m_version);
        m_response.result(static_cast<unsigned>(response.status));
        m_response.set(http::field::server, "outpostd");
        m_response.set(http::field::content_type, response.content_type);
        m_response.set(http::field::cache_control, "no-store");
        m_response.keep_alive(m_keep_alive && !m_shared->stopping);
        m_response.body() = std::move(response.body);
        m_response.prepare_payload();
    }

    void write(HttpResponse response) {
        prepare(std::move(response));
        lowest().expires_after(m_shared->config.write_timeout);
        http::async_write(m_stream, m_response, [self = this->shared_from_this()](error_code ec, std::size_t) {
            self->m_busy = false;
            if (ec) return self->close();
            if (!self->m_response.keep_alive()) return self->finish();
            self->read();
        });
    }

    // The end of a conversation with nothing pending: TLS says goodbye (close_notify) first.
    void finish() {
        if constexpr (kIsTls<Stream>) {
            if (m_tls_up) {
                lowest().expires_after(m_shared->config.write_timeout);
                m_stream.async_shutdown([self = this->shared_from_this()](error_code) { self->close(); });
                return;
            }
        }
        close();
    }

    void close() {
        if (m_upgraded) return;
        error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().socket().close(ignored);
    }

    Stream m_stream;
    typename Stream::executor_type m_executor;  // m_stream's strand, still valid after an upgrade
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::response<http::string_body> m_response;
    std::shared_ptr<Shared> m_shared;
    unsigned m_version = 11;
    bool m_keep_alive = false;
    bool m_busy = false;
    bool m_tls_up = false;
    bool m_upgraded = false;
};

}  // namespace outpost::net::detail
