#pragma once
// A desk's sync: bootstrap an empty replica, push the outbox in order, pull until up to date.
// DeskSync does one round on the caller's thread; SyncRunner runs rounds on its own thread when
// poked (a WebSocket poke, a new local command) and retries with exponential backoff and jitter
// while the engine cannot be reached.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include "sync/replica.h"

namespace outpost::sync {

// One request to the engine: method, target with its query, JSON body (or empty). Answers the
// decoded JSON body, or the engine's error, or a transport error (ErrorCode::unavailable).
using Transport = std::function<Result<Json>(const std::string& method, const std::string& target,
                                             const std::string& body)>;
// The same, answering the body as text: bootstrap pages are read while written, never as a document.
using TextTransport = std::function<Result<std::string>(const std::string& method, const std::string& target,
                                                        const std::string& body)>;

struct BootstrapProgress {
    std::int64_t loaded = 0;
    std::int64_t total = 0;
};

struct RoundReport {
    bool bootstrapped = false;  // this round loaded the replica (first start or a wider scope)
    int pushed = 0;             // commands sent
    int changes = 0;            // engine changes applied
    int confirmed = 0;
    int refused = 0;
};

class DeskSync {
public:
    // Without a text transport, pages come through `transport` (slower: a document per page).
    DeskSync(Replica& replica, Transport transport, TextTransport text = {})
        : m_replica(replica), m_transport(std::move(transport)), m_text(std::move(text)) {}

    // A whole round; stops at the first error (the replica stays consistent: every step is one
    // transaction, and a repeated push is skipped by the engine).
    [[nodiscard]] Result<RoundReport> run_once(const std::function<void(BootstrapProgress)>& progress = {});
    // Applies the changes the engine announced over its WebSocket when they continue this replica's
    // cursor (no request needed); false when they do not (a round must run).
    [[nodiscard]] bool apply_announced(const std::vector<std::string>& messages);
    [[nodiscard]] bool apply_announced(std::string_view message);

    static constexpr int kPullLimit = 2000;
    static constexpr int kPageSize = 10000;

private:
    [[nodiscard]] Result<void> bootstrap(const std::function<void(BootstrapProgress)>& progress);
    // Pushes every waiting command; `pulled` is the pull the last push brought back, if any.
    [[nodiscard]] Result<int> push_all(std::optional<PullResult>& pulled);
    // Pulls until up to date, starting with `answered` when a push brought it.
    [[nodiscard]] Result<PullOutcome> pull_all(std::optional<PullResult> answered = std::nullopt);

    Replica& m_replica;
    Transport m_transport;
    TextTransport m_text;
};

// Exponential backoff with jitter: the n-th retry waits between half and all of
// min(max, first * 2^n), so desks that lost the engine together do not return together.
class Backoff {
public:
    Backoff(std::chrono::milliseconds first, std::chrono::milliseconds max, std::uint64_t seed)
        : m_first(first), m_max(max), m_random(seed) {}
    [[nodiscard]] std::chrono::milliseconds next();
    void reset() { m_attempt = 0; }
    [[nodiscard]] int attempts() const { return m_attempt; }

private:
    std::chrono::milliseconds m_first;
    std::chrono::milliseconds m_max;
    std::mt19937_64 m_random;
    int m_attempt = 0;
};

struct SyncStatus {
    bool online = false;    // the last round reached the engine
    bool syncing = false;
    std::int64_t pending = 0;
    std::size_t issues = 0;
    std::optional<Timestamp> last_sync;
    std::optional<Error> error;  // why the last round failed
    std::optional<BootstrapProgress> bootstrap;  // while loading
    std::optional<std::chrono::milliseconds> retry_in;
};

class SyncRunner {
public:
    // Called on the runner's thread, or on the thread that delivered an announcement it applied;
    // never on two threads at once.
    using OnStatus = std::function<void(const SyncStatus&)>;

    SyncRunner(DeskSync& sync, Replica& replica, const Clock& clock, OnStatus on_status,
               Backoff backoff = Backoff(std::chrono::milliseconds(500), std::chrono::seconds(30), std::random_device{}()));
    ~SyncRunner();
    SyncRunner(const SyncRunner&) = delete;
    SyncRunner& operator=(const SyncRunner&) = delete;

    void start();
    // Waits for the round or announcement under way; held announcements are committed.
    void stop();
    // Runs a round soon (a command was queued, the network came back).
    void wake();
    // A message of the engine's WebSocket, handed to the runner's thread: {"type":"changes","from",
    // "to","changes"} is applied there when it starts where the replica's cursor is; anything else
    // leads to a round.
    void deliver(std::string message);
    // The same, but an announcement that continues the cursor is applied at once on the caller's
    // thread when the runner is idle (the hand-over costs more than the apply). For a thread with
    // nothing else to do, such as a headless desk's WebSocket reader; never a user interface's.
    void apply_or_deliver(std::string_view message);
    // Rounds also run this often without a poke.
    void set_interval(std::chrono::milliseconds interval) { m_interval = interval; }
    // Nothing under way and nothing to do before the next timed round: no message or wake waiting,
    // no announcement held uncommitted, the write-ahead log checkpointed.
    [[nodiscard]] bool idle();

private:
    using Steady = std::chrono::steady_clock;
    enum class Chore { none, settle, checkpoint, round };

    void loop();
    // A whole round with its reports; answers how long to wait before the next one.
    std::chrono::milliseconds run_round();
    // What the runner does when no work is waiting and its time has come (m_mutex held).
    [[nodiscard]] Chore chore_due(Steady::time_point now, Steady::time_point& next) const;
    [[nodiscard]] bool work_waiting() const { return m_woken || m_stopping || !m_messages.empty(); }
    void report(SyncStatus status);
    void report_applied();
    void checkpoint();
    void settle();
    // An announcement was written (m_mutex held); true when the runner must look at its timers again.
    bool wrote_announcement(Steady::time_point now);

    DeskSync& m_sync;
    Replica& m_replica;
    const Clock& m_clock;
    OnStatus m_on_status;
    Backoff m_backoff;
    std::chrono::milliseconds m_interval{30000};
    static constexpr std::chrono::milliseconds kIdleBeforeSettle{100};
    static constexpr std::chrono::milliseconds kIdleBeforeCheckpoint{1500};
    static constexpr int kWritesBeforeCheckpoint = 2000;

    // Guarded by m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_woken = false;
    bool m_stopping = false;
    bool m_busy = false;      // the runner, or a thread delivering an announcement, is at work
    bool m_rearm = false;     // the runner's timers changed while it waited
    bool m_failing = false;   // the last round failed: announcements wait for a round
    bool m_unsettled = false; // announcements applied and possibly still held (Replica::settle)
    int m_unchecked = 0;      // rounds and applied announcements since the last checkpoint
    Steady::time_point m_last_write{};
    Steady::time_point m_look_again{};  // held announcements are not settled before this
    Steady::time_point m_round_due{};
    std::vector<std::string> m_messages;

    // Only whoever is busy (m_busy) touches these.
    std::int64_t m_pending = 0;  // as last reported
    std::size_t m_issues = 0;
    std::optional<Timestamp> m_last_sync;
    std::thread m_thread;
};

}  // namespace outpost::sync
