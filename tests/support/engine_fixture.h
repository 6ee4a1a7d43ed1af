#pragma once
// An engine on a temporary encrypted store with the demo dataset and a fixed clock.

#include <gtest/gtest.h>

#include <stdexcept>

#include "access/totp.h"
#include "engine/demo_users.h"
#include "engine/engine.h"
#include "support/temp_dir.h"

namespace outpost::testing {

inline constexpr const char* kTestPassphrase = "test passphrase";

inline Timestamp fixed_now() { return *parse_iso8601("2026-11-24T15:00:00Z"); }

class EngineFixture : public ::testing::Test {
protected:
    void SetUp() override {
        engine::EngineConfig config;
        config.store_path = m_dir.file("engine.db");
        config.demo_data_if_empty = true;
        auto opened = engine::Engine::open(config, kTestPassphrase, m_clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        m_engine = std::move(*opened);
        m_token = login_token("admin");
    }

    // The current one-time code of the demo administrator.
    std::string admin_code() const {
        auto secret = access::base32_decode(std::string(demo::kAdminTotpSecretBase32));
        return *access::totp_code(*secret, m_clock.now());
    }

    static const demo::DemoAccount& account(const std::string& username) {
        for (const auto& a : demo::demo_accounts()) {
            if (a.username == username) return a;
        }
        throw std::invalid_argument("no demo account " + username);
    }

    Json login_body(const std::string& username) const {
        const auto& a = account(username);
        Json body = {{"username", a.username}, {"password", a.password}, {"device_id", "test-device"}};
        if (role_requires_mfa(a.role)) body["totp"] = admin_code();
        return body;
    }

    // Logs a demo account in and returns its session token.
    std::string login_token(const std::string& username) {
        auto r = call("POST", "/v1/login", login_body(username).dump(), "");
        EXPECT_EQ(r.status, 200) << r.body;
        return body_of(r).value("token", std::string());
    }

    net::HttpResponse call(const std::string& method, const std::string& target, std::string body = {}) {
        return call(method, target, std::move(body), m_token);
    }

    net::HttpResponse call(const std::string& method, const std::string& target, std::string body,
                           const std::string& token) {
        net::HttpRequest request;
        request.method = method;
        request.target = target;
        EXPECT_TRUE(net::split_target(target, request.path, request.query).ok());
        if (!token.empty()) request.headers["authorization"] = "Bearer " + token;
        request.body = std::move(body);
        return m_engine->handle(request);
    }

    static Json body_of(const net::HttpResponse& response) {
        auto parsed = parse_json(response.body);
        EXPECT_TRUE(parsed.ok());
        return parsed.ok() ? *parsed : Json();
    }

    TempDir m_dir;
    ManualClock m_clock{fixed_now()};
    std::unique_ptr<engine::Engine> m_engine;
    std::string m_token;  // the demo administrator's session
};

}  // namespace outpost::testing
