// TLS: the site certificate, HTTPS and WSS with a pinned certificate, and what is refused.
#include <gtest/gtest.h>

#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <optional>
#include <sstream>

#include "net/asio.h"
#include "net/http_client.h"
#include "net/http_server.h"
#include "net/tls_certificate.h"
#include "support/temp_dir.h"

namespace outpost::net {
namespace {

using namespace std::chrono_literals;
using outpost::testing::TempDir;

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

struct X509Free {
    void operator()(X509* x) const { X509_free(x); }
};

std::unique_ptr<X509, X509Free> load_certificate(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "r");
    if (f == nullptr) return nullptr;
    std::unique_ptr<X509, X509Free> cert(PEM_read_X509(f, nullptr, nullptr, nullptr));
    std::fclose(f);
    return cert;
}

// SHA-256 of the DER encoding, computed here without the code under test.
std::string der_sha256(X509* cert) {
    unsigned char* der = nullptr;
    const int size = i2d_X509(cert, &der);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(der, static_cast<std::size_t>(size), digest);
    OPENSSL_free(der);
    std::string hex;
    for (unsigned char byte : digest) {
        static constexpr char kHex[] = "0123456789abcdef";
        hex.push_back(kHex[byte >> 4]);
        hex.push_back(kHex[byte & 15]);
    }
    return hex;
}

TEST(SiteCertificate, CreatesAKeyOnlyItsOwnerCanReadAndACertificateForTheName) {
    TempDir dir;
    const std::string cert = dir.file("outpostd.crt");
    const std::string key = dir.file("outpostd.key");
    auto made = create_self_signed_certificate(cert, key, "engine.example.test", 825);
    ASSERT_TRUE(made.ok()) << made.error().message;

    struct stat st {};
    ASSERT_EQ(::stat(key.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_EQ(read_text(key).rfind("-----BEGIN PRIVATE KEY-----", 0), 0u);
    EXPECT_EQ(read_text(cert).rfind("-----BEGIN CERTIFICATE-----", 0), 0u);

    auto x509 = load_certificate(cert);
    ASSERT_NE(x509, nullptr);
    EXPECT_EQ(X509_check_host(x509.get(), "engine.example.test", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_host(x509.get(), "localhost", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_ip_asc(x509.get(), "127.0.0.1", 0), 1);
    EXPECT_EQ(X509_check_host(x509.get(), "other.example.test", 0, 0, nullptr), 0);
    EXPECT_EQ(X509_get_version(x509.get()), 2);  // X.509 v3
    EVP_PKEY* public_key = X509_get0_pubkey(x509.get());
    ASSERT_NE(public_key, nullptr);
    EXPECT_TRUE(EVP_PKEY_is_a(public_key, "EC"));
    EXPECT_EQ(EVP_PKEY_get_bits(public_key), 256);
}

TEST(SiteCertificate, NeverOverwritesACertificateOrAKey) {
    TempDir dir;
    const std::string cert = dir.file("outpostd.crt");
    const std::string key = dir.file("outpostd.key");
    ASSERT_TRUE(create_self_signed_certificate(cert, key, "localhost", 30).ok());
    const std::string cert_before = read_text(cert);
    const std::string key_before = read_text(key);

    auto again = create_self_signed_certificate(cert, key, "localhost", 30);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_NE(again.error().message.find("already exists"), std::string::npos) << again.error().message;
    EXPECT_EQ(read_text(cert), cert_before);
    EXPECT_EQ(read_text(key), key_before);

    // A key alone is enough to refuse, and no certificate appears next to it.
    const std::string lone_cert = dir.file("new.crt");
    auto next_to_key = create_self_signed_certificate(lone_cert, key, "localhost", 30);
    ASSERT_FALSE(next_to_key.ok());
    EXPECT_EQ(next_to_key.error().code, ErrorCode::conflict);
    EXPECT_FALSE(std::filesystem::exists(lone_cert));
    EXPECT_EQ(read_text(key), key_before);
}

TEST(SiteCertificate, RefusesBadNamesAndLifetimes) {
    TempDir dir;
    for (const char* name : {"", "two words", "comma,name", "-leading.example", "trailing-.example"}) {
        auto made = create_self_signed_certificate(dir.file("a.crt"), dir.file("a.key"), name, 30);
        ASSERT_FALSE(made.ok()) << name;
        EXPECT_EQ(made.error().code, ErrorCode::invalid_argument);
    }
    EXPECT_FALSE(create_self_signed_certificate(dir.file("a.crt"), dir.file("a.key"), "localhost", 0).ok());
    EXPECT_FALSE(std::filesystem::exists(dir.file("a.key")));
    // An IP address is a valid name too (it goes into the certificate as an IP entry).
    ASSERT_TRUE(create_self_signed_certificate(dir.file("ip.crt"), dir.file("ip.key"), "10.1.2.3", 30).ok());
    auto x509 = load_certificate(dir.file("ip.crt"));
    ASSERT_NE(x509, nullptr);
    EXPECT_EQ(X509_check_ip_asc(x509.get(), "10.1.2.3", 0), 1);
}

TEST(SiteCertificate, FingerprintIsTheSha256OfTheDerAndReadsBothWays) {
    TempDir dir;
    const std::string cert = dir.file("outpostd.crt");
    ASSERT_TRUE(create_self_signed_certificate(cert, dir.file("outpostd.key"), "localhost", 30).ok());
    auto first = certificate_fingerprint(cert);
    ASSERT_TRUE(first.ok()) << first.error().message;
    auto second = certificate_fingerprint(cert);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(*first, *second);
    auto x509 = load_certificate(cert);
    ASSERT_NE(x509, nullptr);
    EXPECT_EQ(*first, der_sha256(x509.get()));
    ASSERT_EQ(first->size(), 64u);

    const std::string shown = format_fingerprint(*first);
    EXPECT_EQ(shown.size(), 64u + 31u);
    EXPECT_EQ(shown.substr(0, 3), first->substr(0, 2) + ":");
    std::string upper = shown;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_EQ(*parse_fingerprint(shown), *first);
    EXPECT_EQ(*parse_fingerprint(" " + upper + "\n"), *first);
    EXPECT_FALSE(parse_fingerprint(first->substr(2)).ok());
    EXPECT_FALSE(parse_fingerprint(first->substr(2) + "zz").ok());

    auto missing = certificate_fingerprint(dir.file("missing.crt"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
    std::ofstream(dir.file("junk.crt")) << "not a certificate\n";
    auto junk = certificate_fingerprint(dir.file("junk.crt"));
    ASSERT_FALSE(junk.ok());
    EXPECT_EQ(junk.error().code, ErrorCode::invalid_argument);
}

// A TLS server on an ephemeral loopback port with a fresh site certificate.
class TlsTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_cert = m_dir.file("outpostd.crt");
        m_key = m_dir.file("outpostd.key");
        auto made = create_self_signed_certificate(m_cert, m_key, "localhost", 30);
        ASSERT_TRUE(made.ok()) << made.error().message;
        auto fingerprint = certificate_fingerprint(m_cert);
        ASSERT_TRUE(fingerprint.ok());
        m_pin = *fingerprint;
    }

    ServerConfig tls_config() const {
        ServerConfig config;
        config.tls_cert_file = m_cert;
        config.tls_key_file = m_key;
        return config;
    }

    void start(ServerConfig config) {
        config.port = 0;
        m_server = std::make_unique<HttpServer>(config, [](HttpRequest request, Respond respond) {
            if (request.path != "/echo") return respond(error_response(404, "not_found", "no such endpoint"));
            respond(json_response(200, {{"method", request.method}, {"query", request.query}}));
        });
        auto port = m_server->start();
        ASSERT_TRUE(port.ok()) << port.error().message;
        m_port = *port;
    }

    ClientConfig pinned(std::string pin) const {
        ClientConfig config;
        config.tls = true;
        config.pinned_sha256 = std::move(pin);
        return config;
    }

    Result<HttpResponse> get(const ClientConfig& config, const std::string& target = "/echo?x=1") {
        HttpClient client("127.0.0.1", m_port, config);
        return client.request_sync("GET", target);
    }

    // The fingerprint of another site's certificate.
    std::string other_pin() {
        EXPECT_TRUE(
            create_self_signed_certificate(m_dir.file("other.crt"), m_dir.file("other.key"), "localhost", 30).ok());
        return *certificate_fingerprint(m_dir.file("other.crt"));
    }

    TempDir m_dir;
    std::string m_cert;
    std::string m_key;
    std::string m_pin;
    std::unique_ptr<HttpServer> m_server;
    std::uint16_t m_port = 0;
};

TEST_F(TlsTest, HttpsRequestWithThePinnedCertificateSucceeds) {
    start(tls_config());
    auto r = get(pinned(m_pin));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->status, 200);
    auto body = parse_json(r->body);
    ASSERT_TRUE(body.ok());
    EXPECT_EQ((*body)["query"]["x"], "1");
    // The pin as people copy it, colons and capitals, works as well.
    std::string shown = format_fingerprint(m_pin);
    for (char& c : shown) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto again = get(pinned(shown));
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->status, 200);
}

TEST_F(TlsTest, WrongPinIsRefusedNamingBothFingerprintsAndTheServerKeepsServing) {
    start(tls_config());
    const std::string wrong = other_pin();
    auto r = get(pinned(wrong));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::untrusted_certificate);
    EXPECT_NE(r.error().message.find("changed"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find(format_fingerprint(wrong)), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find(format_fingerprint(m_pin)), std::string::npos) << r.error().message;

    auto ok = get(pinned(m_pin));
    ASSERT_TRUE(ok.ok()) << ok.error().message;
    EXPECT_EQ(ok->status, 200);
}

TEST_F(TlsTest, NoPinIsRefusedWithTheFingerprintToConfirm) {
    start(tls_config());
    auto r = get(pinned(""));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::untrusted_certificate);
    EXPECT_NE(r.error().message.find(format_fingerprint(m_pin)), std::string::npos) << r.error().message;
}

TEST_F(TlsTest, FetchCertificateFingerprintReturnsThePin) {
    start(tls_config());
    auto fingerprint = fetch_certificate_fingerprint("127.0.0.1", m_port, 5s);
    ASSERT_TRUE(fingerprint.ok()) << fingerprint.error().message;
    EXPECT_EQ(*fingerprint, m_pin);
    // By name too (SNI is sent for names).
    auto by_name = fetch_certificate_fingerprint("localhost", m_port, 5s);
    ASSERT_TRUE(by_name.ok()) << by_name.error().message;
    EXPECT_EQ(*by_name, m_pin);
}

TEST_F(TlsTest, FetchFromAPlainServerFailsCleanly) {
    start(ServerConfig{});
    auto fingerprint = fetch_certificate_fingerprint("127.0.0.1", m_port, 5s);
    ASSERT_FALSE(fingerprint.ok());
    EXPECT_EQ(fingerprint.error().code, ErrorCode::unavailable);
}

TEST_F(TlsTest, ExpiredPinnedCertificateIsRefused) {
    const Timestamp now = SystemClock().now();
    const std::string cert = m_dir.file("old.crt");
    const std::string key = m_dir.file("old.key");
    ASSERT_TRUE(create_self_signed_certificate(cert, key, "localhost", now - 48h, now - 24h).ok());
    ServerConfig config;
    config.tls_cert_file = cert;
    config.tls_key_file = key;
    start(config);
    auto r = get(pinned(*certificate_fingerprint(cert)));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::untrusted_certificate);
    EXPECT_NE(r.error().message.find("expired"), std::string::npos) << r.error().message;
}

TEST_F(TlsTest, PlainClientAgainstTheTlsServerIsToldToUseTls) {
    start(tls_config());
    auto r = get(ClientConfig{});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->status, 400);
    const Error e = error_from_response(*r);
    EXPECT_EQ(e.code, ErrorCode::invalid_argument);
    EXPECT_NE(e.message.find("HTTPS"), std::string::npos) << e.message;
    auto ok = get(pinned(m_pin));
    ASSERT_TRUE(ok.ok()) << ok.error().message;
}

TEST_F(TlsTest, TlsClientAgainstAPlainServerFailsCleanly) {
    start(ServerConfig{});
    auto r = get(pinned(m_pin));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::unavailable);
    EXPECT_NE(r.error().message.find("TLS"), std::string::npos) << r.error().message;
}

TEST_F(TlsTest, PlainHttpOffLoopbackIsRefusedAndTlsIsNot) {
    ServerConfig plain;
    plain.address = "0.0.0.0";
    HttpServer refused(plain, [](HttpRequest, Respond respond) { respond(json_response(200, {})); });
    auto r = refused.start();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
    EXPECT_NE(r.error().message.find("plain HTTP is only allowed on loopback; configure tls_cert and tls_key"),
              std::string::npos)
        << r.error().message;

    ServerConfig loopback6;
    loopback6.address = "::1";
    HttpServer allowed(loopback6, [](HttpRequest, Respond respond) { respond(json_response(200, {})); });
    if (auto port = allowed.start(); !port.ok()) {
        EXPECT_EQ(port.error().message.find("plain HTTP"), std::string::npos) << port.error().message;
    }

    ServerConfig tls = tls_config();
    tls.address = "0.0.0.0";
    start(tls);
    auto ok = get(pinned(m_pin));
    ASSERT_TRUE(ok.ok()) << ok.error().message;
}

TEST_F(TlsTest, MissingUnreadableOrMismatchedCertificateIsRefused) {
    auto refusal = [](const ServerConfig& config) {
        HttpServer server(config, [](HttpRequest, Respond respond) { respond(json_response(200, {})); });
        auto r = server.start();
        EXPECT_FALSE(r.ok());
        return r.ok() ? Error{} : r.error();
    };
    ServerConfig config = tls_config();
    config.tls_key_file.clear();
    Error e = refusal(config);
    EXPECT_EQ(e.code, ErrorCode::invalid_argument);
    EXPECT_NE(e.message.find("tls_key"), std::string::npos) << e.message;

    config = tls_config();
    config.tls_cert_file = m_dir.file("missing.crt");
    e = refusal(config);
    EXPECT_EQ(e.code, ErrorCode::not_found);
    EXPECT_NE(e.message.find("missing.crt"), std::string::npos) << e.message;

    std::ofstream(m_dir.file("junk.pem")) << "-----BEGIN CERTIFICATE-----\nnot base64\n";
    config = tls_config();
    config.tls_cert_file = m_dir.file("junk.pem");
    e = refusal(config);
    EXPECT_EQ(e.code, ErrorCode::invalid_argument);
    EXPECT_NE(e.message.find("junk.pem"), std::string::npos) << e.message;

    config = tls_config();
    config.tls_key_file = m_cert;  // a certificate where the key belongs
    e = refusal(config);
    EXPECT_EQ(e.code, ErrorCode::invalid_argument);
    EXPECT_NE(e.message.find("no unencrypted PEM private key"), std::string::npos) << e.message;

    other_pin();
    config = tls_config();
    config.tls_key_file = m_dir.file("other.key");
    e = refusal(config);
    EXPECT_EQ(e.code, ErrorCode::invalid_argument);
    EXPECT_NE(e.message.find("is not the key of the certificate"), std::string::npos) << e.message;

    if (::geteuid() != 0) {  // root reads any file
        ASSERT_EQ(::chmod(m_key.c_str(), 0), 0);
        e = refusal(tls_config());
        EXPECT_EQ(e.code, ErrorCode::permission_denied);
        EXPECT_NE(e.message.find("outpostd.key"), std::string::npos) << e.message;
    }
}

TEST_F(TlsTest, SilentConnectionIsCutOffAfterTheHandshakeTimeoutAndOthersAreServed) {
    ServerConfig config = tls_config();
    config.handshake_timeout = 300ms;
    start(config);

    asio::io_context io;
    tcp::socket silent(io);
    silent.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), m_port));
    // While it says nothing, others are served.
    auto r = get(pinned(m_pin));
    ASSERT_TRUE(r.ok()) << r.error().message;

    std::optional<error_code> closed;
    char byte = 0;
    asio::steady_timer guard(io, 20s);  // a deadline against a hang, not a measurement
    silent.async_read_some(asio::buffer(&byte, 1), [&](error_code ec, std::size_t) {
        closed = ec;
        guard.cancel();
    });
    guard.async_wait([&](error_code ec) {
        if (!ec) silent.cancel();
    });
    io.run();
    ASSERT_TRUE(closed.has_value());
    EXPECT_NE(*closed, asio::error::operation_aborted) << "the server kept the silent connection open";
    EXPECT_TRUE(*closed == asio::error::eof || *closed == asio::error::connection_reset) << closed->message();
}

TEST_F(TlsTest, KeepAliveServesTwoRequestsOnOneTlsConnection) {
    start(tls_config());
    asio::io_context io;
    ssl::context context(ssl::context::tls_client);
    ssl::stream<tcp::socket> stream(io, context);
    stream.set_verify_mode(ssl::verify_none);
    stream.next_layer().connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), m_port));
    stream.handshake(ssl::stream_base::client);
    const std::string two =
        "GET /echo?n=1 HTTP/1.1\r\nHost: x\r\n\r\nGET /echo?n=2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    asio::write(stream, asio::buffer(two));
    std::string answer;
    error_code ec;
    char buf[4096];
    while (!ec) answer.append(buf, stream.read_some(asio::buffer(buf), ec));
    EXPECT_EQ(ec, asio::error::eof) << ec.message();  // the server said goodbye with close_notify
    EXPECT_NE(answer.find("\"n\":\"1\""), std::string::npos) << answer;
    EXPECT_NE(answer.find("\"n\":\"2\""), std::string::npos) << answer;
}

// A WSS client that records the first message and the close.
struct SecureSocket {
    SecureSocket(std::uint16_t port, ClientConfig config) : ws("127.0.0.1", port, "/v1/ws", std::move(config)) {
        ws.connect(
            [this](std::string_view text) {
                if (!got.exchange(true)) first.set_value(std::string(text));
            },
            [this](Error e) {
                if (!closed_once.exchange(true)) closed.set_value(std::move(e));
            });
    }
    // Broadcasts until the first message arrives, which proves the session is registered.
    std::string wait_for_broadcast(HttpServer& server) {
        auto future = first.get_future();
        while (future.wait_for(10ms) != std::future_status::ready) server.broadcast(R"({"v":1,"type":"poke"})");
        return future.get();
    }
    WebSocketClient ws;
    std::atomic<bool> got{false};
    std::atomic<bool> closed_once{false};
    std::promise<std::string> first;
    std::promise<Error> closed;
};

TEST_F(TlsTest, WssBroadcastArrivesAndStopClosesIt) {
    start(tls_config());
    SecureSocket socket(m_port, pinned(m_pin));
    EXPECT_EQ(socket.wait_for_broadcast(*m_server), R"({"v":1,"type":"poke"})");
    EXPECT_EQ(m_server->websocket_count(), 1u);
    m_server->stop();
    Error e = socket.closed.get_future().get();
    EXPECT_EQ(e.code, ErrorCode::unavailable);
}

TEST_F(TlsTest, WssWithAWrongPinIsRefused) {
    start(tls_config());
    SecureSocket socket(m_port, pinned(other_pin()));
    Error e = socket.closed.get_future().get();
    EXPECT_EQ(e.code, ErrorCode::untrusted_certificate);
    EXPECT_NE(e.message.find(format_fingerprint(m_pin)), std::string::npos) << e.message;
    EXPECT_EQ(m_server->websocket_count(), 0u);
}

}  // namespace
}  // namespace outpost::net
