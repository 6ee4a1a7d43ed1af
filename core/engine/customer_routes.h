#pragma once
// Customer work beyond search and data-subject requests, scoped to the caller's locations, every
// change audited, errors as JSON {error:{code, message}}:
//   GET  /v1/merge-candidates?limit=          pending merge suggestions whose two profiles are in reach (managers)
//   POST /v1/merge-candidates/{id}/approve    merge: profile_a survives (managers; audited by the merge)
//   POST /v1/merge-candidates/{id}/reject     (managers)
//   POST /v1/merges/{id}/unmerge              restores both profiles (managers)
//   POST /v1/profiles/{id}/consent            {channel, granted, source, text_version}: the consent ledger (any role)
//   GET  /v1/at-risk?location_id=&band=&limit=  scores with components, and the week's outreach quota (managers)
//   POST /v1/at-risk/recompute                {location_id}: scores every member there now (managers)
//   POST /v1/profiles/{id}/outreach           {urgency?, note?}: an outreach task within the weekly quota (managers)
// "Managers": location, regional and corporate roles; the front desk is refused.

#include <optional>

#include "access/access_service.h"
#include "engine/router.h"

namespace outpost::engine {

// Whether `path` is one of these routes (the router lists its endpoints).
[[nodiscard]] bool is_customer_route(const std::string& path);

[[nodiscard]] std::optional<RouteResult> route_customers(const net::HttpRequest& request, store::Database& db,
                                                         access::AccessService& access, const access::Caller& caller);

}  // namespace outpost::engine
