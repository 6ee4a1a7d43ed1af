#pragma once
// Words for tasks on screen: urgency, status, SLA countdowns, history rows, decision-trace reason
// codes. The engine stores codes; the console translates them.

#include <QColor>
#include <QString>

#include "domain/clock.h"
#include "ui/sync/core_sync.h"

namespace outpost::ui::TaskText {

[[nodiscard]] QString urgency(const std::string& code);
[[nodiscard]] QString status(const std::string& code);
[[nodiscard]] QString type(const std::string& code);
[[nodiscard]] QString level(const std::string& code);
// "Due in 35 min", "Warning: 12 min left", "Breached 2 h ago · region", "Paused", "No SLA".
[[nodiscard]] QString countdown(const sync::TaskListItem& task, Timestamp now);
// The chip colour of the task's live SLA state; invalid for "no SLA".
[[nodiscard]] QColor slaColor(sync::LiveSla state);
[[nodiscard]] QString history(const sync::TaskHistoryItem& item);
[[nodiscard]] QString reason(const std::string& code);
[[nodiscard]] QString money(std::int64_t cents);

}  // namespace outpost::ui::TaskText
