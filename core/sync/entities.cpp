#include "sync/entities.h"

#include <algorithm>

namespace outpost::sync {
namespace {

Result<std::vector<std::string>> table_columns(store::Database& db, std::string_view table) {
    auto stmt = db.prepare("SELECT name FROM pragma_table_info(?1)");
    if (!stmt) return stmt.error();
    stmt->bind(1, table);
    return store::collect_rows<std::string>(*stmt,
                                            [](const store::Statement& s) -> Result<std::string> { return s.string(0); });
}

void bind_json(store::Statement& stmt, int index, const Json& value) {
    switch (value.type()) {
        case Json::value_t::null: stmt.bind_null(index); break;
        case Json::value_t::boolean: stmt.bind(index, value.get<bool>() ? 1 : 0); break;
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned: stmt.bind(index, value.get<std::int64_t>()); break;
        case Json::value_t::number_float: stmt.bind(index, value.get<double>()); break;
        case Json::value_t::string: stmt.bind_static(index, value.get_ref<const std::string&>()); break;
        default: stmt.bind(index, std::string_view(value.dump())); break;
    }
}

Json column_value(const store::Statement& row, int column) {
    switch (row.kind(column)) {
        case store::Statement::Kind::integer: return row.int64(column);
        case store::Statement::Kind::real: return row.real(column);
        case store::Statement::Kind::null: return nullptr;
        default: return row.string(column);
    }
}

}  // namespace

const std::vector<EntityKind>& entity_kinds() {
    static const std::vector<EntityKind> kinds = {
        {"brand", "brand", "id", false, ""},
        {"region", "region", "id", false, ""},
        {"location", "location", "id", false, "id"},
        {"profile", "profile", "id", true, "home_location_id"},
        {"lead", "lead", "id", true, "location_id"},
        {"visit", "visit", "id", true, "location_id"},
        {"review", "review", "id", true, "location_id"},
        {"review_reply_draft", "review_reply_draft", "id", false, "location_id"},
        {"profile_note", "profile_note", "id", false, "location_id"},
        {"profile_field_history", "profile_field_history", "id", false, "location_id"},
    };
    return kinds;
}

const EntityKind* find_entity(std::string_view name) {
    const auto& kinds = entity_kinds();
    auto it = std::find_if(kinds.begin(), kinds.end(), [&](const EntityKind& k) { return k.name == name; });
    return it == kinds.end() ? nullptr : &*it;
}

std::string scope_condition(const EntityKind& kind, int param) {
    const std::string in = " IN (SELECT value FROM json_each(?" + std::to_string(param) + "))";
    if (kind.name == "brand") return "?" + std::to_string(param) + " IS NOT NULL";  // every desk has the brand
    if (kind.name == "region") return "id IN (SELECT region_id FROM location WHERE id" + in + ")";
    return std::string(kind.location) + in;
}

std::string scope_json(const std::set<std::string>& locations) {
    Json list = Json::array();
    for (const auto& l : locations) list.push_back(l);
    return list.dump();
}

Json row_object(const store::Statement& row, int first) {
    Json out = Json::object();
    for (int c = first; c < row.column_count(); ++c) out[std::string(row.column_name(c))] = column_value(row, c);
    return out;
}

Json row_array(const store::Statement& row, int first) {
    Json out = Json::array();
    for (int c = first; c < row.column_count(); ++c) out.push_back(column_value(row, c));
    return out;
}

Result<std::optional<Json>> read_entity(store::Database& db, const EntityKind& kind, const std::string& id) {
    auto stmt = db.prepare("SELECT * FROM " + std::string(kind.table) + " WHERE " + std::string(kind.key) + " = ?1");
    if (!stmt) return stmt.error();
    if (kind.integer_key) {
        std::int64_t key = 0;
        try {
            key = std::stoll(id);
        } catch (const std::exception&) {
            return std::optional<Json>();
        }
        stmt->bind(1, key);
    } else {
        stmt->bind(1, id);
    }
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return std::optional<Json>();
    return std::optional<Json>(row_object(*stmt));
}

std::optional<std::string> entity_location(const EntityKind& kind, const Json& row) {
    if (kind.location.empty()) return std::nullopt;
    auto it = row.find(std::string(kind.location));
    if (it == row.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

Result<RowWriter> RowWriter::prepare(store::Database& db, const EntityKind& kind,
                                     const std::vector<std::string>& columns) {
    auto known = table_columns(db, kind.table);
    if (!known) return known.error();
    std::vector<int> slots(columns.size(), 0);
    std::string names;
    std::string values;
    std::string updates;
    int next = 1;
    bool has_key = false;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string& c = columns[i];
        if (std::find(known->begin(), known->end(), c) == known->end()) continue;
        if (std::find(columns.begin(), columns.begin() + static_cast<std::ptrdiff_t>(i), c) !=
            columns.begin() + static_cast<std::ptrdiff_t>(i)) {
            continue;  // named twice: the first one counts
        }
        slots[i] = next;
        names += (next > 1 ? ", " : "") + c;
        values += (next > 1 ? ", ?" : "?") + std::to_string(next);
        if (c == kind.key) {
            has_key = true;
        } else {
            updates += (updates.empty() ? "" : ", ") + c + " = excluded." + c;
        }
        ++next;
    }
    if (!has_key) {
        return make_error(ErrorCode::invalid_argument,
                          std::string(kind.name) + ": rows must carry their key '" + std::string(kind.key) + "'");
    }
    std::string sql = "INSERT INTO " + std::string(kind.table) + "(" + names + ") VALUES(" + values + ") ON CONFLICT(" +
                      std::string(kind.key) + ") DO " + (updates.empty() ? "NOTHING" : "UPDATE SET " + updates);
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    return RowWriter(std::move(*stmt), std::move(slots));
}

Result<void> RowWriter::write(const Json& values) {
    if (!values.is_array() || values.size() != m_slots.size()) {
        return make_error(ErrorCode::invalid_argument, "a row must have one value per column");
    }
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i] != 0) bind_json(m_stmt, m_slots[i], values[i]);
    }
    return m_stmt.run();
}

Result<void> write_entity(store::Database& db, const EntityKind& kind, const Json& row) {
    if (!row.is_object()) return make_error(ErrorCode::invalid_argument, std::string(kind.name) + ": must be an object");
    std::vector<std::string> columns;
    Json values = Json::array();
    for (const auto& [name, value] : row.items()) {
        columns.push_back(name);
        values.push_back(value);
    }
    auto writer = RowWriter::prepare(db, kind, columns);
    if (!writer) return writer.error();
    return writer->write(values);
}

Result<void> erase_entity(store::Database& db, const EntityKind& kind, const std::string& id) {
    auto stmt = db.prepare("DELETE FROM " + std::string(kind.table) + " WHERE " + std::string(kind.key) + " = ?1");
    if (!stmt) return stmt.error();
    if (kind.integer_key) {
        try {
            stmt->bind(1, static_cast<std::int64_t>(std::stoll(id)));
        } catch (const std::exception&) {
            return {};  // no row can have this key
        }
    } else {
        stmt->bind(1, id);
    }
    return stmt->run();
}

}  // namespace outpost::sync
