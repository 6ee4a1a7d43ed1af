#pragma once
// A location's business calendar: IANA time zone, weekly opening windows (several a day, so a break
// is the gap between two windows) and holidays (whole local dates on which the location is closed).
// SLA budgets are real elapsed time inside these windows (domain notes §6), so every function here
// works on UTC instants and converts through the zone's rules, never by adding hours to local times.
//
// Daylight saving time, deliberately: the calendar is open at an instant when the location's wall
// clock at that instant shows a time inside one of that local date's windows.
//  * Local times that do not exist (the hour skipped in spring) are never open: a 09:00-17:00 window
//    containing the skipped hour is one real hour shorter, and a window inside the gap is empty.
//  * Local times that exist twice (the hour repeated in autumn) are open on both occurrences: the
//    window is one real hour longer, and a window inside the repeated hour is open twice.
// Both follow from one rule, and a test checks them against a minute-by-minute walk of the wall clock.

#include <date/tz.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.h"
#include "domain/json_codec.h"
#include "domain/org.h"
#include "domain/result.h"

namespace outpost::rules {

using LocalDate = date::local_days;

class BusinessCalendar {
public:
    // Refuses an unknown zone, malformed windows (open < close, in order, within the day) and a week
    // without any opening window, which would make every deadline infinite.
    [[nodiscard]] static Result<BusinessCalendar> create(const std::string& time_zone, const WeeklyHours& hours,
                                                         std::vector<LocalDate> holidays = {});
    [[nodiscard]] static Result<BusinessCalendar> for_location(const Location& location,
                                                               std::vector<LocalDate> holidays = {});

    [[nodiscard]] bool is_open(Timestamp t) const;
    // The first instant at or after `t` at which the calendar is open.
    [[nodiscard]] Timestamp next_open(Timestamp t) const;
    // Open time inside [from, to); zero when to <= from.
    [[nodiscard]] std::chrono::milliseconds business_time_between(Timestamp from, Timestamp to) const;
    // The earliest instant at which `amount` of open time has elapsed since `start`. A start outside
    // opening hours begins counting at the next opening. For amount > 0 the result is the end of an
    // elapsed open millisecond, so it may be the closing instant of a window; amount <= 0 gives `start`.
    [[nodiscard]] Timestamp add_business_time(Timestamp start, std::chrono::milliseconds amount) const;

    [[nodiscard]] const std::string& time_zone() const { return m_zone_name; }
    [[nodiscard]] const WeeklyHours& hours() const { return m_hours; }
    [[nodiscard]] const std::vector<LocalDate>& holidays() const { return m_holidays; }

private:
    BusinessCalendar() = default;
    [[nodiscard]] bool is_holiday(LocalDate day) const;
    // Calls visit(begin, end) for the open intervals that end after `from`, in time order, until
    // visit returns false. Intervals may touch; they never overlap.
    template <typename Visit>
    void visit_open(Timestamp from, Visit&& visit) const;

    const date::time_zone* m_zone = nullptr;
    std::string m_zone_name;
    WeeklyHours m_hours;
    std::vector<LocalDate> m_holidays;  // sorted, unique
};

// {"time_zone": "Europe/Berlin", "hours": {"mon": [["09:00","12:00"],["13:00","18:00"]], ...},
//  "holidays": ["2026-12-25", ...]}; errors name the field, e.g. "calendar.holidays[1]: ...".
[[nodiscard]] Json to_json(const BusinessCalendar& calendar);
[[nodiscard]] Result<BusinessCalendar> business_calendar_from_json(const Json& j, std::string_view path = "calendar");

[[nodiscard]] std::string format_local_date(LocalDate day);
[[nodiscard]] Result<LocalDate> parse_local_date(std::string_view text);

}  // namespace outpost::rules
