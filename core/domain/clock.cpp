#include "domain/clock.h"

#include <date/date.h>

#include <sstream>

namespace outpost {
namespace {

// The value of text[at, at + n) when those are all digits, -1 otherwise.
int digits(std::string_view text, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

}  // namespace

Timestamp SystemClock::now() const {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::string format_iso8601(Timestamp t) {
    if (t.time_since_epoch() % std::chrono::seconds(1) == std::chrono::milliseconds(0)) {
        return date::format("%FT%TZ", std::chrono::time_point_cast<std::chrono::seconds>(t));
    }
    return date::format("%FT%TZ", t);
}

std::optional<Timestamp> parse_iso8601_common(std::string_view text) {
    using namespace std::chrono;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const int y = digits(text, 0, 4);
    const int m = digits(text, 5, 2);
    const int d = digits(text, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1) return std::nullopt;
    const date::year_month_day ymd{date::year(y), date::month(static_cast<unsigned>(m)),
                                   date::day(static_cast<unsigned>(d))};
    if (!ymd.ok()) return std::nullopt;  // 2026-02-29, 2026-04-31
    const Timestamp day{date::sys_days(ymd)};
    if (text.size() == 10) return day;
    if (text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':') return std::nullopt;
    const int hh = digits(text, 11, 2);
    const int mm = digits(text, 14, 2);
    const int ss = digits(text, 17, 2);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) return std::nullopt;
    std::size_t at = 19;
    int ms = 0;
    if (text[at] == '.') {
        std::size_t n = 0;
        while (at + 1 + n < text.size() && n < 4 && text[at + 1 + n] >= '0' && text[at + 1 + n] <= '9') ++n;
        if (n == 0 || n > 3) return std::nullopt;
        ms = digits(text, at + 1, n) * (n == 1 ? 100 : n == 2 ? 10 : 1);
        at += 1 + n;
    }
    minutes offset{0};
    const std::string_view zone = text.substr(at);
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        const int oh = digits(zone, 1, 2);
        const int om = digits(zone, 4, 2);
        if (oh < 0 || oh > 23 || om < 0 || om > 59) return std::nullopt;
        offset = hours(oh) + minutes(om);
        if (zone[0] == '-') offset = -offset;
    } else if (zone != "Z") {
        return std::nullopt;
    }
    return day + hours(hh) + minutes(mm) + seconds(ss) + milliseconds(ms) - offset;
}

Result<Timestamp> parse_iso8601(const std::string& text) {
    if (auto common = parse_iso8601_common(text)) return *common;
    auto fail = [&] {
        return make_error(ErrorCode::invalid_argument,
                          "'" + text.substr(0, 40) + "' is not an ISO 8601 time such as 2026-11-24T09:30:00Z");
    };
    if (text.size() < 10 || text.size() > 40) return fail();
    Timestamp t{};
    if (text.size() == 10) {
        std::istringstream in(text);
        date::sys_days day;
        in >> date::parse("%F", day);
        if (in.fail() || in.peek() != std::char_traits<char>::eof()) return fail();
        return Timestamp(day);
    }
    std::istringstream in(text);
    if (text.back() == 'Z') {
        in >> date::parse("%FT%TZ", t);
    } else {
        std::chrono::minutes offset{};
        in >> date::parse("%FT%T%Ez", t, offset);
    }
    if (in.fail()) return fail();
    in.peek();
    if (!in.eof()) return fail();
    return t;
}

}  // namespace outpost
