#include "rules/word_fold.h"

#include <array>

namespace outpost::rules {
namespace {

// Folding of U+00C0..U+00FF (two-byte UTF-8 C3 80..C3 BF); '?' is a separator (×, ÷, Þ, þ).
constexpr std::string_view latin1_fold = "aaaaaaaceeeeiiiidnooooo?ouuuuy?saaaaaaaceeeeiiiidnooooo?ouuuuy?y";

// ASCII: the lower-case letter or digit a byte folds to, 0 for a separator (the "C" locale's
// isalnum and tolower, without a call per byte).
constexpr std::array<char, 128> ascii_fold = [] {
    std::array<char, 128> t{};
    for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<char>(c);
    for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c - 'A' + 'a');
    return t;
}();

// Calls word(begin, end) with the offsets in `out` of each folded word of `text` appended to it.
template <typename OnWord>
void fold_into(std::string_view text, std::string& out, OnWord&& word) {
    std::size_t start = out.size();
    auto flush = [&] {
        if (out.size() > start) word(start, out.size());
        start = out.size();
    };
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (const char f = ascii_fold[c]) {
                out.push_back(f);
            } else {
                flush();
            }
            continue;
        }
        // Two-byte Latin-1 supplement letters fold; any other non-ASCII sequence separates words.
        if (c == 0xC3 && i + 1 < n) {
            const auto d = static_cast<unsigned char>(text[i + 1]);
            if (d >= 0x80 && d <= 0xBF) {
                const char f = latin1_fold[d - 0x80];
                if (f == '?') {
                    flush();
                } else {
                    out.push_back(f);
                }
                ++i;
                continue;
            }
        }
        flush();
        while (i + 1 < n && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
    }
    flush();
}

}  // namespace

std::vector<std::string> fold_words(std::string_view text) {
    std::vector<std::string> words;
    std::string buffer;
    buffer.reserve(text.size());
    fold_into(text, buffer, [&](std::size_t b, std::size_t e) { words.emplace_back(buffer, b, e - b); });
    return words;
}

void FoldedWords::assign(std::string_view text) {
    m_words.clear();
    m_buffer.clear();
    // Folding never lengthens the text (one byte or two in, at most one out): reserving its size
    // keeps the buffer, and the views into it, in place.
    m_buffer.reserve(text.size());
    fold_into(text, m_buffer, [&](std::size_t b, std::size_t e) {
        m_words.emplace_back(m_buffer.data() + b, e - b);
    });
}

}  // namespace outpost::rules
