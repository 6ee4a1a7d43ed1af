// The Tasks screen against a real engine with the demo's tasks: the front desk's queue with its
// own work first, the card of a taken-over task, buttons that follow what the person may do, a
// claim that shows at once, and no team board for someone who does not manage tasks.

#include <gtest/gtest.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "desk_fixture.h"
#include "ui/tasks/task_card_pane.h"
#include "ui/tasks/tasks_presenter.h"
#include "ui/tasks/tasks_view.h"

namespace outpost::ui {
namespace {

using testing::Desk;
using testing::kEngineWaitMs;

const QString kTakenOver = QStringLiteral("demo-loc-austin-downtown-0");
const QString kAwaitingApproval = QStringLiteral("demo-loc-austin-downtown-2");

struct TasksScreen {
    std::unique_ptr<TasksPresenter> presenter;
    std::unique_ptr<TasksView> view;

    explicit TasksScreen(Desk& desk) {
        const auto& session = desk.bridge->session();
        presenter = std::make_unique<TasksPresenter>(*desk.sync, ActingUser{session->user.id, session->user.displayName},
                                                     session->user.role, *desk.engine.clock);
        view = std::make_unique<TasksView>(*presenter);
        presenter->start();
    }

    bool showCard(const QString& id) {
        if (!QTest::qWaitFor([&] { return !presenter->queue().empty(); }, kEngineWaitMs)) return false;
        if (!view->selectTask(id)) return false;
        return QTest::qWaitFor([&] { return presenter->card() && presenter->card()->task.id == id.toStdString(); },
                               kEngineWaitMs);
    }
    QPushButton* button(const char* name) const { return view->card()->button(QString::fromLatin1(name)); }
};

TEST(TasksViewTest, TheFrontDeskSeesItsOwnWorkFirstAndTheCardOfATakenOverCustomer) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    TasksScreen screen(desk);
    ASSERT_TRUE(screen.showCard(kTakenOver));
    const auto me = desk.bridge->session()->user.id;
    const auto& queue = screen.presenter->queue();
    ASSERT_GE(queue.size(), 2u);
    EXPECT_EQ(screen.view->queueTable()->rowCount(), static_cast<int>(queue.size()));
    for (const auto& t : queue) EXPECT_TRUE(!t.owner_id || *t.owner_id == me) << t.id;
    EXPECT_EQ(screen.view->tabs()->count(), 1);  // no team board for the front desk

    const auto& card = *screen.presenter->card();
    EXPECT_EQ(card.automation_paused_by, desk.bridge->session()->user.displayName.toStdString());
    EXPECT_FALSE(screen.button("claim")->isEnabled());
    EXPECT_FALSE(screen.button("takeOver")->isEnabled());  // already taken over
    EXPECT_TRUE(screen.button("release")->isEnabled());
    EXPECT_TRUE(screen.button("waiting")->isEnabled());
    EXPECT_FALSE(screen.button("approve")->isVisible());

    // Their own request waits for someone else.
    ASSERT_TRUE(screen.showCard(kAwaitingApproval));
    EXPECT_FALSE(screen.button("approve")->isHidden());
    EXPECT_FALSE(screen.button("approve")->isEnabled());
    EXPECT_FALSE(screen.button("resolve")->isEnabled());
}

TEST(TasksViewTest, AClaimFromTheCardShowsAtOnceAndWaitsToSyncOffline) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    TasksScreen screen(desk);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !screen.presenter->queue().empty(); }, kEngineWaitMs));
    QString unclaimed;
    for (const auto& t : screen.presenter->queue()) {
        if (!t.owner_id) unclaimed = QString::fromStdString(t.id);
    }
    ASSERT_FALSE(unclaimed.isEmpty());
    ASSERT_TRUE(screen.showCard(unclaimed));
    *desk.online = false;
    ASSERT_TRUE(screen.button("claim")->isEnabled());
    screen.button("claim")->click();
    const auto me = desk.bridge->session()->user.id;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto& card = screen.presenter->card();
            return card && card->task.owner_id == me && card->task.pending_sync;
        },
        kEngineWaitMs));
    EXPECT_FALSE(screen.button("claim")->isEnabled());
    EXPECT_TRUE(screen.button("release")->isEnabled());
    *desk.online = true;
    desk.sync->wake();
    ASSERT_TRUE(QTest::qWaitFor([&] { return desk.sync->state().pending == 0; }, kEngineWaitMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto& card = screen.presenter->card();
            return card && !card->task.pending_sync && card->task.owner_id == me;
        },
        kEngineWaitMs));
}

TEST(TasksViewTest, ManagersHaveATeamBoardWithEveryonesLoad) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("austin"), QStringLiteral("outpost-manager-demo")));
    TasksScreen screen(desk);
    ASSERT_EQ(screen.view->tabs()->count(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.view->boardTable()->rowCount() >= 2; }, kEngineWaitMs));
    QStringList people;
    for (int row = 0; row < screen.view->boardTable()->rowCount(); ++row) {
        people << screen.view->boardTable()->item(row, 0)->text();
    }
    EXPECT_TRUE(people.contains(QStringLiteral("Jamie Chen"))) << people.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(people.last(), QStringLiteral("Unassigned"));
}

}  // namespace
}  // namespace outpost::ui
