#include "domain/enums.h"
#include "store/repositories.h"

namespace outpost::store {
namespace {

// Inserts every item of a batch with one prepared statement inside one transaction.
template <typename T, typename BindFn>
Result<void> insert_batch(Database& db, std::string_view sql, std::span<T> items, BindFn bind) {
    auto tx = Transaction::begin(db);
    if (!tx) return tx.error();
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    for (auto& item : items) {
        bind(*stmt, item);
        if (item.id.value() == 0) stmt->bind_null(1);
        if (auto r = stmt->run(); !r) return r;
        if (item.id.value() == 0) item.id = decltype(item.id)(db.last_insert_rowid());
    }
    return tx->commit();
}

}  // namespace

Result<void> SqlCustomerRepository::insert(std::span<Profile> profiles) {
    return insert_batch(
        m_db,
        "INSERT INTO profile(id, external_id, first_name, last_name, primary_phone, primary_email, home_location_id, "
        "membership_status, consent_sms, consent_email, lifetime_value_cents, last_activity_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        profiles, [](Statement& s, const Profile& p) {
            s.bind(1, p.id.value());
            if (p.external_id.empty()) {
                s.bind_null(2);
            } else {
                s.bind(2, p.external_id);
            }
            s.bind(3, p.first_name)
                .bind(4, p.last_name)
                .bind(5, p.primary_phone)
                .bind(6, p.primary_email)
                .bind(7, p.home_location_id.value())
                .bind_static(8, to_string(p.membership_status))
                .bind(9, p.consent_sms ? 1 : 0)
                .bind(10, p.consent_email ? 1 : 0)
                .bind(11, p.lifetime_value_cents);
            if (p.last_activity_at) {
                s.bind(12, to_db(*p.last_activity_at));
            } else {
                s.bind_null(12);
            }
        });
}

Result<void> SqlCustomerRepository::insert(std::span<Visit> visits) {
    return insert_batch(m_db, "INSERT INTO visit(id, profile_id, location_id, visited_at) VALUES(?1, ?2, ?3, ?4)",
                        visits, [](Statement& s, const Visit& v) {
                            s.bind(1, v.id.value())
                                .bind(2, v.profile_id.value())
                                .bind(3, v.location_id.value())
                                .bind(4, to_db(v.visited_at));
                        });
}

Result<void> SqlCustomerRepository::insert(std::span<Lead> leads) {
    return insert_batch(m_db,
                        "INSERT INTO lead(id, location_id, name, phone, email, source, status, message, created_at) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                        leads, [](Statement& s, const Lead& l) {
                            s.bind(1, l.id.value())
                                .bind(2, l.location_id.value())
                                .bind(3, l.name)
                                .bind(4, l.phone)
                                .bind(5, l.email)
                                .bind_static(6, to_string(l.source))
                                .bind_static(7, to_string(l.status))
                                .bind(8, l.message)
                                .bind(9, to_db(l.created_at));
                        });
}

Result<std::int64_t> SqlCustomerRepository::profile_count() { return m_db.query_int("SELECT count(*) FROM profile"); }

}  // namespace outpost::store
