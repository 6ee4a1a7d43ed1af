// ReviewsView with a fake source: filters drive the presenter, j/k move, errors show in place.

#include <gtest/gtest.h>

#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "fake_review_source.h"
#include "ui/reviews/review_detail_pane.h"
#include "ui/reviews/review_filter_bar.h"
#include "ui/reviews/reviews_view.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

using testing::at;
using testing::FakeReviewSource;
using testing::makeOrg;
using testing::makePage;

class ReviewsViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        view.resize(1200, 700);
        view.show();
        presenter.start();
        source.answerLocations(source.locationRequests.back(), makeOrg());
    }

    FakeReviewSource source;
    ManualClock clock{at("2026-11-25T00:00:00Z")};
    ReviewsPresenter presenter{source, clock};
    ReviewsView view{presenter};
};

TEST_F(ReviewsViewTest, FilterBarDrivesTheQuery) {
    auto* location = view.findChild<QComboBox*>(QStringLiteral("locationFilter"));
    auto* rating = view.findChild<QComboBox*>(QStringLiteral("ratingFilter"));
    auto* platform = view.findChild<QComboBox*>(QStringLiteral("platformFilter"));
    ASSERT_TRUE(location && rating && platform);
    EXPECT_FALSE(location->accessibleName().isEmpty());
    // All locations, two regions and two locations.
    EXPECT_EQ(location->count(), 5);

    ASSERT_TRUE(view.filterBar()->selectLocation("loc-b"));
    ASSERT_TRUE(view.filterBar()->selectRatingRange(1, 2));
    platform->setCurrentIndex(platform->findText(QStringLiteral("Yelp")));
    EXPECT_EQ(source.lastReviews().query.target(),
              "/v1/reviews?location=loc-b&min_rating=1&max_rating=2&platform=yelp&limit=200&offset=0");

    location->setCurrentIndex(1);  // the first region as a whole
    EXPECT_EQ(source.lastReviews().query.locations, std::vector<std::string>{"loc-a"});

    view.filterBar()->reset();
    EXPECT_EQ(source.lastReviews().query.target(), "/v1/reviews?limit=200&offset=0");
}

TEST_F(ReviewsViewTest, KeysMoveThroughTheListAndTheDetailFollows) {
    source.answerReviews(source.lastReviews().id, makePage(1, 30, 30));
    EXPECT_FALSE(view.detailPane()->isShowingReview());
    view.selectNext();
    EXPECT_TRUE(view.detailPane()->isShowingReview());
    const qint64 first = view.selectedReviewId();
    view.selectNext();
    EXPECT_NE(view.selectedReviewId(), first);
    view.selectPrevious();
    EXPECT_EQ(view.selectedReviewId(), first);
    EXPECT_FALSE(view.detailPane()->fullText().isEmpty());
}

TEST_F(ReviewsViewTest, SelectionSurvivesAReload) {
    source.answerReviews(source.lastReviews().id, makePage(1, 30, 30));
    ASSERT_TRUE(view.selectReview(7));
    source.poke();
    source.answerReviews(source.lastReviews().id, makePage(1, 31, 31));
    EXPECT_EQ(view.selectedReviewId(), 7);
    EXPECT_EQ(view.detailPane()->reviewId(), 7);
}

TEST_F(ReviewsViewTest, ErrorsShowInPlaceWithARetry) {
    source.fail(source.lastReviews().id, ErrorCode::unavailable, "connection refused");
    ASSERT_TRUE(view.message()->isVisible());
    EXPECT_TRUE(view.message()->text().contains(QStringLiteral("Cannot reach the engine")));
    const auto before = source.reviewRequests.size();
    auto* retry = view.message()->findChild<QPushButton*>();
    ASSERT_NE(retry, nullptr);
    QTest::mouseClick(retry, Qt::LeftButton);
    EXPECT_EQ(source.reviewRequests.size(), before + 1);
    source.answerReviews(source.lastReviews().id, makePage(1, 3, 3));
    EXPECT_FALSE(view.message()->isVisible());
}

TEST_F(ReviewsViewTest, NoMatchesSaysSo) {
    source.answerReviews(source.lastReviews().id, ReviewPageData{});
    auto* emptyState = view.findChild<QWidget*>(QStringLiteral("reviewsEmptyState"));
    ASSERT_NE(emptyState, nullptr);
    EXPECT_TRUE(emptyState->isVisible());
    EXPECT_FALSE(view.table()->isVisible());
}

}  // namespace
}  // namespace outpost::ui
