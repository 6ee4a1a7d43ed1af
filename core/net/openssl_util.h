#pragma once
// Small OpenSSL helpers shared inside core/net: owning pointers, the error queue as text, and the
// SHA-256 fingerprint of a certificate. Not for use outside core/net.

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "domain/result.h"

namespace outpost::net {

template <auto Free>
struct OpensslFree {
    template <typename T>
    void operator()(T* p) const {
        Free(p);
    }
};

using X509Ptr = std::unique_ptr<X509, OpensslFree<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpensslFree<EVP_PKEY_free>>;

// The reasons on this thread's OpenSSL error queue, joined with "; ". Empties the queue, so that a
// stale error cannot be blamed on a later, unrelated operation.
inline std::string take_openssl_errors() {
    std::string text;
    while (const unsigned long e = ERR_get_error()) {
        const char* reason = ERR_reason_error_string(e);
        if (!text.empty()) text += "; ";
        text += reason ? reason : "unknown OpenSSL error";
    }
    return text.empty() ? std::string("no detail from OpenSSL") : text;
}

// SHA-256 of the certificate's DER encoding as 64 lower-case hex digits; empty on failure.
inline std::string sha256_fingerprint(const X509* cert) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (cert == nullptr || X509_digest(cert, EVP_sha256(), digest, &size) != 1) {
        ERR_clear_error();
        return {};
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(size * 2);
    for (unsigned int i = 0; i < size; ++i) {
        hex.push_back(kHex[digest[i] >> 4]);
        hex.push_back(kHex[digest[i] & 15]);
    }
    return hex;
}

// Reads a PEM file (a certificate or a key: small) with an error that names `what` and the path.
inline Result<std::string> read_pem_file(const std::string& path, std::string_view what) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int e = errno;
        if (e == ENOENT) {
            return make_error(ErrorCode::not_found, "cannot find the " + std::string(what) + " file " + path);
        }
        return make_error(e == EACCES ? ErrorCode::permission_denied : ErrorCode::io,
                          "cannot read the " + std::string(what) + " file " + path + ": " + std::strerror(e));
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::string pem = std::move(text).str();
    if (pem.size() > 1024 * 1024) {
        return make_error(ErrorCode::invalid_argument, "the " + std::string(what) + " file " + path + " is too large");
    }
    return pem;
}

}  // namespace outpost::net
