#include "access/totp.h"

#include <liboath/oath.h>

#include <cstdlib>

#include "access/crypto.h"

namespace outpost::access {
namespace {

bool oath_ready() {
    static const bool ready = oath_init() == OATH_OK;
    return ready;
}

time_t seconds(Timestamp t) {
    return static_cast<time_t>(std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count());
}

}  // namespace

std::vector<std::uint8_t> new_totp_secret() { return random_bytes(20); }

std::string base32_encode(const std::vector<std::uint8_t>& bytes) {
    char* out = nullptr;
    size_t size = 0;
    if (!oath_ready() ||
        oath_base32_encode(reinterpret_cast<const char*>(bytes.data()), bytes.size(), &out, &size) != OATH_OK) {
        return {};
    }
    std::string text(out, size);
    std::free(out);
    while (!text.empty() && text.back() == '=') text.pop_back();
    return text;
}

Result<std::vector<std::uint8_t>> base32_decode(const std::string& text) {
    char* out = nullptr;
    size_t size = 0;
    if (!oath_ready() || oath_base32_decode(text.data(), text.size(), &out, &size) != OATH_OK) {
        return make_error(ErrorCode::invalid_argument, "not a base32 secret");
    }
    std::vector<std::uint8_t> bytes(out, out + size);
    std::free(out);
    return bytes;
}

Result<std::string> totp_code(const std::vector<std::uint8_t>& secret, Timestamp at, int digits) {
    if (!oath_ready()) return make_error(ErrorCode::internal, "liboath could not be initialised");
    char out[16] = {};
    int rc = oath_totp_generate(reinterpret_cast<const char*>(secret.data()), secret.size(), seconds(at),
                                kTotpStepSeconds, 0, static_cast<unsigned>(digits), out);
    if (rc != OATH_OK) return make_error(ErrorCode::internal, oath_strerror(rc));
    return std::string(out);
}

bool totp_valid(const std::vector<std::uint8_t>& secret, const std::string& code, Timestamp at) {
    if (!oath_ready() || code.size() != kTotpDigits) return false;
    int rc = oath_totp_validate(reinterpret_cast<const char*>(secret.data()), secret.size(), seconds(at),
                                kTotpStepSeconds, 0, 1, code.c_str());
    return rc >= 0;
}

std::string otpauth_uri(const std::string& account, const std::vector<std::uint8_t>& secret) {
    return "otpauth://totp/Outpost:" + account + "?secret=" + base32_encode(secret) + "&issuer=Outpost&digits=" +
           std::to_string(kTotpDigits) + "&period=" + std::to_string(kTotpStepSeconds);
}

}  // namespace outpost::access
