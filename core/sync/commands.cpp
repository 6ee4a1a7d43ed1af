#include "sync/commands.h"

#include <array>
#include <limits>
#include <memory>
#include <regex>

#include "domain/enums.h"
#include "domain/json_reader.h"
#include "domain/review.h"
#include "rules/business_calendar.h"
#include "rules/sla.h"
#include "store/repositories.h"

namespace outpost::sync {
namespace {

constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();
constexpr std::size_t kMaxTextBytes = 5000;

using Changed = Result<std::vector<EntityRef>>;

std::string new_row_id(const CommandContext& c) { return c.client_id + "/" + std::to_string(c.mutation_id); }

Result<void> in_scope(const CommandContext& c, const LocationId& location, const std::string& what) {
    if (c.scope && !c.scope->contains(location)) {
        return make_error(ErrorCode::permission_denied, what + " is outside your locations");
    }
    return {};
}

struct ReviewRow {
    LocationId location;
    std::string status;
};

Result<ReviewRow> find_review(store::Database& db, const CommandContext& c, std::int64_t id) {
    auto stmt = db.prepare("SELECT location_id, status FROM review WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    const std::string what = "review " + std::to_string(id);
    if (!*has) return make_error(ErrorCode::not_found, "no " + what);
    ReviewRow row{LocationId(stmt->string(0)), stmt->string(1)};
    if (auto s = in_scope(c, row.location, what); !s) return s.error();
    return row;
}

Result<LocationId> find_profile(store::Database& db, const CommandContext& c, std::int64_t id) {
    auto stmt = db.prepare("SELECT home_location_id FROM profile WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    const std::string what = "customer " + std::to_string(id);
    if (!*has) return make_error(ErrorCode::not_found, "no " + what);
    LocationId location(stmt->string(0));
    if (auto s = in_scope(c, location, what); !s) return s.error();
    return location;
}

Result<void> run_sql(store::Database& db, std::string_view sql, const std::function<void(store::Statement&)>& bind) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    bind(*stmt);
    return stmt->run();
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// ---- review.set_status ----
Result<PreparedCommand> review_set_status(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto id = r.integer("review_id", 1, kMaxId);
    const auto status = r.enumeration<ReviewStatus>("status");
    if (!r.ok()) return r.error();
    auto review = find_review(db, c, id);
    if (!review) return review.error();
    PreparedCommand p;
    const EntityRef ref{"review", std::to_string(id)};
    p.touches = {ref};
    p.location = review->location;
    p.subject = "review:" + ref.id;
    p.details = {{"status", to_string(status)}};
    const std::string current = review->status;
    p.run = [&db, id, status, ref, current]() -> Changed {
        if (current == to_string(status)) return std::vector<EntityRef>{};
        auto done = run_sql(db, "UPDATE review SET status = ?2 WHERE id = ?1",
                            [&](store::Statement& s) { s.bind(1, id).bind(2, to_string(status)); });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

// ---- review.assign ----
Result<PreparedCommand> review_assign(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto id = r.integer("review_id", 1, kMaxId);
    const auto user = r.optional_integer("user_id", 1, kMaxId);
    auto name = r.optional_string("user_name", 200).value_or("");
    if (!r.ok()) return r.error();
    auto review = find_review(db, c, id);
    if (!review) return review.error();
    if (user && c.assignee) {
        auto real = c.assignee(UserId(*user), review->location);
        if (!real) return real.error();
        name = *real;
    }
    if (user && name.empty()) return make_error(ErrorCode::invalid_argument, "args.user_name: must not be empty");
    if (!user) name.clear();
    PreparedCommand p;
    const EntityRef ref{"review", std::to_string(id)};
    p.touches = {ref};
    p.location = review->location;
    p.subject = "review:" + ref.id;
    p.details = {{"assigned_user_id", user ? Json(*user) : Json(nullptr)}};
    p.run = [&db, id, user, name, ref]() -> Changed {
        auto done = run_sql(db, "UPDATE review SET assigned_user_id = ?2, assigned_name = ?3 WHERE id = ?1",
                            [&](store::Statement& s) { s.bind(1, id).bind(2, user).bind(3, name); });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

// ---- review.draft_reply ----
struct DraftRow {
    std::string review_location;
    std::int64_t review_id = 0;
    std::int64_t version = 0;
};

Result<std::optional<DraftRow>> find_draft(store::Database& db, const std::string& id) {
    auto stmt = db.prepare("SELECT location_id, review_id, version FROM review_reply_draft WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return std::optional<DraftRow>();
    return std::optional<DraftRow>(DraftRow{stmt->string(0), stmt->int64(1), stmt->int64(2)});
}

// The newest draft of the review by anyone, if there is one other than `except`.
Result<std::optional<std::string>> other_draft(store::Database& db, std::int64_t review, const std::string& except) {
    auto stmt = db.prepare(
        "SELECT id FROM review_reply_draft WHERE review_id = ?1 AND id <> ?2 ORDER BY created_at DESC, id DESC LIMIT 1");
    if (!stmt) return stmt.error();
    stmt->bind(1, review).bind(2, except);
    auto has = stmt->step();
    if (!has) return has.error();
    return *has ? std::optional<std::string>(stmt->string(0)) : std::nullopt;
}

Result<PreparedCommand> review_draft_reply(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto review_id = r.integer("review_id", 1, kMaxId);
    const std::string text = trimmed(r.string("text", kMaxTextBytes));
    const auto draft_id = r.optional_string("draft_id", 200);
    const auto base_version = r.optional_integer("base_version", 1, kMaxId);
    if (r.ok() && text.empty()) r.fail("text", "must not be empty");
    if (!r.ok()) return r.error();
    auto review = find_review(db, c, review_id);
    if (!review) return review.error();

    PreparedCommand p;
    p.location = review->location;
    p.subject = "review:" + std::to_string(review_id);
    const std::string fresh_id = new_row_id(c);
    std::optional<std::string> edit;  // the draft to update in place
    std::optional<std::string> conflict_with;
    if (draft_id) {
        auto existing = find_draft(db, *draft_id);
        if (!existing) return existing.error();
        if (!*existing || (*existing)->review_id != review_id) {
            return make_error(ErrorCode::not_found, "no draft " + *draft_id + " of review " + std::to_string(review_id));
        }
        if (base_version && *base_version != (*existing)->version) {
            conflict_with = *draft_id;  // edited meanwhile by someone else: keep both
        } else {
            edit = *draft_id;
        }
    } else {
        auto other = other_draft(db, review_id, fresh_id);
        if (!other) return other.error();
        conflict_with = *other;
    }
    const std::string row_id = edit.value_or(fresh_id);
    p.touches = {{"review_reply_draft", row_id}};
    p.details = {{"draft", row_id}, {"conflict", conflict_with.has_value()}};
    const std::string location = review->location.value();
    const CommandContext ctx = c;
    p.run = [&db, ctx, review_id, location, text, edit, conflict_with, row_id]() -> Changed {
        Result<void> done;
        if (edit) {
            done = run_sql(db, "UPDATE review_reply_draft SET text = ?2, version = version + 1, updated_at = ?3 WHERE id = ?1",
                           [&](store::Statement& s) { s.bind(1, *edit).bind(2, text).bind(3, store::to_db(ctx.now)); });
        } else {
            done = run_sql(db,
                           "INSERT INTO review_reply_draft(id, review_id, location_id, author_id, author_name, text, "
                           "version, conflict_with, created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, ?8) "
                           "ON CONFLICT(id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                           [&](store::Statement& s) {
                               s.bind(1, row_id)
                                   .bind(2, review_id)
                                   .bind(3, location)
                                   .bind(4, ctx.user_id.value())
                                   .bind(5, ctx.user_name)
                                   .bind(6, text)
                                   .bind(7, conflict_with)
                                   .bind(8, store::to_db(ctx.now));
                           });
        }
        if (!done) return done.error();
        return std::vector<EntityRef>{{"review_reply_draft", row_id}};
    };
    return p;
}

// ---- review.discard_draft ----
Result<PreparedCommand> review_discard_draft(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("draft_id", 200);
    if (!r.ok()) return r.error();
    auto draft = find_draft(db, id);
    if (!draft) return draft.error();
    if (!*draft) return make_error(ErrorCode::not_found, "no draft " + id);
    if (auto s = in_scope(c, LocationId((*draft)->review_location), "draft " + id); !s) return s.error();
    PreparedCommand p;
    const EntityRef ref{"review_reply_draft", id};
    p.touches = {ref};
    p.location = LocationId((*draft)->review_location);
    p.subject = "review:" + std::to_string((*draft)->review_id);
    p.details = {{"draft", id}};
    p.run = [&db, id, ref]() -> Changed {
        auto done = run_sql(db, "DELETE FROM review_reply_draft WHERE id = ?1", [&](store::Statement& s) { s.bind(1, id); });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

// ---- profile.update_contact ----
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
            auto updated = run_sql(db, "UPDATE profile SET " + field + " = ?2 WHERE id = ?1",
                                   [&](store::Statement& s) { s.bind(1, id).bind(2, value); });
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

// ---- escalation tasks ----
constexpr std::array<std::string_view, 5> kTaskSources = {"review", "lead", "conversation", "payment", "manual"};
constexpr std::array<std::string_view, 4> kTaskUrgencies = {"low", "normal", "high", "urgent"};
constexpr std::array<std::string_view, 5> kTaskStatuses = {"new", "assigned", "in_progress", "waiting_on_customer",
                                                           "resolved"};

template <std::size_t N>
std::string one_of(JsonReader& r, const char* field, const std::array<std::string_view, N>& allowed) {
    std::string value = r.string(field, 64);
    if (!r.ok()) return value;
    for (auto a : allowed) {
        if (value == a) return value;
    }
    std::string names;
    for (auto a : allowed) names += (names.empty() ? "" : ", ") + std::string(a);
    r.fail(field, "must be one of " + names);
    return value;
}

struct TaskRow {
    LocationId location;
    std::string status;
    std::optional<std::int64_t> owner;
    std::string owner_name;
};

Result<TaskRow> find_task(store::Database& db, const CommandContext& c, const std::string& id) {
    auto stmt = db.prepare("SELECT location_id, status, owner_user_id, owner_name FROM task WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    const std::string what = "task " + id;
    if (!*has) return make_error(ErrorCode::not_found, "no " + what);
    TaskRow row{LocationId(stmt->string(0)), stmt->string(1), std::nullopt, stmt->string(3)};
    if (stmt->kind(2) != store::Statement::Kind::null) row.owner = stmt->int64(2);
    if (auto s = in_scope(c, row.location, what); !s) return s.error();
    return row;
}

rules::SlaPriority task_priority(std::string_view urgency) {
    if (urgency == "low") return rules::SlaPriority::low;
    if (urgency == "high") return rules::SlaPriority::high;
    if (urgency == "urgent") return rules::SlaPriority::urgent;
    return rules::SlaPriority::normal;
}

// When the location's own SLA budget for a task of this urgency runs out, counted in the location's
// business hours from `start`; nothing when the location has no usable calendar.
Result<std::optional<Timestamp>> task_due(store::Database& db, const LocationId& location_id, std::string_view urgency,
                                          Timestamp start) {
    const auto target = rules::SlaPolicy::defaults().target(rules::SlaItemType::task, task_priority(urgency));
    if (!target || target->steps.empty()) return std::optional<Timestamp>();
    auto stmt = db.prepare("SELECT time_zone, hours_json FROM location WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, location_id.value());
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return std::optional<Timestamp>();
    Location location;
    location.id = location_id;
    location.time_zone = stmt->string(0);
    auto hours_json = parse_json(stmt->text(1));
    if (!hours_json) return std::optional<Timestamp>();
    auto hours = weekly_hours_from_json(*hours_json, "location.hours");
    if (!hours) return std::optional<Timestamp>();
    location.hours = std::move(*hours);
    auto calendar = rules::BusinessCalendar::for_location(location);
    if (!calendar) return std::optional<Timestamp>();
    return std::optional<Timestamp>(calendar->add_business_time(start, target->steps.front().budget));
}

// ---- task.create ----
Result<PreparedCommand> task_create(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string type = trimmed(r.string("type", 64));
    const std::string source = one_of(r, "source", kTaskSources);
    const auto source_id = r.optional_string("source_id", 200);
    const auto profile = r.optional_integer("profile_id", 1, kMaxId);
    const LocationId location(r.string("location_id", 64));
    const std::string urgency = one_of(r, "urgency", kTaskUrgencies);
    const std::string summary = trimmed(r.string("summary", kMaxTextBytes));
    if (r.ok() && type.empty()) r.fail("type", "must not be empty");
    if (r.ok() && summary.empty()) r.fail("summary", "must not be empty");
    if (!r.ok()) return r.error();
    const std::string where = "location " + location.value();
    if (auto s = in_scope(c, location, where); !s) return s.error();
    auto known = db.prepare("SELECT 1 FROM location WHERE id = ?1");
    if (!known) return known.error();
    known->bind(1, location.value());
    auto exists = known->step();
    if (!exists) return exists.error();
    if (!*exists) {
        // A desk's replica holds every location of its scope: one it lacks is outside it.
        if (c.optimistic) return make_error(ErrorCode::permission_denied, where + " is outside your locations");
        return make_error(ErrorCode::not_found, "no " + where);
    }
    if (profile) {
        if (auto found = find_profile(db, c, *profile); !found) return found.error();
    }
    auto due = task_due(db, location, urgency, c.now);
    if (!due) return due.error();

    PreparedCommand p;
    const EntityRef ref{"task", new_row_id(c)};
    p.touches = {ref};
    p.location = location;
    p.subject = "task:" + ref.id;
    p.details = {{"type", type}, {"source", source}, {"urgency", urgency}};
    const std::int64_t created = store::to_db(c.now);
    const std::optional<std::int64_t> due_at = *due ? std::optional<std::int64_t>(store::to_db(**due)) : std::nullopt;
    p.run = [&db, ref, type, source, source_id, profile, location, urgency, summary, created, due_at]() -> Changed {
        auto done = run_sql(db,
                            "INSERT INTO task(id, type, source, source_id, profile_id, location_id, urgency, status, "
                            "created_at, updated_at, due_at, summary) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'new', ?8, ?8, "
                            "?9, ?10) ON CONFLICT(id) DO NOTHING",
                            [&](store::Statement& s) {
                                s.bind(1, ref.id)
                                    .bind(2, type)
                                    .bind(3, source)
                                    .bind(4, source_id)
                                    .bind(5, profile)
                                    .bind(6, location.value())
                                    .bind(7, urgency)
                                    .bind(8, created)
                                    .bind(9, due_at)
                                    .bind(10, summary);
                            });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

// ---- task.claim ----
Result<PreparedCommand> task_claim(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("task_id", 200);
    if (!r.ok()) return r.error();
    auto task = find_task(db, c, id);
    if (!task) return task.error();
    // First claim wins: the engine applies claims in its order and refuses the later ones.
    if (task->owner && *task->owner != c.user_id.value()) {
        return make_error(ErrorCode::conflict, "task " + id + " is already claimed by " + task->owner_name);
    }
    if (task->status == "resolved") return make_error(ErrorCode::invalid_argument, "task " + id + " is resolved");
    PreparedCommand p;
    const EntityRef ref{"task", id};
    p.touches = {ref};
    p.location = task->location;
    p.subject = "task:" + id;
    p.details = {{"owner_user_id", c.user_id.value()}};
    const bool mine = task->owner.has_value();
    const std::string status = task->status == "new" ? "assigned" : task->status;
    const CommandContext ctx = c;
    p.run = [&db, ctx, id, ref, mine, status]() -> Changed {
        if (mine) return std::vector<EntityRef>{};  // claiming one's own task again changes nothing
        auto done = run_sql(db,
                            "UPDATE task SET owner_user_id = ?2, owner_name = ?3, claimed_at = ?4, updated_at = ?4, "
                            "status = ?5 WHERE id = ?1",
                            [&](store::Statement& s) {
                                s.bind(1, id)
                                    .bind(2, ctx.user_id.value())
                                    .bind(3, ctx.user_name)
                                    .bind(4, store::to_db(ctx.now))
                                    .bind(5, status);
                            });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

// ---- task.release ----
Result<PreparedCommand> task_release(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("task_id", 200);
    if (!r.ok()) return r.error();
    auto task = find_task(db, c, id);
    if (!task) return task.error();
    if (task->owner && *task->owner != c.user_id.value()) {
        return make_error(ErrorCode::permission_denied,
                          "task " + id + " is claimed by " + task->owner_name + "; only they can release it");
    }
    PreparedCommand p;
    const EntityRef ref{"task", id};
    p.touches = {ref};
    p.location = task->location;
    p.subject = "task:" + id;
    const bool owned = task->owner.has_value();
    // Back in the queue: work that had started waits for the next person.
    const std::string status = task->status == "assigned" || task->status == "in_progress" ? "new" : task->status;
    const std::int64_t now = store::to_db(c.now);
    p.run = [&db, id, ref, owned, status, now]() -> Changed {
        if (!owned) return std::vector<EntityRef>{};
        auto done = run_sql(db,
                            "UPDATE task SET owner_user_id = NULL, owner_name = '', claimed_at = NULL, status = ?2, "
                            "updated_at = ?3 WHERE id = ?1",
                            [&](store::Statement& s) { s.bind(1, id).bind(2, status).bind(3, now); });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

// ---- task.set_status ----
Result<PreparedCommand> task_set_status(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("task_id", 200);
    const std::string status = one_of(r, "status", kTaskStatuses);
    if (!r.ok()) return r.error();
    auto task = find_task(db, c, id);
    if (!task) return task.error();
    if (task->owner && *task->owner != c.user_id.value()) {
        return make_error(ErrorCode::permission_denied, "task " + id + " is claimed by " + task->owner_name);
    }
    if (!task->owner && (status == "assigned" || status == "in_progress")) {
        return make_error(ErrorCode::invalid_argument, "args.status: claim task " + id + " first");
    }
    PreparedCommand p;
    const EntityRef ref{"task", id};
    p.touches = {ref};
    p.location = task->location;
    p.subject = "task:" + id;
    p.details = {{"status", status}};
    const std::string current = task->status;
    const std::int64_t now = store::to_db(c.now);
    p.run = [&db, id, ref, status, current, now]() -> Changed {
        if (current == status) return std::vector<EntityRef>{};
        auto done = run_sql(db, "UPDATE task SET status = ?2, updated_at = ?3 WHERE id = ?1",
                            [&](store::Statement& s) { s.bind(1, id).bind(2, status).bind(3, now); });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

using Preparer = Result<PreparedCommand> (*)(store::Database&, const CommandContext&, const Command&);

struct CommandEntry {
    const char* name;
    Preparer prepare;
    const char* label;
};

const std::vector<CommandEntry>& registry() {
    static const std::vector<CommandEntry> entries = {
        {"review.set_status", review_set_status, "Change review status"},
        {"review.assign", review_assign, "Assign review"},
        {"review.draft_reply", review_draft_reply, "Save reply draft"},
        {"review.discard_draft", review_discard_draft, "Discard reply draft"},
        {"profile.update_contact", profile_update_contact, "Edit contact details"},
        {"profile.add_note", profile_add_note, "Add note"},
        {"visit.check_in", visit_check_in, "Check in"},
        {"task.create", task_create, "Create task"},
        {"task.claim", task_claim, "Claim task"},
        {"task.release", task_release, "Release task"},
        {"task.set_status", task_set_status, "Change task status"},
    };
    return entries;
}

}  // namespace

Result<PreparedCommand> prepare_command(store::Database& db, const CommandContext& context, const Command& command) {
    for (const auto& entry : registry()) {
        if (command.name == entry.name) return entry.prepare(db, context, command);
    }
    return make_error(ErrorCode::invalid_argument, "unknown command '" + command.name.substr(0, 64) + "'");
}

const std::vector<std::string>& command_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& entry : registry()) out.emplace_back(entry.name);
        return out;
    }();
    return names;
}

std::string command_label(const std::string& name) {
    for (const auto& entry : registry()) {
        if (name == entry.name) return entry.label;
    }
    return name;
}

}  // namespace outpost::sync
