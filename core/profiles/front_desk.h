#pragma once
// The front desk on a desk's replica (works offline): as-you-type search over the covering
// desk_search table, and the lookup a scan or a typed query makes at the counter, answering the
// member's card with its alerts. Qt-free: the console calls these through Replica::read().
//
// A lookup first tries the text as an access card id, then as a member id, each by exact match
// (a keyboard-wedge scanner types the card id and Enter): one live profile holding it is the
// member. Otherwise it is a search; a search with exactly one hit is the member too.
//
// Alerts on a card, each from rows the desk holds:
//   payment_failed   a failed payment in the last 30 days not followed by a successful one
//   at_risk_high     the stored at-risk score's band is high
//   open_complaint   an open task of type complaint about the member
//   open_task        another open task about the member
//   missing_consent  neither SMS nor email consent
//   birthday         the member's birthday (month and day) is today at the member's home location

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.h"
#include "profiles/search.h"
#include "store/database.h"

namespace outpost::profiles {

inline constexpr std::chrono::hours kRecentPaymentFailure{24 * 30};

// At most `limit` live profiles with a key (name, name part, phone digits or their last ten,
// email, external id, member id, card id) starting with the query, in key order, each once.
[[nodiscard]] Result<std::vector<SearchHit>> search_replica(store::Database& db, std::string_view query, int limit);

struct DeskAlert {
    std::string code;     // payment_failed, at_risk_high, open_complaint, open_task, missing_consent, birthday
    std::string message;  // English; the console shows its own translation by code
};

struct MemberCard {
    SearchHit profile;
    std::string member_id;
    std::string access_card_id;
    std::string birthday;
    std::optional<int> at_risk_score;
    std::string at_risk_band;
    std::optional<Timestamp> last_visit;
    int visits = 0;              // every visit the desk holds
    int pending_check_ins = 0;   // on a desk: check-ins the engine has not confirmed yet (local ids below zero)
    bool consent_sms = false;
    bool consent_email = false;
    std::vector<DeskAlert> alerts;
};

struct DeskLookup {
    std::string matched_by;  // access_card_id, member_id, search, none
    std::optional<MemberCard> card;
    std::vector<SearchHit> candidates;  // a search with several hits: the person picks one
};

// The counter's "today" at a location (its calendar day, in its time zone): members who checked in, members whose booking
// starts later today (or began less than `grace` ago) and have not come yet, and no-shows (a
// booking that began more than `grace` ago with no visit since an hour before it). A member has
// one booking on the desk: the latest (profile.booking_at).
struct TodayAtDesk {
    std::vector<SearchHit> checked_in;
    std::vector<SearchHit> expected;
    std::vector<SearchHit> no_shows;
};
[[nodiscard]] Result<TodayAtDesk> today_at_desk(store::Database& db, const LocationId& location, const Clock& clock,
                                                std::chrono::minutes grace = std::chrono::minutes(15));

[[nodiscard]] Result<MemberCard> member_card(store::Database& db, ProfileId profile, const Clock& clock);
[[nodiscard]] Result<DeskLookup> front_desk_lookup(store::Database& db, std::string_view scanned_or_typed,
                                                   const Clock& clock, int limit = 10);

}  // namespace outpost::profiles
