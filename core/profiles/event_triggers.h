#pragma once
// Events that need a person (domain notes §6): an ingested event of a known customer is turned into
// a rules::TriggerEvent and, when a trigger fires, an escalation task is opened for them. Fields the
// sending system puts in the event's `data`:
//   message_received: text, asked_for_human (bool), automation_failures (int),
//                     requested_amount_cents + automation_limit_cents (+ request: "refund" ...)
//   payment_failed:   retries (int), first_failed_at (ISO 8601; default: the event's time)
// A customer tagged "vip" (profile tags) raises the urgency or gets a vip_contact task.
// Task ids are "event/<idempotency key>"; a payment task is not opened twice for one customer while
// one is open.

#include <vector>

#include "domain/ids.h"
#include "profiles/events.h"
#include "store/database.h"
#include "sync/entities.h"

namespace outpost::profiles {

// Opens the task the event calls for; answers the rows written (none when no trigger fired).
[[nodiscard]] Result<std::vector<sync::EntityRef>> raise_task_for_event(store::Database& db, const ProfileEvent& event,
                                                                        ProfileId profile, Timestamp now);

}  // namespace outpost::profiles
