#include "ui/customers/customers_screen.h"

#include <algorithm>

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/customers/at_risk_list.h"
#include "ui/customers/customer_ops_presenter.h"
#include "ui/customers/customer_text.h"
#include "ui/customers/customers_presenter.h"
#include "ui/customers/merge_queue.h"
#include "ui/customers/profile_360.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {

CustomersScreen::CustomersScreen(CustomersPresenter& presenter, CustomerOpsPresenter* ops, const Clock& clock, QWidget* parent)
    : Screen(parent), m_presenter(presenter), m_ops(ops) {
    setObjectName(QStringLiteral("customersScreen"));
    auto* layout = new QVBoxLayout(this);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("customersMessage"));
    layout->addWidget(m_message);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildProfilesPage(), tr("Profiles"));
    if (m_ops) {
        m_merges = new MergeQueueView(*m_ops, m_tabs);
        m_tabs->addTab(m_merges, tr("Merge queue"));
        m_atRisk = new AtRiskListView(*m_ops, clock, m_tabs);
        m_tabs->addTab(m_atRisk, tr("At-risk"));
        connect(m_ops, &CustomerOpsPresenter::failed, this,
                [this](const QString& text) { m_message->showMessage(InlineMessage::Kind::error, text); });
        connect(m_ops, &CustomerOpsPresenter::succeeded, this,
                [this](const QString& text) { m_message->showMessage(InlineMessage::Kind::information, text); });
    }
    layout->addWidget(m_tabs, 1);

    connect(&m_presenter, &CustomersPresenter::actionFailed, this,
            [this](const QString& text) { m_message->showMessage(InlineMessage::Kind::error, text); });
    connect(&m_presenter, &CustomersPresenter::actionQueued, this, [this] {
        m_message->showMessage(InlineMessage::Kind::information,
                               tr("Saved on this desk; it reaches the engine with the next sync."));
    });
    connect(&m_presenter, &CustomersPresenter::resultsChanged, this, &CustomersScreen::fillResults);
}

QWidget* CustomersScreen::buildProfilesPage() {
    auto* split = new QSplitter(Qt::Horizontal, m_tabs);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Name, phone, email, member or external id"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    leftLayout->addWidget(m_search);
    m_results = new QListWidget(left);
    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setAccessibleName(tr("Customers found"));
    m_results->setAlternatingRowColors(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(m_results, 1);
    auto* hint = new QLabel(tr("↓ moves to the list · Enter opens the first match"), left);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);
    m_profile = new Profile360View(m_presenter, split);
    split->addWidget(left);
    split->addWidget(m_profile);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 7);
    split->setSizes({250, 1030});

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) { m_presenter.search(text); });
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= static_cast<int>(m_presenter.results().size())) return;
        m_presenter.select(m_presenter.results()[static_cast<std::size_t>(row)].id.value());
    });
    return split;
}

bool CustomersScreen::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus();
            if (m_results->currentRow() < 0) m_results->setCurrentRow(0);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_results->count() > 0) {
            m_results->setCurrentRow(std::max(0, m_results->currentRow()));
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void CustomersScreen::fillResults() {
    const std::int64_t selected = m_presenter.selectedId();
    QSignalBlocker block(m_results);
    m_results->clear();
    int keep = -1;
    int row = 0;
    for (const auto& hit : m_presenter.results()) {
        QString line = QString::fromStdString(hit.first_name + " " + hit.last_name).trimmed();
        QStringList contact;
        if (!hit.primary_phone.empty()) contact << QString::fromStdString(hit.primary_phone);
        if (!hit.primary_email.empty()) contact << QString::fromStdString(hit.primary_email);
        auto* item = new QListWidgetItem(line + QStringLiteral("\n") + contact.join(QStringLiteral(" · ")) +
                                             QStringLiteral(" · ") + CustomerText::membership(hit.membership_status),
                                         m_results);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(hit.id.value()));
        if (hit.id.value() == selected) keep = row;
        ++row;
    }
    if (keep >= 0) m_results->setCurrentRow(keep);
}

QString CustomersScreen::title() const { return tr("Customers"); }
QIcon CustomersScreen::icon() const { return Icons::themed(QStringLiteral("users")); }

void CustomersScreen::refresh() {
    m_presenter.reload();
    if (m_ops) {
        m_ops->loadMergeQueue();
        m_ops->loadAtRisk();
    }
}

void CustomersScreen::focusFilters() {
    m_tabs->setCurrentIndex(0);
    m_search->setFocus();
    m_search->selectAll();
}

void CustomersScreen::showTab(int index) { m_tabs->setCurrentIndex(index); }

void CustomersScreen::moveResult(int delta) {
    const int count = m_results->count();
    if (count == 0) return;
    m_results->setCurrentRow(std::clamp(m_results->currentRow() + delta, 0, count - 1));
}

void CustomersScreen::selectNext() {
    if (m_tabs->currentWidget() == m_merges && m_merges) return m_merges->moveSelection(1);
    if (m_tabs->currentWidget() == m_atRisk && m_atRisk) return m_atRisk->moveSelection(1);
    moveResult(1);
}

void CustomersScreen::selectPrevious() {
    if (m_tabs->currentWidget() == m_merges && m_merges) return m_merges->moveSelection(-1);
    if (m_tabs->currentWidget() == m_atRisk && m_atRisk) return m_atRisk->moveSelection(-1);
    moveResult(-1);
}

}  // namespace outpost::ui
