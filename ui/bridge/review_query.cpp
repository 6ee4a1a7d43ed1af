#include "ui/bridge/review_query.h"

#include <algorithm>

#include "domain/enums.h"
#include "net/http_types.h"

namespace outpost::ui {

std::string ReviewQuery::target() const {
    std::string out = "/v1/reviews?";
    auto add = [&out](std::string_view name, const std::string& value) {
        if (out.back() != '?') out += '&';
        out += name;
        out += '=';
        out += value;
    };
    if (!locations.empty()) {
        std::string joined;
        for (const auto& id : locations) {
            if (!joined.empty()) joined += ',';
            joined += net::url_encode(id);
        }
        add("location", joined);
    }
    if (minRating) add("min_rating", std::to_string(*minRating));
    if (maxRating) add("max_rating", std::to_string(*maxRating));
    if (platform) add("platform", std::string(to_string(*platform)));
    if (statuses.size() == 1) add("status", std::string(to_string(statuses.front())));
    add("limit", std::to_string(std::clamp(limit, 1, 1000)));
    add("offset", std::to_string(std::max(offset, 0)));
    return out;
}

sync::InboxFilter ReviewQuery::inboxFilter() const {
    sync::InboxFilter f;
    for (const auto& id : locations) f.locations.emplace_back(id);
    f.min_rating = minRating;
    f.max_rating = maxRating;
    f.platform = platform;
    f.statuses = statuses;
    f.severities = severities;
    f.sla_states = slaStates;
    return f;
}

bool ReviewQuery::sameFilters(const ReviewQuery& other) const {
    return inboxFilter() == other.inboxFilter();
}

}  // namespace outpost::ui
