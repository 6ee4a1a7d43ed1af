#include "engine/import_routes.h"

#include "domain/json_reader.h"
#include "ingest/review_import.h"

namespace outpost::engine {

using net::error_response;
using net::json_response;

namespace {
constexpr std::size_t kMaxFileName = 400;
}  // namespace

RouteResult import_reviews_route(const net::HttpRequest& request, store::Database& db, const Clock& clock,
                                 const access::Caller& caller) {
    if (request.method != "POST") {
        return {error_response(405, "method_not_allowed", request.method + " is not allowed on " + request.path)};
    }
    if (!role_has(caller.user.role, Permission::ingest_reviews)) {
        return {error_response(403, "permission_denied", "only corporate users import reviews")};
    }
    auto body = parse_json(request.body);
    if (!body) return {error_response(body.error())};
    if (!body->is_object()) return {error_response(400, "invalid_argument", "the body must be a JSON object")};
    JsonReader r(*body, "body");
    const std::string name = r.string("file_name", kMaxFileName);
    const std::string content = r.string("content", request.body.size());
    const auto format_name = r.optional_string("format", 32);
    const auto location = r.optional_string("location_id", 200);
    if (!r.ok()) return {error_response(r.error())};
    ingest::ReviewFormat format = ingest::guess_format(name, content);
    if (format_name && !format_name->empty()) {
        auto chosen = ingest::review_format_from_string(*format_name);
        if (!chosen) return {error_response(chosen.error())};
        format = *chosen;
    }
    ingest::ImportOptions options;
    if (location && !location->empty()) options.location = LocationId(*location);
    auto summary = ingest::import_review_document(db, clock, name, content, format, options,
                                                  {caller.user.id, caller.user.username});
    if (!summary) return {error_response(summary.error())};
    Json answer = ingest::to_json(*summary);
    answer["format"] = std::string(ingest::to_string(format));
    answer["tasks"] = summary->tasks;
    answer["alerts"] = summary->alerts;
    return {json_response(200, answer), summary->imported > 0};
}

}  // namespace outpost::engine
