#include "engine/engine.h"

#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

#include "engine/demo_data.h"
#include "engine/access_routes.h"
#include "engine/demo_users.h"
#include "access/access_service.h"
#include "engine/router.h"
#include "net/asio.h"
#include "store/schema.h"

namespace outpost::engine {

struct Engine::Impl {
    Impl(EngineConfig c, std::string key, const Clock& clk, store::Database db)
        : config(std::move(c)),
          passphrase(std::move(key)),
          clock(clk),
          writer(std::move(db)),
          workers(static_cast<std::size_t>(std::max(1, config.db_threads))),
          writes(workers.get_executor()) {}

    // Read connections are opened on first need (each open pays the key derivation) and reused.
    std::unique_ptr<store::Database> take_reader() {
        {
            std::lock_guard lock(readers_mutex);
            if (!idle_readers.empty()) {
                auto db = std::move(idle_readers.back());
                idle_readers.pop_back();
                return db;
            }
        }
        auto db = store::Database::open(config.store_path, passphrase, store::OpenMode::open_existing);
        if (!db) {
            spdlog::error("engine: cannot open a read connection: {}", db.error().message);
            return nullptr;
        }
        return std::make_unique<store::Database>(std::move(*db));
    }

    void give_back(std::unique_ptr<store::Database> db) {
        std::lock_guard lock(readers_mutex);
        idle_readers.push_back(std::move(db));
    }

    RouteResult dispatch(const net::HttpRequest& request) {
        if (is_write(request)) {
            std::lock_guard lock(writer_mutex);
            return route(request, writer, clock);
        }
        auto reader = take_reader();
        if (!reader) return {net::error_response(503, "unavailable", "the store cannot be read right now")};
        RouteResult result = route(request, *reader, clock);
        give_back(std::move(reader));
        return result;
    }

    void serve(net::HttpRequest request, net::Respond respond) {
        auto job = [this, request = std::move(request), respond = std::move(respond)] {
            const auto started = std::chrono::steady_clock::now();
            RouteResult result = dispatch(request);
            const auto us =
                std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
            // Paths carry no personal data; query strings may, so they are not logged.
            spdlog::debug("engine: {} {} -> {} in {} us", request.method, request.path, result.response.status, us);
            respond(std::move(result.response));
            if (result.changed && server) server->broadcast(R"({"v":1,"type":"poke"})");
        };
        if (is_write(request)) {
            net::asio::post(writes, std::move(job));
        } else {
            net::asio::post(workers, std::move(job));
        }
    }

    EngineConfig config;
    std::string passphrase;
    const Clock& clock;
    store::Database writer;
    std::mutex writer_mutex;
    std::mutex readers_mutex;
    std::vector<std::unique_ptr<store::Database>> idle_readers;
    net::asio::thread_pool workers;
    net::asio::strand<net::asio::thread_pool::executor_type> writes;
    std::unique_ptr<net::HttpServer> server;
    bool stopped = false;
};

Result<std::unique_ptr<Engine>> Engine::open(EngineConfig config, const std::string& passphrase, const Clock& clock) {
    auto db = store::open_engine_store(config.store_path, passphrase, store::OpenMode::create_if_missing);
    if (!db) return db.error();
    if (config.demo_data_if_empty) {
        auto locations = db->query_int("SELECT count(*) FROM location");
        if (!locations) return locations.error();
        if (*locations == 0) {
            auto dataset = demo::generate(config.demo_seed, clock.now());
            if (auto r = demo::load(*db, dataset); !r) return r.error();
            if (auto r = demo::seed_users(*db, clock); !r) return r.error();
            spdlog::info("engine: demo data loaded ({} locations, {} reviews)", dataset.locations.size(),
                         dataset.reviews.size());
        }
    }
    auto impl = std::make_unique<Impl>(std::move(config), passphrase, clock, std::move(*db));
    return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Engine::Engine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Engine::~Engine() { stop(); }

Result<std::uint16_t> Engine::start() {
    if (m_impl->stopped) return make_error(ErrorCode::unavailable, "the engine was stopped");
    if (m_impl->server) return m_impl->server->port();
    auto server = std::make_unique<net::HttpServer>(
        m_impl->config.server,
        [impl = m_impl.get()](net::HttpRequest request, net::Respond respond) {
            impl->serve(std::move(request), std::move(respond));
        });
    // Pokes tell when data changed; only a signed-in desk may listen.
    server->set_upgrade_check([impl = m_impl.get()](const net::HttpRequest& request) -> Result<void> {
        auto reader = impl->take_reader();
        if (!reader) return make_error(ErrorCode::unavailable, "the store cannot be read right now");
        access::AccessService access(*reader, impl->clock);
        auto caller = access.authenticate(bearer_token(request));
        impl->give_back(std::move(reader));
        if (!caller) return caller.error();
        return {};
    });
    auto port = server->start();
    if (!port) return port.error();
    m_impl->server = std::move(server);
    spdlog::info("engine: serving on {}:{}", m_impl->config.server.address, *port);
    return *port;
}

void Engine::stop() {
    if (m_impl->stopped) return;
    m_impl->stopped = true;
    if (m_impl->server) m_impl->server->stop();  // in-flight requests finish first
    m_impl->workers.join();
}

std::uint16_t Engine::port() const { return m_impl->server ? m_impl->server->port() : 0; }

net::HttpResponse Engine::handle(const net::HttpRequest& request) { return m_impl->dispatch(request).response; }

}  // namespace outpost::engine
