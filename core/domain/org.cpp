#include "domain/org.h"

#include <date/tz.h>

#include <stdexcept>

namespace outpost {

bool is_known_time_zone(const std::string& name) {
    if (name.empty()) return false;
    try {
        return date::locate_zone(name) != nullptr;
    } catch (const std::runtime_error&) {
        return false;
    }
}

LocalDay local_day(const std::string& time_zone, Timestamp at) {
    using std::chrono::days;
    const date::time_zone* zone = nullptr;
    try {
        if (!time_zone.empty()) zone = date::locate_zone(time_zone);
    } catch (const std::runtime_error&) {
        zone = nullptr;
    }
    if (!zone) {
        const auto day = std::chrono::floor<days>(at);
        return {std::chrono::year_month_day{day}, day, day + days(1)};
    }
    const auto local = zone->to_local(at);
    const auto midnight = date::floor<days>(local);
    const auto starts = [&](date::local_days d) {
        return std::chrono::time_point_cast<Timestamp::duration>(zone->to_sys(d, date::choose::earliest));
    };
    const date::year_month_day ymd{midnight};
    return {std::chrono::year_month_day{std::chrono::year(static_cast<int>(ymd.year())),
                                        std::chrono::month(static_cast<unsigned>(ymd.month())),
                                        std::chrono::day(static_cast<unsigned>(ymd.day()))},
            starts(midnight), starts(midnight + days(1))};
}

}  // namespace outpost
