// Propagation: an edit made on desk A, visible in the replicas of the other desks, p99, with 200
// headless desks connected and 50 commands/s; vs a raw WebSocket broadcast of a message of the
// same size to 200 clients at the same rate, p99, in the same run. Prints one JSON line, with the
// processor time per edit (engine and every desk applying it) beside the raw broadcast's per message
// and beside what the machine's cores can give an edit at this rate. Both sides first send one
// message that is not measured (a desk's first change after loading does first-time work, such as
// compiling the statements that write it; 200 desks doing so together is start-up, not
// propagation); how long every desk took to show it is printed as warmup_ms and baseline_warmup_ms.
//
//   bench_sync_propagation [desks=200] [commands_per_second=50] [seconds=10]
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/demo_users.h"
#include "engine/engine.h"
#include "net/http_client.h"
#include "net/http_server.h"
#include "sync/desk_sync.h"

namespace {

using namespace outpost;
using Steady = std::chrono::steady_clock;

constexpr double kTargetRatio = 5.0;
constexpr double kTargetMs = 250.0;
const std::string kKey = "x'" + std::string(64, '5') + "'";

[[noreturn]] void fail(const std::string& what, const Error& error) {
    std::cerr << what << ": " << error.message << '\n';
    std::exit(1);
}

// The decimal number at `at` in `text`, or 0.
int number_at(std::string_view text, std::size_t at) {
    int n = 0;
    if (at < text.size()) std::from_chars(text.data() + at, text.data() + text.size(), n);
    return n;
}

std::int64_t now_us() {
    return std::chrono::duration_cast<std::chrono::microseconds>(Steady::now().time_since_epoch()).count();
}

// Processor time of the whole process (engine and desks), user and system.
double cpu_seconds() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Latencies in microseconds from any thread.
class Samples {
public:
    void add(std::int64_t us) {
        std::lock_guard lock(m_mutex);
        m_values.push_back(us);
    }
    double p99_ms() { return percentile_ms(99); }
    double percentile_ms(std::size_t p) {
        std::lock_guard lock(m_mutex);
        if (m_values.empty()) return 0;
        std::sort(m_values.begin(), m_values.end());
        return static_cast<double>(m_values[(m_values.size() * p) / 100 - (m_values.size() >= 100 ? 1 : 0)]) / 1000.0;
    }
    std::size_t size() {
        std::lock_guard lock(m_mutex);
        return m_values.size();
    }

private:
    std::mutex m_mutex;
    std::vector<std::int64_t> m_values;
};

// Sends `count` numbered messages at `rate` per second; each message is padded to `size` bytes.
template <typename Send>
void paced(int count, int rate, Send send) {
    const auto start = Steady::now();
    for (int n = 1; n <= count; ++n) {
        std::this_thread::sleep_until(start + std::chrono::microseconds(static_cast<std::int64_t>(n) * 1'000'000 / rate));
        send(n);
    }
}

// ---- the raw broadcast ----
struct Broadcast {
    double p99_ms = 0;
    double p50_ms = 0;
    double cpu_ms_per_message = 0;
    double warmup_ms = 0;  // until every client had the unmeasured first message
};

Broadcast raw_broadcast(int desks, int rate, int count, std::size_t size) {
    net::HttpServer server(net::ServerConfig{}, [](net::HttpRequest, net::Respond respond) {
        respond(net::error_response(404, "not_found", "nothing here"));
    });
    auto port = server.start();
    if (!port) fail("raw server", port.error());
    std::vector<std::int64_t> sent(static_cast<std::size_t>(count) + 1, 0);
    Samples samples;
    std::atomic<int> warmed{0};  // clients that received message 0
    std::vector<std::unique_ptr<net::WebSocketClient>> clients;
    for (int i = 0; i < desks; ++i) {
        auto client = std::make_unique<net::WebSocketClient>("127.0.0.1", *port, "/v1/ws");
        client->connect(
            [&](std::string_view message) {
                const auto at = now_us();
                const int n = number_at(message, 1);  // "#<n> ..."
                if (n > 0 && n <= count) samples.add(at - sent[static_cast<std::size_t>(n)]);
                if (n == 0) ++warmed;
            },
            [](Error) {});
        clients.push_back(std::move(client));
    }
    while (server.websocket_count() < static_cast<std::size_t>(desks)) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const auto warm_start = Steady::now();
    std::string warm = "#0 ";
    warm.resize(size, 'x');
    server.broadcast(std::move(warm));
    while (warmed < desks && Steady::now() < warm_start + std::chrono::seconds(10)) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const double warmup_ms = std::chrono::duration<double, std::milli>(Steady::now() - warm_start).count();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const double cpu_before = cpu_seconds();
    paced(count, rate, [&](int n) {
        std::string message = "#" + std::to_string(n) + " ";
        message.resize(size, 'x');
        sent[static_cast<std::size_t>(n)] = now_us();
        server.broadcast(std::move(message));
    });
    const auto deadline = Steady::now() + std::chrono::seconds(10);
    while (samples.size() < static_cast<std::size_t>(desks) * count && Steady::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const double cpu_ms = (cpu_seconds() - cpu_before) * 1000.0 / count;
    for (auto& c : clients) c->close();
    clients.clear();
    server.stop();
    return {samples.p99_ms(), samples.percentile_ms(50), cpu_ms, warmup_ms};
}

// ---- desks ----
struct Desk {
    std::unique_ptr<sync::Replica> replica;
    std::unique_ptr<net::HttpClient> http;
    std::unique_ptr<sync::DeskSync> sync;
    std::unique_ptr<sync::SyncRunner> runner;
    std::unique_ptr<net::WebSocketClient> pokes;
    std::atomic<int> seen{0};  // the highest numbered edit this replica shows
    std::atomic<bool> loaded{false};
};

std::string last_name(sync::Replica& replica, std::int64_t profile) {
    return replica.read([&](store::Database& db) {
        auto stmt = db.prepare("SELECT last_name FROM profile WHERE id = ?1");
        if (!stmt) return std::string();
        stmt->bind(1, profile);
        auto has = stmt->step();
        return has && *has ? stmt->string(0) : std::string();
    });
}

// The number of the last edit a replica shows ("Edit<n>"), 0 before the first.
int shown_edit(sync::Replica& replica, std::int64_t profile) {
    const std::string name = last_name(replica, profile);
    return name.rfind("Edit", 0) == 0 ? std::atoi(name.c_str() + 4) : 0;
}

}  // namespace

int main(int argc, char** argv) {
    const int desks = argc > 1 ? std::atoi(argv[1]) : 200;
    const int rate = argc > 2 ? std::atoi(argv[2]) : 50;
    const int seconds = argc > 3 ? std::atoi(argv[3]) : 10;
    const int count = rate * seconds;
    const auto dir = std::filesystem::temp_directory_path() / ("outpost-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    SystemClock clock;

    engine::EngineConfig config;
    config.store_path = (dir / "engine.db").string();
    config.demo_data_if_empty = true;
    config.server.max_connections = 4096;
    auto engine = engine::Engine::open(config, "bench passphrase", clock);
    if (!engine) fail("engine", engine.error());
    auto port = (*engine)->start();
    if (!port) fail("start", port.error());

    const auto& accounts = demo::demo_accounts();
    const auto& front = *std::find_if(accounts.begin(), accounts.end(), [](const auto& a) { return a.username == "frontdesk"; });
    std::vector<std::unique_ptr<Desk>> all;
    std::vector<std::int64_t> sent(static_cast<std::size_t>(count) + 1, 0);
    Samples samples;
    std::int64_t profile = 0;
    std::string probe_token;
    std::atomic<std::int64_t> rounds{0};   // rounds with requests, after loading
    std::atomic<std::int64_t> updates{0};  // rounds and announced changes applied, after loading
    for (int i = 0; i < desks; ++i) {
        auto desk = std::make_unique<Desk>();
        auto replica = sync::Replica::open((dir / ("desk-" + std::to_string(i) + ".db")).string(), kKey, clock);
        if (!replica) fail("replica", replica.error());
        desk->replica = std::move(*replica);
        desk->http = std::make_unique<net::HttpClient>("127.0.0.1", *port);
        Json login = {{"username", front.username}, {"password", front.password},
                      {"device_id", "bench-" + std::to_string(i)}, {"client_id", desk->replica->client_id()}};
        auto session = net::request_json(*desk->http, "POST", "/v1/login", login.dump());
        if (!session) fail("login", session.error());
        const std::string token = (*session)["token"];
        if (i == 0) probe_token = token;
        desk->http->set_bearer_token(token);
        if (auto u = desk->replica->set_user(UserId((*session)["user"]["id"].get<std::int64_t>()), (*session)["user"]["display_name"]); !u) {
            fail("user", u.error());
        }
        net::HttpClient& http = *desk->http;
        desk->sync = std::make_unique<sync::DeskSync>(
            *desk->replica,
            [&http](const std::string& m, const std::string& t, const std::string& b) { return net::request_json(http, m, t, b); },
            [&http](const std::string& m, const std::string& t, const std::string& b) { return net::request_text(http, m, t, b); });
        Desk* d = desk.get();
        const bool observer = i > 0;
        desk->runner = std::make_unique<sync::SyncRunner>(
            *desk->sync, *desk->replica, clock,
            [d, observer, &sent, &samples, &profile, &rounds, &updates](const sync::SyncStatus& status) {
                if (status.syncing) {
                    if (profile != 0) ++rounds;  // a request round (pulls), counted once loaded
                    return;
                }
                if (profile != 0) ++updates;
                if (status.online && !status.error) d->loaded = true;
                if (!observer || profile == 0) return;
                const auto at = now_us();
                const int shown = shown_edit(*d->replica, profile);
                for (int n = d->seen.load() + 1; n <= shown; ++n) {
                    if (sent[static_cast<std::size_t>(n)] > 0) samples.add(at - sent[static_cast<std::size_t>(n)]);
                }
                if (shown > d->seen) d->seen = shown;
            });
        desk->runner->set_interval(std::chrono::minutes(10));  // only pokes make the desks pull
        desk->pokes = std::make_unique<net::WebSocketClient>("127.0.0.1", *port, "/v1/ws");
        desk->pokes->connect([d](std::string_view message) { d->runner->apply_or_deliver(message); }, [](Error) {}, token);
        desk->runner->start();
        all.push_back(std::move(desk));
    }
    for (auto& d : all) {
        while (!d->loaded) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // Steady state, not the minutes after a first load: every desk copies its freshly loaded
    // write-ahead log into its file now, instead of all of them doing it (when idle for a moment)
    // in the middle of the first edits.
    for (auto& d : all) {
        if (auto c = d->replica->checkpoint(); !c) fail("checkpoint", c.error());
    }
    std::this_thread::sleep_for(std::chrono::seconds(2));
    std::cerr << "bench: " << desks << " desks loaded, sending edits" << std::endl;
    profile = all[0]->replica->read([](store::Database& db) {
        return db.query_int("SELECT id FROM profile ORDER BY id LIMIT 1").value_or(0);
    });
    // The size of one change as a pull carries it: the raw broadcast sends messages this long.
    const std::size_t change_size = all[0]->replica->read([&](store::Database& db) {
        auto row = sync::read_entity(db, *sync::find_entity("profile"), std::to_string(profile));
        return row && *row ? (**row).dump().size() + 60 : 400;
    });

    // A bare socket beside the desks: when the announcement of an edit arrives, before any desk applies it.
    Samples announced;
    net::WebSocketClient probe("127.0.0.1", *port, "/v1/ws");
    probe.connect(
        [&](std::string_view message) {
            const auto at = now_us();
            for (std::size_t p = message.find("\"Edit"); p != std::string::npos; p = message.find("\"Edit", p + 1)) {
                const int n = number_at(message, p + 5);
                if (n > 0 && n <= count && sent[static_cast<std::size_t>(n)] > 0) announced.add(at - sent[static_cast<std::size_t>(n)]);
            }
        },
        [](Error) {}, probe_token);
    Desk& writer = *all[0];
    // The unmeasured first edit: sent, and waited for until every desk shows it.
    const auto warm_start = Steady::now();
    if (auto queued = writer.replica->submit("profile.update_contact", {{"profile_id", profile}, {"last_name", "Warmup"}}); !queued) {
        fail("submit", queued.error());
    }
    writer.runner->wake();
    const auto all_show_warmup = [&] {
        return std::all_of(all.begin() + 1, all.end(), [&](const auto& d) { return last_name(*d->replica, profile) == "Warmup"; });
    };
    while (!all_show_warmup() && Steady::now() < warm_start + std::chrono::seconds(30)) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const double warmup_ms = std::chrono::duration<double, std::milli>(Steady::now() - warm_start).count();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const double cpu_before = cpu_seconds();
    paced(count, rate, [&](int n) {
        sent[static_cast<std::size_t>(n)] = now_us();
        auto queued = writer.replica->submit("profile.update_contact", {{"profile_id", profile}, {"last_name", "Edit" + std::to_string(n)}});
        if (!queued) fail("submit", queued.error());
        writer.runner->wake();
    });
    const auto deadline = Steady::now() + std::chrono::seconds(30);
    while (samples.size() < static_cast<std::size_t>(desks - 1) * count && Steady::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const std::size_t observed = samples.size();
    const double cpu_per_edit_ms = (cpu_seconds() - cpu_before) * 1000.0 / count;
    std::cerr << "bench: edits seen, measuring the raw broadcast" << std::endl;
    const double announced_p99 = announced.p99_ms();
    probe.close();
    const double value = samples.p99_ms();
    const double median = samples.percentile_ms(50);
    for (auto& d : all) {
        d->pokes->close();
        d->runner->stop();
    }
    all.clear();
    (*engine)->stop();
    const Broadcast raw = raw_broadcast(desks, rate, count, change_size);
    const double baseline = raw.p99_ms;
    std::filesystem::remove_all(dir);
    std::cout << Json{{"bench", "sync_propagation_p99_vs_raw_ws_broadcast"},
                      {"desks", desks},
                      {"commands_per_second", rate},
                      {"observed", observed},
                      {"message_bytes", change_size},
                      {"announced_p99_ms", announced_p99},
                      {"warmup_ms", warmup_ms},
                      {"baseline_warmup_ms", raw.warmup_ms},
                      {"p50_ms", median},
                      {"baseline_p50_ms", raw.p50_ms},
                      {"rounds", rounds.load()},
                      {"cpu_ms_per_edit", cpu_per_edit_ms},
                      // What the machine's cores can give an edit at this rate: a figure near it means
                      // the desks were saturated and caught up in batches (and then it says little).
                      {"cpu_ms_per_edit_available", std::thread::hardware_concurrency() * 1000.0 / rate},
                      {"baseline_cpu_ms_per_message", raw.cpu_ms_per_message},
                      {"updates", updates.load()},
                      {"expected", static_cast<std::size_t>(desks - 1) * count},
                      {"value", value},
                      {"unit", "ms"},
                      {"baseline", baseline},
                      {"ratio", baseline > 0 ? value / baseline : 0.0},
                      {"target", kTargetRatio},
                      {"target_ms", kTargetMs}}
                     .dump()
              << std::endl;
    return observed == static_cast<std::size_t>(desks - 1) * count ? 0 : 2;
}
