#pragma once
// JSON codecs of the domain types (nlohmann/json). Decoders never throw: bad input comes back as
// an invalid_argument error naming the field, e.g. "review.rating: must be an integer from 1 to 5".

#include <nlohmann/json.hpp>

#include <string_view>

#include "domain/customer.h"
#include "domain/org.h"
#include "domain/result.h"
#include "domain/review.h"

namespace outpost {

using Json = nlohmann::json;

// Parses a request or file body; nesting deeper than `max_depth` is refused (protects the stack).
[[nodiscard]] Result<Json> parse_json(std::string_view text, int max_depth = 32);

[[nodiscard]] Json to_json(const Brand& v);
[[nodiscard]] Json to_json(const Region& v);
[[nodiscard]] Json to_json(const Location& v);
[[nodiscard]] Json to_json(const Profile& v);
[[nodiscard]] Json to_json(const Visit& v);
[[nodiscard]] Json to_json(const Lead& v);
[[nodiscard]] Json to_json(const Review& v);
[[nodiscard]] Json to_json(const WeeklyHours& v);

[[nodiscard]] Result<Brand> brand_from_json(const Json& j);
[[nodiscard]] Result<Region> region_from_json(const Json& j);
[[nodiscard]] Result<Location> location_from_json(const Json& j);
[[nodiscard]] Result<Profile> profile_from_json(const Json& j);
[[nodiscard]] Result<Review> review_from_json(const Json& j);
[[nodiscard]] Result<WeeklyHours> weekly_hours_from_json(const Json& j, std::string_view path = "hours");

}  // namespace outpost
