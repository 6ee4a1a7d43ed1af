// Reply template commands: template.save and template.delete. Brand-wide templates (no location)
// are corporate's; a location's override is also its managers'. The desk checks the role it knows,
// the engine checks again with the caller's real role and scope.
#include "sync/command_support.h"

#include "store/repositories.h"
#include "sync/reply_templates.h"

namespace outpost::sync::detail {
namespace {

constexpr std::array<std::string_view, 2> kTemplateKinds = {"public", "private"};
constexpr std::array<std::string_view, 2> kLanguages = {"en", "es"};

Result<void> may_edit(const CommandContext& c, const std::optional<std::string>& location) {
    if (location) {
        if (auto s = in_scope(c, LocationId(*location), "location " + *location); !s) return s;
        if (c.role && !edits_location_templates(*c.role)) {
            return make_error(ErrorCode::permission_denied, "only managers change a location's reply templates");
        }
        return {};
    }
    if (c.role && !edits_brand_templates(*c.role)) {
        return make_error(ErrorCode::permission_denied,
                          "only corporate changes the brand's reply templates; a manager can override one for a location");
    }
    return {};
}

Result<std::string> brand_of(store::Database& db, const std::optional<std::string>& location) {
    auto stmt = db.prepare(location ? "SELECT g.brand_id FROM location l JOIN region g ON g.id = l.region_id WHERE l.id = ?1"
                                    : "SELECT id FROM brand ORDER BY id LIMIT 1");
    if (!stmt) return stmt.error();
    if (location) stmt->bind(1, *location);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, location ? "no location " + *location : std::string("no brand"));
    return stmt->string(0);
}

// The template already in the slot (same brand, place and language), which a save replaces.
Result<std::optional<std::string>> slot_holder(store::Database& db, const std::string& brand,
                                               const std::optional<std::string>& location, const std::string& slot,
                                               const std::string& lang) {
    auto stmt = db.prepare(
        "SELECT id FROM reply_template WHERE brand_id = ?1 AND location_id IS ?2 AND slot = ?3 AND lang = ?4 LIMIT 1");
    if (!stmt) return stmt.error();
    stmt->bind(1, brand).bind(2, location).bind(3, slot).bind(4, lang);
    auto has = stmt->step();
    if (!has) return has.error();
    return *has ? std::optional<std::string>(stmt->string(0)) : std::nullopt;
}

PreparedCommand prepared_template(const std::string& id, const std::optional<std::string>& location) {
    PreparedCommand p;
    p.touches = {{"reply_template", id}};
    if (location) p.location = LocationId(*location);
    p.subject = "reply_template:" + id;
    return p;
}

}  // namespace

// ---- template.save ----
Result<PreparedCommand> template_save(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto template_id = r.optional_string("template_id", 200);
    const std::string slot = trimmed(r.string("slot", 64));
    const std::string kind = one_of(r, "kind", kTemplateKinds);
    const std::string lang = cmd.args.contains("lang") ? one_of(r, "lang", kLanguages) : std::string("en");
    const std::string title = trimmed(r.string("title", 200));
    const std::string body = trimmed(r.string("body", kMaxTextBytes));
    const auto location = r.optional_string("location_id", 200);
    if (r.ok() && (slot.empty() || title.empty() || body.empty())) r.fail("body", "slot, title and body must not be empty");
    if (!r.ok()) return r.error();
    if (auto unknown = render_template(body, {}).unknown; !unknown.empty()) {
        std::string names;
        for (const auto& u : unknown) names += (names.empty() ? "" : ", ") + u;
        return make_error(ErrorCode::invalid_argument, "args.body: unknown tokens " + names + "; the tokens are {first_name}, "
                                                       "{location_name}, {manager_name}, {review_platform}, {rating}");
    }
    if (auto allowed = may_edit(c, location); !allowed) return allowed.error();
    auto brand = brand_of(db, location);
    if (!brand) return brand.error();
    std::optional<std::string> existing;
    if (template_id) {
        auto found = find_template(db, *template_id);
        if (!found) return found.error();
        if (!*found) return make_error(ErrorCode::not_found, "no reply template " + *template_id);
        if ((*found)->location_id != location) {
            return make_error(ErrorCode::invalid_argument, "reply template " + *template_id + " belongs elsewhere; "
                                                           "save an override for the location instead");
        }
        existing = template_id;
    } else {
        auto holder = slot_holder(db, *brand, location, slot, lang);
        if (!holder) return holder.error();
        existing = *holder;
    }
    const std::string id = existing.value_or(new_row_id(c));
    PreparedCommand p = prepared_template(id, location);
    p.details = {{"template", id}, {"slot", slot}, {"lang", lang}, {"brand_wide", !location.has_value()}};
    p.run = [&db, id, brand = *brand, location, slot, kind, lang, title, body, ctx = c]() -> Changed {
        auto done = run_sql(db,
                            "INSERT INTO reply_template(id, brand_id, location_id, slot, kind, lang, title, body, version, "
                            "updated_by, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9, ?10) ON CONFLICT(id) DO "
                            "UPDATE SET slot = excluded.slot, kind = excluded.kind, lang = excluded.lang, "
                            "title = excluded.title, body = excluded.body, version = version + 1, "
                            "updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                            [&](store::Statement& s) {
                                s.bind(1, id).bind(2, brand).bind(3, location).bind(4, slot).bind(5, kind).bind(6, lang);
                                s.bind(7, title).bind(8, body).bind(9, ctx.user_name).bind(10, store::to_db(ctx.now));
                            });
        if (!done) return done.error();
        return std::vector<EntityRef>{{"reply_template", id}};
    };
    return p;
}

// ---- template.delete ----
Result<PreparedCommand> template_delete(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("template_id", 200);
    if (!r.ok()) return r.error();
    auto found = find_template(db, id);
    if (!found) return found.error();
    if (!*found) return make_error(ErrorCode::not_found, "no reply template " + id);
    if (auto allowed = may_edit(c, (*found)->location_id); !allowed) return allowed.error();
    PreparedCommand p = prepared_template(id, (*found)->location_id);
    p.details = {{"template", id}, {"slot", (*found)->slot}, {"brand_wide", !(*found)->location_id.has_value()}};
    p.run = [&db, id]() -> Changed {
        auto done = run_sql(db, "DELETE FROM reply_template WHERE id = ?1", [&](store::Statement& s) { s.bind(1, id); });
        if (!done) return done.error();
        return std::vector<EntityRef>{{"reply_template", id}};
    };
    return p;
}

}  // namespace outpost::sync::detail
