#include "access/crypto.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <sodium.h>

#include <algorithm>
#include <cctype>

namespace outpost::access {
namespace {

bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::string to_hex(const unsigned char* data, std::size_t size) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(kHex[data[i] >> 4]);
        out.push_back(kHex[data[i] & 15]);
    }
    return out;
}

}  // namespace

Result<std::string> hash_password(std::string_view password) {
    if (!sodium_ready()) return make_error(ErrorCode::internal, "libsodium could not be initialised");
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return make_error(ErrorCode::internal, "not enough memory to hash the password");
    }
    return std::string(out);
}

bool verify_password(std::string_view password, const std::string& stored_hash) {
    if (!sodium_ready() || stored_hash.empty()) return false;
    return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

Result<std::string> derive_database_key(std::string_view password, const std::vector<std::uint8_t>& salt) {
    if (!sodium_ready()) return make_error(ErrorCode::internal, "the crypto library did not start");
    if (salt.size() != crypto_pwhash_SALTBYTES) {
        return make_error(ErrorCode::invalid_argument, "the key salt must be " + std::to_string(crypto_pwhash_SALTBYTES) + " bytes");
    }
    unsigned char key[32];
    if (crypto_pwhash(key, sizeof key, password.data(), password.size(), salt.data(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return make_error(ErrorCode::internal, "not enough memory to derive the key");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "x'";
    for (unsigned char b : key) {
        out += kHex[b >> 4];
        out += kHex[b & 15];
    }
    sodium_memzero(key, sizeof key);
    return out + "'";
}

std::vector<std::uint8_t> random_bytes(std::size_t bytes) {
    std::vector<std::uint8_t> out(bytes);
    if (sodium_ready()) randombytes_buf(out.data(), out.size());
    return out;
}

std::string new_token() {
    auto bytes = random_bytes(32);
    char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(out, sizeof out, bytes.data(), bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

std::string sha256_hex(std::string_view data) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
    return to_hex(digest, sizeof digest);
}

std::string pseudonym(const std::vector<std::uint8_t>& key, std::string_view id) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(id.data()),
         id.size(), digest, &size);
    return to_hex(digest, 8);
}

Result<void> check_password_strength(std::string_view password) {
    if (password.size() < 10) return make_error(ErrorCode::invalid_argument, "password: at least 10 characters");
    if (std::all_of(password.begin(), password.end(), [](unsigned char c) { return std::isdigit(c); })) {
        return make_error(ErrorCode::invalid_argument, "password: must not be only digits");
    }
    return {};
}

}  // namespace outpost::access
