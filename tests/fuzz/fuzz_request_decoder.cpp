// Fuzz target for everything that decodes bytes from a desk or a webhook: the request target,
// the JSON body, the review codec and the engine's query parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "domain/json_codec.h"
#include "engine/router.h"
#include "net/http_types.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace outpost;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const std::string_view target = input.substr(0, newline);
    const std::string_view body = newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);

    std::string path;
    std::map<std::string, std::string> query;
    if (net::split_target(target, path, query).ok()) (void)engine::review_filter_from_query(query);

    auto json = parse_json(body);
    if (!json) return 0;
    (void)review_from_json(*json);
    (void)location_from_json(*json);
    if (json->is_object() && json->contains("reviews") && (*json)["reviews"].is_array()) {
        for (const auto& item : (*json)["reviews"]) (void)review_from_json(item);
    }
    return 0;
}
