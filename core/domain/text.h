#pragma once
// Cutting UTF-8 text for one-line summaries (task titles, source lines) without splitting a character.

#include <cstddef>
#include <string>
#include <string_view>

namespace outpost {

// The longest prefix of `text` of at most `max_bytes` bytes that ends between two characters.
[[nodiscard]] std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

// `text` when it is at most `max_bytes` long; otherwise its prefix of whole characters and an
// ellipsis, together at most `max_bytes` bytes.
[[nodiscard]] std::string shortened(std::string_view text, std::size_t max_bytes);

}  // namespace outpost
