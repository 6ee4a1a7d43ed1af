#pragma once
// Where approved replies go. Platform APIs cannot be reached from here, so the engine ships two
// publishers that record the outbound payload: a file of JSON lines in its data folder (default)
// and a signed webhook. A publisher answers the platform's reply id only when the reply was taken;
// the engine never marks a reply posted without that answer.

#include <memory>
#include <mutex>
#include <string>

#include "domain/clock.h"
#include "domain/json_codec.h"
#include "net/http_types.h"

namespace outpost::engine {

struct OutboundReply {
    std::string draft_id;
    std::int64_t review_id = 0;
    std::string platform;            // google, yelp, ...
    std::string platform_review_id;  // the review on the platform
    std::string location_id;
    std::string kind;  // public | private
    std::string text;
    std::string author_name;
    std::string approver_name;  // empty when no approval was needed
    Timestamp approved_at;
};

// {"draft_id", "review_id", "platform", "platform_review_id", "location_id", "kind", "text",
//  "author_name", "approver_name", "approved_at"}
[[nodiscard]] Json reply_payload(const OutboundReply& reply);

class ReplyPublisher {
public:
    virtual ~ReplyPublisher() = default;
    // The platform's id of the posted reply, or why it was not posted.
    [[nodiscard]] virtual Result<std::string> publish(const OutboundReply& reply) = 0;
};

// Appends each payload as one JSON line to `path` and answers "file:<draft id>" once the line is
// written and flushed.
class FilePublisher final : public ReplyPublisher {
public:
    explicit FilePublisher(std::string path) : m_path(std::move(path)) {}
    [[nodiscard]] Result<std::string> publish(const OutboundReply& reply) override;

private:
    std::string m_path;
    std::mutex m_mutex;
};

struct WebhookTarget {
    std::string url;     // http://host:port/path or https://host:port/path
    std::string secret;  // HMAC-SHA256 key, at least 16 bytes
    std::string pinned_sha256;  // https: the receiver's certificate fingerprint
    std::chrono::milliseconds timeout{10000};
};

// POSTs the payload to the URL, signed like the inbound review webhook (X-Outpost-Timestamp,
// X-Outpost-Signature: sha256=HMAC(secret, timestamp + "." + body)). A 2xx answer with
// {"reply_id": "..."} confirms; anything else is an error with the status and message.
class WebhookPublisher final : public ReplyPublisher {
public:
    WebhookPublisher(WebhookTarget target, const Clock& clock) : m_target(std::move(target)), m_clock(clock) {}
    [[nodiscard]] Result<std::string> publish(const OutboundReply& reply) override;

private:
    WebhookTarget m_target;
    const Clock& m_clock;
};

struct ReplyPublisherConfig {
    std::string kind = "file";  // file | webhook
    std::string file;           // file: the JSON-lines file; empty: replies-outbound.jsonl beside the store
    WebhookTarget webhook;
};

// The publisher a configuration names; `store_path` places the default file.
[[nodiscard]] Result<std::unique_ptr<ReplyPublisher>> make_reply_publisher(const ReplyPublisherConfig& config,
                                                                           const std::string& store_path,
                                                                           const Clock& clock);

}  // namespace outpost::engine
