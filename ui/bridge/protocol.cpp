#include "ui/bridge/protocol.h"

#include "domain/json_codec.h"
#include "net/http_types.h"

namespace outpost::ui {
namespace {

Error invalid(std::string message) {
    return make_error(ErrorCode::invalid_argument, std::move(message));
}

// Parses `body` and checks the protocol version.
Result<Json> parseEnvelope(std::string_view body) {
    auto parsed = parse_json(body);
    if (!parsed) return parsed.error();
    const Json& j = *parsed;
    if (!j.is_object()) return invalid("answer: must be a JSON object");
    auto v = j.find("v");
    if (v == j.end() || !v->is_number_integer()) return invalid("answer.v: missing protocol version");
    if (v->get<int>() != net::kProtocolVersion) {
        return invalid("answer.v: protocol version " + std::to_string(v->get<int>()) + " is not supported");
    }
    return parsed;
}

template <typename T, typename Decode>
Result<void> decodeList(const Json& j, const char* field, Decode decode, std::vector<T>& out) {
    auto it = j.find(field);
    if (it == j.end() || !it->is_array()) return invalid(std::string("answer.") + field + ": must be a list");
    out.reserve(it->size());
    for (const auto& item : *it) {
        auto value = decode(item);
        if (!value) return value.error();
        out.push_back(std::move(*value));
    }
    return {};
}

}  // namespace

Result<OrgSnapshot> parseOrgSnapshot(std::string_view body) {
    auto parsed = parseEnvelope(body);
    if (!parsed) return parsed.error();
    OrgSnapshot org;
    if (auto r = decodeList(*parsed, "brands", brand_from_json, org.brands); !r) return r.error();
    if (auto r = decodeList(*parsed, "regions", region_from_json, org.regions); !r) return r.error();
    if (auto r = decodeList(*parsed, "locations", location_from_json, org.locations); !r) return r.error();
    return org;
}

Result<ReviewPageData> parseReviewPage(std::string_view body) {
    auto parsed = parseEnvelope(body);
    if (!parsed) return parsed.error();
    const Json& j = *parsed;
    ReviewPageData page;
    auto total = j.find("total");
    if (total == j.end() || !total->is_number_integer() || total->get<std::int64_t>() < 0) {
        return invalid("answer.total: must be a count");
    }
    page.total = total->get<std::int64_t>();
    if (auto offset = j.find("offset"); offset != j.end()) {
        if (!offset->is_number_integer() || offset->get<std::int64_t>() < 0)
            return invalid("answer.offset: must be a count");
        page.offset = offset->get<int>();
    }
    if (auto r = decodeList(j, "reviews", review_from_json, page.reviews); !r) return r.error();
    return page;
}

Result<HealthData> parseHealth(std::string_view body) {
    auto parsed = parseEnvelope(body);
    if (!parsed) return parsed.error();
    const Json& j = *parsed;
    HealthData health;
    if (auto it = j.find("status"); it != j.end() && it->is_string()) health.status = it->get<std::string>();
    if (auto it = j.find("version"); it != j.end() && it->is_string()) health.version = it->get<std::string>();
    if (auto it = j.find("time"); it != j.end() && it->is_string()) {
        if (auto t = parse_iso8601(it->get<std::string>())) health.time = *t;
    }
    if (health.status.empty()) return invalid("answer.status: missing");
    return health;
}

}  // namespace outpost::ui
