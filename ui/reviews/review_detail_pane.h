#pragma once
// The right-hand pane: one review in full, with its author, platform, location, stars, status
// and when it was posted in the location's own time.

#include <QFrame>

#include "ui/reviews/reviews_presenter.h"

class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace outpost::ui {

class StarRatingWidget;

class ReviewDetailPane final : public QFrame {
    Q_OBJECT

  public:
    explicit ReviewDetailPane(QWidget* parent = nullptr);

    void showReview(const ReviewDetail& detail);
    void showNothing();
    [[nodiscard]] bool isShowingReview() const;
    [[nodiscard]] qint64 reviewId() const { return m_reviewId; }
    [[nodiscard]] QString fullText() const;

  private:
    QWidget* buildEmptyPage();
    QWidget* buildReviewPage();
    QLabel* metaRow(QVBoxLayout* layout, const QString& icon, const QString& accessibleName);

    QStackedWidget* m_pages;
    StarRatingWidget* m_stars = nullptr;
    QLabel* m_negativeBadge = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_author = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_posted = nullptr;
    QLabel* m_platform = nullptr;
    QLabel* m_text = nullptr;
    qint64 m_reviewId = 0;
};

}  // namespace outpost::ui
