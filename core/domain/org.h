#pragma once
// The organisation: brand -> region -> location. Locations carry their IANA time zone and their
// weekly opening hours, which the SLA clocks run on.

#include <array>
#include <string>
#include <vector>

#include "domain/ids.h"

namespace outpost {

struct OpeningWindow {
    int open_minute = 0;   // minutes after local midnight
    int close_minute = 0;  // exclusive; open_minute < close_minute <= 1440
    auto operator<=>(const OpeningWindow&) const = default;
};

// Index 0 is Sunday, as in date::weekday and struct tm.
using WeeklyHours = std::array<std::vector<OpeningWindow>, 7>;

struct Brand {
    BrandId id;
    std::string name;
};

struct Region {
    RegionId id;
    BrandId brand_id;
    std::string name;
};

struct Location {
    LocationId id;
    RegionId region_id;
    std::string name;
    std::string address;
    std::string time_zone;  // IANA name, e.g. "America/Chicago"
    WeeklyHours hours;
};

// True when `name` is a time zone the system's tz database knows.
[[nodiscard]] bool is_known_time_zone(const std::string& name);

}  // namespace outpost
