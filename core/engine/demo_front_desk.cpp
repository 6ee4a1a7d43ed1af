#include "engine/demo_front_desk.h"

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "engine/demo_text.h"
#include "profiles/at_risk_store.h"
#include "profiles/contract.h"
#include "profiles/stitching.h"
#include "store/repositories.h"

namespace outpost::demo {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

struct Member {
    std::int64_t id = 0;
    std::string location;
    std::string first_name;
    std::string last_name;
    std::string status;
    bool consent_sms = false;
    bool consent_email = false;
};

Result<std::vector<Member>> members(store::Database& db) {
    auto stmt = db.prepare(
        "SELECT id, home_location_id, first_name, last_name, membership_status, consent_sms, consent_email FROM profile "
        "WHERE membership_status <> 'prospect' AND merged_into IS NULL ORDER BY id");
    if (!stmt) return stmt.error();
    return store::collect_rows<Member>(*stmt, [](const store::Statement& s) -> Result<Member> {
        return Member{s.int64(0), s.string(1), s.string(2), s.string(3), s.string(4), s.int64(5) != 0, s.int64(6) != 0};
    });
}

std::string padded(std::int64_t value, int width) {
    char text[32];
    std::snprintf(text, sizeof text, "%0*lld", width, static_cast<long long>(value));
    return text;
}

std::string birthday(Rng& rng, Timestamp now, bool today) {
    const std::chrono::year_month_day d{std::chrono::floor<days>(now)};
    const int year = rng.between(1962, 2006);
    const unsigned month = today ? static_cast<unsigned>(d.month()) : static_cast<unsigned>(rng.between(1, 12));
    const unsigned day = today ? static_cast<unsigned>(d.day()) : static_cast<unsigned>(rng.between(1, 28));
    return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
}

class Writer {
public:
    Writer(store::Database& db, Timestamp now) : m_db(db), m_now(now) {}

    Result<void> event(const std::string& key, const std::string& type, Timestamp at, const Member& m, const Json& data) {
        return profiles::run(m_db,
                             "INSERT INTO profile_event(event_id, idempotency_key, type, occurred_at, location_id, profile_id, "
                             "source, data, received_at) VALUES(?1, ?1, ?2, ?3, ?4, ?5, 'demo', ?6, ?7)",
                             [&](store::Statement& s) {
                                 s.bind(1, "demo/" + key).bind(2, type).bind(3, store::to_db(at)).bind(4, m.location);
                                 s.bind(5, m.id).bind(6, data.dump()).bind(7, store::to_db(m_now));
                             });
    }
    Result<void> consent(const Member& m, const char* channel, bool granted, const char* source, Timestamp at) {
        return profiles::run(m_db,
                             "INSERT INTO consent_event(profile_id, channel, granted, source, text_version, occurred_at, "
                             "recorded_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                             [&](store::Statement& s) {
                                 s.bind(1, m.id).bind(2, channel).bind(3, granted ? 1 : 0).bind(4, source);
                                 s.bind(5, std::string(channel) + "-terms-2025-01").bind(6, store::to_db(at));
                             });
    }
    Result<void> visit(const Member& m, Timestamp at) {
        return profiles::run(m_db,
                             "INSERT INTO visit(profile_id, location_id, visited_at) VALUES(?1, ?2, ?3)",
                             [&](store::Statement& s) { s.bind(1, m.id).bind(2, m.location).bind(3, store::to_db(at)); });
    }

    store::Database& db() { return m_db; }

private:
    store::Database& m_db;
    Timestamp m_now;
};

// Consent flags come from the ledger: a grant at sign-up, and for a few a later revoke.
Result<void> consent_ledger(Writer& w, store::Database& db, Rng& rng, const Member& m, Timestamp now, FrontDeskCounts& n) {
    for (auto [channel, given] : {std::pair{"sms", m.consent_sms}, std::pair{"email", m.consent_email}}) {
        if (!given) continue;
        const Timestamp signed_up = now - days(rng.between(40, 700));
        if (auto r = w.consent(m, channel, true, "signup_form", signed_up); !r) return r;
        ++n.consent_entries;
        if (!rng.chance(0.05)) continue;
        if (auto r = w.consent(m, channel, false, std::string(channel) == "sms" ? "sms_stop" : "unsubscribe_link",
                               signed_up + days(rng.between(5, 30)));
            !r) {
            return r;
        }
        ++n.consent_entries;
        auto off = profiles::run(db, "UPDATE profile SET consent_" + std::string(channel) + " = 0 WHERE id = ?1",
                                 [&](store::Statement& s) { s.bind(1, m.id); });
        if (!off) return off;
    }
    return {};
}

// One to three failed payments in the last two months; some settled by a later success.
Result<void> payments(Writer& w, store::Database& db, Rng& rng, const Member& m, Timestamp now, FrontDeskCounts& n) {
    const int failures = rng.between(1, 3);
    Timestamp last = now - days(rng.between(2, 60));
    for (int k = 0; k < failures; ++k) {
        const Timestamp at = last + days(k * 5);
        if (at > now) break;
        if (auto r = w.event("pay/" + std::to_string(m.id) + "/" + std::to_string(k), "payment_failed", at, m,
                             {{"amount_cents", 4900}});
            !r) {
            return r;
        }
        last = at;
        ++n.payment_failures;
    }
    if (rng.chance(0.4) && last + days(2) < now) {
        return w.event("pay/" + std::to_string(m.id) + "/ok", "payment_succeeded", last + days(2), m, {{"amount_cents", 4900}});
    }
    return profiles::run(db, "UPDATE profile SET payment_failed_at = ?2 WHERE id = ?1",
                         [&](store::Statement& s) { s.bind(1, m.id).bind(2, store::to_db(last)); });
}

// A booking for today: before now it either came (a visit) or is a no-show; later ones are expected.
Result<void> booking(Writer& w, Rng& rng, const Member& m, Timestamp now, FrontDeskCounts& n) {
    const Timestamp day = std::chrono::floor<days>(now);
    const Timestamp starts = day + hours(rng.between(6, 20)) + minutes(30 * rng.between(0, 1));
    const std::string key = "booking/" + std::to_string(m.id);
    if (auto r = w.event(key, "appointment_booked", now - days(rng.between(1, 6)), m,
                         {{"starts_at", format_iso8601(starts)}, {"service", rng.chance(0.5) ? "personal training" : "class"}});
        !r) {
        return r;
    }
    ++n.bookings_today;
    auto set = profiles::run(w.db(), "UPDATE profile SET booking_at = ?2 WHERE id = ?1",
                             [&](store::Statement& s) { s.bind(1, m.id).bind(2, store::to_db(starts)); });
    if (!set) return set;
    if (starts > now) return {};
    if (rng.chance(0.6)) return w.visit(m, starts - minutes(5));
    ++n.no_shows;
    return w.event(key + "/no_show", "no_show", starts + minutes(15), m, {{"starts_at", format_iso8601(starts)}});
}

// The same person registered twice (same name and birthday, another email): a merge suggestion.
Result<void> duplicate(store::Database& db, const Member& m, const std::string& born, Timestamp now, FrontDeskCounts& n) {
    const std::string email = profiles::lower(m.first_name + "." + m.last_name) + "." + std::to_string(m.id) + "@mail.example";
    auto made = profiles::run(db,
                              "INSERT INTO profile(first_name, last_name, primary_email, home_location_id, membership_status, "
                              "birthday, source_origin) VALUES(?1, ?2, ?3, ?4, 'prospect', ?5, 'web_form')",
                              [&](store::Statement& s) {
                                  s.bind(1, m.first_name).bind(2, m.last_name).bind(3, email).bind(4, m.location).bind(5, born);
                              });
    if (!made) return made;
    ++n.duplicates;
    auto queued = profiles::suggest_merges(db, ProfileId(db.last_insert_rowid()), now);
    if (!queued) return queued.error();
    n.merge_suggestions += static_cast<int>(queued->size());
    return {};
}

}  // namespace

Result<FrontDeskCounts> load_front_desk(store::Database& db, std::uint64_t seed, Timestamp now) {
    auto list = members(db);
    if (!list) return list.error();
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    Rng rng(seed ^ 0x46524f4e544445ULL);
    Writer w(db, now);
    FrontDeskCounts n;
    int duplicates_left = 8;
    std::map<std::string, int> queued_at;
    for (const Member& m : *list) {
        const bool today = rng.chance(1.0 / 150);
        const std::string born = birthday(rng, now, today);
        n.birthdays_today += today ? 1 : 0;
        const std::string card = "8" + padded(m.id, 6) + padded(rng.between(0, 999), 3);
        auto set = profiles::run(db, "UPDATE profile SET member_id = ?2, access_card_id = ?3, birthday = ?4 WHERE id = ?1",
                                 [&](store::Statement& s) { s.bind(1, m.id).bind(2, "M" + padded(m.id, 6)).bind(3, card).bind(4, born); });
        if (!set) return set.error();
        ++n.cards;
        if (auto r = consent_ledger(w, db, rng, m, now, n); !r) return r.error();
        const bool paying = m.status == "active" || m.status == "frozen";
        if (paying && rng.chance(0.07)) {
            if (auto r = payments(w, db, rng, m, now, n); !r) return r.error();
        }
        if ((m.status == "active" || m.status == "trial") && rng.chance(0.03)) {
            if (auto r = booking(w, rng, m, now, n); !r) return r.error();
        }
        // A few near-duplicates at random, and at least two at every location (its merge queue).
        const bool random_pick = duplicates_left > 0 && m.status == "active" && rng.chance(0.01);
        if (random_pick || (m.status == "active" && queued_at[m.location] < 2)) {
            if (auto r = duplicate(db, m, born, now, n); !r) return r.error();
            ++queued_at[m.location];
            if (random_pick) --duplicates_left;
        }
    }
    // Every member's at-risk score as of `now`, so the at-risk list and the profile 360 have them
    // from the start (the engine's scheduled refresh keeps them fresh afterwards).
    const ManualClock clock(now);
    auto scored = profiles::refresh_stale_at_risk(db, clock, static_cast<int>(list->size()) + 1);
    if (!scored) return scored.error();
    n.at_risk_scored = static_cast<int>(*scored);
    if (auto c = tx->commit(); !c) return c.error();
    return n;
}

}  // namespace outpost::demo
