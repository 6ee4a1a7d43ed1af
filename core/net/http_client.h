#pragma once
// An asynchronous HTTP client and a WebSocket listener (Boost.Beast), each with its own network
// thread. Callbacks run on that thread: the console's bridge forwards them to the Qt event loop.

#include <functional>
#include <memory>
#include <string>

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
    // Convenience for tests and the command line: waits for the answer.
    [[nodiscard]] Result<HttpResponse> request_sync(std::string method, std::string target, std::string body = {});

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

class WebSocketClient {
public:
    using OnMessage = std::function<void(std::string)>;
    using OnClosed = std::function<void(Error)>;

    WebSocketClient(std::string host, std::uint16_t port, std::string path, ClientConfig config = {});
    ~WebSocketClient();
    WebSocketClient(const WebSocketClient&) = delete;
    WebSocketClient& operator=(const WebSocketClient&) = delete;

    // Connects and reads messages until close() or an error; `on_closed` is called once then.
    void connect(OnMessage on_message, OnClosed on_closed);
    void close();

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

}  // namespace outpost::net
