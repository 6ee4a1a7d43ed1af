#include "rules/sla.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "domain/json_codec.h"

namespace outpost::rules {
namespace {

using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;

SlaTarget chain(milliseconds location, milliseconds region, milliseconds corporate, double warning_share = 0.75) {
    return SlaTarget{{{EscalationLevel::location, location},
                      {EscalationLevel::region, region},
                      {EscalationLevel::corporate, corporate}},
                     warning_share};
}

milliseconds share_of(milliseconds budget, double share) {
    return milliseconds(static_cast<std::int64_t>(std::llround(static_cast<double>(budget.count()) * share)));
}

}  // namespace

std::string_view to_string(SlaItemType v) {
    switch (v) {
        case SlaItemType::review_acknowledge: return "review_acknowledge";
        case SlaItemType::review_public_reply: return "review_public_reply";
        case SlaItemType::review_private_outreach: return "review_private_outreach";
        case SlaItemType::review_resolution: return "review_resolution";
        case SlaItemType::lead_first_response: return "lead_first_response";
        case SlaItemType::task: return "task";
    }
    return "unknown";
}

std::string_view to_string(SlaPriority v) {
    switch (v) {
        case SlaPriority::low: return "low";
        case SlaPriority::normal: return "normal";
        case SlaPriority::high: return "high";
        case SlaPriority::urgent: return "urgent";
    }
    return "unknown";
}

std::string_view to_string(EscalationLevel v) {
    switch (v) {
        case EscalationLevel::location: return "location";
        case EscalationLevel::region: return "region";
        case EscalationLevel::corporate: return "corporate";
    }
    return "unknown";
}

std::optional<EscalationLevel> escalation_level_from_string(std::string_view text) {
    for (auto level : {EscalationLevel::location, EscalationLevel::region, EscalationLevel::corporate}) {
        if (to_string(level) == text) return level;
    }
    return std::nullopt;
}

std::string_view to_string(SlaState v) {
    switch (v) {
        case SlaState::ok: return "ok";
        case SlaState::warning: return "warning";
        case SlaState::breached: return "breached";
        case SlaState::met: return "met";
    }
    return "unknown";
}

Result<void> validate(const SlaTarget& target) {
    if (target.steps.empty() || target.steps.front().level != EscalationLevel::location) {
        return make_error(ErrorCode::invalid_argument, "sla.steps: the first step is the location's own budget");
    }
    for (std::size_t i = 0; i < target.steps.size(); ++i) {
        const std::string where = "sla.steps[" + std::to_string(i) + "]";
        if (target.steps[i].budget <= milliseconds(0)) {
            return make_error(ErrorCode::invalid_argument, where + ".budget: must be positive");
        }
        if (i > 0 && target.steps[i].level <= target.steps[i - 1].level) {
            return make_error(ErrorCode::invalid_argument,
                              where + ".level: escalation goes location -> region -> corporate, each once");
        }
    }
    if (!(target.warning_share > 0.0 && target.warning_share < 1.0)) {
        return make_error(ErrorCode::invalid_argument, "sla.warning_share: must be between 0 and 1 (exclusive)");
    }
    return {};
}

// Budgets marked "notes" are the domain notes' figures; the others are Outpost's starting values
// where the notes name none (region and corporate step budgets, task priorities). All of them are
// business time in the location's calendar and can be replaced with set().
SlaPolicy SlaPolicy::defaults() {
    SlaPolicy p;
    auto put = [&p](SlaItemType type, SlaPriority priority, SlaTarget target) {
        (void)p.set(type, priority, std::move(target));  // constants, checked by the tests
    };
    // §4: a 1-2 star review is acknowledged within 1 h (notes).
    put(SlaItemType::review_acknowledge, SlaPriority::high, chain(hours(1), hours(4), hours(24)));
    // §4: public reply within 24 h (notes); influential authors within 2 h (notes).
    put(SlaItemType::review_public_reply, SlaPriority::normal, chain(hours(24), hours(24), hours(48)));
    put(SlaItemType::review_public_reply, SlaPriority::urgent, chain(hours(2), hours(2), hours(8)));
    // §4: private outreach within 48-72 h (notes): the breach is at 72 h and the warning at 48 h.
    put(SlaItemType::review_private_outreach, SlaPriority::normal,
        chain(hours(72), hours(24), hours(48), 2.0 / 3.0));
    // §4: an unresolved negative review escalates to the region at 72 h (notes).
    put(SlaItemType::review_resolution, SlaPriority::high, chain(hours(72), hours(48), hours(72)));
    // §5: speed-to-lead, hot < 5 min, warm < 1 h in business hours (notes); cold leads run no clock.
    put(SlaItemType::lead_first_response, SlaPriority::urgent, chain(minutes(5), minutes(15), hours(1)));
    put(SlaItemType::lead_first_response, SlaPriority::high, chain(hours(1), hours(2), hours(8)));
    // §6: escalation tasks by urgency.
    put(SlaItemType::task, SlaPriority::urgent, chain(hours(1), hours(2), hours(4)));
    put(SlaItemType::task, SlaPriority::high, chain(hours(4), hours(8), hours(24)));
    put(SlaItemType::task, SlaPriority::normal, chain(hours(24), hours(24), hours(48)));
    put(SlaItemType::task, SlaPriority::low, chain(hours(72), hours(48), hours(72)));
    return p;
}

Result<void> SlaPolicy::set(SlaItemType type, SlaPriority priority, SlaTarget target) {
    if (auto ok = validate(target); !ok) return ok;
    m_targets[{type, priority}] = std::move(target);
    return {};
}

void SlaPolicy::clear(SlaItemType type, SlaPriority priority) { m_targets.erase({type, priority}); }

std::optional<SlaTarget> SlaPolicy::target(SlaItemType type, SlaPriority priority) const {
    const auto it = m_targets.find({type, priority});
    if (it == m_targets.end()) return std::nullopt;
    return it->second;
}

SlaClock::SlaClock(SlaTarget target, Timestamp started)
    : m_target(std::move(target)), m_segments{{started, std::nullopt}}, m_last(started) {}

Result<void> SlaClock::check_order(Timestamp at, const char* action) const {
    if (m_completed) return make_error(ErrorCode::conflict, std::string("sla: cannot ") + action + " a completed clock");
    if (at < m_last) {
        return make_error(ErrorCode::invalid_argument,
                          std::string("sla: cannot ") + action + " at " + format_iso8601(at) +
                              ", before the clock's last change at " + format_iso8601(m_last));
    }
    return {};
}

Result<void> SlaClock::pause(Timestamp at) {
    if (auto ok = check_order(at, "pause"); !ok) return ok;
    if (m_paused) return make_error(ErrorCode::conflict, "sla: the clock is already paused");
    m_segments.back().end = at;
    m_paused = true;
    m_last = at;
    return {};
}

Result<void> SlaClock::resume(Timestamp at) {
    if (auto ok = check_order(at, "resume"); !ok) return ok;
    if (!m_paused) return make_error(ErrorCode::conflict, "sla: the clock is not paused");
    m_segments.push_back({at, std::nullopt});
    m_paused = false;
    m_last = at;
    return {};
}

Result<void> SlaClock::complete(Timestamp at) {
    if (auto ok = check_order(at, "complete"); !ok) return ok;
    if (!m_paused) m_segments.back().end = at;
    m_paused = false;
    m_completed = true;
    m_last = at;
    return {};
}

milliseconds SlaClock::elapsed(const BusinessCalendar& calendar, Timestamp now) const {
    milliseconds total(0);
    for (const auto& s : m_segments) {
        if (s.begin >= now) break;
        total += calendar.business_time_between(s.begin, std::min(s.end.value_or(now), now));
    }
    return total;
}

std::optional<Timestamp> SlaClock::instant_of(const BusinessCalendar& calendar, milliseconds amount) const {
    milliseconds counted(0);
    for (const auto& s : m_segments) {
        if (!s.end) return calendar.add_business_time(s.begin, amount - counted);
        const milliseconds here = calendar.business_time_between(s.begin, *s.end);
        if (counted + here >= amount) return calendar.add_business_time(s.begin, amount - counted);
        counted += here;
    }
    return std::nullopt;
}

SlaStatus SlaClock::status(const BusinessCalendar& calendar, Timestamp now) const {
    SlaStatus out;
    out.paused = m_paused;
    out.completed = m_completed;
    out.elapsed = elapsed(calendar, now);

    // Thresholds in counted business time: each step's warning, then its breach.
    std::vector<milliseconds> thresholds;
    milliseconds before(0);
    std::size_t level = 0;
    for (std::size_t i = 0; i < m_target.steps.size(); ++i) {
        const milliseconds budget = m_target.steps[i].budget;
        thresholds.push_back(before + share_of(budget, m_target.warning_share));
        thresholds.push_back(before + budget);
        before += budget;
        // Past a step's breach the next level owns the item; the last level keeps it.
        if (out.elapsed >= before && i + 1 < m_target.steps.size()) level = i + 1;
    }
    out.level = m_target.steps[level].level;

    const milliseconds location_budget = m_target.steps.front().budget;
    const milliseconds location_warning = thresholds.front();
    if (out.elapsed >= location_budget) {
        out.state = SlaState::breached;
    } else if (m_completed) {
        out.state = SlaState::met;
    } else if (out.elapsed >= location_warning) {
        out.state = SlaState::warning;
    } else {
        out.state = SlaState::ok;
    }
    out.due = instant_of(calendar, location_budget);
    out.warning_at = instant_of(calendar, location_warning);

    if (!m_paused && !m_completed) {
        for (const milliseconds t : thresholds) {
            if (t > out.elapsed) {
                out.next_deadline = instant_of(calendar, t);
                break;
            }
        }
    }
    return out;
}

// {"s":[[begin,end|null],...],"p":paused,"c":completed,"l":last}, instants in ms since the epoch.
std::string SlaClock::serialise() const {
    Json segments = Json::array();
    for (const auto& s : m_segments) {
        Json end = s.end ? Json(s.end->time_since_epoch().count()) : Json(nullptr);
        segments.push_back(Json::array({s.begin.time_since_epoch().count(), std::move(end)}));
    }
    return Json{{"s", std::move(segments)}, {"p", m_paused}, {"c", m_completed}, {"l", m_last.time_since_epoch().count()}}
        .dump();
}

Result<SlaClock> SlaClock::restore(SlaTarget target, std::string_view text) {
    const auto bad = [](const std::string& why) { return make_error(ErrorCode::invalid_argument, "sla clock: " + why); };
    auto json = parse_json(text);
    if (!json) return bad(json.error().message);
    const auto instant = [](const Json& v) { return Timestamp(milliseconds(v.get<std::int64_t>())); };
    if (!json->is_object() || !(*json)["s"].is_array() || (*json)["s"].empty() || !(*json)["l"].is_number_integer() ||
        !(*json)["p"].is_boolean() || !(*json)["c"].is_boolean()) {
        return bad("expected {s, p, c, l}");
    }
    SlaClock clock(std::move(target), Timestamp{});
    clock.m_segments.clear();
    for (const Json& s : (*json)["s"]) {
        if (!s.is_array() || s.size() != 2 || !s[0].is_number_integer() || !(s[1].is_number_integer() || s[1].is_null())) {
            return bad("a segment is not [begin, end|null]");
        }
        Segment segment{instant(s[0]), s[1].is_null() ? std::nullopt : std::optional<Timestamp>(instant(s[1]))};
        if (segment.end && *segment.end < segment.begin) return bad("a segment ends before it begins");
        if (!clock.m_segments.empty() && (!clock.m_segments.back().end || segment.begin < *clock.m_segments.back().end)) {
            return bad("segments overlap");
        }
        clock.m_segments.push_back(segment);
    }
    clock.m_paused = (*json)["p"].get<bool>();
    clock.m_completed = (*json)["c"].get<bool>();
    clock.m_last = instant((*json)["l"]);
    const bool open = !clock.m_segments.back().end.has_value();
    if (open == (clock.m_paused || clock.m_completed)) return bad("the last segment does not match the clock's state");
    return clock;
}

}  // namespace outpost::rules
