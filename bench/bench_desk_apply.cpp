// One desk applying the edits the engine announces (a last name each, as the WebSocket carries
// them: a "changes" message with the whole profile row), processor time per announcement on one
// thread: held and committed once per 50 (a desk hearing of 50 edits a second commits every one
// to two seconds, Replica::kMaxHold) vs committed one by one (a commit per announcement, the desk before
// held announcements), in the same run. Edits go to random members of a replica of 20,000
// (--count N) and, as a second figure, all to one member (the propagation benchmark's edits).
// Prints one JSON line; no target of its own: it explains bench_sync_propagation's per-desk cost.
#include <sys/resource.h>

#include "domain/json_codec.h"
#include "profile_bench_support.h"
#include "sync/desk_sync.h"
#include "sync/entities.h"

using namespace outpost;

namespace {

double thread_cpu_us() {
    rusage usage{};
    ::getrusage(RUSAGE_THREAD, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

// `n` announcements continuing `cursor`, each the row of member ids[i] with a new last name.
std::vector<std::string> announcements(sync::Replica& desk, const std::vector<std::int64_t>& ids, std::int64_t cursor) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto row = desk.read([&](store::Database& db) { return sync::read_entity(db, *sync::find_entity("profile"), std::to_string(ids[i])); });
        if (!row || !*row) bench::fail("row", make_error(ErrorCode::internal, "no member " + std::to_string(ids[i])));
        Json value = std::move(**row);
        const std::int64_t seq = cursor + static_cast<std::int64_t>(i) + 1;
        value["last_name"] = "Edit" + std::to_string(seq);
        Json change = {{"seq", seq}, {"entity", "profile"}, {"id", std::to_string(ids[i])}, {"op", "put"}, {"value", std::move(value)}};
        out.push_back(Json{{"v", 1}, {"type", "changes"}, {"from", seq - 1}, {"to", seq}, {"changes", Json::array({std::move(change)})}}.dump());
    }
    return out;
}

// Processor time per announcement, committing after every `group` of them.
double apply_all(sync::DeskSync& sync, sync::Replica& desk, const std::vector<std::string>& messages, int group) {
    const double start = thread_cpu_us();
    for (std::size_t i = 0; i < messages.size(); ++i) {
        if (!sync.apply_announced(messages[i])) bench::fail("apply", make_error(ErrorCode::internal, "announcement refused"));
        if ((i + 1) % static_cast<std::size_t>(group) == 0) {
            if (auto s = desk.settle(); !s) bench::fail("settle", s.error());
        }
    }
    if (auto s = desk.settle(); !s) bench::fail("settle", s.error());
    return (thread_cpu_us() - start) / static_cast<double>(messages.size());
}

}  // namespace

int main(int argc, char** argv) {
    const std::int64_t count = bench::count_flag(argc, argv, 20'000);
    const auto dir = std::filesystem::temp_directory_path() / ("outpost-bench-apply-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const SystemClock clock;
    auto replica = sync::Replica::open((dir / "desk.db").string(), "x'" + std::string(64, 'a') + "'", clock);
    if (!replica) bench::fail("open", replica.error());
    auto& desk = **replica;
    bench::fill_replica(desk, count);
    auto marked = desk.read([](store::Database& db) {
        // A desk's own page cache (fill_replica widens it for the fill) and a loaded replica at cursor 0.
        return db.exec("PRAGMA cache_size = -" + std::to_string(sync::Replica::kPageCacheKiB) +
                       "; INSERT OR REPLACE INTO replica_meta(key, value) VALUES('bootstrapped', '1'), ('cursor', '0')");
    });
    if (!marked) bench::fail("mark", marked.error());
    sync::DeskSync sync(desk, [](const std::string&, const std::string&, const std::string&) -> Result<Json> {
        return make_error(ErrorCode::unavailable, "announcements need no request");
    });

    constexpr int kEach = 2000;
    std::mt19937_64 rng(23);
    std::uniform_int_distribution<std::int64_t> pick(1, count);
    std::vector<std::int64_t> spread(kEach);
    for (auto& id : spread) id = pick(rng);
    const std::vector<std::int64_t> one(kEach, 1);
    std::int64_t cursor = 0;
    auto next = [&](const std::vector<std::int64_t>& ids) {
        auto list = announcements(desk, ids, cursor);
        cursor += static_cast<std::int64_t>(ids.size());
        return list;
    };
    const double spread_each = apply_all(sync, desk, next(spread), 1);
    const double spread_held = apply_all(sync, desk, next(spread), 50);
    const double one_each = apply_all(sync, desk, next(one), 1);
    const double one_held = apply_all(sync, desk, next(one), 50);
    std::cout << Json{{"bench", "desk_apply_announced_held_vs_committed_each"},
                      {"profiles", count},
                      {"value", spread_held},
                      {"unit", "us"},
                      {"baseline", spread_each},
                      {"ratio", spread_held / spread_each},
                      {"one_member_held_us", one_held},
                      {"one_member_committed_each_us", one_each}}
                     .dump()
              << std::endl;
    std::filesystem::remove_all(dir);
    return 0;
}
