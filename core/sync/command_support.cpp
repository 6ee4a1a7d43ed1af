#include "sync/command_support.h"

namespace outpost::sync::detail {

std::string new_row_id(const CommandContext& c) { return c.client_id + "/" + std::to_string(c.mutation_id); }

Result<void> in_scope(const CommandContext& c, const LocationId& location, const std::string& what) {
    if (c.scope && !c.scope->contains(location)) {
        return make_error(ErrorCode::permission_denied, what + " is outside your locations");
    }
    return {};
}


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


PreparedCommand prepared_for(const EntityRef& ref, const LocationId& location) {
    PreparedCommand p;
    p.touches = {ref};
    p.location = location;
    p.subject = ref.entity + ":" + ref.id;
    return p;
}

Result<void> location_known(store::Database& db, const CommandContext& c, const LocationId& location) {
    const std::string where = "location " + location.value();
    if (auto s = in_scope(c, location, where); !s) return s.error();
    auto known = db.prepare("SELECT 1 FROM location WHERE id = ?1");
    if (!known) return known.error();
    known->bind(1, location.value());
    auto exists = known->step();
    if (!exists) return exists.error();
    if (*exists) return {};
    // A desk's replica holds every location of its scope: one it lacks is outside it.
    if (c.optimistic) return make_error(ErrorCode::permission_denied, where + " is outside your locations");
    return make_error(ErrorCode::not_found, "no " + where);
}

}  // namespace outpost::sync::detail
