#include "rules/task_triggers.h"

#include <algorithm>
#include <cctype>

namespace outpost::rules {
namespace {

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool word_start(const std::string& text, std::size_t at) {
    return at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
}

// Keywords match at the start of a word ("cancel" finds "cancellation", not "precancel").
std::vector<std::string> keywords_in(const std::string& text, const std::vector<std::string>& keywords) {
    std::vector<std::string> found;
    for (const auto& k : keywords) {
        for (std::size_t at = text.find(k); at != std::string::npos; at = text.find(k, at + 1)) {
            if (word_start(text, at)) {
                found.push_back(k);
                break;
            }
        }
    }
    return found;
}

bool asks_for_human(const std::string& text, const TriggerConfig& config) {
    return !keywords_in(text, config.human_phrases).empty();
}

SlaPriority raised(SlaPriority p) {
    switch (p) {
        case SlaPriority::low: return SlaPriority::normal;
        case SlaPriority::normal: return SlaPriority::high;
        default: return SlaPriority::urgent;
    }
}

std::string money(std::int64_t cents) {
    const std::string fraction = std::to_string(cents % 100);
    return std::to_string(cents / 100) + "." + (fraction.size() < 2 ? "0" : "") + fraction;
}

std::optional<TaskSpec> message_task(const TriggerEvent& e, const TriggerConfig& config) {
    const std::string text = lowered(e.text);
    auto urgent = keywords_in(text, config.urgent_keywords);
    auto high = keywords_in(text, config.high_keywords);
    if (!urgent.empty() || !high.empty()) {
        TaskSpec t{"keyword_message", "conversation", urgent.empty() ? SlaPriority::high : SlaPriority::urgent, {}, {}};
        for (const auto& k : urgent) t.reasons.push_back("keyword:" + k);
        for (const auto& k : high) t.reasons.push_back("keyword:" + k);
        t.suggested_action = urgent.empty() ? "Call the customer and check what they need before automation answers"
                                            : "Call the customer today; involve the location manager";
        return t;
    }
    if (asks_for_human(text, config)) {
        return TaskSpec{"human_requested", "conversation", SlaPriority::high, {"asked_for_human"},
                        "Take over the conversation and answer personally"};
    }
    if (e.vip) return TaskSpec{"vip_contact", "conversation", SlaPriority::normal, {}, "Answer personally"};
    return std::nullopt;
}

std::optional<TaskSpec> base_task(const TriggerEvent& e, const TriggerConfig& config) {
    switch (e.kind) {
        case TriggerKind::conversation_failed:
            if (e.failed_attempts < config.conversation_failures) return std::nullopt;
            return TaskSpec{"automation_failed", "conversation", SlaPriority::normal,
                            {"conversation_failed:" + std::to_string(e.failed_attempts)},
                            "Read the conversation and take it over"};
        case TriggerKind::human_requested:
            return TaskSpec{"human_requested", "conversation", SlaPriority::high, {"asked_for_human"},
                            "Take over the conversation and answer personally"};
        case TriggerKind::message: return message_task(e, config);
        case TriggerKind::review: {
            if (e.rating < 1 || e.rating > config.max_review_rating) return std::nullopt;
            TaskSpec t{"negative_review", "review", SlaPriority::high,
                       {"rating<=" + std::to_string(config.max_review_rating)}, "Acknowledge and reach out privately"};
            for (const auto& k : keywords_in(lowered(e.text), config.urgent_keywords)) {
                t.reasons.push_back("keyword:" + k);
                t.urgency = SlaPriority::urgent;
            }
            return t;
        }
        case TriggerKind::authority_exceeded:
            if (e.amount_cents <= e.limit_cents) return std::nullopt;
            return TaskSpec{"approval_needed", "conversation", SlaPriority::high,
                            {"above_authority:" + money(e.amount_cents) + ">" + money(e.limit_cents)},
                            "Decide the " + (e.request.empty() ? std::string("request") : e.request) +
                                "; amounts above the limit need an approver"};
        case TriggerKind::payment_failed:
            if (e.payment_retries < config.payment_retries || e.since_first_failure < config.payment_grace) {
                return std::nullopt;
            }
            return TaskSpec{"payment_recovery", "payment", SlaPriority::normal,
                            {"payment_failed:" + std::to_string(e.payment_retries) + "_retries"},
                            "Call about the payment method before the membership lapses"};
    }
    return std::nullopt;
}

}  // namespace

std::optional<TaskSpec> task_for(const TriggerEvent& event, const TriggerConfig& config) {
    auto task = base_task(event, config);
    if (task && event.vip && task->type != "vip_contact") {
        task->urgency = raised(task->urgency);
        task->reasons.push_back("vip");
    } else if (task && event.vip) {
        task->reasons.push_back("vip");
    }
    return task;
}

std::optional<SlaPriority> priority_from_string(std::string_view text) {
    if (text == "low") return SlaPriority::low;
    if (text == "normal") return SlaPriority::normal;
    if (text == "high") return SlaPriority::high;
    if (text == "urgent") return SlaPriority::urgent;
    return std::nullopt;
}

}  // namespace outpost::rules
