#include "ui/widgets/flow_layout.h"

#include <QWidget>

#include <algorithm>

namespace outpost::ui {

FlowLayout::FlowLayout(QWidget* parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent), m_horizontal(horizontalSpacing), m_vertical(verticalSpacing) {
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addItem(QLayoutItem* item) { m_items.append(item); }

QLayoutItem* FlowLayout::itemAt(int index) const {
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

// As narrow as the widest item: everything else wraps.
QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty()) size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

// Every item on one line.
QSize FlowLayout::sizeHint() const {
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        const QSize hint = item->sizeHint();
        width += (width > 0 ? m_horizontal : 0) + hint.width();
        height = std::max(height, hint.height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

// Items of one line are centred on it vertically (stars beside a chip).
int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    struct Placed {
        QLayoutItem* item;
        QPoint at;
        QSize size;
    };
    QList<Placed> line;
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    const auto finishLine = [&] {
        if (apply) {
            for (const Placed& p : line) p.item->setGeometry(QRect(p.at + QPoint(0, (lineHeight - p.size.height()) / 2), p.size));
        }
        line.clear();
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        if (x > area.x() && x + hint.width() > area.x() + area.width()) {
            finishLine();
            x = area.x();
            y += lineHeight + m_vertical;
            lineHeight = 0;
        }
        line.append({item, QPoint(x, y), hint});
        x += hint.width() + m_horizontal;
        lineHeight = std::max(lineHeight, hint.height());
    }
    finishLine();
    return y + lineHeight - rect.y() + contentsMargins().bottom();
}

}  // namespace outpost::ui
