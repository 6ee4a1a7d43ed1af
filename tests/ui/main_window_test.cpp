// The whole console against a real engine: an embedded engine on an ephemeral loopback port with
// a temporary demo store, the bridge, the main window. Waits on signals and conditions only.

#include <gtest/gtest.h>

#include <QListWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "desk_fixture.h"
#include "engine_fixture.h"
#include "fake_review_source.h"
#include "ui/bridge/engine_bridge.h"
#include "ui/reviews/review_detail_pane.h"
#include "ui/reviews/review_filter_bar.h"
#include "ui/reviews/reviews_presenter.h"
#include "ui/reviews/reviews_view.h"
#include "ui/shell/main_window.h"
#include "ui/startup/embedded_engine_host.h"
#include "ui/sync/desk_sync_controller.h"
#include "ui/sync/engine_transport.h"
#include "ui/sync/replica_keeper.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

constexpr int kWaitMs = 30000;

bool allRatingsWithin(ReviewTableModel& model, int lo, int hi) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const int rating = model.reviewAt(row)->rating;
        if (rating < lo || rating > hi) return false;
    }
    return true;
}

bool allInLocations(ReviewTableModel& model, const QStringList& locations) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!locations.contains(QString::fromStdString(model.reviewAt(row)->location_id.value()))) return false;
    }
    return true;
}

TEST(MainWindowTest, ShowsTheScopedReviewsOfTheSignedInManager) {
    testing::Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("austin"), QStringLiteral("outpost-manager-demo")));
    auto& clock = desk.engine.clock;
    auto& host = desk.engine.host;
    EngineBridge& bridge = *desk.bridge;
    const QStringList scope = bridge.session()->locations;
    ASSERT_EQ(scope.size(), 2);

    MainWindow window(bridge, *desk.sync, *clock);
    window.resize(1400, 860);
    window.show();
    QSignalSpy ready(&window, &MainWindow::contentReady);
    window.start();
    ASSERT_TRUE(ready.wait(kWaitMs));
    EXPECT_EQ(window.userText(), QStringLiteral("Luis Ortega · Location manager"));

    // Navigation lists only the screens that exist.
    auto* rail = window.findChild<QListWidget*>(QStringLiteral("navigationRail"));
    ASSERT_NE(rail, nullptr);
    ASSERT_EQ(rail->count(), 4);
    EXPECT_EQ(rail->item(0)->text(), QStringLiteral("Reviews"));
    EXPECT_EQ(rail->item(1)->text(), QStringLiteral("Tasks"));
    EXPECT_EQ(rail->item(2)->text(), QStringLiteral("Front desk"));
    EXPECT_EQ(rail->item(3)->text(), QStringLiteral("Customers"));

    ReviewsPresenter& presenter = window.reviewsPresenter();
    ReviewTableModel& model = *presenter.model();
    EXPECT_EQ(model.rowCount(), ReviewsPresenter::kPageSize);
    // Only the manager's two Austin locations: fewer than the 2,000 of the whole brand.
    const qint64 scoped = presenter.total();
    EXPECT_GT(scoped, ReviewsPresenter::kPageSize);
    EXPECT_LT(scoped, 2000);
    EXPECT_TRUE(allInLocations(model, scope));
    EXPECT_EQ(presenter.directory().locations().size(), 2u);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return window.connectionText() == QStringLiteral("Embedded engine · online"); }, kWaitMs))
        << window.connectionText().toStdString();
    EXPECT_EQ(window.pendingText(), QStringLiteral("All changes synced"));
    EXPECT_TRUE(window.issuesText().isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.storeCountText().isEmpty(); }, kWaitMs));
    EXPECT_EQ(window.storeCountText(), QStringLiteral("%1 reviews in your locations").arg(QLocale().toString(scoped)));
    EXPECT_TRUE(window.lastSyncText().startsWith(QStringLiteral("Last sync")));

    // Newest first, in the engine's order.
    for (int row = 1; row < model.rowCount(); ++row) {
        ASSERT_GE(model.reviewAt(row - 1)->posted_at, model.reviewAt(row)->posted_at);
    }

    // Negative reviews only, through the filter bar and the engine.
    ReviewsView* view = window.reviewsView();
    QSignalSpy replaced(&presenter, &ReviewsPresenter::reviewsReplaced);
    ASSERT_TRUE(view->filterBar()->selectRatingRange(1, 2));
    ASSERT_TRUE(replaced.wait(kWaitMs));
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_LT(presenter.total(), scoped);
    EXPECT_TRUE(allRatingsWithin(model, 1, 2));
    EXPECT_TRUE(allInLocations(model, scope));

    // Paging appends the next page of the same filter.
    if (presenter.total() > model.rowCount()) {
        const int before = model.rowCount();
        view->table()->scrollToBottom();
        model.fetchMore({});
        ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() > before; }, kWaitMs));
        EXPECT_TRUE(allRatingsWithin(model, 1, 2));
    }

    // j opens the first review in the detail pane.
    view->table()->setFocus();
    QTest::keyClick(&window, Qt::Key_J);
    EXPECT_TRUE(view->detailPane()->isShowingReview());
    EXPECT_FALSE(view->detailPane()->fullText().isEmpty());

    // The engine going away shows as offline, in words; the list stays (it is the replica's).
    const int shown = model.rowCount();
    host.stop();
    bridge.checkHealth();
    desk.sync->wake();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return window.connectionText() == QStringLiteral("Embedded engine · offline — working from this computer");
        },
        kWaitMs))
        << window.connectionText().toStdString();
    window.reviewsView()->refresh();
    ASSERT_TRUE(replaced.wait(kWaitMs));
    EXPECT_EQ(model.rowCount(), shown);
    EXPECT_TRUE(window.reviewsView()->message()->text().isEmpty());
}

}  // namespace
}  // namespace outpost::ui

namespace outpost::ui {
namespace {

TEST(MainWindowTest, AnUnreachableServerShowsOfflineInWords) {
    auto clock = std::make_shared<ManualClock>(testing::at("2026-11-24T15:00:00Z"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A replica of a desk that has never reached its engine.
    ReplicaKeeper keeper(dir.filePath(QStringLiteral("replicas")), clock);
    QSignalSpy prepared(&keeper, &ReplicaKeeper::prepared);
    keeper.prepare(QStringLiteral("frontdesk"), QStringLiteral("a password of the desk"));
    ASSERT_TRUE(prepared.wait(kWaitMs));
    ASSERT_TRUE(keeper.commit().ok());
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    EngineBridge bridge(ConnectionKind::server, QStringLiteral("127.0.0.1"), 1, *clock);
    EngineTransport transport(bridge);
    DeskSyncController sync(*keeper.replica(), transport.transport(), *clock);
    MainWindow window(bridge, sync, *clock);
    window.resize(1400, 860);
    window.show();
    EXPECT_EQ(window.connectionText(), QStringLiteral("Server 127.0.0.1:1 · connecting"));
    bridge.start();
    sync.start();
    window.start();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return window.connectionText() == QStringLiteral("Server 127.0.0.1:1 · offline — working from this computer");
        },
        kWaitMs))
        << window.connectionText().toStdString();
    EXPECT_TRUE(window.isOffline());
    EXPECT_EQ(window.lastSyncText(), QStringLiteral("Not synced yet"));
    EXPECT_EQ(window.pendingText(), QStringLiteral("All changes synced"));
}

}  // namespace
}  // namespace outpost::ui
