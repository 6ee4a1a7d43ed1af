// The Front desk screen against a real engine with the demo's members, signed in as the front desk
// of Austin Downtown: a card scan opens the member at once and leaves the field ready, as-you-type
// results picked with the arrows and Enter, a check-in queued offline then confirmed by the sync
// (and a second one within the window warned, not doubled), the walk-in form's inline refusals and
// its lead with consent, and the "today" list.

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include "desk_fixture.h"
#include "ui/reviews/reviews_view.h"
#include "ui/shell/main_window.h"
#include "ui/desk/desk_presenter.h"
#include "ui/desk/desk_view.h"
#include "ui/desk/member_card_pane.h"
#include "ui/desk/today_list.h"
#include "ui/desk/walk_in_dialog.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

using testing::Desk;
using testing::kEngineWaitMs;

const std::string kLocation = "loc-austin-downtown";

struct DeskScreen {
    Desk& desk;
    std::unique_ptr<DeskPresenter> presenter;
    std::unique_ptr<DeskView> view;

    explicit DeskScreen(Desk& d) : desk(d) {
        const auto& session = desk.bridge->session();
        presenter = std::make_unique<DeskPresenter>(*desk.sync, session->locations, session->allLocations,
                                                    *desk.engine.clock);
        view = std::make_unique<DeskView>(*presenter);
        view->resize(1200, 800);
        view->show();
        view->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(view.get()));
        presenter->start();
        view->searchField()->setFocus();
    }

    template <typename T>
    T scalar(const std::string& sql) {
        auto value = desk.keeper->replica()->read([&](store::Database& db) -> Result<T> {
            auto stmt = db.prepare(sql);
            if (!stmt) return stmt.error();
            auto has = stmt->step();
            if (!has) return has.error();
            if (!*has) return make_error(ErrorCode::not_found, "no row for " + sql);
            if constexpr (std::is_same_v<T, std::string>) {
                return stmt->string(0);
            } else {
                return static_cast<T>(stmt->int64(0));
            }
        });
        EXPECT_TRUE(value.ok()) << value.error().message;
        return value.ok() ? *value : T{};
    }

    bool cardOf(std::int64_t id) {
        return QTest::qWaitFor([&] { return presenter->card() && presenter->card()->profile.id.value() == id; },
                               kEngineWaitMs);
    }
    void type(const QString& text) { QTest::keyClicks(view->searchField(), text); }
    void press(Qt::Key key) { QTest::keyClick(view->searchField(), key); }
    QString message() const { return view->message()->isHidden() ? QString() : view->message()->text(); }
};

TEST(DeskViewTest, AScannedCardOpensTheMemberAtOnceAndTheFieldIsReadyForTheNext) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    DeskScreen screen(desk);
    const auto query = "FROM profile WHERE access_card_id IS NOT NULL AND home_location_id = '" + kLocation +
                       "' AND merged_into IS NULL ORDER BY id LIMIT 1";
    const auto id = screen.scalar<std::int64_t>("SELECT id " + query);
    const auto card = screen.scalar<std::string>("SELECT access_card_id " + query);
    const auto name = screen.scalar<std::string>("SELECT first_name || ' ' || last_name " + query);

    // A keyboard-wedge scanner: the digits, fast, then Enter.
    screen.type(QString::fromStdString(card));
    screen.press(Qt::Key_Return);
    ASSERT_TRUE(screen.cardOf(id));
    EXPECT_EQ(screen.view->card()->nameText(), QString::fromStdString(name));
    EXPECT_TRUE(screen.view->searchField()->text().isEmpty());
    EXPECT_TRUE(screen.view->searchField()->hasFocus());
    EXPECT_TRUE(screen.view->results()->isHidden());

    // A card nobody holds says so and keeps the text, for a correction.
    screen.type(QStringLiteral("0000000000"));
    screen.press(Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !screen.message().isEmpty(); }, kEngineWaitMs));
    EXPECT_TRUE(screen.message().contains(QStringLiteral("0000000000")));
    EXPECT_EQ(screen.view->searchField()->text(), QStringLiteral("0000000000"));
    EXPECT_EQ(screen.presenter->card()->profile.id.value(), id);  // the open card stays
}

TEST(DeskViewTest, ResultsComeAsYouTypeAndTheArrowsAndEnterPickOne) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    DeskScreen screen(desk);
    // A last name several members share.
    const auto last = screen.scalar<std::string>(
        "SELECT lower(last_name) FROM profile WHERE merged_into IS NULL GROUP BY lower(last_name) HAVING count(*) >= 3 "
        "ORDER BY count(*) DESC LIMIT 1");
    screen.type(QString::fromStdString(last.substr(0, 4)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.view->results()->count() >= 2; }, kEngineWaitMs));
    EXPECT_FALSE(screen.view->results()->isHidden());
    EXPECT_EQ(screen.view->results()->count(), static_cast<int>(screen.presenter->results().size()));
    for (const auto& hit : screen.presenter->results()) {
        EXPECT_TRUE(QString::fromStdString(hit.first_name + " " + hit.last_name + " " + hit.primary_email)
                        .contains(QString::fromStdString(last.substr(0, 4)), Qt::CaseInsensitive));
    }
    screen.press(Qt::Key_Down);
    screen.press(Qt::Key_Down);
    EXPECT_EQ(screen.view->results()->currentRow(), 1);
    screen.press(Qt::Key_Up);
    screen.press(Qt::Key_Down);
    const auto chosen = screen.presenter->results()[1].id.value();
    screen.press(Qt::Key_Return);
    ASSERT_TRUE(screen.cardOf(chosen));
    EXPECT_TRUE(screen.view->searchField()->text().isEmpty());
    EXPECT_TRUE(screen.view->searchField()->hasFocus());
}

TEST(DeskViewTest, ACheckInIsQueuedOfflineConfirmedBySyncAndASecondOneIsWarnedFirst) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    DeskScreen screen(desk);
    const auto id = screen.scalar<std::int64_t>(
        "SELECT id FROM profile p WHERE home_location_id = '" + kLocation + "' AND membership_status = 'active' AND "
        "merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.profile_id = p.id AND v.visited_at > " +
        std::to_string(desk.engine.clock->now().time_since_epoch().count() - 86400000) + ") ORDER BY id LIMIT 1");
    const std::string visits = "SELECT count(*) FROM visit WHERE source = 'front_desk' AND profile_id = " + std::to_string(id);
    screen.presenter->open(ProfileId(id));
    ASSERT_TRUE(screen.cardOf(id));

    *desk.online = false;
    const qint64 pendingBefore = desk.sync->state().pending;
    screen.press(Qt::Key_F2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !screen.view->card()->confirmationText().isEmpty(); }, kEngineWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.presenter->card()->pending_check_ins == 1; }, kEngineWaitMs));
    EXPECT_TRUE(screen.view->card()->confirmationText().contains(QStringLiteral("waiting to sync")));
    EXPECT_EQ(screen.scalar<int>(visits + " AND id < 0"), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return desk.sync->state().pending == pendingBefore + 1; }, kEngineWaitMs));

    // Enter on the open card (the field is empty) is a check-in too: within the window it warns.
    screen.press(Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.message().contains(QStringLiteral("already checked in")); },
                                kEngineWaitMs));
    EXPECT_TRUE(screen.presenter->awaitingDoubleConfirmation());
    EXPECT_EQ(screen.scalar<int>(visits), 1);
    // Pressed again: they went out and came back.
    screen.press(Qt::Key_F2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.presenter->card()->pending_check_ins == 2; }, kEngineWaitMs));
    EXPECT_EQ(screen.scalar<int>(visits), 2);

    *desk.online = true;
    desk.sync->wake();
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.presenter->card()->pending_check_ins == 0; }, kEngineWaitMs));
    EXPECT_EQ(screen.scalar<int>(visits + " AND id > 0"), 2);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return screen.view->card()->confirmationText().contains(QStringLiteral("synced")); }, kEngineWaitMs));
    EXPECT_FALSE(screen.view->card()->confirmationText().contains(QStringLiteral("waiting")));
}

TEST(DeskViewTest, TheWalkInFormShowsRefusalsBesideTheFieldsAndSavesTheLeadWithItsConsent) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    DeskScreen screen(desk);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !screen.presenter->locationId().empty(); }, kEngineWaitMs));
    WalkInDialog* dialog = screen.view->openWalkIn();
    ASSERT_NE(dialog, nullptr);
    auto save = [&] {
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return dialog->saveButton()->isEnabled(); }, kEngineWaitMs);
    };
    ASSERT_TRUE(save());
    EXPECT_FALSE(dialog->errorText(QStringLiteral("first_name")).isEmpty());

    dialog->field(QStringLiteral("first_name"))->setText(QStringLiteral("Rosa"));
    dialog->field(QStringLiteral("last_name"))->setText(QStringLiteral("Maldonado"));
    ASSERT_TRUE(save());
    EXPECT_TRUE(dialog->errorText(QStringLiteral("first_name")).isEmpty());
    EXPECT_FALSE(dialog->errorText(QStringLiteral("interest")).isEmpty());

    dialog->interest()->setCurrentIndex(1);  // personal training
    dialog->field(QStringLiteral("phone"))->setText(QStringLiteral("555"));
    ASSERT_TRUE(save());
    EXPECT_TRUE(dialog->errorText(QStringLiteral("phone")).contains(QStringLiteral("country code")));

    dialog->field(QStringLiteral("phone"))->clear();
    ASSERT_TRUE(save());
    EXPECT_FALSE(dialog->errorText(QStringLiteral("contact")).isEmpty());
    EXPECT_EQ(screen.scalar<int>("SELECT count(*) FROM lead WHERE name = 'Rosa Maldonado'"), 0);

    dialog->field(QStringLiteral("phone"))->setText(QStringLiteral("+1 (512) 555-0177"));
    dialog->consentSms()->setChecked(true);
    QPointer<WalkInDialog> open(dialog);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !open || open->isHidden(); }, kEngineWaitMs));
    EXPECT_TRUE(screen.message().contains(QStringLiteral("Rosa Maldonado")));
    EXPECT_EQ(screen.scalar<int>("SELECT count(*) FROM lead WHERE name = 'Rosa Maldonado' AND source = 'walk_in' AND "
                                 "phone = '+15125550177' AND interest = 'Personal training' AND consent_sms = 1 AND "
                                 "consent_email = 0 AND consent_text_version = '" +
                                 std::string(WalkInDialog::kConsentTextVersion) + "/en' AND location_id = '" + kLocation + "'"),
              1);
    ASSERT_TRUE(desk.settle());
}

TEST(DeskViewTest, TheTodayListShowsWhoCameWhoIsExpectedAndTheNoShowsAndFollowsACheckIn) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    DeskScreen screen(desk);
    auto names = [&](const std::vector<profiles::SearchHit>& hits) {
        QStringList out;
        for (const auto& h : hits) out << QString::fromStdString(h.first_name + " " + h.last_name);
        return out;
    };
    auto today = [&] {
        auto read = desk.keeper->replica()->read([&](store::Database& db) {
            return profiles::today_at_desk(db, LocationId(kLocation), *desk.engine.clock);
        });
        EXPECT_TRUE(read.ok());
        return read.ok() ? *read : profiles::TodayAtDesk{};
    };
    const auto expected = today();
    ASSERT_FALSE(expected.expected.empty());
    ASSERT_FALSE(expected.checked_in.empty());
    ASSERT_FALSE(expected.no_shows.empty());
    TodayList* list = screen.view->today();
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->names(TodayList::expected) == names(expected.expected); }, kEngineWaitMs));
    EXPECT_EQ(list->names(TodayList::checkedIn), names(expected.checked_in));
    EXPECT_EQ(list->names(TodayList::noShows), names(expected.no_shows));

    // The first expected member arrives half an hour before their booking: a click on the name
    // opens them, F2 checks them in, and they move from expected to checked in.
    const auto arriving = expected.expected.front();
    const QString name = QString::fromStdString(arriving.first_name + " " + arriving.last_name);
    const auto booking = screen.scalar<std::int64_t>("SELECT booking_at FROM profile WHERE id = " +
                                                     std::to_string(arriving.id.value()));
    desk.engine.clock->set(Timestamp(std::chrono::milliseconds(booking)) - std::chrono::minutes(30));
    screen.presenter->reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->names(TodayList::expected) == names(today().expected); }, kEngineWaitMs));
    const int row = static_cast<int>(list->names(TodayList::expected).indexOf(name));
    ASSERT_GE(row, 0);
    QTreeWidgetItem* item = list->topLevelItem(TodayList::expected)->child(row);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    ASSERT_TRUE(screen.cardOf(arriving.id.value()));
    screen.press(Qt::Key_F2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->names(TodayList::checkedIn).contains(name); }, kEngineWaitMs));
    EXPECT_FALSE(list->names(TodayList::expected).contains(name));
    ASSERT_TRUE(desk.settle());
}

TEST(DeskViewTest, TheFrontDeskStartsAtTheCounter) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("frontdesk"), QStringLiteral("outpost-desk-demo")));
    MainWindow window(*desk.bridge, *desk.sync, *desk.engine.clock);
    window.show();
    window.start();
    ASSERT_NE(window.deskView(), nullptr);
    EXPECT_TRUE(window.deskView()->isVisible());
    EXPECT_FALSE(window.reviewsView()->isVisible());
    // Austin Downtown, the desk's one location: nothing to choose.
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.deskView()->locationPicker()->count() == 1; }, kEngineWaitMs));
    EXPECT_EQ(window.deskPresenter()->locationId(), kLocation);
    EXPECT_FALSE(window.deskView()->locationPicker()->isEnabled());
}

}  // namespace
}  // namespace outpost::ui
