#pragma once
// POST /v1/imports/reviews: the console's import dialog for corporate users, the same import as
// `outpost-admin import reviews FILE` (ingest/review_import.h) with the signed-in person as actor.
//   body   {"file_name": "export.json", "content": "<the file's text>",
//           "format": "google" | "yelp" | "facebook" | "csv" | "generic" | "" (guessed from name and content),
//           "location_id"?: for rows that name none}
//   answer {"format", "imported", "duplicates", "near_duplicates", "rejected", "errors":[{"where","reason"}],
//           "tasks", "alerts"}
// Corporate roles only (Permission::ingest_reviews). The engine's body limit bounds the file; a
// document that is not in the format at all is 400 with the reason, bad rows are in `errors`.

#include <optional>

#include "access/access_service.h"
#include "engine/router.h"

namespace outpost::engine {

inline constexpr std::string_view kImportReviewsPath = "/v1/imports/reviews";

[[nodiscard]] RouteResult import_reviews_route(const net::HttpRequest& request, store::Database& db,
                                               const Clock& clock, const access::Caller& caller);

}  // namespace outpost::engine
