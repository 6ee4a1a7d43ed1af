#include "rules/business_calendar.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace outpost::rules {
namespace {

using std::chrono::milliseconds;
using std::chrono::minutes;

constexpr const char* kWeekdays[7] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

Result<void> check_hours(const WeeklyHours& hours, const std::string& path) {
    bool any = false;
    for (int d = 0; d < 7; ++d) {
        int previous_close = 0;
        for (std::size_t i = 0; i < hours[d].size(); ++i) {
            const auto& w = hours[d][i];
            if (w.open_minute < previous_close || w.open_minute >= w.close_minute || w.close_minute > 1440) {
                return make_error(ErrorCode::invalid_argument,
                                  path + "." + kWeekdays[d] + "[" + std::to_string(i) +
                                      "]: windows must open before they close, within the day, in order, "
                                      "not overlapping");
            }
            previous_close = w.close_minute;
            any = true;
        }
    }
    if (!any) return make_error(ErrorCode::invalid_argument, path + ": at least one opening window is needed");
    return {};
}

}  // namespace

Result<BusinessCalendar> BusinessCalendar::create(const std::string& time_zone, const WeeklyHours& hours,
                                                  std::vector<LocalDate> holidays) {
    if (!is_known_time_zone(time_zone)) {
        return make_error(ErrorCode::invalid_argument, "time_zone: unknown IANA time zone \"" + time_zone + "\"");
    }
    if (auto checked = check_hours(hours, "hours"); !checked) return checked.error();
    BusinessCalendar c;
    try {
        c.m_zone = date::locate_zone(time_zone);  // checked above; the try keeps the throw inside
    } catch (const std::runtime_error&) {
        return make_error(ErrorCode::invalid_argument, "time_zone: unknown IANA time zone \"" + time_zone + "\"");
    }
    c.m_zone_name = time_zone;
    c.m_hours = hours;
    std::sort(holidays.begin(), holidays.end());
    holidays.erase(std::unique(holidays.begin(), holidays.end()), holidays.end());
    c.m_holidays = std::move(holidays);
    return c;
}

Result<BusinessCalendar> BusinessCalendar::for_location(const Location& location, std::vector<LocalDate> holidays) {
    auto c = create(location.time_zone, location.hours, std::move(holidays));
    if (!c) return make_error(c.error().code, "location " + location.id.value() + ": " + c.error().message);
    return c;
}

bool BusinessCalendar::is_holiday(LocalDate day) const {
    return std::binary_search(m_holidays.begin(), m_holidays.end(), day);
}

bool BusinessCalendar::is_open(Timestamp t) const {
    const auto info = m_zone->get_info(t);
    const auto local = date::local_time<milliseconds>((t + info.offset).time_since_epoch());
    const auto day = date::floor<date::days>(local);
    if (is_holiday(day)) return false;
    const auto of_day = local - day;
    for (const auto& w : m_hours[date::weekday(day).c_encoding()]) {
        if (of_day >= minutes(w.open_minute) && of_day < minutes(w.close_minute)) return true;
    }
    return false;
}

// Walks the zone's offset periods in UTC order. Inside one period the offset is constant, so a
// window [open, close) of a local date is the UTC interval [open - offset, close - offset) clipped
// to the period. Skipped local times fall outside every period and repeated ones inside two, which
// is exactly the wall-clock rule in the header. Periods last months, so this is a walk over days.
template <typename Visit>
void BusinessCalendar::visit_open(Timestamp from, Visit&& visit) const {
    auto info = m_zone->get_info(from);
    for (;;) {
        const Timestamp period_begin = std::max(from, Timestamp(info.begin));
        const Timestamp period_end = info.end;  // far future when the zone has no more transitions
        const auto local_begin = date::local_time<milliseconds>((period_begin + info.offset).time_since_epoch());
        const auto local_end = date::local_time<milliseconds>((period_end + info.offset).time_since_epoch());
        for (auto day = date::floor<date::days>(local_begin); day < local_end; day += date::days(1)) {
            if (is_holiday(day)) continue;
            for (const auto& w : m_hours[date::weekday(day).c_encoding()]) {
                const Timestamp open((day + minutes(w.open_minute)).time_since_epoch() - info.offset);
                const Timestamp close((day + minutes(w.close_minute)).time_since_epoch() - info.offset);
                const Timestamp b = std::max(open, Timestamp(info.begin));
                const Timestamp e = std::min(close, period_end);
                if (b >= e || e <= from) continue;
                if (!visit(b, e)) return;
            }
        }
        info = m_zone->get_info(info.end);
    }
}

Timestamp BusinessCalendar::next_open(Timestamp t) const {
    Timestamp found = t;
    visit_open(t, [&](Timestamp b, Timestamp) {
        found = std::max(b, t);
        return false;
    });
    return found;
}

milliseconds BusinessCalendar::business_time_between(Timestamp from, Timestamp to) const {
    if (to <= from) return milliseconds(0);
    milliseconds total(0);
    visit_open(from, [&](Timestamp b, Timestamp e) {
        if (b >= to) return false;
        total += std::min(e, to) - std::max(b, from);
        return e < to;
    });
    return total;
}

Timestamp BusinessCalendar::add_business_time(Timestamp start, milliseconds amount) const {
    if (amount <= milliseconds(0)) return start;
    Timestamp due = start;
    milliseconds remaining = amount;
    // Terminates: create() demands at least one weekly window, and holidays are finitely many.
    visit_open(start, [&](Timestamp b, Timestamp e) {
        const Timestamp s = std::max(b, start);
        if (e - s >= remaining) {
            due = s + remaining;
            return false;
        }
        remaining -= e - s;
        return true;
    });
    return due;
}

std::string format_local_date(LocalDate day) {
    const date::year_month_day ymd(day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

Result<LocalDate> parse_local_date(std::string_view text) {
    auto bad = [&] { return make_error(ErrorCode::invalid_argument, "must be a date YYYY-MM-DD"); };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9') return bad();
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    const date::year_month_day ymd{date::year(parts[0]), date::month(static_cast<unsigned>(parts[1])),
                                   date::day(static_cast<unsigned>(parts[2]))};
    if (!ymd.ok()) return bad();
    return LocalDate(ymd);
}

Json to_json(const BusinessCalendar& calendar) {
    Json holidays = Json::array();
    for (const auto& d : calendar.holidays()) holidays.push_back(format_local_date(d));
    return {{"time_zone", calendar.time_zone()}, {"hours", outpost::to_json(calendar.hours())}, {"holidays", holidays}};
}

Result<BusinessCalendar> business_calendar_from_json(const Json& j, std::string_view path) {
    const std::string base(path);
    auto fail = [&](const std::string& field, const std::string& problem) {
        return make_error(ErrorCode::invalid_argument, base + "." + field + ": " + problem);
    };
    if (!j.is_object()) return make_error(ErrorCode::invalid_argument, base + ": must be an object");
    const auto zone = j.find("time_zone");
    if (zone == j.end() || !zone->is_string()) return fail("time_zone", "must be an IANA time zone name");
    const auto hours_json = j.find("hours");
    if (hours_json == j.end()) return fail("hours", "is required");
    auto hours = weekly_hours_from_json(*hours_json, base + ".hours");
    if (!hours) return hours.error();
    std::vector<LocalDate> holidays;
    if (const auto h = j.find("holidays"); h != j.end()) {
        if (!h->is_array()) return fail("holidays", "must be a list of dates YYYY-MM-DD");
        for (std::size_t i = 0; i < h->size(); ++i) {
            const std::string field = "holidays[" + std::to_string(i) + "]";
            if (!(*h)[i].is_string()) return fail(field, "must be a date YYYY-MM-DD");
            auto day = parse_local_date((*h)[i].get<std::string>());
            if (!day) return fail(field, day.error().message);
            holidays.push_back(*day);
        }
    }
    auto calendar = BusinessCalendar::create(zone->get<std::string>(), *hours, std::move(holidays));
    if (!calendar) return make_error(calendar.error().code, base + "." + calendar.error().message);
    return calendar;
}

}  // namespace outpost::rules
