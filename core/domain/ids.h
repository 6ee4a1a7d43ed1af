#pragma once
// Strong id types: a LocationId cannot be passed where a ProfileId is expected.

#include <compare>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>

namespace outpost {

template <typename Tag, typename Rep>
class StrongId {
public:
    using rep_type = Rep;
    StrongId() = default;
    explicit StrongId(Rep value) : m_value(std::move(value)) {}
    [[nodiscard]] const Rep& value() const { return m_value; }
    auto operator<=>(const StrongId&) const = default;

private:
    Rep m_value{};
};

using BrandId = StrongId<struct BrandTag, std::string>;
using RegionId = StrongId<struct RegionTag, std::string>;
using LocationId = StrongId<struct LocationTag, std::string>;
using ProfileId = StrongId<struct ProfileTag, std::int64_t>;
using ReviewId = StrongId<struct ReviewTag, std::int64_t>;
using VisitId = StrongId<struct VisitTag, std::int64_t>;
using LeadId = StrongId<struct LeadTag, std::int64_t>;
using UserId = StrongId<struct UserTag, std::int64_t>;

}  // namespace outpost

template <typename Tag, typename Rep>
struct std::hash<outpost::StrongId<Tag, Rep>> {
    std::size_t operator()(const outpost::StrongId<Tag, Rep>& id) const noexcept { return std::hash<Rep>{}(id.value()); }
};
