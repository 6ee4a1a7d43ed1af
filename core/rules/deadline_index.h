#pragma once
// The next deadline of every open item, ordered by time, so the engine's tick asks "what is due by
// t?" without scanning all open items (issue #5: 100,000 open items).
//
// An ordered set of (deadline, id) plus a hash map id -> deadline for updates and removal.
// Complexity with n indexed items:
//   upsert, remove          O(log n)
//   next                    O(1)
//   due_until(t)            O(log n + k) for the k items returned
// Memory: one hash node and one tree node per item, plus the id's characters beyond the small-string
// buffer; approximate_bytes() estimates it. The id is stored once (in the hash node); the tree
// orders pointers to it, which stay valid because unordered_map nodes never move.

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "domain/clock.h"

namespace outpost::rules {

struct DueItem {
    std::string id;
    Timestamp deadline;
    bool operator==(const DueItem&) const = default;
};

class DeadlineIndex {
public:
    // Inserts the item or moves it to its new deadline.
    void upsert(const std::string& id, Timestamp deadline);
    // False when the item was not indexed.
    bool remove(const std::string& id);

    // Items whose deadline is at or before `t`, earliest first (ties by id). They stay indexed:
    // the caller re-upserts them with their next deadline or removes them.
    [[nodiscard]] std::vector<DueItem> due_until(Timestamp t) const;
    [[nodiscard]] std::optional<DueItem> next() const;
    [[nodiscard]] std::optional<Timestamp> deadline_of(const std::string& id) const;

    [[nodiscard]] std::size_t size() const { return m_by_id.size(); }
    [[nodiscard]] bool empty() const { return m_by_id.empty(); }
    // Estimated heap bytes, from the containers' node layout in libstdc++.
    [[nodiscard]] std::size_t approximate_bytes() const;

private:
    struct Entry {
        Timestamp deadline;
        const std::string* id;
    };
    struct Earlier {
        bool operator()(const Entry& a, const Entry& b) const {
            if (a.deadline != b.deadline) return a.deadline < b.deadline;
            return *a.id < *b.id;
        }
    };

    std::unordered_map<std::string, Timestamp> m_by_id;
    std::set<Entry, Earlier> m_by_time;
};

}  // namespace outpost::rules
