#pragma once
// The Front desk screen's logic, for a counter: as-you-type search and card scans on the desk's
// replica (profiles/front_desk.h), the opened member's card with its alerts, one-key check-in,
// walk-in leads and the location's "today" (checked in, expected, no-shows). Everything reads the
// replica, so the counter keeps working offline; each action is a sync command.
//
// Check-in twice: a member whose last visit is less than kDoubleCheckInWindow ago is not checked
// in again on the first press; the presenter warns (doubleCheckIn) and a second press on the same
// card checks in once more (someone who went out and came back).

#include <optional>
#include <vector>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "domain/clock.h"
#include "domain/user.h"
#include "profiles/front_desk.h"

namespace outpost::ui {

class DeskSyncController;

inline constexpr std::chrono::minutes kDoubleCheckInWindow{30};

struct DeskLocation {
    std::string id;
    QString name;
    QTimeZone zone;
};

// The walk-in form's content. Consent flags are granted with the text the form showed
// (`consentTextVersion` names it).
struct WalkIn {
    QString firstName;
    QString lastName;
    QString phone;
    QString email;
    QString interest;
    QString note;
    bool consentSms = false;
    bool consentEmail = false;
    QString consentTextVersion;
};

class DeskPresenter final : public QObject {
    Q_OBJECT

  public:
    // The screen exists for the front desk and the managers of a location.
    [[nodiscard]] static bool servesRole(Role role);

    // `locations` are the ids the person may work at (empty with `allLocations`: every location
    // the replica holds).
    DeskPresenter(DeskSyncController& sync, QStringList locations, bool allLocations, const Clock& clock,
                  QObject* parent = nullptr);

    void start();
    // Reads the locations, the "today" list and the opened card again.
    void reload();

    [[nodiscard]] const std::vector<DeskLocation>& locations() const { return m_locations; }
    [[nodiscard]] const std::string& locationId() const { return m_location; }
    // The current location's time zone (UTC while none is known).
    [[nodiscard]] QTimeZone zone() const;
    void setLocation(const std::string& id);

    // As-you-type: the results of the latest text (older answers are dropped).
    void search(const QString& text);
    [[nodiscard]] const std::vector<profiles::SearchHit>& results() const { return m_results; }
    // Enter in the field or a scan: an exact card or member id, or a single hit, opens the member;
    // several hits become the results to pick from; none says so (notFound).
    void lookup(const QString& text);
    void open(ProfileId profile);
    void closeCard();
    [[nodiscard]] const std::optional<profiles::MemberCard>& card() const { return m_card; }

    // visit.check_in for the opened card at the current location (see the header note on doubles).
    void checkIn();
    // True after a warning, until the card changes: the next checkIn() goes through.
    [[nodiscard]] bool awaitingDoubleConfirmation() const { return m_confirmDouble.has_value(); }

    // lead.create_walk_in; walkInRefused names the field the command refused.
    void createWalkIn(const WalkIn& walkIn);

    [[nodiscard]] const profiles::TodayAtDesk& today() const { return m_today; }
    [[nodiscard]] Timestamp now() const { return m_clock.now(); }

  signals:
    void locationsChanged();
    void resultsChanged();
    void cardChanged();
    void todayChanged();
    void notFound(const QString& text);
    // The check-in is queued (applied on this computer, pushed with the next sync).
    void checkedIn(qint64 profile, const QString& name);
    // The member checked in `ago` already ("12 min ago, at 9:05 AM"): press again to check in once more.
    void doubleCheckIn(const QString& name, const QString& ago);
    void walkInSaved(const QString& name);
    // `field` is the form's field (first_name, phone, email, interest, consent) or empty.
    void walkInRefused(const QString& field, const QString& message);
    void actionFailed(const QString& message);

  private:
    void loadLocations();
    void loadToday();
    void refreshCard();
    void loadCard(ProfileId profile, bool refresh);
    void showCard(std::optional<profiles::MemberCard> card);
    void failed(const Error& error);

    DeskSyncController& m_sync;
    const QStringList m_scope;
    const bool m_allLocations;
    const Clock& m_clock;
    std::vector<DeskLocation> m_locations;
    std::string m_location;
    std::vector<profiles::SearchHit> m_results;
    std::optional<profiles::MemberCard> m_card;
    std::optional<ProfileId> m_confirmDouble;  // the card whose double check-in was warned
    profiles::TodayAtDesk m_today;
    quint64 m_searchGeneration = 0;
    quint64 m_cardGeneration = 0;
    quint64 m_todayGeneration = 0;
};

}  // namespace outpost::ui
