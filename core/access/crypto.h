#pragma once
// The few cryptographic pieces access control needs, from libsodium and OpenSSL:
// argon2id password hashes, random tokens, SHA-256 and keyed pseudonyms for logs.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"

namespace outpost::access {

// argon2id in libsodium's self-describing string form ("$argon2id$v=19$m=...").
[[nodiscard]] Result<std::string> hash_password(std::string_view password);
[[nodiscard]] bool verify_password(std::string_view password, const std::string& stored_hash);

// A 32-byte key derived from a password with argon2id (libsodium's interactive limits) and a
// 16-byte salt, written as SQLCipher's raw key literal "x'<64 hex digits>'": a desk's replica is
// keyed by its user's password without SQLCipher's own key derivation on every open.
[[nodiscard]] Result<std::string> derive_database_key(std::string_view password, const std::vector<std::uint8_t>& salt);

// `bytes` random bytes from the operating system's generator.
[[nodiscard]] std::vector<std::uint8_t> random_bytes(std::size_t bytes);
// A random token for sessions: 32 bytes, URL-safe base64 without padding.
[[nodiscard]] std::string new_token();

[[nodiscard]] std::string sha256_hex(std::string_view data);
// HMAC-SHA256 of `id` under `key`, first 16 hex digits: stable per person, meaningless without the key.
[[nodiscard]] std::string pseudonym(const std::vector<std::uint8_t>& key, std::string_view id);

// Password rules: at least 10 characters, not only digits.
[[nodiscard]] Result<void> check_password_strength(std::string_view password);

}  // namespace outpost::access
