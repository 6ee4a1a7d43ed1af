#include "ui/customers/merge_queue.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/customers/customer_text.h"
#include "ui/customers/table_util.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

using customers::makeTable;
using customers::setCell;

namespace {

// The rows of the side-by-side compare, in this order.
constexpr const char* kCompared[] = {"first_name",       "last_name",         "primary_phone",   "primary_email",
                                     "birthday",         "external_id",       "member_id",       "access_card_id",
                                     "home_location_id", "membership_status", "lifetime_value_cents",
                                     "last_activity_at", "consent_sms",       "consent_email",   "source_origin"};

std::string textOf(const Json& profile, const char* field) {
    auto it = profile.find(field);
    if (it == profile.end() || it->is_null()) return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
}

QString nameOf(const Json& profile) {
    return QString::fromStdString(textOf(profile, "first_name") + " " + textOf(profile, "last_name")).trimmed();
}

QString reasonText(const std::vector<std::string>& reasons) {
    QStringList words;
    for (const auto& r : reasons) words << CustomerText::mergeReason(r);
    return words.join(QStringLiteral(", "));
}

}  // namespace

MergeQueueView::MergeQueueView(CustomerOpsPresenter& presenter, QWidget* parent) : QWidget(parent), m_presenter(presenter) {
    setObjectName(QStringLiteral("mergeQueue"));
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Suggested merges (a person decides; nothing merges on its own):"), left));
    m_suggestions = makeTable({tr("Confidence"), tr("Customer A"), tr("Customer B"), tr("Why")}, left);
    m_suggestions->setObjectName(QStringLiteral("mergeSuggestions"));
    m_suggestions->setAccessibleName(tr("Merge suggestions"));
    leftLayout->addWidget(m_suggestions, 3);
    m_rate = new QLabel(left);
    leftLayout->addWidget(m_rate);
    m_merges = makeTable({tr("Merge"), tr("Kept"), tr("Folded in"), tr("Merged"), tr("State")}, left);
    m_merges->setObjectName(QStringLiteral("mergesDone"));
    m_merges->setAccessibleName(tr("Merges done"));
    leftLayout->addWidget(m_merges, 2);
    m_unmerge = new QPushButton(tr("Unmerge"), left);
    m_unmerge->setObjectName(QStringLiteral("unmerge"));
    m_unmerge->setToolTip(tr("Puts both customers back as they were before the merge"));
    leftLayout->addWidget(m_unmerge, 0, Qt::AlignRight);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_compareTitle = new QLabel(right);
    m_compareTitle->setWordWrap(true);
    rightLayout->addWidget(m_compareTitle);
    m_compare = makeTable({tr("Field"), tr("Customer A (kept)"), tr("Customer B (folded in)")}, right);
    m_compare->setObjectName(QStringLiteral("mergeCompare"));
    m_compare->setAccessibleName(tr("Side-by-side compare"));
    rightLayout->addWidget(m_compare, 1);
    auto* actions = new QHBoxLayout;
    m_reason = new QLineEdit(right);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setPlaceholderText(tr("Reason to keep them apart (needed to reject)"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reject = new QPushButton(tr("Reject"), right);
    m_reject->setObjectName(QStringLiteral("reject"));
    m_approve = new QPushButton(tr("Approve merge"), right);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_approve->setDefault(true);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_reject);
    actions->addWidget(m_approve);
    rightLayout->addLayout(actions);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    layout->addWidget(split, 1);

    connect(&m_presenter, &CustomerOpsPresenter::suggestionsChanged, this, &MergeQueueView::fillSuggestions);
    connect(&m_presenter, &CustomerOpsPresenter::mergesChanged, this, &MergeQueueView::fillMerges);
    connect(&m_presenter, &CustomerOpsPresenter::busyChanged, this, &MergeQueueView::updateButtons);
    connect(m_suggestions, &QTableWidget::itemSelectionChanged, this, [this] {
        fillCompare();
        updateButtons();
    });
    connect(m_merges, &QTableWidget::itemSelectionChanged, this, &MergeQueueView::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &MergeQueueView::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const auto* s = current()) m_presenter.approve(s->id);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        const auto* s = current();
        if (!s || m_reason->text().trimmed().isEmpty()) return;
        m_presenter.reject(s->id, m_reason->text());
        m_reason->clear();
    });
    connect(m_unmerge, &QPushButton::clicked, this, [this] {
        const int row = m_merges->currentRow();
        const auto& list = m_presenter.merges().merges;
        if (row < 0 || row >= static_cast<int>(list.size())) return;
        m_presenter.unmerge(list[static_cast<std::size_t>(row)].id);
    });
    fillSuggestions();
    fillMerges();
}

const MergeSuggestion* MergeQueueView::current() const {
    const int row = m_suggestions->currentRow();
    const auto& list = m_presenter.suggestions();
    if (row < 0 || row >= static_cast<int>(list.size()) || m_suggestions->selectedItems().isEmpty()) return nullptr;
    return &list[static_cast<std::size_t>(row)];
}

void MergeQueueView::fillSuggestions() {
    // A refresh keeps the suggestion the user was looking at, when it is still waiting.
    const std::optional<std::int64_t> kept = m_shown;
    const auto& list = m_presenter.suggestions();
    int keep = 0;
    m_suggestions->setRowCount(static_cast<int>(list.size()));
    int row = 0;
    for (const auto& s : list) {
        setCell(m_suggestions, row, 0, QStringLiteral("%1%").arg(qRound(s.confidence * 100)));
        setCell(m_suggestions, row, 1, nameOf(s.profileA));
        setCell(m_suggestions, row, 2, nameOf(s.profileB));
        setCell(m_suggestions, row, 3, reasonText(s.reasons));
        if (kept && s.id == *kept) keep = row;
        ++row;
    }
    customers::fitColumns(m_suggestions);
    if (!list.empty()) {
        selectSuggestion(keep);
    } else {
        fillCompare();
    }
    updateButtons();
}

void MergeQueueView::fillCompare() {
    const auto* s = current();
    m_shown = s ? std::optional<std::int64_t>(s->id) : std::nullopt;
    m_compare->setRowCount(0);
    if (!s) {
        m_compareTitle->setText(m_presenter.suggestions().empty() ? tr("No merge suggestions are waiting.")
                                                                  : tr("Pick a suggestion to compare the two profiles."));
        return;
    }
    m_compareTitle->setText(tr("Customer %1 and customer %2 — %3% alike. Approving keeps A and folds B into it; "
                               "it can be undone.")
                                .arg(QString::fromStdString(textOf(s->profileA, "id")), QString::fromStdString(textOf(s->profileB, "id")))
                                .arg(qRound(s->confidence * 100)));
    const QColor tint = Theme::negativeTint();
    const auto shown = [this](const std::string& field, const std::string& value) {
        if (field == "source_origin") return CustomerText::source(value);
        if (field == "home_location_id") {
            for (const auto& [id, name] : m_presenter.locations()) {
                if (id == value) return QString::fromStdString(name);
            }
        }
        return CustomerText::value(field, value);
    };
    int row = 0;
    for (const char* field : kCompared) {
        const std::string a = textOf(s->profileA, field);
        const std::string b = textOf(s->profileB, field);
        m_compare->insertRow(row);
        setCell(m_compare, row, 0, field == std::string("source_origin") ? tr("Came from") : CustomerText::field(field));
        auto* left = setCell(m_compare, row, 1, shown(field, a));
        auto* right = setCell(m_compare, row, 2, shown(field, b));
        if (a != b) {
            for (auto* item : {m_compare->item(row, 0), left, right}) {
                item->setBackground(tint);
                item->setData(Qt::UserRole, true);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        ++row;
    }
    customers::fitColumns(m_compare);
}

int MergeQueueView::differingRows() const {
    int n = 0;
    for (int r = 0; r < m_compare->rowCount(); ++r) n += m_compare->item(r, 0)->data(Qt::UserRole).toBool() ? 1 : 0;
    return n;
}

void MergeQueueView::fillMerges() {
    const auto& history = m_presenter.merges();
    m_rate->setText(tr("Merges done — false-merge rate (unmerges / merges): %1%")
                        .arg(QString::number(history.falseMergeRate * 100, 'f', 1)));
    m_merges->setRowCount(static_cast<int>(history.merges.size()));
    int row = 0;
    for (const auto& m : history.merges) {
        setCell(m_merges, row, 0, QString::number(m.id));
        setCell(m_merges, row, 1, QString::fromStdString(m.survivorName));
        setCell(m_merges, row, 2, QString::fromStdString(m.absorbedName));
        setCell(m_merges, row, 3, CustomerText::when(m.mergedAt));
        setCell(m_merges, row, 4, m.unmergedAt ? tr("Undone %1").arg(CustomerText::when(*m.unmergedAt)) : tr("Merged"));
        ++row;
    }
    customers::fitColumns(m_merges);
    updateButtons();
}

void MergeQueueView::updateButtons() {
    const bool idle = !m_presenter.isBusy();
    const bool chosen = current() != nullptr;
    m_approve->setEnabled(idle && chosen);
    m_reject->setEnabled(idle && chosen && !m_reason->text().trimmed().isEmpty());
    m_reason->setEnabled(chosen);
    const int row = m_merges->currentRow();
    const auto& list = m_presenter.merges().merges;
    const bool undoable = row >= 0 && row < static_cast<int>(list.size()) && !m_merges->selectedItems().isEmpty() &&
                          !list[static_cast<std::size_t>(row)].unmergedAt;
    m_unmerge->setEnabled(idle && undoable);
}

void MergeQueueView::selectSuggestion(int row) { customers::selectRow(m_suggestions, row); }
void MergeQueueView::selectMerge(int row) { customers::selectRow(m_merges, row); }
void MergeQueueView::moveSelection(int delta) { customers::moveRow(m_suggestions, delta); }

}  // namespace outpost::ui
