#include "engine/reply_publisher.h"

#include <cstdio>
#include <filesystem>

#include "ingest/webhook.h"
#include "net/http_client.h"

namespace outpost::engine {
namespace {

struct Url {
    bool tls = false;
    std::string host;
    std::uint16_t port = 0;
    std::string target;
};

Result<Url> parse_url(const std::string& url) {
    Url out;
    std::string rest;
    if (url.rfind("https://", 0) == 0) {
        out.tls = true;
        rest = url.substr(8);
    } else if (url.rfind("http://", 0) == 0) {
        rest = url.substr(7);
    } else {
        return make_error(ErrorCode::invalid_argument, "reply webhook url: must start with http:// or https://");
    }
    const auto slash = rest.find('/');
    const std::string authority = rest.substr(0, slash);
    out.target = slash == std::string::npos ? "/" : rest.substr(slash);
    const auto colon = authority.rfind(':');
    out.host = authority.substr(0, colon);
    int port = out.tls ? 443 : 80;
    if (colon != std::string::npos) {
        try {
            port = std::stoi(authority.substr(colon + 1));
        } catch (const std::exception&) {
            port = -1;
        }
    }
    if (out.host.empty() || port < 1 || port > 65535) {
        return make_error(ErrorCode::invalid_argument, "reply webhook url: needs a host and a port from 1 to 65535");
    }
    out.port = static_cast<std::uint16_t>(port);
    return out;
}

}  // namespace

Json reply_payload(const OutboundReply& reply) {
    return {{"draft_id", reply.draft_id},
            {"review_id", reply.review_id},
            {"platform", reply.platform},
            {"platform_review_id", reply.platform_review_id},
            {"location_id", reply.location_id},
            {"kind", reply.kind},
            {"text", reply.text},
            {"author_name", reply.author_name},
            {"approver_name", reply.approver_name},
            {"approved_at", format_iso8601(reply.approved_at)}};
}

Result<std::string> FilePublisher::publish(const OutboundReply& reply) {
    const std::string line = reply_payload(reply).dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    std::lock_guard lock(m_mutex);
    std::FILE* file = std::fopen(m_path.c_str(), "ab");
    if (!file) return make_error(ErrorCode::io, "cannot open the reply file " + m_path);
    const bool written = std::fwrite(line.data(), 1, line.size(), file) == line.size() && std::fflush(file) == 0;
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed) return make_error(ErrorCode::io, "cannot write the reply file " + m_path);
    return "file:" + reply.draft_id;
}

Result<std::string> WebhookPublisher::publish(const OutboundReply& reply) {
    auto url = parse_url(m_target.url);
    if (!url) return url.error();
    net::ClientConfig config;
    config.timeout = m_target.timeout;
    config.tls = url->tls;
    config.pinned_sha256 = m_target.pinned_sha256;
    config.body_limit = 64 * 1024;
    net::HttpClient client(url->host, url->port, config);
    const std::string body = reply_payload(reply).dump(-1, ' ', false, Json::error_handler_t::replace);
    const std::string timestamp = std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(m_clock.now().time_since_epoch()).count());
    client.set_headers({{"X-Outpost-Timestamp", timestamp},
                        {"X-Outpost-Signature", ingest::webhook_signature(m_target.secret, timestamp, body)},
                        {"X-Outpost-Delivery", reply.draft_id}});
    auto answer = client.request_sync("POST", url->target, body);
    if (!answer) return answer.error();
    if (answer->status < 200 || answer->status > 299) {
        return make_error(ErrorCode::unavailable, "the reply webhook answered " + std::to_string(answer->status));
    }
    auto parsed = parse_json(answer->body);
    if (!parsed || !parsed->is_object() || !parsed->contains("reply_id") || !(*parsed)["reply_id"].is_string() ||
        (*parsed)["reply_id"].get<std::string>().empty()) {
        return make_error(ErrorCode::unavailable, "the reply webhook did not confirm the reply (no reply_id)");
    }
    return (*parsed)["reply_id"].get<std::string>();
}

Result<std::unique_ptr<ReplyPublisher>> make_reply_publisher(const ReplyPublisherConfig& config,
                                                             const std::string& store_path, const Clock& clock) {
    if (config.kind == "file") {
        std::string path = config.file;
        if (path.empty()) {
            const auto folder = std::filesystem::path(store_path).parent_path();
            path = (folder / "replies-outbound.jsonl").string();
        }
        return std::unique_ptr<ReplyPublisher>(std::make_unique<FilePublisher>(path));
    }
    if (config.kind == "webhook") {
        if (auto url = parse_url(config.webhook.url); !url) return url.error();
        if (config.webhook.secret.size() < ingest::kMinWebhookSecretBytes) {
            return make_error(ErrorCode::invalid_argument, "reply webhook secret: at least 16 bytes");
        }
        return std::unique_ptr<ReplyPublisher>(std::make_unique<WebhookPublisher>(config.webhook, clock));
    }
    return make_error(ErrorCode::invalid_argument, "reply publisher: must be file or webhook");
}

}  // namespace outpost::engine
