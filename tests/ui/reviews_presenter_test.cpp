// ReviewsPresenter offscreen with a fake source: the query the filters make, stale answers,
// paging, errors and the detail text.

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "fake_review_source.h"
#include "ui/reviews/reviews_presenter.h"

namespace outpost::ui {
namespace {

using testing::at;
using testing::FakeReviewSource;
using testing::makeOrg;
using testing::makePage;
using testing::makeReview;

class ReviewsPresenterTest : public ::testing::Test {
  protected:
    FakeReviewSource source;
    ManualClock clock{at("2026-11-25T00:00:00Z")};
    ReviewsPresenter presenter{source, clock};
};

TEST_F(ReviewsPresenterTest, StartAsksForLocationsAndTheFirstPage) {
    presenter.start();
    ASSERT_EQ(source.locationRequests.size(), 1u);
    ASSERT_EQ(source.reviewRequests.size(), 1u);
    EXPECT_EQ(source.lastReviews().query.target(), "/v1/reviews?limit=200&offset=0");
    EXPECT_TRUE(presenter.isLoading());
}

TEST_F(ReviewsPresenterTest, FiltersMakeTheQuery) {
    presenter.start();
    presenter.setLocations({"loc-a", "loc-b"});
    presenter.setRatingRange(1, 2);
    presenter.setPlatform(Platform::google);
    EXPECT_EQ(source.lastReviews().query.target(),
              "/v1/reviews?location=loc-a,loc-b&min_rating=1&max_rating=2&platform=google&limit=200&offset=0");
    const auto before = source.reviewRequests.size();
    presenter.setPlatform(Platform::google);  // unchanged: no new request
    EXPECT_EQ(source.reviewRequests.size(), before);
    presenter.setLocations({});
    presenter.setRatingRange(std::nullopt, std::nullopt);
    presenter.setPlatform(std::nullopt);
    EXPECT_EQ(source.lastReviews().query.target(), "/v1/reviews?limit=200&offset=0");
}

TEST_F(ReviewsPresenterTest, StaleAnswersAreIgnored) {
    presenter.start();
    const quint64 first = source.lastReviews().id;
    presenter.setRatingRange(1, 2);
    const quint64 second = source.lastReviews().id;
    source.answerReviews(first, makePage(1, 5, 5));
    EXPECT_FALSE(presenter.hasLoaded());
    EXPECT_EQ(presenter.loadedCount(), 0);
    QSignalSpy replaced(&presenter, &ReviewsPresenter::reviewsReplaced);
    source.answerReviews(second, makePage(100, 3, 3));
    EXPECT_EQ(replaced.count(), 1);
    EXPECT_EQ(presenter.loadedCount(), 3);
    EXPECT_FALSE(presenter.isLoading());
}

TEST_F(ReviewsPresenterTest, PagingAppendsUntilEverythingIsLoaded) {
    presenter.start();
    source.answerReviews(source.lastReviews().id, makePage(1, 200, 450));
    ReviewTableModel* model = presenter.model();
    EXPECT_EQ(presenter.total(), 450);
    ASSERT_TRUE(model->canFetchMore({}));

    model->fetchMore({});
    EXPECT_EQ(source.lastReviews().query.target(), "/v1/reviews?limit=200&offset=200");
    source.answerReviews(source.lastReviews().id, makePage(201, 200, 450, 200));
    EXPECT_EQ(model->rowCount(), 400);

    model->fetchMore({});
    EXPECT_EQ(source.lastReviews().query.offset, 400);
    source.answerReviews(source.lastReviews().id, makePage(401, 50, 450, 400));
    EXPECT_EQ(model->rowCount(), 450);
    EXPECT_FALSE(model->canFetchMore({}));
}

TEST_F(ReviewsPresenterTest, PagesSkipReviewsAlreadyShown) {
    presenter.start();
    source.answerReviews(source.lastReviews().id, makePage(1, 200, 401));
    presenter.model()->fetchMore({});
    // A new review arrived at the top meanwhile: the next page starts with the last one shown.
    source.answerReviews(source.lastReviews().id, makePage(200, 200, 401, 200));
    EXPECT_EQ(presenter.loadedCount(), 399);
}

TEST_F(ReviewsPresenterTest, ErrorsAreShownAndClearedByASuccess) {
    QSignalSpy errors(&presenter, &ReviewsPresenter::errorChanged);
    presenter.start();
    source.fail(source.lastReviews().id, ErrorCode::unavailable, "cannot reach 127.0.0.1:1");
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(presenter.errorText().contains(QStringLiteral("Cannot reach the engine")));
    EXPECT_FALSE(presenter.isLoading());

    presenter.retry();
    source.answerReviews(source.lastReviews().id, makePage(1, 10, 10));
    EXPECT_TRUE(presenter.errorText().isEmpty());
    EXPECT_EQ(errors.count(), 2);
}

TEST_F(ReviewsPresenterTest, RefusedRequestsShowTheEnginesReason) {
    presenter.start();
    source.fail(source.lastReviews().id, ErrorCode::invalid_argument, "min_rating: must be from 1 to 5");
    EXPECT_TRUE(presenter.errorText().contains(QStringLiteral("min_rating: must be from 1 to 5")));
}

TEST_F(ReviewsPresenterTest, AFailedPagePausesPagingUntilRetried) {
    presenter.start();
    source.answerReviews(source.lastReviews().id, makePage(1, 200, 400));
    presenter.model()->fetchMore({});
    source.fail(source.lastReviews().id, ErrorCode::unavailable, "timeout");
    EXPECT_FALSE(presenter.model()->canFetchMore({}));
    EXPECT_FALSE(presenter.errorText().isEmpty());
    EXPECT_EQ(presenter.loadedCount(), 200);

    presenter.retry();
    EXPECT_EQ(source.lastReviews().query.offset, 200);
    source.answerReviews(source.lastReviews().id, makePage(201, 200, 400, 200));
    EXPECT_EQ(presenter.loadedCount(), 400);
    EXPECT_TRUE(presenter.errorText().isEmpty());
}

TEST_F(ReviewsPresenterTest, APokeReloadsWhatIsShown) {
    presenter.start();
    source.answerReviews(source.lastReviews().id, makePage(1, 200, 1000));
    presenter.model()->fetchMore({});
    source.answerReviews(source.lastReviews().id, makePage(201, 200, 1000, 200));
    const auto locationsBefore = source.locationRequests.size();
    source.poke();
    EXPECT_EQ(source.lastReviews().query.target(), "/v1/reviews?limit=400&offset=0");
    EXPECT_EQ(source.locationRequests.size(), locationsBefore + 1);
}

TEST_F(ReviewsPresenterTest, DetailShowsTheLocationsLocalTime) {
    presenter.start();
    source.answerLocations(source.locationRequests.back(), makeOrg());
    Review review = makeReview(1, 1, "loc-a", "2026-11-24T15:01:00Z");  // 15:00 UTC
    const ReviewDetail d = presenter.detail(review);
    EXPECT_TRUE(d.negative);
    EXPECT_EQ(d.location, QStringLiteral("Riverside"));
    EXPECT_EQ(d.region, QStringLiteral("Central"));
    EXPECT_EQ(d.timeZone, QStringLiteral("America/Chicago"));
    EXPECT_TRUE(d.postedLocal.contains(QStringLiteral("09:00"))) << d.postedLocal.toStdString();
    EXPECT_TRUE(d.postedLocal.contains(QStringLiteral("24 November 2026"))) << d.postedLocal.toStdString();
    EXPECT_EQ(d.age, QStringLiteral("9 hours ago"));
    EXPECT_EQ(d.ratingText, QStringLiteral("1 of 5 stars"));
    EXPECT_EQ(d.text, QString::fromStdString(review.text));

    Review east = makeReview(2, 5, "loc-b", "2026-11-24T15:02:00Z");
    EXPECT_TRUE(presenter.detail(east).postedLocal.contains(QStringLiteral("10:00")));
}

TEST_F(ReviewsPresenterTest, LocationsArriveAfterTheReviews) {
    presenter.start();
    source.answerReviews(source.lastReviews().id, makePage(1, 3, 3));
    QSignalSpy changed(presenter.model(), &QAbstractItemModel::dataChanged);
    source.answerLocations(source.locationRequests.back(), makeOrg());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(presenter.model()->index(0, ReviewTableModel::LocationColumn).data().toString(),
              QStringLiteral("Riverside"));
}

}  // namespace
}  // namespace outpost::ui
