#include "ui/desk/today_list.h"

#include <array>

#include <QHeaderView>

#include "ui/desk/desk_text.h"

namespace outpost::ui {
namespace {

constexpr int kProfileRole = Qt::UserRole + 1;


}  // namespace

TodayList::TodayList(DeskPresenter& presenter, QWidget* parent) : QTreeWidget(parent), m_presenter(presenter) {
    setObjectName(QStringLiteral("todayList"));
    setAccessibleName(tr("Today at this location"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setFocusPolicy(Qt::NoFocus);  // the search field keeps the focus for the next scan
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    setFont(larger);
    const QStringList titles = {tr("Expected later today"), tr("No-shows"), tr("Checked in")};
    for (const QString& title : titles) {
        auto* group = new QTreeWidgetItem(this);
        group->setData(0, Qt::UserRole, title);
        QFont bold = larger;
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
    }
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const QVariant id = item->data(0, kProfileRole);
        if (id.isValid()) emit memberChosen(id.toLongLong());
    });
    connect(&m_presenter, &DeskPresenter::todayChanged, this, &TodayList::fill);
    fill();
}

void TodayList::fill() {
    const auto& today = m_presenter.today();
    const std::array<const std::vector<profiles::SearchHit>*, 3> lists = {&today.expected, &today.no_shows,
                                                                           &today.checked_in};
    for (int g = 0; g < 3; ++g) {
        QTreeWidgetItem* group = topLevelItem(g);
        qDeleteAll(group->takeChildren());
        const auto& list = *lists[static_cast<std::size_t>(g)];
        group->setText(0, tr("%1 (%2)", "group (count)").arg(group->data(0, Qt::UserRole).toString()).arg(static_cast<int>(list.size())));
        for (const auto& hit : list) {
            auto* item = new QTreeWidgetItem(group);
            item->setText(0, DeskText::name(hit));
            item->setText(1, DeskText::membership(hit.membership_status));
            item->setData(0, kProfileRole, QVariant::fromValue<qint64>(hit.id.value()));
            item->setToolTip(0, tr("Open %1's card").arg(DeskText::name(hit)));
            if (g == noShows) item->setForeground(0, QColor(0xb4, 0x23, 0x18));
        }
        if (list.empty()) {
            auto* none = new QTreeWidgetItem(group);
            none->setText(0, tr("Nobody"));
            none->setFlags(Qt::NoItemFlags);
        }
        group->setExpanded(true);
    }
}

QStringList TodayList::names(Group group) const {
    QStringList out;
    const QTreeWidgetItem* item = topLevelItem(group);
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->data(0, kProfileRole).isValid()) out << item->child(i)->text(0);
    }
    return out;
}

}  // namespace outpost::ui
