// The console working from the replica against a real engine: the same list as the engine's,
// actions that show at once and wait while the network is down, refused changes in the Sync
// issues panel, and the replica files a password reset leaves behind. Waits on conditions only.

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "desk_fixture.h"
#include "ui/reviews/review_detail_pane.h"
#include "ui/reviews/reviews_presenter.h"
#include "ui/reviews/reviews_view.h"
#include "ui/shell/main_window.h"
#include "ui/sync/replica_review_source.h"
#include "ui/sync/sync_issues_dialog.h"
#include "ui/sync/sync_issues_model.h"

namespace outpost::ui {
namespace {

using testing::Desk;
using testing::kEngineWaitMs;

const QString kManager = QStringLiteral("austin");
const QString kManagerPassword = QStringLiteral("outpost-manager-demo");

std::vector<std::int64_t> idsOf(const ReviewPageData& page) {
    std::vector<std::int64_t> ids;
    for (const auto& r : page.reviews) ids.push_back(r.id.value());
    return ids;
}

std::optional<ReviewPageData> reviewsFrom(ReviewSource& source, const ReviewQuery& query) {
    QSignalSpy ready(&source, &ReviewSource::reviewsReady);
    QSignalSpy failed(&source, &ReviewSource::requestFailed);
    source.requestReviews(query);
    if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, kEngineWaitMs) || ready.isEmpty()) {
        return std::nullopt;
    }
    return ready.at(0).at(1).value<ReviewPageData>();
}

std::optional<OrgSnapshot> locationsFrom(ReviewSource& source) {
    QSignalSpy ready(&source, &ReviewSource::locationsReady);
    source.requestLocations();
    if (!ready.wait(kEngineWaitMs)) return std::nullopt;
    return ready.at(0).at(1).value<OrgSnapshot>();
}

TEST(ReplicaSyncTest, TheReplicaListsWhatTheEngineListsForAScopedUser) {
    Desk desk;
    ASSERT_TRUE(desk.open(kManager, kManagerPassword));
    ReplicaReviewSource replica(*desk.sync, {desk.bridge->session()->user.id, desk.bridge->session()->user.displayName},
                                *desk.engine.clock);

    ReviewQuery everything;
    everything.limit = 1000;
    ReviewQuery negative;
    negative.maxRating = 2;
    negative.limit = 50;
    negative.offset = 10;
    ReviewQuery oneLocation;
    oneLocation.locations = {"loc-austin-mueller"};
    oneLocation.platform = Platform::google;
    for (const ReviewQuery& query : {everything, negative, oneLocation}) {
        auto fromEngine = reviewsFrom(*desk.bridge, query);
        auto fromReplica = reviewsFrom(replica, query);
        ASSERT_TRUE(fromEngine && fromReplica) << query.target();
        EXPECT_GT(fromEngine->total, 0) << query.target();
        EXPECT_EQ(fromReplica->total, fromEngine->total) << query.target();
        EXPECT_EQ(idsOf(*fromReplica), idsOf(*fromEngine)) << query.target();
    }

    auto engineOrg = locationsFrom(*desk.bridge);
    auto replicaOrg = locationsFrom(replica);
    ASSERT_TRUE(engineOrg && replicaOrg);
    ASSERT_EQ(replicaOrg->locations.size(), 2u);
    EXPECT_EQ(replicaOrg->locations.size(), engineOrg->locations.size());
    EXPECT_EQ(replicaOrg->regions.size(), engineOrg->regions.size());
    EXPECT_EQ(replicaOrg->brands.size(), engineOrg->brands.size());
}

struct Console {
    Desk desk;
    std::unique_ptr<MainWindow> window;

    bool open() {
        if (!desk.open(kManager, kManagerPassword)) return false;
        window = std::make_unique<MainWindow>(*desk.bridge, *desk.sync, *desk.engine.clock);
        window->resize(1400, 860);
        window->show();
        QSignalSpy ready(window.get(), &MainWindow::contentReady);
        window->start();
        return ready.wait(kEngineWaitMs);
    }

    ~Console() { window.reset(); }

    // The first open review of the list, selected in the view.
    qint64 selectOpenReview() {
        ReviewTableModel* model = window->reviewsPresenter().model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const Review* review = model->reviewAt(row);
            if (review->status == ReviewStatus::open && !review->assigned_user_id) {
                return window->reviewsView()->selectReview(review->id.value()) ? review->id.value() : 0;
            }
        }
        return 0;
    }

    std::optional<ReviewDetail> detail(qint64 id) { return window->reviewsPresenter().detailOf(id); }
};

TEST(ReplicaSyncTest, AnActionWhileOfflineShowsAtOnceWaitsAndLandsAfterReconnecting) {
    Console console;
    ASSERT_TRUE(console.open());
    MainWindow& window = *console.window;
    EXPECT_EQ(window.pendingText(), QStringLiteral("All changes synced"));
    EXPECT_TRUE(window.connectionText().startsWith(QStringLiteral("Embedded engine · online")))
        << window.connectionText().toStdString();

    *console.desk.online = false;
    const qint64 id = console.selectOpenReview();
    ASSERT_NE(id, 0);
    ReviewDetailPane* pane = window.reviewsView()->detailPane();
    ASSERT_TRUE(pane->actionsEnabled());
    pane->toggleResolved();
    pane->toggleAssigned();

    // Applied at once, marked pending, and counted.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto d = console.detail(id);
            return d && d->statusValue == ReviewStatus::resolved && d->assignedToMe && d->pending;
        },
        kEngineWaitMs));
    EXPECT_EQ(pane->statusText(), QStringLiteral("Resolved · pending"));
    EXPECT_EQ(pane->assigneeText(), QStringLiteral("Assigned to Luis Ortega"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.pendingText() == QStringLiteral("2 changes waiting to sync"); },
                                kEngineWaitMs))
        << window.pendingText().toStdString();
    // The round the commands woke could not reach the engine: the window says offline in words.
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isOffline(); }, kEngineWaitMs));
    EXPECT_EQ(window.connectionText(), QStringLiteral("Embedded engine · offline — working from this computer"));

    // The network is back: the commands land on the engine and the marks go.
    *console.desk.online = true;
    console.desk.sync->wake();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto d = console.detail(id);
            return window.pendingText() == QStringLiteral("All changes synced") && d && !d->pending;
        },
        kEngineWaitMs))
        << window.pendingText().toStdString();
    EXPECT_FALSE(window.isOffline());
    ReviewQuery resolved;
    resolved.statuses = {ReviewStatus::resolved};
    resolved.limit = 1000;
    auto onEngine = reviewsFrom(*console.desk.bridge, resolved);
    ASSERT_TRUE(onEngine.has_value());
    const auto ids = idsOf(*onEngine);
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end());
    EXPECT_TRUE(window.lastSyncText().startsWith(QStringLiteral("Last sync")));
}

TEST(ReplicaSyncTest, AReplyDraftIsSavedListedAndDiscarded) {
    Console console;
    ASSERT_TRUE(console.open());
    const qint64 id = console.selectOpenReview();
    ASSERT_NE(id, 0);
    ReviewDetailPane* pane = console.window->reviewsView()->detailPane();
    *console.desk.online = false;
    pane->draftEditor()->setPlainText(QStringLiteral("Thank you, we are on it."));
    pane->saveDraft();
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane->draftCount() == 1; }, kEngineWaitMs));
    const auto& drafts = console.window->reviewsPresenter().drafts();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].authorName, QStringLiteral("Luis Ortega"));
    EXPECT_TRUE(drafts[0].pending);
    EXPECT_TRUE(drafts[0].conflictWith.isEmpty());
    EXPECT_NE(pane->draftsList()->findChild<QWidget*>(QStringLiteral("draftPending")), nullptr);

    pane->discardDraft(drafts[0].id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane->draftCount() == 0; }, kEngineWaitMs));
}

TEST(ReplicaSyncTest, ARefusedChangeIsListedAndCanBeRetriedOrDiscarded) {
    Console console;
    ASSERT_TRUE(console.open());
    MainWindow& window = *console.window;
    DeskSyncController& sync = *console.desk.sync;
    const qint64 id = console.selectOpenReview();
    ASSERT_NE(id, 0);

    // An assignment to a person the engine does not know: applied here, refused there.
    bool queued = false;
    window.reviewActions().submit("review.assign", {{"review_id", id}, {"user_id", 999999}, {"user_name", "Nobody"}},
                                  [&](Result<void> r) { queued = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return sync.state().issues == 1 && sync.state().pending == 0; }, kEngineWaitMs));
    EXPECT_TRUE(queued);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.issuesText() == QStringLiteral("1 sync issue"); }, kEngineWaitMs))
        << window.issuesText().toStdString();
    // Its effect was undone.
    ASSERT_TRUE(QTest::qWaitFor([&] { return console.detail(id) && console.detail(id)->assignee.isEmpty(); },
                                kEngineWaitMs));

    SyncIssuesDialog* dialog = window.showSyncIssues();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 1; }, kEngineWaitMs));
    const QString change = dialog->model()->index(0, SyncIssuesModel::ChangeColumn).data().toString();
    const QString reason = dialog->model()->index(0, SyncIssuesModel::ReasonColumn).data().toString();
    EXPECT_EQ(change, QStringLiteral("Assign review %1 to Nobody").arg(id));
    EXPECT_TRUE(reason.contains(QStringLiteral("999999"))) << reason.toStdString();
    EXPECT_TRUE(dialog->retryButton()->isEnabled());

    // Retry queues it again (as a new change): it leaves the list and waits to sync.
    *console.desk.online = false;
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 0 && sync.state().pending == 1; },
                                kEngineWaitMs));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.issuesText().isEmpty(); }, kEngineWaitMs));

    // Refused again once it reaches the engine; Discard forgets it.
    *console.desk.online = true;
    sync.wake();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 1 && sync.state().pending == 0; },
                                kEngineWaitMs));
    dialog->selectRow(0);
    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 0 && sync.state().issues == 0; },
                                kEngineWaitMs));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.issuesText().isEmpty(); }, kEngineWaitMs));
}

TEST(ReplicaKeeperTest, APasswordThatNoLongerOpensTheReplicaMovesItAsideOnlyAfterALogin) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto clock = std::make_shared<ManualClock>(testing::at("2026-11-24T15:00:00Z"));
    const QString folder = dir.filePath(QStringLiteral("replicas/embedded"));
    ReplicaKeeper keeper(folder, clock);
    auto prepare = [&](const QString& password) -> std::optional<QString> {
        QSignalSpy prepared(&keeper, &ReplicaKeeper::prepared);
        QSignalSpy failed(&keeper, &ReplicaKeeper::failed);
        keeper.prepare(QStringLiteral("Austin"), password);
        if (!QTest::qWaitFor([&] { return prepared.count() + failed.count() > 0; }, kEngineWaitMs)) return std::nullopt;
        if (prepared.isEmpty()) return std::nullopt;
        return prepared.at(0).at(0).toString();
    };

    // First login: a new replica, kept only once the engine said yes.
    const auto first = prepare(QStringLiteral("first password"));
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(keeper.commit().ok());
    const QString db = QDir(folder).filePath(QStringLiteral("austin.db"));
    const QString salt = QDir(folder).filePath(QStringLiteral("austin.salt"));
    ASSERT_TRUE(QFileInfo::exists(db));
    ASSERT_TRUE(QFileInfo::exists(salt));
    EXPECT_EQ(QFileInfo(salt).size(), 16);
    EXPECT_EQ(QFileInfo(salt).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    keeper.close();

    // The same password opens the same replica (the same sync client).
    EXPECT_EQ(prepare(QStringLiteral("first password")), first);
    ASSERT_TRUE(keeper.commit().ok());
    keeper.close();

    // Another password, refused by the engine: nothing moves.
    const auto refused = prepare(QStringLiteral("a wrong password"));
    ASSERT_TRUE(refused.has_value());
    EXPECT_NE(refused, first);
    keeper.abandon();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 2) << QDir(folder).entryList(QDir::Files).join(u' ').toStdString();

    // Another password the engine accepted (it was reset): the old file is kept aside, a new one is used.
    const auto fresh = prepare(QStringLiteral("the new password"));
    ASSERT_TRUE(fresh.has_value());
    auto aside = keeper.commit();
    ASSERT_TRUE(aside.ok());
    EXPECT_TRUE(aside->endsWith(QStringLiteral("austin-20261124-150000.db"))) << aside->toStdString();
    EXPECT_TRUE(QFileInfo::exists(*aside));
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("austin-20261124-150000.salt"))));
    ASSERT_NE(keeper.replica(), nullptr);
    EXPECT_EQ(QString::fromStdString(keeper.replica()->client_id()), *fresh);
    EXPECT_TRUE(QFileInfo::exists(db));
}

}  // namespace
}  // namespace outpost::ui
