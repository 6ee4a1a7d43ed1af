#pragma once
// The Customers screen's replica side (works offline): search-as-you-type over the desk's covering
// search table (name, phone, email, external id, member and card id), the chosen customer's
// profile 360 (profiles/profile_360.h), and the sync commands of the 360: add a note
// (profile.add_note), edit contact details (profile.update_contact) and record consent given or
// withdrawn at the counter (consent.set). Reloads on
// DeskSyncController::dataChanged; answers of older searches or loads are dropped.

#include <map>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>

#include "domain/clock.h"
#include "profiles/profile_360.h"
#include "profiles/search.h"
#include "ui/sync/core_sync.h"

namespace outpost::ui {

class DeskSyncController;

class CustomersPresenter final : public QObject {
    Q_OBJECT

  public:
    static constexpr int kResultLimit = 50;

    CustomersPresenter(DeskSyncController& sync, const Clock& clock, QObject* parent = nullptr);

    // Runs the search for `query` (empty: no results).
    void search(const QString& query);
    [[nodiscard]] const QString& query() const { return m_query; }
    [[nodiscard]] const std::vector<profiles::SearchHit>& results() const { return m_results; }

    // Loads the customer's 360; 0 clears it.
    void select(std::int64_t profileId);
    [[nodiscard]] std::int64_t selectedId() const { return m_selected; }
    [[nodiscard]] const std::optional<profiles::Profile360>& profile() const { return m_profile; }
    [[nodiscard]] Timestamp now() const { return m_clock.now(); }

    void addNote(const QString& text);
    // A consent entry made at the counter (consent.set, source front_desk) for the customer shown:
    // granted or withdrawn on one channel, with the version of the words read to the person.
    void recordConsent(const std::string& channel, bool granted, const QString& textVersion);
    // Field -> new value, of first_name, last_name, primary_phone, primary_email; only changed ones.
    void updateContact(const std::map<std::string, QString>& fields);
    void reload();

  signals:
    void resultsChanged();
    void profileChanged();
    // A command was queued (it shows at once and syncs later).
    void actionQueued();
    void actionFailed(const QString& message);

  private:
    void loadProfile();
    void submit(const std::string& name, Json args);

    DeskSyncController& m_sync;
    const Clock& m_clock;
    QString m_query;
    std::vector<profiles::SearchHit> m_results;
    std::int64_t m_selected = 0;
    std::optional<profiles::Profile360> m_profile;
    quint64 m_searchGeneration = 0;
    quint64 m_loadGeneration = 0;
};

}  // namespace outpost::ui
