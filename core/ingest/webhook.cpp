#include "ingest/webhook.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <charconv>

#include "access/audit_log.h"
#include "store/repositories.h"

namespace outpost::ingest {
namespace {

Error unauthenticated(std::string message) { return make_error(ErrorCode::unauthenticated, std::move(message)); }

std::string header(const WebhookDelivery& d, const char* name) {
    auto it = d.headers.find(name);
    return it == d.headers.end() ? std::string() : it->second;
}

Result<std::string> secret_of(store::Database& db, const std::string& source) {
    auto stmt = db.prepare("SELECT secret FROM webhook_secret WHERE source = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, source);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no webhook is set up for source '" + source + "'");
    return stmt->string(0);
}

// Timestamp within the tolerance and the signature right, compared in constant time.
Result<void> check_signature(const WebhookDelivery& d, const std::string& secret, Timestamp now) {
    const std::string stamp = header(d, kWebhookTimestampHeader);
    const std::string signature = header(d, kWebhookSignatureHeader);
    if (stamp.empty() || signature.empty()) {
        return unauthenticated(std::string("the delivery must carry the headers ") + kWebhookTimestampHeader +
                               " and " + kWebhookSignatureHeader);
    }
    std::int64_t seconds = 0;
    auto [end, ec] = std::from_chars(stamp.data(), stamp.data() + stamp.size(), seconds);
    if (ec != std::errc() || end != stamp.data() + stamp.size()) {
        return unauthenticated(std::string(kWebhookTimestampHeader) + ": must be the time in Unix seconds");
    }
    const auto sent = Timestamp(std::chrono::seconds(seconds));
    const auto apart = sent > now ? sent - now : now - sent;
    if (apart > kWebhookTolerance) {
        return unauthenticated("the delivery's timestamp is more than 5 minutes from the engine's clock");
    }
    const std::string expected = webhook_signature(secret, stamp, d.body);
    if (signature.size() != expected.size() ||
        CRYPTO_memcmp(signature.data(), expected.data(), expected.size()) != 0) {
        return unauthenticated("the delivery's signature is wrong");
    }
    return {};
}

// Remembers the delivery; one seen within the window is a replay.
Result<void> remember(store::Database& db, const WebhookDelivery& d, Timestamp now) {
    auto purge = db.prepare("DELETE FROM webhook_delivery WHERE received_at < ?1");
    if (!purge) return purge.error();
    if (auto r = purge->bind(1, store::to_db(now - 2 * kWebhookTolerance)).run(); !r) return r;
    auto insert = db.prepare(
        "INSERT INTO webhook_delivery(source, key, received_at) VALUES(?1, ?2, ?3) ON CONFLICT DO NOTHING");
    if (!insert) return insert.error();
    std::vector<std::string> keys = {"sig:" + header(d, kWebhookSignatureHeader)};
    if (auto id = header(d, kWebhookDeliveryHeader); !id.empty()) keys.push_back("id:" + id.substr(0, 200));
    for (const auto& key : keys) {
        if (auto r = insert->bind(1, d.source).bind(2, key).bind(3, store::to_db(now)).run(); !r) return r;
        if (db.changes() == 0) return make_error(ErrorCode::conflict, "this delivery was received before");
    }
    return {};
}

}  // namespace

std::string webhook_signature(std::string_view secret, std::string_view timestamp, std::string_view body) {
    std::string message;
    message.reserve(timestamp.size() + 1 + body.size());
    message.append(timestamp).append(".").append(body);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac, &length);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "sha256=";
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[mac[i] >> 4];
        out += kHex[mac[i] & 15];
    }
    return out;
}

Result<ReviewFormat> webhook_format(std::string_view source) {
    auto format = review_format_from_string(source);
    if (!format || *format == ReviewFormat::csv) {
        return make_error(ErrorCode::not_found,
                          "no webhook source '" + std::string(source.substr(0, 40)) +
                              "'; the sources are google, yelp, facebook and generic");
    }
    return *format;
}

Result<void> set_webhook_secret(store::Database& db, std::string_view source, std::string_view secret, Timestamp now) {
    if (auto format = webhook_format(source); !format) {
        return make_error(ErrorCode::invalid_argument, format.error().message);
    }
    if (secret.size() < kMinWebhookSecretBytes) {
        return make_error(ErrorCode::invalid_argument,
                          "a webhook secret must be at least " + std::to_string(kMinWebhookSecretBytes) + " bytes long");
    }
    auto stmt = db.prepare(
        "INSERT INTO webhook_secret(source, secret, updated_at) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(source) DO UPDATE SET secret = excluded.secret, updated_at = excluded.updated_at");
    if (!stmt) return stmt.error();
    return stmt->bind(1, source).bind(2, secret).bind(3, store::to_db(now)).run();
}

Result<ImportSummary> receive_webhook(store::Database& db, const Clock& clock, const WebhookDelivery& d) {
    auto format = webhook_format(d.source);
    if (!format) return format.error();
    if (d.body.size() > kMaxWebhookBytes) {
        return make_error(ErrorCode::too_large,
                          "a webhook body may be at most " + std::to_string(kMaxWebhookBytes / 1024) + " KiB");
    }
    auto secret = secret_of(db, d.source);
    if (!secret) return secret.error();
    const Timestamp now = clock.now();
    if (auto ok = check_signature(d, *secret, now); !ok) return ok.error();

    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto fresh = remember(db, d, now); !fresh) return fresh.error();
    auto parsed = parse_reviews(d.body, *format);
    if (!parsed) return make_error(ErrorCode::invalid_argument, "the body is not a " + d.source + " delivery: " + parsed.error().message);
    ImportOptions options;
    options.location = d.location;
    options.source = "webhook:" + d.source;
    ReviewImporter importer(db, clock);
    auto summary = importer.import(std::move(*parsed), options, d.body);
    if (!summary) return summary.error();
    if (summary->imported == 0 && summary->duplicates == 0) {
        const std::string reason =
            summary->errors.empty() ? "the delivery holds no reviews" : summary->errors.front().where + ": " + summary->errors.front().reason;
        return make_error(ErrorCode::invalid_argument, reason);
    }
    access::AuditEvent event;
    event.at = now;
    event.actor = "webhook:" + d.source;
    event.action = "review.webhook";
    event.details = {{"imported", summary->imported}, {"duplicates", summary->duplicates}, {"rejected", summary->rejected}};
    if (auto r = access::AuditLog(db).append(event); !r) return r.error();
    if (auto r = tx->commit(); !r) return r.error();
    return summary;
}

}  // namespace outpost::ingest
