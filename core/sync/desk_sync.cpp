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
    std::optional<PullResult> answered;  // the pull that came with the last push
    auto pushed = push_all(answered);
    if (!pushed) return pushed.error();
    report.pushed = *pushed;
    auto pulled = pull_all(std::move(answered));
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
    auto answer = m_transport("GET", "/v1/bootstrap?page=" + std::to_string(kPageSize), "");
    if (!answer) return answer.error();
    auto manifest = manifest_from_json(*answer);
    if (!manifest) return manifest.error();
    if (auto b = m_replica.begin_bootstrap(*manifest); !b) return b;
    BootstrapProgress done;
    for (const auto& e : manifest->entities) done.total += e.count;
    if (progress) progress(done);

    // Every page is known from the manifest, so the next one is fetched while this one is written.
    struct PageRange {
        std::string entity;
        std::int64_t after = 0;
        std::optional<std::int64_t> until;
    };
    std::vector<PageRange> pages;
    for (const auto& e : manifest->entities) {
        if (e.count == 0) continue;
        std::int64_t after = 0;
        for (std::int64_t bound : e.bounds) {
            pages.push_back({e.entity, after, bound});
            after = bound;
        }
        pages.push_back({e.entity, after, std::nullopt});  // the rest, rows added since included
    }
    // Fetched and parsed on another thread, while this one writes the page before.
    auto fetch = [this](PageRange range) -> Result<Page> {
        std::string target = "/v1/bootstrap?entity=" + range.entity + "&after=" + std::to_string(range.after) +
                             "&limit=" + std::to_string(kMaxBootstrapPage);
        if (range.until) target += "&until=" + std::to_string(*range.until);
        if (m_text) {
            auto text = m_text("GET", target, "");
            if (!text) return text.error();
            return parse_page(*text);
        }
        auto page = m_transport("GET", target, "");
        if (!page) return page.error();
        return parse_page(page->dump());
    };
    std::future<Result<Page>> next;
    if (!pages.empty()) next = std::async(std::launch::async, fetch, pages[0]);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        auto page = next.get();
        if (i + 1 < pages.size()) next = std::async(std::launch::async, fetch, pages[i + 1]);
        if (!page) return page.error();  // (a prefetch in flight finishes before `next` goes)
        if (auto w = m_replica.apply_page(*page); !w) return w;
        done.loaded += page->rows;
        // A page that filled up while the desk loaded (rows were added): the rest follows.
        while (page->more) {
            page = fetch({pages[i].entity, page->next_after, pages[i].until});
            if (!page) return page.error();
            if (auto w = m_replica.apply_page(*page); !w) return w;
            done.loaded += page->rows;
        }
        if (progress) progress(done);
    }
    return m_replica.finish_bootstrap();
}

Result<int> DeskSync::push_all(std::optional<PullResult>& pulled) {
    int pushed = 0;
    const std::string client = m_replica.client_id();
    while (true) {
        auto batch = m_replica.unpushed(kMaxCommandsPerPush);
        if (!batch) return batch.error();
        if (batch->empty()) return pushed;
        Json commands = Json::array();
        for (const auto& c : *batch) commands.push_back(to_json(c));
        Json body = {{"v", kSyncProtocolVersion}, {"client_id", client}, {"commands", std::move(commands)}};
        // The last batch asks for the pull that follows (a desk catching up on a long outbox
        // pulls once, at the end).
        pulled.reset();
        if (batch->size() < static_cast<std::size_t>(kMaxCommandsPerPush)) {
            body["cursor"] = m_replica.cursor();
            body["confirmed"] = m_replica.confirmed();
            body["limit"] = kPullLimit;
        }
        auto answer = m_transport("POST", "/v1/push", body.dump());
        if (!answer) return answer.error();
        auto result = push_result_from_json(std::move(*answer));
        if (!result) return result.error();
        pulled = std::move(result->pull);
        if (auto n = m_replica.note_pushed(result->last_mutation_id); !n) return n.error();
        pushed += static_cast<int>(batch->size());
        if (result->last_mutation_id < batch->back().mutation_id) {
            return make_error(ErrorCode::internal, "the engine stopped at command " +
                                                       std::to_string(result->last_mutation_id) + " of this desk");
        }
    }
}

Result<PullOutcome> DeskSync::pull_all(std::optional<PullResult> answered) {
    PullOutcome total;
    const std::string client = m_replica.client_id();
    while (true) {
        PullResult pull;
        if (answered) {
            pull = std::move(*answered);
            answered.reset();
        } else {
            auto answer = m_transport("GET", "/v1/pull?client_id=" + client + "&cursor=" + std::to_string(m_replica.cursor()) +
                                                 "&confirmed=" + std::to_string(m_replica.confirmed()) +
                                                 "&limit=" + std::to_string(kPullLimit), "");
            if (!answer) return answer.error();
            auto read = pull_result_from_json(std::move(*answer));
            if (!read) return read.error();
            pull = std::move(*read);
        }
        auto outcome = m_replica.apply_pull(pull);
        if (!outcome) return outcome.error();
        total.changes += outcome->changes;
        total.confirmed += outcome->confirmed;
        total.refused += outcome->refused;
        total.scope_grew = total.scope_grew || outcome->scope_grew;
        if (!pull.more) return total;
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
    std::unique_lock lock(m_mutex);
    m_stopping = true;
    m_wake.notify_all();
    if (m_thread.joinable()) {
        lock.unlock();
        m_thread.join();
        lock.lock();
    }
    // A delivering thread may still be applying an announcement: it is short.
    while (m_busy) m_wake.wait_for(lock, std::chrono::milliseconds(1));
}

void SyncRunner::wake() {
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

void SyncRunner::deliver(std::string message) {
    {
        std::lock_guard lock(m_mutex);
        m_messages.push_back(std::move(message));
    }
    m_wake.notify_all();
}

void SyncRunner::apply_or_deliver(std::string_view message) {
    std::unique_lock lock(m_mutex);
    if (m_busy || work_waiting() || m_failing || !m_thread.joinable()) {
        lock.unlock();
        deliver(std::string(message));
        return;
    }
    m_busy = true;
    lock.unlock();
    const bool applied = m_sync.apply_announced(message);
    if (applied) report_applied();
    lock.lock();
    m_busy = false;
    // Not applied (a gap, or not an announcement): the runner's round settles it.
    if (!applied) m_messages.emplace_back(message);
    const bool nudge = (applied && wrote_announcement(Steady::now())) || work_waiting();
    m_rearm = m_rearm || nudge;
    lock.unlock();
    if (nudge) m_wake.notify_all();
}

bool SyncRunner::idle() {
    std::lock_guard lock(m_mutex);
    return !m_busy && !work_waiting() && !m_unsettled && m_unchecked == 0;
}

bool SyncRunner::wrote_announcement(Steady::time_point now) {
    m_last_write = now;
    m_round_due = now + m_interval;
    ++m_unchecked;
    // The runner waited without a settle in view, or a checkpoint is due: it must look again.
    const bool first = !m_unsettled;
    m_unsettled = true;
    return first || m_unchecked >= kWritesBeforeCheckpoint;
}

void SyncRunner::checkpoint() {
    if (auto done = m_replica.checkpoint(); !done) spdlog::warn("sync: checkpoint failed: {}", done.error().message);
    std::lock_guard lock(m_mutex);
    m_unchecked = 0;
    m_unsettled = false;  // the checkpoint committed held changes first
}

void SyncRunner::settle() {
    // A failed commit takes the held changes and their cursor back: the next pull brings them again.
    if (auto done = m_replica.settle(); !done) spdlog::warn("sync: held changes not kept: {}", done.error().message);
    std::lock_guard lock(m_mutex);
    m_unsettled = false;
}

void SyncRunner::report(SyncStatus status) {
    status.pending = m_pending = m_replica.pending_count();
    status.issues = m_issues = static_cast<std::size_t>(m_replica.issue_count());
    status.last_sync = m_last_sync;
    if (m_on_status) m_on_status(status);
}

void SyncRunner::report_applied() {
    // Announcements change neither the outbox nor the issues: the counts stay as reported.
    m_last_sync = m_clock.now();
    SyncStatus applied;
    applied.online = true;
    applied.pending = m_pending;
    applied.issues = m_issues;
    applied.last_sync = m_last_sync;
    if (m_on_status) m_on_status(applied);
}

// Applies announced changes that continue the replica's cursor; false when a round must run.
bool DeskSync::apply_announced(std::string_view message) {
    auto announcement = read_announcement(message);
    if (!announcement) return false;
    auto applied = m_replica.apply_announced(*announcement);
    return applied && *applied;
}

bool DeskSync::apply_announced(const std::vector<std::string>& messages) {
    std::optional<Announcement> all;
    for (const std::string& text : messages) {
        auto message = read_announcement(text);
        if (!message) return false;
        if (!all) {
            all = std::move(message);
            continue;
        }
        // Messages follow each other: each starts at or before the end of the one before.
        if (message->from > all->to) return false;
        for (auto& c : message->changes) {
            if (c.seq > all->to) all->changes.push_back(std::move(c));
        }
        all->to = std::max(all->to, message->to);
    }
    if (!all) return true;
    auto applied = m_replica.apply_announced(*all);
    return applied && *applied;
}

SyncRunner::Chore SyncRunner::chore_due(Steady::time_point now, Steady::time_point& next) const {
    // After writes, a quiet moment is the time to make held announcements durable, and a longer
    // one to checkpoint; a long busy spell checkpoints anyway.
    if (m_unchecked >= kWritesBeforeCheckpoint) return Chore::checkpoint;
    // While announcements keep coming the replica commits each hold by itself: the runner looks
    // again when a hold has surely ended (m_look_again), not every time the quiet deadline moves.
    const auto quiet = m_unsettled ? std::max(m_last_write + kIdleBeforeSettle, m_look_again)
                                   : m_last_write + kIdleBeforeCheckpoint;
    const bool writes = m_unsettled || m_unchecked > 0;
    next = writes ? std::min(quiet, m_round_due) : m_round_due;
    if (now < next) return Chore::none;
    if (writes && quiet <= m_round_due) return m_unsettled ? Chore::settle : Chore::checkpoint;
    return Chore::round;
}

void SyncRunner::loop() {
    std::chrono::milliseconds wait = m_interval;
    std::unique_lock lock(m_mutex);
    m_round_due = Steady::now() + wait;
    while (true) {
        Chore chore = Chore::none;
        while (!work_waiting() || m_busy) {
            Steady::time_point next;
            chore = chore_due(Steady::now(), next);
            if (chore != Chore::none && !m_busy) break;
            // A chore due while a delivering thread is at work waits for it, a short while; work it
            // leaves behind wakes the runner.
            if (chore != Chore::none) next = Steady::now() + std::chrono::milliseconds(1);
            chore = Chore::none;
            m_rearm = false;
            const bool called = m_wake.wait_until(lock, next, [this] { return m_rearm || (work_waiting() && !m_busy); });
            // Woken by the settle deadline, which more announcements moved on: a flow is under way.
            if (!called && m_unsettled && chore_due(Steady::now(), next) == Chore::none) {
                m_look_again = Steady::now() + Replica::kMaxHold;
            }
        }
        if (chore == Chore::none && m_unchecked >= kWritesBeforeCheckpoint) chore = Chore::checkpoint;  // busy for long
        if (m_stopping) {
            const bool unsettled = m_unsettled;
            lock.unlock();
            if (unsettled) settle();
            return;
        }
        m_busy = true;
        if (chore == Chore::settle || chore == Chore::checkpoint) {
            lock.unlock();
            chore == Chore::settle ? settle() : checkpoint();
            lock.lock();
            m_busy = false;
            continue;
        }
        std::vector<std::string> messages;
        messages.swap(m_messages);
        const bool woken = std::exchange(m_woken, false);
        lock.unlock();
        // Announcements alone are applied directly; a wake (a command to push), a gap, the timer,
        // or the engine answering again after failures means a whole round, whose pull covers the
        // messages too.
        const bool applied = !woken && !messages.empty() && m_backoff.attempts() == 0 && m_sync.apply_announced(messages);
        if (applied) {
            report_applied();
            wait = m_interval;
        } else {
            wait = run_round();
        }
        lock.lock();
        m_busy = false;
        m_failing = m_backoff.attempts() > 0;
        const auto now = Steady::now();
        if (applied) {
            wrote_announcement(now);
        } else {
            ++m_unchecked;
            m_last_write = now;
        }
        m_round_due = now + wait;
    }
}

std::chrono::milliseconds SyncRunner::run_round() {
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
    std::chrono::milliseconds wait = m_interval;
    if (round) {
        m_backoff.reset();
        m_last_sync = m_clock.now();
        after.online = true;
    } else {
        const Error& error = round.error();
        // Refusals of the whole request (update required, signed out) wait for a person, not a timer.
        const bool retryable =
            error.code == ErrorCode::unavailable || error.code == ErrorCode::io || error.code == ErrorCode::internal;
        after.online = error.code != ErrorCode::unavailable;
        after.error = error;
        if (retryable) wait = m_backoff.next();
        after.retry_in = wait;
        spdlog::info("sync: round failed ({}), next try in {} ms", error.message, wait.count());
    }
    report(after);
    return wait;
}

}  // namespace outpost::sync
