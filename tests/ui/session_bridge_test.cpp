// The bridge's session against a real engine: a login gives the token every later request carries
// (GET /v1/me answers as the person), the scope is enforced, a refusal keeps the dialog's error
// codes, and a session revoked under the bridge emits sessionExpired and retries after a new login.

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include "engine_fixture.h"
#include "qt_printers.h"
#include "ui/bridge/engine_bridge.h"

namespace outpost::ui {
namespace {

using testing::kEngineWaitMs;

// Sends a request and waits for its answer.
Result<Json> sendAndWait(EngineBridge& bridge, const QString& method, const QString& path,
                         const QByteArray& body = {}) {
    std::optional<Result<Json>> answer;
    bridge.send(method, path, body, [&answer](Result<Json> result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kEngineWaitMs)) {
        return make_error(ErrorCode::unavailable, "no answer");
    }
    return *answer;
}

TEST(SessionBridgeTest, LogsInSendsTheTokenAndExpires) {
    testing::DemoEngine engine;
    ASSERT_TRUE(engine.start());
    EngineBridge bridge(ConnectionKind::embedded, QStringLiteral("127.0.0.1"), engine.host.port(), *engine.clock);
    bridge.start();

    // Before any login the engine refuses, and nobody is signed in.
    EXPECT_FALSE(bridge.signedIn());
    auto anonymous = sendAndWait(bridge, QStringLiteral("GET"), QStringLiteral("/v1/me"));
    ASSERT_FALSE(anonymous.ok());
    EXPECT_EQ(anonymous.error().code, ErrorCode::unauthenticated);

    // Wrong password, then the administrator without a code.
    auto wrong = testing::signIn(bridge, QStringLiteral("austin"), QStringLiteral("not-the-password"));
    ASSERT_TRUE(wrong.has_value());
    EXPECT_EQ(wrong->code, ErrorCode::unauthenticated);
    auto needsCode = testing::signIn(bridge, QStringLiteral("admin"), QStringLiteral("outpost-admin-demo"));
    ASSERT_TRUE(needsCode.has_value());
    EXPECT_EQ(needsCode->code, ErrorCode::mfa_required);

    // The location manager: signed in, with a scope of two locations.
    auto refused = testing::signIn(bridge, QStringLiteral("austin"), QStringLiteral("outpost-manager-demo"));
    ASSERT_FALSE(refused.has_value()) << refused->message;
    ASSERT_TRUE(bridge.signedIn());
    EXPECT_EQ(bridge.session()->user.role, Role::location_manager);
    EXPECT_FALSE(bridge.session()->allLocations);
    EXPECT_EQ(bridge.session()->locations.size(), 2);
    EXPECT_EQ(bridge.userLabel(), QStringLiteral("Luis Ortega · Location manager"));

    // Every request now carries the token: the engine knows who asks.
    auto me = sendAndWait(bridge, QStringLiteral("GET"), QStringLiteral("/v1/me"));
    ASSERT_TRUE(me.ok()) << me.error().message;
    EXPECT_EQ((*me)["user"]["username"], "austin");
    auto foreign = sendAndWait(bridge, QStringLiteral("GET"), QStringLiteral("/v1/reviews?location=loc-not-mine"));
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().code, ErrorCode::permission_denied);
    EXPECT_TRUE(QTest::qWaitFor([&] { return bridge.storeReviewCount().has_value(); }, kEngineWaitMs));
    EXPECT_GT(*bridge.storeReviewCount(), 0);
    EXPECT_LT(*bridge.storeReviewCount(), 2000);

    // The session is revoked under the bridge: the next request asks for a login, waits, and is
    // answered once the person has logged in again.
    auto revoked = sendAndWait(bridge, QStringLiteral("POST"), QStringLiteral("/v1/logout"), QByteArrayLiteral("{}"));
    ASSERT_TRUE(revoked.ok()) << revoked.error().message;
    QSignalSpy expired(&bridge, &EngineBridge::sessionExpired);
    std::optional<Result<Json>> later;
    bridge.send(QStringLiteral("GET"), QStringLiteral("/v1/me"), {},
                [&later](Result<Json> result) { later = std::move(result); });
    ASSERT_TRUE(expired.wait(kEngineWaitMs));
    EXPECT_FALSE(bridge.signedIn());
    EXPECT_FALSE(later.has_value());
    auto again = testing::signIn(bridge, QStringLiteral("austin"), QStringLiteral("outpost-manager-demo"));
    ASSERT_FALSE(again.has_value()) << again->message;
    ASSERT_TRUE(QTest::qWaitFor([&] { return later.has_value(); }, kEngineWaitMs));
    ASSERT_TRUE(later->ok()) << later->error().message;
    EXPECT_EQ((**later)["user"]["username"], "austin");
    EXPECT_EQ(expired.count(), 1);

    // Logging out forgets the session.
    QSignalSpy signedOut(&bridge, &EngineBridge::signedOut);
    bridge.logout();
    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_FALSE(bridge.signedIn());
    EXPECT_TRUE(bridge.userLabel().isEmpty());
}

}  // namespace
}  // namespace outpost::ui
