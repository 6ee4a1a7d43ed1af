#include "profiles/consent.h"

#include <algorithm>
#include <array>

#include "profiles/contract.h"
#include "store/repositories.h"

namespace outpost::profiles {

std::map<std::string, ConsentEntry> derive_consent(const std::vector<ConsentEntry>& ledger) {
    std::map<std::string, ConsentEntry> current;
    for (const auto& entry : ledger) {
        auto it = current.find(entry.channel);
        const bool later = it == current.end() || entry.occurred_at > it->second.occurred_at ||
                           (entry.occurred_at == it->second.occurred_at && entry.id > it->second.id);
        if (later) current[entry.channel] = entry;
    }
    return current;
}

bool is_consent_channel(const std::string& channel) {
    static constexpr std::array<std::string_view, 5> kChannels = {"sms", "email", "phone", "push", "mail"};
    return std::find(kChannels.begin(), kChannels.end(), channel) != kChannels.end();
}

Result<std::int64_t> record_consent(store::Database& db, const ConsentEntry& entry, Timestamp now) {
    if (!is_consent_channel(entry.channel)) {
        return make_error(ErrorCode::invalid_argument, "channel: must be one of sms, email, phone, push, mail");
    }
    if (entry.source.empty() || entry.text_version.empty()) {
        return make_error(ErrorCode::invalid_argument, "consent needs its source and the version of its text");
    }
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    auto live = live_profile(db, entry.profile);
    if (!live) return live.error();
    auto stmt = db.prepare(
        "INSERT INTO consent_event(profile_id, channel, granted, source, text_version, occurred_at, recorded_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt) return stmt.error();
    stmt->bind(1, live->value())
        .bind(2, entry.channel)
        .bind(3, entry.granted ? 1 : 0)
        .bind(4, entry.source)
        .bind(5, entry.text_version)
        .bind(6, store::to_db(entry.occurred_at))
        .bind(7, store::to_db(now));
    if (auto r = stmt->run(); !r) return r.error();
    const std::int64_t id = db.last_insert_rowid();
    if (auto m = sync_consent_mirror(db, *live, now); !m) return m.error();
    if (auto p = publish(db, {{"consent_event", std::to_string(id)}}, now); !p) return p.error();
    if (auto c = tx->commit(); !c) return c.error();
    return id;
}

Result<std::vector<ConsentEntry>> consent_ledger(store::Database& db, ProfileId profile) {
    auto stmt = db.prepare(
        "SELECT id, channel, granted, source, text_version, occurred_at FROM consent_event WHERE profile_id = ?1 "
        "ORDER BY occurred_at, id");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value());
    return store::collect_rows<ConsentEntry>(*stmt, [&](const store::Statement& s) -> Result<ConsentEntry> {
        ConsentEntry e;
        e.id = s.int64(0);
        e.profile = profile;
        e.channel = s.string(1);
        e.granted = s.int64(2) != 0;
        e.source = s.string(3);
        e.text_version = s.string(4);
        e.occurred_at = store::from_db(s.int64(5));
        return e;
    });
}

Result<std::map<std::string, ConsentEntry>> current_consent(store::Database& db, ProfileId profile) {
    auto ledger = consent_ledger(db, profile);
    if (!ledger) return ledger.error();
    return derive_consent(*ledger);
}

Result<void> sync_consent_mirror(store::Database& db, ProfileId profile, Timestamp now) {
    auto current = current_consent(db, profile);
    if (!current) return current.error();
    std::vector<FieldChange> changes;
    for (const auto& [channel, field] : {std::pair{"sms", "consent_sms"}, std::pair{"email", "consent_email"}}) {
        auto it = current->find(channel);
        if (it != current->end()) changes.push_back({field, std::int64_t{it->second.granted ? 1 : 0}});
    }
    auto changed = set_fields(db, profile, changes, "consent_ledger", now);
    if (!changed) return changed.error();
    if (*changed) return publish(db, {profile_ref(profile)}, now);
    return {};
}

}  // namespace outpost::profiles
