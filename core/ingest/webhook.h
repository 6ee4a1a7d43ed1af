#pragma once
// Signed review webhooks: POST /v1/webhooks/reviews/<source>, source one of google, yelp,
// facebook (that platform's export shape) or generic (one review or a list in the generic shape).
//
// The sender signs each delivery with the source's secret:
//   X-Outpost-Timestamp: <unix seconds>
//   X-Outpost-Signature: sha256=<hex of HMAC-SHA256(secret, timestamp + "." + body)>
//   X-Outpost-Delivery:  <the sender's delivery id> (optional)
// The engine refuses a timestamp more than 5 minutes from its clock and a wrong signature (401,
// compared in constant time), a delivery it has seen (409: the signature, and the delivery id when
// given, are remembered for twice the tolerance, after which the timestamp check refuses it
// anyway), a body over 256 KiB (413) and a body it cannot read (400). Secrets live in the store's
// webhook_secret table; operators set them with `outpost-admin webhook set-secret`.

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "domain/clock.h"
#include "ingest/review_import.h"
#include "store/database.h"

namespace outpost::ingest {

inline constexpr std::chrono::minutes kWebhookTolerance{5};
inline constexpr std::size_t kMaxWebhookBytes = 256 * 1024;
inline constexpr std::size_t kMinWebhookSecretBytes = 16;
inline constexpr const char* kWebhookTimestampHeader = "x-outpost-timestamp";
inline constexpr const char* kWebhookSignatureHeader = "x-outpost-signature";
inline constexpr const char* kWebhookDeliveryHeader = "x-outpost-delivery";

// "sha256=" + lower-case hex of HMAC-SHA256(secret, timestamp + "." + body).
[[nodiscard]] std::string webhook_signature(std::string_view secret, std::string_view timestamp, std::string_view body);

// The review format a webhook source delivers in; csv is not a webhook source.
[[nodiscard]] Result<ReviewFormat> webhook_format(std::string_view source);

// Sets (or replaces) the secret of a source; at least 16 bytes.
[[nodiscard]] Result<void> set_webhook_secret(store::Database& db, std::string_view source, std::string_view secret,
                                              Timestamp now);

struct WebhookDelivery {
    std::string source;                         // the last path segment
    std::map<std::string, std::string> headers;  // names in lower case
    std::string body;
    std::optional<LocationId> location;         // ?location= for shapes that carry none
};

// Checks the delivery and imports its reviews (raw payload source "webhook:<source>"), with an
// audit row "review.webhook". Errors: not_found (no secret for the source), too_large,
// unauthenticated (missing, stale or wrong signature), conflict (replay), invalid_argument (a
// body that cannot be read, or whose every review was rejected).
[[nodiscard]] Result<ImportSummary> receive_webhook(store::Database& db, const Clock& clock,
                                                    const WebhookDelivery& delivery);

}  // namespace outpost::ingest
