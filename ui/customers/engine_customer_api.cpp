#include "ui/customers/engine_customer_api.h"

#include "ui/bridge/engine_bridge.h"
#include "ui/customers/customer_protocol.h"
#include "ui/logging.h"

namespace outpost::ui {

namespace cp = customer_protocol;

EngineCustomerApi::EngineCustomerApi(Sender sender) : m_sender(std::move(sender)) {}

EngineCustomerApi::EngineCustomerApi(EngineBridge& bridge)
    : m_sender([&bridge](const QString& method, const QString& path, const QByteArray& body,
                         std::function<void(Result<Json>)> onGuiThread) {
          return bridge.send(method, path, body, std::move(onGuiThread));
      }) {}

template <typename T>
void EngineCustomerApi::call(const QString& method, const QString& path, const Json& body,
                             Result<T> (*decode)(const Json&), Callback<T> done) {
    const QByteArray bytes = body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump());
    qCDebug(lcBridge) << method << path;
    m_sender(method, path, bytes, [decode, done = std::move(done)](Result<Json> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(decode(*answer));
    });
}

void EngineCustomerApi::listSuggestions(Callback<std::vector<MergeSuggestion>> done) {
    call<std::vector<MergeSuggestion>>(QStringLiteral("GET"), QStringLiteral("/v1/merge-candidates?limit=200"), Json(),
                                       &cp::parseSuggestions, std::move(done));
}

void EngineCustomerApi::approveSuggestion(std::int64_t id, Callback<std::int64_t> done) {
    call<std::int64_t>(QStringLiteral("POST"), QStringLiteral("/v1/merge-candidates/%1/approve").arg(id), Json{{"v", 1}},
                       &cp::parseApproved, std::move(done));
}

void EngineCustomerApi::rejectSuggestion(std::int64_t id, const std::string& reason, Callback<bool> done) {
    call<bool>(QStringLiteral("POST"), QStringLiteral("/v1/merge-candidates/%1/reject").arg(id),
               Json{{"v", 1}, {"reason", reason}}, &cp::parseDone, std::move(done));
}

void EngineCustomerApi::listMerges(Callback<MergeHistory> done) {
    call<MergeHistory>(QStringLiteral("GET"), QStringLiteral("/v1/merges?limit=100"), Json(), &cp::parseMerges,
                       std::move(done));
}

void EngineCustomerApi::unmerge(std::int64_t mergeId, Callback<bool> done) {
    call<bool>(QStringLiteral("POST"), QStringLiteral("/v1/merges/%1/unmerge").arg(mergeId), Json{{"v", 1}},
               &cp::parseDone, std::move(done));
}

void EngineCustomerApi::atRisk(const std::string& locationId, Callback<AtRiskBoard> done) {
    call<AtRiskBoard>(QStringLiteral("GET"), QString::fromStdString(cp::atRiskTarget(locationId)), Json(),
                      &cp::parseAtRisk, std::move(done));
}

void EngineCustomerApi::recompute(const std::string& locationId, Callback<std::int64_t> done) {
    call<std::int64_t>(QStringLiteral("POST"), QStringLiteral("/v1/at-risk/recompute"),
                       Json{{"v", 1}, {"location_id", locationId}}, &cp::parseRecomputed, std::move(done));
}

void EngineCustomerApi::startOutreach(std::int64_t profileId, const std::string& note, Callback<OutreachStarted> done) {
    Json body{{"v", 1}, {"urgency", "normal"}};
    if (!note.empty()) body["note"] = note;
    call<OutreachStarted>(QStringLiteral("POST"), QStringLiteral("/v1/profiles/%1/outreach").arg(profileId), body,
                          &cp::parseOutreach, std::move(done));
}

}  // namespace outpost::ui
