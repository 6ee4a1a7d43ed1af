// The Customers screen against a real engine with the demo data: typing a name finds the member
// and opens their profile 360 (fields with sources, consent from the ledger, timeline, a note
// added from the screen), the at-risk panel shows the stored score and its components (and marks
// an old one stale), the merge queue compares two profiles and approves, undoes and rejects with
// a reason (and shows the engine's refusal), and starting outreach lowers the quota left.

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "desk_fixture.h"
#include "ui/customers/at_risk_list.h"
#include "ui/customers/at_risk_panel.h"
#include "ui/customers/consent_dialog.h"
#include "ui/customers/contact_editor.h"
#include "ui/customers/customer_ops_presenter.h"
#include "ui/customers/customers_presenter.h"
#include "ui/customers/customers_screen.h"
#include "ui/customers/engine_customer_api.h"
#include "ui/customers/merge_queue.h"
#include "ui/customers/profile_360.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

using testing::Desk;
using testing::kEngineWaitMs;

struct CustomersUi {
    std::unique_ptr<CustomersPresenter> presenter;
    std::unique_ptr<EngineCustomerApi> api;
    std::unique_ptr<CustomerOpsPresenter> ops;
    std::unique_ptr<CustomersScreen> view;

    CustomersUi(Desk& desk, bool manager, const Clock& clock) {
        presenter = std::make_unique<CustomersPresenter>(*desk.sync, clock);
        if (manager) {
            api = std::make_unique<EngineCustomerApi>(*desk.bridge);
            ops = std::make_unique<CustomerOpsPresenter>(*api, *desk.sync);
        }
        view = std::make_unique<CustomersScreen>(*presenter, ops.get(), clock);
        view->resize(1300, 800);
        view->show();
        if (ops) ops->start();
    }
    ~CustomersUi() {
        view.reset();
        ops.reset();
    }
};

template <typename T>
T scalar(Desk& desk, const std::string& sql) {
    return desk.keeper->replica()->read([&](store::Database& db) {
        auto stmt = db.prepare(sql);
        EXPECT_TRUE(stmt.ok());
        auto has = stmt->step();
        EXPECT_TRUE(has.ok() && *has) << sql;
        if constexpr (std::is_same_v<T, std::string>) {
            return stmt->string(0);
        } else {
            return static_cast<T>(stmt->int64(0));
        }
    });
}

// The member of the front desk's location with a failed payment event and a consent ledger.
std::int64_t memberWithHistory(Desk& desk) {
    return scalar<std::int64_t>(desk,
                                "SELECT e.profile_id FROM profile_event e JOIN consent_event c ON c.profile_id = e.profile_id "
                                "JOIN at_risk_score s ON s.profile_id = e.profile_id WHERE e.type = 'payment_failed' "
                                "ORDER BY e.profile_id LIMIT 1");
}

TEST(CustomersScreenTest, TypingANameOpensTheProfile360AndANoteIsAddedFromIt) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    CustomersUi screen(desk, false, *desk.engine.clock);
    EXPECT_EQ(screen.view->tabs()->count(), 1);  // no merge queue or at-risk list for the front desk
    const auto id = memberWithHistory(desk);
    const auto name = scalar<std::string>(desk, "SELECT first_name || ' ' || last_name FROM profile WHERE id = " +
                                                    std::to_string(id));

    screen.view->searchField()->setFocus();
    QTest::keyClicks(screen.view->searchField(), QString::fromStdString(name));
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.view->results()->count() > 0; }, kEngineWaitMs));
    int row = -1;
    for (int i = 0; i < static_cast<int>(screen.presenter->results().size()); ++i) {
        if (screen.presenter->results()[static_cast<std::size_t>(i)].id.value() == id) row = i;
    }
    ASSERT_GE(row, 0);
    QTest::keyClick(screen.view->searchField(), Qt::Key_Down);  // into the list, on the first match
    EXPECT_TRUE(screen.view->results()->hasFocus());
    for (int i = 0; i < row; ++i) QTest::keyClick(screen.view->results(), Qt::Key_Down);
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.presenter->profile() && screen.presenter->profile()->id.value() == id; },
                                kEngineWaitMs));
    Profile360View* p = screen.view->profile();
    EXPECT_EQ(p->nameLabel()->text(), QString::fromStdString(name));
    EXPECT_EQ(p->fields()->rowCount(), 17);
    EXPECT_GT(p->timeline()->rowCount(), 0);
    bool paymentFailed = false;
    for (int r = 0; r < p->timeline()->rowCount(); ++r) paymentFailed |= p->timeline()->item(r, 2)->text() == "Payment failed";
    EXPECT_TRUE(paymentFailed);
    EXPECT_EQ(p->consent()->rowCount(), 5);
    EXPECT_GT(p->consentHistory()->rowCount(), 0);

    p->showTab(2);
    EXPECT_FALSE(p->addNoteButton()->isEnabled());
    p->noteInput()->setPlainText(QStringLiteral("Asked about the family plan"));
    ASSERT_TRUE(p->addNoteButton()->isEnabled());
    p->addNoteButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p->notes()->rowCount() > 0; }, kEngineWaitMs));
    EXPECT_EQ(p->notes()->item(0, 2)->text(), QStringLiteral("Asked about the family plan"));
    EXPECT_EQ(p->notes()->item(0, 1)->text(), desk.bridge->session()->user.displayName);

    // A contact edit the desk refuses (not a phone number) shows in place and changes nothing.
    p->editContactButton()->click();
    auto* phone = p->contactEditor()->findChild<QLineEdit*>(QStringLiteral("primary_phone"));
    ASSERT_NE(phone, nullptr);
    phone->setText(QStringLiteral("555-12"));
    screen.view->message()->clear();
    p->contactEditor()->findChild<QPushButton*>(QStringLiteral("saveContact"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.view->message()->text().contains(QStringLiteral("international number")); },
                                kEngineWaitMs))
        << screen.view->message()->text().toStdString();
    EXPECT_FALSE(p->fields()->item(3, 1)->text().isEmpty());  // the phone it had
}

// Consent given and withdrawn at the counter: the words are read first, a cancelled dialog
// records nothing, and each entry lands in the ledger with the counter as its source.
TEST(CustomersScreenTest, ConsentIsRecordedAndWithdrawnFromThe360) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    const auto id = memberWithHistory(desk);
    CustomersUi screen(desk, false, *desk.engine.clock);
    screen.presenter->select(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.presenter->profile().has_value(); }, kEngineWaitMs));
    Profile360View* p = screen.view->profile();
    p->showTab(1);
    const int mail = 4;  // the consent table lists sms, email, phone, push, mail
    ASSERT_EQ(p->consent()->item(mail, 1)->text(), QStringLiteral("Never asked"));
    EXPECT_FALSE(p->grantConsentButton()->isEnabled());  // nothing selected yet
    p->consent()->selectRow(mail);
    ASSERT_TRUE(p->grantConsentButton()->isEnabled());
    EXPECT_FALSE(p->revokeConsentButton()->isEnabled());
    const int entries = p->consentHistory()->rowCount();

    p->grantConsentButton()->click();
    auto* dialog = p->findChild<ConsentDialog*>(QStringLiteral("consentDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->words().contains(QStringLiteral("letters by post")));
    dialog->reject();  // they did not agree
    QTest::qWait(50);
    EXPECT_EQ(p->consentHistory()->rowCount(), entries);

    p->grantConsentButton()->click();
    dialog = p->findChild<ConsentDialog*>(QStringLiteral("consentDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->recordButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p->consent()->item(mail, 1)->text() == QStringLiteral("Granted"); }, kEngineWaitMs));
    EXPECT_EQ(p->consentHistory()->rowCount(), entries + 1);
    EXPECT_EQ(p->consent()->item(mail, 3)->text(), QStringLiteral("front_desk"));
    EXPECT_TRUE(p->consent()->item(mail, 4)->text().startsWith(QLatin1String(ConsentDialog::kTextVersion)));
    // The row stays selected across the reload: now only a withdrawal is offered.
    ASSERT_TRUE(p->revokeConsentButton()->isEnabled());
    EXPECT_FALSE(p->grantConsentButton()->isEnabled());

    p->revokeConsentButton()->click();
    dialog = p->findChild<ConsentDialog*>(QStringLiteral("consentDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->recordButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p->consent()->item(mail, 1)->text() == QStringLiteral("Revoked"); }, kEngineWaitMs));
    EXPECT_EQ(p->consentHistory()->rowCount(), entries + 2);
    // Both reached the engine: once synced, the replica holds the engine's two ledger rows.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scalar<int>(desk, "SELECT count(*) FROM consent_event WHERE id > 0 AND channel = 'mail' AND source = "
                                     "'front_desk' AND profile_id = " + std::to_string(id)) == 2;
        },
        kEngineWaitMs));
}

TEST(CustomersScreenTest, TheAtRiskPanelShowsTheStoredScoreAndMarksAnOldOneStale) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    const auto id = memberWithHistory(desk);
    const std::string where = " FROM at_risk_score WHERE profile_id = " + std::to_string(id);
    const int score = scalar<int>(desk, "SELECT score" + where);
    const int recency = scalar<int>(desk, "SELECT recency" + where);
    const int payment = scalar<int>(desk, "SELECT payment" + where);
    const auto value = scalar<std::int64_t>(desk, "SELECT expected_value_cents" + where);

    CustomersUi screen(desk, false, *desk.engine.clock);
    screen.presenter->select(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.presenter->profile().has_value(); }, kEngineWaitMs));
    AtRiskPanel* panel = screen.view->profile()->atRisk();
    EXPECT_EQ(panel->scoreText(), QStringLiteral("%1 / 100").arg(score));
    EXPECT_EQ(panel->barValue(0), recency);
    EXPECT_EQ(panel->barValue(2), payment);
    EXPECT_GT(payment, 0);
    EXPECT_TRUE(panel->reasonText(2).contains(QStringLiteral("Failed payments")) ||
                panel->reasonText(2).contains(QStringLiteral("Latest payment failed")));
    EXPECT_FALSE(panel->isStaleShown());
    EXPECT_TRUE(panel->expectedValueText().contains(QString::number(value / 100)));
    EXPECT_FALSE(panel->computedText().isEmpty());

    // Two days and an hour later the same score is stale.
    ManualClock later(desk.engine.clock->now() + std::chrono::hours(49));
    CustomersUi old(desk, false, later);
    old.presenter->select(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return old.presenter->profile().has_value(); }, kEngineWaitMs));
    EXPECT_TRUE(old.view->profile()->atRisk()->isStaleShown());
    EXPECT_EQ(old.view->profile()->atRisk()->scoreText(), QStringLiteral("%1 / 100").arg(score));
}

TEST(CustomersScreenTest, TheMergeQueueComparesApprovesUndoesAndRejectsWithAReason) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("austin"), QStringLiteral("outpost-manager-demo")));
    CustomersUi screen(desk, true, *desk.engine.clock);
    MergeQueueView* queue = screen.view->mergeQueue();
    ASSERT_NE(queue, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->suggestions()->rowCount() >= 3 && !screen.ops->isBusy(); },
                                kEngineWaitMs));
    const int waiting = queue->suggestions()->rowCount();
    queue->selectSuggestion(0);
    EXPECT_GT(queue->compare()->rowCount(), 10);
    EXPECT_GT(queue->differingRows(), 0);  // at least the email differs
    EXPECT_LT(queue->differingRows(), queue->compare()->rowCount());  // and the name does not
    EXPECT_TRUE(queue->approveButton()->isEnabled());
    EXPECT_FALSE(queue->rejectButton()->isEnabled());  // not without a reason

    queue->approveButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->merges()->rowCount() == 1 && !screen.ops->isBusy(); }, kEngineWaitMs));
    EXPECT_EQ(queue->suggestions()->rowCount(), waiting - 1);
    EXPECT_EQ(screen.view->message()->text().isEmpty(), false);
    queue->selectMerge(0);
    ASSERT_TRUE(queue->unmergeButton()->isEnabled());
    queue->unmergeButton()->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return queue->merges()->item(0, 4)->text().startsWith(QStringLiteral("Undone")) && !screen.ops->isBusy(); },
        kEngineWaitMs));
    queue->selectMerge(0);
    EXPECT_FALSE(queue->unmergeButton()->isEnabled());

    // The list refreshed under the user keeps the suggestion they were looking at.
    ASSERT_GE(queue->suggestions()->rowCount(), 2);
    queue->selectSuggestion(1);
    const auto looked = screen.ops->suggestions()[1].id;
    screen.ops->loadMergeQueue();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !screen.ops->isBusy(); }, kEngineWaitMs));
    EXPECT_EQ(queue->suggestions()->currentRow(), 1);
    EXPECT_EQ(screen.ops->suggestions()[1].id, looked);

    queue->selectSuggestion(0);
    QTest::keyClicks(queue->reasonInput(), QStringLiteral("Different people: siblings"));
    ASSERT_TRUE(queue->rejectButton()->isEnabled());
    queue->rejectButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->suggestions()->rowCount() == waiting - 2 && !screen.ops->isBusy(); },
                                kEngineWaitMs));

    // Decided elsewhere meanwhile: the engine refuses, and the screen says why.
    ASSERT_FALSE(screen.ops->suggestions().empty());
    queue->selectSuggestion(0);
    const auto id = screen.ops->suggestions().front().id;
    bool answered = false;
    desk.bridge->send(QStringLiteral("POST"), QStringLiteral("/v1/merge-candidates/%1/reject").arg(id), QByteArrayLiteral("{}"),
                      [&](Result<Json>) { answered = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, kEngineWaitMs));
    screen.view->message()->clear();
    queue->approveButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !screen.view->message()->text().isEmpty() && !screen.ops->isBusy(); },
                                kEngineWaitMs));
    EXPECT_TRUE(screen.view->message()->text().contains(QStringLiteral("rejected"))) << screen.view->message()->text().toStdString();
}

TEST(CustomersScreenTest, StartingOutreachCreatesATaskAndLowersTheQuotaLeft) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("austin"), QStringLiteral("outpost-manager-demo")));
    CustomersUi screen(desk, true, *desk.engine.clock);
    AtRiskListView* list = screen.view->atRiskList();
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.ops->board() && list->table()->rowCount() > 0; }, kEngineWaitMs));
    const auto& board = *screen.ops->board();
    const auto before = board.left;
    ASSERT_GT(before, 0);
    EXPECT_TRUE(list->quotaLabel()->text().contains(QStringLiteral("%1 left").arg(before)));
    for (std::size_t i = 1; i < board.members.size(); ++i) {
        EXPECT_GE(board.members[i - 1].expectedValueCents, board.members[i].expectedValueCents);
    }
    list->selectRow(0);
    const auto member = board.members.front().profileId;
    EXPECT_EQ(list->panel()->scoreText(), QStringLiteral("%1 / 100").arg(board.members.front().score));
    ASSERT_TRUE(list->outreachButton()->isEnabled());
    list->noteInput()->setText(QStringLiteral("Offer a free session"));
    list->outreachButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.ops->board() && screen.ops->board()->left == before - 1 && !screen.ops->isBusy(); },
                                kEngineWaitMs));
    EXPECT_TRUE(list->quotaLabel()->text().contains(QStringLiteral("%1 left").arg(before - 1)));
    // The task reaches the manager's desk with the next sync.
    desk.sync->wake();
    const std::string task = "SELECT count(*) FROM task WHERE type = 'at_risk_outreach' AND profile_id = " + std::to_string(member);
    ASSERT_TRUE(QTest::qWaitFor([&] { return scalar<int>(desk, task) == 1; }, kEngineWaitMs));

    // Another location of the manager has its own list and quota.
    ASSERT_GE(list->locationBox()->count(), 2);
    const int other = list->locationBox()->currentIndex() == 0 ? 1 : 0;
    const std::string otherId = list->locationBox()->itemData(other).toString().toStdString();
    screen.ops->showLocation(otherId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.ops->board() && screen.ops->board()->locationId == otherId; },
                                kEngineWaitMs));
    EXPECT_EQ(screen.ops->board()->used, 0);
}

}  // namespace
}  // namespace outpost::ui
