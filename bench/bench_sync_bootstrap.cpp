// Bootstrap of an empty desk replica (100,000 profiles + 50,000 reviews) from an engine over
// loopback HTTP, vs a raw SQLCipher bulk insert of the same rows into a fresh replica, in the same
// run. Prints one JSON line.
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <variant>
#include <vector>

#include "engine/demo_data.h"
#include "engine/demo_users.h"
#include "engine/engine.h"
#include "net/http_client.h"
#include "store/schema.h"
#include "sync/desk_sync.h"

namespace {

using namespace outpost;
using Steady = std::chrono::steady_clock;

constexpr int kProfiles = 100'000;
constexpr int kReviews = 50'000;
constexpr int kRounds = 3;
constexpr double kTarget = 2.0;
const std::string kKey = "x'" + std::string(64, '7') + "'";

[[noreturn]] void fail(const std::string& what, const Error& error) {
    std::cerr << what << ": " << error.message << '\n';
    std::exit(1);
}

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;
struct Table {
    std::string name;
    std::vector<std::string> columns;
    std::vector<std::vector<Value>> rows;
};

Table read_table(store::Database& db, const std::string& name) {
    Table t{name, {}, {}};
    auto stmt = db.prepare("SELECT * FROM " + name);
    if (!stmt) fail("read " + name, stmt.error());
    for (int c = 0; c < stmt->column_count(); ++c) t.columns.emplace_back(stmt->column_name(c));
    while (true) {
        auto has = stmt->step();
        if (!has) fail("read " + name, has.error());
        if (!*has) break;
        std::vector<Value> row;
        for (int c = 0; c < stmt->column_count(); ++c) {
            switch (stmt->kind(c)) {
                case store::Statement::Kind::integer: row.emplace_back(stmt->int64(c)); break;
                case store::Statement::Kind::real: row.emplace_back(stmt->real(c)); break;
                case store::Statement::Kind::null: row.emplace_back(std::monostate{}); break;
                default: row.emplace_back(stmt->string(c)); break;
            }
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

void remove_db(const std::filesystem::path& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}

// The same rows with one prepared INSERT per table, one transaction, into the replica's schema.
double raw_ms(const std::filesystem::path& path, const std::vector<Table>& tables, const Clock& clock) {
    remove_db(path);
    auto replica = sync::Replica::open(path.string(), kKey, clock);  // the schema, created before timing
    if (!replica) fail("raw replica", replica.error());
    return (*replica)->read([&](store::Database& db) {
        sqlite3* h = db.handle();
        const auto start = Steady::now();
        sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (const Table& t : tables) {
            std::string names;
            std::string params;
            for (std::size_t i = 0; i < t.columns.size(); ++i) {
                names += (i ? ", " : "") + t.columns[i];
                params += i ? ", ?" : "?";
            }
            sqlite3_stmt* stmt = nullptr;
            sqlite3_prepare_v2(h, ("INSERT INTO " + t.name + "(" + names + ") VALUES(" + params + ")").c_str(), -1, &stmt,
                               nullptr);
            for (const auto& row : t.rows) {
                for (std::size_t i = 0; i < row.size(); ++i) {
                    const int p = static_cast<int>(i) + 1;
                    if (const auto* n = std::get_if<std::int64_t>(&row[i])) {
                        sqlite3_bind_int64(stmt, p, *n);
                    } else if (const auto* d = std::get_if<double>(&row[i])) {
                        sqlite3_bind_double(stmt, p, *d);
                    } else if (const auto* s = std::get_if<std::string>(&row[i])) {
                        sqlite3_bind_text(stmt, p, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
                    } else {
                        sqlite3_bind_null(stmt, p);
                    }
                }
                if (sqlite3_step(stmt) != SQLITE_DONE) {
                    std::cerr << sqlite3_errmsg(h) << '\n';
                    std::exit(1);
                }
                sqlite3_reset(stmt);
            }
            sqlite3_finalize(stmt);
        }
        sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
    });
}

double bootstrap_ms(const std::filesystem::path& path, std::uint16_t port, const Clock& clock) {
    remove_db(path);
    auto replica = sync::Replica::open(path.string(), kKey, clock);
    if (!replica) fail("replica", replica.error());
    net::HttpClient client("127.0.0.1", port);
    const auto& accounts = demo::demo_accounts();
    const auto& ops = *std::find_if(accounts.begin(), accounts.end(), [](const auto& a) { return a.username == "ops"; });
    Json login = {{"username", ops.username}, {"password", ops.password}, {"device_id", "bench"},
                  {"client_id", (*replica)->client_id()}};
    auto session = net::request_json(client, "POST", "/v1/login", login.dump());
    if (!session) fail("login", session.error());
    client.set_bearer_token((*session)["token"]);
    sync::DeskSync desk(
        **replica,
        [&client](const std::string& method, const std::string& target, const std::string& body) {
            return net::request_json(client, method, target, body);
        },
        [&client](const std::string& method, const std::string& target, const std::string& body) {
            return net::request_text(client, method, target, body);
        });
    const auto start = Steady::now();
    auto round = desk.run_once();
    const double ms = std::chrono::duration<double, std::milli>(Steady::now() - start).count();
    if (!round) fail("bootstrap", round.error());
    auto count = (*replica)->read([](store::Database& db) {
        return db.query_int("SELECT (SELECT count(*) FROM profile) + (SELECT count(*) FROM review)");
    });
    if (!count || *count != kProfiles + kReviews) {
        std::cerr << "bootstrap loaded " << (count ? *count : -1) << " rows\n";
        std::exit(1);
    }
    return ms;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main() {
    const auto dir = std::filesystem::temp_directory_path() / ("outpost-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    SystemClock clock;
    const auto store_path = dir / "engine.db";
    std::vector<Table> tables;
    {
        auto db = store::open_engine_store(store_path.string(), "bench passphrase", store::OpenMode::create_if_missing);
        if (!db) fail("engine store", db.error());
        auto data = demo::generate(7, clock.now(), demo::DatasetSize{kProfiles, kReviews, 90});
        data.visits.clear();
        data.leads.clear();
        if (auto r = demo::load(*db, data); !r) fail("load", r.error());
        if (auto r = demo::seed_users(*db, clock); !r) fail("users", r.error());
        for (const char* name : {"brand", "region", "location", "profile", "review"}) tables.push_back(read_table(*db, name));
    }
    engine::EngineConfig config;
    config.store_path = store_path.string();
    auto engine = engine::Engine::open(config, "bench passphrase", clock);
    if (!engine) fail("engine", engine.error());
    auto port = (*engine)->start();
    if (!port) fail("start", port.error());

    std::vector<double> boot;
    std::vector<double> raw;
    for (int round = 0; round < kRounds; ++round) {  // interleaved, so that noise hits both alike
        raw.push_back(raw_ms(dir / "raw.db", tables, clock));
        boot.push_back(bootstrap_ms(dir / "desk.db", *port, clock));
    }
    (*engine)->stop();
    std::filesystem::remove_all(dir);
    const double value = median(boot);
    const double baseline = median(raw);
    std::cout << Json{{"bench", "sync_bootstrap_100k_profiles_50k_reviews_vs_raw_insert"},
                      {"value", value},
                      {"unit", "ms"},
                      {"baseline", baseline},
                      {"ratio", value / baseline},
                      {"target", kTarget}}
                     .dump()
              << std::endl;
    return 0;
}
