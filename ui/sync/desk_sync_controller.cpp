#include "ui/sync/desk_sync_controller.h"

#include "ui/logging.h"

namespace outpost::ui {

// What the runner's thread last saw of the replica, to tell whether a round changed it.
struct DeskSyncController::Marks {
    std::int64_t cursor = -1;
    std::int64_t confirmed = -1;
    std::int64_t pending = -1;
    std::size_t issues = 0;
    bool bootstrapped = false;
};

DeskSyncController::DeskSyncController(sync::Replica& replica, sync::Transport transport, const Clock& clock,
                                       QObject* parent, sync::TextTransport pages)
    : QObject(parent),
      m_replica(replica),
      m_clock(clock),
      m_worker(std::make_unique<ReplicaWorker>(replica)),
      m_relay(std::make_shared<QueuedRelay<DeskSyncController>>(this)),
      m_marks(std::make_shared<Marks>()),
      m_sync(std::make_unique<sync::DeskSync>(replica, std::move(transport), std::move(pages))) {
    auto relay = m_relay;
    auto marks = m_marks;
    sync::Replica* target = &replica;
    m_runner = std::make_unique<sync::SyncRunner>(*m_sync, replica, clock, [relay, marks, target](const sync::SyncStatus& s) {
        // On the runner's thread, between rounds or during one: cheap reads of the replica's marks.
        bool changed = false;
        const bool loaded = target->bootstrapped();
        if (!s.syncing) {
            const auto cursor = target->cursor();
            const auto confirmed = target->confirmed();
            changed = cursor != marks->cursor || confirmed != marks->confirmed || s.pending != marks->pending ||
                      s.issues != marks->issues || loaded != marks->bootstrapped;
            marks->cursor = cursor;
            marks->confirmed = confirmed;
            marks->pending = s.pending;
            marks->issues = s.issues;
            marks->bootstrapped = loaded;
        }
        relay->post([s, changed, loaded](DeskSyncController& c) { c.onStatus(s, changed, loaded); });
    });
}

DeskSyncController::~DeskSyncController() {
    m_relay->detach();
    stop();
    m_worker.reset();
}

void DeskSyncController::start() {
    if (m_started) return;
    m_started = true;
    qCInfo(lcSync) << "sync started";
    m_runner->start();
    refreshCounts();
}

void DeskSyncController::stop() {
    if (!m_started) return;
    m_started = false;
    m_runner->stop();
}

void DeskSyncController::wake() {
    if (m_started) m_runner->wake();
}

void DeskSyncController::deliver(const QByteArray& message) {
    if (m_started) m_runner->deliver(message.toStdString());
}

void DeskSyncController::setInterval(std::chrono::milliseconds interval) {
    m_runner->set_interval(interval);
}

void DeskSyncController::onStatus(const sync::SyncStatus& status, bool changed, bool loaded) {
    const bool issuesMoved = static_cast<int>(status.issues) != m_state.issues;
    m_state.reported = true;
    m_state.syncing = status.syncing;
    if (!status.syncing) {
        m_state.online = status.online;
        m_state.error = status.error;
    } else if (status.online) {
        m_state.online = true;
    }
    m_state.pending = status.pending;
    m_state.issues = static_cast<int>(status.issues);
    if (status.last_sync) m_state.lastSync = status.last_sync;
    m_state.bootstrap = status.bootstrap;
    m_state.loaded = m_state.loaded || loaded;
    if (status.error && status.error->code == ErrorCode::unauthenticated && !status.syncing) {
        qCInfo(lcSync) << "the engine refused the session";
        emit sessionRefused();
    }
    emit stateChanged();
    if (issuesMoved) requestIssues();
    if (changed) emit dataChanged();
}

void DeskSyncController::refreshCounts() {
    struct Counts {
        qint64 pending;
        int issues;
        bool loaded;
    };
    m_worker->run<Counts>(
        [](sync::Replica& r) {
            return Counts{r.pending_count(), static_cast<int>(r.issues().size()), r.bootstrapped()};
        },
        [this](Counts c) { setCounts(c.pending, c.issues, c.loaded); });
}

void DeskSyncController::setCounts(qint64 pending, int issues, bool loaded) {
    const bool issuesMoved = issues != m_state.issues;
    m_state.pending = pending;
    m_state.issues = issues;
    m_state.loaded = m_state.loaded || loaded;
    emit stateChanged();
    if (issuesMoved) requestIssues();
}

void DeskSyncController::requestIssues() {
    m_worker->run<std::vector<sync::SyncIssue>>([](sync::Replica& r) { return r.issues(); },
                                                [this](std::vector<sync::SyncIssue> issues) {
                                                    m_issues = std::move(issues);
                                                    emit issuesReady();
                                                });
}

void DeskSyncController::retryIssue(std::int64_t mutationId) {
    m_worker->run<Result<std::int64_t>>([mutationId](sync::Replica& r) { return r.retry_issue(mutationId); },
                                        [this](Result<std::int64_t> done) {
                                            if (!done) emit actionFailed(done.error());
                                            requestIssues();
                                            refreshCounts();
                                            emit dataChanged();
                                            wake();
                                        });
}

void DeskSyncController::discardIssue(std::int64_t mutationId) {
    m_worker->run<Result<void>>([mutationId](sync::Replica& r) { return r.discard_issue(mutationId); },
                                [this](Result<void> done) {
                                    if (!done) emit actionFailed(done.error());
                                    requestIssues();
                                    refreshCounts();
                                });
}

}  // namespace outpost::ui
