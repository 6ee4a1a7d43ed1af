#pragma once
// A signed-in desk against the demo engine: the person's replica (opened by a ReplicaKeeper
// before the login, as the console does), the login with its client id, and a sync controller
// over the real HTTP transport with a switch that takes the network away. Waits on conditions.

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

#include <QSignalSpy>
#include <QTest>

#include "engine_fixture.h"
#include "ui/bridge/engine_bridge.h"
#include "ui/sync/desk_sync_controller.h"
#include "ui/sync/engine_transport.h"
#include "ui/sync/replica_keeper.h"

namespace outpost::ui::testing {

struct Desk {
    DemoEngine engine;
    std::unique_ptr<EngineBridge> bridge;
    std::unique_ptr<ReplicaKeeper> keeper;
    std::unique_ptr<EngineTransport> transport;
    std::unique_ptr<DeskSyncController> sync;
    // false: every sync request fails as if the network were down.
    std::shared_ptr<std::atomic<bool>> online = std::make_shared<std::atomic<bool>>(true);

    ~Desk() {
        sync.reset();
        transport.reset();
        keeper.reset();
        bridge.reset();
    }

    // Starts the engine, opens the replica, logs in with its client id and loads the replica.
    bool open(const QString& username, const QString& password) {
        if (!engine.start()) return false;
        bridge = std::make_unique<EngineBridge>(ConnectionKind::embedded, QStringLiteral("127.0.0.1"),
                                                engine.host.port(), *engine.clock);
        bridge->start();
        keeper = std::make_unique<ReplicaKeeper>(engine.dir.filePath(QStringLiteral("replicas")), engine.clock);
        QSignalSpy prepared(keeper.get(), &ReplicaKeeper::prepared);
        keeper->prepare(username, password);
        if (!prepared.wait(kEngineWaitMs)) return false;
        auto refused = signIn(*bridge, username, password, {}, prepared.at(0).at(0).toString());
        EXPECT_FALSE(refused.has_value()) << (refused ? refused->message : std::string());
        if (refused) return false;
        auto committed = keeper->commit();
        EXPECT_TRUE(committed.ok());
        const auto& session = bridge->session();
        EXPECT_TRUE(keeper->replica()->set_user(UserId(session->user.id), session->user.displayName.toStdString(), session->user.role).ok());
        transport = std::make_unique<EngineTransport>(*bridge);
        sync = std::make_unique<DeskSyncController>(
            *keeper->replica(),
            [inner = transport->transport(), online = online](const std::string& method, const std::string& target,
                                                               const std::string& body) -> Result<Json> {
                if (!*online) return make_error(ErrorCode::unavailable, "the network is down");
                return inner(method, target, body);
            },
            *engine.clock);
        sync->start();
        return QTest::qWaitFor([&] { return sync->state().loaded && !sync->state().syncing; }, kEngineWaitMs);
    }

    // Waits until a round has run after now and finished.
    bool settle() {
        return QTest::qWaitFor([&] { return !sync->state().syncing; }, kEngineWaitMs);
    }
};

}  // namespace outpost::ui::testing
