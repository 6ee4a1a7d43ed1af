#include "engine/store_admin.h"

#include "ingest/webhook.h"
#include "store/schema.h"

namespace outpost::engine {

Result<Json> store_info(const std::string& path, const std::string& passphrase) {
    auto db = store::open_engine_store(path, passphrase, store::OpenMode::open_existing);
    if (!db) return db.error();
    Json out = {{"schema_version", db->user_version()}};
    for (const char* table : {"location", "profile", "visit", "lead", "review"}) {
        auto n = db->query_int(std::string("SELECT count(*) FROM ") + table);
        if (!n) return n.error();
        out[std::string(table) + "s"] = *n;
    }
    return out;
}

Result<void> rekey_store(const std::string& path, const std::string& passphrase, const std::string& new_passphrase) {
    auto db = store::open_engine_store(path, passphrase, store::OpenMode::open_existing);
    if (!db) return db.error();
    return db->rekey(new_passphrase);
}

Result<access::CreatedUser> create_first_admin(const std::string& path, const std::string& passphrase,
                                               const std::string& username, const std::string& display_name,
                                               const std::string& password) {
    auto db = store::open_engine_store(path, passphrase, store::OpenMode::create_if_missing);
    if (!db) return db.error();
    SystemClock clock;
    access::AccessService access(*db, clock);
    return access.create_first_admin(username, display_name, password);
}

Result<access::AuditVerdict> verify_audit(const std::string& path, const std::string& passphrase) {
    auto db = store::open_engine_store(path, passphrase, store::OpenMode::open_existing);
    if (!db) return db.error();
    return access::AuditLog(*db).verify();
}

Result<ingest::ImportSummary> import_reviews(const std::string& path, const std::string& passphrase,
                                             const std::string& file, const std::string& format,
                                             const std::string& location) {
    std::optional<ingest::ReviewFormat> chosen;
    if (!format.empty()) {
        auto f = ingest::review_format_from_string(format);
        if (!f) return f.error();
        chosen = *f;
    }
    auto db = store::open_engine_store(path, passphrase, store::OpenMode::open_existing);
    if (!db) return db.error();
    SystemClock clock;
    ingest::ImportOptions options;
    if (!location.empty()) options.location = LocationId(location);
    return ingest::import_review_file(*db, clock, file, chosen, options);
}

Result<void> set_webhook_secret(const std::string& path, const std::string& passphrase, const std::string& source,
                                const std::string& secret) {
    auto db = store::open_engine_store(path, passphrase, store::OpenMode::open_existing);
    if (!db) return db.error();
    SystemClock clock;
    return ingest::set_webhook_secret(*db, source, secret, clock.now());
}

}  // namespace outpost::engine
