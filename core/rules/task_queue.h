#pragma once
// Who works on what next (domain notes §6): each person sees their top N open tasks by urgency and
// deadline, capped by their capacity. Pure; the console feeds it rows of its replica.
//
// A person's queue is every open task they own (they are theirs whatever the cap), then unclaimed
// open tasks while their load is under their capacity, up to N items in all (own tasks may push it
// past N: nothing of someone's own work is hidden). Order: urgency (urgent first), then the next
// deadline (none last), then creation, then id.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "rules/sla.h"

namespace outpost::rules {

struct QueueTask {
    std::string id;
    SlaPriority urgency = SlaPriority::normal;
    std::optional<Timestamp> deadline;  // the next warning or breach; none when paused or no SLA
    Timestamp created;
    std::optional<std::int64_t> owner;  // user id
    bool resolved = false;
};

struct QueueLimits {
    int top_n = 10;
    int capacity = 8;  // tasks a person works on at once
};

// Indexes into `tasks`, in queue order.
[[nodiscard]] std::vector<std::size_t> queue_for(const std::vector<QueueTask>& tasks, std::int64_t user,
                                                 const QueueLimits& limits);

// Whether `a` comes before `b` in a queue.
[[nodiscard]] bool comes_first(const QueueTask& a, const QueueTask& b);

}  // namespace outpost::rules
