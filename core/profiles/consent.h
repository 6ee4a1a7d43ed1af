#pragma once
// The consent ledger (domain notes §2): every grant and revoke per channel with its source, the
// time it was given and the version of the text the person saw. Current consent is derived from
// the ledger — per channel the entry with the latest occurred_at wins, and of two at the same time
// the one recorded last — and the profile's consent_sms and consent_email mirror it (source
// "consent_ledger"). Sends check the ledger (current_consent) at the moment of sending.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "store/database.h"

namespace outpost::profiles {

struct ConsentEntry {
    ProfileId profile;
    std::string channel;  // sms, email, phone, push, mail
    bool granted = false;
    std::string source;        // "front_desk", "web_form", "sms_stop" ...
    std::string text_version;  // "sms-terms-2026-01"
    Timestamp occurred_at;
    std::int64_t id = 0;  // ledger order (set when stored)
};

// Per channel, the entry that decides: pure, over entries in any order.
[[nodiscard]] std::map<std::string, ConsentEntry> derive_consent(const std::vector<ConsentEntry>& ledger);

[[nodiscard]] bool is_consent_channel(const std::string& channel);

// Appends to the ledger and updates the profile's mirror (and the desks); answers the entry's id.
[[nodiscard]] Result<std::int64_t> record_consent(store::Database& db, const ConsentEntry& entry, Timestamp now);
[[nodiscard]] Result<std::vector<ConsentEntry>> consent_ledger(store::Database& db, ProfileId profile);
[[nodiscard]] Result<std::map<std::string, ConsentEntry>> current_consent(store::Database& db, ProfileId profile);
// Sets consent_sms and consent_email from the ledger (when the ledger has an entry for them).
[[nodiscard]] Result<void> sync_consent_mirror(store::Database& db, ProfileId profile, Timestamp now);

}  // namespace outpost::profiles
