#include "store/database.h"

#include <sqlite3.h>

#include <filesystem>
#include <mutex>
#include <unordered_map>

namespace outpost::store {
namespace {

Error sqlite_error(sqlite3* db, int rc, std::string_view context) {
    std::string message(context);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    ErrorCode code = ErrorCode::io;
    const int primary = rc & 0xff;
    if (primary == SQLITE_CONSTRAINT) code = ErrorCode::conflict;
    if (primary == SQLITE_NOTADB) code = ErrorCode::wrong_key;
    return make_error(code, std::move(message));
}

}  // namespace

// ---- the connection's statement cache ----

namespace detail {

// Compiled statements by SQL text. A lent statement is busy until its Statement gives it back;
// when the cache is full the least recently lent idle statement is finalized. After close() (the
// connection is closing) idle statements are finalized at once and busy ones when given back.
class StatementCache {
  public:
    static constexpr std::size_t kCapacity = 256;

    // An idle statement of this text, now busy; nullptr when there is none.
    sqlite3_stmt* lend(std::string_view sql) {
        auto it = m_by_sql.find(sql);
        if (it == m_by_sql.end() || it->second.busy) return nullptr;
        it->second.busy = true;
        it->second.lent = ++m_clock;
        return it->second.stmt;
    }

    // Keeps a newly compiled statement (busy); false when the text is already kept or the cache
    // cannot make room, and the caller owns the statement alone.
    bool keep(std::string_view sql, sqlite3_stmt* stmt) {
        if (m_closed || m_by_sql.contains(sql)) return false;
        if (m_by_sql.size() >= kCapacity && !evict_one()) return false;
        auto [it, added] = m_by_sql.emplace(std::string(sql), Entry{stmt, true, ++m_clock});
        m_by_stmt.emplace(stmt, &it->second);
        return added;
    }

    void give_back(sqlite3_stmt* stmt) noexcept {
        auto it = m_by_stmt.find(stmt);
        if (it == m_by_stmt.end()) {
            sqlite3_finalize(stmt);
            return;
        }
        if (m_closed) {
            sqlite3_finalize(stmt);
            m_by_stmt.erase(it);
            return;
        }
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        it->second->busy = false;
    }

    void close() noexcept {
        m_closed = true;
        for (auto it = m_by_sql.begin(); it != m_by_sql.end();) {
            if (it->second.busy) {
                ++it;
                continue;
            }
            m_by_stmt.erase(it->second.stmt);
            sqlite3_finalize(it->second.stmt);
            it = m_by_sql.erase(it);
        }
    }

  private:
    struct Entry {
        sqlite3_stmt* stmt;
        bool busy;
        std::uint64_t lent;
    };

    bool evict_one() {
        auto oldest = m_by_sql.end();
        for (auto it = m_by_sql.begin(); it != m_by_sql.end(); ++it) {
            if (!it->second.busy && (oldest == m_by_sql.end() || it->second.lent < oldest->second.lent)) oldest = it;
        }
        if (oldest == m_by_sql.end()) return false;
        m_by_stmt.erase(oldest->second.stmt);
        sqlite3_finalize(oldest->second.stmt);
        m_by_sql.erase(oldest);
        return true;
    }

    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, Entry, TextHash, std::equal_to<>> m_by_sql;  // entries stay put: pointers survive rehashing
    std::unordered_map<sqlite3_stmt*, Entry*> m_by_stmt;
    std::uint64_t m_clock = 0;
    bool m_closed = false;
};

}  // namespace detail

// ---- Statement ----

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, std::shared_ptr<detail::StatementCache> cache)
    : m_db(db), m_stmt(stmt), m_cache(std::move(cache)) {}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_bind_rc(other.m_bind_rc),
      m_cache(std::move(other.m_cache)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bind_rc = other.m_bind_rc;
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Statement::~Statement() { release(); }

void Statement::release() noexcept {
    if (!m_stmt) return;
    if (m_cache) {
        m_cache->give_back(std::exchange(m_stmt, nullptr));
        m_cache.reset();
    } else {
        sqlite3_finalize(std::exchange(m_stmt, nullptr));
    }
}

Statement& Statement::bind(int index, std::int64_t value) {
    int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && m_bind_rc == SQLITE_OK) m_bind_rc = rc;
    return *this;
}

Statement& Statement::bind(int index, double value) {
    int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK && m_bind_rc == SQLITE_OK) m_bind_rc = rc;
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    int rc = sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && m_bind_rc == SQLITE_OK) m_bind_rc = rc;
    return *this;
}

Statement& Statement::bind_static(int index, std::string_view text) {
    int rc = sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK && m_bind_rc == SQLITE_OK) m_bind_rc = rc;
    return *this;
}

Statement& Statement::bind_null(int index) {
    int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && m_bind_rc == SQLITE_OK) m_bind_rc = rc;
    return *this;
}

Result<bool> Statement::step() {
    if (m_bind_rc != SQLITE_OK) {
        int rc = std::exchange(m_bind_rc, SQLITE_OK);
        return sqlite_error(nullptr, rc, "binding a parameter");
    }
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Error e = sqlite_error(m_db, rc, "running a statement");
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::run() {
    auto r = step();
    if (!r) return r.error();
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::is_null(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string_view Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p) return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

int Statement::column_count() const { return sqlite3_column_count(m_stmt); }

std::string_view Statement::column_name(int column) const {
    const char* name = sqlite3_column_name(m_stmt, column);
    return name ? std::string_view(name) : std::string_view();
}

Statement::Kind Statement::kind(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER: return Kind::integer;
        case SQLITE_FLOAT: return Kind::real;
        case SQLITE_TEXT: return Kind::text;
        case SQLITE_BLOB: return Kind::blob;
        default: return Kind::null;
    }
}

// ---- Database ----

void Database::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Database::Database(std::unique_ptr<sqlite3, Closer> db, std::string path)
    : m_db(std::move(db)), m_path(std::move(path)), m_cache(std::make_shared<detail::StatementCache>()) {}

Database::~Database() { close_cache(); }

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close_cache();
        m_db = std::move(other.m_db);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

// Finalizes the kept statements before the connection closes, so that closing really closes
// the file (a connection with statements left becomes a zombie that keeps it open).
void Database::close_cache() noexcept {
    if (m_cache) m_cache->close();
}

namespace {

// Process-wide settings, once, before the library's first use. Memory statistics take one global
// mutex on every allocation of every connection; nothing here reads them, and with many
// connections in one process (the engine's readers, the headless desks of a benchmark) that mutex
// became the busiest lock of all.
void configure_library() {
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

}  // namespace

Result<Database> Database::open(const std::string& path, const std::string& passphrase, OpenMode mode) {
    configure_library();
    if (passphrase.empty()) return make_error(ErrorCode::invalid_argument, "the passphrase must not be empty");
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (mode == OpenMode::open_existing && !exists) {
        return make_error(ErrorCode::not_found, "no database at " + path);
    }
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::create_if_missing) flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    std::unique_ptr<sqlite3, Closer> db(raw);
    if (rc != SQLITE_OK) return sqlite_error(raw, rc, "opening " + path);
    sqlite3_extended_result_codes(raw, 1);

    // 1. The key, before any other statement.
    rc = sqlite3_key(raw, passphrase.data(), static_cast<int>(passphrase.size()));
    if (rc != SQLITE_OK) return sqlite_error(raw, rc, "setting the key");

    // SQLCipher reports a failed key check on stderr as well; the caller gets a clear error instead.
    sqlite3_exec(raw, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);

    // 2. Prove the key by reading the schema. A wrong key (or a file that is no database of ours)
    //    fails here with SQLITE_NOTADB, before anything was written.
    rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB) return make_error(ErrorCode::wrong_key, std::string(kWrongKeyMessage));
        return sqlite_error(raw, rc, "reading " + path);
    }

    // 3. Connection settings, now that the key is known to be right.
    Database out(std::move(db), path);
    sqlite3_busy_timeout(raw, 5000);
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA secure_delete=ON", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=NORMAL"}) {
        auto r = out.exec(pragma);
        if (!r) return r.error();
    }
    return out;
}

Result<void> Database::exec(std::string_view sql) {
    std::string text(sql);
    char* message = nullptr;
    int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string detail = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        Error e = sqlite_error(nullptr, rc, "executing SQL");
        e.message = "executing SQL: " + detail;
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    if (sqlite3_stmt* kept = m_cache ? m_cache->lend(sql) : nullptr) return Statement(m_db.get(), kept, m_cache);
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(m_db.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                nullptr);
    if (rc != SQLITE_OK) return sqlite_error(m_db.get(), rc, "preparing a statement");
    if (stmt && m_cache && m_cache->keep(sql, stmt)) return Statement(m_db.get(), stmt, m_cache);
    return Statement(m_db.get(), stmt);
}

Result<std::int64_t> Database::query_int(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return make_error(ErrorCode::not_found, "the query returned no row");
    return stmt->int64(0);
}

Result<void> Database::rekey(const std::string& new_passphrase) {
    if (new_passphrase.empty()) return make_error(ErrorCode::invalid_argument, "the new passphrase must not be empty");
    if (in_transaction()) return make_error(ErrorCode::conflict, "cannot change the passphrase inside a transaction");
    // SQLCipher cannot rekey a database in WAL mode; switch to a rollback journal for the rekey.
    if (auto r = exec("PRAGMA journal_mode=DELETE"); !r) return r;
    int rc = sqlite3_rekey(m_db.get(), new_passphrase.data(), static_cast<int>(new_passphrase.size()));
    auto restored = exec("PRAGMA journal_mode=WAL");
    if (rc != SQLITE_OK) return sqlite_error(m_db.get(), rc, "changing the passphrase");
    return restored;
}

int Database::user_version() {
    auto v = query_int("PRAGMA user_version");
    return v ? static_cast<int>(*v) : -1;
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(m_db.get()); }

std::int64_t Database::changes() const { return sqlite3_changes64(m_db.get()); }

bool Database::in_transaction() const { return sqlite3_get_autocommit(m_db.get()) == 0; }

Error Database::last_error(std::string_view context) const {
    return sqlite_error(m_db.get(), sqlite3_extended_errcode(m_db.get()), context);
}

// ---- Transaction ----

namespace {

// Transaction control through kept statements: BEGIN, COMMIT and the savepoints run for every
// small write, and compiling them each time was a visible share of it. Savepoints all share one
// name: SQLite releases or rolls back to the innermost of that name, which is the innermost
// Transaction, as transactions nest like scopes.
Result<void> control(Database& db, std::string_view sql) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    return stmt->run();
}

constexpr std::string_view kSavepoint = "SAVEPOINT outpost_tx";

}  // namespace

Result<Transaction> Transaction::begin(Database& db) {
    const bool nested = db.in_transaction();
    if (auto r = control(db, nested ? kSavepoint : "BEGIN IMMEDIATE"); !r) return r.error();
    return Transaction(&db, nested);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db), m_nested(other.m_nested), m_done(std::exchange(other.m_done, true)) {}

Transaction::~Transaction() {
    if (m_done) return;
    if (!m_nested) {
        (void)control(*m_db, "ROLLBACK");
    } else {
        (void)control(*m_db, "ROLLBACK TO outpost_tx");
        (void)control(*m_db, "RELEASE outpost_tx");
    }
}

Result<void> Transaction::commit() {
    auto r = control(*m_db, m_nested ? "RELEASE outpost_tx" : "COMMIT");
    if (r) m_done = true;  // on failure the destructor rolls back
    return r;
}

}  // namespace outpost::store
