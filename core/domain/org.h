#pragma once
// The organisation: brand -> region -> location. Locations carry their IANA time zone and their
// weekly opening hours, which the SLA clocks run on.

#include <array>
#include <chrono>
#include <string>
#include <vector>

#include "domain/clock.h"
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

// The calendar day containing `at` in an IANA time zone: its date and the instants it starts and
// ends (23 or 25 hours apart on the days clocks change). An unknown zone gives the UTC day.
struct LocalDay {
    std::chrono::year_month_day date;
    Timestamp start;
    Timestamp end;
};
[[nodiscard]] LocalDay local_day(const std::string& time_zone, Timestamp at);

}  // namespace outpost
