#pragma once
// Escalation tasks for the demo dataset: what the triggers of the domain notes (§6) would have
// opened over the last hours — recent 1-2 star reviews, failed payments, people asking for a
// human, refund requests above the automation's limit — some claimed by the demo people, one
// taken over and one waiting for an approver, so the queue, the card and the team board show real
// work in every SLA state. Deterministic for a given store and `now`.

#include "domain/clock.h"
#include "store/database.h"

namespace outpost::demo {

// Writes the tasks into a store that already holds the demo dataset and the demo users.
[[nodiscard]] Result<void> seed_tasks(store::Database& db, Timestamp now);

}  // namespace outpost::demo
