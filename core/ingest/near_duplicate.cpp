#include "ingest/near_duplicate.h"

#include <algorithm>


namespace outpost::ingest {
namespace {

// Jaccard >= 9/10, in integers.
constexpr std::size_t kNum = 9;
constexpr std::size_t kDen = 10;

std::uint64_t fnv1a(std::string_view text, std::uint64_t h = 1469598103934665603ULL) {
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

// The first n - ceil(t n) + 1 shingles of a set of n.
std::size_t prefix_length(std::size_t n) { return n - (kNum * n + kDen - 1) / kDen + 1; }

std::size_t overlap(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    std::size_t i = 0;
    std::size_t j = 0;
    std::size_t common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return common;
}

bool similar(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    const std::size_t small = std::min(a.size(), b.size());
    const std::size_t large = std::max(a.size(), b.size());
    if (small == 0 || small * kDen < large * kNum) return false;  // sizes alone rule it out
    const std::size_t common = overlap(a, b);
    return common * kDen >= (a.size() + b.size() - common) * kNum;
}

}  // namespace

std::vector<std::uint64_t> shingles(std::string_view text) { return shingles(rules::FoldedWords(text)); }

std::vector<std::uint64_t> shingles(const rules::FoldedWords& words) {
    std::vector<std::uint64_t> out;
    if (words.size() < kNearDuplicateMinWords) return out;
    out.reserve(words.size() - 1);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        out.push_back(fnv1a(words[i + 1], fnv1a(" ", fnv1a(words[i]))));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    if (a.empty() && b.empty()) return 0;
    const std::size_t common = overlap(a, b);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

void NearDuplicateIndex::add(std::int64_t id, Timestamp posted_at, std::vector<std::uint64_t> shingle_set) {
    if (shingle_set.empty()) return;
    const auto index = static_cast<std::uint32_t>(m_entries.size());
    const std::size_t prefix = prefix_length(shingle_set.size());
    const auto size = static_cast<std::uint32_t>(shingle_set.size());
    for (std::size_t i = 0; i < prefix; ++i) m_by_prefix[shingle_set[i]].push_back({index, size, posted_at});
    m_entries.push_back({id, posted_at, std::move(shingle_set)});
}

std::optional<std::int64_t> NearDuplicateIndex::find(const std::vector<std::uint64_t>& shingle_set,
                                                     Timestamp posted_at) const {
    if (shingle_set.empty()) return std::nullopt;
    const std::size_t n = shingle_set.size();
    const std::size_t prefix = prefix_length(n);
    for (std::size_t i = 0; i < prefix; ++i) {
        auto it = m_by_prefix.find(shingle_set[i]);
        if (it == m_by_prefix.end()) continue;
        for (const Posting& p : it->second) {
            const std::size_t small = std::min<std::size_t>(p.size, n);
            const std::size_t large = std::max<std::size_t>(p.size, n);
            if (small * kDen < large * kNum) continue;  // sizes alone rule it out (as in similar())
            const auto apart = p.posted_at > posted_at ? p.posted_at - posted_at : posted_at - p.posted_at;
            if (apart > kNearDuplicateWindow) continue;
            const Entry& e = m_entries[p.entry];
            if (similar(e.shingles, shingle_set)) return e.id;
        }
    }
    return std::nullopt;
}

}  // namespace outpost::ingest
