#pragma once
// The HTTP + WebSocket server (Boost.Beast). One session per connection on its own strand, a write
// queue, a timeout on every read and write, body limits, JSON error bodies, graceful shutdown.
// HTTPS and WSS with the site certificate (ServerConfig::tls_cert_file); plain HTTP on loopback only.

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "net/http_types.h"

namespace outpost::net {

using Respond = std::function<void(HttpResponse)>;
// Called on a network thread; may call `respond` later from any thread, exactly once. Every
// `respond` must have been called or destroyed before the server is destroyed.
using Handler = std::function<void(HttpRequest request, Respond respond)>;

// Decides whether a WebSocket upgrade at /v1/ws may proceed (e.g. checks its session); runs on a
// network thread. A refusal is answered with the error's HTTP status and JSON body. An accepted
// socket keeps the answered label (e.g. whose it is) for broadcast_each().
using UpgradeCheck = std::function<Result<std::string>(const HttpRequest& request)>;
// The message for the sockets of one label, or nothing to skip them.
using MessageFor = std::function<std::optional<std::string>(const std::string& label)>;

class HttpServer {
public:
    HttpServer(ServerConfig config, Handler handler);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Loads the TLS certificate and key if configured, binds and starts the network threads; returns
    // the bound port. Plain HTTP on an address other than loopback is refused (invalid_argument).
    [[nodiscard]] Result<std::uint16_t> start();
    // Call before start().
    void set_upgrade_check(UpgradeCheck check);
    // Stops accepting, lets in-flight requests finish (up to the grace period), closes the rest.
    void stop();
    [[nodiscard]] std::uint16_t port() const;
    [[nodiscard]] std::size_t connection_count() const;
    [[nodiscard]] std::size_t websocket_count() const;
    // Sends a text message to every open WebSocket (at /v1/ws).
    void broadcast(std::string message);
    // Sends each open WebSocket the message for its label; `message_for` runs once per label.
    void broadcast_each(const MessageFor& message_for);

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

// Blocks the calling thread until SIGINT or SIGTERM arrives.
void wait_for_termination_signal();

}  // namespace outpost::net
