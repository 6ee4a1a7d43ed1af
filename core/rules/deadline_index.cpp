#include "rules/deadline_index.h"

namespace outpost::rules {

void DeadlineIndex::upsert(const std::string& id, Timestamp deadline) {
    auto [it, inserted] = m_by_id.try_emplace(id, deadline);
    if (!inserted) {
        if (it->second == deadline) return;
        m_by_time.erase(Entry{it->second, &it->first});
        it->second = deadline;
    }
    m_by_time.insert(Entry{deadline, &it->first});
}

bool DeadlineIndex::remove(const std::string& id) {
    const auto it = m_by_id.find(id);
    if (it == m_by_id.end()) return false;
    m_by_time.erase(Entry{it->second, &it->first});
    m_by_id.erase(it);
    return true;
}

std::vector<DueItem> DeadlineIndex::due_until(Timestamp t) const {
    std::vector<DueItem> out;
    for (const auto& e : m_by_time) {
        if (e.deadline > t) break;
        out.push_back({*e.id, e.deadline});
    }
    return out;
}

std::optional<DueItem> DeadlineIndex::next() const {
    if (m_by_time.empty()) return std::nullopt;
    const auto& e = *m_by_time.begin();
    return DueItem{*e.id, e.deadline};
}

std::optional<Timestamp> DeadlineIndex::deadline_of(const std::string& id) const {
    const auto it = m_by_id.find(id);
    if (it == m_by_id.end()) return std::nullopt;
    return it->second;
}

std::size_t DeadlineIndex::approximate_bytes() const {
    // libstdc++: a hash node holds the next pointer, the value and the cached hash; a tree node
    // holds colour, parent, left and right (32 bytes) before the value. Allocations round to 16.
    auto rounded = [](std::size_t n) { return (n + 15) / 16 * 16; };
    const std::size_t hash_node = rounded(sizeof(void*) + sizeof(std::pair<const std::string, Timestamp>) + sizeof(std::size_t));
    const std::size_t tree_node = rounded(32 + sizeof(Entry));
    std::size_t bytes = m_by_id.bucket_count() * sizeof(void*) + m_by_id.size() * (hash_node + tree_node);
    for (const auto& [id, deadline] : m_by_id) {
        if (id.capacity() > 15) bytes += rounded(id.capacity() + 1);  // beyond the small-string buffer
    }
    return bytes;
}

}  // namespace outpost::rules
