#include "sync/command_support.h"

#include <regex>

#include "store/repositories.h"

namespace outpost::sync::detail {

// ---- profile.update_contact ----
namespace {

constexpr std::array<const char*, 4> kContactFields = {"first_name", "last_name", "primary_phone", "primary_email"};

Result<std::string> normalised_contact(const std::string& field, const std::string& raw) {
    std::string value = trimmed(raw);
    if (field == "primary_email") {
        for (auto& ch : value) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        static const std::regex kEmail(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");
        if (!value.empty() && !std::regex_match(value, kEmail)) {
            return make_error(ErrorCode::invalid_argument, "args.primary_email: is not an email address");
        }
    } else if (field == "primary_phone") {
        std::string digits;
        for (char ch : value) {
            if (ch == '+' && digits.empty()) digits += ch;
            if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
        }
        static const std::regex kE164(R"(^\+[1-9][0-9]{6,14}$)");
        if (!digits.empty() && !std::regex_match(digits, kE164)) {
            return make_error(ErrorCode::invalid_argument,
                              "args.primary_phone: must be an international number such as +15125550123");
        }
        value = digits;
    } else if (field == "first_name" && value.empty()) {
        return make_error(ErrorCode::invalid_argument, "args.first_name: must not be empty");
    }
    return value;
}
}  // namespace


Result<PreparedCommand> profile_update_contact(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto id = r.integer("profile_id", 1, kMaxId);
    std::vector<std::pair<std::string, std::string>> wanted;
    for (const char* field : kContactFields) {
        auto value = r.optional_string(field, 320);
        if (!value || !r.ok()) continue;
        auto clean = normalised_contact(field, *value);
        if (!clean) return clean.error();
        wanted.emplace_back(field, std::move(*clean));
    }
    if (!r.ok()) return r.error();
    if (wanted.empty()) return make_error(ErrorCode::invalid_argument, "args: name at least one contact field");
    auto location = find_profile(db, c, id);
    if (!location) return location.error();
    PreparedCommand p;
    p.location = *location;
    p.subject = "profile:" + std::to_string(id);
    Json fields = Json::array();
    p.touches.push_back({"profile", std::to_string(id)});
    for (const auto& [field, value] : wanted) {
        p.touches.push_back({"profile_field_history", new_row_id(c) + "/" + field});
        fields.push_back(field);
    }
    p.details = {{"fields", fields}};
    const CommandContext ctx = c;
    const std::string loc = location->value();
    p.run = [&db, ctx, id, loc, wanted]() -> Changed {
        auto current = read_entity(db, *find_entity("profile"), std::to_string(id));
        if (!current) return current.error();
        if (!*current) return make_error(ErrorCode::not_found, "no customer " + std::to_string(id));
        std::vector<EntityRef> changed;
        for (const auto& [field, value] : wanted) {
            const std::string old_value = (**current).value(field, std::string());
            if (old_value == value) continue;
            const std::string history = new_row_id(ctx) + "/" + field;
            auto logged = run_sql(db,
                                  "INSERT INTO profile_field_history(id, profile_id, location_id, field, old_value, "
                                  "new_value, author_id, author_name, changed_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                                  "ON CONFLICT(id) DO NOTHING",
                                  [&](store::Statement& s) {
                                      s.bind(1, history)
                                          .bind(2, id)
                                          .bind(3, loc)
                                          .bind(4, field)
                                          .bind(5, old_value)
                                          .bind(6, value)
                                          .bind(7, ctx.user_id.value())
                                          .bind(8, ctx.user_name)
                                          .bind(9, store::to_db(ctx.now));
                                  });
            if (!logged) return logged.error();
            // The field name comes from kContactFields, never from the request.
            // The field's source and time of change travel with the row (profile contract).
            auto updated = run_sql(db,
                                   "UPDATE profile SET " + field + " = ?2, field_meta = json_set(field_meta, '$." + field +
                                       "', json_object('source', 'desk', 'updated_at', ?3)) WHERE id = ?1",
                                   [&](store::Statement& s) { s.bind(1, id).bind(2, value).bind(3, store::to_db(ctx.now)); });
            if (!updated) return updated.error();
            changed.push_back({"profile_field_history", history});
        }
        if (!changed.empty()) changed.insert(changed.begin(), {"profile", std::to_string(id)});
        return changed;
    };
    return p;
}

// ---- profile.add_note ----
Result<PreparedCommand> profile_add_note(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto id = r.integer("profile_id", 1, kMaxId);
    const std::string text = trimmed(r.string("text", kMaxTextBytes));
    if (r.ok() && text.empty()) r.fail("text", "must not be empty");
    if (!r.ok()) return r.error();
    auto location = find_profile(db, c, id);
    if (!location) return location.error();
    PreparedCommand p;
    const EntityRef ref{"profile_note", new_row_id(c)};
    p.touches = {ref};
    p.location = *location;
    p.subject = "profile:" + std::to_string(id);
    p.details = {{"note", ref.id}};
    const CommandContext ctx = c;
    const std::string loc = location->value();
    p.run = [&db, ctx, id, loc, text, ref]() -> Changed {
        auto done = run_sql(db,
                            "INSERT INTO profile_note(id, profile_id, location_id, author_id, author_name, text, created_at) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO NOTHING",
                            [&](store::Statement& s) {
                                s.bind(1, ref.id)
                                    .bind(2, id)
                                    .bind(3, loc)
                                    .bind(4, ctx.user_id.value())
                                    .bind(5, ctx.user_name)
                                    .bind(6, text)
                                    .bind(7, store::to_db(ctx.now));
                            });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

// ---- visit.check_in ----
Result<PreparedCommand> visit_check_in(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto profile = r.integer("profile_id", 1, kMaxId);
    const LocationId location(r.string("location_id", 64));
    if (!r.ok()) return r.error();
    if (auto s = in_scope(c, location, "location " + location.value()); !s) return s.error();
    auto known = db.prepare("SELECT 1 FROM location WHERE id = ?1");
    if (!known) return known.error();
    known->bind(1, location.value());
    auto exists = known->step();
    if (!exists) return exists.error();
    if (!*exists) return make_error(ErrorCode::not_found, "no location " + location.value());
    auto member = db.prepare("SELECT 1 FROM profile WHERE id = ?1");
    if (!member) return member.error();
    member->bind(1, profile);
    auto found = member->step();
    if (!found) return found.error();
    if (!*found) return make_error(ErrorCode::not_found, "no customer " + std::to_string(profile));


    PreparedCommand p;
    // On a desk the visit gets a local id below zero until the engine's row (same client_ref) arrives.
    const std::int64_t local_id = -c.mutation_id;
    p.touches = {{"visit", std::to_string(local_id)}, {"profile", std::to_string(profile)}};
    p.location = location;
    p.subject = "profile:" + std::to_string(profile);
    p.details = {{"visit_logged", true}};
    const CommandContext ctx = c;
    const std::string client_ref = new_row_id(c);
    // The time the member came in, as the desk saw it; never in the engine's future.
    const Timestamp at = cmd.device_time && *cmd.device_time < c.now ? *cmd.device_time : c.now;
    p.run = [&db, ctx, profile, location, client_ref, local_id, at]() -> Changed {
        auto done = run_sql(db,
                            "INSERT INTO visit(id, profile_id, location_id, visited_at, source, client_ref) "
                            "VALUES(?1, ?2, ?3, ?4, 'front_desk', ?5) ON CONFLICT DO NOTHING",
                            [&](store::Statement& s) {
                                if (ctx.optimistic) {
                                    s.bind(1, local_id);
                                } else {
                                    s.bind_null(1);
                                }
                                s.bind(2, profile).bind(3, location.value()).bind(4, store::to_db(at)).bind(5, client_ref);
                            });
        if (!done) return done.error();
        auto id = db.prepare("SELECT id FROM visit WHERE client_ref = ?1");
        if (!id) return id.error();
        id->bind(1, client_ref);
        auto has = id->step();
        if (!has) return has.error();
        std::vector<EntityRef> changed;
        if (*has) changed.push_back({"visit", std::to_string(id->int64(0))});
        auto touched = run_sql(db,
                               "UPDATE profile SET last_activity_at = max(coalesce(last_activity_at, 0), ?2) WHERE id = ?1",
                               [&](store::Statement& s) { s.bind(1, profile).bind(2, store::to_db(at)); });
        if (!touched) return touched.error();
        changed.push_back({"profile", std::to_string(profile)});
        return changed;
    };
    return p;
}

// ---- consent.set ----
namespace {
constexpr std::array<std::string_view, 5> kConsentChannels = {"sms", "email", "phone", "push", "mail"};

// The profile column that mirrors a channel's consent, or nothing for channels without one.
std::optional<std::string> consent_mirror(const std::string& channel) {
    if (channel == "sms" || channel == "email") return "consent_" + channel;
    return std::nullopt;
}
}  // namespace

// The grant or revoke joins the consent ledger (consent_event) at the time the desk saw it, and the
// profile's mirror follows the ledger (latest occurred_at wins, as in profiles/consent.h). A desk
// writes its own ledger row under a local id below zero and sets the mirror at once; the engine's
// rows replace both on the next pull.
Result<PreparedCommand> consent_set(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto id = r.integer("profile_id", 1, kMaxId);
    const std::string channel = one_of(r, "channel", kConsentChannels);
    const bool granted = r.boolean("granted", false);
    if (r.ok() && !cmd.args.contains("granted")) r.fail("granted", "is required");
    const std::string source = trimmed(r.string("source", 64));
    const std::string text_version = trimmed(r.string("text_version", 64));
    if (r.ok() && source.empty()) r.fail("source", "must not be empty");
    if (r.ok() && text_version.empty()) r.fail("text_version", "must not be empty");
    if (!r.ok()) return r.error();
    auto location = find_profile(db, c, id);
    if (!location) return location.error();
    PreparedCommand p = prepared_for({"profile", std::to_string(id)}, *location);
    const EntityRef local_entry{"consent_event", std::to_string(-c.mutation_id)};
    if (c.optimistic) p.touches.push_back(local_entry);
    p.subject = "profile:" + std::to_string(id);
    p.details = {{"channel", channel}, {"granted", granted}, {"source", source}, {"text_version", text_version}};
    const auto mirror = consent_mirror(channel);
    const CommandContext ctx = c;
    const Timestamp at = cmd.device_time && *cmd.device_time < c.now ? *cmd.device_time : c.now;
    const std::string loc = location->value();
    p.run = [&db, ctx, id, loc, channel, granted, source, text_version, mirror, at, local_entry]() -> Changed {
        auto logged = run_sql(db,
                              "INSERT INTO consent_event(id, profile_id, location_id, channel, granted, source, text_version, "
                              "occurred_at, recorded_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                              [&](store::Statement& s) {
                                  if (ctx.optimistic) {
                                      s.bind(1, -ctx.mutation_id);
                                  } else {
                                      s.bind_null(1);
                                  }
                                  s.bind(2, id).bind(3, loc).bind(4, channel).bind(5, granted ? 1 : 0).bind(6, source);
                                  s.bind(7, text_version).bind(8, store::to_db(at)).bind(9, store::to_db(ctx.now));
                              });
        if (!logged) return logged.error();
        std::vector<EntityRef> changed{
            ctx.optimistic ? local_entry : EntityRef{"consent_event", std::to_string(db.last_insert_rowid())}};
        if (!mirror) return changed;
        // The column name comes from consent_mirror(), never from the request.
        const std::string value = ctx.optimistic ? "?2"
                                                 : "(SELECT granted FROM consent_event WHERE profile_id = ?1 AND channel = ?4 "
                                                   "ORDER BY occurred_at DESC, id DESC LIMIT 1)";
        auto updated = run_sql(db,
                               "UPDATE profile SET " + *mirror + " = " + value + ", field_meta = json_set(field_meta, '$." +
                                   *mirror + "', json_object('source', 'consent_ledger', 'updated_at', ?3)) WHERE id = ?1",
                               [&](store::Statement& s) {
                                   s.bind(1, id).bind(3, store::to_db(ctx.now));
                                   if (ctx.optimistic) {
                                       s.bind(2, granted ? 1 : 0);
                                   } else {
                                       s.bind(4, channel);
                                   }
                               });
        if (!updated) return updated.error();
        changed.push_back({"profile", std::to_string(id)});
        return changed;
    };
    return p;
}

// ---- lead.create_walk_in ----
// A walk-in lead from the counter. On a desk the lead gets a local id below zero until the
// engine's row (same client_ref) arrives. Consent the person gives at the counter travels with the
// lead (consent_sms, consent_email and the version of the words shown, required with a grant).
Result<PreparedCommand> lead_create_walk_in(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const LocationId location(r.string("location_id", 64));
    const std::string first = trimmed(r.string("first_name", 100));
    const std::string last = trimmed(r.string("last_name", 100));
    const auto phone = r.optional_string("phone", 64);
    const auto email = r.optional_string("email", 320);
    const std::string interest = trimmed(r.string("interest", 200));
    const std::string note = trimmed(r.optional_string("note", kMaxTextBytes).value_or(""));
    const bool consent_sms = r.boolean("consent_sms", false);
    const bool consent_email = r.boolean("consent_email", false);
    const std::string text_version = trimmed(r.optional_string("consent_text_version", 64).value_or(""));
    if (r.ok() && first.empty()) r.fail("first_name", "must not be empty");
    if (r.ok() && interest.empty()) r.fail("interest", "must not be empty");
    if (r.ok() && (consent_sms || consent_email) && text_version.empty()) {
        r.fail("consent_text_version", "must name the consent words shown");
    }
    if (!r.ok()) return r.error();
    auto clean_phone = normalised_contact("primary_phone", phone.value_or(""));
    if (!clean_phone) return make_error(ErrorCode::invalid_argument, "args.phone: must be an international number such as +15125550123");
    auto clean_email = normalised_contact("primary_email", email.value_or(""));
    if (!clean_email) return make_error(ErrorCode::invalid_argument, "args.email: is not an email address");
    if (clean_phone->empty() && clean_email->empty()) {
        return make_error(ErrorCode::invalid_argument, "args: a walk-in lead needs a phone or an email");
    }
    if (auto known = location_known(db, c, location); !known) return known.error();
    const std::int64_t local_id = -c.mutation_id;
    PreparedCommand p = prepared_for({"lead", std::to_string(local_id)}, location);
    p.details = {{"interest", interest}, {"consent_sms", consent_sms}, {"consent_email", consent_email}};
    const CommandContext ctx = c;
    const std::string client_ref = new_row_id(c);
    const std::string name = last.empty() ? first : first + " " + last;
    const std::string version = consent_sms || consent_email ? text_version : std::string();
    p.run = [&db, ctx, location, client_ref, local_id, name, phone = *clean_phone, email = *clean_email, interest,
             note, consent_sms, consent_email, version]() -> Changed {
        auto done = run_sql(db,
                            "INSERT INTO lead(id, location_id, name, phone, email, source, status, message, created_at, "
                            "interest, client_ref, consent_sms, consent_email, consent_text_version) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, 'walk_in', 'new', ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                            "ON CONFLICT DO NOTHING",
                            [&](store::Statement& s) {
                                if (ctx.optimistic) {
                                    s.bind(1, local_id);
                                } else {
                                    s.bind_null(1);
                                }
                                s.bind(2, location.value()).bind(3, name).bind(4, phone).bind(5, email).bind(6, note);
                                s.bind(7, store::to_db(ctx.now)).bind(8, interest).bind(9, client_ref);
                                s.bind(10, consent_sms ? 1 : 0).bind(11, consent_email ? 1 : 0).bind(12, version);
                            });
        if (!done) return done.error();
        auto id = db.prepare("SELECT id FROM lead WHERE client_ref = ?1");
        if (!id) return id.error();
        id->bind(1, client_ref);
        auto has = id->step();
        if (!has) return has.error();
        if (!*has) return std::vector<EntityRef>{};
        return std::vector<EntityRef>{{"lead", std::to_string(id->int64(0))}};
    };
    return p;
}

}  // namespace outpost::sync::detail
