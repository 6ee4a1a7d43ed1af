#pragma once
// The Reviews screen: title and counts, the filter bar, the list (sortable by column, loading
// more as it scrolls) and the detail pane. The logic lives in ReviewsPresenter.

#include "ui/reviews/reviews_presenter.h"
#include "ui/shell/screen.h"

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace outpost::ui {

class InlineMessage;
class ReviewDetailPane;
class ReviewFilterBar;

class ReviewsView final : public Screen {
    Q_OBJECT

  public:
    explicit ReviewsView(ReviewsPresenter& presenter, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    void refresh() override;
    void focusFilters() override;
    void selectNext() override;
    void selectPrevious() override;

    // Selects the review if it is loaded; returns false otherwise.
    bool selectReview(qint64 reviewId);
    [[nodiscard]] qint64 selectedReviewId() const;

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] ReviewFilterBar* filterBar() const { return m_filters; }
    [[nodiscard]] ReviewDetailPane* detailPane() const { return m_detail; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    // Room for other parts of the screen: a banner above the list (alerts), a button in the
    // header before Refresh (Import reviews).
    void addBanner(QWidget* banner);
    void addHeaderAction(QWidget* action);

  private:
    void moveSelection(int delta);
    void onCurrentChanged(const QModelIndex& current);
    void onReviewsReplaced();
    void updateCounts();
    void updateError(const QString& message);
    void updateEmptyState();
    void configureColumns();

    ReviewsPresenter& m_presenter;
    ReviewFilterBar* m_filters;
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
