#pragma once
// The site's TLS certificate as `outpost-admin init` makes it: files with fixed names in one folder,
// and what the administrator tells desks afterwards.

#include <string>

#include "domain/result.h"

namespace outpost::net {

inline constexpr const char* kSiteCertificateFile = "outpostd.crt";
inline constexpr const char* kSiteKeyFile = "outpostd.key";
inline constexpr int kSiteCertificateDays = 825;

struct SiteCertificate {
    std::string cert_file;  // absolute paths
    std::string key_file;
    std::string host_name;  // the certificate's common name
    int days = 0;
    std::string fingerprint;  // SHA-256, 64 lower-case hex digits
};

// Creates `dir` when missing (mode 0700) and in it a new key and self-signed certificate for
// `host_name` (empty: this machine's host name). Existing files are never replaced.
[[nodiscard]] Result<SiteCertificate> create_site_certificate(const std::string& dir, std::string host_name,
                                                              int days = kSiteCertificateDays);

// What to do next, for the administrator: the config keys for outpostd and the fingerprint that
// desks confirm on their first connection.
[[nodiscard]] std::string site_certificate_instructions(const SiteCertificate& site);

// This machine's host name, or "localhost" when it has none.
[[nodiscard]] std::string local_host_name();

}  // namespace outpost::net
