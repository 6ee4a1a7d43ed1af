#include "ui/customers/at_risk_list.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/customers/at_risk_panel.h"
#include "ui/customers/customer_text.h"
#include "ui/customers/table_util.h"

namespace outpost::ui {

using customers::makeTable;
using customers::setCell;

AtRiskListView::AtRiskListView(CustomerOpsPresenter& presenter, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_presenter(presenter), m_clock(clock) {
    setObjectName(QStringLiteral("atRiskList"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("atRiskLocation"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setMinimumContentsLength(18);
    m_quota = new QLabel(this);
    m_quota->setObjectName(QStringLiteral("outreachQuota"));
    QFont bold = m_quota->font();
    bold.setBold(true);
    m_quota->setFont(bold);
    m_recompute = new QPushButton(tr("Score again"), this);
    m_recompute->setToolTip(tr("Recomputes the at-risk scores of this location's members now"));
    bar->addWidget(new QLabel(tr("Location:"), this));
    bar->addWidget(m_location);
    bar->addSpacing(16);
    bar->addWidget(m_quota, 1);
    bar->addWidget(m_recompute);
    layout->addLayout(bar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_table = makeTable({tr("Member"), tr("Score"), tr("Band"), tr("Expected value"), tr("Top reasons")}, split);
    m_table->setObjectName(QStringLiteral("atRiskTable"));
    m_table->setAccessibleName(tr("Members at risk"));
    auto* side = new QWidget(split);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_member = new QLabel(side);
    QFont big = m_member->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_member->setFont(big);
    sideLayout->addWidget(m_member);
    m_panel = new AtRiskPanel(side);
    sideLayout->addWidget(m_panel);
    m_note = new QLineEdit(side);
    m_note->setObjectName(QStringLiteral("outreachNote"));
    m_note->setPlaceholderText(tr("Note for the task (optional)"));
    m_note->setAccessibleName(tr("Outreach note"));
    sideLayout->addWidget(m_note);
    m_outreach = new QPushButton(tr("Start outreach"), side);
    m_outreach->setObjectName(QStringLiteral("startOutreach"));
    m_outreach->setToolTip(tr("Creates a call task for this member and counts it against the weekly quota"));
    sideLayout->addWidget(m_outreach, 0, Qt::AlignRight);
    auto* how = new QLabel(tr("Members are ranked by the expected value of an outreach: the chance it keeps them "
                              "(5% at low risk, 30% at medium, 20% at high, where many are already leaving) times "
                              "their lifetime value, less the cost of the outreach. Starting one opens a call task "
                              "for the location and uses one of the week's outreach slots."),
                           side);
    how->setWordWrap(true);
    how->setForegroundRole(QPalette::PlaceholderText);
    sideLayout->addSpacing(12);
    sideLayout->addWidget(how);
    sideLayout->addStretch(1);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 6);
    split->setStretchFactor(1, 4);
    split->setSizes({780, 520});
    layout->addWidget(split, 1);

    connect(&m_presenter, &CustomerOpsPresenter::locationsChanged, this, &AtRiskListView::fillLocations);
    connect(&m_presenter, &CustomerOpsPresenter::boardChanged, this, &AtRiskListView::fillBoard);
    connect(&m_presenter, &CustomerOpsPresenter::busyChanged, this, &AtRiskListView::updateButtons);
    connect(m_location, &QComboBox::activated, this, [this](int index) {
        m_presenter.showLocation(m_location->itemData(index).toString().toStdString());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AtRiskListView::showMember);
    connect(m_recompute, &QPushButton::clicked, this, [this] { m_presenter.recompute(); });
    connect(m_outreach, &QPushButton::clicked, this, [this] {
        const auto* m = current();
        if (!m) return;
        m_presenter.startOutreach(m->profileId, m_note->text());
        m_note->clear();
    });
    fillLocations();
    fillBoard();
}

void AtRiskListView::fillLocations() {
    m_location->clear();
    for (const auto& [id, name] : m_presenter.locations()) {
        m_location->addItem(QString::fromStdString(name), QString::fromStdString(id));
    }
    const int at = m_location->findData(QString::fromStdString(m_presenter.location()));
    if (at >= 0) m_location->setCurrentIndex(at);
}

const AtRiskMember* AtRiskListView::current() const {
    const auto& board = m_presenter.board();
    const int row = m_table->currentRow();
    if (!board || row < 0 || row >= static_cast<int>(board->members.size()) || m_table->selectedItems().isEmpty()) {
        return nullptr;
    }
    return &board->members[static_cast<std::size_t>(row)];
}

void AtRiskListView::fillBoard() {
    const auto& board = m_presenter.board();
    const int at = m_location->findData(QString::fromStdString(m_presenter.location()));
    if (at >= 0) m_location->setCurrentIndex(at);
    const std::int64_t previous = current() ? current()->profileId : 0;
    m_table->setRowCount(0);
    if (!board) {
        m_quota->clear();
        showMember();
        return;
    }
    m_quota->setText(tr("Weekly outreach quota: %1 · used %2 · %3 left")
                         .arg(board->weeklyQuota)
                         .arg(board->used)
                         .arg(board->left));
    m_table->setRowCount(static_cast<int>(board->members.size()));
    int row = 0;
    int keep = board->members.empty() ? -1 : 0;
    for (const auto& m : board->members) {
        setCell(m_table, row, 0, QString::fromStdString(m.firstName + " " + m.lastName));
        setCell(m_table, row, 1, QString::number(m.score));
        auto* band = setCell(m_table, row, 2, CustomerText::band(m.band) + (m.stale ? tr(" (stale)") : QString()));
        band->setForeground(CustomerText::bandColor(m.band));
        setCell(m_table, row, 3, CustomerText::money(m.expectedValueCents));
        QStringList top;
        for (std::size_t i = 0; i < m.reasons.size() && i < 2; ++i) top << CustomerText::reason(m.reasons[i]);
        setCell(m_table, row, 4, top.join(QStringLiteral("; ")));
        if (m.profileId == previous) keep = row;
        ++row;
    }
    customers::fitColumns(m_table);
    if (keep >= 0) selectRow(keep);
    showMember();
}

void AtRiskListView::showMember() {
    const auto* m = current();
    if (!m) {
        m_member->setText(m_presenter.board() && m_presenter.board()->members.empty()
                              ? tr("No scored members at this location.")
                              : QString());
        m_panel->display(std::nullopt, m_clock.now());
    } else {
        m_member->setText(QString::fromStdString(m->firstName + " " + m->lastName));
        m_panel->display(AtRiskFigures::of(*m), m_clock.now());
    }
    updateButtons();
}

void AtRiskListView::updateButtons() {
    const bool idle = !m_presenter.isBusy();
    const auto& board = m_presenter.board();
    const bool quotaLeft = board && board->left > 0;
    m_outreach->setEnabled(idle && current() != nullptr && quotaLeft);
    m_outreach->setToolTip(board && !quotaLeft ? tr("This week's outreach quota is used up")
                                               : tr("Creates a call task for this member and counts it against the weekly quota"));
    m_recompute->setEnabled(idle && !m_presenter.location().empty());
}

void AtRiskListView::selectRow(int row) { customers::selectRow(m_table, row); }
void AtRiskListView::moveSelection(int delta) { customers::moveRow(m_table, delta); }

}  // namespace outpost::ui
