#pragma once
// An engine on a temporary encrypted store with the demo dataset and a fixed clock.

#include <gtest/gtest.h>

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
    }

    net::HttpResponse call(const std::string& method, const std::string& target, std::string body = {}) {
        net::HttpRequest request;
        request.method = method;
        request.target = target;
        EXPECT_TRUE(net::split_target(target, request.path, request.query).ok());
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
};

}  // namespace outpost::testing
