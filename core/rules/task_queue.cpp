#include "rules/task_queue.h"

#include <algorithm>
#include <tuple>

namespace outpost::rules {

bool comes_first(const QueueTask& a, const QueueTask& b) {
    // Urgent first; a missing deadline sorts after every deadline.
    const auto key = [](const QueueTask& t) {
        return std::make_tuple(-static_cast<int>(t.urgency), !t.deadline.has_value(), t.deadline.value_or(Timestamp{}),
                               t.created);
    };
    if (key(a) != key(b)) return key(a) < key(b);
    return a.id < b.id;
}

std::vector<std::size_t> queue_for(const std::vector<QueueTask>& tasks, std::int64_t user, const QueueLimits& limits) {
    std::vector<std::size_t> own;
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].resolved) continue;
        if (tasks[i].owner == user) {
            own.push_back(i);
        } else if (!tasks[i].owner) {
            open.push_back(i);
        }
    }
    const auto order = [&](std::size_t a, std::size_t b) { return comes_first(tasks[a], tasks[b]); };
    const auto room = static_cast<std::ptrdiff_t>(
        std::max(0, std::min(limits.top_n, limits.capacity) - static_cast<int>(own.size())));
    const auto take = std::min<std::ptrdiff_t>(room, static_cast<std::ptrdiff_t>(open.size()));
    std::partial_sort(open.begin(), open.begin() + take, open.end(), order);
    open.resize(static_cast<std::size_t>(take));
    own.insert(own.end(), open.begin(), open.end());
    std::sort(own.begin(), own.end(), order);
    return own;
}

}  // namespace outpost::rules
