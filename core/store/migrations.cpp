#include "store/migrations.h"

#include <string>

namespace outpost::store {

Result<void> migrate(Database& db, std::span<const Migration> migrations) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const int current = db.user_version();
    if (current < 0) return db.last_error("reading the schema version");
    if (current > latest) {
        return make_error(ErrorCode::schema_too_new,
                          "this database has schema version " + std::to_string(current) +
                              ", newer than this Outpost understands (" + std::to_string(latest) +
                              "); install a newer Outpost to open it");
    }
    int expected = 1;
    for (const auto& m : migrations) {
        if (m.version != expected++) {
            return make_error(ErrorCode::internal, "migrations must be numbered 1, 2, 3 ... without gaps");
        }
        if (m.version <= current) continue;
        auto tx = Transaction::begin(db);
        if (!tx) return tx.error();
        if (auto r = m.apply(db); !r) {
            return make_error(r.error().code,
                              "migration " + std::to_string(m.version) + " (" + std::string(m.name) + "): " + r.error().message);
        }
        if (auto r = db.exec("PRAGMA user_version = " + std::to_string(m.version)); !r) return r;
        if (auto r = tx->commit(); !r) return r;
    }
    return {};
}

Migration sql_migration(int version, std::string_view name, std::string_view sql) {
    return Migration{version, name, [sql](Database& db) { return db.exec(sql); }};
}

}  // namespace outpost::store
