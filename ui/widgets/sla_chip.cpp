#include "ui/widgets/sla_chip.h"

#include <algorithm>

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include "ui/widgets/theme.h"

namespace outpost::ui {
namespace SlaChip {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("outpost::ui::SlaChip", text);
}

}  // namespace

QColor color(State state) {
    const bool dark = Theme::isDark();
    switch (state) {
        case State::on_track: return dark ? QColor(0x2f, 0x6b, 0x4a) : QColor(0xd7, 0xf0, 0xe0);
        case State::warning: return dark ? QColor(0x80, 0x62, 0x1c) : QColor(0xfc, 0xe8, 0xb8);
        case State::breached: return dark ? QColor(0x8a, 0x33, 0x2a) : QColor(0xf8, 0xd2, 0xcc);
        case State::paused: return dark ? QColor(0x3c, 0x46, 0x50) : QColor(0xe3, 0xe8, 0xec);
        case State::none: break;
    }
    return {};
}

QString span(std::chrono::milliseconds span, bool coarse) {
    using namespace std::chrono;
    const auto minutesTotal = std::max<std::int64_t>(0, duration_cast<minutes>(span).count());
    if (minutesTotal < 60) return tr("%1 min").arg(minutesTotal);
    if (minutesTotal < 48 * 60) {
        const auto h = minutesTotal / 60;
        const auto m = coarse ? 0 : minutesTotal % 60;
        return m == 0 ? tr("%1 h").arg(h) : tr("%1 h %2 min").arg(h).arg(m);
    }
    return tr("%1 d").arg(minutesTotal / (24 * 60));
}

}  // namespace SlaChip

SlaChipDelegate::SlaChipDelegate(int colorRole, QObject* parent) : QStyledItemDelegate(parent), m_colorRole(colorRole) {}

void SlaChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QColor chip = index.data(m_colorRole).value<QColor>();
    if (!chip.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QFontMetrics fm(opt.font);
    const int padding = 8;
    const int height = fm.height() + 4;
    const int width = std::min(fm.horizontalAdvance(text) + 2 * padding + 2, opt.rect.width() - 6);
    const QRect box(opt.rect.left() + 3, opt.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(box), height / 2.0, height / 2.0);
    painter->fillPath(path, chip);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(box.adjusted(padding, 0, -padding, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, box.width() - 2 * padding));
    painter->restore();
}

QSize SlaChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 22;
    return size;
}

}  // namespace outpost::ui
