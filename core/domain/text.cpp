#include "domain/text.h"

namespace outpost {
namespace {

constexpr std::string_view kEllipsis = "\u2026";

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t cut = max_bytes;
    while (cut > 0 && continuation(text[cut])) --cut;
    return text.substr(0, cut);
}

std::string shortened(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    if (max_bytes < kEllipsis.size()) return std::string(utf8_prefix(text, max_bytes));
    std::string out(utf8_prefix(text, max_bytes - kEllipsis.size()));
    out += kEllipsis;
    return out;
}

}  // namespace outpost
