#pragma once
// What the Customers screen asks of the engine directly (online only, managers and corporate):
// the merge queue and merges (GET /v1/merge-candidates, POST .../{id}/approve|reject, GET
// /v1/merges, POST /v1/merges/{id}/unmerge) and the at-risk list of a location with its weekly
// outreach quota (GET /v1/at-risk, POST /v1/at-risk/recompute, POST /v1/profiles/{id}/outreach).
// EngineCustomerApi is the real one, over EngineBridge::send. Every callback runs on the GUI
// thread, after the call that started the request has returned.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/json_codec.h"
#include "domain/result.h"

namespace outpost::ui {

struct MergeSuggestion {
    std::int64_t id = 0;
    double confidence = 0;
    std::vector<std::string> reasons;
    Json profileA = Json::object();  // the profile rows as the engine holds them; A survives
    Json profileB = Json::object();
};

struct MergeDone {
    std::int64_t id = 0;
    std::int64_t survivorId = 0;
    std::int64_t absorbedId = 0;
    std::string survivorName;
    std::string absorbedName;
    Timestamp mergedAt{};
    std::optional<Timestamp> unmergedAt;
};

struct MergeHistory {
    std::vector<MergeDone> merges;
    double falseMergeRate = 0;
};

struct AtRiskMember {
    std::int64_t profileId = 0;
    std::string firstName;
    std::string lastName;
    int score = 0;
    std::string band;
    int recency = 0;
    int frequency = 0;
    int payment = 0;
    int engagement = 0;
    int support = 0;
    std::vector<std::string> reasons;
    std::int64_t expectedValueCents = 0;
    Timestamp computedAt{};
    bool stale = false;
};

struct AtRiskBoard {
    std::string locationId;
    int weeklyQuota = 0;
    std::int64_t used = 0;
    std::int64_t left = 0;
    std::vector<AtRiskMember> members;  // by expected value, best first
};

struct OutreachStarted {
    std::string taskId;
    std::int64_t quotaLeft = 0;
};

class CustomerApi {
  public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    virtual ~CustomerApi() = default;

    virtual void listSuggestions(Callback<std::vector<MergeSuggestion>> done) = 0;
    // Answers the merge id.
    virtual void approveSuggestion(std::int64_t id, Callback<std::int64_t> done) = 0;
    virtual void rejectSuggestion(std::int64_t id, const std::string& reason, Callback<bool> done) = 0;
    virtual void listMerges(Callback<MergeHistory> done) = 0;
    virtual void unmerge(std::int64_t mergeId, Callback<bool> done) = 0;
    virtual void atRisk(const std::string& locationId, Callback<AtRiskBoard> done) = 0;
    // Answers how many were scored.
    virtual void recompute(const std::string& locationId, Callback<std::int64_t> done) = 0;
    virtual void startOutreach(std::int64_t profileId, const std::string& note, Callback<OutreachStarted> done) = 0;
};

}  // namespace outpost::ui
