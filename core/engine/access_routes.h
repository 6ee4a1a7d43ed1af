#pragma once
// The endpoints of access control: login, logout, the caller, user administration and the audit
// log. Everything but /v1/health and /v1/login needs a session.

#include <optional>

#include "access/access_service.h"
#include "net/http_types.h"

namespace outpost::engine {

// Answers /v1/login, /v1/logout, /v1/me, /v1/users..., /v1/audit...; nullopt for other paths.
[[nodiscard]] std::optional<net::HttpResponse> route_access(const net::HttpRequest& request,
                                                            access::AccessService& access,
                                                            const access::Caller* caller);

// The bearer token of a request ("Authorization: Bearer ..."), empty when there is none.
[[nodiscard]] std::string bearer_token(const net::HttpRequest& request);

[[nodiscard]] Json to_json(const User& user);
[[nodiscard]] Json to_json(const Scope& scope);

}  // namespace outpost::engine
