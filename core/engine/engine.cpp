#include "engine/engine.h"

#include <spdlog/spdlog.h>

#include <map>
#include <mutex>
#include <vector>

#include "engine/demo_data.h"
#include "engine/demo_alerts.h"
#include "engine/demo_tasks.h"
#include "engine/demo_reviews.h"
#include "engine/demo_front_desk.h"
#include "engine/access_routes.h"
#include "engine/demo_users.h"
#include "access/access_service.h"
#include "engine/router.h"
#include "engine/review_requests.h"
#include "engine/sla_monitor.h"
#include "net/asio.h"
#include "profiles/at_risk_store.h"
#include "store/schema.h"
#include "sync/entities.h"
#include "sync/reply_templates.h"
#include "sync/sync_service.h"

namespace outpost::engine {

struct Engine::Impl {
    Impl(EngineConfig c, std::string key, const Clock& clk, store::Database db, std::unique_ptr<ReplyPublisher> pub)
        : config(std::move(c)),
          passphrase(std::move(key)),
          clock(clk),
          writer(std::move(db)),
          workers(static_cast<std::size_t>(std::max(1, config.db_threads))),
          writes(workers.get_executor()),
          publisher(std::move(pub)) {}

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
            if (result.changed && server) announce_changes();
            if (is_write(request)) after_write();
        };
        if (is_write(request)) {
            net::asio::post(writes, std::move(job));
        } else {
            net::asio::post(workers, std::move(job));
        }
    }

    // Tells connected desks what changed (on the writes strand, after a write that changed data):
    // each socket gets the new changes of its user's scope, so a desk whose cursor is where the
    // message starts applies them without a pull. Too many changes for one message: a plain poke.
    void announce_changes() {
        std::lock_guard lock(writer_mutex);
        auto stmt = writer.prepare(
            "SELECT seq, entity, entity_id, location_id, op, payload FROM change_log WHERE seq > ?1 ORDER BY seq LIMIT ?2");
        if (!stmt) return;
        stmt->bind(1, announced_seq).bind(2, static_cast<std::int64_t>(kMaxAnnounced) + 1);
        struct Announced {
            Json change;
            std::string location;
        };
        std::vector<Announced> changes;
        std::int64_t to = announced_seq;
        while (true) {
            auto has = stmt->step();
            if (!has || !*has) break;
            to = stmt->int64(0);
            Json change = {{"seq", to}, {"entity", stmt->string(1)}, {"id", stmt->string(2)}, {"op", stmt->string(4)}};
            if (change["op"] == "put") {
                auto value = sync::change_value(writer, stmt->string(1), stmt->string(2), stmt->text(5));
                if (value && *value) {
                    change["value"] = std::move(**value);
                } else if (value) {
                    change["op"] = "delete";  // a named row that is gone
                }
            }
            changes.push_back({std::move(change), stmt->string(3)});
        }
        if (to == announced_seq) return;
        const std::int64_t from = announced_seq;
        announced_seq = to;
        const bool too_many = changes.size() > kMaxAnnounced;
        const Timestamp now = clock.now();
        std::map<std::string, std::string> by_scope;  // one message per distinct scope
        server->broadcast_each([&](const std::string& token) -> std::optional<std::string> {
            auto& known = listeners[token];
            if (!known.scope || now - known.checked > kListenerRecheck) {
                access::AccessService access(writer, clock);
                auto caller = access.authenticate(token);
                known.scope = caller ? std::optional<Scope>(caller->scope) : std::nullopt;
                known.checked = now;
            }
            if (!known.scope) return std::nullopt;  // logged out or expired: nothing more for this socket
            if (too_many) return Json{{"v", net::kProtocolVersion}, {"type", "poke"}, {"to", to}}.dump();
            const std::string key = known.scope->all() ? "*" : sync::scope_json(known.scope->locations());
            auto it = by_scope.find(key);
            if (it == by_scope.end()) {
                Json list = Json::array();
                for (const auto& c : changes) {
                    if (known.scope->all() || c.location == sync::kEveryLocation ||
                        known.scope->contains(LocationId(c.location))) {
                        list.push_back(c.change);
                    }
                }
                Json message = {{"v", net::kProtocolVersion}, {"type", "changes"}, {"from", from}, {"to", to}, {"changes", list}};
                std::string text = message.dump(-1, ' ', false, Json::error_handler_t::replace);
                if (text.size() > kMaxAnnouncedBytes) text = Json{{"v", net::kProtocolVersion}, {"type", "poke"}, {"to", to}}.dump();
                it = by_scope.emplace(key, std::move(text)).first;
            }
            return it->second;
        });
        std::erase_if(listeners, [&](const auto& entry) { return now - entry.second.checked > 10 * kListenerRecheck; });
    }

    // Checkpoints wait for the disk: they run on the writes strand once writing has paused for a
    // moment (or after many writes), never inside a request someone waits for.
    void after_write() {
        watch_deadlines();
        watch_replies();
        ++unchecked_writes;
        if (unchecked_writes >= kWritesBeforeCheckpoint) {
            checkpoint();
            return;
        }
        const std::uint64_t generation = ++write_generation;
        checkpoint_timer.expires_after(kIdleBeforeCheckpoint);
        checkpoint_timer.async_wait(net::asio::bind_executor(writes, [this, generation](net::error_code ec) {
            if (!ec && generation == write_generation && unchecked_writes > 0) checkpoint();
        }));
    }

    // Handles due task deadlines (under the writer lock) and tells the desks what moved.
    Result<std::size_t> check_deadlines() {
        std::size_t count = 0;
        {
            std::lock_guard lock(writer_mutex);
            auto notices = sla.tick();
            if (!notices) return notices.error();
            count = notices->size();
            for (const auto& n : *notices) {
                spdlog::info("engine: SLA of {} at {}: {} ({})", n.item_id, n.location.value(), n.kind, n.level);
            }
            // Review requests ride on the same tick (at most a minute apart): 24-48 h windows need no
            // finer timer.
            auto requests = send_review_requests(writer, messages, clock.now());
            if (!requests) return requests.error();
            if (requests->sent + requests->skipped + requests->suppressed > 0) {
                spdlog::info("engine: review requests: {} sent, {} skipped, {} suppressed", requests->sent,
                             requests->skipped, requests->suppressed);
            }
        }
        if (count > 0 && server) announce_changes();
        return count;
    }

    // On the writes strand: the deadline timer wakes at the next deadline (at most a minute away,
    // so a clock change is noticed), and again after every write, which may have moved deadlines.
    void watch_deadlines() {
        if (stopped) return;
        {
            std::lock_guard lock(writer_mutex);
            if (auto f = sla.follow_changes(); !f) spdlog::warn("engine: deadline index: {}", f.error().message);
        }
        auto delay = std::chrono::milliseconds(kMaxDeadlineSleep);
        if (auto next = sla.next_deadline()) {
            delay = std::clamp(std::chrono::duration_cast<std::chrono::milliseconds>(*next - clock.now()),
                               std::chrono::milliseconds(0), std::chrono::milliseconds(kMaxDeadlineSleep));
        }
        deadline_timer.expires_after(delay);
        deadline_timer.async_wait(net::asio::bind_executor(writes, [this](net::error_code ec) {
            if (ec || stopped) return;
            if (auto done = check_deadlines(); !done) spdlog::error("engine: deadline check failed: {}", done.error().message);
            watch_deadlines();
        }));
    }

    // On the writes strand. Publishing happens outside the writer lock (it may wait on the network);
    // the strand keeps other writes out meanwhile.
    Result<PostReport> post_replies() {
        PostReport report;
        std::vector<OutboundReply> due;
        {
            std::lock_guard lock(writer_mutex);
            auto d = poster.due();
            if (!d) return d.error();
            due = std::move(*d);
        }
        for (const OutboundReply& reply : due) {
            auto outcome = publisher->publish(reply);
            std::lock_guard lock(writer_mutex);
            if (auto f = poster.finish(reply, outcome, report); !f) return f.error();
        }
        if (report.posted + report.failed > 0 && server) announce_changes();
        return report;
    }

    // Posts what is due, then wakes when the next retry is due (at most a minute away).
    void watch_replies() {
        if (stopped) return;
        if (auto done = post_replies(); !done) spdlog::error("engine: posting replies failed: {}", done.error().message);
        Result<std::optional<Timestamp>> next = std::optional<Timestamp>();
        {
            std::lock_guard lock(writer_mutex);
            next = poster.next_attempt();
        }
        if (!next || !*next) return;
        reply_timer.expires_after(std::clamp(std::chrono::duration_cast<std::chrono::milliseconds>(**next - clock.now()),
                                             std::chrono::milliseconds(0), std::chrono::milliseconds(kMaxDeadlineSleep)));
        reply_timer.async_wait(net::asio::bind_executor(writes, [this](net::error_code ec) {
            if (!ec) watch_replies();
        }));
    }

    // Scores gone stale (older than 48 h) are computed again in small batches (under the writer
    // lock), and the desks of their locations receive them.
    Result<std::size_t> refresh_stale_scores() {
        std::size_t count = 0;
        {
            std::lock_guard lock(writer_mutex);
            auto done = profiles::refresh_stale_at_risk(writer, clock, kAtRiskBatch);
            if (!done) return done.error();
            count = *done;
        }
        if (count > 0) {
            spdlog::info("engine: refreshed {} at-risk scores", count);
            if (server) announce_changes();
        }
        return count;
    }

    // On the writes strand: a batch now and then; at once again while batches come back full.
    void watch_at_risk(std::chrono::milliseconds delay) {
        if (stopped) return;
        at_risk_timer.expires_after(delay);
        at_risk_timer.async_wait(net::asio::bind_executor(writes, [this](net::error_code ec) {
            if (ec || stopped) return;
            auto done = refresh_stale_scores();
            if (!done) spdlog::error("engine: at-risk refresh failed: {}", done.error().message);
            const bool more = done && *done == static_cast<std::size_t>(kAtRiskBatch);
            watch_at_risk(more ? kAtRiskBusyPause : kAtRiskIdlePause);
        }));
    }

    void checkpoint() {
        std::lock_guard lock(writer_mutex);
        if (auto done = writer.exec("PRAGMA wal_checkpoint(PASSIVE)"); !done) {
            spdlog::warn("engine: checkpoint failed: {}", done.error().message);
        }
        unchecked_writes = 0;
    }

    static constexpr std::chrono::milliseconds kMaxDeadlineSleep{60'000};
    static constexpr int kAtRiskBatch = 200;
    static constexpr std::chrono::milliseconds kAtRiskBusyPause{250};
    static constexpr std::chrono::milliseconds kAtRiskIdlePause{5 * 60'000};
    static constexpr int kWritesBeforeCheckpoint = 2000;
    static constexpr std::chrono::milliseconds kIdleBeforeCheckpoint{1000};
    static constexpr std::size_t kMaxAnnounced = 500;
    static constexpr std::size_t kMaxAnnouncedBytes = 48 * 1024;
    static constexpr std::chrono::seconds kListenerRecheck{30};
    struct Listener {
        std::optional<Scope> scope;
        Timestamp checked;
    };

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
    net::asio::steady_timer checkpoint_timer{writes};
    net::asio::steady_timer deadline_timer{writes};
    net::asio::steady_timer at_risk_timer{writes};
    SlaMonitor sla{writer, clock};
    SandboxChannel messages{writer};
    std::unique_ptr<ReplyPublisher> publisher;
    ReplyPoster poster{writer, *publisher, clock};
    net::asio::steady_timer reply_timer{writes};
    int unchecked_writes = 0;            // on the writes strand
    std::uint64_t write_generation = 0;  // on the writes strand
    std::int64_t announced_seq = 0;                 // the last change told to the desks
    std::map<std::string, Listener> listeners;      // by session token: whose scope a socket has
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
            auto desk = demo::load_front_desk(*db, config.demo_seed, clock.now());
            if (!desk) return desk.error();
            if (auto r = demo::seed_users(*db, clock); !r) return r.error();
            if (auto r = demo::seed_tasks(*db, clock.now()); !r) return r.error();
            if (auto r = demo::seed_alerts(*db, clock.now()); !r) return r.error();
            if (auto r = demo::seed_review_flow(*db, clock.now()); !r) return r.error();
            // The demo rows are the store's starting state, which desks receive with their
            // bootstrap; the change-log entries the seeding wrote (imports, scores, clocks) go, so
            // the log starts empty like that of any new store.
            if (auto r = db->exec("DELETE FROM change_log"); !r) return r.error();
            spdlog::info("engine: demo data loaded ({} locations, {} reviews)", dataset.locations.size(),
                         dataset.reviews.size());
        }
    }
    // Every brand has the default reply templates (a new brand gets them at the next start).
    if (auto seeded = sync::seed_default_templates(*db, clock.now()); !seeded) return seeded.error();
    auto publisher = make_reply_publisher(config.replies, config.store_path, clock);
    if (!publisher) return publisher.error();
    if (auto wal = db->exec("PRAGMA wal_autocheckpoint = 0"); !wal) return wal.error();  // see after_write()
    auto top = db->query_int("SELECT coalesce(max(seq), 0) FROM change_log");
    if (!top) return top.error();
    auto impl = std::make_unique<Impl>(std::move(config), passphrase, clock, std::move(*db), std::move(*publisher));
    impl->announced_seq = *top;
    if (auto watched = impl->sla.load(); !watched) return watched.error();
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
    server->set_upgrade_check([impl = m_impl.get()](const net::HttpRequest& request) -> Result<std::string> {
        auto reader = impl->take_reader();
        if (!reader) return make_error(ErrorCode::unavailable, "the store cannot be read right now");
        access::AccessService access(*reader, impl->clock);
        const std::string token = bearer_token(request);
        auto caller = access.authenticate(token);
        impl->give_back(std::move(reader));
        if (!caller) return caller.error();
        return token;  // the socket's label: announce_changes() finds its scope by it
    });
    auto port = server->start();
    if (!port) return port.error();
    m_impl->server = std::move(server);
    net::asio::post(m_impl->writes, [impl = m_impl.get()] {
        impl->watch_deadlines();
        impl->watch_replies();
        impl->watch_at_risk(std::chrono::seconds(5));
    });
    spdlog::info("engine: serving on {}:{}", m_impl->config.server.address, *port);
    return *port;
}

void Engine::stop() {
    if (m_impl->stopped) return;
    m_impl->stopped = true;
    if (m_impl->server) m_impl->server->stop();  // in-flight requests finish first
    // The pending checkpoint, if any, runs now instead of after its delay.
    net::asio::post(m_impl->writes, [impl = m_impl.get()] {
        impl->checkpoint_timer.cancel();
        impl->deadline_timer.cancel();
        impl->reply_timer.cancel();
        impl->at_risk_timer.cancel();
        if (impl->unchecked_writes > 0) impl->checkpoint();
    });
    m_impl->workers.join();
}

std::uint16_t Engine::port() const { return m_impl->server ? m_impl->server->port() : 0; }

net::HttpResponse Engine::handle(const net::HttpRequest& request) { return m_impl->dispatch(request).response; }

Result<std::size_t> Engine::check_deadlines() { return m_impl->check_deadlines(); }

Result<PostReport> Engine::post_replies() { return m_impl->post_replies(); }
Result<std::size_t> Engine::refresh_stale_scores() { return m_impl->refresh_stale_scores(); }

}  // namespace outpost::engine
