#pragma once
// Review requests (domain notes §4): a visit is followed by one request for a review, sent between
// 24 and 48 hours after it, only with consent at the moment of sending, never after a complaint.
// The engine's deadline tick calls send_review_requests; messages go out through a MessageChannel
// (SandboxChannel records them in sandbox_message until real channels exist).
//
// Each visit gets one decision in review_request, never revisited:
//   sent        through the customer's preferred channel when consented, else email, else SMS
//   skipped     no_consent (no channel with current consent in the ledger), no_address (consent
//               but no email or phone), recently_asked (a request was sent to them in 30 days)
//   suppressed  complaint: a review of theirs of 1-2 stars, or an open review or complaint task
//               about them, in the last 90 days
// Visits whose 24-48 h window passed while the engine was not running get no request. Every
// decision is also in the decision log (rule "review_request").

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/clock.h"
#include "domain/ids.h"
#include "store/database.h"

namespace outpost::engine {

struct OutboundMessage {
    std::string channel;  // email, sms
    std::string purpose;  // review_request
    std::optional<std::int64_t> profile;
    LocationId location;
    std::string recipient;
    std::string body;
};

class MessageChannel {
public:
    virtual ~MessageChannel() = default;
    // Sends (or queues with the provider) and answers the provider's message id.
    [[nodiscard]] virtual Result<std::string> send(const OutboundMessage& message, Timestamp now) = 0;
};

// Records each message in the store's sandbox_message table instead of sending it.
class SandboxChannel final : public MessageChannel {
public:
    explicit SandboxChannel(store::Database& db) : m_db(db) {}
    [[nodiscard]] Result<std::string> send(const OutboundMessage& message, Timestamp now) override;

private:
    store::Database& m_db;
};

struct ReviewRequestConfig {
    std::chrono::hours min_delay{24};
    std::chrono::hours max_delay{48};
    std::chrono::hours complaint_lookback{24 * 90};
    std::chrono::hours repeat_gap{24 * 30};
};

struct ReviewRequestRun {
    int sent = 0;
    int skipped = 0;
    int suppressed = 0;
};

// Decides every visit now inside its window, in one transaction.
[[nodiscard]] Result<ReviewRequestRun> send_review_requests(store::Database& db, MessageChannel& channel, Timestamp now,
                                                            const ReviewRequestConfig& config = {});

}  // namespace outpost::engine
