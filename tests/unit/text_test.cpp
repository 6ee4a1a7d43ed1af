// Summaries cut UTF-8 text between characters, never inside one.
#include <gtest/gtest.h>

#include "domain/text.h"

namespace outpost {
namespace {

TEST(Utf8Prefix, KeepsTextThatFitsAndCutsBetweenCharacters) {
    EXPECT_EQ(utf8_prefix("short", 10), "short");
    EXPECT_EQ(utf8_prefix("abcdef", 3), "abc");
    // "é" is two bytes: a cut after its first byte falls back before it.
    EXPECT_EQ(utf8_prefix("caf\u00e9s", 4), "caf");
    EXPECT_EQ(utf8_prefix("caf\u00e9s", 5), "caf\u00e9");
    // A four-byte character at the start and too little room: nothing.
    EXPECT_EQ(utf8_prefix("\U0001F600!", 3), "");
    EXPECT_EQ(utf8_prefix("", 0), "");
}

TEST(Shortened, AddsAnEllipsisWithinTheLimit) {
    EXPECT_EQ(shortened("The showers were cold", 40), "The showers were cold");
    const std::string cut = shortened("The showers were cold", 10);
    EXPECT_EQ(cut, "The sho\u2026");
    EXPECT_LE(cut.size(), 10u);
    const std::string accented = shortened("Se\u00f1ora Mu\u00f1oz", 6);  // the cut would split the "n" with tilde
    EXPECT_EQ(accented, "Se\u2026");
    EXPECT_EQ(shortened("abcdef", 2), "ab");  // no room for the ellipsis
}

}  // namespace
}  // namespace outpost
