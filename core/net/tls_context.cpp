#include "net/tls_context.h"

#include <openssl/pem.h>
#include <openssl/ssl.h>

#include "net/openssl_util.h"
#include "net/tls_certificate.h"

namespace outpost::net {
namespace {

using BioPtr = std::unique_ptr<BIO, OpensslFree<BIO_free_all>>;

// TLS 1.2 suites with forward secrecy and AEAD only; TLS 1.3 keeps OpenSSL's defaults (all AEAD).
constexpr const char* kTls12Ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20";

Result<std::shared_ptr<ssl::context>> make_context(ssl::context::method method) {
    std::shared_ptr<ssl::context> context;
    try {
        context = std::make_shared<ssl::context>(method);
    } catch (const std::exception& e) {
        return make_error(ErrorCode::internal, std::string("cannot set up TLS: ") + e.what());
    }
    error_code ec;
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                             ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use,
                         ec);
    SSL_CTX* native = context->native_handle();
    if (ec || SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1 ||
        SSL_CTX_set_cipher_list(native, kTls12Ciphers) != 1) {
        return make_error(ErrorCode::internal, "cannot set up TLS: " + take_openssl_errors());
    }
    SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION);
    return context;
}

// Never prompts on a terminal for the passphrase of an encrypted key: outpostd runs unattended.
int no_passphrase(char*, int, int, void*) { return 0; }

bool is_ip_literal(const std::string& host) {
    error_code ec;
    asio::ip::make_address(host, ec);
    return !ec;
}

}  // namespace

Result<std::shared_ptr<ssl::context>> make_server_tls_context(const std::string& cert_file,
                                                              const std::string& key_file) {
    if (cert_file.empty() || key_file.empty()) {
        return make_error(ErrorCode::invalid_argument,
                          "TLS needs both the certificate and its key: configure tls_cert and tls_key");
    }
    auto cert_pem = read_pem_file(cert_file, "TLS certificate");
    if (!cert_pem) return cert_pem.error();
    auto key_pem = read_pem_file(key_file, "TLS key");
    if (!key_pem) return key_pem.error();
    auto context = make_context(ssl::context::tls_server);
    if (!context) return context.error();
    SSL_CTX* native = (*context)->native_handle();
    SSL_CTX_set_options(native, SSL_OP_CIPHER_SERVER_PREFERENCE);

    error_code ec;
    (*context)->use_certificate_chain(asio::buffer(*cert_pem), ec);
    if (ec) {
        ERR_clear_error();
        return make_error(ErrorCode::invalid_argument,
                          "the TLS certificate file " + cert_file + " holds no PEM certificate (" + ec.message() + ")");
    }
    // The key is parsed here, so that "not a key" and "the key of another certificate" read differently.
    BioPtr bio(BIO_new_mem_buf(key_pem->data(), static_cast<int>(key_pem->size())));
    PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, no_passphrase, nullptr) : nullptr);
    if (!key) {
        return make_error(
            ErrorCode::invalid_argument,
            "the TLS key file " + key_file + " holds no unencrypted PEM private key (" + take_openssl_errors() + ")");
    }
    X509* cert = SSL_CTX_get0_certificate(native);
    if (cert == nullptr || X509_check_private_key(cert, key.get()) != 1 ||
        SSL_CTX_use_PrivateKey(native, key.get()) != 1 || SSL_CTX_check_private_key(native) != 1) {
        ERR_clear_error();
        return make_error(ErrorCode::invalid_argument,
                          "the TLS key file " + key_file + " is not the key of the certificate " + cert_file);
    }
    return context;
}

Result<std::shared_ptr<ssl::context>> make_client_tls_context() {
    // verify_peer is set on each stream, with the pin check as its verify callback.
    return make_context(ssl::context::tls_client);
}

Result<void> prepare_client_tls(TlsStream& stream, const std::string& host, const std::string& pin,
                                std::shared_ptr<PeerCertificate> seen) {
    if (!is_ip_literal(host) && SSL_set_tlsext_host_name(stream.native_handle(), host.c_str()) != 1) {
        return make_error(ErrorCode::invalid_argument,
                          "cannot use '" + host + "' as the TLS server name: " + take_openssl_errors());
    }
    error_code ec;
    stream.set_verify_mode(ssl::verify_peer, ec);
    if (!ec) {
        stream.set_verify_callback(
            [pin, seen](bool preverified, ssl::verify_context& context) {
                X509_STORE_CTX* store = context.native_handle();
                // Only the leaf counts: an engine is trusted by its pinned certificate, not through a
                // chain of authorities. OpenSSL always ends with the leaf (depth 0).
                if (X509_STORE_CTX_get_error_depth(store) > 0) return true;
                seen->fingerprint = sha256_fingerprint(X509_STORE_CTX_get_current_cert(store));
                seen->pin_matched = !pin.empty() && seen->fingerprint == pin;
                if (!seen->pin_matched) return false;
                const int error = X509_STORE_CTX_get_error(store);
                if (!preverified && (error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID)) {
                    seen->out_of_date = true;
                    return false;
                }
                return true;  // the other complaints (self-signed, no known issuer) are what pinning replaces
            },
            ec);
    }
    if (ec) return make_error(ErrorCode::internal, "cannot set up certificate pinning: " + ec.message());
    return {};
}

std::optional<Error> pinning_error(const std::string& pin, const PeerCertificate& seen) {
    if (seen.fingerprint.empty()) return std::nullopt;  // no certificate was presented: a network failure
    const std::string got = format_fingerprint(seen.fingerprint);
    if (seen.pin_matched) {
        if (!seen.out_of_date) return std::nullopt;
        return make_error(ErrorCode::untrusted_certificate,
                          "the engine's certificate " + got +
                              " has expired or is not valid yet; ask your administrator to renew it, or check "
                              "this computer's date and time");
    }
    if (pin.empty()) {
        return make_error(ErrorCode::untrusted_certificate,
                          "the engine's certificate is not trusted yet: its fingerprint is " + got +
                              "; confirm it with your administrator before trusting it");
    }
    return make_error(ErrorCode::untrusted_certificate,
                      "the engine's certificate changed: expected " + format_fingerprint(pin) + ", got " + got +
                          "; if your administrator replaced it, confirm the new fingerprint");
}

}  // namespace outpost::net
