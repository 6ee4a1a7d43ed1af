#pragma once
// The Reviews screen, the inbox location managers live in: title and saved views, the filter bar,
// the metrics strip of the filter scope, the counts per status (click to filter), the bulk bar
// while several reviews are selected, the list (SLA countdown chips, severity, reason codes;
// sortable, loading more as it scrolls, double-click a location to drill down) with the keys
// hint, and the detail pane. Keys: j/k move, a assign to me, r reply, e escalate, c acknowledge,
// x resolve; with several reviews selected a, c, x and e act on all of them. The logic lives in
// ReviewsPresenter.

#include "ui/reviews/reviews_presenter.h"
#include "ui/shell/screen.h"

class QLabel;
class QSettings;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace outpost::ui {

class InlineMessage;
class ReviewDetailPane;
class ReviewBulkBar;
class ReviewFilterBar;
class ReviewMetricsStrip;
class ReviewStatusCounts;
class SavedViewsBar;

class ReviewsView final : public Screen {
    Q_OBJECT

  public:
    // Saved views live in `settings` (the application's default settings without one).
    explicit ReviewsView(ReviewsPresenter& presenter, QWidget* parent = nullptr, QSettings* settings = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    void refresh() override;
    void focusFilters() override;
    void selectNext() override;
    void selectPrevious() override;

    // Selects the review if it is loaded; returns false otherwise.
    bool selectReview(qint64 reviewId);
    [[nodiscard]] qint64 selectedReviewId() const;
    // Every selected review (several with Ctrl or Shift), in list order.
    [[nodiscard]] std::vector<qint64> selectedReviewIds() const;
    // Narrows the list to one location (the drill-down); an empty id shows every location again.
    void drillDown(const std::string& locationId);

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] ReviewFilterBar* filterBar() const { return m_filters; }
    [[nodiscard]] ReviewDetailPane* detailPane() const { return m_detail; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    // Room for other parts of the screen: a banner above the list (alerts), a button in the
    // header before Refresh (Import reviews).
    void addBanner(QWidget* banner);
    void addHeaderAction(QWidget* action);
    [[nodiscard]] ReviewMetricsStrip* metricsStrip() const { return m_metrics; }
    [[nodiscard]] ReviewStatusCounts* statusCounts() const { return m_statusCounts; }
    [[nodiscard]] SavedViewsBar* savedViews() const { return m_views; }
    [[nodiscard]] ReviewBulkBar* bulkBar() const { return m_bulk; }

  private:
    void moveSelection(int delta);
    void onCurrentChanged(const QModelIndex& current);
    void onReviewsReplaced();
    void updateCounts();
    void updateError(const QString& message);
    void updateEmptyState();
    void configureColumns();
    void applyFilters();
    void updateSummary();
    void addShortcuts();
    // Key actions: on every selected review when several are, else on the one shown.
    void act(ReviewsPresenter::Bulk action);

    ReviewsPresenter& m_presenter;
    ReviewFilterBar* m_filters;
    SavedViewsBar* m_views;
    ReviewMetricsStrip* m_metrics;
    ReviewStatusCounts* m_statusCounts;
    ReviewBulkBar* m_bulk;
    InlineMessage* m_message;
    QLabel* m_counts;
    QLabel* m_loading;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_listPages;
    QTableView* m_table;
    QLabel* m_emptyState;
    ReviewDetailPane* m_detail;
    qint64 m_selectedId = 0;
};

}  // namespace outpost::ui
