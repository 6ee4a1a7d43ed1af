#include "ui/customers/customer_protocol.h"

#include <QByteArray>

#include "domain/json_reader.h"

namespace outpost::ui::customer_protocol {
namespace {

constexpr std::int64_t kMaxId = std::int64_t{1} << 53;

Error malformed(const std::string& what) {
    return make_error(ErrorCode::invalid_argument, "the engine's answer is malformed: " + what);
}

const Json* listOf(const Json& body, const char* key) {
    if (!body.is_object()) return nullptr;
    auto it = body.find(key);
    return it != body.end() && it->is_array() ? &*it : nullptr;
}

std::vector<std::string> strings(const Json* list) {
    std::vector<std::string> out;
    if (!list || !list->is_array()) return out;
    for (const auto& item : *list) {
        if (item.is_string()) out.push_back(item.get<std::string>());
    }
    return out;
}

double number(const Json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}

}  // namespace

Result<std::vector<MergeSuggestion>> parseSuggestions(const Json& body) {
    const Json* list = listOf(body, "candidates");
    if (!list) return malformed("candidates is not a list");
    std::vector<MergeSuggestion> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        if (!item.is_object()) return malformed("candidates[" + std::to_string(i) + "] is not an object");
        JsonReader r(item, "candidates[" + std::to_string(i) + "]");
        MergeSuggestion s;
        s.id = r.integer("id", 1, kMaxId);
        s.reasons = strings(r.child("reasons"));
        const Json* a = r.child("profile_a");
        const Json* b = r.child("profile_b");
        if (!r.ok()) return r.error();
        if (!a || !b || !a->is_object() || !b->is_object()) return malformed("a candidate lacks its profiles");
        s.confidence = number(item, "confidence");
        s.profileA = *a;
        s.profileB = *b;
        out.push_back(std::move(s));
    }
    return out;
}

Result<std::int64_t> parseApproved(const Json& body) {
    if (!body.is_object()) return malformed("not an object");
    JsonReader r(body, "answer");
    const auto id = r.integer("merge_id", 1, kMaxId);
    if (!r.ok()) return r.error();
    return id;
}

Result<bool> parseDone(const Json& body) {
    if (!body.is_object() || !body.contains("status")) return malformed("status is missing");
    return true;
}

Result<MergeHistory> parseMerges(const Json& body) {
    const Json* list = listOf(body, "merges");
    if (!list) return malformed("merges is not a list");
    MergeHistory h;
    h.falseMergeRate = number(body, "false_merge_rate");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        if (!item.is_object()) return malformed("merges[" + std::to_string(i) + "] is not an object");
        JsonReader r(item, "merges[" + std::to_string(i) + "]");
        MergeDone m;
        m.id = r.integer("id", 1, kMaxId);
        m.survivorId = r.integer("survivor_id", 1, kMaxId);
        m.absorbedId = r.integer("absorbed_id", 1, kMaxId);
        m.survivorName = r.string("survivor_name", 300);
        m.absorbedName = r.string("absorbed_name", 300);
        m.mergedAt = r.timestamp("merged_at");
        m.unmergedAt = r.optional_timestamp("unmerged_at");
        if (!r.ok()) return r.error();
        h.merges.push_back(std::move(m));
    }
    return h;
}

Result<AtRiskBoard> parseAtRisk(const Json& body) {
    const Json* list = listOf(body, "scores");
    if (!list) return malformed("scores is not a list");
    JsonReader top(body, "answer");
    AtRiskBoard board;
    board.locationId = top.string("location_id", 64);
    const Json* quota = top.child("quota");
    if (!top.ok()) return top.error();
    if (!quota || !quota->is_object()) return malformed("quota is missing");
    JsonReader q(*quota, "quota");
    board.weeklyQuota = static_cast<int>(q.integer("weekly_quota", 0, 1'000'000));
    board.used = q.integer("used", 0, kMaxId);
    board.left = q.integer("left", 0, kMaxId);
    if (!q.ok()) return q.error();
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        if (!item.is_object()) return malformed("scores[" + std::to_string(i) + "] is not an object");
        JsonReader r(item, "scores[" + std::to_string(i) + "]");
        AtRiskMember m;
        m.profileId = r.integer("profile_id", 1, kMaxId);
        m.firstName = r.string("first_name", 300);
        m.lastName = r.string("last_name", 300);
        m.score = static_cast<int>(r.integer("score", 0, 100));
        m.band = r.string("band", 16);
        m.reasons = strings(r.child("reasons"));
        m.expectedValueCents = r.integer("expected_value_cents", -kMaxId, kMaxId);
        m.computedAt = r.timestamp("computed_at");
        m.stale = r.boolean("stale", false);
        const Json* parts = r.child("components");
        if (!r.ok()) return r.error();
        if (!parts || !parts->is_object()) return malformed("scores[" + std::to_string(i) + "].components is missing");
        JsonReader c(*parts, "components");
        m.recency = static_cast<int>(c.integer("recency", 0, 100));
        m.frequency = static_cast<int>(c.integer("frequency", 0, 100));
        m.payment = static_cast<int>(c.integer("payment", 0, 100));
        m.engagement = static_cast<int>(c.integer("engagement", 0, 100));
        m.support = static_cast<int>(c.integer("support", 0, 100));
        if (!c.ok()) return c.error();
        board.members.push_back(std::move(m));
    }
    return board;
}

Result<std::int64_t> parseRecomputed(const Json& body) {
    if (!body.is_object()) return malformed("not an object");
    JsonReader r(body, "answer");
    const auto n = r.integer("refreshed", 0, kMaxId);
    if (!r.ok()) return r.error();
    return n;
}

Result<OutreachStarted> parseOutreach(const Json& body) {
    if (!body.is_object()) return malformed("not an object");
    JsonReader r(body, "answer");
    OutreachStarted s;
    s.taskId = r.string("task_id", 200);
    s.quotaLeft = r.integer("quota_left", 0, kMaxId);
    if (!r.ok()) return r.error();
    return s;
}

std::string atRiskTarget(const std::string& locationId) {
    return "/v1/at-risk?location_id=" + QByteArray::fromStdString(locationId).toPercentEncoding().toStdString();
}

}  // namespace outpost::ui::customer_protocol
