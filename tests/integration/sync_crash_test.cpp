// Crash tests of offline-first sync with real processes: outpostd and the headless desk_child.
//
// * A desk is killed (SIGKILL) at random points of its work — while loading its data, while
//   queueing, as a push starts, while it is in flight, once its answer came back, while pulling —
//   and started again on the same replica file until it finishes.
// * The engine is killed (SIGKILL) in the middle of a desk's push and restarted on the same store
//   and port while the desk keeps retrying.
// Afterwards every command must have been applied exactly once: the engine's audit log holds each
// one once, a freshly loaded desk sees each note once and every check-in, and the crashed desk's
// replica has nothing left over.
//
// OUTPOST_CRASH_ITERATIONS (default 20) sets the iterations of each test, OUTPOST_CRASH_SEED the
// random seed (printed, so a failure can be replayed). Each test prints one "crash-summary {json}"
// line, which bench/soak_sync.sh collects.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "access/totp.h"
#include "engine/demo_users.h"
#include "support/child_process.h"
#include "support/http_desk.h"
#include "support/temp_dir.h"

namespace outpost {
namespace {

using testing::ChildProcess;
using namespace std::chrono_literals;

constexpr const char* kPassphrase = "crash test passphrase";
constexpr int kNotesPerRun = 2;
constexpr int kCheckInsPerRun = 1;
constexpr int kPerRun = kNotesPerRun + kCheckInsPerRun;
const std::string kDeskKey = "x'" + std::string(64, 'd') + "'";

long env_number(const char* name, long fallback) {
    const char* text = std::getenv(name);
    if (!text || !*text) return fallback;
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    return end && *end == '\0' && value > 0 ? value : fallback;
}

int iterations() {
    return static_cast<int>(env_number("OUTPOST_CRASH_ITERATIONS", 20));
}
std::uint64_t seed() {
    return static_cast<std::uint64_t>(env_number("OUTPOST_CRASH_SEED", 20261124));
}

const demo::DemoAccount& account(const std::string& username) {
    for (const auto& a : demo::demo_accounts()) {
        if (a.username == username) return a;
    }
    throw std::invalid_argument("no demo account " + username);
}

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

// outpostd on one store: started on any free port first, then again on the same port.
class EngineProcess {
public:
    explicit EngineProcess(std::string store) : m_store(std::move(store)) {}

    [[nodiscard]] bool start() {
        m_child = std::make_unique<ChildProcess>(
            OUTPOSTD_PATH,
            std::vector<std::string>{"--store", m_store, "--port", std::to_string(m_port), "--demo-data"},
            std::vector<std::string>{std::string("OUTPOST_PASSPHRASE=") + kPassphrase});
        static const std::regex serving("serving on 127\\.0\\.0\\.1:([0-9]+)");
        std::smatch match;
        auto line =
            m_child->wait_for_line([&](const std::string& l) { return std::regex_search(l, match, serving); }, 120s);
        if (!line) return false;
        std::regex_search(*line, match, serving);
        m_port = static_cast<std::uint16_t>(std::stoi(match[1]));
        return true;
    }
    void kill() {
        if (m_child) m_child->kill();
    }
    [[nodiscard]] std::uint16_t port() const { return m_port; }
    [[nodiscard]] std::string output() { return m_child ? m_child->output() : std::string(); }

private:
    std::string m_store;
    std::uint16_t m_port = 0;
    std::unique_ptr<ChildProcess> m_child;
};

// Where a desk (or the engine under it) is killed.
enum class KillPoint { queueing, push_start, in_push, push_answer, pull_start };

const char* name(KillPoint p) {
    switch (p) {
        case KillPoint::queueing:
            return "queueing";
        case KillPoint::push_start:
            return "push_start";
        case KillPoint::in_push:
            return "in_push";
        case KillPoint::push_answer:
            return "push_answer";
        case KillPoint::pull_start:
            return "pull_start";
    }
    return "?";
}

class SyncCrash : public ::testing::Test {
protected:
    void SetUp() override {
        m_random.seed(seed());
        std::cout << "[crash] seed " << seed() << ", " << iterations() << " iterations\n";
        RecordProperty("seed", std::to_string(seed()));
        m_engine = std::make_unique<EngineProcess>(m_dir.file("engine.db"));
        ASSERT_TRUE(m_engine->start()) << m_engine->output();
    }
    void TearDown() override {
        if (m_engine) m_engine->kill();
    }

    std::unique_ptr<ChildProcess> launch_desk(int run) {
        auto desk = std::make_unique<ChildProcess>(
            DESK_CHILD_PATH,
            std::vector<std::string>{"--replica", m_dir.file("desk.db"), "--key", kDeskKey, "--port",
                                     std::to_string(m_engine->port()), "--user", "frontdesk", "--password",
                                     std::string(account("frontdesk").password), "--device", "crash-desk", "--run",
                                     std::to_string(run), "--notes", std::to_string(kNotesPerRun), "--checkins",
                                     std::to_string(kCheckInsPerRun)});
        EXPECT_TRUE(desk->started());
        return desk;
    }

    // The line of `point` in a desk's output, for a desk working on run `run`.
    std::function<bool(const std::string&)> line_of(KillPoint point, int run) {
        switch (point) {
            case KillPoint::queueing: {
                // One of this run's commands: the kill may leave the run half queued.
                const int k = run * kPerRun + 1 + static_cast<int>(m_random() % kPerRun);
                return [k](const std::string& l) { return l == "queued " + std::to_string(k); };
            }
            case KillPoint::push_start:
            case KillPoint::in_push:
                return [](const std::string& l) { return starts_with(l, "push-start"); };
            case KillPoint::push_answer:
                return [](const std::string& l) { return starts_with(l, "push-answer"); };
            case KillPoint::pull_start:
                return [](const std::string& l) { return l == "pull-start"; };
        }
        return {};
    }

    // A random pause inside a push in flight (up to 20 ms): before, while or after the engine works.
    void pause_in_push() { std::this_thread::sleep_for(std::chrono::microseconds(m_random() % 20000)); }

    // Counts what a desk went through: pushes the engine skipped as replays, retries.
    void tally(ChildProcess& desk) {
        static const std::regex skipped("^push-answer .* skipped=([0-9]+)$");
        std::istringstream lines(desk.output());
        std::smatch match;
        for (std::string line; std::getline(lines, line);) {
            if (std::regex_search(line, match, skipped)) m_replayed += std::stoi(match[1]);
            if (starts_with(line, "retry ")) ++m_retries;
        }
    }

    // Waits for a desk to finish; it must have emptied its outbox with no sync issue.
    void expect_desk_finishes(ChildProcess& desk) {
        auto code = desk.wait_exit(180s);
        tally(desk);
        ASSERT_TRUE(code.has_value()) << "the desk did not finish\n" << desk.output();
        ASSERT_EQ(*code, 0) << desk.output();
        const std::string out = desk.output();
        EXPECT_NE(out.find("done pending=0 issues=0"), std::string::npos) << out;
    }

    void note_client(ChildProcess& desk) {
        if (!m_client.empty()) return;
        auto line = desk.wait_for_line([](const std::string& l) { return starts_with(l, "client "); }, 60s);
        if (line) m_client = line->substr(7);
    }

    // Every command of runs 0..runs-1 was applied exactly once.
    void verify_exactly_once(int runs) {
        ASSERT_FALSE(m_client.empty());
        const int notes = runs * kNotesPerRun;
        const int check_ins = runs * kCheckInsPerRun;
        std::set<std::string> note_refs;
        std::set<std::string> visit_refs;
        for (int k = 1; k <= runs * kPerRun; ++k) {
            const std::string ref = m_client + "/" + std::to_string(k);
            ((k - 1) % kPerRun < kNotesPerRun ? note_refs : visit_refs).insert(ref);
        }

        // The engine's audit log: one entry per applied command.
        SystemClock clock;
        net::HttpClient admin("127.0.0.1", m_engine->port());
        auto secret = access::base32_decode(std::string(demo::kAdminTotpSecretBase32));
        ASSERT_TRUE(secret.ok());
        const Json credentials = {{"username", "admin"},
                                  {"password", std::string(account("admin").password)},
                                  {"device_id", "crash-auditor"},
                                  {"totp", *access::totp_code(*secret, clock.now())}};
        auto session = net::request_json(admin, "POST", "/v1/login", credentials.dump());
        ASSERT_TRUE(session.ok()) << session.error().message;
        admin.set_bearer_token((*session)["token"].get<std::string>());
        auto entries = [&](const std::string& action) {
            std::vector<Json> all;
            std::string before;
            while (true) {
                auto page = net::request_json(admin, "GET", "/v1/audit?limit=1000&action=" + action + before);
                EXPECT_TRUE(page.ok()) << page.error().message;
                if (!page) return all;
                const Json& list = (*page)["entries"];
                for (const auto& e : list) all.push_back(e);
                if (list.size() < 1000) return all;
                before = "&before=" + std::to_string(list.back()["seq"].get<std::int64_t>());
            }
        };
        std::map<std::string, int> audited_notes;
        for (const auto& e : entries("profile.add_note")) ++audited_notes[e["details"].value("note", std::string())];
        EXPECT_EQ(static_cast<int>(audited_notes.size()), notes);
        for (const auto& ref : note_refs) EXPECT_EQ(audited_notes[ref], 1) << ref;
        EXPECT_EQ(static_cast<int>(entries("visit.check_in").size()), check_ins);

        // A desk loaded afresh sees each note once and every check-in.
        testing::TempDir verifier_dir;
        testing::HttpDesk verifier("127.0.0.1", m_engine->port(), clock, verifier_dir.file("verifier.db"));
        auto user = verifier.login({{"username", "frontdesk"},
                                    {"password", std::string(account("frontdesk").password)},
                                    {"device_id", "crash-verifier"}});
        ASSERT_TRUE(user.ok()) << user.error().message;
        auto loaded = verifier.sync();
        ASSERT_TRUE(loaded.ok()) << loaded.error().message;
        auto texts = [](testing::HttpDesk& d, const std::string& where) {
            return d.replica().read([&](store::Database& db) {
                std::map<std::string, int> count;
                auto stmt = db.prepare("SELECT text, count(*) FROM profile_note WHERE " + where + " GROUP BY text");
                while (stmt && *stmt->step()) count[stmt->string(0)] = static_cast<int>(stmt->int64(1));
                return count;
            });
        };
        auto notes_seen = texts(verifier, "text LIKE 'crash-%'");
        EXPECT_EQ(static_cast<int>(notes_seen.size()), notes);
        for (int run = 0; run < runs; ++run) {
            for (int i = 0; i < kNotesPerRun; ++i) {
                const std::string text = "crash-" + std::to_string(run) + "-" + std::to_string(i);
                EXPECT_EQ(notes_seen[text], 1) << text;
            }
        }
        const auto visits = verifier.replica().read([&](store::Database& db) {
            std::multiset<std::string> refs;
            auto stmt = db.prepare("SELECT client_ref FROM visit WHERE client_ref LIKE ?1");
            stmt->bind(1, m_client + "/%");
            while (*stmt->step()) refs.insert(stmt->string(0));
            return refs;
        });
        EXPECT_EQ(static_cast<int>(visits.size()), check_ins);
        EXPECT_EQ(std::set<std::string>(visits.begin(), visits.end()), visit_refs);

        // The crashed desk's own replica: nothing pending, no issue, no local row left over.
        auto replica = sync::Replica::open(m_dir.file("desk.db"), kDeskKey, clock);
        ASSERT_TRUE(replica.ok()) << replica.error().message;
        EXPECT_EQ((*replica)->pending_count(), 0);
        EXPECT_TRUE((*replica)->issues().empty());
        (*replica)->read([&](store::Database& db) {
            EXPECT_EQ(db.query_int("SELECT count(*) FROM visit WHERE id < 0").value_or(-1), 0);
            EXPECT_EQ(
                db.query_int("SELECT count(*) FROM visit WHERE client_ref LIKE '" + m_client + "/%'").value_or(-1),
                check_ins);
            EXPECT_EQ(db.query_int("SELECT count(*) FROM profile_note WHERE text LIKE 'crash-%'").value_or(-1), notes);
            EXPECT_EQ(
                db.query_int("SELECT count(DISTINCT text) FROM profile_note WHERE text LIKE 'crash-%'").value_or(-1),
                notes);
            return 0;
        });
    }

    void summary(const std::string& test, int kills, const std::map<std::string, int>& points,
                 std::chrono::steady_clock::time_point started) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        Json line = {{"test", test},
                     {"iterations", iterations()},
                     {"seed", seed()},
                     {"kills", kills},
                     {"points", points},
                     {"replayed_commands", m_replayed},
                     {"desk_retries", m_retries},
                     {"seconds", std::round(seconds * 10) / 10},
                     {"passed", !HasFailure()}};
        std::cout << "crash-summary " << line.dump() << std::endl;
    }

    testing::TempDir m_dir;
    std::unique_ptr<EngineProcess> m_engine;
    std::mt19937_64 m_random;
    std::string m_client;  // the crashing desk's sync client id
    int m_replayed = 0;    // commands pushed again after a crash and skipped by the engine
    int m_retries = 0;     // rounds a desk retried because the engine could not be reached
};

TEST_F(SyncCrash, DeskKilledAtRandomPointsAppliesEveryCommandExactlyOnce) {
    const auto started = std::chrono::steady_clock::now();
    const std::vector<KillPoint> points = {KillPoint::queueing, KillPoint::push_start, KillPoint::in_push,
                                           KillPoint::push_answer, KillPoint::pull_start};
    std::map<std::string, int> killed_at;
    int kills = 0;
    const int runs = iterations();
    {
        // First killed while it loads its data: the next start loads it again over what was written.
        auto desk = launch_desk(0);
        note_client(*desk);
        ASSERT_TRUE(desk->wait_for_line([](const std::string& l) { return l == "login"; }, 60s)) << desk->output();
        std::this_thread::sleep_for(std::chrono::microseconds(m_random() % 100000));
        desk->kill();
        tally(*desk);
        ++kills;
        ++killed_at[desk->output().find("bootstrapped") == std::string::npos ? "bootstrap" : "after_bootstrap"];
    }
    for (int run = 0; run < runs; ++run) {
        SCOPED_TRACE("run " + std::to_string(run));
        // Each run is killed once or twice (when the point comes at all), then left to finish.
        const int wanted = 1 + static_cast<int>(m_random() % 2);
        int killed = 0;
        for (int launch = 0;; ++launch) {
            ASSERT_LT(launch, 10) << "the desk never finished";
            auto desk = launch_desk(run);
            note_client(*desk);
            if (killed < wanted) {
                const KillPoint point = points[m_random() % points.size()];
                if (desk->wait_for_line(line_of(point, run), 60s)) {
                    if (point == KillPoint::in_push) pause_in_push();
                    desk->kill();
                    tally(*desk);
                    ++killed;
                    ++kills;
                    ++killed_at[name(point)];
                    continue;
                }
                // The desk ended before that point came (nothing left to queue, say).
            }
            expect_desk_finishes(*desk);
            if (HasFatalFailure()) return;
            break;
        }
    }
    EXPECT_GE(kills, runs);
    verify_exactly_once(runs);
    summary("desk_killed", kills, killed_at, started);
}

TEST_F(SyncCrash, EngineKilledMidPushRestartsAndEveryCommandAppliesExactlyOnce) {
    const auto started = std::chrono::steady_clock::now();
    const std::vector<KillPoint> points = {KillPoint::push_start, KillPoint::in_push, KillPoint::push_answer};
    std::map<std::string, int> killed_at;
    const int runs = iterations();
    for (int run = 0; run < runs; ++run) {
        SCOPED_TRACE("run " + std::to_string(run));
        auto desk = launch_desk(run);
        note_client(*desk);
        const KillPoint point = points[m_random() % points.size()];
        ASSERT_TRUE(desk->wait_for_line(line_of(point, run), 60s)) << desk->output();
        if (point == KillPoint::in_push) pause_in_push();
        m_engine->kill();
        ++killed_at[name(point)];
        // Same store, same port; the desk retries meanwhile.
        ASSERT_TRUE(m_engine->start()) << m_engine->output();
        expect_desk_finishes(*desk);
        if (HasFatalFailure()) return;
    }
    verify_exactly_once(runs);
    summary("engine_killed", runs, killed_at, started);
}

}  // namespace
}  // namespace outpost
