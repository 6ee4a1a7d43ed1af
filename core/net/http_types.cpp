#include "net/http_types.h"

#include <cctype>

namespace outpost::net {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Result<std::string> url_decode(std::string_view text, bool plus_is_space) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size()) {
                return make_error(ErrorCode::invalid_argument, "bad percent-encoding in the request target");
            }
            int hi = hex_value(text[i + 1]);
            int lo = hex_value(text[i + 2]);
            if (hi < 0 || lo < 0) return make_error(ErrorCode::invalid_argument, "bad percent-encoding in the request target");
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

}  // namespace

HttpResponse json_response(int status, Json body) {
    if (body.is_object() && !body.contains("v")) body["v"] = kProtocolVersion;
    return HttpResponse{status, "application/json", body.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

HttpResponse error_response(int status, std::string_view code, std::string message) {
    return json_response(status, Json{{"v", kProtocolVersion}, {"error", {{"code", code}, {"message", std::move(message)}}}});
}

int http_status(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_argument: return 400;
        case ErrorCode::unauthenticated:
        case ErrorCode::mfa_required: return 401;
        case ErrorCode::locked: return 423;
        case ErrorCode::permission_denied: return 403;
        case ErrorCode::not_found: return 404;
        case ErrorCode::conflict: return 409;
        case ErrorCode::too_large: return 413;
        case ErrorCode::update_required: return 426;
        case ErrorCode::untrusted_certificate: return 502;
        case ErrorCode::unavailable: return 503;
        case ErrorCode::wrong_key:
        case ErrorCode::schema_too_new:
        case ErrorCode::io:
        case ErrorCode::internal: return 500;
    }
    return 500;
}

HttpResponse error_response(const Error& error) {
    return error_response(http_status(error.code), to_string(error.code), error.message);
}

Result<void> split_target(std::string_view target, std::string& path, std::map<std::string, std::string>& query) {
    if (target.empty() || target.front() != '/') {
        return make_error(ErrorCode::invalid_argument, "the request target must start with '/'");
    }
    const auto q = target.find('?');
    auto decoded_path = url_decode(target.substr(0, q), false);
    if (!decoded_path) return decoded_path.error();
    path = std::move(*decoded_path);
    query.clear();
    if (q == std::string_view::npos) return {};
    std::string_view rest = target.substr(q + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
        if (pair.empty()) continue;
        const auto eq = pair.find('=');
        auto key = url_decode(pair.substr(0, eq), true);
        auto value = url_decode(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1), true);
        if (!key) return key.error();
        if (!value) return value.error();
        query[std::move(*key)] = std::move(*value);
    }
    return {};
}

std::string url_encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
        }
    }
    return out;
}

Error error_from_response(const HttpResponse& response) {
    auto body = parse_json(response.body);
    if (body && body->is_object() && body->contains("error") && (*body)["error"].is_object()) {
        const Json& e = (*body)["error"];
        std::string message = e.value("message", std::string("the engine reported an error"));
        const std::string code = e.value("code", std::string("internal"));
        for (ErrorCode c : {ErrorCode::invalid_argument, ErrorCode::not_found, ErrorCode::too_large,
                            ErrorCode::unauthenticated, ErrorCode::mfa_required, ErrorCode::locked,
                            ErrorCode::permission_denied, ErrorCode::conflict, ErrorCode::unavailable, ErrorCode::io,
                            ErrorCode::update_required}) {
            if (to_string(c) == code) return make_error(c, std::move(message));
        }
        return make_error(ErrorCode::internal, std::move(message));
    }
    return make_error(response.status >= 500 ? ErrorCode::unavailable : ErrorCode::invalid_argument,
                      "the engine answered HTTP " + std::to_string(response.status));
}

}  // namespace outpost::net
