#include "ui/sync/sync_issues_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/sync/desk_sync_controller.h"
#include "ui/sync/sync_issues_model.h"
#include "ui/sync/sync_text.h"

namespace outpost::ui {

SyncIssuesDialog::SyncIssuesDialog(DeskSyncController& sync, QWidget* parent)
    : QDialog(parent),
      m_sync(sync),
      m_model(new SyncIssuesModel(this)),
      m_summary(new QLabel(this)),
      m_pages(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry"), this)),
      m_discard(new QPushButton(tr("&Discard"), this)) {
    setObjectName(QStringLiteral("syncIssuesDialog"));
    setWindowTitle(tr("Sync issues"));
    setAccessibleName(tr("Sync issues"));
    resize(860, 420);

    auto* title = new QLabel(tr("Sync issues"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto* explanation = new QLabel(
        tr("The engine refused these changes, so they were undone on this computer. Retry sends a change again; "
           "Discard forgets it."),
        this);
    explanation->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setProperty("role", QStringLiteral("muted"));

    m_table->setObjectName(QStringLiteral("syncIssuesTable"));
    m_table->setAccessibleName(tr("Refused changes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(SyncIssuesModel::ChangeColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SyncIssuesModel::ReasonColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SyncIssuesModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(SyncIssuesModel::ChangeColumn, 280);

    m_empty->setObjectName(QStringLiteral("syncIssuesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_empty->setText(tr("No sync issues. The engine accepted every change this computer sent."));
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    m_retry->setObjectName(QStringLiteral("retryIssueButton"));
    m_retry->setToolTip(tr("Send the selected change to the engine again"));
    m_discard->setObjectName(QStringLiteral("discardIssueButton"));
    m_discard->setToolTip(tr("Forget the selected change"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_discard);
    actions->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    actions->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(m_summary);
    layout->addWidget(m_pages, 1);
    layout->addLayout(actions);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedIssue()) m_sync.retryIssue(id);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedIssue()) m_sync.discardIssue(id);
    });
    connect(&m_sync, &DeskSyncController::issuesReady, this, &SyncIssuesDialog::reload);
    connect(&m_sync, &DeskSyncController::stateChanged, this, &SyncIssuesDialog::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncIssuesDialog::updateButtons);

    reload();
    m_sync.requestIssues();
}

void SyncIssuesDialog::reload() {
    const qint64 previous = selectedIssue();
    m_model->setIssues(m_sync.issues());
    m_table->resizeRowsToContents();
    const int row = m_model->rowOf(previous);
    selectRow(row >= 0 ? row : 0);
    m_pages->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
    updateSummary();
    updateButtons();
}

bool SyncIssuesDialog::selectRow(int row) {
    if (row < 0 || row >= m_model->rowCount()) return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

qint64 SyncIssuesDialog::selectedIssue() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return 0;
    return m_model->data(rows.first(), SyncIssuesModel::MutationIdRole).toLongLong();
}

void SyncIssuesDialog::updateSummary() {
    const DeskSyncState& state = m_sync.state();
    QString text = SyncText::pending(state.pending);
    if (state.pending > 0 && state.reported && !state.online) text = tr("%1 · offline: they sync when the engine is back").arg(text);
    m_summary->setText(text);
}

QString SyncIssuesDialog::summaryText() const {
    return m_summary->text();
}

void SyncIssuesDialog::updateButtons() {
    const bool selected = selectedIssue() != 0;
    m_retry->setEnabled(selected);
    m_discard->setEnabled(selected);
}

}  // namespace outpost::ui
