#pragma once
// The entities that travel between the engine and the desks, described once for both sides.
//
// An entity is a table row, carried as a JSON object of its columns ({"id":12,"status":"open"}).
// The engine reads rows this way into its change log and bootstrap pages; a desk writes them into
// its replica with an upsert. Each kind names the column that places a row at a location, which is
// what scopes it: a desk holds, and is sent, only the rows of its user's locations.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/json_codec.h"
#include "store/database.h"

namespace outpost::sync {

struct EntityRef {
    std::string entity;  // "review"
    std::string id;      // the primary key as text: "1234", "desk-7/12"
    auto operator<=>(const EntityRef&) const = default;
};

struct EntityKind {
    std::string_view name;      // "review"
    std::string_view table;     // "review"
    std::string_view key;       // primary key column
    bool integer_key = true;
    std::string_view location;  // the column naming a row's location; empty for brand and region
    // A row whose location column is NULL belongs to the whole brand and reaches every desk
    // (reply templates); its change-log entries carry kEveryLocation.
    bool brand_wide = false;
};

// The change-log location of a brand-wide row: every desk pulls it, whatever its scope.
inline constexpr std::string_view kEveryLocation = "*";

// Every kind, in the order a bootstrap loads them (parents before children).
[[nodiscard]] const std::vector<EntityKind>& entity_kinds();
[[nodiscard]] const EntityKind* find_entity(std::string_view name);

// A SQL condition that keeps the rows of `kind` inside the locations bound (as a JSON array of
// ids) to parameter `param`, e.g. "location_id IN (SELECT value FROM json_each(?3))".
[[nodiscard]] std::string scope_condition(const EntityKind& kind, int param);
// The JSON array of location ids that scope_condition() binds.
[[nodiscard]] std::string scope_json(const std::set<std::string>& locations);

// The current row as {column: value}, or nothing when there is no such row.
[[nodiscard]] Result<std::optional<Json>> read_entity(store::Database& db, const EntityKind& kind,
                                                      const std::string& id);
// The location a row belongs to, or nothing for kinds without one.
[[nodiscard]] std::optional<std::string> entity_location(const EntityKind& kind, const Json& row);
// The columns of the current result row from `first` on, as a JSON object.
[[nodiscard]] Json row_object(const store::Statement& row, int first = 0);
// The same columns as a JSON array (bootstrap pages carry the column names once).
[[nodiscard]] Json row_array(const store::Statement& row, int first = 0);

// Appends the columns of the current result row from `first` on as a JSON array, written
// directly as text (bootstrap pages hold a hundred thousand rows: no document is built).
void append_row_json(std::string& out, const store::Statement& row, int first = 0);
// Appends `text` as a JSON string literal.
void append_json_string(std::string& out, std::string_view text);

// One column's value as a replica stores it: NULL, an integer, a real or text.
using RowValue = std::variant<std::monostate, std::int64_t, double, std::string>;

// Writes rows of one kind into a replica: an insert, or an update of the row with the same key.
// Columns the replica does not know (a newer engine) are left out; a row without its key is refused.
class RowWriter {
public:
    [[nodiscard]] static Result<RowWriter> prepare(store::Database& db, const EntityKind& kind,
                                                   const std::vector<std::string>& columns);
    // `values` in the order of the columns given to prepare().
    [[nodiscard]] Result<void> write(const Json& values);

    // Or value by value (column positions as given to prepare()), then finish_row(). Text is
    // bound without a copy: it must outlive finish_row().
    void bind(std::size_t column, const RowValue& value);
    [[nodiscard]] Result<void> finish_row() { return m_stmt.run(); }

private:
    RowWriter(store::Statement stmt, std::vector<int> parameters) : m_stmt(std::move(stmt)), m_slots(std::move(parameters)) {}
    store::Statement m_stmt;
    std::vector<int> m_slots;  // parameter index per given column, 0 when the column is unknown
};

// One bootstrap page (JSON text, see SyncService::bootstrap_page) read into plain values, without
// building a JSON document: parsing runs on the fetching thread while another page is written.
struct Page {
    using Value = RowValue;
    std::string entity;
    std::vector<std::string> columns;
    std::vector<Value> values;  // row after row, columns.size() values each
    std::int64_t rows = 0;
    std::int64_t next_after = 0;
    bool more = false;
};
[[nodiscard]] Result<Page> parse_page(std::string_view text);
// Writes the rows of a page (kinds this desk does not know are skipped).
[[nodiscard]] Result<void> write_page(store::Database& db, const Page& page);

// One row as its columns and values side by side: how an announced change arrives (read without a
// JSON document) and what a pulled row becomes before it is written.
struct FlatRow {
    std::vector<std::string> columns;
    std::vector<RowValue> values;  // one per column
};
// A row object as a FlatRow: booleans become 0 and 1, nested values their JSON text (as stored).
[[nodiscard]] FlatRow flat_row(const Json& object);

// Brings existing rows of one kind to given values by writing only the columns that differ
// (nothing when none does: no page of the table, its indexes or what its triggers keep is touched).
// Columns the table does not have are left out, as RowWriter does. Its statements are compiled
// once and kept: a desk applies nearly every change it hears this way.
class RowUpdater {
public:
    [[nodiscard]] static Result<RowUpdater> prepare(store::Database& db, const EntityKind& kind);
    // False when there is no row with this key (the caller inserts it), true otherwise.
    [[nodiscard]] Result<bool> update(const FlatRow& row);

private:
    RowUpdater(store::Database& db, const EntityKind& kind, store::Statement current)
        : m_db(&db), m_kind(&kind), m_current(std::move(current)) {}
    // Where each of the table's columns is among `columns` (-1 when absent), and where the key is.
    void map_columns(const std::vector<std::string>& columns);
    [[nodiscard]] Result<store::Statement*> update_statement(const std::vector<int>& changed);

    store::Database* m_db;
    const EntityKind* m_kind;
    store::Statement m_current;  // the stored row by its key
    std::vector<std::string> m_mapped_columns;  // the row columns the mapping below is for
    std::vector<int> m_slot;                    // per table column: its position in a row, or -1
    int m_key_slot = -1;
    std::vector<int> m_changed;                 // table columns that differ (kept to spare allocations)
    std::map<std::vector<int>, store::Statement> m_updates;  // by the table columns they set
};

// One row given as an object.
[[nodiscard]] Result<void> write_entity(store::Database& db, const EntityKind& kind, const Json& row);
[[nodiscard]] Result<void> erase_entity(store::Database& db, const EntityKind& kind, const std::string& id);

}  // namespace outpost::sync
