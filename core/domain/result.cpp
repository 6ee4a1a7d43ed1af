#include "domain/result.h"

namespace outpost {

std::string_view to_string(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_argument: return "invalid_argument";
        case ErrorCode::not_found: return "not_found";
        case ErrorCode::too_large: return "too_large";
        case ErrorCode::unauthenticated: return "unauthenticated";
        case ErrorCode::mfa_required: return "mfa_required";
        case ErrorCode::locked: return "locked";
        case ErrorCode::permission_denied: return "permission_denied";
        case ErrorCode::conflict: return "conflict";
        case ErrorCode::wrong_key: return "wrong_key";
        case ErrorCode::schema_too_new: return "schema_too_new";
        case ErrorCode::unavailable: return "unavailable";
        case ErrorCode::update_required: return "update_required";
        case ErrorCode::untrusted_certificate: return "untrusted_certificate";
        case ErrorCode::io: return "io";
        case ErrorCode::internal: return "internal";
    }
    return "internal";
}

}  // namespace outpost
