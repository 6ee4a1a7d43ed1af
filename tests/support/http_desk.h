#pragma once
// A headless desk that reaches an engine over the network, as the console does: its own replica,
// an HttpClient transport that can be cut (the desk is offline), a SyncRunner on its own thread and
// a WebSocket whose pokes wake the runner. Tests wait on conditions over its replica, re-checked
// whenever a round ends or a poke arrives.

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "net/http_client.h"
#include "sync/desk_sync.h"

namespace outpost::testing {

class HttpDesk {
public:
    HttpDesk(std::string host, std::uint16_t port, const Clock& clock, const std::string& replica_path,
             const std::string& key = "x'" + std::string(64, 'b') + "'")
        : m_host(std::move(host)), m_port(port), m_clock(clock), m_http(m_host, port) {
        auto opened = sync::Replica::open(replica_path, key, clock);
        if (!opened) throw std::runtime_error(opened.error().message);
        m_replica = std::move(*opened);
        m_sync = std::make_unique<sync::DeskSync>(
            *m_replica, [this](const std::string& method, const std::string& target, const std::string& body) {
                return call(method, target, body);
            });
    }

    ~HttpDesk() { stop(); }
    HttpDesk(const HttpDesk&) = delete;
    HttpDesk& operator=(const HttpDesk&) = delete;

    // Logs in with this desk's sync client id (`credentials` without it); answers the user.
    Result<Json> login(Json credentials) {
        credentials["client_id"] = m_replica->client_id();
        auto answer = net::request_json(m_http, "POST", "/v1/login", credentials.dump());
        if (!answer) return answer.error();
        m_token = (*answer)["token"].get<std::string>();
        m_http.set_bearer_token(m_token);
        const Json& user = (*answer)["user"];
        if (auto s = m_replica->set_user(UserId(user["id"].get<std::int64_t>()), user["display_name"]); !s) {
            return s.error();
        }
        return user;
    }

    // One round on the caller's thread (without a runner).
    Result<sync::RoundReport> sync() { return m_sync->run_once(); }

    // Rounds on the runner's thread: at once, when woken, and every `interval`; a failed round is
    // retried after a short backoff.
    void start_runner(std::chrono::milliseconds interval, std::uint64_t seed) {
        m_runner = std::make_unique<sync::SyncRunner>(
            *m_sync, *m_replica, m_clock,
            [this](const sync::SyncStatus& status) {
                {
                    std::lock_guard lock(m_mutex);
                    if (!status.syncing && !status.error) ++m_good_rounds;
                }
                ++m_events;
                m_changed.notify_all();
            },
            sync::Backoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200), seed));
        m_runner->set_interval(interval);
        m_runner->start();
    }

    // Every message of the engine's socket says that data changed: announced changes are applied
    // directly when they continue the replica's cursor, anything else leads to a round.
    void connect_pokes() {
        m_socket = std::make_unique<net::WebSocketClient>(m_host, m_port, "/v1/ws");
        m_socket->connect(
            [this](std::string_view message) {
                auto parsed = parse_json(message);
                if (parsed && parsed->is_object() && parsed->contains("type")) {
                    ++m_pokes;
                    if (m_runner) m_runner->apply_or_deliver(message);  // applied here, or by the runner
                }
                ++m_events;
                m_changed.notify_all();
            },
            [](Error) {}, m_token);
    }

    void stop() {
        if (m_socket) m_socket->close();
        m_socket.reset();
        if (m_runner) m_runner->stop();
        m_runner.reset();
    }

    // Offline: every request fails as if the network were down. Back online, a round runs at once.
    void set_online(bool online) {
        m_online = online;
        if (online && m_runner) m_runner->wake();
    }

    // Applies a command on the desk and wakes the runner to push it.
    Result<std::int64_t> submit(const std::string& name, Json args) {
        auto id = m_replica->submit(name, std::move(args));
        if (id && m_runner) m_runner->wake();
        return id;
    }

    // Waits until `done` holds, checking again whenever something happened on this desk (a round
    // ended, a poke came) and at least every `recheck`; false when `timeout` passed first.
    bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout,
                    std::chrono::milliseconds recheck = std::chrono::milliseconds(200)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (true) {
            const auto seen = m_events.load();
            if (done()) return true;
            if (std::chrono::steady_clock::now() >= deadline) return false;
            std::unique_lock lock(m_mutex);
            m_changed.wait_for(lock, recheck, [&] { return m_events.load() != seen; });
        }
    }

    // One value of a query on the replica (text, or an integer).
    template <typename T>
    T scalar(const std::string& sql) {
        return m_replica->read([&](store::Database& db) -> T {
            auto stmt = db.prepare(sql);
            if (!stmt) {
                ADD_FAILURE() << sql << ": " << stmt.error().message;
                return T{};
            }
            auto has = stmt->step();
            if (!has || !*has) return T{};
            if constexpr (std::is_same_v<T, std::string>) {
                return stmt->is_null(0) ? std::string() : stmt->string(0);
            } else {
                return static_cast<T>(stmt->int64(0));
            }
        });
    }

    sync::Replica& replica() { return *m_replica; }
    net::HttpClient& http() { return m_http; }
    [[nodiscard]] const std::string& token() const { return m_token; }
    [[nodiscard]] int pokes() const { return m_pokes; }
    [[nodiscard]] int good_rounds() {
        std::lock_guard lock(m_mutex);
        return m_good_rounds;
    }

private:
    Result<Json> call(const std::string& method, const std::string& target, const std::string& body) {
        if (!m_online) return make_error(ErrorCode::unavailable, "the network is down");
        return net::request_json(m_http, method, target, body);
    }

    std::string m_host;
    std::uint16_t m_port;
    const Clock& m_clock;
    net::HttpClient m_http;
    std::unique_ptr<sync::Replica> m_replica;
    std::unique_ptr<sync::DeskSync> m_sync;
    std::unique_ptr<sync::SyncRunner> m_runner;
    std::unique_ptr<net::WebSocketClient> m_socket;
    std::string m_token;
    std::atomic<bool> m_online{true};
    std::atomic<int> m_pokes{0};
    std::atomic<std::uint64_t> m_events{0};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_good_rounds = 0;
};

}  // namespace outpost::testing
