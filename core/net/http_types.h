#pragma once
// Plain HTTP request/response values shared by the server, the client and the engine's router.
// No Beast types leak out of core/net: the engine and the console include only this.

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "domain/json_codec.h"
#include "domain/result.h"

namespace outpost::net {

inline constexpr int kProtocolVersion = 1;

struct HttpRequest {
    std::string method;  // "GET", "POST", ...
    std::string target;  // as sent: path and query
    std::string path;    // decoded path without the query
    std::map<std::string, std::string> query;    // decoded query parameters
    std::map<std::string, std::string> headers;  // names in lower case
    std::string body;
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
};

// {"v":1, ...} with the given status.
[[nodiscard]] HttpResponse json_response(int status, Json body);
// {"v":1,"error":{"code":..., "message":...}}
[[nodiscard]] HttpResponse error_response(int status, std::string_view code, std::string message);
[[nodiscard]] HttpResponse error_response(const Error& error);
[[nodiscard]] int http_status(ErrorCode code);

// Splits "/v1/reviews?rating=5&platform=google" into a path and decoded parameters.
[[nodiscard]] Result<void> split_target(std::string_view target, std::string& path,
                                        std::map<std::string, std::string>& query);
[[nodiscard]] std::string url_encode(std::string_view text);

// Reads an error body of the protocol back into an Error (for clients).
[[nodiscard]] Error error_from_response(const HttpResponse& response);

struct ServerConfig {
    std::string address = "127.0.0.1";
    std::uint16_t port = 0;                          // 0: an ephemeral port
    std::size_t body_limit = 1024 * 1024;            // bytes; larger bodies get 413
    std::size_t header_limit = 16 * 1024;            // bytes
    std::size_t ws_message_limit = 64 * 1024;        // bytes of one WebSocket message
    std::chrono::milliseconds read_timeout{15000};   // a request must arrive within this
    std::chrono::milliseconds write_timeout{15000};
    // A TLS client must send its first bytes and finish the handshake within this.
    std::chrono::milliseconds handshake_timeout{10000};
    std::chrono::milliseconds shutdown_grace{5000};  // in-flight requests may finish within this
    std::size_t max_connections = 1024;
    int threads = 2;
    // PEM files of the site certificate and its private key (`outpost-admin init` makes them).
    // Both empty: plain HTTP, which start() allows on a loopback address only.
    std::string tls_cert_file{};
    std::string tls_key_file{};
};

struct ClientConfig {
    std::chrono::milliseconds timeout{10000};  // connect, TLS handshake, write and read, each
    std::size_t body_limit = 64 * 1024 * 1024;
    // With tls, the engine is trusted by its certificate alone (site certificates are self-signed):
    // the handshake fails with ErrorCode::untrusted_certificate unless the SHA-256 of the leaf
    // certificate (DER) equals pinned_sha256, 64 lower-case hex digits. An empty pin trusts nothing;
    // fetch_certificate_fingerprint() gives the value to confirm on first connect.
    bool tls = false;
    std::string pinned_sha256{};
};

}  // namespace outpost::net
