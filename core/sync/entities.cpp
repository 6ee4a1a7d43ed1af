#include "sync/entities.h"

#include "sync/protocol.h"

#include <algorithm>
#include <charconv>

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

void bind_value(store::Statement& stmt, int index, const RowValue& value) {
    if (const auto* n = std::get_if<std::int64_t>(&value)) {
        stmt.bind(index, *n);
    } else if (const auto* d = std::get_if<double>(&value)) {
        stmt.bind(index, *d);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
        stmt.bind_static(index, *text);
    } else {
        stmt.bind_null(index);
    }
}

// Whether a stored column already holds what binding `value` would store. Only an exact match
// counts: anything else (another type, a value the column's affinity would convert) is written.
bool holds(const store::Statement& row, int column, const RowValue& value) {
    const auto kind = row.kind(column);
    if (const auto* n = std::get_if<std::int64_t>(&value)) return kind == store::Statement::Kind::integer && row.int64(column) == *n;
    if (const auto* d = std::get_if<double>(&value)) return kind == store::Statement::Kind::real && row.real(column) == *d;
    if (const auto* text = std::get_if<std::string>(&value)) return kind == store::Statement::Kind::text && row.text(column) == *text;
    return kind == store::Statement::Kind::null;
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
        {"task", "task", "id", false, "location_id"},
        {"task_event", "task_event", "id", false, "location_id"},
        {"automation_pause", "automation_pause", "profile_id", true, "location_id"},
        {"reply_template", "reply_template", "id", false, "location_id", true},
        {"review_reply_draft", "review_reply_draft", "id", false, "location_id"},
        {"review_sla", "review_sla", "id", false, "location_id"},
        {"task_evidence", "task_evidence", "task_id", false, "location_id"},
        {"alert", "alert", "id", false, "location_id"},
        {"profile_note", "profile_note", "id", false, "location_id"},
        {"profile_field_history", "profile_field_history", "id", false, "location_id"},
        {"at_risk_score", "at_risk_score", "profile_id", true, "location_id"},
        {"profile_event", "profile_event", "id", true, "location_id"},
        {"consent_event", "consent_event", "id", true, "location_id"},
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
    if (kind.brand_wide) return "(" + std::string(kind.location) + " IS NULL OR " + std::string(kind.location) + in + ")";
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

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    // The longest run that needs no escape goes in at once (most text is one such run).
    const auto plain = std::find_if(text.begin(), text.end(), [](char ch) {
        return static_cast<unsigned char>(ch) < 0x20 || ch == '"' || ch == '\\';
    });
    out.append(text.begin(), plain);
    text.remove_prefix(static_cast<std::size_t>(plain - text.begin()));
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out.push_back(kHex[c >> 4]);
                    out.push_back(kHex[c & 15]);
                } else {
                    out.push_back(ch);
                }
        }
    }
    out.push_back('"');
}

void append_row_json(std::string& out, const store::Statement& row, int first) {
    out.push_back('[');
    char number[32];
    for (int c = first; c < row.column_count(); ++c) {
        if (c > first) out.push_back(',');
        switch (row.kind(c)) {
            case store::Statement::Kind::integer: {
                auto [end, ec] = std::to_chars(number, number + sizeof number, row.int64(c));
                out.append(number, end);
                break;
            }
            case store::Statement::Kind::real: {
                auto [end, ec] = std::to_chars(number, number + sizeof number, row.real(c));
                out.append(number, end);
                break;
            }
            case store::Statement::Kind::null: out += "null"; break;
            default: append_json_string(out, row.text(c)); break;
        }
    }
    out.push_back(']');
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
    if (kind.brand_wide && (it == row.end() || it->is_null())) return std::string(kEveryLocation);
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

void RowWriter::bind(std::size_t column, const RowValue& value) {
    if (column < m_slots.size() && m_slots[column] != 0) bind_value(m_stmt, m_slots[column], value);
}

namespace {

// SAX events of a page: {"v":1,"entity":"review","columns":[...],"rows":[[...],...],"next_after":N,"more":B}
class PageReader final : public nlohmann::json_sax<Json> {
public:
    bool null() override { return value(Page::Value(), Json()); }
    bool boolean(bool v) override { return value(std::int64_t{v ? 1 : 0}, Json(v)); }
    bool number_integer(number_integer_t v) override { return value(std::int64_t{v}, Json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return value(static_cast<std::int64_t>(v), Json(v)); }
    bool number_float(number_float_t v, const string_t&) override { return value(double{v}, Json(v)); }
    bool string(string_t& v) override {
        if (m_depth == 2 && m_key == "columns") {
            m_page.columns.push_back(v);
            return true;
        }
        if (in_row()) return value(std::move(v), Json());
        return value(Page::Value(), Json(v));
    }
    bool binary(binary_t&) override { return fail("binary values are not part of the protocol"); }
    bool start_object(std::size_t) override {
        if (m_depth != 0) return fail("rows must be lists of values");
        ++m_depth;
        return true;
    }
    bool key(string_t& k) override {
        if (m_depth == 1) m_key = k;
        return true;
    }
    bool end_object() override {
        --m_depth;
        return true;
    }
    bool start_array(std::size_t) override {
        ++m_depth;
        if (m_depth == 2 && (m_key == "rows" || m_key == "columns")) return true;
        if (in_row()) {
            m_column = 0;
            return true;
        }
        return fail("unexpected list in a page");
    }
    bool end_array() override {
        if (in_row()) {
            if (m_column != m_page.columns.size()) return fail("a row must have one value per column");
            ++m_page.rows;
        }
        --m_depth;
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
        return fail("the page is not valid JSON (at byte " + std::to_string(position) + ")");
    }

    Result<Page> result() && {
        if (m_error) return *m_error;
        return std::move(m_page);
    }

private:
    [[nodiscard]] bool in_row() const { return m_depth == 3 && m_key == "rows"; }

    bool value(Page::Value v, const Json& field) {
        if (in_row()) {
            if (m_column >= m_page.columns.size()) return fail("a row must have one value per column");
            m_page.values.push_back(std::move(v));
            ++m_column;
            return true;
        }
        if (m_depth != 1) return fail("unexpected value in a page");
        if (m_key == "entity" && field.is_string()) m_page.entity = field.get<std::string>();
        if (m_key == "next_after" && field.is_number_integer()) m_page.next_after = field.get<std::int64_t>();
        if (m_key == "more" && field.is_boolean()) m_page.more = field.get<bool>();
        if (m_key == "v" && field != Json(kSyncProtocolVersion)) return fail("the page speaks another protocol version");
        return true;
    }

    bool fail(const std::string& message) {
        if (!m_error) m_error = make_error(ErrorCode::invalid_argument, "bootstrap page: " + message);
        return false;
    }

    int m_depth = 0;
    std::string m_key;
    std::size_t m_column = 0;
    Page m_page;
    std::optional<Error> m_error;
};

}  // namespace

Result<Page> parse_page(std::string_view text) {
    PageReader reader;
    const bool ok = Json::sax_parse(text.begin(), text.end(), &reader, nlohmann::detail::input_format_t::json, true, false);
    auto page = std::move(reader).result();
    if (!page) return page.error();
    if (!ok) return make_error(ErrorCode::invalid_argument, "bootstrap page: not valid JSON");
    return page;
}

Result<void> write_page(store::Database& db, const Page& page) {
    const EntityKind* kind = find_entity(page.entity);
    if (!kind || page.rows == 0) return {};  // a kind this desk does not know: skipped
    auto writer = RowWriter::prepare(db, *kind, page.columns);
    if (!writer) return writer.error();
    const std::size_t width = page.columns.size();
    for (std::size_t start = 0; start + width <= page.values.size(); start += width) {
        for (std::size_t c = 0; c < width; ++c) writer->bind(c, page.values[start + c]);
        if (auto r = writer->finish_row(); !r) return r;
    }
    return {};
}

FlatRow flat_row(const Json& object) {
    FlatRow row;
    if (!object.is_object()) return row;
    row.columns.reserve(object.size());
    row.values.reserve(object.size());
    for (const auto& [name, value] : object.items()) {
        row.columns.push_back(name);
        switch (value.type()) {
            case Json::value_t::null: row.values.emplace_back(); break;
            case Json::value_t::boolean: row.values.emplace_back(std::int64_t{value.get<bool>() ? 1 : 0}); break;
            case Json::value_t::number_integer:
            case Json::value_t::number_unsigned: row.values.emplace_back(value.get<std::int64_t>()); break;
            case Json::value_t::number_float: row.values.emplace_back(value.get<double>()); break;
            case Json::value_t::string: row.values.emplace_back(value.get<std::string>()); break;
            default: row.values.emplace_back(value.dump()); break;
        }
    }
    return row;
}

Result<RowUpdater> RowUpdater::prepare(store::Database& db, const EntityKind& kind) {
    auto current = db.prepare("SELECT * FROM " + std::string(kind.table) + " WHERE " + std::string(kind.key) + " = ?1");
    if (!current) return current.error();
    return RowUpdater(db, kind, std::move(*current));
}

void RowUpdater::map_columns(const std::vector<std::string>& columns) {
    m_mapped_columns = columns;
    m_slot.assign(static_cast<std::size_t>(m_current.column_count()), -1);
    for (int c = 0; c < m_current.column_count(); ++c) {
        const auto it = std::find(columns.begin(), columns.end(), m_current.column_name(c));
        if (it != columns.end()) m_slot[static_cast<std::size_t>(c)] = static_cast<int>(it - columns.begin());
    }
    const auto key = std::find(columns.begin(), columns.end(), m_kind->key);
    m_key_slot = key == columns.end() ? -1 : static_cast<int>(key - columns.begin());
}

Result<store::Statement*> RowUpdater::update_statement(const std::vector<int>& changed) {
    auto it = m_updates.find(changed);
    if (it != m_updates.end()) return &it->second;
    std::string sql = "UPDATE " + std::string(m_kind->table) + " SET ";
    for (std::size_t i = 0; i < changed.size(); ++i) {
        sql += (i == 0 ? "" : ", ") + std::string(m_current.column_name(changed[i])) + " = ?" + std::to_string(i + 1);
    }
    sql += " WHERE " + std::string(m_kind->key) + " = ?" + std::to_string(changed.size() + 1);
    auto stmt = m_db->prepare(sql);
    if (!stmt) return stmt.error();
    return &m_updates.emplace(changed, std::move(*stmt)).first->second;
}

Result<bool> RowUpdater::update(const FlatRow& row) {
    // Rows of a kind arrive with the same columns (the engine's whole row): mapped once.
    if (row.columns != m_mapped_columns) map_columns(row.columns);
    if (m_key_slot < 0 || static_cast<std::size_t>(m_key_slot) >= row.values.size()) return false;  // the insert refuses it
    const RowValue& key = row.values[static_cast<std::size_t>(m_key_slot)];
    bind_value(m_current, 1, key);
    auto has = m_current.step();
    if (!has || !*has) {
        m_current.reset();
        if (!has) return has.error();
        return false;
    }
    m_changed.clear();
    for (std::size_t c = 0; c < m_slot.size(); ++c) {
        const int slot = m_slot[c];
        if (slot < 0 || static_cast<std::size_t>(slot) >= row.values.size()) continue;
        if (!holds(m_current, static_cast<int>(c), row.values[static_cast<std::size_t>(slot)])) m_changed.push_back(static_cast<int>(c));
    }
    m_current.reset();  // no reader left open on the table while it is written
    if (m_changed.empty()) return true;
    auto update = update_statement(m_changed);
    if (!update) return update.error();
    store::Statement& stmt = **update;
    for (std::size_t i = 0; i < m_changed.size(); ++i) {
        bind_value(stmt, static_cast<int>(i) + 1, row.values[static_cast<std::size_t>(m_slot[static_cast<std::size_t>(m_changed[i])])]);
    }
    bind_value(stmt, static_cast<int>(m_changed.size()) + 1, key);
    auto done = stmt.run();
    stmt.reset();
    if (!done) return done.error();
    return true;
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
