#pragma once
// Words for the review inbox: severities, SLA states and countdown chips, and the triage's reason
// codes ("rating:1", "keyword:injury:slipped", "lexicon:negative:filthy", "severity:high") short
// for the list and in full sentences for the detail pane. The engine stores codes; the console
// translates them.

#include <QString>
#include <QStringList>

#include "domain/clock.h"
#include "sync/review_inbox.h"
#include "ui/widgets/sla_chip.h"

namespace outpost::ui::ReviewInboxText {

[[nodiscard]] QString severity(rules::Severity severity);
[[nodiscard]] QString slaState(sync::InboxSla state);
[[nodiscard]] SlaChip::State chipState(sync::InboxSla state);
// The state of the review's clock at `now`: never better than what was read, worse once an
// instant passes (the chip ticks without a reload).
[[nodiscard]] sync::InboxSla liveState(const sync::InboxTriage& triage, Timestamp now);
// "Reply due in 3 h", "Acknowledge: 20 min left", "Reply overdue 2 h · region"; empty without a clock.
[[nodiscard]] QString countdown(const sync::InboxTriage& triage, Timestamp now);
// What fired, short: "Injury “slipped” · “filthy”"; the rating alone as "1★" when it set the
// severity, nothing for a low review with no words that fired.
[[nodiscard]] QString reasonsShort(const std::vector<std::string>& codes);
// Each code as a sentence, in the stored order.
[[nodiscard]] QStringList reasonsFull(const std::vector<std::string>& codes);
[[nodiscard]] QString reason(const std::string& code);

}  // namespace outpost::ui::ReviewInboxText
