#pragma once
// Signed event deliveries: HMAC-SHA256 over `timestamp + "." + body`, hex, sent as
// `X-Outpost-Signature: sha256=<hex>` with `X-Outpost-Timestamp: <unix seconds>`. A signature is
// accepted within five minutes of the engine's clock, either way, and compared in constant time.

#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "domain/clock.h"
#include "domain/result.h"

namespace outpost::profiles {

inline constexpr std::chrono::seconds kSignatureTolerance{300};

// The hex HMAC-SHA256 of `timestamp + "." + body` under `key` (what a sender puts after "sha256=").
[[nodiscard]] std::string sign_payload(std::span<const std::uint8_t> key, std::string_view timestamp,
                                       std::string_view body);

// unauthenticated when the timestamp is not a number, too old or too far ahead, or the signature
// (with or without its "sha256=" prefix) does not match.
[[nodiscard]] Result<void> verify_signature(std::span<const std::uint8_t> key, std::string_view timestamp,
                                            std::string_view body, std::string_view signature, Timestamp now);

}  // namespace outpost::profiles
