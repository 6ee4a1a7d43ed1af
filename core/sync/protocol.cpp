#include "sync/protocol.h"

#include <limits>

#include "domain/json_reader.h"

namespace outpost::sync {
namespace {

constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();

Json refusals_json(const std::vector<Refusal>& list) {
    Json out = Json::array();
    for (const auto& r : list) out.push_back({{"mutation_id", r.mutation_id}, {"code", r.code}, {"message", r.message}});
    return out;
}

Result<std::vector<Refusal>> refusals_from_json(const Json* list, const std::string& path) {
    std::vector<Refusal> out;
    if (!list) return out;
    if (!list->is_array()) return make_error(ErrorCode::invalid_argument, path + ": must be a list");
    for (std::size_t i = 0; i < list->size(); ++i) {
        JsonReader r((*list)[i], path + "[" + std::to_string(i) + "]");
        Refusal refusal;
        refusal.mutation_id = r.integer("mutation_id", 1, kMaxId);
        refusal.code = r.string("code", 64);
        refusal.message = r.string("message", 2000);
        if (!r.ok()) return r.error();
        out.push_back(std::move(refusal));
    }
    return out;
}

Result<std::vector<std::string>> strings_from_json(const Json* list, const std::string& path) {
    std::vector<std::string> out;
    if (!list) return out;
    if (!list->is_array()) return make_error(ErrorCode::invalid_argument, path + ": must be a list");
    for (const auto& item : *list) {
        if (!item.is_string()) return make_error(ErrorCode::invalid_argument, path + ": must be a list of strings");
        out.push_back(item.get<std::string>());
    }
    return out;
}

Json scope_json_list(const std::vector<std::string>& scope) {
    Json out = Json::array();
    for (const auto& s : scope) out.push_back(s);
    return out;
}

}  // namespace

Json to_json(const Command& command) {
    Json j = {{"mutation_id", command.mutation_id}, {"name", command.name}, {"args", command.args}};
    if (command.device_time) j["device_time"] = format_iso8601(*command.device_time);
    return j;
}

Json to_json(const PushResult& result) {
    Json out = {{"v", kSyncProtocolVersion},
                {"last_mutation_id", result.last_mutation_id},
                {"applied", result.applied},
                {"skipped", result.skipped},
                {"refused", refusals_json(result.refused)}};
    if (result.pull) out["pull"] = to_json(*result.pull);
    return out;
}

Json to_json(const PullResult& result) {
    Json changes = Json::array();
    for (const auto& c : result.changes) {
        Json change = {{"seq", c.seq}, {"entity", c.entity}, {"id", c.entity_id}, {"op", c.op}};
        if (c.op == "put") change["value"] = c.payload;
        changes.push_back(std::move(change));
    }
    return {{"v", kSyncProtocolVersion},
            {"cursor", result.cursor},
            {"changes", std::move(changes)},
            {"more", result.more},
            {"last_mutation_id", result.last_mutation_id},
            {"refusals", refusals_json(result.refusals)},
            {"scope", scope_json_list(result.scope)},
            {"all_locations", result.all_locations}};
}

Json to_json(const BootstrapManifest& manifest) {
    Json entities = Json::array();
    for (const auto& e : manifest.entities) entities.push_back({{"entity", e.entity}, {"count", e.count}, {"bounds", e.bounds}});
    return {{"v", kSyncProtocolVersion},
            {"cursor", manifest.cursor},
            {"entities", std::move(entities)},
            {"scope", scope_json_list(manifest.scope)},
            {"all_locations", manifest.all_locations}};
}

Result<std::vector<Command>> commands_from_json(const Json& list) {
    if (!list.is_array()) return make_error(ErrorCode::invalid_argument, "commands: must be a list");
    std::vector<Command> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        JsonReader r(list[i], "commands[" + std::to_string(i) + "]");
        Command c;
        c.mutation_id = r.integer("mutation_id", 1, kMaxId);
        c.name = r.string("name", 64);
        c.device_time = r.optional_timestamp("device_time");
        const Json* args = r.child("args");
        if (r.ok() && args && !args->is_object()) r.fail("args", "must be an object");
        if (!r.ok()) return r.error();
        if (args) c.args = *args;
        out.push_back(std::move(c));
    }
    return out;
}

namespace {

// With `own` (the same document as `j`, given up by the caller) the payloads move out of it.
Result<PullResult> read_pull(const Json& j, Json* own) {
    JsonReader r(j, "pull");
    PullResult out;
    out.cursor = r.integer("cursor", 0, kMaxId);
    out.more = r.boolean("more", false);
    out.last_mutation_id = r.integer("last_mutation_id", 0, kMaxId);
    out.all_locations = r.boolean("all_locations", false);
    const Json* changes = r.child("changes");
    if (!r.ok()) return r.error();
    auto refusals = refusals_from_json(r.child("refusals"), "pull.refusals");
    if (!refusals) return refusals.error();
    out.refusals = std::move(*refusals);
    auto scope = strings_from_json(r.child("scope"), "pull.scope");
    if (!scope) return scope.error();
    out.scope = std::move(*scope);
    if (changes) {
        if (!changes->is_array()) return make_error(ErrorCode::invalid_argument, "pull.changes: must be a list");
        out.changes.reserve(changes->size());
        for (std::size_t i = 0; i < changes->size(); ++i) {
            JsonReader c((*changes)[i], "pull.changes[" + std::to_string(i) + "]");
            Change change;
            change.seq = c.integer("seq", 1, kMaxId);
            change.entity = c.string("entity", 64);
            change.entity_id = c.string("id", 256);
            change.op = c.string("op", 16);
            if (c.ok() && change.op != "put" && change.op != "delete") c.fail("op", "must be put or delete");
            const Json* value = c.child("value");
            if (c.ok() && change.op == "put" && (!value || !value->is_object())) c.fail("value", "must be an object");
            if (!c.ok()) return c.error();
            if (value) change.payload = own ? std::move((*own)["changes"][i]["value"]) : *value;
            out.changes.push_back(std::move(change));
        }
    }
    return out;
}

}  // namespace

Result<PullResult> pull_result_from_json(const Json& j) { return read_pull(j, nullptr); }

Result<PullResult> pull_result_from_json(Json&& j) { return read_pull(j, &j); }

Result<PushResult> push_result_from_json(Json&& j) {
    JsonReader r(j, "push");
    PushResult out;
    out.last_mutation_id = r.integer("last_mutation_id", 0, kMaxId);
    out.applied = static_cast<int>(r.optional_integer("applied", 0, kMaxCommandsPerPush).value_or(0));
    out.skipped = static_cast<int>(r.optional_integer("skipped", 0, kMaxCommandsPerPush).value_or(0));
    if (!r.ok()) return r.error();
    auto refused = refusals_from_json(r.child("refused"), "push.refused");
    if (!refused) return refused.error();
    out.refused = std::move(*refused);
    if (auto pull = j.find("pull"); pull != j.end()) {
        if (!pull->is_object()) return make_error(ErrorCode::invalid_argument, "push.pull: must be an object");
        auto read = read_pull(*pull, &*pull);
        if (!read) return read.error();
        out.pull = std::move(*read);
    }
    return out;
}

Result<BootstrapManifest> manifest_from_json(const Json& j) {
    JsonReader r(j, "bootstrap");
    BootstrapManifest out;
    out.cursor = r.integer("cursor", 0, kMaxId);
    out.all_locations = r.boolean("all_locations", false);
    const Json* entities = r.child("entities");
    if (r.ok() && (!entities || !entities->is_array())) r.fail("entities", "must be a list");
    if (!r.ok()) return r.error();
    for (std::size_t i = 0; i < entities->size(); ++i) {
        JsonReader e((*entities)[i], "bootstrap.entities[" + std::to_string(i) + "]");
        BootstrapEntity entity;
        entity.entity = e.string("entity", 64);
        entity.count = e.integer("count", 0, kMaxId);
        const Json* bounds = e.child("bounds");
        if (!e.ok()) return e.error();
        if (bounds) {
            if (!bounds->is_array()) return make_error(ErrorCode::invalid_argument, "bootstrap.entities.bounds: must be a list");
            for (const auto& b : *bounds) {
                if (!b.is_number_integer()) {
                    return make_error(ErrorCode::invalid_argument, "bootstrap.entities.bounds: must be whole numbers");
                }
                entity.bounds.push_back(b.get<std::int64_t>());
            }
        }
        out.entities.push_back(std::move(entity));
    }
    auto scope = strings_from_json(r.child("scope"), "bootstrap.scope");
    if (!scope) return scope.error();
    out.scope = std::move(*scope);
    return out;
}

}  // namespace outpost::sync
