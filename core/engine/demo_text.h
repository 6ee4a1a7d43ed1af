#pragma once
// The building blocks of the demo dataset: a seeded random source whose output is the same with
// every standard library, the name lists, and the composers of review texts and lead messages.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <random>
#include <span>
#include <string>
#include <string_view>

#include "domain/customer.h"

namespace outpost::demo {

// std::mt19937_64 is specified to the bit, the standard distributions are not; so the draws are
// made here from the raw 64-bit output.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }
    // Uniform in [0, n); 0 when n is 0. The modulo bias is below 1e-12 for the small ranges used here.
    std::size_t index(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
    // Uniform in [lo, hi]; lo when hi < lo.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        if (hi <= lo) return lo;
        return lo + static_cast<std::int64_t>(next() % (static_cast<std::uint64_t>(hi - lo) + 1));
    }
    int between(int lo, int hi) {
        return static_cast<int>(between(static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi)));
    }
    // Uniform in [0, 1) with 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

    template <typename C>
    const auto& pick(const C& items) {
        return items[index(std::size(items))];
    }
    // An index drawn with probability proportional to its weight; weights are >= 0, one is > 0.
    std::size_t weighted(std::span<const int> weights) {
        int total = 0;
        for (int w : weights) total += w;
        int roll = between(0, total - 1);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (roll < weights[i]) return i;
            roll -= weights[i];
        }
        return weights.size() - 1;
    }

private:
    std::mt19937_64 m_engine;
};

// splitmix64 of a seed and a stream number: each part of the dataset draws from its own stream.
[[nodiscard]] std::uint64_t mix(std::uint64_t seed, std::uint64_t stream);

[[nodiscard]] std::span<const std::string_view> first_names();
[[nodiscard]] std::span<const std::string_view> last_names();
[[nodiscard]] std::span<const std::string_view> staff_names();  // first names of coaches and desk staff
[[nodiscard]] std::span<const std::string_view> class_names();
[[nodiscard]] std::span<const std::string_view> email_domains();

// What a review may name: the studio and its people.
struct ReviewVoice {
    std::string_view location;  // short name, e.g. "Austin Downtown"
    std::string_view coach;
    std::string_view other_coach;
    std::string_view desk;
    std::string_view class_name;
};

enum class ReviewKind {
    ordinary,
    safety,  // injury, safety, legal threat, discrimination or health/privacy data; rating 1 or 2
    spanish,
};

// A review text that fits the rating (1..5), composed from fragments so that texts rarely repeat.
[[nodiscard]] std::string review_text(Rng& rng, int rating, ReviewKind kind, const ReviewVoice& voice);

// The note or message that came in with a lead, in the voice of its source.
[[nodiscard]] std::string lead_message(Rng& rng, LeadSource source, std::string_view location,
                                       std::string_view class_name);

}  // namespace outpost::demo
