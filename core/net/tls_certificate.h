#pragma once
// The site certificate: outpostd serves TLS with a self-signed certificate, and desks trust it by
// its SHA-256 fingerprint (pinned on first connect), not through a certificate authority.

#include <string>
#include <string_view>

#include "domain/clock.h"
#include "domain/result.h"

namespace outpost::net {

// Writes a new EC P-256 private key (PEM, mode 0600) and a self-signed X.509 v3 certificate for
// `common_name` (PEM) valid for `days` from now. subjectAltName: the name, DNS:localhost and
// IP:127.0.0.1. Existing files are never overwritten (ErrorCode::conflict).
[[nodiscard]] Result<void> create_self_signed_certificate(const std::string& cert_file, const std::string& key_file,
                                                          const std::string& common_name, int days);
// The same with explicit validity dates.
[[nodiscard]] Result<void> create_self_signed_certificate(const std::string& cert_file, const std::string& key_file,
                                                          const std::string& common_name, Timestamp not_before,
                                                          Timestamp not_after);

// SHA-256 of the DER encoding of the first certificate in a PEM file: 64 lower-case hex digits.
[[nodiscard]] Result<std::string> certificate_fingerprint(const std::string& cert_file);

// "abcd…" -> "ab:cd:…" for people to compare.
[[nodiscard]] std::string format_fingerprint(std::string_view hex);
// Accepts a fingerprint as people copy it ("AB:CD:…", spaces, either case) and returns the 64
// lower-case hex digits that ClientConfig::pinned_sha256 takes.
[[nodiscard]] Result<std::string> parse_fingerprint(std::string_view text);

}  // namespace outpost::net
