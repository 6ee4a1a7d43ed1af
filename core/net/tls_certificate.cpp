#include "net/tls_certificate.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>

#include "net/openssl_util.h"

namespace outpost::net {
namespace {

using BioPtr = std::unique_ptr<BIO, OpensslFree<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpensslFree<BN_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, OpensslFree<EVP_PKEY_CTX_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpensslFree<X509_EXTENSION_free>>;

bool is_ip_literal(const std::string& text) {
    unsigned char address[sizeof(in6_addr)];
    return inet_pton(AF_INET, text.c_str(), address) == 1 || inet_pton(AF_INET6, text.c_str(), address) == 1;
}

// RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens.
bool is_host_name(std::string_view text) {
    if (text.empty() || text.size() > 253) return false;
    std::size_t label = 0;
    char previous = '.';
    for (char c : text) {
        if (c == '.') {
            if (label == 0 || previous == '-') return false;
            label = 0;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || (c == '-' && label > 0)) {
            if (++label > 63) return false;
        } else {
            return false;
        }
        previous = c;
    }
    return label > 0 && previous != '-';
}

std::string subject_alt_names(const std::string& name) {
    std::string san = (is_ip_literal(name) ? "IP:" : "DNS:") + name;
    if (name != "localhost") san += ",DNS:localhost";
    if (name != "127.0.0.1") san += ",IP:127.0.0.1";
    return san;
}

PkeyPtr generate_p256_key() {
    KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0) {
        return {};
    }
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_generate(context.get(), &key) <= 0) return {};
    return PkeyPtr(key);
}

bool add_extension(X509* cert, X509V3_CTX& context, int nid, const std::string& value) {
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str()));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

std::time_t to_time_t(Timestamp t) {
    return static_cast<std::time_t>(std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count());
}

X509Ptr make_certificate(EVP_PKEY* key, const std::string& common_name, Timestamp not_before, Timestamp not_after) {
    X509Ptr cert(X509_new());
    BignumPtr serial(BN_new());
    if (!cert || !serial || X509_set_version(cert.get(), 2) != 1) return {};
    // A random positive serial: two certificates made for the same name must still differ.
    if (BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))) {
        return {};
    }
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), to_time_t(not_before)) ||
        !ASN1_TIME_set(X509_getm_notAfter(cert.get()), to_time_t(not_after)) || X509_set_pubkey(cert.get(), key) != 1) {
        return {};
    }
    X509_NAME* name = X509_get_subject_name(cert.get());
    auto text = [](const std::string& s) { return reinterpret_cast<const unsigned char*>(s.c_str()); };
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, text("Outpost"), -1, -1, 0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, text(common_name), -1, -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), name) != 1) {
        return {};
    }
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (!add_extension(cert.get(), context, NID_basic_constraints, "critical,CA:FALSE") ||
        !add_extension(cert.get(), context, NID_key_usage, "critical,digitalSignature") ||
        !add_extension(cert.get(), context, NID_ext_key_usage, "serverAuth") ||
        !add_extension(cert.get(), context, NID_subject_key_identifier, "hash") ||
        !add_extension(cert.get(), context, NID_subject_alt_name, subject_alt_names(common_name))) {
        return {};
    }
    if (X509_sign(cert.get(), key, EVP_sha256()) <= 0) return {};
    return cert;
}

template <typename Write>
Result<std::string> to_pem(Write write) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !write(bio.get())) {
        return make_error(ErrorCode::internal, "cannot encode PEM: " + take_openssl_errors());
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

bool path_taken(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

Error exists_error(const std::string& path, std::string_view what) {
    return make_error(ErrorCode::conflict, "the " + std::string(what) + " file " + path +
                                               " already exists; Outpost never overwrites a certificate or key: "
                                               "move it away first");
}

// Creates `path` (never replacing a file) with exactly `mode` and writes `data` to it.
Result<void> write_new_file(const std::string& path, const std::string& data, mode_t mode, std::string_view what) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd < 0) {
        const int e = errno;
        if (e == EEXIST) return exists_error(path, what);
        return make_error(e == ENOENT ? ErrorCode::not_found : ErrorCode::io,
                          "cannot create the " + std::string(what) + " file " + path + ": " + std::strerror(e));
    }
    int error = ::fchmod(fd, mode) == 0 ? 0 : errno;  // the umask may have narrowed it; the mode is a promise
    std::size_t done = 0;
    while (error == 0 && done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
        } else if (n < 0 && errno != EINTR) {
            error = errno;
        }
    }
    if (error == 0 && ::fsync(fd) != 0) error = errno;
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error != 0) {
        ::unlink(path.c_str());
        return make_error(ErrorCode::io,
                          "cannot write the " + std::string(what) + " file " + path + ": " + std::strerror(error));
    }
    return {};
}

}  // namespace

Result<void> create_self_signed_certificate(const std::string& cert_file, const std::string& key_file,
                                            const std::string& common_name, int days) {
    if (days < 1 || days > 3650) {
        return make_error(ErrorCode::invalid_argument, "a certificate must be valid for 1 to 3650 days");
    }
    const Timestamp now = SystemClock().now();
    // An hour early, so that a desk whose clock is a little behind the engine's accepts it.
    return create_self_signed_certificate(cert_file, key_file, common_name, now - std::chrono::hours(1),
                                          now + std::chrono::hours(24) * days);
}

Result<void> create_self_signed_certificate(const std::string& cert_file, const std::string& key_file,
                                            const std::string& common_name, Timestamp not_before, Timestamp not_after) {
    if (!is_host_name(common_name) && !is_ip_literal(common_name)) {
        return make_error(ErrorCode::invalid_argument,
                          "'" + common_name + "' is not a host name or IP address for the certificate");
    }
    if (not_after <= not_before) {
        return make_error(ErrorCode::invalid_argument, "the certificate would expire before it becomes valid");
    }
    if (cert_file == key_file) {
        return make_error(ErrorCode::invalid_argument, "the certificate and the key need two different files");
    }
    if (path_taken(cert_file)) return exists_error(cert_file, "certificate");
    if (path_taken(key_file)) return exists_error(key_file, "key");

    PkeyPtr key = generate_p256_key();
    if (!key) return make_error(ErrorCode::internal, "cannot generate a P-256 key: " + take_openssl_errors());
    X509Ptr cert = make_certificate(key.get(), common_name, not_before, not_after);
    if (!cert) return make_error(ErrorCode::internal, "cannot make the certificate: " + take_openssl_errors());
    auto key_pem = to_pem(
        [&](BIO* bio) { return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1; });
    auto cert_pem = to_pem([&](BIO* bio) { return PEM_write_bio_X509(bio, cert.get()) == 1; });
    if (!key_pem) return key_pem.error();
    if (!cert_pem) return cert_pem.error();

    if (auto written = write_new_file(key_file, *key_pem, 0600, "key"); !written) return written;
    if (auto written = write_new_file(cert_file, *cert_pem, 0644, "certificate"); !written) {
        ::unlink(key_file.c_str());  // a key without its certificate is of no use
        return written;
    }
    return {};
}

Result<std::string> certificate_fingerprint(const std::string& cert_file) {
    auto pem = read_pem_file(cert_file, "certificate");
    if (!pem) return pem.error();
    BioPtr bio(BIO_new_mem_buf(pem->data(), static_cast<int>(pem->size())));
    X509Ptr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert) {
        return make_error(ErrorCode::invalid_argument, "the certificate file " + cert_file +
                                                           " holds no PEM certificate (" + take_openssl_errors() + ")");
    }
    std::string fingerprint = sha256_fingerprint(cert.get());
    if (fingerprint.empty()) return make_error(ErrorCode::internal, "cannot hash the certificate " + cert_file);
    return fingerprint;
}

std::string format_fingerprint(std::string_view hex) {
    std::string out;
    out.reserve(hex.size() + hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); ++i) {
        if (i > 0 && i % 2 == 0) out.push_back(':');
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(hex[i]))));
    }
    return out;
}

Result<std::string> parse_fingerprint(std::string_view text) {
    std::string hex;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == ':' || std::isspace(u)) continue;
        if (!std::isxdigit(u)) {
            return make_error(ErrorCode::invalid_argument, "a fingerprint holds only hex digits and colons");
        }
        hex.push_back(static_cast<char>(std::tolower(u)));
    }
    if (hex.size() != 64) {
        return make_error(ErrorCode::invalid_argument,
                          "a SHA-256 fingerprint has 64 hex digits (32 pairs), this one " + std::to_string(hex.size()));
    }
    return hex;
}

}  // namespace outpost::net
