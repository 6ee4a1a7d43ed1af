#pragma once
// Ratings drawn as five stars: a painter shared by the table delegate and a small widget.

#include <QStyledItemDelegate>
#include <QWidget>

namespace outpost::ui {

struct StarStyle {
    qreal starSize = 14.0;  // logical pixels, the star's outer diameter
    qreal spacing = 2.0;
    QColor filled;
    QColor empty;
};

// Paints `rating` of 5 stars, left-aligned and vertically centred in `rect`.
void paintStars(QPainter& painter, const QRectF& rect, int rating, const StarStyle& style);
[[nodiscard]] QSizeF starsSize(const StarStyle& style);

// Draws an integer rating (the index's RatingRole, or its display value) as stars; negative
// ratings (1-2) in a muted warm colour.
class StarRatingDelegate final : public QStyledItemDelegate {
    Q_OBJECT

  public:
    explicit StarRatingDelegate(int ratingRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

  private:
    int m_ratingRole;
};

class StarRatingWidget final : public QWidget {
    Q_OBJECT

  public:
    explicit StarRatingWidget(QWidget* parent = nullptr);
    void setRating(int rating);  // 0 draws five empty stars
    [[nodiscard]] int rating() const { return m_rating; }
    void setStarSize(qreal size);
    [[nodiscard]] QSize sizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    int m_rating = 0;
    qreal m_starSize = 20.0;
};

}  // namespace outpost::ui
