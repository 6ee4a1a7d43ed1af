#pragma once
// Near-duplicate review text (domain notes §4): the same review posted twice, on two platforms, or
// with small edits (case, punctuation, accents, a word added).
//
// Rule: a text's shingles are the hashes of each two consecutive words after case and accent
// folding (rules::fold_words). Two reviews of the same location posted at most 30 days apart are
// near duplicates when the Jaccard similarity of their shingle sets is at least 0.9. Texts of
// fewer than 8 words are never near duplicates ("Great gym, friendly staff" is written by many
// people); only their platform id deduplicates them.
//
// The index finds candidates by prefix filtering (shingles ordered by hash; two sets with Jaccard
// >= t share a shingle among the first n - ceil(t n) + 1 of each), then checks each candidate's
// Jaccard exactly: the answer is the same as comparing against every indexed text, without doing so.

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/clock.h"
#include "rules/word_fold.h"

namespace outpost::ingest {

inline constexpr std::size_t kNearDuplicateMinWords = 8;
inline constexpr std::chrono::hours kNearDuplicateWindow{24 * 30};

// Sorted, distinct shingle hashes; empty for texts under kNearDuplicateMinWords words.
[[nodiscard]] std::vector<std::uint64_t> shingles(std::string_view text);
// The same from the text's folded words (for a caller that triages the same text).
[[nodiscard]] std::vector<std::uint64_t> shingles(const rules::FoldedWords& words);
// |a ∩ b| / |a ∪ b| of two sorted, distinct sets (0 when both are empty).
[[nodiscard]] double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// The texts of one location.
class NearDuplicateIndex {
public:
    // `id` is the caller's handle of the review (a review id, a row number).
    void add(std::int64_t id, Timestamp posted_at, std::vector<std::uint64_t> shingle_set);
    // An indexed review that `shingle_set`, posted at `posted_at`, nearly duplicates.
    [[nodiscard]] std::optional<std::int64_t> find(const std::vector<std::uint64_t>& shingle_set,
                                                   Timestamp posted_at) const;
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        std::int64_t id;
        Timestamp posted_at;
        std::vector<std::uint64_t> shingles;
    };
    // What find() reads of a candidate before it looks at its shingles: most candidates of a common
    // shingle are ruled out by their size or their date without touching their entry.
    struct Posting {
        std::uint32_t entry;
        std::uint32_t size;  // of the entry's shingle set
        Timestamp posted_at;
    };
    std::vector<Entry> m_entries;
    std::unordered_map<std::uint64_t, std::vector<Posting>> m_by_prefix;  // shingle -> entries
};

}  // namespace outpost::ingest
