#include "net/http_server.h"

#include <map>
#include <thread>

#include "net/server_session.h"

namespace outpost::net {

using detail::HttpSession;
using detail::HttpSessionBase;
using detail::WsSessionBase;

struct HttpServer::Impl {
    explicit Impl(ServerConfig config, Handler handler) : shared(std::make_shared<detail::Shared>()) {
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
                error_code ignored;
                socket.set_option(tcp::no_delay(true), ignored);  // answers and pokes go out at once
                try {
                    if (shared->tls) {
                        start_session(TlsStream(std::move(socket), *shared->tls));
                    } else {
                        start_session(PlainStream(std::move(socket)));
                    }
                } catch (const std::exception&) {
                    // OpenSSL could not make a session (out of memory): drop this connection only.
                }
            }
            accept();
        });
    }

    template <typename Stream>
    void start_session(Stream stream) {
        auto session = std::make_shared<HttpSession<Stream>>(std::move(stream), shared);
        shared->add(shared->sessions, session);
        session->run();
    }

    std::shared_ptr<detail::Shared> shared;
    asio::io_context io;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    tcp::acceptor acceptor{io};
    std::vector<std::thread> threads;
    std::uint16_t port = 0;
};

HttpServer::HttpServer(ServerConfig config, Handler handler)
    : m_impl(std::make_shared<Impl>(std::move(config), std::move(handler))) {}

void HttpServer::set_upgrade_check(UpgradeCheck check) { m_impl->shared->upgrade_check = std::move(check); }

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
    if (config.tls_cert_file.empty() && config.tls_key_file.empty()) {
        if (!address.is_loopback()) {
            return make_error(ErrorCode::invalid_argument,
                              "cannot listen on " + where +
                                  ": plain HTTP is only allowed on loopback; configure tls_cert and tls_key");
        }
    } else {
        auto tls = make_server_tls_context(config.tls_cert_file, config.tls_key_file);
        if (!tls) return tls.error();
        impl.shared->tls = std::move(*tls);
    }
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
    each_session([](HttpSessionBase& s) { s.stop_when_idle(); }, [](WsSessionBase& s) { s.close(); });
    impl.work.reset();
    wait_for_connections(impl.shared->config.shutdown_grace);
    // Past the grace period: cut what is left, so no session outlives the io_context.
    each_session([](HttpSessionBase& s) { s.abort(); }, [](WsSessionBase& s) { s.abort(); });
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

void HttpServer::broadcast_each(const MessageFor& message_for) {
    std::vector<std::shared_ptr<WsSessionBase>> open;
    {
        std::lock_guard lock(m_impl->shared->mutex);
        for (auto& weak : m_impl->shared->websockets) {
            if (auto s = weak.lock()) open.push_back(std::move(s));
        }
    }
    std::map<std::string, std::optional<std::string>> messages;  // one per label
    for (auto& s : open) {
        auto it = messages.find(s->label);
        if (it == messages.end()) it = messages.emplace(s->label, message_for(s->label)).first;
        if (it->second) s->send(*it->second);
    }
}

void wait_for_termination_signal() {
    asio::io_context io;
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([](error_code, int) {});
    io.run();
}

}  // namespace outpost::net
