#pragma once
// An encrypted SQLite (SQLCipher) connection with RAII statements and transactions.
//
// Opening follows one order: the key is set before anything else, then sqlite_master is read to
// prove the key; only then are WAL, secure_delete and foreign keys switched on. A wrong key thus
// fails before a single byte of the file is written.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace outpost::store {

namespace detail {
class StatementCache;
}

enum class OpenMode {
    open_existing,     // the file must exist
    create_if_missing  // a new empty database is made with this key
};

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    // A statement lent by the connection's cache: it goes back there (reset, bindings cleared)
    // instead of being finalized.
    Statement(sqlite3* db, sqlite3_stmt* stmt, std::shared_ptr<detail::StatementCache> cache);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters count from 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);  // copied by SQLite (SQLITE_TRANSIENT)
    Statement& bind_static(int index, std::string_view text);  // must outlive the next step()
    Statement& bind_null(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    // True when a row is ready, false when the statement is done.
    [[nodiscard]] Result<bool> step();
    // Steps a statement that returns no rows.
    [[nodiscard]] Result<void> run();
    void reset();

    [[nodiscard]] bool is_null(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string_view text(int column) const;
    [[nodiscard]] std::string string(int column) const { return std::string(text(column)); }

    enum class Kind { integer, real, text, blob, null };
    [[nodiscard]] int column_count() const;
    [[nodiscard]] std::string_view column_name(int column) const;
    [[nodiscard]] Kind kind(int column) const;

private:
    void release() noexcept;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bind_rc = 0;  // first bind failure, reported by step()
    std::shared_ptr<detail::StatementCache> m_cache;  // set when the statement is the cache's
};

class Database {
public:
    static constexpr std::string_view kWrongKeyMessage = "wrong passphrase or not an Outpost database";

    [[nodiscard]] static Result<Database> open(const std::string& path, const std::string& passphrase, OpenMode mode);

    Database(Database&&) noexcept = default;
    Database& operator=(Database&& other) noexcept;
    ~Database();

    [[nodiscard]] Result<void> exec(std::string_view sql);
    // Compiled statements are kept per connection by their SQL text (a bounded cache): preparing
    // the same SQL again lends the kept statement, unless it is still in use (a nested query of the
    // same text), which gets a fresh one. Compiling was most of the cost of small writes.
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);
    [[nodiscard]] Result<std::int64_t> query_int(std::string_view sql);

    // Re-encrypts the whole file under a new passphrase.
    [[nodiscard]] Result<void> rekey(const std::string& new_passphrase);

    [[nodiscard]] int user_version();
    [[nodiscard]] std::int64_t last_insert_rowid() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] std::int64_t changes() const;
    [[nodiscard]] bool in_transaction() const;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db.get(); }

    // The SQLite error of the last call, as an Error with `context` in front.
    [[nodiscard]] Error last_error(std::string_view context) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    Database(std::unique_ptr<sqlite3, Closer> db, std::string path);
    void close_cache() noexcept;

    std::unique_ptr<sqlite3, Closer> m_db;
    std::string m_path;
    std::shared_ptr<detail::StatementCache> m_cache;
};

// Steps `stmt` to its end and turns each row into a T with `row(const Statement&) -> Result<T>`.
template <typename T, typename RowFn>
[[nodiscard]] Result<std::vector<T>> collect_rows(Statement& stmt, RowFn row) {
    std::vector<T> out;
    while (true) {
        auto has = stmt.step();
        if (!has) return has.error();
        if (!*has) return out;
        auto item = row(static_cast<const Statement&>(stmt));
        if (!item) return item.error();
        out.push_back(std::move(*item));
    }
}

// BEGIN IMMEDIATE at the outermost level, a SAVEPOINT when nested. Rolls back unless committed.
class Transaction {
public:
    [[nodiscard]] static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Result<void> commit();

private:
    Transaction(Database* db, bool nested) : m_db(db), m_nested(nested) {}
    Database* m_db;
    bool m_nested;  // a savepoint inside an outer transaction
    bool m_done = false;
};

}  // namespace outpost::store
