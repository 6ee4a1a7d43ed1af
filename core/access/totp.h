#pragma once
// Time-based one-time passwords (RFC 6238, HMAC-SHA1, 30-second steps) through liboath.

#include <cstdint>
#include <string>
#include <vector>

#include "domain/clock.h"

namespace outpost::access {

inline constexpr int kTotpDigits = 6;
inline constexpr int kTotpStepSeconds = 30;

[[nodiscard]] std::vector<std::uint8_t> new_totp_secret();  // 20 random bytes
[[nodiscard]] std::string base32_encode(const std::vector<std::uint8_t>& bytes);
[[nodiscard]] Result<std::vector<std::uint8_t>> base32_decode(const std::string& text);

[[nodiscard]] Result<std::string> totp_code(const std::vector<std::uint8_t>& secret, Timestamp at,
                                            int digits = kTotpDigits);
// Accepts the code of the current step and of one step either side (clock drift).
[[nodiscard]] bool totp_valid(const std::vector<std::uint8_t>& secret, const std::string& code, Timestamp at);

// otpauth://totp/Outpost:alice?secret=...&issuer=Outpost for authenticator apps.
[[nodiscard]] std::string otpauth_uri(const std::string& account, const std::vector<std::uint8_t>& secret);

}  // namespace outpost::access
