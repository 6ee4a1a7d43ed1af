#pragma once
// A headless desk against an in-process engine: its own replica, a session bound to its sync
// client, and a transport that can be switched off (the network is down) or made to lose the
// engine's answer to a push (a crash after sending) or its pulls.

#include <gtest/gtest.h>

#include "domain/enums.h"
#include "engine/engine.h"
#include "net/http_types.h"
#include "sync/desk_sync.h"

namespace outpost::testing {

class Desk {
public:
    Desk(engine::Engine& engine, const Clock& clock, const std::string& replica_path)
        : m_engine(engine) {
        auto opened = sync::Replica::open(replica_path, "x'" + std::string(64, 'a') + "'", clock);
        if (!opened) throw std::runtime_error(opened.error().message);
        m_replica = std::move(*opened);
        m_sync = std::make_unique<sync::DeskSync>(
            *m_replica, [this](const std::string& method, const std::string& target, const std::string& body) {
                return call(method, target, body);
            });
    }

    // Logs in with this desk's sync client id; answers the engine's description of the user.
    Json login(const Json& credentials) {
        Json body = credentials;
        body["client_id"] = m_replica->client_id();
        auto answer = raw("POST", "/v1/login", body.dump());
        EXPECT_TRUE(answer.ok()) << (answer.ok() ? "" : answer.error().message);
        if (!answer) return {};
        m_token = (*answer)["token"];
        const Json& user = (*answer)["user"];
        const auto role = enum_from_string<Role>(user.value("role", std::string()));
        EXPECT_TRUE(m_replica->set_user(UserId(user["id"].get<std::int64_t>()), user["display_name"], role).ok());
        return user;
    }

    Result<sync::RoundReport> sync() { return m_sync->run_once(); }

    Result<Json> call(const std::string& method, const std::string& target, const std::string& body) {
        if (!online) return make_error(ErrorCode::unavailable, "the network is down");
        ++requests;
        auto answer = raw(method, target, body);
        if ((fail_pulls || pushes_without_pull) && target == "/v1/push" && answer) answer->erase("pull");
        if (fail_pulls && target.rfind("/v1/pull", 0) == 0) {
            return make_error(ErrorCode::unavailable, "the connection dropped before the pull");
        }
        if (lose_push_answers && target == "/v1/push") {
            return make_error(ErrorCode::unavailable, "the connection dropped before the answer");
        }
        return answer;
    }

    sync::Replica& replica() { return *m_replica; }
    sync::DeskSync& desk_sync() { return *m_sync; }
    const std::string& token() const { return m_token; }

    bool online = true;
    bool lose_push_answers = false;
    bool fail_pulls = false;           // and answers to pushes come without the pull that follows
    bool pushes_without_pull = false;  // as an engine of an earlier version answers
    int requests = 0;                  // made while online
    std::string protocol = "1";

private:
    Result<Json> raw(const std::string& method, const std::string& target, const std::string& body) {
        net::HttpRequest request;
        request.method = method;
        request.target = target;
        if (auto split = net::split_target(target, request.path, request.query); !split) return split.error();
        if (!m_token.empty()) request.headers["authorization"] = "Bearer " + m_token;
        request.headers["outpost-protocol"] = protocol;
        request.body = body;
        auto response = m_engine.handle(request);
        if (response.status >= 400) return net::error_from_response(response);
        return parse_json(response.body);
    }

    engine::Engine& m_engine;
    std::unique_ptr<sync::Replica> m_replica;
    std::unique_ptr<sync::DeskSync> m_sync;
    std::string m_token;
};

}  // namespace outpost::testing
