#pragma once
// Words for customers on screen: contract field names, field sources, consent channels, at-risk
// bands, components and reason codes, timeline kinds and event types. The engine stores codes;
// the console translates them.

#include <string>

#include <QColor>
#include <QString>

#include "domain/clock.h"

namespace outpost::ui::CustomerText {

[[nodiscard]] QString field(const std::string& name);
// "desk", "event:crm", "consent_ledger", "merge", "import" ...
[[nodiscard]] QString source(const std::string& code);
[[nodiscard]] QString channel(const std::string& code);
[[nodiscard]] QString band(const std::string& code);
[[nodiscard]] QColor bandColor(const std::string& code);
[[nodiscard]] QString component(const std::string& code);
// "last_visit_41_days_ago" -> "Last visit 41 days ago"
[[nodiscard]] QString reason(const std::string& code);
[[nodiscard]] QString timelineKind(const std::string& kind);
// Event types of domain notes §3 ("payment_failed" -> "Payment failed").
[[nodiscard]] QString eventType(const std::string& code);
[[nodiscard]] QString membership(const std::string& code);
// Why two profiles look like one person: "name_birthday", "similar_email".
[[nodiscard]] QString mergeReason(const std::string& code);
// A field's value for people: consent 0/1 as Yes/No, cents as money, times as dates.
[[nodiscard]] QString value(const std::string& field, const std::string& raw);
// "$12.50"
[[nodiscard]] QString money(std::int64_t cents);
// A date and time in the desk's zone, short format.
[[nodiscard]] QString when(Timestamp t);

}  // namespace outpost::ui::CustomerText
