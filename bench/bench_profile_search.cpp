// As-you-type search on a desk replica of 1,000,000 members (--count N for another size): the
// first 20 matches of 1-4 character prefixes of names, phone numbers (as typed, national and
// international) and emails, and exact card ids, through profiles::search_replica (one range of
// the covering desk_search table). Baseline in the same run: the p99 of a primary-key lookup of
// one profile. Prints one JSON line; target ratio <= 10.
#include "domain/json_codec.h"
#include "profile_bench_support.h"
#include "profiles/front_desk.h"

using namespace outpost;

int main(int argc, char** argv) {
    const std::int64_t count = bench::count_flag(argc, argv, 1'000'000);
    const auto dir = std::filesystem::temp_directory_path() / "outpost-bench-profile-search";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const SystemClock clock;
    auto replica = sync::Replica::open((dir / "desk.db").string(), "x'" + std::string(64, 'c') + "'", clock);
    if (!replica) bench::fail("open", replica.error());
    const auto t0 = std::chrono::steady_clock::now();
    bench::fill_replica(**replica, count);
    const double fill_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    auto fts5 = (*replica)->read([](store::Database& db) {
        return db.query_int("SELECT count(*) FROM pragma_compile_options WHERE compile_options = 'ENABLE_FTS5'");
    });

    std::mt19937_64 rng(11);
    std::uniform_int_distribution<std::int64_t> pick(1, count);
    std::vector<std::string> queries;
    for (int i = 0; i < 2500; ++i) {
        const bench::Member m = bench::member(pick(rng));
        const std::size_t len = 1 + static_cast<std::size_t>(i % 4);
        switch (i % 5) {
            case 0: queries.push_back(m.first.substr(0, len)); break;
            case 1: queries.push_back(m.last.substr(0, len)); break;
            case 2: queries.push_back(i % 2 ? "(512) " + m.phone.substr(5, len) : m.phone.substr(0, 2 + len)); break;
            case 3: queries.push_back(m.email.substr(0, len)); break;
            default: queries.push_back(m.card); break;
        }
    }
    std::vector<double> times;
    std::size_t hits = 0;
    (*replica)->read([&](store::Database& db) {
        for (int warm = 0; warm < 200; ++warm) (void)profiles::search_replica(db, queries[static_cast<std::size_t>(warm)], 20);
        for (const auto& q : queries) {
            times.push_back(bench::micros([&] {
                auto found = profiles::search_replica(db, q, 20);
                if (!found) bench::fail("search", found.error());
                hits += found->size();
            }));
        }
        return 0;
    });
    const double baseline = (*replica)->read([&](store::Database& db) { return bench::key_lookup_p99(db, count, 20000, rng); });
    const double value = bench::percentile(times, 0.99);
    std::cout << Json{{"bench", "profile_search_p99_vs_key_lookup_p99"},
                      {"profiles", count},
                      {"value", value},
                      {"unit", "us"},
                      {"baseline", baseline},
                      {"ratio", value / baseline},
                      {"target", 10.0},
                      {"search_p50_us", bench::percentile(times, 0.5)},
                      {"mean_hits", static_cast<double>(hits) / static_cast<double>(queries.size())},
                      {"fill_s", fill_s},
                      {"fts5_compiled", fts5.value_or(-1) > 0}}
                     .dump()
              << std::endl;
    std::filesystem::remove_all(dir);
    return 0;
}
