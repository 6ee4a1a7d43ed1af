#pragma once
// CustomerApi over the engine's HTTP API (the pattern of EngineAdminApi): encodes each call, hands
// it to a sender (in the console, EngineBridge::send, which answers on the GUI thread) and decodes
// the answer.

#include <QByteArray>
#include <QString>

#include "ui/customers/customer_api.h"

namespace outpost::ui {

class EngineBridge;

class EngineCustomerApi final : public CustomerApi {
  public:
    using Sender = std::function<quint64(const QString& method, const QString& path, const QByteArray& body,
                                         std::function<void(Result<Json>)> onGuiThread)>;

    explicit EngineCustomerApi(Sender sender);
    // Sends through `bridge`, which must outlive this object.
    explicit EngineCustomerApi(EngineBridge& bridge);

    void listSuggestions(Callback<std::vector<MergeSuggestion>> done) override;
    void approveSuggestion(std::int64_t id, Callback<std::int64_t> done) override;
    void rejectSuggestion(std::int64_t id, const std::string& reason, Callback<bool> done) override;
    void listMerges(Callback<MergeHistory> done) override;
    void unmerge(std::int64_t mergeId, Callback<bool> done) override;
    void atRisk(const std::string& locationId, Callback<AtRiskBoard> done) override;
    void recompute(const std::string& locationId, Callback<std::int64_t> done) override;
    void startOutreach(std::int64_t profileId, const std::string& note, Callback<OutreachStarted> done) override;

  private:
    template <typename T>
    void call(const QString& method, const QString& path, const Json& body, Result<T> (*decode)(const Json&),
              Callback<T> done);

    Sender m_sender;
};

}  // namespace outpost::ui
