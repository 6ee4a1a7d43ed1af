// The engine on an ephemeral loopback port and real clients, in-process and as the outpostd binary.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <vector>

#include <sys/stat.h>

#include "net/http_client.h"
#include "net/site_certificate.h"
#include "net/tls_certificate.h"
#include "support/engine_fixture.h"

namespace outpost {
namespace {

class EngineOverNetwork : public testing::EngineFixture {
protected:
    void SetUp() override {
        EngineFixture::SetUp();
        auto port = m_engine->start();
        ASSERT_TRUE(port.ok()) << port.error().message;
        m_client = std::make_unique<net::HttpClient>("127.0.0.1", *port);
        m_client->set_bearer_token(m_token);
    }
    Json get(const std::string& target) {
        auto r = m_client->request_sync("GET", target);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
        EXPECT_EQ(r->status, 200) << r->body;
        return body_of(*r);
    }
    std::unique_ptr<net::HttpClient> m_client;
};

TEST_F(EngineOverNetwork, ClientFetchesAndFiltersReviews) {
    Json all = get("/v1/reviews?limit=1000");
    const int total = all["total"];
    EXPECT_GE(total, 1000);
    EXPECT_EQ(all["reviews"].size(), 1000u);

    Json one_star = get("/v1/reviews?rating=1&limit=1000");
    Json five_star = get("/v1/reviews?rating=5&limit=1000");
    EXPECT_GT(one_star["total"].get<int>(), 0);
    EXPECT_GT(five_star["total"].get<int>(), one_star["total"].get<int>());
    for (const auto& r : one_star["reviews"]) EXPECT_EQ(r["rating"], 1);

    // The ratings partition the whole set.
    int sum = 0;
    for (int stars = 1; stars <= 5; ++stars) sum += get("/v1/reviews?limit=1&rating=" + std::to_string(stars))["total"].get<int>();
    EXPECT_EQ(sum, total);

    Json last_week = get("/v1/reviews?limit=1000&from=2026-11-17T15:00:00Z");
    for (const auto& r : last_week["reviews"]) EXPECT_GE(r["posted_at"].get<std::string>(), "2026-11-17T15:00:00Z");
    EXPECT_LT(last_week["total"].get<int>(), total);
}

TEST_F(EngineOverNetwork, BadInputsGetJsonErrorsAndTheEngineKeepsServing) {
    auto malformed = m_client->request_sync("POST", "/v1/reviews", "{\"reviews\": [");
    ASSERT_TRUE(malformed.ok());
    EXPECT_EQ(malformed->status, 400);
    EXPECT_EQ(net::error_from_response(*malformed).code, ErrorCode::invalid_argument);

    auto huge = m_client->request_sync("POST", "/v1/reviews", std::string(2 * 1024 * 1024, ' '));
    ASSERT_TRUE(huge.ok()) << huge.error().message;
    EXPECT_EQ(huge->status, 413);

    auto unknown = m_client->request_sync("GET", "/v2/everything");
    ASSERT_TRUE(unknown.ok());
    EXPECT_EQ(unknown->status, 404);

    EXPECT_EQ(get("/v1/health")["status"], "ok");
}

// outpostd as a child process: its output is read line by line, SIGTERM stops it.
class OutpostdChild {
public:
    explicit OutpostdChild(std::vector<std::string> args) {
        int out[2];
        if (::pipe(out) != 0) return;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::dup2(out[1], STDOUT_FILENO);
            ::dup2(out[1], STDERR_FILENO);
            ::close(out[0]);
            std::vector<char*> argv{const_cast<char*>("outpostd")};
            for (auto& a : args) argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(OUTPOSTD_PATH, argv.data());
            ::_exit(127);
        }
        ::close(out[1]);
        m_output = ::fdopen(out[0], "r");
    }
    ~OutpostdChild() {
        if (m_pid > 0 && !m_reaped) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_output) std::fclose(m_output);
    }
    OutpostdChild(const OutpostdChild&) = delete;
    OutpostdChild& operator=(const OutpostdChild&) = delete;

    // Reads output until `done(log so far)` holds or the child closes its output.
    template <typename Done>
    void read_until(Done done) {
        char line[1024];
        while (m_output && std::fgets(line, sizeof line, m_output)) {
            m_log += line;
            if (done(m_log)) return;
        }
    }

    // SIGTERM, then the exit status (-1 when it did not exit normally).
    int stop() {
        if (m_pid <= 0 || ::kill(m_pid, SIGTERM) != 0) return -1;
        int status = 0;
        if (::waitpid(m_pid, &status, 0) != m_pid) return -1;
        m_reaped = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    [[nodiscard]] bool started() const { return m_pid > 0 && m_output; }
    [[nodiscard]] const std::string& log() const { return m_log; }

private:
    pid_t m_pid = -1;
    FILE* m_output = nullptr;
    std::string m_log;
    bool m_reaped = false;
};

std::string write_passphrase_file(const testing::TempDir& dir) {
    const std::string path = dir.file("passphrase");
    std::ofstream(path) << "integration passphrase\n";
    ::chmod(path.c_str(), 0600);
    return path;
}

const std::regex kServing("serving on 127\\.0\\.0\\.1:([0-9]+)");

// Runs the outpostd binary, reads the port it reports, talks to it and stops it with SIGTERM.
TEST(OutpostdProcess, ServesAndStopsCleanlyOnSigterm) {
    testing::TempDir dir;
    OutpostdChild child({"--store", dir.file("engine.db"), "--passphrase-file", write_passphrase_file(dir), "--port",
                         "0", "--demo-data"});
    ASSERT_TRUE(child.started());
    std::smatch match;
    child.read_until([&](const std::string& log) { return std::regex_search(log, match, kServing); });
    ASSERT_FALSE(match.empty()) << child.log();
    const auto port = static_cast<std::uint16_t>(std::stoi(match[1]));

    net::HttpClient client("127.0.0.1", port);
    auto health = client.request_sync("GET", "/v1/health");
    ASSERT_TRUE(health.ok()) << health.error().message;
    EXPECT_EQ(health->status, 200);
    EXPECT_EQ(child.stop(), 0) << child.log();
}

// outpostd with the site certificate named in its config file: it logs the fingerprint, serves
// HTTPS to a desk that pinned it, and stops cleanly.
TEST(OutpostdProcess, ServesHttpsWithTheSiteCertificateAndLogsItsFingerprint) {
    testing::TempDir dir;
    const std::string passphrase_file = write_passphrase_file(dir);
    auto site = net::create_site_certificate(dir.file("tls"), "localhost", 30);
    ASSERT_TRUE(site.ok()) << site.error().message;
    const std::string config_file = dir.file("outpostd.json");
    std::ofstream(config_file) << Json{{"listen", "127.0.0.1"}, {"port", 0}, {"store", dir.file("engine.db")},
                                       {"tls_cert", site->cert_file}, {"tls_key", site->key_file}}
                                      .dump();

    OutpostdChild child({"--config", config_file, "--passphrase-file", passphrase_file});
    ASSERT_TRUE(child.started());
    std::smatch port_match;
    std::smatch fingerprint_match;
    const std::regex fingerprint("fingerprint ([0-9a-f:]{95})");
    child.read_until([&](const std::string& log) {
        const bool port_seen = std::regex_search(log, port_match, kServing);
        return port_seen && std::regex_search(log, fingerprint_match, fingerprint);
    });
    ASSERT_FALSE(port_match.empty()) << child.log();
    ASSERT_FALSE(fingerprint_match.empty()) << child.log();
    EXPECT_EQ(*net::parse_fingerprint(fingerprint_match[1].str()), site->fingerprint);
    const auto port = static_cast<std::uint16_t>(std::stoi(port_match[1]));

    auto fetched = net::fetch_certificate_fingerprint("127.0.0.1", port, std::chrono::seconds(5));
    ASSERT_TRUE(fetched.ok()) << fetched.error().message;
    EXPECT_EQ(*fetched, site->fingerprint);
    net::ClientConfig config;
    config.tls = true;
    config.pinned_sha256 = site->fingerprint;
    net::HttpClient client("127.0.0.1", port, config);
    auto health = client.request_sync("GET", "/v1/health");
    ASSERT_TRUE(health.ok()) << health.error().message;
    EXPECT_EQ(health->status, 200);

    EXPECT_EQ(child.stop(), 0) << child.log();
}

TEST(OutpostdProcess, RefusesAPassphraseOnTheCommandLineAndExplainsWhatToDo) {
    testing::TempDir dir;
    const std::string command = std::string("env -u OUTPOST_PASSPHRASE ") + OUTPOSTD_PATH + " --store " +
                                dir.file("x.db") + " 2>&1";
    FILE* p = ::popen(command.c_str(), "r");
    ASSERT_NE(p, nullptr);
    std::string text;
    char buf[512];
    while (std::fgets(buf, sizeof buf, p)) text += buf;
    const int status = ::pclose(p);
    EXPECT_NE(WEXITSTATUS(status), 0);
    EXPECT_NE(text.find("OUTPOST_PASSPHRASE"), std::string::npos) << text;
}

}  // namespace
}  // namespace outpost
