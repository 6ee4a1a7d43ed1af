// 100,000 open items with SLA deadlines spread over a week. Each tick (one minute) finds the items
// due within the next minute, through the deadline index and, as the baseline in the same run, by a
// full scan of all open items. Found items are rescheduled to a later deadline in both (untimed), as
// the engine does when a warning or breach fires. Prints one JSON line; bytes_per_item is the
// index's estimated heap use per open item.
#include <algorithm>
#include <chrono>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "domain/json_codec.h"
#include "rules/deadline_index.h"

namespace {

using namespace outpost;
using Steady = std::chrono::steady_clock;

constexpr int kItems = 100'000;
constexpr int kTicks = 2'000;
constexpr double kTarget = 0.05;  // the index should cost at most 1/20 of a scan per tick

struct Item {
    std::string id;
    Timestamp deadline;
};

}  // namespace

int main() {
    std::mt19937_64 rng(5);
    const Timestamp start = Timestamp(std::chrono::milliseconds(1'780'000'000'000LL));
    std::uniform_int_distribution<std::int64_t> spread(0, 7LL * 24 * 3600 * 1000);
    std::vector<Item> items;
    items.reserve(kItems);
    rules::DeadlineIndex index;
    for (int i = 0; i < kItems; ++i) {
        items.push_back({"task-" + std::to_string(i), start + std::chrono::milliseconds(spread(rng))});
        index.upsert(items.back().id, items.back().deadline);
    }
    double index_ms = 0;
    double scan_ms = 0;
    std::size_t found_total = 0;
    std::vector<std::size_t> scanned;
    for (int tick = 0; tick < kTicks; ++tick) {
        const Timestamp horizon = start + std::chrono::minutes(tick + 1);

        auto t0 = Steady::now();
        const auto due = index.due_until(horizon);
        index_ms += std::chrono::duration<double, std::milli>(Steady::now() - t0).count();

        t0 = Steady::now();
        scanned.clear();
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].deadline <= horizon) scanned.push_back(i);
        }
        scan_ms += std::chrono::duration<double, std::milli>(Steady::now() - t0).count();

        if (due.size() != scanned.size()) {
            std::cerr << "index and scan disagree at tick " << tick << '\n';
            return 1;
        }
        found_total += due.size();
        for (const auto& d : due) {  // the next step's deadline, hours later
            Item& item = items[static_cast<std::size_t>(std::stoul(d.id.substr(5)))];  // "task-<slot>"
            item.deadline = horizon + std::chrono::hours(1 + static_cast<int>(rng() % 48));
            index.upsert(item.id, item.deadline);
        }
    }
    if (found_total == 0) {
        std::cerr << "no item fell due; the bench measured nothing\n";
        return 1;
    }
    const double value = index_ms / kTicks;
    const double baseline = scan_ms / kTicks;
    std::cout << Json{{"bench", "sla_deadlines_100k_index_vs_scan_per_tick"},
                      {"value", value},
                      {"unit", "ms"},
                      {"baseline", baseline},
                      {"ratio", value / baseline},
                      {"target", kTarget},
                      {"bytes_per_item", static_cast<double>(index.approximate_bytes()) / static_cast<double>(index.size())},
                      {"due_per_tick", static_cast<double>(found_total) / kTicks}}
                     .dump()
              << std::endl;
    return 0;
}
