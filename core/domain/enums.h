#pragma once
// Names of the domain's enumerations as they appear in JSON, the database and the console.

#include <optional>
#include <string_view>

#include "domain/customer.h"
#include "domain/review.h"
#include "domain/user.h"

namespace outpost {

[[nodiscard]] std::string_view to_string(Platform v);
[[nodiscard]] std::string_view to_string(ReviewStatus v);
[[nodiscard]] std::string_view to_string(MembershipStatus v);
[[nodiscard]] std::string_view to_string(LeadSource v);
[[nodiscard]] std::string_view to_string(LeadStatus v);
[[nodiscard]] std::string_view to_string(Role v);

template <typename E>
[[nodiscard]] std::optional<E> enum_from_string(std::string_view name);

// The accepted names of an enumeration, comma-separated, for error messages.
template <typename E>
[[nodiscard]] std::string enum_names();

}  // namespace outpost
