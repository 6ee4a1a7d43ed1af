#pragma once
// The console's side of a desk's sync: a sync::SyncRunner on its own thread over a transport, the
// replica's worker for the screens, and the sync state as the GUI thread sees it. The runner's
// reports arrive through queued calls only.
//
//   DeskSyncController sync(replica, transport.transport(), clock);
//   sync.start();          // bootstraps an empty replica, then pushes and pulls
//   sync.wake();           // a poke arrived or a command was queued: a round now
//
// dataChanged() follows a round that changed the replica (engine changes, confirmations,
// refusals, a bootstrap); sessionRefused() a round the engine refused as unauthenticated.

#include <memory>
#include <optional>
#include <vector>

#include <QObject>

#include "domain/clock.h"
#include "ui/sync/core_sync.h"
#include "ui/bridge/queued_relay.h"
#include "ui/sync/replica_worker.h"

namespace outpost::ui {

struct DeskSyncState {
    bool reported = false;  // false until the first report of the runner
    bool online = false;    // the last round reached the engine
    bool syncing = false;
    qint64 pending = 0;     // commands waiting to sync
    int issues = 0;         // refused commands waiting for the person
    std::optional<Timestamp> lastSync;
    std::optional<Error> error;  // why the last round failed
    std::optional<sync::BootstrapProgress> bootstrap;  // while loading
    bool loaded = false;    // the replica holds its data (bootstrapped once)
};

class DeskSyncController final : public QObject {
    Q_OBJECT

  public:
    // `pages` reads bootstrap pages as text (faster); without it they come through `transport`.
    DeskSyncController(sync::Replica& replica, sync::Transport transport, const Clock& clock,
                       QObject* parent = nullptr, sync::TextTransport pages = {});
    ~DeskSyncController() override;

    void start();
    void stop();
    void wake();
    // A message of the engine's WebSocket announcing changes: applied without a request when it
    // continues the replica's cursor, otherwise it leads to a round.
    void deliver(const QByteArray& message);
    // Rounds also run this often without a poke (the runner's default is 30 s).
    void setInterval(std::chrono::milliseconds interval);

    [[nodiscard]] const DeskSyncState& state() const { return m_state; }
    [[nodiscard]] ReplicaWorker& worker() { return *m_worker; }

    // Reads the counts again (after a local command); stateChanged() follows.
    void refreshCounts();
    // The refused commands; answered by issuesReady().
    void requestIssues();
    // Submits the command of an issue again / forgets it; issuesReady() and dataChanged() follow.
    void retryIssue(std::int64_t mutationId);
    void discardIssue(std::int64_t mutationId);
    [[nodiscard]] const std::vector<sync::SyncIssue>& issues() const { return m_issues; }

  signals:
    void stateChanged();
    void dataChanged();
    void issuesReady();
    void sessionRefused();
    void actionFailed(const outpost::Error& error);

  private:
    struct Marks;
    void onStatus(const sync::SyncStatus& status, bool changed, bool loaded);
    void setCounts(qint64 pending, int issues, bool loaded);

    sync::Replica& m_replica;
    const Clock& m_clock;
    std::unique_ptr<ReplicaWorker> m_worker;
    std::shared_ptr<QueuedRelay<DeskSyncController>> m_relay;
    std::shared_ptr<Marks> m_marks;
    std::unique_ptr<sync::DeskSync> m_sync;
    std::unique_ptr<sync::SyncRunner> m_runner;
    DeskSyncState m_state;
    std::vector<sync::SyncIssue> m_issues;
    bool m_started = false;
};

}  // namespace outpost::ui
