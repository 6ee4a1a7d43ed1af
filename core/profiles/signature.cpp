#include "profiles/signature.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <charconv>

namespace outpost::profiles {

std::string sign_payload(std::span<const std::uint8_t> key, std::string_view timestamp, std::string_view body) {
    std::string message;
    message.reserve(timestamp.size() + 1 + body.size());
    message.append(timestamp).append(".").append(body);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
         message.size(), digest, &length);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 15];
    }
    return hex;
}

Result<void> verify_signature(std::span<const std::uint8_t> key, std::string_view timestamp, std::string_view body,
                              std::string_view signature, Timestamp now) {
    std::int64_t seconds = 0;
    auto [end, ec] = std::from_chars(timestamp.data(), timestamp.data() + timestamp.size(), seconds);
    if (timestamp.empty() || ec != std::errc() || end != timestamp.data() + timestamp.size()) {
        return make_error(ErrorCode::unauthenticated, "X-Outpost-Timestamp: must be the signing time in Unix seconds");
    }
    const auto signed_at = std::chrono::sys_seconds(std::chrono::seconds(seconds));
    const auto skew = std::chrono::abs(std::chrono::duration_cast<std::chrono::seconds>(now - signed_at));
    if (skew > kSignatureTolerance) {
        return make_error(ErrorCode::unauthenticated, "X-Outpost-Timestamp: more than 5 minutes from the engine's clock");
    }
    if (signature.rfind("sha256=", 0) == 0) signature.remove_prefix(7);
    const std::string expected = sign_payload(key, timestamp, body);
    // Lengths are public (always 64); the contents are compared in constant time.
    if (signature.size() != expected.size() || CRYPTO_memcmp(signature.data(), expected.data(), expected.size()) != 0) {
        return make_error(ErrorCode::unauthenticated, "X-Outpost-Signature: does not match the body");
    }
    return {};
}

}  // namespace outpost::profiles
