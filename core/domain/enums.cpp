#include "domain/enums.h"

#include <array>
#include <string>
#include <utility>

namespace outpost {
namespace {

template <typename E>
struct Names;

template <>
struct Names<Platform> {
    static constexpr std::array<std::pair<Platform, std::string_view>, 5> table{{
        {Platform::google, "google"},
        {Platform::yelp, "yelp"},
        {Platform::facebook, "facebook"},
        {Platform::tripadvisor, "tripadvisor"},
        {Platform::in_app, "in_app"},
    }};
};

template <>
struct Names<ReviewStatus> {
    static constexpr std::array<std::pair<ReviewStatus, std::string_view>, 4> table{{
        {ReviewStatus::open, "open"},
        {ReviewStatus::acknowledged, "acknowledged"},
        {ReviewStatus::replied, "replied"},
        {ReviewStatus::resolved, "resolved"},
    }};
};

template <>
struct Names<MembershipStatus> {
    static constexpr std::array<std::pair<MembershipStatus, std::string_view>, 5> table{{
        {MembershipStatus::prospect, "prospect"},
        {MembershipStatus::trial, "trial"},
        {MembershipStatus::active, "active"},
        {MembershipStatus::frozen, "frozen"},
        {MembershipStatus::cancelled, "cancelled"},
    }};
};

template <>
struct Names<LeadSource> {
    static constexpr std::array<std::pair<LeadSource, std::string_view>, 4> table{{
        {LeadSource::web_form, "web_form"},
        {LeadSource::call, "call"},
        {LeadSource::message, "message"},
        {LeadSource::walk_in, "walk_in"},
    }};
};

template <>
struct Names<LeadStatus> {
    static constexpr std::array<std::pair<LeadStatus, std::string_view>, 6> table{{
        {LeadStatus::open, "open"},
        {LeadStatus::qualified, "qualified"},
        {LeadStatus::trial_booked, "trial_booked"},
        {LeadStatus::trial_attended, "trial_attended"},
        {LeadStatus::paid, "paid"},
        {LeadStatus::lost, "lost"},
    }};
};

template <>
struct Names<Role> {
    static constexpr std::array<std::pair<Role, std::string_view>, 5> table{{
        {Role::corporate_admin, "corporate_admin"},
        {Role::corporate_ops, "corporate_ops"},
        {Role::regional_manager, "regional_manager"},
        {Role::location_manager, "location_manager"},
        {Role::front_desk, "front_desk"},
    }};
};

template <typename E>
std::string_view name_of(E v) {
    for (const auto& [value, name] : Names<E>::table) {
        if (value == v) return name;
    }
    return "unknown";
}

}  // namespace

std::string_view to_string(Platform v) { return name_of(v); }
std::string_view to_string(ReviewStatus v) { return name_of(v); }
std::string_view to_string(MembershipStatus v) { return name_of(v); }
std::string_view to_string(LeadSource v) { return name_of(v); }
std::string_view to_string(LeadStatus v) { return name_of(v); }
std::string_view to_string(Role v) { return name_of(v); }

template <typename E>
std::optional<E> enum_from_string(std::string_view name) {
    for (const auto& [value, n] : Names<E>::table) {
        if (n == name) return value;
    }
    return std::nullopt;
}

template <typename E>
std::string enum_names() {
    std::string out;
    for (const auto& [value, n] : Names<E>::table) {
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out;
}

#define OUTPOST_INSTANTIATE_ENUM(E)                                    \
    template std::optional<E> enum_from_string<E>(std::string_view); \
    template std::string enum_names<E>();
OUTPOST_INSTANTIATE_ENUM(Platform)
OUTPOST_INSTANTIATE_ENUM(ReviewStatus)
OUTPOST_INSTANTIATE_ENUM(MembershipStatus)
OUTPOST_INSTANTIATE_ENUM(LeadSource)
OUTPOST_INSTANTIATE_ENUM(LeadStatus)
OUTPOST_INSTANTIATE_ENUM(Role)
#undef OUTPOST_INSTANTIATE_ENUM

}  // namespace outpost
