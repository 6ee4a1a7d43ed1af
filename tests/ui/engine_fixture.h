#pragma once
// A real engine for the UI tests: an embedded engine with the demo data on an ephemeral loopback
// port in a temporary store, and a login through the bridge. Waits on signals only.

#include <gtest/gtest.h>

#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "fake_review_source.h"
#include "ui/bridge/engine_bridge.h"
#include "ui/startup/embedded_engine_host.h"

namespace outpost::ui::testing {

inline constexpr int kEngineWaitMs = 60000;

struct DemoEngine {
    QTemporaryDir dir;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(at("2026-11-24T15:00:00Z"));
    EmbeddedEngineHost host{clock};

    // Opens the store; false (with a test failure) when the engine did not start.
    bool start() {
        if (!dir.isValid()) return false;
        QSignalSpy started(&host, &EmbeddedEngineHost::started);
        QSignalSpy failed(&host, &EmbeddedEngineHost::failed);
        host.open({dir.filePath(QStringLiteral("engine.db")), true}, QStringLiteral("ui test passphrase"));
        if (!QTest::qWaitFor([&] { return started.count() + failed.count() > 0; }, kEngineWaitMs)) return false;
        EXPECT_EQ(started.count(), 1) << (failed.isEmpty() ? std::string()
                                                           : failed.at(0).at(0).value<Error>().message);
        return started.count() == 1;
    }
};

// Logs the bridge in and waits for the answer; returns the refusal, if any.
inline std::optional<Error> signIn(EngineBridge& bridge, const QString& username, const QString& password,
                                   const QString& code = {}, const QString& clientId = {}) {
    QSignalSpy succeeded(&bridge, &EngineBridge::loginSucceeded);
    QSignalSpy failed(&bridge, &EngineBridge::loginFailed);
    LoginRequest request;
    request.username = username;
    request.password = password;
    request.oneTimeCode = code;
    request.deviceId = QStringLiteral("ui-test-device");
    request.clientId = clientId;
    bridge.login(request);
    if (!QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, kEngineWaitMs)) {
        return make_error(ErrorCode::unavailable, "no answer to the login");
    }
    if (!failed.isEmpty()) return failed.at(0).at(0).value<Error>();
    return std::nullopt;
}

}  // namespace outpost::ui::testing
