#include "engine/router.h"

#include <charconv>
#include <limits>
#include <set>

#include "access/access_service.h"
#include "domain/enums.h"
#include "engine/access_routes.h"
#include "engine/customer_routes.h"
#include "engine/import_routes.h"
#include "engine/profile_routes.h"
#include "ingest/webhook.h"
#include "domain/json_codec.h"
#include "domain/json_reader.h"
#include "store/repositories.h"
#include "sync/protocol.h"
#include "sync/sync_service.h"

#ifndef OUTPOST_VERSION
#define OUTPOST_VERSION "0.0.0"
#endif

namespace outpost::engine {
namespace {

constexpr std::size_t kMaxReviewsPerPush = 1000;
constexpr std::string_view kWebhookPrefix = "/v1/webhooks/reviews/";

using net::error_response;
using net::HttpRequest;
using net::HttpResponse;
using net::json_response;

Result<int> int_param(const std::string& name, const std::string& text, int min, int max) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
        return make_error(ErrorCode::invalid_argument,
                          name + ": must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return value;
}

template <typename E>
Result<E> enum_param(const std::string& name, const std::string& text) {
    auto v = enum_from_string<E>(text);
    if (!v) return make_error(ErrorCode::invalid_argument, name + ": must be one of " + enum_names<E>());
    return *v;
}

Result<Timestamp> time_param(const std::string& name, const std::string& text) {
    auto t = parse_iso8601(text);
    if (!t) return make_error(ErrorCode::invalid_argument, name + ": " + t.error().message);
    return *t;
}

// Public: tells a desk that the engine is there and which version it runs, nothing more.
HttpResponse health(const Clock& clock) {
    return json_response(200, {{"status", "ok"}, {"version", OUTPOST_VERSION}, {"time", format_iso8601(clock.now())}});
}

// The brand, and the regions and locations of the caller's scope.
HttpResponse locations(store::Database& db, const access::Caller& caller) {
    store::SqlOrgRepository org(db);
    auto brands = org.brands();
    auto regions = org.regions();
    auto locs = org.locations();
    if (!brands) return error_response(brands.error());
    if (!regions) return error_response(regions.error());
    if (!locs) return error_response(locs.error());
    Json out = {{"brands", Json::array()}, {"regions", Json::array()}, {"locations", Json::array()}};
    std::set<std::string> visible_regions;
    for (const auto& l : *locs) {
        if (!caller.scope.contains(l.id)) continue;
        out["locations"].push_back(to_json(l));
        visible_regions.insert(l.region_id.value());
    }
    for (const auto& b : *brands) out["brands"].push_back(to_json(b));
    for (const auto& r : *regions) {
        if (visible_regions.contains(r.id.value())) out["regions"].push_back(to_json(r));
    }
    return json_response(200, std::move(out));
}

// Narrows a filter to the caller's scope; asking for a location outside it is refused.
Result<void> apply_scope(ReviewFilter& filter, const Scope& scope) {
    if (scope.all()) return {};
    for (const auto& id : filter.locations) {
        if (!scope.contains(id)) {
            return make_error(ErrorCode::permission_denied,
                              "location '" + id.value().substr(0, 64) + "' is outside your locations");
        }
    }
    if (filter.locations.empty()) {
        for (const auto& id : scope.locations()) filter.locations.emplace_back(id);
    }
    return {};
}

HttpResponse list_reviews(const HttpRequest& request, store::Database& db, const access::Caller& caller) {
    auto filter = review_filter_from_query(request.query);
    if (!filter) return error_response(filter.error());
    if (auto scoped = apply_scope(*filter, caller.scope); !scoped) return error_response(scoped.error());
    if (filter->locations.empty() && !caller.scope.all()) {
        return json_response(200, {{"total", 0}, {"offset", filter->offset}, {"limit", filter->limit}, {"reviews", Json::array()}});
    }
    store::SqlReviewRepository reviews(db);
    auto page = reviews.find(*filter);
    if (!page) return error_response(page.error());
    Json list = Json::array();
    for (const auto& r : page->reviews) list.push_back(to_json(r));
    return json_response(200, {{"total", page->total},
                               {"offset", filter->offset},
                               {"limit", filter->limit},
                               {"reviews", std::move(list)}});
}

// POST /v1/reviews {"reviews":[...]}: stores new reviews; ones already stored are skipped, so a
// repeated delivery changes nothing.
RouteResult push_reviews(const HttpRequest& request, store::Database& db, access::AccessService& access,
                         const access::Caller& caller) {
    if (!role_has(caller.user.role, Permission::ingest_reviews)) {
        return {error_response(403, "permission_denied", "your role cannot import reviews")};
    }
    auto body = parse_json(request.body);
    if (!body) return {error_response(body.error())};
    if (!body->is_object() || !body->contains("reviews") || !(*body)["reviews"].is_array()) {
        return {error_response(400, "invalid_argument", "reviews: is required and must be a list")};
    }
    const Json& items = (*body)["reviews"];
    if (items.size() > kMaxReviewsPerPush) {
        return {error_response(413, "too_large",
                               "reviews: at most " + std::to_string(kMaxReviewsPerPush) + " per request")};
    }
    store::SqlOrgRepository org(db);
    auto locs = org.locations();
    if (!locs) return {error_response(locs.error())};
    std::set<std::string> known;
    for (const auto& l : *locs) known.insert(l.id.value());

    std::vector<Review> fresh;
    store::SqlReviewRepository reviews(db);
    auto tx = store::Transaction::begin(db);
    if (!tx) return {error_response(tx.error())};
    std::size_t duplicates = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string where = "reviews[" + std::to_string(i) + "]";
        auto review = review_from_json(items[i]);
        if (!review) {
            std::string message = review.error().message;
            if (message.rfind("review", 0) == 0) message.replace(0, 6, where);
            return {error_response(400, "invalid_argument", message)};
        }
        if (!known.contains(review->location_id.value())) {
            return {error_response(400, "invalid_argument",
                                   where + ".location_id: unknown location '" + review->location_id.value() + "'")};
        }
        review->id = ReviewId(0);
        review->profile_id.reset();  // profiles are linked by identity stitching, never by the sender
        auto exists = reviews.contains(review->platform, review->platform_review_id);
        if (!exists) return {error_response(exists.error())};
        bool repeated_in_batch = false;
        for (const auto& f : fresh) {
            repeated_in_batch |= f.platform == review->platform && f.platform_review_id == review->platform_review_id;
        }
        if (*exists || repeated_in_batch) {
            ++duplicates;
            continue;
        }
        fresh.push_back(std::move(*review));
    }
    if (auto r = reviews.insert(fresh); !r) return {error_response(r.error())};
    std::vector<sync::EntityRef> added;
    for (const auto& r : fresh) added.push_back({"review", std::to_string(r.id.value())});
    if (auto r = sync::record_changes(db, added, access.now()); !r) return {error_response(r.error())};  // desks pull them
    access::AuditEvent event;
    event.at = access.now();
    event.actor_id = caller.user.id;
    event.actor = caller.user.username;
    event.action = "review.push";
    event.details = {{"inserted", fresh.size()}, {"duplicates", duplicates}};
    if (auto r = access.audit().append(event); !r) return {error_response(r.error())};
    if (auto r = tx->commit(); !r) return {error_response(r.error())};
    Json ids = Json::array();
    for (const auto& r : fresh) ids.push_back(r.id.value());
    return {json_response(200, {{"inserted", fresh.size()}, {"duplicates", duplicates}, {"ids", ids}}), !fresh.empty()};
}

// POST /v1/push {"client_id", "commands":[{"mutation_id","name","args","device_time"}]}, and with
// "cursor" (and "confirmed", "limit" as GET /v1/pull takes them) the pull that follows as "pull".
RouteResult push(const HttpRequest& request, store::Database& db, access::AccessService& access,
                 const access::Caller& caller) {
    auto body = parse_json(request.body);
    if (!body) return {error_response(body.error())};
    if (!body->is_object()) return {error_response(400, "invalid_argument", "the body must be a JSON object")};
    if (auto v = body->find("v"); v != body->end() && *v != net::kProtocolVersion) {
        return {error_response(426, "update_required", "this desk speaks an older protocol; update Outpost")};
    }
    const auto client = body->value("client_id", std::string());
    auto commands = sync::commands_from_json(body->value("commands", Json::array()));
    if (!commands) return {error_response(commands.error())};
    constexpr auto kMaxId = std::numeric_limits<std::int64_t>::max();
    JsonReader pull_args(*body, "push");
    const auto cursor = pull_args.optional_integer("cursor", 0, kMaxId);
    const auto confirmed = pull_args.optional_integer("confirmed", 0, kMaxId);
    const auto limit = pull_args.optional_integer("limit", 1, sync::kMaxPullLimit);
    if (!pull_args.ok()) return {error_response(pull_args.error())};
    sync::SyncService service(db, access);
    auto result = service.push(caller, client, *commands);
    if (!result) return {error_response(result.error())};
    if (cursor) {
        // The commands are in: a pull that fails here (a cursor too old) is left to the desk's own.
        auto pull = service.pull(caller, client, *cursor, static_cast<int>(limit.value_or(1000)), confirmed.value_or(0));
        if (pull) result->pull = std::move(*pull);
    }
    return {json_response(200, sync::to_json(*result)), result->changed};
}

Result<std::int64_t> whole_param(const std::string& name, const std::string& text) {
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) {
        return make_error(ErrorCode::invalid_argument, name + ": must be a whole number");
    }
    return value;
}

// GET /v1/pull?client_id=&cursor=&limit=&confirmed=
HttpResponse pull(const HttpRequest& request, store::Database& db, access::AccessService& access,
                  const access::Caller& caller) {
    std::int64_t cursor = 0;
    std::int64_t confirmed = 0;
    int limit = 1000;
    std::string client;
    for (const auto& [key, value] : request.query) {
        if (key == "client_id") {
            client = value;
        } else if (key == "cursor" || key == "confirmed") {
            auto n = whole_param(key, value);
            if (!n) return error_response(n.error());
            (key == "cursor" ? cursor : confirmed) = *n;
        } else if (key == "limit") {
            auto n = int_param(key, value, 1, sync::kMaxPullLimit);
            if (!n) return error_response(n.error());
            limit = *n;
        } else {
            return error_response(400, "invalid_argument", "unknown query parameter '" + key.substr(0, 40) + "'");
        }
    }
    sync::SyncService service(db, access);
    auto result = service.pull(caller, client, cursor, limit, confirmed);
    if (!result) return error_response(result.error());
    return json_response(200, sync::to_json(*result));
}

// GET /v1/bootstrap?page=N -> what there is, cut into pages of N rows;
// GET /v1/bootstrap?entity=review&after=0&until=4711 -> one page.
HttpResponse bootstrap(const HttpRequest& request, store::Database& db, access::AccessService& access,
                       const access::Caller& caller) {
    std::string entity;
    std::int64_t after = 0;
    std::optional<std::int64_t> until;
    int limit = sync::kMaxBootstrapPage;
    for (const auto& [key, value] : request.query) {
        if (key == "entity") {
            entity = value;
        } else if (key == "after" || key == "until") {
            auto n = whole_param(key, value);
            if (!n) return error_response(n.error());
            (key == "after" ? after : until.emplace()) = *n;
        } else if (key == "limit" || key == "page") {
            auto n = int_param(key, value, 1, sync::kMaxBootstrapPage);
            if (!n) return error_response(n.error());
            limit = *n;
        } else {
            return error_response(400, "invalid_argument", "unknown query parameter '" + key.substr(0, 40) + "'");
        }
    }
    sync::SyncService service(db, access);
    if (entity.empty()) {
        auto manifest = service.bootstrap_manifest(caller, limit);
        if (!manifest) return error_response(manifest.error());
        return json_response(200, sync::to_json(*manifest));
    }
    auto page = service.bootstrap_page(caller, entity, after, until, limit);
    if (!page) return error_response(page.error());
    return HttpResponse{200, "application/json", std::move(*page)};
}

// POST /v1/webhooks/reviews/<source>: a signed delivery from a review platform or an aggregator;
// the signature stands in for a session (ingest/webhook.h).
RouteResult review_webhook(const HttpRequest& request, store::Database& db, const Clock& clock) {
    ingest::WebhookDelivery delivery;
    delivery.source = request.path.substr(std::string_view(kWebhookPrefix).size());
    delivery.headers = request.headers;
    delivery.body = request.body;
    for (const auto& [key, value] : request.query) {
        if (key != "location") {
            return {error_response(400, "invalid_argument", "unknown query parameter '" + key.substr(0, 40) + "'")};
        }
        delivery.location = LocationId(value);
    }
    auto summary = ingest::receive_webhook(db, clock, delivery);
    if (!summary) {
        if (summary.error().code == ErrorCode::conflict) return {error_response(409, "replayed", summary.error().message)};
        return {error_response(summary.error())};
    }
    return {json_response(200, ingest::to_json(*summary)), summary->imported > 0};
}

// Desks name the protocol they speak in a header; another version must update first.
std::optional<HttpResponse> protocol_mismatch(const HttpRequest& request) {
    auto it = request.headers.find("outpost-protocol");
    if (it == request.headers.end() || it->second == std::to_string(net::kProtocolVersion)) return std::nullopt;
    return error_response(426, "update_required",
                          "this desk speaks protocol " + it->second.substr(0, 16) + ", the engine speaks " +
                              std::to_string(net::kProtocolVersion) + "; update Outpost");
}

}  // namespace

Result<ReviewFilter> review_filter_from_query(const std::map<std::string, std::string>& query) {
    ReviewFilter f;
    for (const auto& [key, value] : query) {
        Result<void> ok;
        if (key == "location") {
            std::size_t start = 0;
            while (start <= value.size()) {
                auto comma = value.find(',', start);
                std::string id = value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                if (!id.empty()) f.locations.emplace_back(id);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
            if (f.locations.size() > 500) return make_error(ErrorCode::invalid_argument, "location: at most 500 ids");
        } else if (key == "rating" || key == "min_rating" || key == "max_rating") {
            auto n = int_param(key, value, 1, 5);
            if (!n) return n.error();
            if (key != "max_rating") f.min_rating = *n;
            if (key != "min_rating") f.max_rating = *n;
        } else if (key == "platform") {
            auto p = enum_param<Platform>(key, value);
            if (!p) return p.error();
            f.platform = *p;
        } else if (key == "status") {
            auto s = enum_param<ReviewStatus>(key, value);
            if (!s) return s.error();
            f.status = *s;
        } else if (key == "from" || key == "to") {
            auto t = time_param(key, value);
            if (!t) return t.error();
            (key == "from" ? f.posted_from : f.posted_to) = *t;
        } else if (key == "limit") {
            auto n = int_param(key, value, 1, 1000);
            if (!n) return n.error();
            f.limit = *n;
        } else if (key == "offset") {
            auto n = int_param(key, value, 0, 100'000'000);
            if (!n) return n.error();
            f.offset = *n;
        } else {
            return make_error(ErrorCode::invalid_argument, "unknown query parameter '" + key.substr(0, 40) + "'");
        }
    }
    if (f.min_rating && f.max_rating && *f.min_rating > *f.max_rating) {
        return make_error(ErrorCode::invalid_argument, "min_rating: must not be above max_rating");
    }
    return f;
}

bool is_write(const HttpRequest& request) { return request.method != "GET" && request.method != "HEAD"; }

RouteResult route(const HttpRequest& request, store::Database& db, const Clock& clock) {
    const std::string& path = request.path;
    const bool get = request.method == "GET";
    auto method_not_allowed = [&] {
        return RouteResult{error_response(405, "method_not_allowed", request.method + " is not allowed on " + path)};
    };
    static const std::set<std::string> kExact = {"/v1/health", "/v1/login",  "/v1/logout", "/v1/me",
                                                 "/v1/locations", "/v1/reviews", "/v1/users", "/v1/audit",
                                                 "/v1/audit/verify", "/v1/push", "/v1/pull",
                                                 "/v1/bootstrap", "/v1/events", "/v1/profiles",
                                                 std::string(kImportReviewsPath)};
    if (path.rfind(kWebhookPrefix, 0) == 0 && path.size() > kWebhookPrefix.size()) {
        return request.method == "POST" ? review_webhook(request, db, clock) : method_not_allowed();
    }
    if (!kExact.contains(path) && path.rfind("/v1/users/", 0) != 0 && path.rfind("/v1/profiles/", 0) != 0 &&
        !is_customer_route(path)) {
        return {error_response(404, "not_found", "no such endpoint: " + path.substr(0, 200))};
    }
    if (path == "/v1/health") return get ? RouteResult{health(clock)} : method_not_allowed();
    if (auto mismatch = protocol_mismatch(request)) return {std::move(*mismatch)};
    if (path == "/v1/events") return post_events(request, db, clock);  // signed by the sender, no session

    access::AccessService access(db, clock);
    std::optional<access::Caller> caller;
    if (path != "/v1/login") {
        auto authenticated = access.authenticate(bearer_token(request));
        if (!authenticated) return {error_response(authenticated.error())};
        caller = std::move(*authenticated);
    }
    if (auto answer = route_access(request, access, caller ? &*caller : nullptr)) {
        return {std::move(*answer)};
    }
    if (auto answer = route_customers(request, db, access, *caller)) return std::move(*answer);
    if (auto answer = route_profiles(request, db, access, *caller)) return std::move(*answer);
    if (path == kImportReviewsPath) return import_reviews_route(request, db, clock, *caller);
    if (path == "/v1/push") return request.method == "POST" ? push(request, db, access, *caller) : method_not_allowed();
    if (path == "/v1/pull") return get ? RouteResult{pull(request, db, access, *caller)} : method_not_allowed();
    if (path == "/v1/bootstrap") return get ? RouteResult{bootstrap(request, db, access, *caller)} : method_not_allowed();
    if (path == "/v1/locations") return get ? RouteResult{locations(db, *caller)} : method_not_allowed();
    if (path == "/v1/reviews") {
        if (get) return {list_reviews(request, db, *caller)};
        if (request.method == "POST") return push_reviews(request, db, access, *caller);
        return method_not_allowed();
    }
    return {error_response(404, "not_found", "no such endpoint: " + path.substr(0, 200))};
}

}  // namespace outpost::engine
