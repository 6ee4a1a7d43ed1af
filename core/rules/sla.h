#pragma once
// SLA policies and per-item SLA clocks. One model for reviews (§4), speed-to-lead (§5) and
// escalation tasks (§6): a budget of business time in the location's calendar, a warning at a
// share of it, pauses while waiting on the customer, and on breach an escalation chain
// location -> region -> corporate in which every step has its own budget.
//
// Everything here is a pure function of the clock's history and the instant asked about; callers
// pass `now` (or a Clock), nothing reads the system clock.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.h"
#include "domain/result.h"
#include "rules/business_calendar.h"

namespace outpost::rules {

// What the clock measures. Reviews carry several obligations with their own budgets.
enum class SlaItemType {
    review_acknowledge,       // a manager acknowledges a 1-2 star review
    review_public_reply,      // a public reply is posted
    review_private_outreach,  // the reviewer is contacted privately
    review_resolution,        // the negative review is resolved (else region steps in)
    lead_first_response,      // speed-to-lead
    task,                     // an escalation task from §6
};
// Leads map their score band onto it: hot -> urgent, warm -> high; cold leads have no SLA (drip).
// Reviews by influential authors are urgent.
enum class SlaPriority { low, normal, high, urgent };
enum class EscalationLevel { location, region, corporate };

[[nodiscard]] std::string_view to_string(SlaItemType v);
[[nodiscard]] std::string_view to_string(SlaPriority v);
[[nodiscard]] std::string_view to_string(EscalationLevel v);
[[nodiscard]] std::optional<EscalationLevel> escalation_level_from_string(std::string_view text);

struct EscalationStep {
    EscalationLevel level = EscalationLevel::location;
    std::chrono::milliseconds budget{0};  // business time this level has before the next takes over
};

struct SlaTarget {
    // steps[0] is the location's own budget (the SLA target); later steps start when the previous
    // one breaches. Levels strictly rise: location, then region and/or corporate.
    std::vector<EscalationStep> steps;
    double warning_share = 0.75;  // warn when this share of a step's budget is used
};

[[nodiscard]] Result<void> validate(const SlaTarget& target);

class SlaPolicy {
public:
    // The defaults from the domain notes; see sla.cpp for which figures are the notes' and which
    // are Outpost's starting values where the notes give none.
    [[nodiscard]] static SlaPolicy defaults();

    [[nodiscard]] Result<void> set(SlaItemType type, SlaPriority priority, SlaTarget target);
    void clear(SlaItemType type, SlaPriority priority);
    // nullopt: this kind of item runs no clock (e.g. cold leads).
    [[nodiscard]] std::optional<SlaTarget> target(SlaItemType type, SlaPriority priority) const;

private:
    std::map<std::pair<SlaItemType, SlaPriority>, SlaTarget> m_targets;
};

enum class SlaState {
    ok,        // running (or paused) inside the budget, before the warning
    warning,   // the warning share of the current step is used
    breached,  // the location's budget is used up (level says who owns it now), or it was met late
    met,       // completed inside the location's budget
};
[[nodiscard]] std::string_view to_string(SlaState v);

struct SlaStatus {
    SlaState state = SlaState::ok;
    EscalationLevel level = EscalationLevel::location;
    bool paused = false;
    bool completed = false;
    std::chrono::milliseconds elapsed{0};    // business time counted so far
    std::optional<Timestamp> due;            // breach of the location step; none when the clock stopped
                                             // (paused or completed) before reaching it
    std::optional<Timestamp> warning_at;     // warning of the location step, same rule
    std::optional<Timestamp> next_deadline;  // next warning or breach of any step; none when paused,
                                             // completed or past the last step
};

// The clock of one item. Time only moves forward: every call takes an instant no earlier than the
// previous one, else invalid_argument.
class SlaClock {
public:
    SlaClock(SlaTarget target, Timestamp started);

    // Waiting on the customer: business time stops counting until resume.
    [[nodiscard]] Result<void> pause(Timestamp at);
    [[nodiscard]] Result<void> resume(Timestamp at);
    // The obligation is fulfilled; the clock stops for good.
    [[nodiscard]] Result<void> complete(Timestamp at);

    [[nodiscard]] SlaStatus status(const BusinessCalendar& calendar, Timestamp now) const;
    [[nodiscard]] SlaStatus status(const BusinessCalendar& calendar, const Clock& clock) const {
        return status(calendar, clock.now());
    }

    // The clock's history as compact JSON for storage, and back. The target is not stored: it comes
    // from the policy of the item's type and priority when the clock is restored.
    [[nodiscard]] std::string serialise() const;
    [[nodiscard]] static Result<SlaClock> restore(SlaTarget target, std::string_view text);

    [[nodiscard]] const SlaTarget& target() const { return m_target; }
    [[nodiscard]] bool paused() const { return m_paused; }
    [[nodiscard]] bool completed() const { return m_completed; }

private:
    struct Segment {
        Timestamp begin;
        std::optional<Timestamp> end;  // open while the clock runs
    };
    [[nodiscard]] Result<void> check_order(Timestamp at, const char* action) const;
    [[nodiscard]] std::chrono::milliseconds elapsed(const BusinessCalendar& calendar, Timestamp now) const;
    // The instant at which `amount` of business time has been counted, or nullopt when the clock
    // stopped (paused or completed) before counting that much.
    [[nodiscard]] std::optional<Timestamp> instant_of(const BusinessCalendar& calendar,
                                                      std::chrono::milliseconds amount) const;

    SlaTarget m_target;
    std::vector<Segment> m_segments;
    Timestamp m_last;
    bool m_paused = false;
    bool m_completed = false;
};

}  // namespace outpost::rules
