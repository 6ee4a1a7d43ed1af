// A headless desk for the crash tests: a process that a test kills (SIGKILL) at any point and
// starts again on the same replica file.
//
// It opens the replica, logs in over HTTP with its sync client id, loads its data when the
// replica is empty, queues the commands of runs 0..--run that the replica has not queued yet, and
// syncs until the outbox is empty, retrying with a short backoff while the engine cannot be
// reached. Every run adds --notes notes ("crash-<run>-<i>") and --checkins check-ins, so command
// k (mutation id k) is the same command whichever process queues it; how many were queued is
// read back from the replica (confirmed + pending), which is what makes a restart queue only the
// missing ones.
//
// One line per step on stdout, flushed at once, for the parent to pick its moment:
//   client <id> | login | bootstrapped | queued <mutation id> | push-start <n>
//   push-answer <last id> applied=<n> skipped=<n> | pull-start | round-done pending=<K>
//   retry <ms> <reason> | done pending=0 issues=<K>
// Exit codes: 0 the outbox is empty; 2 the engine refused for good; 3 out of time; 4 misuse or a
// broken replica.
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "net/http_client.h"
#include "sync/desk_sync.h"

namespace {

using namespace outpost;
using SteadyClock = std::chrono::steady_clock;

struct Options {
    std::string replica;
    std::string key = "x'" + std::string(64, 'c') + "'";
    std::string host = "127.0.0.1";
    int port = 0;
    std::string username = "frontdesk";
    std::string password;
    std::string device = "crash-desk";
    std::string location = "loc-austin-downtown";
    int run = 0;
    int notes = 2;
    int checkins = 1;
    int deadline_s = 120;
};

void say(const std::string& line) {
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

bool retryable(const Error& e) {
    return e.code == ErrorCode::unavailable || e.code == ErrorCode::io || e.code == ErrorCode::internal;
}

// Command k of the sequence: runs of `notes` notes then `checkins` check-ins.
std::pair<std::string, Json> command(const Options& o, std::int64_t k, std::int64_t profile) {
    const int per_run = o.notes + o.checkins;
    const auto run = (k - 1) / per_run;
    const auto i = (k - 1) % per_run;
    if (i < o.notes) {
        return {"profile.add_note",
                {{"profile_id", profile}, {"text", "crash-" + std::to_string(run) + "-" + std::to_string(i)}}};
    }
    return {"visit.check_in", {{"profile_id", profile}, {"location_id", o.location}}};
}

int desk_main(const Options& o) {
    const auto deadline = SteadyClock::now() + std::chrono::seconds(o.deadline_s);
    SystemClock clock;
    auto opened = sync::Replica::open(o.replica, o.key, clock);
    if (!opened) {
        say("error open " + opened.error().message);
        return 4;
    }
    sync::Replica& replica = **opened;
    say("client " + replica.client_id());

    net::ClientConfig config;
    config.timeout = std::chrono::seconds(5);
    net::HttpClient http(o.host, static_cast<std::uint16_t>(o.port), config);
    sync::Backoff backoff(std::chrono::milliseconds(20), std::chrono::milliseconds(400),
                          static_cast<std::uint64_t>(::getpid()));

    // Waits before the next try; false when the time is up.
    auto pause = [&](const Error& why) {
        const auto wait = backoff.next();
        say("retry " + std::to_string(wait.count()) + " " + why.message);
        if (SteadyClock::now() + wait > deadline) return false;
        std::this_thread::sleep_for(wait);
        return true;
    };

    // Logs in with this replica's sync client id; the engine binds it to the user and device.
    const Json credentials = {{"username", o.username},
                              {"password", o.password},
                              {"device_id", o.device},
                              {"client_id", replica.client_id()}};
    while (true) {
        auto answer = net::request_json(http, "POST", "/v1/login", credentials.dump());
        if (answer) {
            http.set_bearer_token((*answer)["token"].get<std::string>());
            const Json& user = (*answer)["user"];
            if (auto s = replica.set_user(UserId(user["id"].get<std::int64_t>()), user["display_name"]); !s) {
                say("error replica " + s.error().message);
                return 4;
            }
            break;
        }
        if (!retryable(answer.error())) {
            say("refused login " + answer.error().message);
            return 2;
        }
        if (!pause(answer.error())) return 3;
    }
    backoff.reset();
    say("login");

    sync::DeskSync desk(replica, [&](const std::string& method, const std::string& target, const std::string& body) {
        const bool push = target == "/v1/push";
        if (push) {
            say("push-start " +
                std::to_string(parse_json(body).value_or(Json::object()).value("commands", Json::array()).size()));
        } else if (target.rfind("/v1/pull", 0) == 0) {
            say("pull-start");
        }
        auto answer = net::request_json(http, method, target, body);
        if (push && answer) {
            say("push-answer " + std::to_string(answer->value("last_mutation_id", std::int64_t{0})) +
                " applied=" + std::to_string(answer->value("applied", 0)) +
                " skipped=" + std::to_string(answer->value("skipped", 0)));
        }
        return answer;
    });

    // One round at a time until it succeeds; answers the exit code when it must stop.
    auto round = [&]() -> std::optional<int> {
        while (true) {
            auto done = desk.run_once();
            if (done) {
                backoff.reset();
                say("round-done pending=" + std::to_string(replica.pending_count()));
                return std::nullopt;
            }
            if (!retryable(done.error())) {
                say("refused " + std::string(to_string(done.error().code)) + " " + done.error().message);
                return 2;
            }
            if (!pause(done.error())) return 3;
        }
    };

    if (!replica.bootstrapped()) {
        if (auto stop = round()) return *stop;
        say("bootstrapped");
    }

    const auto profile = replica.read([&](store::Database& db) -> std::int64_t {
        auto stmt = db.prepare("SELECT id FROM profile WHERE home_location_id = ?1 ORDER BY id LIMIT 1");
        if (!stmt) return 0;
        stmt->bind(1, o.location);
        auto has = stmt->step();
        return has && *has ? stmt->int64(0) : 0;
    });
    if (profile == 0) {
        say("error no customer at " + o.location);
        return 4;
    }
    // The outbox holds exactly the commands after the last confirmed one: together they are all
    // the commands this replica ever queued.
    const std::int64_t queued = replica.confirmed() + replica.pending_count();
    const std::int64_t wanted = static_cast<std::int64_t>(o.run + 1) * (o.notes + o.checkins);
    for (std::int64_t k = queued + 1; k <= wanted; ++k) {
        auto [name, args] = command(o, k, profile);
        auto id = replica.submit(name, args);
        if (!id) {
            say("error submit " + id.error().message);
            return 4;
        }
        if (*id != k) {
            say("error queued as " + std::to_string(*id) + ", expected " + std::to_string(k));
            return 4;
        }
        say("queued " + std::to_string(k));
    }

    while (replica.pending_count() > 0) {
        if (auto stop = round()) return *stop;
    }
    say("done pending=0 issues=" + std::to_string(replica.issues().size()));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    CLI::App app{"Headless desk for the sync crash tests"};
    app.add_option("--replica", o.replica, "replica file")->required();
    app.add_option("--key", o.key, "raw SQLCipher key of the replica");
    app.add_option("--host", o.host);
    app.add_option("--port", o.port, "engine port")->required();
    app.add_option("--user", o.username);
    app.add_option("--password", o.password)->required();
    app.add_option("--device", o.device);
    app.add_option("--location", o.location, "where the check-ins happen");
    app.add_option("--run", o.run, "queue the commands of runs 0..RUN")->check(CLI::NonNegativeNumber);
    app.add_option("--notes", o.notes, "notes per run")->check(CLI::NonNegativeNumber);
    app.add_option("--checkins", o.checkins, "check-ins per run")->check(CLI::NonNegativeNumber);
    app.add_option("--deadline", o.deadline_s, "seconds before giving up")->check(CLI::PositiveNumber);
    CLI11_PARSE(app, argc, argv);
    if (o.notes + o.checkins == 0) {
        say("error no commands per run");
        return 4;
    }
    spdlog::set_level(spdlog::level::warn);
    return desk_main(o);
}
