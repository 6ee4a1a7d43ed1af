#pragma once
// The headless engine: owns the encrypted store, answers the protocol (in-process or over the
// network) and pokes connected desks. Used by outpostd and by the console's embedded mode.

#include <memory>
#include <string>

#include "domain/clock.h"
#include "engine/reply_poster.h"
#include "net/http_server.h"
#include "net/http_types.h"
#include "store/database.h"

namespace outpost::engine {

struct EngineConfig {
    std::string store_path;              // the encrypted store; created when missing
    bool demo_data_if_empty = false;     // seed the demo dataset into a new, empty store
    std::uint64_t demo_seed = 20261124;  // the same seed gives the same dataset
    int db_threads = 2;                  // database workers (each holds a read connection)
    net::ServerConfig server;
    ReplyPublisherConfig replies;        // where approved replies are posted (default: a file)
};

class Engine {
public:
    // Opens (or creates) the store with `passphrase`, migrates it, seeds demo data if asked.
    // A wrong passphrase gives ErrorCode::wrong_key and leaves the file untouched.
    [[nodiscard]] static Result<std::unique_ptr<Engine>> open(EngineConfig config, const std::string& passphrase,
                                                              const Clock& clock);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Starts serving on config.server.address:port; returns the bound port.
    [[nodiscard]] Result<std::uint16_t> start();
    void stop();
    [[nodiscard]] std::uint16_t port() const;

    // Answers one request in-process, the same way the network server does.
    [[nodiscard]] net::HttpResponse handle(const net::HttpRequest& request);

    // Handles the task deadlines that are due now (warnings, breaches, escalations) and answers how
    // many tasks moved. The engine does this by itself while serving; tests with a manual clock call it.
    [[nodiscard]] Result<std::size_t> check_deadlines();
    // Scores one batch of stale or missing at-risk scores and answers how many (the engine does
    // this by itself on its writes strand while serving).
    [[nodiscard]] Result<std::size_t> refresh_stale_scores();

    // Posts the approved replies that are due now through the configured publisher. The engine
    // does this by itself after writes and when a retry is due; tests call it.
    [[nodiscard]] Result<PostReport> post_replies();

private:
    struct Impl;
    explicit Engine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace outpost::engine
