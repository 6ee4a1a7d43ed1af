#include "ui/sync/replica_worker.h"

namespace outpost::ui {

ReplicaWorker::ReplicaWorker(sync::Replica& replica, QObject* parent)
    : QObject(parent), m_replica(replica), m_relay(std::make_shared<QueuedRelay<ReplicaWorker>>(this)) {
    m_thread = std::thread([this] { loop(); });
}

ReplicaWorker::~ReplicaWorker() {
    m_relay->detach();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void ReplicaWorker::enqueue(std::function<void(sync::Replica&)> job) {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) return;
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void ReplicaWorker::loop() {
    while (true) {
        std::function<void(sync::Replica&)> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(m_replica);
    }
}

}  // namespace outpost::ui
