#pragma once
// Runs work on a desk's replica one job after another on its own thread, and hands each answer to
// the GUI thread through a QueuedRelay. The screens' queries and the person's commands go through
// it, so that the GUI thread never waits for the replica's lock while the sync thread writes a
// bootstrap page or a pull.

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include <QObject>

#include "ui/sync/core_sync.h"
#include "ui/bridge/queued_relay.h"

namespace outpost::ui {

class ReplicaWorker final : public QObject {
    Q_OBJECT

  public:
    explicit ReplicaWorker(sync::Replica& replica, QObject* parent = nullptr);
    // Waits for the job in progress; jobs not started yet are dropped, and no answer arrives after.
    ~ReplicaWorker() override;
    ReplicaWorker(const ReplicaWorker&) = delete;
    ReplicaWorker& operator=(const ReplicaWorker&) = delete;

    // Runs `job` on the worker thread, then `onGuiThread` with its value on this object's thread.
    template <typename T>
    void run(std::function<T(sync::Replica&)> job, std::function<void(T)> onGuiThread) {
        enqueue([job = std::move(job), done = std::move(onGuiThread), relay = m_relay](sync::Replica& replica) {
            auto value = std::make_shared<T>(job(replica));
            relay->post([done, value](ReplicaWorker&) {
                if (done) done(std::move(*value));
            });
        });
    }

  private:
    void enqueue(std::function<void(sync::Replica&)> job);
    void loop();

    sync::Replica& m_replica;
    std::shared_ptr<QueuedRelay<ReplicaWorker>> m_relay;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void(sync::Replica&)>> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace outpost::ui
