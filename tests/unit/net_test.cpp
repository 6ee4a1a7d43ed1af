#include <gtest/gtest.h>

#include <condition_variable>
#include <future>
#include <thread>

#include "net/asio.h"
#include "net/http_client.h"
#include "net/http_server.h"

namespace outpost::net {
namespace {

using namespace std::chrono_literals;

// Sends raw bytes and returns everything the server answers until it closes the connection.
std::string raw_exchange(std::uint16_t port, const std::string& bytes) {
    asio::io_context io;
    tcp::socket socket(io);
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
    asio::write(socket, asio::buffer(bytes));
    std::string answer;
    error_code ec;
    char buf[4096];
    while (true) {
        std::size_t n = socket.read_some(asio::buffer(buf), ec);
        if (ec) break;
        answer.append(buf, n);
    }
    return answer;
}

class NetTest : public ::testing::Test {
protected:
    void start(ServerConfig config = {}) {
        config.port = 0;
        m_server = std::make_unique<HttpServer>(config, [this](HttpRequest request, Respond respond) {
            if (request.path == "/slow") {
                m_slow_received = true;
                std::thread([respond, this] {
                    std::unique_lock lock(m_mutex);
                    m_cv.wait(lock, [this] { return m_release; });
                    respond(json_response(200, {{"slow", true}}));
                }).detach();
                return;
            }
            if (request.path != "/echo") return respond(error_response(404, "not_found", "no such endpoint"));
            respond(json_response(200, {{"method", request.method}, {"query", request.query}, {"size", request.body.size()}}));
        });
        auto port = m_server->start();
        ASSERT_TRUE(port.ok()) << port.error().message;
        m_port = *port;
    }

    void release_slow() {
        std::lock_guard lock(m_mutex);
        m_release = true;
        m_cv.notify_all();
    }

    Result<HttpResponse> get(const std::string& target) {
        HttpClient client("127.0.0.1", m_port);
        return client.request_sync("GET", target);
    }

    std::unique_ptr<HttpServer> m_server;
    std::uint16_t m_port = 0;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_release = false;
    std::atomic<bool> m_slow_received{false};
};

TEST(SplitTarget, DecodesPathAndQuery) {
    std::string path;
    std::map<std::string, std::string> query;
    ASSERT_TRUE(split_target("/v1/reviews?location=loc-a%2Cloc-b&text=two+words&flag", path, query).ok());
    EXPECT_EQ(path, "/v1/reviews");
    EXPECT_EQ(query["location"], "loc-a,loc-b");
    EXPECT_EQ(query["text"], "two words");
    EXPECT_EQ(query["flag"], "");
    EXPECT_FALSE(split_target("/bad%zz", path, query).ok());
    EXPECT_FALSE(split_target("/bad%4", path, query).ok());
    EXPECT_FALSE(split_target("no-slash", path, query).ok());
    EXPECT_EQ(url_encode("a b,c"), "a%20b%2Cc");
}

TEST_F(NetTest, AnswersJsonWithProtocolVersion) {
    start();
    auto r = get("/echo?x=1");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->content_type, "application/json");
    auto body = parse_json(r->body);
    ASSERT_TRUE(body.ok());
    EXPECT_EQ((*body)["v"], kProtocolVersion);
    EXPECT_EQ((*body)["query"]["x"], "1");
}

TEST_F(NetTest, UnknownRouteIs404WithJsonError) {
    start();
    auto r = get("/nowhere");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->status, 404);
    Error e = error_from_response(*r);
    EXPECT_EQ(e.code, ErrorCode::not_found);
}

TEST_F(NetTest, MalformedRequestGets400AndTheServerKeepsServing) {
    start();
    const std::string answer = raw_exchange(m_port, "GARBAGE\r\n\r\n");
    EXPECT_NE(answer.find("HTTP/1.1 400"), std::string::npos) << answer;
    EXPECT_NE(answer.find("\"malformed_request\""), std::string::npos);
    auto r = get("/echo");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->status, 200);
}

TEST_F(NetTest, BadPercentEncodingGets400) {
    start();
    const std::string answer = raw_exchange(m_port, "GET /echo%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_NE(answer.find("HTTP/1.1 400"), std::string::npos) << answer;
}

TEST_F(NetTest, OversizedBodyGets413AndTheServerKeepsServing) {
    ServerConfig config;
    config.body_limit = 1024;
    start(config);
    HttpClient client("127.0.0.1", m_port);
    auto r = client.request_sync("POST", "/echo", std::string(4096, 'x'));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->status, 413);
    EXPECT_EQ(error_from_response(*r).code, ErrorCode::too_large);
    auto small = client.request_sync("POST", "/echo", std::string(512, 'x'));
    ASSERT_TRUE(small.ok());
    EXPECT_EQ(small->status, 200);
}

TEST_F(NetTest, ClaimedOversizedContentLengthGets413WithoutWaitingForTheBody) {
    ServerConfig config;
    config.body_limit = 1024;
    start(config);
    const std::string answer =
        raw_exchange(m_port, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n{");
    EXPECT_NE(answer.find("HTTP/1.1 413"), std::string::npos) << answer;
}

TEST_F(NetTest, SlowClientIsDisconnectedAndOthersAreServed) {
    ServerConfig config;
    config.read_timeout = 200ms;
    start(config);
    // Half a request, then silence: the server must hang up rather than wait forever.
    const std::string answer = raw_exchange(m_port, "GET /echo HTTP/1.1\r\nHost: x\r\n");
    EXPECT_EQ(answer.find("200"), std::string::npos);
    auto r = get("/echo");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->status, 200);
}

TEST_F(NetTest, KeepAliveServesSeveralRequestsOnOneConnection) {
    start();
    const std::string two = "GET /echo?n=1 HTTP/1.1\r\nHost: x\r\n\r\nGET /echo?n=2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const std::string answer = raw_exchange(m_port, two);
    EXPECT_NE(answer.find("\"n\":\"1\""), std::string::npos) << answer;
    EXPECT_NE(answer.find("\"n\":\"2\""), std::string::npos) << answer;
}

TEST_F(NetTest, StopLetsInFlightRequestsFinish) {
    start();
    HttpClient client("127.0.0.1", m_port);
    std::promise<Result<HttpResponse>> promise;
    client.request("GET", "/slow", {}, [&](Result<HttpResponse> r) { promise.set_value(std::move(r)); });
    // Wait until the request is in the handler's hands.
    while (!m_slow_received) std::this_thread::sleep_for(1ms);
    std::thread stopper([this] { m_server->stop(); });
    release_slow();
    stopper.join();
    auto r = promise.get_future().get();
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->status, 200);
    // And nothing is accepted any more.
    HttpClient after("127.0.0.1", m_port, ClientConfig{500ms});
    EXPECT_FALSE(after.request_sync("GET", "/echo").ok());
}

TEST_F(NetTest, ClientReportsAnUnreachableServer) {
    start();
    const std::uint16_t port = m_port;
    m_server->stop();
    HttpClient client("127.0.0.1", port, ClientConfig{500ms});
    auto r = client.request_sync("GET", "/echo");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::unavailable);
}

// Connects a WebSocket and broadcasts until the first message arrives, which proves the
// session is registered with the server.
struct ConnectedSocket {
    ConnectedSocket(HttpServer& server, std::uint16_t port) : ws("127.0.0.1", port, "/v1/ws") {
        ws.connect(
            [this](std::string_view text) {
                if (!got.exchange(true)) first.set_value(std::string(text));
            },
            [this](Error e) {
                if (!closed_once.exchange(true)) closed.set_value(std::move(e));
            });
        auto future = first.get_future();
        while (future.wait_for(10ms) != std::future_status::ready) server.broadcast(R"({"v":1,"type":"poke"})");
        first_message = future.get();
    }
    WebSocketClient ws;
    std::atomic<bool> got{false};
    std::atomic<bool> closed_once{false};
    std::promise<std::string> first;
    std::promise<Error> closed;
    std::string first_message;
};

TEST_F(NetTest, WebSocketReceivesBroadcasts) {
    start();
    ConnectedSocket socket(*m_server, m_port);
    EXPECT_EQ(socket.first_message, R"({"v":1,"type":"poke"})");
    EXPECT_EQ(m_server->websocket_count(), 1u);
}

TEST_F(NetTest, WebSocketClientReportsTheServerGoingAway) {
    start();
    ConnectedSocket socket(*m_server, m_port);
    m_server->stop();
    Error e = socket.closed.get_future().get();
    EXPECT_EQ(e.code, ErrorCode::unavailable);
}

TEST_F(NetTest, UpgradeCheckRefusesWebSocketsWithoutTheRightToken) {
    m_server = std::make_unique<HttpServer>(ServerConfig{}, [](HttpRequest, Respond respond) {
        respond(json_response(200, {}));
    });
    m_server->set_upgrade_check([](const HttpRequest& request) -> Result<std::string> {
        auto it = request.headers.find("authorization");
        if (it == request.headers.end() || it->second != "Bearer let-me-in") {
            return make_error(ErrorCode::unauthenticated, "log in first");
        }
        return std::string("desk");
    });
    auto port = m_server->start();
    ASSERT_TRUE(port.ok());

    WebSocketClient refused("127.0.0.1", *port, "/v1/ws");
    std::promise<Error> closed;
    refused.connect([](std::string_view) {}, [&](Error e) { closed.set_value(std::move(e)); }, "wrong");
    EXPECT_EQ(closed.get_future().get().code, ErrorCode::unavailable);

    WebSocketClient allowed("127.0.0.1", *port, "/v1/ws");
    std::promise<std::string> first;
    std::atomic<bool> got{false};
    allowed.connect([&](std::string_view m) { if (!got.exchange(true)) first.set_value(std::string(m)); }, [](Error) {},
                    "let-me-in");
    auto future = first.get_future();
    while (future.wait_for(10ms) != std::future_status::ready) m_server->broadcast("hello");
    EXPECT_EQ(future.get(), "hello");
}

TEST_F(NetTest, EachSocketGetsTheMessageForItsLabel) {
    m_server = std::make_unique<HttpServer>(ServerConfig{}, [](HttpRequest, Respond respond) {
        respond(json_response(200, {}));
    });
    m_server->set_upgrade_check([](const HttpRequest& request) -> Result<std::string> {
        return request.headers.at("authorization").substr(7);  // "Bearer <label>"
    });
    auto port = m_server->start();
    ASSERT_TRUE(port.ok());
    struct Listener {
        explicit Listener(std::uint16_t at) : socket("127.0.0.1", at, "/v1/ws") {}
        WebSocketClient socket;
        std::promise<std::string> first;
        std::atomic<bool> got{false};
    };
    auto listen = [&](Listener& l, const std::string& label) {
        l.socket.connect([&l](std::string_view m) { if (!l.got.exchange(true)) l.first.set_value(std::string(m)); },
                         [](Error) {}, label);
    };
    Listener north(*port);
    Listener south(*port);
    Listener quiet(*port);
    listen(north, "north");
    listen(south, "south");
    listen(quiet, "quiet");
    while (m_server->websocket_count() < 3) std::this_thread::sleep_for(10ms);
    std::atomic<int> asked{0};
    auto north_message = north.first.get_future();
    auto south_message = south.first.get_future();
    while (north_message.wait_for(10ms) != std::future_status::ready ||
           south_message.wait_for(0ms) != std::future_status::ready) {
        m_server->broadcast_each([&](const std::string& label) -> std::optional<std::string> {
            ++asked;
            if (label == "quiet") return std::nullopt;
            return "for " + label;
        });
    }
    EXPECT_EQ(north_message.get(), "for north");
    EXPECT_EQ(south_message.get(), "for south");
    EXPECT_FALSE(quiet.got.load());
}

}  // namespace
}  // namespace outpost::net
