#pragma once
// An asynchronous HTTP client and a WebSocket listener (Boost.Beast), each with its own network
// thread. Callbacks run on that thread: the console's bridge forwards them to the Qt event loop.
// With ClientConfig::tls both speak TLS and trust the engine by its pinned certificate fingerprint:
// a different certificate fails every call with ErrorCode::untrusted_certificate.

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "net/http_types.h"

namespace outpost::net {

class HttpClient {
public:
    using Done = std::function<void(Result<HttpResponse>)>;

    HttpClient(std::string host, std::uint16_t port, ClientConfig config = {});
    ~HttpClient();  // stops the network thread; callbacks of requests still in flight are dropped
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    void request(std::string method, std::string target, std::string body, Done done);
    // Sent as "Authorization: Bearer TOKEN" with every later request; empty sends none.
    void set_bearer_token(std::string token);
    // Extra headers sent with every later request (signatures of outbound webhooks); replaces the last set.
    void set_headers(std::map<std::string, std::string> headers);
    // Convenience for tests and the command line: waits for the answer.
    [[nodiscard]] Result<HttpResponse> request_sync(std::string method, std::string target, std::string body = {});

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

class WebSocketClient {
public:
    // The message's text, valid during the call (a view of the connection's read buffer).
    using OnMessage = std::function<void(std::string_view)>;
    using OnClosed = std::function<void(Error)>;

    WebSocketClient(std::string host, std::uint16_t port, std::string path, ClientConfig config = {});
    ~WebSocketClient();
    WebSocketClient(const WebSocketClient&) = delete;
    WebSocketClient& operator=(const WebSocketClient&) = delete;

    // Connects and reads messages until close() or an error; `on_closed` is called once then.
    // A bearer token, when given, goes with the upgrade request.
    void connect(OnMessage on_message, OnClosed on_closed, std::string bearer_token = {});
    void close();

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

// One request of the protocol answered as JSON: the decoded body of a 2xx answer, or the engine's
// error (error_from_response), or the transport's error. Waits for the answer.
[[nodiscard]] Result<Json> request_json(HttpClient& client, const std::string& method, const std::string& target,
                                        const std::string& body = {});

// The same, answering the body of a 2xx answer as text (for bodies read as they are parsed).
[[nodiscard]] Result<std::string> request_text(HttpClient& client, const std::string& method, const std::string& target,
                                               const std::string& body = {});

// Trust on first use: connects to host:port over TLS and returns the SHA-256 fingerprint of the
// engine's certificate (64 lower-case hex digits), without trusting it or sending a request.
// A desk shows it (format_fingerprint) for the person to confirm against the one `outpost-admin init`
// printed, then pins it in ClientConfig::pinned_sha256.
[[nodiscard]] Result<std::string> fetch_certificate_fingerprint(const std::string& host, std::uint16_t port,
                                                                std::chrono::milliseconds timeout);

}  // namespace outpost::net
