#include "sync/desk_sync.h"

#include <spdlog/spdlog.h>

#include <future>

namespace outpost::sync {

Result<RoundReport> DeskSync::run_once(const std::function<void(BootstrapProgress)>& progress) {
    RoundReport report;
    // A desk whose scope grew loads the new rows again; twice in one round at most.
    for (int pass = 0; pass < 2 && !m_replica.bootstrapped(); ++pass) {
        if (auto b = bootstrap(progress); !b) return b.error();
        report.bootstrapped = true;
    }
    auto pushed = push_all();
    if (!pushed) return pushed.error();
    report.pushed = *pushed;
    auto pulled = pull_all();
    if (!pulled) return pulled.error();
    report.changes = pulled->changes;
    report.confirmed = pulled->confirmed;
    report.refused = pulled->refused;
    if (pulled->scope_grew) {
        if (auto b = bootstrap(progress); !b) return b.error();
        report.bootstrapped = true;
        auto again = pull_all();
        if (!again) return again.error();
        report.changes += again->changes;
    }
    return report;
}

Result<void> DeskSync::bootstrap(const std::function<void(BootstrapProgress)>& progress) {
    auto answer = m_transport("GET", "/v1/bootstrap", "");
    if (!answer) return answer.error();
    auto manifest = manifest_from_json(*answer);
    if (!manifest) return manifest.error();
    if (auto b = m_replica.begin_bootstrap(*manifest); !b) return b;
    BootstrapProgress done;
    for (const auto& [entity, count] : manifest->counts) done.total += count;
    if (progress) progress(done);

    auto fetch = [this](const std::string& entity, std::int64_t after) -> Result<BootstrapPage> {
        auto page = m_transport("GET", "/v1/bootstrap?entity=" + entity + "&after=" + std::to_string(after) +
                                           "&limit=" + std::to_string(kPageSize), "");
        if (!page) return page.error();
        return page_from_json(std::move(*page));
    };
    for (const auto& [entity, count] : manifest->counts) {
        if (count == 0) continue;
        // The next page is fetched and decoded while this one is written.
        auto next = std::async(std::launch::async, fetch, entity, std::int64_t{0});
        while (true) {
            auto page = next.get();
            if (!page) return page.error();
            if (page->more) next = std::async(std::launch::async, fetch, entity, page->next_after);
            if (auto w = m_replica.apply_page(*page); !w) {
                if (next.valid()) (void)next.get();
                return w;
            }
            done.loaded += static_cast<std::int64_t>(page->rows.size());
            if (progress) progress(done);
            if (!page->more) break;
        }
    }
    return m_replica.finish_bootstrap();
}

Result<int> DeskSync::push_all() {
    int pushed = 0;
    const std::string client = m_replica.client_id();
    while (true) {
        auto batch = m_replica.unpushed(kMaxCommandsPerPush);
        if (!batch) return batch.error();
        if (batch->empty()) return pushed;
        Json commands = Json::array();
        for (const auto& c : *batch) commands.push_back(to_json(c));
        Json body = {{"v", kSyncProtocolVersion}, {"client_id", client}, {"commands", std::move(commands)}};
        auto answer = m_transport("POST", "/v1/push", body.dump());
        if (!answer) return answer.error();
        auto result = push_result_from_json(*answer);
        if (!result) return result.error();
        if (auto n = m_replica.note_pushed(result->last_mutation_id); !n) return n.error();
        pushed += static_cast<int>(batch->size());
        if (result->last_mutation_id < batch->back().mutation_id) {
            return make_error(ErrorCode::internal, "the engine stopped at command " +
                                                       std::to_string(result->last_mutation_id) + " of this desk");
        }
    }
}

Result<PullOutcome> DeskSync::pull_all() {
    PullOutcome total;
    const std::string client = m_replica.client_id();
    while (true) {
        auto answer = m_transport("GET", "/v1/pull?client_id=" + client + "&cursor=" + std::to_string(m_replica.cursor()) +
                                             "&confirmed=" + std::to_string(m_replica.confirmed()) +
                                             "&limit=" + std::to_string(kPullLimit), "");
        if (!answer) return answer.error();
        auto pull = pull_result_from_json(*answer);
        if (!pull) return pull.error();
        auto outcome = m_replica.apply_pull(*pull);
        if (!outcome) return outcome.error();
        total.changes += outcome->changes;
        total.confirmed += outcome->confirmed;
        total.refused += outcome->refused;
        total.scope_grew = total.scope_grew || outcome->scope_grew;
        if (!pull->more) return total;
    }
}

std::chrono::milliseconds Backoff::next() {
    const int shift = std::min(m_attempt, 20);
    ++m_attempt;
    const auto cap = std::min<std::int64_t>(m_max.count(), m_first.count() << shift);
    std::uniform_int_distribution<std::int64_t> jitter(cap / 2, std::max<std::int64_t>(cap / 2, cap));
    return std::chrono::milliseconds(jitter(m_random));
}

SyncRunner::SyncRunner(DeskSync& sync, Replica& replica, const Clock& clock, OnStatus on_status, Backoff backoff)
    : m_sync(sync), m_replica(replica), m_clock(clock), m_on_status(std::move(on_status)), m_backoff(std::move(backoff)) {}

SyncRunner::~SyncRunner() { stop(); }

void SyncRunner::start() {
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable()) return;
    m_stopping = false;
    m_woken = true;
    m_thread = std::thread([this] { loop(); });
}

void SyncRunner::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void SyncRunner::wake() {
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

void SyncRunner::report(SyncStatus status) {
    status.pending = m_replica.pending_count();
    status.issues = m_replica.issues().size();
    status.last_sync = m_last_sync;
    if (m_on_status) m_on_status(status);
}

void SyncRunner::loop() {
    std::chrono::milliseconds wait = m_interval;
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, wait, [this] { return m_woken || m_stopping; });
            if (m_stopping) return;
            m_woken = false;
        }
        SyncStatus running;
        running.syncing = true;
        running.online = m_backoff.attempts() == 0;
        report(running);
        auto round = m_sync.run_once([&](BootstrapProgress p) {
            SyncStatus loading = running;
            loading.bootstrap = p;
            report(loading);
        });
        SyncStatus after;
        if (round) {
            m_backoff.reset();
            m_last_sync = m_clock.now();
            after.online = true;
            wait = m_interval;
        } else {
            const Error& error = round.error();
            // Refusals of the whole request (update required, signed out) wait for a person, not a timer.
            const bool retryable =
                error.code == ErrorCode::unavailable || error.code == ErrorCode::io || error.code == ErrorCode::internal;
            after.online = error.code != ErrorCode::unavailable;
            after.error = error;
            wait = retryable ? m_backoff.next() : m_interval;
            after.retry_in = wait;
            spdlog::info("sync: round failed ({}), next try in {} ms", error.message, wait.count());
        }
        report(after);
    }
}

}  // namespace outpost::sync
