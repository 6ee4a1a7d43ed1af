// AuditPresenter with a fake AdminApi: the query the filters make, paging with before=, stale
// answers and the chain check's verdict.

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "fake_admin_api.h"
#include "ui/settings/audit_presenter.h"

namespace outpost::ui {
namespace {

using testing::FakeAdminApi;
using testing::makeEntries;
using testing::makeOrg;

class AuditPresenterTest : public ::testing::Test {
  protected:
    FakeAdminApi api;
    // A fixed zone keeps the date filters' UTC bounds the same on every machine.
    AuditPresenter presenter{api, QTimeZone(QByteArrayLiteral("America/Chicago"))};
};

TEST_F(AuditPresenterTest, StartAsksForTheNewestPage) {
    presenter.start();
    ASSERT_EQ(api.audits.size(), 1u);
    EXPECT_EQ(api.audits[0].query.target(), "/v1/audit?limit=200");
    EXPECT_EQ(api.locationLists.size(), 1u);
    EXPECT_TRUE(presenter.isLoading());
}

TEST_F(AuditPresenterTest, FiltersMakeTheQuery) {
    presenter.start();
    AuditFilter f;
    f.actor = QStringLiteral(" admin ");
    f.actionPrefix = QStringLiteral("user.");
    f.location = QStringLiteral("loc-a");
    f.from = QDate(2026, 11, 1);
    f.to = QDate(2026, 11, 24);
    presenter.setFilter(f);
    ASSERT_EQ(api.audits.size(), 2u);
    // Chicago is UTC-5 until 1 November 02:00, UTC-6 after; "to" includes the whole 24th.
    EXPECT_EQ(api.audits[1].query.target(),
              "/v1/audit?actor=admin&action=user.&location=loc-a&from=2026-11-01T05%3A00%3A00Z"
              "&to=2026-11-25T06%3A00%3A00Z&limit=200");
    presenter.setFilter(f);  // unchanged: no new request
    EXPECT_EQ(api.audits.size(), 2u);
    presenter.setFilter({});
    EXPECT_EQ(api.audits.back().query.target(), "/v1/audit?limit=200");
}

TEST_F(AuditPresenterTest, DatesOutOfOrderAreRefusedBeforeSending) {
    presenter.start();
    AuditFilter f;
    f.from = QDate(2026, 11, 24);
    f.to = QDate(2026, 11, 1);
    presenter.setFilter(f);
    EXPECT_EQ(api.audits.size(), 1u);
    EXPECT_EQ(presenter.errorText(), QStringLiteral("The start date is after the end date: choose dates in order."));
    EXPECT_FALSE(presenter.isLoading());
}

TEST_F(AuditPresenterTest, LoadOlderAsksBeforeTheOldestEntryShown) {
    presenter.start();
    QSignalSpy paging(&presenter, &AuditPresenter::pagingChanged);
    api.audits[0].done(makeEntries(500, 200));
    EXPECT_EQ(presenter.loadedCount(), 200);
    EXPECT_TRUE(presenter.canLoadOlder());
    EXPECT_GE(paging.count(), 1);

    AuditFilter f;
    f.actionPrefix = QStringLiteral("user.");
    presenter.setFilter(f);
    api.audits[1].done(makeEntries(500, 200));
    presenter.loadOlder();
    ASSERT_EQ(api.audits.size(), 3u);
    EXPECT_EQ(api.audits[2].query.target(), "/v1/audit?action=user.&limit=200&before=301");
    EXPECT_FALSE(presenter.canLoadOlder());  // one page at a time
    presenter.loadOlder();
    EXPECT_EQ(api.audits.size(), 3u);

    api.audits[2].done(makeEntries(300, 50));  // a short page: nothing older
    EXPECT_EQ(presenter.loadedCount(), 250);
    EXPECT_FALSE(presenter.canLoadOlder());
}

TEST_F(AuditPresenterTest, StaleAnswersAreIgnored) {
    presenter.start();
    AuditFilter f;
    f.actor = QStringLiteral("admin");
    presenter.setFilter(f);
    api.audits[0].done(makeEntries(900, 3));  // the unfiltered page, too late
    EXPECT_FALSE(presenter.hasLoaded());
    api.audits[1].done(makeEntries(50, 2));
    EXPECT_EQ(presenter.loadedCount(), 2);
}

TEST_F(AuditPresenterTest, ErrorsAreShown) {
    presenter.start();
    api.audits[0].done(Error{ErrorCode::invalid_argument, "from: not a date"});
    EXPECT_EQ(presenter.errorText(), QStringLiteral("The engine could not load the audit log: from: not a date"));
    presenter.refresh();
    api.audits[1].done(makeEntries(10, 10));
    EXPECT_TRUE(presenter.errorText().isEmpty());
}

TEST_F(AuditPresenterTest, VerifyShowsAnIntactChain) {
    QSignalSpy changed(&presenter, &AuditPresenter::verifyChanged);
    presenter.verifyChain();
    EXPECT_EQ(presenter.verifyState(), AuditPresenter::VerifyState::checking);
    ASSERT_EQ(api.verifies.size(), 1u);
    api.verifies[0].done(AuditVerdict{1234, true, std::nullopt, {}});
    EXPECT_EQ(presenter.verifyState(), AuditPresenter::VerifyState::intact);
    EXPECT_EQ(presenter.verifyText(), QStringLiteral("Intact: 1,234 entries checked"));
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(AuditPresenterTest, VerifyShowsTheFirstBrokenEntry) {
    presenter.verifyChain();
    api.verifies[0].done(AuditVerdict{57, false, 57, "the row's hash does not match its contents"});
    EXPECT_EQ(presenter.verifyState(), AuditPresenter::VerifyState::broken);
    EXPECT_EQ(presenter.verifyText(),
              QStringLiteral("Broken at entry 57: the row's hash does not match its contents (57 entries checked). "
                             "Entries from there on may have been altered."));
    presenter.verifyChain();
    api.verifies[1].done(Error{ErrorCode::unavailable, "connection refused"});
    EXPECT_EQ(presenter.verifyState(), AuditPresenter::VerifyState::failed);
}

}  // namespace
}  // namespace outpost::ui
