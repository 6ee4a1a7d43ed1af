#include "ui/widgets/star_rating.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include "ui/models/display_text.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {
namespace {

QPainterPath starPath(QPointF centre, qreal outerRadius) {
    const qreal innerRadius = outerRadius * 0.45;
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outerRadius : innerRadius;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point(centre.x() + radius * qCos(angle), centre.y() + radius * qSin(angle));
        if (i == 0) {
            path.moveTo(point);
        } else {
            path.lineTo(point);
        }
    }
    path.closeSubpath();
    return path;
}

StarStyle styleFor(int rating, qreal size) {
    StarStyle style;
    style.starSize = size;
    style.spacing = qMax<qreal>(1.0, size / 7.0);
    style.filled = rating <= 2 ? Theme::negativeStarColor() : Theme::starColor();
    style.empty = Theme::emptyStarColor();
    return style;
}

}  // namespace

QSizeF starsSize(const StarStyle& style) {
    return {style.starSize * 5 + style.spacing * 4, style.starSize};
}

void paintStars(QPainter& painter, const QRectF& rect, int rating, const StarStyle& style) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const qreal radius = style.starSize / 2.0;
    const qreal y = rect.center().y() + radius * 0.08;  // the star's visual centre sits a little low
    for (int i = 0; i < 5; ++i) {
        const QPointF centre(rect.left() + radius + i * (style.starSize + style.spacing), y);
        painter.setBrush(i < rating ? style.filled : style.empty);
        painter.drawPath(starPath(centre, radius));
    }
    painter.restore();
}

StarRatingDelegate::StarRatingDelegate(int ratingRole, QObject* parent)
    : QStyledItemDelegate(parent), m_ratingRole(ratingRole) {}

void StarRatingDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int rating = index.data(m_ratingRole).toInt();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    StarStyle stars = styleFor(rating, 12.0);
    if (opt.state & QStyle::State_Selected) {
        // On the highlight, colours fight: the stars take the highlighted text's colour.
        stars.filled = opt.palette.color(QPalette::HighlightedText);
        stars.empty = stars.filled;
        stars.empty.setAlphaF(0.35f);
    }
    paintStars(*painter, QRectF(textRect).adjusted(2, 0, 0, 0), rating, stars);
}

QSize StarRatingDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QSizeF stars = starsSize(styleFor(5, 12.0));
    return {qMax(size.width(), qCeil(stars.width()) + 16), qMax(size.height(), qCeil(stars.height()) + 8)};
}

StarRatingWidget::StarRatingWidget(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Rating"));
}

void StarRatingWidget::setRating(int rating) {
    m_rating = qBound(0, rating, 5);
    setAccessibleDescription(m_rating > 0 ? DisplayText::rating(m_rating) : QString());
    setToolTip(accessibleDescription());
    update();
}

void StarRatingWidget::setStarSize(qreal size) {
    m_starSize = size;
    updateGeometry();
    update();
}

QSize StarRatingWidget::sizeHint() const {
    const QSizeF size = starsSize(styleFor(5, m_starSize));
    return {qCeil(size.width()) + 2, qCeil(size.height()) + 2};
}

void StarRatingWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paintStars(painter, QRectF(rect()).adjusted(1, 1, -1, -1), m_rating, styleFor(m_rating, m_starSize));
}

}  // namespace outpost::ui
