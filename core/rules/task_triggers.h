#pragma once
// When an event needs a person (domain notes §6): the triggers that open an escalation task, with
// the reason codes that explain the decision on the task's card. Pure functions of the event and
// the configuration; the engine creates the task.
//
// Triggers (defaults):
//   conversation_failed  the automated conversation failed `conversation_failures` (2) times
//   human_requested      the person asked for a human (flagged by the channel, or a phrase in a message)
//   message              a message containing a keyword: medical, injury, legal -> urgent; refund,
//                        cancel -> high (word prefixes: "refunds", "cancellation")
//   review               rating <= `max_review_rating` (2)
//   authority_exceeded   a request above the automation's authority limit (refund, discount ...)
//   payment_failed       still failing `payment_grace` (24 h) after the first failure and at least
//                        `payment_retries` (2) retries
//   any event of a VIP (concierge) customer: a task one urgency step higher than it would otherwise
//   get, or a "vip_contact" task when no other trigger fires for an inbound message.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/sla.h"

namespace outpost::rules {

enum class TriggerKind { conversation_failed, human_requested, message, review, authority_exceeded, payment_failed };

struct TriggerEvent {
    TriggerKind kind = TriggerKind::message;
    bool vip = false;
    std::string text;                   // message or review text
    int failed_attempts = 0;            // conversation_failed: failures so far in this conversation
    int rating = 0;                     // review: 1-5
    std::int64_t amount_cents = 0;      // authority_exceeded: what was asked for
    std::int64_t limit_cents = 0;       // authority_exceeded: what automation may grant
    std::string request;                // authority_exceeded: "refund", "discount" ...
    int payment_retries = 0;            // payment_failed: retries made
    std::chrono::minutes since_first_failure{0};  // payment_failed
};

struct TriggerConfig {
    int conversation_failures = 2;
    int max_review_rating = 2;
    int payment_retries = 2;
    std::chrono::hours payment_grace{24};
    std::vector<std::string> urgent_keywords = {"medical", "injury", "injured", "legal", "lawyer"};
    std::vector<std::string> high_keywords = {"refund", "cancel"};
    std::vector<std::string> human_phrases = {"human", "real person", "speak to someone", "talk to someone",
                                              "a manager", "una persona", "un humano"};
};

struct TaskSpec {
    std::string type;              // "keyword_message", "negative_review", "vip_contact" ...
    std::string source;            // review, lead, conversation, payment, manual
    SlaPriority urgency = SlaPriority::normal;
    std::vector<std::string> reasons;  // "keyword:refund", "rating<=2", "vip" ... (the decision trace)
    std::string suggested_action;  // what the card proposes first (English; the console translates)
};

// The task this event calls for, or nothing.
[[nodiscard]] std::optional<TaskSpec> task_for(const TriggerEvent& event, const TriggerConfig& config = {});

[[nodiscard]] std::optional<SlaPriority> priority_from_string(std::string_view text);

}  // namespace outpost::rules
