#pragma once
// Case and accent folding of review text into words, shared by triage (rules/review_triage.h) and
// the near-duplicate check (ingest/near_duplicate.h).
//
// A word is a run of ASCII letters and digits, lower-cased, and of the Latin-1 supplement letters
// (two-byte UTF-8 C3 80..C3 BF) folded to ASCII (á -> a, ñ -> n, ß -> s); everything else (other
// ASCII, ×, ÷, any other non-ASCII sequence: emoji, dashes, curly quotes, other scripts)
// separates words. EN and ES need nothing more.

#include <string>
#include <string_view>
#include <vector>

namespace outpost::rules {

// Lower-case ASCII words of `text` with Latin-1 accents folded; see above.
[[nodiscard]] std::vector<std::string> fold_words(std::string_view text);

// The same words held in one buffer, for reading many texts without allocating per word. The
// views point into the object: it is neither copied nor moved.
class FoldedWords {
public:
    FoldedWords() = default;
    explicit FoldedWords(std::string_view text) { assign(text); }
    FoldedWords(const FoldedWords&) = delete;
    FoldedWords& operator=(const FoldedWords&) = delete;

    // Folds `text`, replacing the words held (the buffers are reused).
    void assign(std::string_view text);

    [[nodiscard]] std::size_t size() const { return m_words.size(); }
    [[nodiscard]] bool empty() const { return m_words.empty(); }
    [[nodiscard]] std::string_view operator[](std::size_t i) const { return m_words[i]; }
    [[nodiscard]] auto begin() const { return m_words.begin(); }
    [[nodiscard]] auto end() const { return m_words.end(); }

private:
    std::string m_buffer;  // the folded words one after the other; never reallocated while viewed
    std::vector<std::string_view> m_words;
};

}  // namespace outpost::rules
