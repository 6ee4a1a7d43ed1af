#pragma once
// Posts approved replies through the configured publisher, from the engine's writes strand.
//
// Approved drafts enter `reply_outbox`; each due entry is published; a confirmation (the platform's
// reply id) marks the draft posted, and only a confirmation does. A failure is retried after
// 30 s, 1 min, 2 min ... (at most an hour) and after the last attempt the draft becomes `failed`
// with the publisher's reason; review.retry_reply queues it again.

#include <optional>
#include <vector>

#include "engine/reply_publisher.h"
#include "store/database.h"
#include "sync/entities.h"

namespace outpost::engine {

struct RetryPolicy {
    int max_attempts = 5;
    std::chrono::milliseconds first_delay{30'000};
    std::chrono::milliseconds max_delay{3'600'000};
};

struct PostReport {
    std::size_t posted = 0;
    std::size_t retrying = 0;
    std::size_t failed = 0;
};

// The one place a posted reply reaches the review: marks it replied (when it was open or
// acknowledged) and records the time of its first reply (response-time metrics). The review SLA
// work completes the review's reply clock here. Answers the rows it changed.
[[nodiscard]] Result<std::vector<sync::EntityRef>> on_reply_posted(store::Database& db, std::int64_t review_id,
                                                                   Timestamp now);

class ReplyPoster {
public:
    ReplyPoster(store::Database& db, ReplyPublisher& publisher, const Clock& clock, RetryPolicy policy = {})
        : m_db(db), m_publisher(publisher), m_clock(clock), m_policy(policy) {}

    // Queues newly approved replies and answers those due now (at most `limit`).
    [[nodiscard]] Result<std::vector<OutboundReply>> due(std::size_t limit = 20);
    // Records the publisher's answer for one reply, with its change-log entries, in one transaction.
    [[nodiscard]] Result<void> finish(const OutboundReply& reply, const Result<std::string>& outcome, PostReport& report);
    // due(), publish, finish() for each; for tests and callers that hold no lock.
    [[nodiscard]] Result<PostReport> run();
    // When the next queued reply is due, if any.
    [[nodiscard]] Result<std::optional<Timestamp>> next_attempt();

private:
    store::Database& m_db;
    ReplyPublisher& m_publisher;
    const Clock& m_clock;
    RetryPolicy m_policy;
};

}  // namespace outpost::engine
