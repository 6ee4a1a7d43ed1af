#pragma once
// Hands work from a foreign thread (Asio's) to a QObject's own thread through its event loop.
// The foreign side keeps a shared_ptr to the relay; the owner detaches it in its destructor, after
// which posts are dropped. Work already posted dies with the object (Qt removes posted events).

#include <functional>
#include <mutex>

#include <QMetaObject>

namespace outpost::ui {

template <typename Target>
class QueuedRelay {
  public:
    explicit QueuedRelay(Target* target) : m_target(target) {}

    void detach() {
        std::lock_guard lock(m_mutex);
        m_target = nullptr;
    }

    // Runs `work(target)` on the target's thread, later, unless the target is gone by then.
    void post(std::function<void(Target&)> work) {
        std::lock_guard lock(m_mutex);
        if (!m_target) return;
        Target* target = m_target;
        QMetaObject::invokeMethod(
            target, [target, work = std::move(work)] { work(*target); }, Qt::QueuedConnection);
    }

  private:
    std::mutex m_mutex;
    Target* m_target;
};

}  // namespace outpost::ui
