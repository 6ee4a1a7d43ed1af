// Business calendars, SLA clocks and the deadline index (core/rules). Deterministic: fixed seeds,
// a ManualClock, explicit instants; no timing assertions.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "rules/business_calendar.h"
#include "rules/deadline_index.h"
#include "rules/sla.h"

namespace {

using namespace outpost;
using namespace outpost::rules;
using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;

Timestamp at(const char* iso) {
    auto t = parse_iso8601(iso);
    EXPECT_TRUE(t.ok()) << iso;
    return t.value_or(Timestamp{});
}

constexpr int sun = 0, mon = 1, tue = 2, wed = 3, thu = 4, fri = 5, sat = 6;

WeeklyHours days(std::initializer_list<int> which, std::vector<OpeningWindow> windows) {
    WeeklyHours h;
    for (int d : which) h[d] = windows;
    return h;
}

BusinessCalendar calendar(const std::string& zone, const WeeklyHours& week, std::vector<LocalDate> holidays = {}) {
    auto c = BusinessCalendar::create(zone, week, std::move(holidays));
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message);
    return std::move(c).value();
}

LocalDate ymd(int y, unsigned m, unsigned d) { return LocalDate(date::year(y) / date::month(m) / date::day(d)); }

const OpeningWindow kAllDay{0, 1440};

// ---- DST, both directions, and a zone without DST ----

TEST(BusinessCalendar, NewYorkSpringForwardDayIsOneHourShorter) {
    const auto c = calendar("America/New_York", days({sun}, {kAllDay}));
    EXPECT_EQ(c.business_time_between(at("2026-03-07T00:00:00Z"), at("2026-03-10T00:00:00Z")), hours(23));
    // Sunday 01:00-04:00 local: 02:00-03:00 does not exist, so two real hours.
    const auto early = calendar("America/New_York", days({sun}, {{60, 240}}));
    EXPECT_EQ(early.business_time_between(at("2026-03-07T00:00:00Z"), at("2026-03-10T00:00:00Z")), hours(2));
    // 90 minutes from 01:00 EST: one hour to the gap, then 30 minutes after it.
    EXPECT_EQ(early.add_business_time(at("2026-03-08T01:00:00-05:00"), minutes(90)), at("2026-03-08T03:30:00-04:00"));
    EXPECT_FALSE(early.is_open(at("2026-03-08T04:00:00-04:00")));
}

TEST(BusinessCalendar, NewYorkFallBackDayIsOneHourLonger) {
    const auto c = calendar("America/New_York", days({sun}, {kAllDay}));
    EXPECT_EQ(c.business_time_between(at("2026-10-31T00:00:00Z"), at("2026-11-03T00:00:00Z")), hours(25));
    const auto early = calendar("America/New_York", days({sun}, {{60, 240}}));
    EXPECT_EQ(early.business_time_between(at("2026-10-31T00:00:00Z"), at("2026-11-03T00:00:00Z")), hours(4));
    // 90 minutes from 01:00 EDT end at the second 01:30 (EST).
    EXPECT_EQ(early.add_business_time(at("2026-11-01T01:00:00-04:00"), minutes(90)), at("2026-11-01T01:30:00-05:00"));
}

TEST(BusinessCalendar, BerlinWindowsInsideTheSkippedAndRepeatedHour) {
    // 02:15-02:45 local on the change days: never open in March, open twice in October.
    const auto c = calendar("Europe/Berlin", days({sun}, {{135, 165}}));
    EXPECT_EQ(c.business_time_between(at("2026-03-28T00:00:00Z"), at("2026-03-30T00:00:00Z")), milliseconds(0));
    EXPECT_EQ(c.business_time_between(at("2026-10-24T00:00:00Z"), at("2026-10-26T00:00:00Z")), hours(1));
    EXPECT_TRUE(c.is_open(at("2026-10-25T02:20:00+02:00")));
    EXPECT_TRUE(c.is_open(at("2026-10-25T02:20:00+01:00")));
    EXPECT_FALSE(c.is_open(at("2026-10-25T02:50:00+02:00")));
    // 40 minutes from the first 02:15 run through the first half hour, then 10 minutes of the second.
    EXPECT_EQ(c.add_business_time(at("2026-10-25T02:15:00+02:00"), minutes(40)), at("2026-10-25T02:25:00+01:00"));
    // In March the clock started on Sunday jumps to the next Sunday's window.
    EXPECT_EQ(c.add_business_time(at("2026-03-29T00:00:00+01:00"), minutes(10)), at("2026-04-05T02:25:00+02:00"));
}

TEST(BusinessCalendar, BerlinOfficeHoursAcrossBothChanges) {
    const auto c = calendar("Europe/Berlin", days({sat, sun}, {{0, 1440}}));
    EXPECT_EQ(c.business_time_between(at("2026-03-27T00:00:00Z"), at("2026-03-31T00:00:00Z")), hours(47));
    EXPECT_EQ(c.business_time_between(at("2026-10-23T00:00:00Z"), at("2026-10-27T00:00:00Z")), hours(49));
    // Saturday 23:00 + 4 h: one hour on Saturday, then Sunday 00:00-02:00 and, after the gap, 03:00-04:00.
    EXPECT_EQ(c.add_business_time(at("2026-03-28T23:00:00+01:00"), hours(4)), at("2026-03-29T04:00:00+02:00"));
}

TEST(BusinessCalendar, ZoneWithoutDstBreaksAndHolidays) {
    // Kolkata, weekdays 09:00-13:00 and 14:00-18:00.
    const auto hours_ = days({mon, tue, wed, thu, fri}, {{540, 780}, {840, 1080}});
    const auto c = calendar("Asia/Kolkata", hours_);
    EXPECT_FALSE(c.is_open(at("2026-06-05T13:30:00+05:30")));  // the lunch break
    EXPECT_TRUE(c.is_open(at("2026-06-05T14:00:00+05:30")));
    EXPECT_EQ(c.add_business_time(at("2026-06-05T12:30:00+05:30"), hours(1)), at("2026-06-05T14:30:00+05:30"));
    // Friday 17:00 + 2 h: Friday's last hour, the weekend, Monday's first hour.
    EXPECT_EQ(c.add_business_time(at("2026-06-05T17:00:00+05:30"), hours(2)), at("2026-06-08T10:00:00+05:30"));
    const auto with_holiday = calendar("Asia/Kolkata", hours_, {ymd(2026, 6, 8)});
    EXPECT_EQ(with_holiday.add_business_time(at("2026-06-05T17:00:00+05:30"), hours(2)),
              at("2026-06-09T10:00:00+05:30"));
    EXPECT_FALSE(with_holiday.is_open(at("2026-06-08T10:00:00+05:30")));
    // A start outside opening hours counts from the next opening.
    EXPECT_EQ(c.next_open(at("2026-06-06T10:00:00+05:30")), at("2026-06-08T09:00:00+05:30"));
    EXPECT_EQ(c.add_business_time(at("2026-06-06T10:00:00+05:30"), minutes(5)), at("2026-06-08T09:05:00+05:30"));
}

TEST(BusinessCalendar, RefusesBadInputAndParsesJsonWithFieldErrors) {
    EXPECT_FALSE(BusinessCalendar::create("Mars/Olympus", days({mon}, {{0, 60}})).ok());
    EXPECT_FALSE(BusinessCalendar::create("UTC", WeeklyHours{}).ok());
    auto overlapping = BusinessCalendar::create("UTC", days({mon}, {{60, 120}, {90, 150}}));
    ASSERT_FALSE(overlapping.ok());
    EXPECT_EQ(overlapping.error().message.rfind("hours.mon[1]", 0), 0u) << overlapping.error().message;

    const auto original = calendar("Europe/Berlin", days({mon, fri}, {{540, 720}, {780, 1080}}), {ymd(2026, 12, 25)});
    auto back = business_calendar_from_json(to_json(original));
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->time_zone(), "Europe/Berlin");
    EXPECT_EQ(back->hours(), original.hours());
    EXPECT_EQ(back->holidays(), original.holidays());

    auto j = to_json(original);
    j["holidays"] = {"2026-12-25", "2026-02-30"};
    auto bad_date = business_calendar_from_json(j);
    ASSERT_FALSE(bad_date.ok());
    EXPECT_EQ(bad_date.error().message, "calendar.holidays[1]: must be a date YYYY-MM-DD");
    j = to_json(original);
    j["time_zone"] = "Nowhere/City";
    auto bad_zone = business_calendar_from_json(j);
    ASSERT_FALSE(bad_zone.ok());
    EXPECT_EQ(bad_zone.error().message.rfind("calendar.time_zone:", 0), 0u) << bad_zone.error().message;
    j = to_json(original);
    j["hours"]["tue"] = {{"10:00", "09:00"}};
    auto bad_hours = business_calendar_from_json(j);
    ASSERT_FALSE(bad_hours.ok());
    EXPECT_EQ(bad_hours.error().message.rfind("calendar.hours.tue:", 0), 0u) << bad_hours.error().message;

    Location loc{LocationId("loc-1"), RegionId("r"), "Downtown", "", "America/Chicago", days({mon}, {{540, 1020}})};
    EXPECT_TRUE(BusinessCalendar::for_location(loc).ok());
    loc.time_zone = "";
    auto no_zone = BusinessCalendar::for_location(loc);
    ASSERT_FALSE(no_zone.ok());
    EXPECT_EQ(no_zone.error().message.rfind("location loc-1: time_zone:", 0), 0u) << no_zone.error().message;
}

// ---- Properties over random calendars ----

struct RandomCase {
    BusinessCalendar calendar;
    Timestamp start;
};

const char* const kZones[] = {"America/New_York", "Europe/Berlin", "Asia/Kolkata",
                              "Australia/Lord_Howe", "UTC", "America/Sao_Paulo"};
// Change instants in or near the tested years, so that many starts sit next to one.
const char* const kChanges[] = {"2026-03-08T07:00:00Z", "2026-11-01T06:00:00Z", "2026-03-29T01:00:00Z",
                                "2026-10-25T01:00:00Z", "2026-04-04T15:00:00Z", "2026-10-03T15:30:00Z"};

RandomCase random_case(std::mt19937_64& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    WeeklyHours h;
    bool any = false;
    while (!any) {
        for (int d = 0; d < 7; ++d) {
            h[d].clear();
            int cursor = pick(0, 1) ? 0 : pick(0, 16) * 15;  // sometimes from midnight
            const int windows = pick(0, 3);
            for (int w = 0; w < windows && cursor < 1440; ++w) {
                const int open = std::min(1425, cursor + pick(0, 24) * 15);
                const int close = std::min(1440, open + pick(1, 40) * 15);
                if (open >= close) break;
                h[d].push_back({open, close});
                cursor = close + pick(0, 8) * 15;  // 0: touching windows
                any = true;
            }
        }
    }
    const Timestamp anchor = pick(0, 1) ? at(kChanges[pick(0, 5)]) : at("2026-01-01T00:00:00Z") + hours(pick(0, 364 * 24));
    const Timestamp start = anchor - hours(72) + minutes(pick(0, 144 * 60)) + milliseconds(pick(0, 1) ? 0 : pick(1, 59'999));
    std::vector<LocalDate> holidays;
    const auto first_day = LocalDate(date::floor<date::days>(start).time_since_epoch()) - date::days(2);
    for (int i = pick(0, 3); i > 0; --i) holidays.push_back(first_day + date::days(pick(0, 20)));
    return {calendar(kZones[pick(0, 5)], h, holidays), start};
}

TEST(BusinessCalendarProperties, AddThenMeasureGivesTheDurationBackAndNeverLandsWhenClosed) {
    std::mt19937_64 rng(20261124);
    for (int i = 0; i < 400; ++i) {
        const auto [c, start] = random_case(rng);
        const milliseconds amount = minutes(std::uniform_int_distribution<int>(1, 80 * 60)(rng)) +
                                    milliseconds(std::uniform_int_distribution<int>(0, 59'999)(rng));
        const Timestamp due = c.add_business_time(start, amount);
        SCOPED_TRACE(c.time_zone() + " start " + format_iso8601(start) + " amount " + std::to_string(amount.count()));
        EXPECT_GT(due, start);
        EXPECT_EQ(c.business_time_between(start, due), amount);
        // The last counted millisecond was open, and the due time is the earliest such instant.
        EXPECT_TRUE(c.is_open(due - milliseconds(1)));
        EXPECT_EQ(c.business_time_between(start, due - milliseconds(1)), amount - milliseconds(1));
        // Holidays are never open.
        for (const auto& h : c.holidays()) {
            const auto info = date::locate_zone(c.time_zone())->get_info(date::local_seconds(h.time_since_epoch()) + hours(12));
            EXPECT_FALSE(c.is_open(Timestamp((h + hours(12)).time_since_epoch() - info.first.offset)));
        }
        // Monotone in the amount and in the start.
        const milliseconds more = amount + minutes(std::uniform_int_distribution<int>(0, 600)(rng));
        EXPECT_LE(due, c.add_business_time(start, more));
        const Timestamp later = start + minutes(std::uniform_int_distribution<int>(0, 3000)(rng));
        EXPECT_LE(due, c.add_business_time(later, amount));
        // Additive: measuring over a split point adds up.
        const Timestamp mid = start + (due - start) / 3;
        EXPECT_EQ(c.business_time_between(start, mid) + c.business_time_between(mid, due), amount);
        if (HasFailure()) return;
    }
}

TEST(BusinessCalendarProperties, AgreesWithAMinuteByMinuteWalkOfTheWallClock) {
    std::mt19937_64 rng(7);
    for (int i = 0; i < 60; ++i) {
        auto [c, start] = random_case(rng);
        start = date::floor<minutes>(start);
        const auto* zone = date::locate_zone(c.time_zone());
        SCOPED_TRACE(c.time_zone() + " start " + format_iso8601(start));
        milliseconds open_minutes(0);
        for (int m = 0; m < 3 * 1440; ++m) {
            const Timestamp t = start + minutes(m);
            // The wall clock rule, computed independently through zoned_time.
            const auto local = date::zoned_time<milliseconds>(zone, t).get_local_time();
            const auto day = date::floor<date::days>(local);
            const auto of_day = local - day;
            bool expected = false;
            if (!std::binary_search(c.holidays().begin(), c.holidays().end(), day)) {
                for (const auto& w : c.hours()[date::weekday(day).c_encoding()]) {
                    expected = expected || (of_day >= minutes(w.open_minute) && of_day < minutes(w.close_minute));
                }
            }
            ASSERT_EQ(c.is_open(t), expected) << format_iso8601(t);
            if (expected) open_minutes += minutes(1);
        }
        ASSERT_EQ(c.business_time_between(start, start + minutes(3 * 1440)), open_minutes);
    }
}

// ---- SLA clocks ----

const auto k247 = days({sun, mon, tue, wed, thu, fri, sat}, {kAllDay});

SlaTarget target(milliseconds location, milliseconds region, milliseconds corporate) {
    return SlaTarget{{{EscalationLevel::location, location},
                      {EscalationLevel::region, region},
                      {EscalationLevel::corporate, corporate}},
                     0.75};
}

TEST(SlaClock, WarnsAtThreeQuartersAndBreachesAtTheBudget) {
    const auto c = calendar("UTC", k247);
    const Timestamp t0 = at("2026-05-04T10:00:00Z");
    SlaClock clock(target(hours(4), hours(2), hours(2)), t0);
    auto s = clock.status(c, t0 + hours(3) - milliseconds(1));
    EXPECT_EQ(s.state, SlaState::ok);
    EXPECT_EQ(s.warning_at, t0 + hours(3));
    EXPECT_EQ(s.due, t0 + hours(4));
    EXPECT_EQ(s.next_deadline, t0 + hours(3));
    s = clock.status(c, t0 + hours(3));
    EXPECT_EQ(s.state, SlaState::warning);
    EXPECT_EQ(s.next_deadline, t0 + hours(4));
    EXPECT_EQ(s.level, EscalationLevel::location);
    s = clock.status(c, t0 + hours(4));
    EXPECT_EQ(s.state, SlaState::breached);
    EXPECT_EQ(s.level, EscalationLevel::region);
    EXPECT_EQ(s.next_deadline, t0 + hours(4) + minutes(90));
}

TEST(SlaClock, PausesWhileWaitingOnTheCustomer) {
    const auto c = calendar("UTC", k247);
    const Timestamp t0 = at("2026-05-04T10:00:00Z");
    SlaClock clock(target(hours(4), hours(2), hours(2)), t0);
    ASSERT_TRUE(clock.pause(t0 + hours(1)).ok());
    auto s = clock.status(c, t0 + hours(30));
    EXPECT_TRUE(s.paused);
    EXPECT_EQ(s.state, SlaState::ok);
    EXPECT_EQ(s.elapsed, hours(1));
    EXPECT_FALSE(s.due.has_value());
    EXPECT_FALSE(s.next_deadline.has_value());
    EXPECT_EQ(clock.pause(t0 + hours(31)).error().code, ErrorCode::conflict);
    ASSERT_TRUE(clock.resume(t0 + hours(31)).ok());
    s = clock.status(c, t0 + hours(31));
    EXPECT_EQ(s.due, t0 + hours(34));
    EXPECT_EQ(s.warning_at, t0 + hours(33));
    EXPECT_EQ(s.next_deadline, t0 + hours(33));
    // A pause after the warning keeps the past warning instant and forgets the unreached due time.
    ASSERT_TRUE(clock.pause(t0 + hours(33) + minutes(30)).ok());
    s = clock.status(c, t0 + hours(40));
    EXPECT_EQ(s.state, SlaState::warning);
    EXPECT_EQ(s.warning_at, t0 + hours(33));
    EXPECT_FALSE(s.due.has_value());
    EXPECT_EQ(clock.resume(t0 + hours(33)).error().code, ErrorCode::invalid_argument);
}

TEST(SlaClock, PausedTimeOutsideBusinessHoursCostsNothing) {
    // Weekdays 09:00-17:00 in New York; a 2 h budget started Friday 16:00.
    const auto c = calendar("America/New_York", days({mon, tue, wed, thu, fri}, {{540, 1020}}));
    SlaClock clock(target(hours(2), hours(1), hours(1)), at("2026-06-05T16:00:00-04:00"));
    EXPECT_EQ(clock.status(c, at("2026-06-05T16:00:00-04:00")).due, at("2026-06-08T10:00:00-04:00"));
    ASSERT_TRUE(clock.pause(at("2026-06-05T16:30:00-04:00")).ok());
    ASSERT_TRUE(clock.resume(at("2026-06-08T09:30:00-04:00")).ok());
    EXPECT_EQ(clock.status(c, at("2026-06-08T09:30:00-04:00")).due, at("2026-06-08T11:00:00-04:00"));
}

TEST(SlaClock, MetOrBreachedOnCompletion) {
    const auto c = calendar("UTC", k247);
    const Timestamp t0 = at("2026-05-04T10:00:00Z");
    SlaClock on_time(target(hours(1), hours(1), hours(1)), t0);
    ASSERT_TRUE(on_time.complete(t0 + minutes(50)).ok());
    auto s = on_time.status(c, t0 + hours(10));
    EXPECT_EQ(s.state, SlaState::met);
    EXPECT_TRUE(s.completed);
    EXPECT_FALSE(s.next_deadline.has_value());
    EXPECT_EQ(on_time.resume(t0 + hours(11)).error().code, ErrorCode::conflict);
    SlaClock late(target(hours(1), hours(1), hours(1)), t0);
    ASSERT_TRUE(late.complete(t0 + minutes(70)).ok());
    s = late.status(c, t0 + hours(10));
    EXPECT_EQ(s.state, SlaState::breached);
    EXPECT_EQ(s.level, EscalationLevel::region);
    EXPECT_EQ(s.due, t0 + hours(1));
}

TEST(SlaClock, EscalatesLocationRegionCorporateWithAFakeClock) {
    // The default 1-2 star acknowledgement (1 h, then region 4 h, corporate 24 h) in New York
    // business hours, weekdays 09:00-17:00; the review arrives Monday 16:30.
    const auto c = calendar("America/New_York", days({mon, tue, wed, thu, fri}, {{540, 1020}}));
    const auto policy = SlaPolicy::defaults();
    const auto t = policy.target(SlaItemType::review_acknowledge, SlaPriority::high);
    ASSERT_TRUE(t.has_value());
    ManualClock fake(at("2026-06-01T16:30:00-04:00"));
    SlaClock clock(*t, fake.now());

    struct Step {
        const char* at;
        SlaState state;
        EscalationLevel level;
    };
    const Step expected[] = {
        // 45 minutes of business time: Monday's last 30, then Tuesday's first 15.
        {"2026-06-02T09:15:00-04:00", SlaState::warning, EscalationLevel::location},
        {"2026-06-02T09:30:00-04:00", SlaState::breached, EscalationLevel::region},
        {"2026-06-02T12:30:00-04:00", SlaState::breached, EscalationLevel::region},     // region warning
        {"2026-06-02T13:30:00-04:00", SlaState::breached, EscalationLevel::corporate},  // region breach
        {"2026-06-04T15:30:00-04:00", SlaState::breached, EscalationLevel::corporate},  // corporate warning
        {"2026-06-05T13:30:00-04:00", SlaState::breached, EscalationLevel::corporate},  // corporate breach
    };
    EXPECT_EQ(clock.status(c, fake).state, SlaState::ok);
    for (const auto& step : expected) {
        const auto before = clock.status(c, fake);
        ASSERT_TRUE(before.next_deadline.has_value()) << step.at;
        EXPECT_EQ(format_iso8601(*before.next_deadline), format_iso8601(at(step.at)));
        fake.set(*before.next_deadline);
        const auto now = clock.status(c, fake);
        EXPECT_EQ(now.state, step.state) << step.at;
        EXPECT_EQ(now.level, step.level) << step.at;
    }
    EXPECT_FALSE(clock.status(c, fake).next_deadline.has_value());
    fake.advance(hours(24 * 30));
    EXPECT_EQ(clock.status(c, fake).level, EscalationLevel::corporate);
}

// Random calendars (breaks, holidays, DST changes both ways) and random pauses: the clock counts
// exactly the business time of its running segments, its due time is where that count reaches
// the budget, and a clock restored from its stored form answers the same at every instant.
TEST(SlaClockProperties, PausesResumesAndRestoresOverRandomCalendars) {
    std::mt19937_64 rng(424242);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (int i = 0; i < 200; ++i) {
        const auto [c, start] = random_case(rng);
        const SlaTarget t = target(minutes(pick(30, 20 * 60)), hours(pick(1, 8)), hours(pick(1, 24)));
        SlaClock clock(t, start);
        std::vector<std::pair<Timestamp, Timestamp>> running;  // closed running segments
        Timestamp cursor = start;
        Timestamp segment = start;
        bool paused = false;
        for (int step = pick(0, 6); step > 0; --step) {
            cursor += minutes(pick(1, 36 * 60));
            if (paused) {
                ASSERT_TRUE(clock.resume(cursor).ok());
                segment = cursor;
            } else {
                ASSERT_TRUE(clock.pause(cursor).ok());
                running.emplace_back(segment, cursor);
            }
            paused = !paused;
        }
        const Timestamp now = cursor + minutes(pick(0, 48 * 60));
        milliseconds expected(0);
        for (const auto& [b, e] : running) expected += c.business_time_between(b, e);
        if (!paused) expected += c.business_time_between(segment, now);
        SCOPED_TRACE(c.time_zone() + " start " + format_iso8601(start) + " case " + std::to_string(i));
        const SlaStatus status = clock.status(c, now);
        EXPECT_EQ(status.elapsed, expected);
        EXPECT_EQ(status.paused, paused);
        if (status.due) {
            EXPECT_EQ(clock.status(c, *status.due).elapsed, t.steps.front().budget);
            EXPECT_LT(clock.status(c, *status.due - milliseconds(1)).elapsed, t.steps.front().budget);
        } else {
            EXPECT_TRUE(paused);  // only a stopped clock has no due time
            EXPECT_LT(status.elapsed, t.steps.front().budget);
        }
        if (paused) {
            EXPECT_FALSE(status.next_deadline.has_value());
        }
        auto restored = SlaClock::restore(t, clock.serialise());
        ASSERT_TRUE(restored.ok()) << restored.error().message;
        for (const Timestamp probe : {start, cursor, now, now + hours(pick(1, 200))}) {
            const SlaStatus a = clock.status(c, probe);
            const SlaStatus b = restored->status(c, probe);
            EXPECT_EQ(a.elapsed, b.elapsed);
            EXPECT_EQ(a.state, b.state);
            EXPECT_EQ(a.level, b.level);
            EXPECT_EQ(a.due, b.due);
            EXPECT_EQ(a.next_deadline, b.next_deadline);
        }
        if (HasFailure()) return;
    }
}

TEST(SlaClock, RestoreRefusesDamagedText) {
    const SlaTarget t = target(hours(1), hours(1), hours(1));
    for (const char* bad : {"", "[]", "{\"s\":[],\"p\":false,\"c\":false,\"l\":0}",
                            "{\"s\":[[10,5]],\"p\":true,\"c\":false,\"l\":10}",
                            "{\"s\":[[1,null]],\"p\":true,\"c\":false,\"l\":1}",
                            "{\"s\":[[1,null],[2,null]],\"p\":false,\"c\":false,\"l\":2}"}) {
        auto r = SlaClock::restore(t, bad);
        EXPECT_FALSE(r.ok()) << bad;
        if (!r.ok()) {
            EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
        }
    }
}

TEST(SlaPolicy, DefaultsFollowTheDomainNotes) {
    const auto p = SlaPolicy::defaults();
    auto budget = [&](SlaItemType type, SlaPriority priority) {
        auto t = p.target(type, priority);
        EXPECT_TRUE(t.has_value()) << to_string(type) << "/" << to_string(priority);
        EXPECT_TRUE(t && validate(*t).ok());
        return t ? t->steps.front().budget : milliseconds(0);
    };
    EXPECT_EQ(budget(SlaItemType::review_acknowledge, SlaPriority::high), hours(1));
    EXPECT_EQ(budget(SlaItemType::review_public_reply, SlaPriority::normal), hours(24));
    EXPECT_EQ(budget(SlaItemType::review_public_reply, SlaPriority::urgent), hours(2));
    EXPECT_EQ(budget(SlaItemType::review_private_outreach, SlaPriority::normal), hours(72));
    EXPECT_EQ(budget(SlaItemType::review_resolution, SlaPriority::high), hours(72));
    EXPECT_EQ(p.target(SlaItemType::review_resolution, SlaPriority::high)->steps[1].level, EscalationLevel::region);
    EXPECT_EQ(budget(SlaItemType::lead_first_response, SlaPriority::urgent), minutes(5));
    EXPECT_EQ(budget(SlaItemType::lead_first_response, SlaPriority::high), hours(1));
    EXPECT_FALSE(p.target(SlaItemType::lead_first_response, SlaPriority::normal).has_value());  // cold: drip
    for (auto pr : {SlaPriority::low, SlaPriority::normal, SlaPriority::high, SlaPriority::urgent}) {
        EXPECT_GT(budget(SlaItemType::task, pr), milliseconds(0));
    }
    // Private outreach warns at 48 h and breaches at 72 h.
    const auto c = calendar("UTC", k247);
    const Timestamp t0 = at("2026-05-04T10:00:00Z");
    SlaClock outreach(*p.target(SlaItemType::review_private_outreach, SlaPriority::normal), t0);
    EXPECT_EQ(outreach.status(c, t0).warning_at, t0 + hours(48));
    EXPECT_EQ(outreach.status(c, t0).due, t0 + hours(72));
    EXPECT_EQ(p.target(SlaItemType::task, SlaPriority::normal)->warning_share, 0.75);

    SlaPolicy custom;
    EXPECT_FALSE(custom.set(SlaItemType::task, SlaPriority::low, SlaTarget{}).ok());
    EXPECT_FALSE(custom.set(SlaItemType::task, SlaPriority::low,
                            SlaTarget{{{EscalationLevel::location, hours(1)}, {EscalationLevel::location, hours(1)}}})
                     .ok());
    EXPECT_FALSE(custom.set(SlaItemType::task, SlaPriority::low, SlaTarget{{{EscalationLevel::location, hours(1)}}, 1.5})
                     .ok());
    EXPECT_TRUE(custom.set(SlaItemType::task, SlaPriority::low, SlaTarget{{{EscalationLevel::location, hours(1)}}}).ok());
}

// ---- Deadline index ----

TEST(DeadlineIndex, MatchesABruteForceScanOnRandomOperations) {
    std::mt19937_64 rng(99);
    DeadlineIndex index;
    std::map<std::string, Timestamp> truth;
    const Timestamp base = at("2026-05-04T00:00:00Z");
    for (int op = 0; op < 20'000; ++op) {
        const std::string id = "item-" + std::to_string(std::uniform_int_distribution<int>(0, 299)(rng));
        const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
        if (kind < 6) {
            const Timestamp d = base + minutes(std::uniform_int_distribution<int>(0, 500)(rng));  // many ties
            index.upsert(id, d);
            truth[id] = d;
        } else if (kind < 8) {
            EXPECT_EQ(index.remove(id), truth.erase(id) == 1);
        } else {
            const Timestamp t = base + minutes(std::uniform_int_distribution<int>(-10, 510)(rng));
            std::vector<DueItem> expected;
            for (const auto& [k, v] : truth) {
                if (v <= t) expected.push_back({k, v});
            }
            std::sort(expected.begin(), expected.end(), [](const DueItem& a, const DueItem& b) {
                return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id;
            });
            ASSERT_EQ(index.due_until(t), expected);
        }
        ASSERT_EQ(index.size(), truth.size());
        if (truth.empty()) {
            ASSERT_FALSE(index.next().has_value());
        } else {
            auto earliest = std::min_element(truth.begin(), truth.end(), [](const auto& a, const auto& b) {
                return a.second != b.second ? a.second < b.second : a.first < b.first;
            });
            ASSERT_EQ(index.next(), (DueItem{earliest->first, earliest->second}));
            ASSERT_EQ(index.deadline_of(earliest->first), earliest->second);
        }
    }
    EXPECT_GT(index.approximate_bytes(), index.size() * 64);
}

}  // namespace
