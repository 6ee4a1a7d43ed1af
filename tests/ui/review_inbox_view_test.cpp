// The review inbox on the Reviews screen with a fake source and fake actions: severity, status and
// SLA filters, saved views, SLA chips, severity and reason codes in the list and the pane, counts
// per status, the metrics strip and drill-down, keyboard triage and bulk actions.

#include <gtest/gtest.h>

#include <set>

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "fake_review_source.h"
#include "ui/reviews/review_bulk.h"
#include "ui/reviews/review_detail_pane.h"
#include "ui/reviews/review_filter_bar.h"
#include "ui/reviews/review_metrics_strip.h"
#include "ui/reviews/review_status_counts.h"
#include "ui/reviews/reviews_view.h"
#include "ui/reviews/saved_views.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/sla_chip.h"

namespace outpost::ui {
namespace {

using namespace std::chrono_literals;
using testing::at;
using testing::FakeReviewSource;
using testing::makeOrg;
using testing::makePage;

// Records every command; refuses those naming a review in `refuse`.
class FakeActions final : public ReviewActions {
  public:
    [[nodiscard]] ActingUser actingUser() const override { return {42, QStringLiteral("Maya Lopez")}; }
    void submit(const std::string& name, Json args, std::function<void(Result<void>)> done) override {
        const qint64 id = args.value("review_id", qint64{0});
        commands.push_back({name, args});
        if (refuse.contains(id)) {
            done(make_error(ErrorCode::invalid_argument, "review " + std::to_string(id) + " is resolved"));
        } else {
            done({});
        }
    }
    void requestDrafts(qint64, std::function<void(Result<std::vector<ReplyDraft>>)> done) override {
        done(std::vector<ReplyDraft>{});
    }

    std::vector<std::pair<std::string, Json>> commands;
    std::set<qint64> refuse;
};

class ReviewInboxViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("views.ini")), QSettings::IniFormat);
        view = std::make_unique<ReviewsView>(presenter, nullptr, settings.get());
        view->resize(1400, 800);
        view->show();
        presenter.start();
        source.answerLocations(source.locationRequests.back(), makeOrg());
    }

    // Reviews 1..5 with triage: 1 high with an injury keyword and a reply clock due in 3 h, 2 in
    // warning, 3 breached; counts and metrics as the replica would send them.
    ReviewPageData inboxPage() {
        ReviewPageData page = makePage(1, 5, 5);
        sync::InboxTriage high;
        high.severity = rules::Severity::high;
        high.reasons = {"rating:1", "keyword:injury:slipped", "lexicon:negative:filthy", "severity:high"};
        high.sla = sync::InboxSla::on_track;
        high.clock = sync::InboxClock{rules::SlaItemType::review_public_reply, sync::InboxSla::on_track,
                                      clock.now() + 3h, clock.now() + 2h, "location"};
        page.triage[1] = high;
        sync::InboxTriage warning;
        warning.severity = rules::Severity::medium;
        warning.reasons = {"rating:2", "severity:medium"};
        warning.sla = sync::InboxSla::warning;
        warning.clock = sync::InboxClock{rules::SlaItemType::review_acknowledge, sync::InboxSla::warning,
                                         clock.now() + 20min, clock.now() - 10min, "location"};
        page.triage[2] = warning;
        sync::InboxTriage breached;
        breached.severity = rules::Severity::medium;
        breached.sla = sync::InboxSla::breached;
        breached.clock = sync::InboxClock{rules::SlaItemType::review_acknowledge, sync::InboxSla::breached,
                                          clock.now() - 2h, clock.now() - 3h, "region"};
        page.triage[3] = breached;
        page.statusCounts = {{ReviewStatus::open, 12}, {ReviewStatus::acknowledged, 3}, {ReviewStatus::resolved, 40}};
        sync::ReviewMetrics m;
        m.reviews = 55;
        m.average_rating = 3.64;
        m.reviews_per_week = 12.5;
        m.replied = 33;
        m.response_rate = 0.6;
        m.median_first_reply = std::chrono::minutes(190);
        page.metrics = m;
        return page;
    }
    QString cell(int reviewId, int column) {
        const int row = presenter.model()->rowOf(ReviewId(reviewId));
        return presenter.model()->index(row, column).data().toString();
    }
    void selectRows(std::initializer_list<int> reviewIds) {
        auto* selection = view->table()->selectionModel();
        selection->clearSelection();
        for (int id : reviewIds) {
            for (int r = 0; r < view->table()->model()->rowCount(); ++r) {
                const QModelIndex index = view->table()->model()->index(r, 0);
                if (index.data(ReviewTableModel::ReviewIdRole).toLongLong() == id) {
                    selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                }
            }
        }
    }
    void press(Qt::Key key) {
        view->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(view.get()));
        view->table()->setFocus();
        QTest::keyClick(view->table(), key);
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    FakeReviewSource source;
    FakeActions actions;
    ManualClock clock{at("2026-11-25T00:00:00Z")};
    ReviewsPresenter presenter{source, clock, &actions};
    std::unique_ptr<ReviewsView> view;
};

TEST_F(ReviewInboxViewTest, SeverityStatusAndSlaFiltersMakeTheQuery) {
    auto* severity = view->findChild<QComboBox*>(QStringLiteral("severityFilter"));
    auto* status = view->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    auto* sla = view->findChild<QComboBox*>(QStringLiteral("slaFilter"));
    ASSERT_TRUE(severity && status && sla);
    severity->setCurrentIndex(severity->findText(QStringLiteral("Medium or high")));
    status->setCurrentIndex(status->findText(QStringLiteral("Needs reply (open, acknowledged)")));
    sla->setCurrentIndex(sla->findText(QStringLiteral("Breached")));
    const ReviewQuery& q = source.lastReviews().query;
    EXPECT_EQ(q.severities, (std::vector<rules::Severity>{rules::Severity::medium, rules::Severity::high}));
    EXPECT_EQ(q.statuses, (std::vector<ReviewStatus>{ReviewStatus::open, ReviewStatus::acknowledged}));
    EXPECT_EQ(q.slaStates, std::vector<sync::InboxSla>{sync::InboxSla::breached});
    view->filterBar()->reset();
    EXPECT_TRUE(source.lastReviews().query.sameFilters(ReviewQuery()));
}

TEST_F(ReviewInboxViewTest, TheListShowsChipsSeverityAndReasonsAndThePaneExplainsThem) {
    source.answerReviews(source.lastReviews().id, inboxPage());
    EXPECT_EQ(cell(1, ReviewTableModel::SlaColumn), QStringLiteral("Reply in 3 h"));
    EXPECT_EQ(cell(2, ReviewTableModel::SlaColumn), QStringLiteral("Ack: 20 min left"));
    EXPECT_EQ(cell(3, ReviewTableModel::SlaColumn), QStringLiteral("Ack overdue 2 h · region"));
    EXPECT_EQ(cell(4, ReviewTableModel::SlaColumn), QString());
    EXPECT_EQ(cell(1, ReviewTableModel::SeverityColumn), QStringLiteral("High"));
    EXPECT_EQ(cell(1, ReviewTableModel::ReasonsColumn), QStringLiteral("Injury “slipped” · “filthy”"));
    EXPECT_EQ(cell(2, ReviewTableModel::ReasonsColumn), QStringLiteral("2★"));
    const auto chipColor = [&](int id) {
        return presenter.model()
            ->index(presenter.model()->rowOf(ReviewId(id)), ReviewTableModel::SlaColumn)
            .data(ReviewTableModel::SlaColorRole)
            .value<QColor>();
    };
    EXPECT_EQ(chipColor(1), SlaChip::color(SlaChip::State::on_track));
    EXPECT_EQ(chipColor(3), SlaChip::color(SlaChip::State::breached));
    EXPECT_FALSE(chipColor(4).isValid());

    // The chips count on without a reload: two and a half hours later the reply is in warning.
    clock.advance(150min);
    presenter.model()->setNow(clock.now());
    EXPECT_EQ(cell(1, ReviewTableModel::SlaColumn), QStringLiteral("Reply: 30 min left"));
    EXPECT_EQ(chipColor(1), SlaChip::color(SlaChip::State::warning));

    ASSERT_TRUE(view->selectReview(1));
    const QString why = view->detailPane()->reasonsText();
    EXPECT_TRUE(why.contains(QStringLiteral("Severity High")));
    EXPECT_TRUE(why.contains(QStringLiteral("Injury keyword “slipped”: goes to regional ops and legal")));
    EXPECT_TRUE(why.contains(QStringLiteral("Negative word “filthy”")));
    EXPECT_TRUE(why.contains(QStringLiteral("Rating: 1 of 5 stars")));
}

// At its narrowest the pane wraps its rows of buttons and chips: the page is never wider than
// what the scroll area shows (a wider page clipped the review's text and the buttons).
TEST_F(ReviewInboxViewTest, TheNarrowestDetailPaneWrapsInsteadOfClippingItsContent) {
    source.answerReviews(source.lastReviews().id, inboxPage());
    ASSERT_TRUE(view->selectReview(1));
    ReviewDetailPane* pane = view->detailPane();
    pane->setFixedWidth(pane->minimumWidth());
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
    auto* scroll = pane->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    const int shown = scroll->viewport()->width();
    EXPECT_LE(scroll->widget()->width(), shown);
    int buttons = 0;
    for (QPushButton* button : scroll->widget()->findChildren<QPushButton*>()) {
        if (!button->isVisibleTo(pane) || button->text().isEmpty()) continue;
        ++buttons;
        const QPoint right = button->mapTo(scroll->widget(), QPoint(button->width(), 0));
        EXPECT_LE(right.x(), shown) << button->text().toStdString();
    }
    EXPECT_GE(buttons, 4);  // acknowledge, resolve, assign, reply (and the draft editor's)
}

TEST_F(ReviewInboxViewTest, CountsPerStatusFilterWhenClicked) {
    source.answerReviews(source.lastReviews().id, inboxPage());
    QToolButton* open = view->statusCounts()->button(ReviewStatus::open);
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->text(), QStringLiteral("Open 12"));
    EXPECT_EQ(view->statusCounts()->button(ReviewStatus::replied)->text(), QStringLiteral("Replied 0"));
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_EQ(source.lastReviews().query.statuses, std::vector<ReviewStatus>{ReviewStatus::open});
    EXPECT_TRUE(open->isChecked());
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_TRUE(source.lastReviews().query.statuses.empty());
}

TEST_F(ReviewInboxViewTest, MetricsStripAndDrillDownToOneLocation) {
    source.answerReviews(source.lastReviews().id, inboxPage());
    ReviewMetricsStrip* strip = view->metricsStrip();
    EXPECT_EQ(strip->averageText(), QStringLiteral("3.6 ★"));
    EXPECT_EQ(strip->perWeekText(), QStringLiteral("12.5"));
    EXPECT_EQ(strip->responseRateText(), QStringLiteral("60 %"));
    EXPECT_EQ(strip->medianReplyText(), QStringLiteral("3 h 10 min"));
    auto* all = strip->findChild<QToolButton*>(QStringLiteral("allLocations"));
    ASSERT_NE(all, nullptr);
    EXPECT_FALSE(all->isVisible());

    view->drillDown("loc-a");
    EXPECT_EQ(source.lastReviews().query.locations, std::vector<std::string>{"loc-a"});
    EXPECT_EQ(view->filterBar()->locationText(), QStringLiteral("Riverside"));
    EXPECT_TRUE(all->isVisible());
    QTest::mouseClick(all, Qt::LeftButton);
    EXPECT_TRUE(source.lastReviews().query.locations.empty());
}

TEST_F(ReviewInboxViewTest, SavedViewsBuiltInAndOwnPerUser) {
    SavedViewsBar* views = view->savedViews();
    EXPECT_EQ(views->viewNames(), (QStringList{QStringLiteral("Needs reply"), QStringLiteral("Breaching"),
                                               QStringLiteral("High severity")}));
    ASSERT_TRUE(views->choose(QStringLiteral("High severity")));
    EXPECT_EQ(source.lastReviews().query.severities, std::vector<rules::Severity>{rules::Severity::high});
    ASSERT_TRUE(views->choose(QStringLiteral("Breaching")));
    EXPECT_EQ(source.lastReviews().query.slaStates,
              (std::vector<sync::InboxSla>{sync::InboxSla::warning, sync::InboxSla::breached}));
    EXPECT_TRUE(source.lastReviews().query.severities.empty());

    // Riverside's negative reviews, saved under a name; a built-in name is refused.
    view->filterBar()->reset();
    ASSERT_TRUE(view->filterBar()->selectLocation("loc-a"));
    ASSERT_TRUE(view->filterBar()->selectRatingRange(1, 2));
    EXPECT_FALSE(views->saveCurrent(QStringLiteral("needs reply")).isEmpty());
    EXPECT_TRUE(views->saveCurrent(QStringLiteral("Riverside complaints")).isEmpty());
    EXPECT_TRUE(views->viewNames().contains(QStringLiteral("Riverside complaints")));
    EXPECT_EQ(views->picker()->currentText(), QStringLiteral("Riverside complaints"));

    view->filterBar()->reset();
    EXPECT_EQ(views->picker()->currentText(), QStringLiteral("Unsaved filters"));
    ASSERT_TRUE(views->choose(QStringLiteral("Riverside complaints")));
    EXPECT_EQ(source.lastReviews().query.locations, std::vector<std::string>{"loc-a"});
    EXPECT_EQ(source.lastReviews().query.maxRating, 2);

    // Kept for this user only, across a restart of the screen.
    EXPECT_EQ(SavedViewStore(*settings, 42).views().size(), 4u);
    EXPECT_EQ(SavedViewStore(*settings, 7).views().size(), 3u);
    views->deleteCurrent();
    EXPECT_FALSE(views->viewNames().contains(QStringLiteral("Riverside complaints")));
    EXPECT_EQ(SavedViewStore(*settings, 42).views().size(), 3u);
}

TEST_F(ReviewInboxViewTest, KeyboardTriageOnTheReviewShown) {
    source.answerReviews(source.lastReviews().id, inboxPage());
    ASSERT_TRUE(view->selectReview(2));
    press(Qt::Key_E);
    ASSERT_EQ(actions.commands.size(), 1u);
    EXPECT_EQ(actions.commands.back().first, "review.escalate");
    EXPECT_EQ(actions.commands.back().second["review_id"], 2);
    EXPECT_TRUE(view->message()->text().contains(QStringLiteral("Escalated 1 review")));
    press(Qt::Key_X);
    EXPECT_EQ(actions.commands.back().first, "review.set_status");
    EXPECT_EQ(actions.commands.back().second["status"], "resolved");
    press(Qt::Key_A);
    EXPECT_EQ(actions.commands.back().first, "review.assign");
    EXPECT_EQ(actions.commands.back().second["user_id"], 42);
    press(Qt::Key_C);
    EXPECT_EQ(actions.commands.back().second["status"], "acknowledged");
    EXPECT_EQ(actions.commands.size(), 4u);
    QSignalSpy composer(view->detailPane(), &ReviewDetailPane::composerRequested);
    press(Qt::Key_R);
    ASSERT_EQ(composer.size(), 1);
    EXPECT_EQ(composer.front().front().toLongLong(), 2);
}

TEST_F(ReviewInboxViewTest, BulkActionsSendOneCommandEachAndListTheRefused) {
    source.answerReviews(source.lastReviews().id, inboxPage());
    actions.refuse = {4};
    selectRows({1, 3, 4});
    EXPECT_EQ(view->selectedReviewIds().size(), 3u);
    ASSERT_TRUE(view->bulkBar()->isVisible());
    QTest::mouseClick(view->bulkBar()->findChild<QPushButton*>(QStringLiteral("bulkResolve")), Qt::LeftButton);
    ASSERT_EQ(actions.commands.size(), 3u);
    for (const auto& [name, args] : actions.commands) {
        EXPECT_EQ(name, "review.set_status");
        EXPECT_EQ(args["status"], "resolved");
    }
    const QString message = view->message()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Resolved 2 of 3 review"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Review 4: review 4 is resolved"))) << message.toStdString();

    // The keys act on every selected review too.
    actions.commands.clear();
    selectRows({1, 3});
    press(Qt::Key_A);
    ASSERT_EQ(actions.commands.size(), 2u);
    EXPECT_EQ(actions.commands.front().first, "review.assign");
    EXPECT_TRUE(view->message()->text().contains(QStringLiteral("Assigned 2 review")));
}

}  // namespace
}  // namespace outpost::ui
