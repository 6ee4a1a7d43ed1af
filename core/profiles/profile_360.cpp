#include "profiles/profile_360.h"

#include <algorithm>

#include "profiles/contract.h"
#include "store/repositories.h"

namespace outpost::profiles {
namespace {

std::string as_text(const Json& value) {
    if (value.is_null()) return {};
    if (value.is_string()) return value.get<std::string>();
    return value.dump();
}

std::vector<FieldLine> field_lines(const Json& row) {
    Json meta = Json::object();
    if (auto parsed = parse_json(row.value("field_meta", std::string("{}"))); parsed && parsed->is_object()) meta = *parsed;
    std::vector<FieldLine> out;
    for (std::string_view name : contract_fields()) {
        const std::string field(name);
        FieldLine line{field, row.contains(field) ? as_text(row[field]) : std::string(), {}, std::nullopt};
        if (auto it = meta.find(field); it != meta.end() && it->is_object()) {
            line.source = it->value("source", std::string());
            if (auto at = it->find("updated_at"); at != it->end() && at->is_number_integer()) {
                line.updated_at = store::from_db(at->get<std::int64_t>());
            }
        }
        out.push_back(std::move(line));
    }
    return out;
}

// Rows of one query as timeline items: columns at, what, detail, location_id, ref.
Result<void> add_items(store::Database& db, std::vector<TimelineItem>& out, std::string kind, std::string_view sql,
                       ProfileId id, const Json& row = Json()) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, id.value());
    if (row.is_object()) stmt->bind(2, row.value("primary_phone", std::string())).bind(3, row.value("primary_email", std::string()));
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        out.push_back({store::from_db(stmt->int64(0)), kind, stmt->string(1), stmt->string(2), stmt->string(3), stmt->string(4)});
    }
    return {};
}

Result<int> count_of(store::Database& db, std::string_view sql, ProfileId id, const Json& row = Json()) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, id.value());
    if (row.is_object()) stmt->bind(2, row.value("primary_phone", std::string())).bind(3, row.value("primary_email", std::string()));
    auto has = stmt->step();
    if (!has) return has.error();
    return *has ? static_cast<int>(stmt->int64(0)) : 0;
}

// A lead is the person's when it names their phone or email.
constexpr std::string_view kLeadMatch = "((?2 <> '' AND phone = ?2) OR (?3 <> '' AND email = ?3)) AND ?1 IS NOT NULL";

Result<std::vector<TimelineItem>> timeline_of(store::Database& db, ProfileId id, const Json& row, int limit) {
    std::vector<TimelineItem> out;
    const std::string lead_sql = "SELECT created_at, source, message, location_id, CAST(id AS TEXT) FROM lead WHERE " +
                                 std::string(kLeadMatch);
    const std::pair<std::string, std::string> queries[] = {
        {"visit", "SELECT visited_at, 'visit_logged', '', location_id, CAST(id AS TEXT) FROM visit WHERE profile_id = ?1"},
        {"event", "SELECT occurred_at, type, source, location_id, CAST(id AS TEXT) FROM profile_event WHERE profile_id = ?1 "
                  "AND type NOT IN ('visit_logged', 'check_in')"},
        {"task", "SELECT created_at, type, summary || ' (' || status || ')', location_id, id FROM task WHERE profile_id = ?1"},
        {"review", "SELECT posted_at, platform, rating || '/5 ' || text, location_id, CAST(id AS TEXT) FROM review "
                   "WHERE profile_id = ?1"},
        {"note", "SELECT created_at, author_name, text, location_id, id FROM profile_note WHERE profile_id = ?1"},
        {"edit", "SELECT changed_at, field, old_value || ' -> ' || new_value, location_id, id FROM profile_field_history "
                 "WHERE profile_id = ?1"},
    };
    for (const auto& [kind, sql] : queries) {
        if (auto r = add_items(db, out, kind, sql + " ORDER BY 1 DESC LIMIT " + std::to_string(limit), id); !r) {
            return r.error();
        }
    }
    if (auto r = add_items(db, out, "lead", lead_sql + " ORDER BY 1 DESC LIMIT " + std::to_string(limit), id, row); !r) {
        return r.error();
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineItem& a, const TimelineItem& b) { return a.at > b.at; });
    if (static_cast<int>(out.size()) > limit) out.resize(static_cast<std::size_t>(limit));
    return out;
}

Result<std::vector<NoteLine>> notes_of(store::Database& db, ProfileId id) {
    auto stmt = db.prepare("SELECT id, author_name, text, created_at FROM profile_note WHERE profile_id = ?1 "
                           "ORDER BY created_at DESC, id DESC");
    if (!stmt) return stmt.error();
    stmt->bind(1, id.value());
    return store::collect_rows<NoteLine>(*stmt, [](const store::Statement& s) -> Result<NoteLine> {
        return NoteLine{s.string(0), s.string(1), s.string(2), store::from_db(s.int64(3))};
    });
}

}  // namespace

std::string_view component_of_reason(std::string_view reason) {
    if (reason.starts_with("last_visit_") || reason == "no_visit_on_record") return "recency";
    if (reason.starts_with("visits_down_")) return "frequency";
    if (reason.starts_with("payment_failed_") || reason == "latest_payment_failed") return "payment";
    if (reason.starts_with("engagement_down_")) return "engagement";
    if (reason.starts_with("support_tickets_") || reason == "detractor") return "support";
    return "";
}

Result<Profile360> read_profile_360(store::Database& db, ProfileId asked, const Clock& clock, int timeline_limit) {
    auto id = live_profile(db, asked);
    if (!id) return id.error();
    auto row = read_profile(db, *id);
    if (!row) return row.error();
    Profile360 p;
    p.id = *id;
    p.first_name = row->value("first_name", std::string());
    p.last_name = row->value("last_name", std::string());
    p.home_location_id = row->value("home_location_id", std::string());
    p.membership_status = row->value("membership_status", std::string());
    if (auto name = db.prepare("SELECT name FROM location WHERE id = ?1"); name) {
        name->bind(1, p.home_location_id);
        if (auto has = name->step(); has && *has) p.home_location_name = name->string(0);
    }
    p.source_origin = row->value("source_origin", std::string());
    if (auto s = row->find("last_synced_at"); s != row->end() && s->is_number_integer()) {
        p.last_synced_at = store::from_db(s->get<std::int64_t>());
    }
    p.contract_version = static_cast<int>(row->value("contract_version", std::int64_t{0}));
    p.fields = field_lines(*row);
    auto ledger = consent_ledger(db, *id);
    if (!ledger) return ledger.error();
    p.consent = derive_consent(*ledger);
    p.consent_history.assign(ledger->rbegin(), ledger->rend());
    auto timeline = timeline_of(db, *id, *row, timeline_limit);
    if (!timeline) return timeline.error();
    p.timeline = std::move(*timeline);
    auto notes = notes_of(db, *id);
    if (!notes) return notes.error();
    p.notes = std::move(*notes);
    auto risk = stored_at_risk(db, *id, clock);
    if (!risk) return risk.error();
    p.at_risk = std::move(*risk);
    auto open = count_of(db, "SELECT count(*) FROM task WHERE profile_id = ?1 AND status <> 'resolved'", *id);
    auto reviews = count_of(db, "SELECT count(*) FROM review WHERE profile_id = ?1", *id);
    auto leads = count_of(db, "SELECT count(*) FROM lead WHERE " + std::string(kLeadMatch), *id, *row);
    if (!open) return open.error();
    if (!reviews) return reviews.error();
    if (!leads) return leads.error();
    p.open_tasks = *open;
    p.reviews = *reviews;
    p.leads = *leads;
    return p;
}

}  // namespace outpost::profiles
