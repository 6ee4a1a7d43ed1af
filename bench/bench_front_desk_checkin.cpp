// Scan to check-in at the front desk on a replica of 100,000 members (--count N for another size):
// the scanner's text (a card id and Enter) looked up with profiles::front_desk_lookup (the member
// card with its alerts), then visit.check_in submitted through the Replica (applied to the replica
// and queued in the outbox, one transaction). Baseline in the same run: the p99 of a primary-key
// lookup of one profile. Prints one JSON line; target: p99 under 100 ms.
#include "domain/json_codec.h"
#include "profile_bench_support.h"
#include "profiles/front_desk.h"

using namespace outpost;

int main(int argc, char** argv) {
    const std::int64_t count = bench::count_flag(argc, argv, 100'000);
    const auto dir = std::filesystem::temp_directory_path() / "outpost-bench-checkin";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const SystemClock clock;
    auto replica = sync::Replica::open((dir / "desk.db").string(), "x'" + std::string(64, 'd') + "'", clock);
    if (!replica) bench::fail("open", replica.error());
    auto& desk = **replica;
    if (auto u = desk.set_user(UserId(7), "Front Desk", Role::front_desk); !u) bench::fail("user", u.error());
    bench::fill_replica(desk, count);

    std::mt19937_64 rng(17);
    std::uniform_int_distribution<std::int64_t> pick(1, count);
    constexpr int kScans = 3000;
    std::vector<double> times;
    for (int i = 0; i < kScans; ++i) {
        const std::string scanned = bench::card_of(pick(rng)) + "\n";
        times.push_back(bench::micros([&] {
            auto found = desk.read([&](store::Database& db) { return profiles::front_desk_lookup(db, scanned, clock); });
            if (!found) bench::fail("lookup", found.error());
            if (!found->card) bench::fail("lookup", make_error(ErrorCode::not_found, "card " + scanned + " matched nobody"));
            auto done = desk.submit("visit.check_in", {{"profile_id", found->card->profile.id.value()}, {"location_id", "loc-0"}});
            if (!done) bench::fail("check_in", done.error());
        }));
    }
    if (desk.pending_count() != kScans) bench::fail("outbox", make_error(ErrorCode::internal, "commands missing from the outbox"));
    const double baseline = desk.read([&](store::Database& db) { return bench::key_lookup_p99(db, count, 20000, rng); });
    const double value = bench::percentile(times, 0.99);
    std::cout << Json{{"bench", "front_desk_scan_to_check_in_p99_vs_key_lookup_p99"},
                      {"profiles", count},
                      {"value", value / 1000.0},
                      {"unit", "ms"},
                      {"baseline", baseline / 1000.0},
                      {"ratio", value / baseline},
                      {"target_ms", 100.0},
                      {"p50_ms", bench::percentile(times, 0.5) / 1000.0}}
                     .dump()
              << std::endl;
    std::filesystem::remove_all(dir);
    return 0;
}
