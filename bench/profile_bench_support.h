#pragma once
// Shared by the customer profile benchmarks: a desk replica filled with N synthetic members
// (names, phones, emails, member ids and access cards; the search table filled by its triggers),
// percentiles, and a primary-key lookup baseline measured in the same run.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "store/database.h"
#include "sync/replica.h"

namespace outpost::bench {

inline constexpr const char* kFirst[] = {"ana", "andrew", "beth", "carlos", "chen", "dana", "diego", "emma", "farah", "gina",
                                         "hiro", "ines", "jamal", "kate", "liam", "maria", "noah", "olga", "priya", "quinn",
                                         "rosa", "sam", "tara", "uma", "victor", "wei", "xena", "yusuf", "zoe", "luis"};
inline constexpr const char* kLast[] = {"diaz", "smith", "nguyen", "garcia", "kim", "patel", "brown", "lopez", "chen", "jones",
                                        "miller", "davis", "wilson", "moore", "taylor", "thomas", "white", "harris", "martin",
                                        "clark", "lewis", "walker", "hall", "young", "allen", "king", "wright", "scott", "green",
                                        "baker"};

inline void fail(const std::string& what, const Error& e) {
    std::cerr << what << ": " << e.message << '\n';
    std::exit(1);
}

inline std::string capital(std::string s) {
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

inline std::string card_of(std::int64_t id) { return "8" + std::to_string(1'000'000'000 + id * 7); }

// Member `id`'s fields, the same in every run.
struct Member {
    std::string first, last, phone, email, member_id, card;
};
inline Member member(std::int64_t id) {
    const auto f = static_cast<std::size_t>(id * 7 % 30);
    const auto l = static_cast<std::size_t>(id * 13 / 7 % 30);
    Member m;
    m.first = capital(kFirst[f]) + (id % 3 == 0 ? std::string(1, static_cast<char>('a' + id % 26)) : "");
    m.last = capital(kLast[l]);
    m.phone = "+1512" + std::to_string(1'000'000 + id);
    m.email = std::string(kFirst[f]) + "." + kLast[l] + std::to_string(id) + "@example.com";
    m.member_id = "M" + std::to_string(1'000'000 + id);
    m.card = card_of(id);
    return m;
}

// Fills the replica with `count` members at "loc-0" in one transaction and marks it loaded.
inline void fill_replica(sync::Replica& replica, std::int64_t count) {
    auto done = replica.read([&](store::Database& db) -> Result<void> {
        // The search table's rows arrive in key order, not id order: a page cache that holds the
        // table keeps SQLCipher from decrypting and encrypting the same pages again and again.
        if (auto r = db.exec("PRAGMA cache_size = -524288"); !r) return r;
        auto tx = store::Transaction::begin(db);
        if (!tx) return tx.error();
        if (auto r = db.exec("INSERT INTO brand(id, name) VALUES('b', 'B'); INSERT INTO region(id, brand_id, name) "
                             "VALUES('r', 'b', 'R'); INSERT INTO location(id, region_id, name, time_zone) "
                             "VALUES('loc-0', 'r', 'L', 'UTC'); INSERT OR REPLACE INTO replica_meta(key, value) "
                             "VALUES('loaded_once', '1')");
            !r) {
            return r;
        }
        auto stmt = db.prepare(
            "INSERT INTO profile(id, first_name, last_name, primary_phone, primary_email, home_location_id, membership_status, "
            "consent_sms, member_id, access_card_id, external_id) VALUES(?1, ?2, ?3, ?4, ?5, 'loc-0', 'active', 1, ?6, ?7, ?8)");
        if (!stmt) return stmt.error();
        for (std::int64_t id = 1; id <= count; ++id) {
            const Member m = member(id);
            stmt->bind(1, id).bind(2, m.first).bind(3, m.last).bind(4, m.phone).bind(5, m.email);
            stmt->bind(6, m.member_id).bind(7, m.card).bind(8, "crm-" + std::to_string(id));
            if (auto r = stmt->run(); !r) return r;
        }
        return tx->commit();
    });
    if (!done) fail("fill", done.error());
}

inline double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

template <typename Fn>
double micros(Fn&& fn) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
}

// p99 of reading one profile row by its primary key, at random ids, microseconds.
inline double key_lookup_p99(store::Database& db, std::int64_t count, int rounds, std::mt19937_64& rng) {
    auto stmt = db.prepare(
        "SELECT first_name, last_name, primary_phone, primary_email, membership_status, home_location_id FROM profile "
        "WHERE id = ?1");
    if (!stmt) fail("prepare", stmt.error());
    std::uniform_int_distribution<std::int64_t> pick(1, count);
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        const auto id = pick(rng);
        times.push_back(micros([&] {
            stmt->reset();
            stmt->bind(1, id);
            auto has = stmt->step();
            if (!has || !*has) fail("lookup", make_error(ErrorCode::internal, "no profile " + std::to_string(id)));
            (void)stmt->string(0);
        }));
    }
    return percentile(times, 0.99);
}

inline std::int64_t count_flag(int argc, char** argv, std::int64_t fallback) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--count") return std::atoll(argv[i + 1]);
    }
    return fallback;
}

}  // namespace outpost::bench
