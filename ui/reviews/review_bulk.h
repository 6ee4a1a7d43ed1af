#pragma once
// The bar over the review list while several reviews are selected: how many, and Acknowledge,
// Assign to me, Resolve and Escalate for all of them at once (one sync command per review, through
// ReviewsPresenter::runBulk). The outcome is worded by bulkOutcome: how many changed, and every
// review that was refused with the reason, so none is lost silently.

#include <QStringList>
#include <QWidget>

#include "ui/reviews/reviews_presenter.h"

class QLabel;

namespace outpost::ui {

class ReviewBulkBar final : public QWidget {
    Q_OBJECT

  public:
    explicit ReviewBulkBar(QWidget* parent = nullptr);
    void setSelectedCount(int count);

  signals:
    void bulkRequested(outpost::ui::ReviewsPresenter::Bulk action);

  private:
    QLabel* m_count;
};

// "Resolved 5 reviews." or "Resolved 3 of 5 reviews. Not changed: Review 12: …".
[[nodiscard]] QString bulkOutcome(ReviewsPresenter::Bulk action, int applied, const QStringList& failures);

}  // namespace outpost::ui
