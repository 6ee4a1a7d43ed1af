#include "domain/json_codec.h"
#include "store/repositories.h"

namespace outpost::store {
namespace {

template <typename T, typename RowFn>
Result<std::vector<T>> select_all(Database& db, std::string_view sql, RowFn row) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    return collect_rows<T>(*stmt, row);
}

}  // namespace

Result<void> SqlOrgRepository::save(const Brand& brand) {
    auto stmt = m_db.prepare("INSERT INTO brand(id, name) VALUES(?1, ?2) ON CONFLICT(id) DO UPDATE SET name = excluded.name");
    if (!stmt) return stmt.error();
    return stmt->bind(1, brand.id.value()).bind(2, brand.name).run();
}

Result<void> SqlOrgRepository::save(const Region& region) {
    auto stmt = m_db.prepare(
        "INSERT INTO region(id, brand_id, name) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(id) DO UPDATE SET brand_id = excluded.brand_id, name = excluded.name");
    if (!stmt) return stmt.error();
    return stmt->bind(1, region.id.value()).bind(2, region.brand_id.value()).bind(3, region.name).run();
}

Result<void> SqlOrgRepository::save(const Location& location) {
    if (!is_known_time_zone(location.time_zone)) {
        return make_error(ErrorCode::invalid_argument, "location " + location.id.value() + ": unknown time zone '" +
                                                           location.time_zone + "'");
    }
    auto stmt = m_db.prepare(
        "INSERT INTO location(id, region_id, name, address, time_zone, hours_json) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(id) DO UPDATE SET region_id = excluded.region_id, name = excluded.name, "
        "address = excluded.address, time_zone = excluded.time_zone, hours_json = excluded.hours_json");
    if (!stmt) return stmt.error();
    return stmt->bind(1, location.id.value())
        .bind(2, location.region_id.value())
        .bind(3, location.name)
        .bind(4, location.address)
        .bind(5, location.time_zone)
        .bind(6, to_json(location.hours).dump())
        .run();
}

Result<std::vector<Brand>> SqlOrgRepository::brands() {
    return select_all<Brand>(m_db, "SELECT id, name FROM brand ORDER BY name", [](const Statement& s) -> Result<Brand> {
        return Brand{BrandId(s.string(0)), s.string(1)};
    });
}

Result<std::vector<Region>> SqlOrgRepository::regions() {
    return select_all<Region>(m_db, "SELECT id, brand_id, name FROM region ORDER BY name",
                              [](const Statement& s) -> Result<Region> {
                                  return Region{RegionId(s.string(0)), BrandId(s.string(1)), s.string(2)};
                              });
}

Result<std::vector<Location>> SqlOrgRepository::locations() {
    return select_all<Location>(
        m_db, "SELECT id, region_id, name, address, time_zone, hours_json FROM location ORDER BY name",
        [](const Statement& s) -> Result<Location> {
            Location l{LocationId(s.string(0)), RegionId(s.string(1)), s.string(2), s.string(3), s.string(4), {}};
            auto json = parse_json(s.text(5));
            if (!json) return json.error();
            auto hours = weekly_hours_from_json(*json, "location.hours");
            if (!hours) return hours.error();
            l.hours = std::move(*hours);
            return l;
        });
}

}  // namespace outpost::store
