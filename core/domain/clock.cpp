#include "domain/clock.h"

#include <date/date.h>

#include <sstream>

namespace outpost {

Timestamp SystemClock::now() const {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::string format_iso8601(Timestamp t) {
    if (t.time_since_epoch() % std::chrono::seconds(1) == std::chrono::milliseconds(0)) {
        return date::format("%FT%TZ", std::chrono::time_point_cast<std::chrono::seconds>(t));
    }
    return date::format("%FT%TZ", t);
}

Result<Timestamp> parse_iso8601(const std::string& text) {
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
