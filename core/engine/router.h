#pragma once
// The protocol's endpoints as plain functions of a request and a store connection.

#include "domain/clock.h"
#include "net/http_types.h"
#include "store/database.h"

namespace outpost::engine {

// True for requests that change state: they run on the single writer connection.
[[nodiscard]] bool is_write(const net::HttpRequest& request);

struct RouteResult {
    net::HttpResponse response;
    bool changed = false;  // data changed: connected desks are poked
};

[[nodiscard]] RouteResult route(const net::HttpRequest& request, store::Database& db, const Clock& clock);

// Reads GET /v1/reviews parameters into a filter; unknown parameters are refused.
[[nodiscard]] Result<ReviewFilter> review_filter_from_query(const std::map<std::string, std::string>& query);

}  // namespace outpost::engine
