#pragma once
// The demo dataset's front-desk layer, written after demo::load(): member ids and access cards,
// birthdays (a few today), the consent ledger behind the consent flags, failed payments, today's
// bookings (some already arrived, some no-shows), and a few near-duplicate profiles that wait in
// the merge queue, and every member's at-risk score as of `now` (the engine's scheduled refresh
// keeps them fresh). Deterministic: the same seed, `now` and dataset give the same rows.

#include <cstdint>

#include "domain/clock.h"
#include "store/database.h"

namespace outpost::demo {

struct FrontDeskCounts {
    int cards = 0;
    int birthdays_today = 0;
    int consent_entries = 0;
    int payment_failures = 0;
    int bookings_today = 0;
    int no_shows = 0;
    int duplicates = 0;
    int merge_suggestions = 0;
    int at_risk_scored = 0;
};

[[nodiscard]] Result<FrontDeskCounts> load_front_desk(store::Database& db, std::uint64_t seed, Timestamp now);

}  // namespace outpost::demo
