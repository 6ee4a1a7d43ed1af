#include "ui/tasks/tasks_presenter.h"

#include <QPointer>

#include "ui/logging.h"
#include "ui/sync/desk_sync_controller.h"
#include "ui/tasks/task_text.h"
#include "ui/widgets/sla_chip.h"

namespace outpost::ui {

TasksPresenter::TasksPresenter(DeskSyncController& sync, ActingUser user, Role role, const Clock& clock, QObject* parent)
    : QObject(parent), m_sync(sync), m_user(std::move(user)), m_role(role), m_clock(clock) {
    connect(&m_sync, &DeskSyncController::dataChanged, this, &TasksPresenter::reload);
    m_tick.setInterval(std::chrono::seconds(30));
    connect(&m_tick, &QTimer::timeout, this, [this] {
        checkWarnings();
        emit clockTicked();
    });
}

void TasksPresenter::start() {
    reload();
    m_tick.start();
}

void TasksPresenter::reload() {
    QPointer<TasksPresenter> self(this);
    const quint64 generation = ++m_generation;
    m_sync.worker().run<Result<std::vector<sync::TaskListItem>>>(
        [](sync::Replica& replica) { return replica.read([](store::Database& db) { return sync::read_open_tasks(db); }); },
        [self, generation](Result<std::vector<sync::TaskListItem>> tasks) {
            if (!self || generation != self->m_generation) return;
            if (!tasks) {
                emit self->actionFailed(QString::fromStdString(tasks.error().message));
                return;
            }
            self->m_tasks = std::move(*tasks);
            self->m_queue = sync::queue_of(self->m_tasks, self->m_user.id, self->m_limits);
            self->m_board = sync::team_board(self->m_tasks, self->now());
            emit self->queueChanged();
            self->checkWarnings();
            if (!self->m_selected.isEmpty()) self->loadCard();
        });
}

void TasksPresenter::checkWarnings() {
    const Timestamp at = now();
    for (const auto& t : m_tasks) {
        if (t.owner_id != m_user.id || m_warned.contains(t.id)) continue;
        if (sync::live_sla(t, at) != sync::LiveSla::warning || !t.due) continue;
        m_warned.insert(t.id);
        emit preBreach(QString::fromStdString(t.id), QString::fromStdString(t.summary), SlaChip::span(*t.due - at));
    }
}

void TasksPresenter::select(const QString& taskId) {
    if (taskId == m_selected) return;
    m_selected = taskId;
    if (taskId.isEmpty()) {
        m_card.reset();
        emit cardChanged();
        return;
    }
    loadCard();
    if (m_audited != taskId) {
        m_audited = taskId;
        submit("task.open_card", {{"task_id", taskId.toStdString()}});
    }
}

void TasksPresenter::loadCard() {
    QPointer<TasksPresenter> self(this);
    const std::string id = m_selected.toStdString();
    const Role role = m_role;
    m_sync.worker().run<Result<sync::TaskCard>>(
        [id, role](sync::Replica& replica) {
            return replica.read([&](store::Database& db) { return sync::read_task_card(db, id, role); });
        },
        [self, id](Result<sync::TaskCard> card) {
            if (!self || self->m_selected.toStdString() != id) return;
            if (card) {
                self->m_card = std::move(*card);
            } else {
                self->m_card.reset();  // resolved or gone from the scope
            }
            emit self->cardChanged();
        });
}

void TasksPresenter::submit(const std::string& name, Json args) {
    QPointer<TasksPresenter> self(this);
    qCInfo(lcSync) << "queueing" << QString::fromStdString(name);
    m_sync.worker().run<Result<std::int64_t>>(
        [name, args = std::move(args)](sync::Replica& replica) { return replica.submit(name, args); },
        [self, name](Result<std::int64_t> queued) {
            if (!self) return;
            if (!queued) {
                emit self->actionFailed(QString::fromStdString(queued.error().message));
                return;
            }
            self->m_sync.refreshCounts();
            self->m_sync.wake();
            if (name != "task.open_card") self->reload();
        });
}

void TasksPresenter::claim() { submit("task.claim", {{"task_id", m_selected.toStdString()}}); }
void TasksPresenter::release() { submit("task.release", {{"task_id", m_selected.toStdString()}}); }
void TasksPresenter::takeOver() { submit("task.take_over", {{"task_id", m_selected.toStdString()}}); }

void TasksPresenter::setStatus(const QString& status) {
    submit("task.set_status", {{"task_id", m_selected.toStdString()}, {"status", status.toStdString()}});
}

void TasksPresenter::escalate(const QString& reason) {
    submit("task.escalate", {{"task_id", m_selected.toStdString()}, {"reason", reason.toStdString()}});
}

void TasksPresenter::requestApproval(const QString& kind, std::int64_t cents, const QString& note) {
    submit("task.request_approval", {{"task_id", m_selected.toStdString()},
                                     {"kind", kind.toStdString()},
                                     {"amount_cents", cents},
                                     {"note", note.toStdString()}});
}

void TasksPresenter::decideApproval(bool approve, const QString& reason) {
    submit("task.decide_approval", {{"task_id", m_selected.toStdString()},
                                    {"decision", approve ? "approve" : "deny"},
                                    {"reason", reason.toStdString()}});
}

}  // namespace outpost::ui
