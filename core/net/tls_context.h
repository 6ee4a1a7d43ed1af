#pragma once
// TLS set-up shared by the server and the clients (internal to core/net): OpenSSL contexts with
// TLS 1.2 as the minimum, and the client's certificate pinning.

#include <memory>
#include <optional>
#include <string>

#include "domain/result.h"
#include "net/asio.h"

namespace outpost::net {

using PlainStream = beast::tcp_stream;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

template <typename Stream>
inline constexpr bool kIsTls = std::is_same_v<Stream, TlsStream>;

// The site certificate (chain) and its private key, checked to belong together.
[[nodiscard]] Result<std::shared_ptr<ssl::context>> make_server_tls_context(const std::string& cert_file,
                                                                            const std::string& key_file);
// No certificate authorities: a client trusts an engine by pin (pin_certificate) alone.
[[nodiscard]] Result<std::shared_ptr<ssl::context>> make_client_tls_context();

// What the engine presented during one client handshake.
struct PeerCertificate {
    std::string fingerprint;  // SHA-256 hex of the leaf certificate; empty until one was seen
    bool pin_matched = false;
    bool out_of_date = false;  // the pinned certificate has expired or is not valid yet
};

// Prepares a client stream before its handshake: sets SNI when `host` is a name (an IP literal
// carries none) and makes the handshake fail unless the leaf certificate's fingerprint is `pin`.
// `seen` records the leaf so that a refusal can name both fingerprints.
[[nodiscard]] Result<void> prepare_client_tls(TlsStream& stream, const std::string& host, const std::string& pin,
                                              std::shared_ptr<PeerCertificate> seen);

// Why a client handshake failed, when the certificate was the reason: ErrorCode::untrusted_certificate
// with a message that names the pinned and the presented fingerprints. Empty for other failures.
[[nodiscard]] std::optional<Error> pinning_error(const std::string& pin, const PeerCertificate& seen);

}  // namespace outpost::net
