#include "ui/tasks/tasks_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/tasks/task_card_pane.h"
#include "ui/tasks/task_text.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

}  // namespace

TasksView::TasksView(TasksPresenter& presenter, QWidget* parent)
    : Screen(parent), m_presenter(presenter), m_message(new InlineMessage(this)), m_counts(new QLabel(this)),
      m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("tasksScreen"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    auto* title = new QLabel(tr("Tasks"), this);
    title->setProperty("role", QStringLiteral("title"));
    m_counts->setObjectName(QStringLiteral("taskCounts"));
    m_counts->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(title);
    layout->addWidget(m_counts);
    m_message->setObjectName(QStringLiteral("taskMessage"));
    layout->addWidget(m_message);
    m_tabs->addTab(buildQueuePage(), tr("My queue"));
    if (m_presenter.managesTasks()) m_tabs->addTab(buildBoardPage(), tr("Team board"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    installShortcuts();

    connect(&m_presenter, &TasksPresenter::queueChanged, this, [this] {
        fillQueue();
        fillBoard();
    });
    connect(&m_presenter, &TasksPresenter::clockTicked, this, [this] {
        fillQueue();
        fillBoard();
    });
    connect(&m_presenter, &TasksPresenter::actionFailed, this,
            [this](const QString& message) { m_message->showMessage(InlineMessage::Kind::error, message); });
    connect(&m_presenter, &TasksPresenter::preBreach, this, [this](const QString&, const QString& summary, const QString& left) {
        m_message->showMessage(InlineMessage::Kind::error, tr("About to breach in %1: %2").arg(left, summary));
    });
}

QWidget* TasksView::buildQueuePage() {
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_queue = makeTable(splitter, QStringLiteral("taskQueue"),
                        {tr("Urgency"), tr("Task"), tr("Location"), tr("SLA"), tr("Owner")});
    m_queue->setAccessibleName(tr("My queue"));
    m_queue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_card = new TaskCardPane(m_presenter, splitter);
    splitter->addWidget(m_queue);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 540});
    auto* header = m_queue->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->setSectionResizeMode(3, QHeaderView::Interactive);
    header->setSectionResizeMode(4, QHeaderView::Interactive);
    m_queue->setColumnWidth(2, 118);
    m_queue->setColumnWidth(3, 150);
    m_queue->setColumnWidth(4, 96);
    connect(m_queue, &QTableWidget::currentCellChanged, this, [this](int row) {
        const auto& queue = m_presenter.queue();
        m_presenter.select(row >= 0 && row < static_cast<int>(queue.size())
                               ? QString::fromStdString(queue[static_cast<std::size_t>(row)].id)
                               : QString());
    });
    return splitter;
}

QWidget* TasksView::buildBoardPage() {
    m_board = makeTable(this, QStringLiteral("teamBoard"),
                        {tr("Person"), tr("Open"), tr("At risk"), tr("Breached"), tr("Taken over"), tr("Load")});
    m_board->setAccessibleName(tr("Team board"));
    m_board->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return m_board;
}

void TasksView::fillQueue() {
    const QString selected = m_presenter.selectedId();
    const Timestamp now = m_presenter.now();
    const auto& queue = m_presenter.queue();
    const QSignalBlocker block(m_queue);
    m_queue->setRowCount(static_cast<int>(queue.size()));
    int keep = -1;
    for (int row = 0; row < static_cast<int>(queue.size()); ++row) {
        const auto& t = queue[static_cast<std::size_t>(row)];
        auto* sla = cell(TaskText::countdown(t, now));
        const QColor color = TaskText::slaColor(sync::live_sla(t, now));
        if (color.isValid()) sla->setBackground(color);
        auto* summary = cell(QString::fromStdString(t.summary));
        if (t.taken_over) summary->setIcon(Icons::colored(QStringLiteral("user")));
        QFont font = summary->font();
        font.setItalic(t.pending_sync);  // changed here, not yet confirmed by the engine
        summary->setFont(font);
        m_queue->setItem(row, 0, cell(TaskText::urgency(t.urgency)));
        m_queue->setItem(row, 1, summary);
        m_queue->setItem(row, 2, cell(QString::fromStdString(t.location_name)));
        m_queue->setItem(row, 3, sla);
        m_queue->setItem(row, 4, cell(t.owner_id ? QString::fromStdString(t.owner_name) : tr("Unclaimed")));
        if (QString::fromStdString(t.id) == selected) keep = row;
    }
    if (keep >= 0) m_queue->selectRow(keep);
    const int own = static_cast<int>(std::count_if(queue.begin(), queue.end(), [&](const sync::TaskListItem& t) {
        return t.owner_id == m_presenter.user().id;
    }));
    m_counts->setText(tr("%n of yours", nullptr, own) + QStringLiteral(" · ") +
                      tr("%n in your queue", nullptr, static_cast<int>(queue.size())) + QStringLiteral(" · ") +
                      tr("%n open in your locations", nullptr, m_presenter.openCount()));
}

void TasksView::fillBoard() {
    if (!m_board) return;
    const auto& board = m_presenter.board();
    const int capacity = m_presenter.limits().capacity;
    m_board->setRowCount(static_cast<int>(board.size()));
    for (int row = 0; row < static_cast<int>(board.size()); ++row) {
        const auto& r = board[static_cast<std::size_t>(row)];
        m_board->setItem(row, 0, cell(r.user_id ? QString::fromStdString(r.name) : tr("Unassigned")));
        m_board->setItem(row, 1, cell(QString::number(r.open)));
        auto* risk = cell(QString::number(r.at_risk));
        if (r.at_risk > 0) risk->setBackground(TaskText::slaColor(sync::LiveSla::warning));
        auto* breached = cell(QString::number(r.breached));
        if (r.breached > 0) breached->setBackground(TaskText::slaColor(sync::LiveSla::breached));
        m_board->setItem(row, 2, risk);
        m_board->setItem(row, 3, breached);
        m_board->setItem(row, 4, cell(QString::number(r.taken_over)));
        m_board->setItem(row, 5, cell(r.user_id ? tr("%1 of %2").arg(r.open).arg(capacity) : QString()));
    }
}

bool TasksView::selectTask(const QString& id) {
    const auto& queue = m_presenter.queue();
    for (int row = 0; row < static_cast<int>(queue.size()); ++row) {
        if (QString::fromStdString(queue[static_cast<std::size_t>(row)].id) == id) {
            m_queue->setCurrentCell(row, 1);
            return true;
        }
    }
    return false;
}

void TasksView::installShortcuts() {
    const auto key = [this](const char* sequence, auto action) {
        auto* shortcut = new QShortcut(QKeySequence(QString::fromLatin1(sequence)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_card, action);
    };
    key("C", &TaskCardPane::claim);
    key("T", &TaskCardPane::takeOver);
    key("W", &TaskCardPane::toggleWaiting);
    key("X", &TaskCardPane::resolve);
    key("E", &TaskCardPane::escalate);
    key("A", &TaskCardPane::requestApproval);
}

QString TasksView::title() const { return tr("Tasks"); }
QIcon TasksView::icon() const { return Icons::colored(QStringLiteral("tasks")); }
void TasksView::refresh() { m_presenter.reload(); }
void TasksView::focusFilters() { m_queue->setFocus(); }
void TasksView::selectNext() { moveSelection(1); }
void TasksView::selectPrevious() { moveSelection(-1); }

void TasksView::moveSelection(int delta) {
    if (m_queue->rowCount() == 0) return;
    const int row = std::clamp(m_queue->currentRow() + delta, 0, m_queue->rowCount() - 1);
    m_queue->setCurrentCell(row, 1);
}

}  // namespace outpost::ui
