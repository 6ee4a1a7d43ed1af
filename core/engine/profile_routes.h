#pragma once
// Customer profile endpoints:
//   POST   /v1/events                  signed batch of events (no session; HMAC, see profiles/signature.h)
//   GET    /v1/profiles?q=&limit=      as-you-type search in the caller's locations
//   POST   /v1/profiles/{id}/export    data-subject export (roles with exports, in scope; audited)
//   DELETE /v1/profiles/{id}           data-subject erasure with tombstones (same rights)

#include <optional>

#include "access/access_service.h"
#include "engine/router.h"

namespace outpost::engine {

inline constexpr std::size_t kMaxEventsBody = 1024 * 1024;

// POST /v1/events, checked against the engine's event signing key.
[[nodiscard]] RouteResult post_events(const net::HttpRequest& request, store::Database& db, const Clock& clock);

// The other routes under /v1/profiles; nothing when the path is not one of them.
[[nodiscard]] std::optional<RouteResult> route_profiles(const net::HttpRequest& request, store::Database& db,
                                                        access::AccessService& access, const access::Caller& caller);

}  // namespace outpost::engine
