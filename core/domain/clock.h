#pragma once
// Time in Outpost: UTC instants with millisecond precision. Rules never read the system clock
// directly; they take a Clock so that tests can drive time by hand.

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.h"

namespace outpost {

using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] Timestamp now() const override;
};

// A clock that only moves when told to; used by tests and the deterministic demo generator.
class ManualClock final : public Clock {
public:
    explicit ManualClock(Timestamp start) : m_now(start.time_since_epoch().count()) {}
    [[nodiscard]] Timestamp now() const override { return Timestamp(std::chrono::milliseconds(m_now.load())); }
    void set(Timestamp t) { m_now = t.time_since_epoch().count(); }
    void advance(std::chrono::milliseconds d) { m_now += d.count(); }

private:
    std::atomic<std::int64_t> m_now;
};

// ISO 8601 in UTC: "2026-11-24T09:30:00Z" (milliseconds are written only when not zero).
[[nodiscard]] std::string format_iso8601(Timestamp t);
// Accepts "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)" and a plain date "YYYY-MM-DD" (midnight UTC).
[[nodiscard]] Result<Timestamp> parse_iso8601(const std::string& text);
// The usual shapes of those, read without iostreams: "YYYY-MM-DD" and
// "YYYY-MM-DDTHH:MM:SS[.f|.ff|.fff](Z|+HH:MM|-HH:MM)" with four-digit years and every field in range
// (no leap second, offsets up to 23:59). Empty for anything else, which parse_iso8601 reads the
// general way (and may still accept: one-digit months, longer fractions, ...), so both give the same
// instant wherever this one gives one.
[[nodiscard]] std::optional<Timestamp> parse_iso8601_common(std::string_view text);

}  // namespace outpost
