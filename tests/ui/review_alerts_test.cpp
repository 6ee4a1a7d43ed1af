// Alerts and imports on the Reviews screen against a real engine: the demo's complaint spike in the
// banner with its counts and Acknowledge; a corporate user's import (through the import dialog)
// that raises a fake-review burst, announced to the manager's desk as a new alert; the dialog's
// summary with each bad row's line and reason, an engine error shown in place, and the Import
// button only for corporate roles.

#include <gtest/gtest.h>

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "desk_fixture.h"
#include "ui/reviews/alert_banner.h"
#include "ui/reviews/alerts_presenter.h"
#include "ui/reviews/import_dialog.h"
#include "ui/reviews/reviews_extras.h"
#include "ui/reviews/reviews_presenter.h"
#include "ui/reviews/reviews_view.h"
#include "ui/sync/core_sync.h"
#include "ui/sync/replica_review_source.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

using testing::Desk;
using testing::kEngineWaitMs;

ImportDialog::Sender senderOf(EngineBridge& bridge) {
    return [&bridge](const QString& method, const QString& path, const QByteArray& body,
                     std::function<void(Result<Json>)> done) { return bridge.send(method, path, body, std::move(done)); };
}

TEST(ReviewAlertsTest, TheDemoSpikeIsShownWithItsCountsAndAcknowledgedForEveryone) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("austin"), QStringLiteral("outpost-manager-demo")));
    AlertsPresenter alerts(*desk.sync, *desk.engine.clock);
    AlertBanner banner(alerts);
    QSignalSpy news(&alerts, &AlertsPresenter::newAlert);
    alerts.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner.rowCount() == 1; }, kEngineWaitMs));
    EXPECT_FALSE(banner.isHidden());
    EXPECT_TRUE(banner.rowText(0).startsWith(QStringLiteral("Complaint spike at Austin Mueller: 4 complaints in 30 minutes")))
        << banner.rowText(0).toStdString();
    EXPECT_EQ(news.count(), 0);  // there before the desk looked: not news

    banner.acknowledgeButton(0)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner.rowCount() == 0; }, kEngineWaitMs));
    EXPECT_TRUE(banner.isHidden());
    const std::string by = desk.keeper->replica()->read([](store::Database& db) {
        auto s = db.prepare("SELECT acknowledged_name FROM alert WHERE acknowledged_at IS NOT NULL");
        return s && s->step().value_or(false) ? s->string(0) : std::string();
    });
    EXPECT_EQ(by, "Luis Ortega");
    ASSERT_TRUE(QTest::qWaitFor([&] { return desk.sync->state().pending == 0; }, kEngineWaitMs));  // the engine took it
    EXPECT_EQ(desk.keeper->replica()->issues().size(), 0u);
}

TEST(ReviewAlertsTest, AnImportThatRaisesABurstIsAnnouncedToTheManagersDesk) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("austin"), QStringLiteral("outpost-manager-demo")));
    AlertsPresenter alerts(*desk.sync, *desk.engine.clock);
    QSignalSpy news(&alerts, &AlertsPresenter::newAlert);
    alerts.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return alerts.hasLoaded(); }, kEngineWaitMs));

    // Five five-star reviews from brand-new accounts in a quarter of an hour, and one bad record.
    Json reviews = Json::array();
    const Timestamp now = desk.engine.clock->now();
    const char* texts[] = {"Best gym ever, five stars from me", "Amazing trainers and spotless lockers all week",
                           "Great vibe, I will bring my whole family here", "Top equipment, friendly staff, love it",
                           "Wonderful classes every single morning"};
    for (int i = 0; i < 5; ++i) {
        reviews.push_back({{"platform", "google"}, {"location_id", "loc-austin-downtown"}, {"rating", 5},
                           {"text", texts[i]},
                           {"author", "New Account " + std::to_string(i)},
                           {"posted_at", format_iso8601(now - std::chrono::minutes(3 * i + 1))},
                           {"platform_id", "burst-" + std::to_string(i)}, {"author_review_count", 1}});
    }
    reviews.push_back({{"platform", "google"}, {"location_id", "loc-austin-downtown"}, {"rating", 9}, {"text", "Nine stars for the smoothies"}, {"author", "Pat Quinn"},
                       {"posted_at", format_iso8601(now)}, {"platform_id", "burst-bad"}});
    const QString path = desk.engine.dir.filePath(QStringLiteral("burst.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(Json{{"reviews", reviews}}.dump()));
    file.close();

    EngineBridge ops(ConnectionKind::embedded, QStringLiteral("127.0.0.1"), desk.engine.host.port(), *desk.engine.clock);
    ops.start();
    ASSERT_FALSE(testing::signIn(ops, QStringLiteral("ops"), QStringLiteral("outpost-ops-demo")));
    ImportDialog dialog(senderOf(ops));
    dialog.setFile(path);
    dialog.setFormat(QString());  // detect
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.startImport();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.summaryText().isEmpty() || !dialog.message()->text().isEmpty(); },
                                kEngineWaitMs));
    EXPECT_TRUE(dialog.message()->text().isEmpty()) << dialog.message()->text().toStdString();
    EXPECT_TRUE(dialog.summaryText().startsWith(
        QStringLiteral("Imported: 5 · Duplicates skipped: 0 · Bad rows: 1")))
        << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Alerts raised: 1")));
    ASSERT_EQ(dialog.errorTable()->rowCount(), 1);
    EXPECT_EQ(dialog.errorTable()->item(0, 0)->text(), QStringLiteral("record 5"));
    EXPECT_TRUE(dialog.errorTable()->item(0, 1)->text().contains(QStringLiteral("rating")));
    ASSERT_EQ(imported.count(), 1);

    desk.sync->wake();
    ASSERT_TRUE(QTest::qWaitFor([&] { return news.count() == 1; }, kEngineWaitMs));
    EXPECT_EQ(news.at(0).at(0).toString(), QStringLiteral("Suspected fake-review burst at Austin Downtown"));
    EXPECT_EQ(news.at(0).at(1).toString(), QStringLiteral("5 reviews from new accounts in 60 minutes"));
}

TEST(ReviewAlertsTest, TheImportDialogShowsBadRowsAndTheEnginesErrorAndOnlyCorporateSeesIt) {
    std::function<void(Result<Json>)> pending;
    QByteArray sent;
    ImportDialog dialog([&](const QString&, const QString& path, const QByteArray& body, std::function<void(Result<Json>)> done) {
        EXPECT_EQ(path, QStringLiteral("/v1/imports/reviews"));
        sent = body;
        pending = std::move(done);
        return quint64{1};
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("yelp.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("platform,location_id,rating,text,author,posted_at,platform_id\n");
    file.close();
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    dialog.setFile(path);
    dialog.setFormat(QStringLiteral("csv"));
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    dialog.startImport();
    ASSERT_TRUE(pending);
    EXPECT_FALSE(dialog.importButton()->isEnabled());  // one upload at a time
    auto body = parse_json(sent.toStdString());
    ASSERT_TRUE(body.ok());
    EXPECT_EQ((*body)["format"], "csv");
    EXPECT_EQ((*body)["file_name"], "yelp.csv");
    pending(Json{{"imported", 3}, {"duplicates", 2}, {"near_duplicates", 1}, {"rejected", 2}, {"format", "csv"},
                 {"errors", {{{"where", "line 4"}, {"reason", "rating: must be 1 to 5"}},
                             {{"where", "line 9"}, {"reason", "location: unknown location atlantis"}}}}});
    EXPECT_TRUE(dialog.summaryText().startsWith(QStringLiteral("Imported: 3 · Duplicates skipped: 2 · Bad rows: 2")));
    ASSERT_EQ(dialog.errorTable()->rowCount(), 2);
    EXPECT_EQ(dialog.errorTable()->item(1, 0)->text(), QStringLiteral("line 9"));
    EXPECT_EQ(dialog.errorTable()->item(1, 1)->text(), QStringLiteral("location: unknown location atlantis"));

    dialog.startImport();
    pending(Result<Json>(make_error(ErrorCode::permission_denied, "only corporate users import reviews")));
    EXPECT_EQ(dialog.message()->text(), QStringLiteral("The engine did not import the file: only corporate users import reviews"));
    EXPECT_TRUE(dialog.summaryText().isEmpty());
    EXPECT_TRUE(dialog.errorTable()->isHidden());
}

TEST(ReviewAlertsTest, TheImportButtonIsThereForCorporateRolesOnly) {
    Desk desk;
    ASSERT_TRUE(desk.open(QStringLiteral("austin"), QStringLiteral("outpost-manager-demo")));
    const auto& session = desk.bridge->session();
    const ActingUser me{session->user.id, session->user.displayName};
    ReplicaReviewSource source(*desk.sync, me, *desk.engine.clock);
    ReviewsPresenter presenter(source, *desk.engine.clock, &source);
    ReviewsView view(presenter);
    ReviewsExtras manager(view, *desk.sync, me, Role::location_manager, *desk.engine.clock, senderOf(*desk.bridge));
    EXPECT_EQ(manager.importButton(), nullptr);
    ReviewsView corporateView(presenter);
    ReviewsExtras corporate(corporateView, *desk.sync, me, Role::corporate_ops, *desk.engine.clock, senderOf(*desk.bridge));
    ASSERT_NE(corporate.importButton(), nullptr);
    corporate.importButton()->click();
    ImportDialog* dialog = corporateView.findChild<ImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
}

}  // namespace
}  // namespace outpost::ui
