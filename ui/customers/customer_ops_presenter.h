#pragma once
// The Customers screen's engine side (online; managers and corporate): the merge queue with its
// suggestions and the merges done (approve, reject with a reason, unmerge), and the at-risk list
// of a location with its weekly outreach quota ("start outreach" creates a task for the member and
// records the outreach, so the quota counts). Locations to choose from are read from the replica.
// Errors of the engine come back as failed(); nothing is changed locally before the engine agrees.

#include <optional>
#include <utility>
#include <vector>

#include <QObject>
#include <QString>

#include "ui/customers/customer_api.h"

namespace outpost::ui {

class DeskSyncController;

class CustomerOpsPresenter final : public QObject {
    Q_OBJECT

  public:
    CustomerOpsPresenter(CustomerApi& api, DeskSyncController& sync, QObject* parent = nullptr);

    // Loads the locations, the merge queue, the merges and the first location's at-risk list.
    void start();

    [[nodiscard]] const std::vector<MergeSuggestion>& suggestions() const { return m_suggestions; }
    [[nodiscard]] const MergeHistory& merges() const { return m_merges; }
    [[nodiscard]] const std::optional<AtRiskBoard>& board() const { return m_board; }
    // (id, name), by name.
    [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& locations() const { return m_locations; }
    [[nodiscard]] const std::string& location() const { return m_location; }
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }

    void loadMergeQueue();
    void approve(std::int64_t suggestionId);
    void reject(std::int64_t suggestionId, const QString& reason);
    void unmerge(std::int64_t mergeId);

    void showLocation(const std::string& locationId);
    void loadAtRisk();
    void recompute();
    void startOutreach(std::int64_t profileId, const QString& note);

  signals:
    void locationsChanged();
    void suggestionsChanged();
    void mergesChanged();
    void boardChanged();
    void busyChanged();
    void failed(const QString& message);
    void succeeded(const QString& message);

  private:
    template <typename T>
    std::function<void(Result<T>)> answer(std::function<void(T)> use);

    CustomerApi& m_api;
    DeskSyncController& m_sync;
    std::vector<MergeSuggestion> m_suggestions;
    MergeHistory m_merges;
    std::optional<AtRiskBoard> m_board;
    std::vector<std::pair<std::string, std::string>> m_locations;
    std::string m_location;
    int m_busy = 0;
};

}  // namespace outpost::ui
