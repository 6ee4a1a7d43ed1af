// ReviewTableModel under QAbstractItemModelTester: resets, pages appended, sorting through a proxy.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include "fake_review_source.h"
#include "ui/reviews/review_table_model.h"

namespace outpost::ui {
namespace {

using testing::makeOrg;
using testing::makePage;
using testing::makeReview;

// Collects what the model tester reports, so that a broken invariant fails the test.
class ModelTesterMessages {
  public:
    ModelTesterMessages() {
        s_messages.clear();
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext& context, const QString& text) {
            if (context.category && QByteArray(context.category).startsWith("qt.modeltest")) s_messages << text;
        });
    }
    ~ModelTesterMessages() { qInstallMessageHandler(m_previous); }
    [[nodiscard]] QStringList messages() const { return s_messages; }

  private:
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

class ReviewTableModelTest : public ::testing::Test {
  protected:
    void SetUp() override { directory.reset(makeOrg()); }
    LocationDirectory directory;
};

TEST_F(ReviewTableModelTest, PassesTheModelTesterThroughResetsAndPages) {
    ModelTesterMessages messages;
    ReviewTableModel model(directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    auto first = makePage(1, 200, 450);
    model.resetReviews(first.reviews, first.total);
    EXPECT_EQ(model.rowCount(), 200);
    auto second = makePage(201, 200, 450, 200);
    model.appendReviews(second.reviews, second.total);
    EXPECT_EQ(model.rowCount(), 400);
    model.locationsChanged();
    model.appendReviews({}, 450);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(ReviewTableModelTest, ShowsEachColumnForPeople) {
    ReviewTableModel model(directory);
    std::vector<Review> reviews{makeReview(1, 2, "loc-a", "2026-11-24T15:01:00Z")};
    model.resetReviews(reviews, 1);
    EXPECT_EQ(model.columnCount(), ReviewTableModel::ColumnCount);
    EXPECT_EQ(model.index(0, ReviewTableModel::LocationColumn).data().toString(), QStringLiteral("Riverside"));
    EXPECT_EQ(model.index(0, ReviewTableModel::PlatformColumn).data().toString(), QStringLiteral("Google"));
    EXPECT_EQ(model.index(0, ReviewTableModel::AuthorColumn).data().toString(), QStringLiteral("Member 1"));
    // The column shows the viewer's time, in order across zones; the tooltip the location's own:
    // 15:00 UTC is 09:00 in Chicago (CST, UTC-6) on 24 November.
    const QModelIndex posted = model.index(0, ReviewTableModel::PostedColumn);
    const QString viewerTime = QLocale().toString(
        QDateTime(QDate(2026, 11, 24), QTime(15, 0), QTimeZone::utc()).toLocalTime().time(), QStringLiteral("HH:mm"));
    EXPECT_TRUE(posted.data().toString().contains(viewerTime)) << posted.data().toString().toStdString();
    EXPECT_TRUE(posted.data(Qt::ToolTipRole).toString().contains(QStringLiteral("09:00 CST at Riverside")))
        << posted.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_EQ(model.index(0, 0).data(ReviewTableModel::RatingRole).toInt(), 2);
    EXPECT_TRUE(model.index(0, 0).data(ReviewTableModel::NegativeRole).toBool());
    EXPECT_TRUE(model.index(0, 3).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(model.index(0, 0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("2 of 5 stars"));
    EXPECT_EQ(model.headerData(ReviewTableModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Review"));
}

TEST_F(ReviewTableModelTest, MarksReviewsWithChangesWaitingToSync) {
    ReviewTableModel model(directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resetReviews({makeReview(1, 2), makeReview(2, 4)}, 2);
    EXPECT_EQ(model.index(0, ReviewTableModel::StatusColumn).data().toString(), QStringLiteral("Open"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPendingReviews({2});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.index(1, ReviewTableModel::StatusColumn).data().toString(), QStringLiteral("Open · pending"));
    EXPECT_TRUE(model.index(1, 0).data(ReviewTableModel::PendingRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(ReviewTableModel::PendingRole).toBool());
    model.setPendingReviews({2});
    EXPECT_EQ(changed.count(), 1);  // nothing new
}

TEST_F(ReviewTableModelTest, UnknownLocationsShowTheirId) {
    ReviewTableModel model(directory);
    model.resetReviews({makeReview(1, 5, "loc-unknown")}, 1);
    EXPECT_EQ(model.index(0, ReviewTableModel::LocationColumn).data().toString(), QStringLiteral("loc-unknown"));
    EXPECT_FALSE(model.index(0, 0).data(Qt::BackgroundRole).isValid());
}

TEST_F(ReviewTableModelTest, AsksForMoreOnlyWhileThereIsMore) {
    ReviewTableModel model(directory);
    QSignalSpy more(&model, &ReviewTableModel::moreRequested);
    auto page = makePage(1, 200, 250);
    model.resetReviews(page.reviews, page.total);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});  // a second call while the first is pending asks nothing more
    EXPECT_EQ(more.count(), 1);
    EXPECT_FALSE(model.canFetchMore({}));

    auto rest = makePage(201, 50, 250, 200);
    model.appendReviews(rest.reviews, rest.total);
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(ReviewTableModelTest, PausedPagingStopsAsking) {
    ReviewTableModel model(directory);
    auto page = makePage(1, 200, 400);
    model.resetReviews(page.reviews, page.total);
    model.setPagingPaused(true);
    EXPECT_FALSE(model.canFetchMore({}));
    model.setPagingPaused(false);
    EXPECT_TRUE(model.canFetchMore({}));
}

TEST_F(ReviewTableModelTest, SortsByColumnThroughAProxy) {
    ModelTesterMessages messages;
    ReviewTableModel model(directory);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ReviewTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    auto page = makePage(1, 20, 20);
    model.resetReviews(page.reviews, page.total);

    proxy.sort(ReviewTableModel::RatingColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        EXPECT_LE(proxy.index(row - 1, 0).data(ReviewTableModel::RatingRole).toInt(),
                  proxy.index(row, 0).data(ReviewTableModel::RatingRole).toInt());
    }
    proxy.sort(ReviewTableModel::PostedColumn, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        EXPECT_GE(proxy.index(row - 1, ReviewTableModel::PostedColumn).data(ReviewTableModel::SortRole).toLongLong(),
                  proxy.index(row, ReviewTableModel::PostedColumn).data(ReviewTableModel::SortRole).toLongLong());
    }
    auto more = makePage(21, 10, 30, 20);
    model.appendReviews(more.reviews, more.total);
    EXPECT_EQ(proxy.rowCount(), 30);
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(QLatin1Char('\n')).toStdString();
}

}  // namespace
}  // namespace outpost::ui
