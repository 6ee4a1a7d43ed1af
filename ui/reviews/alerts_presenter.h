#pragma once
// The open review alerts of the person's locations (issue #4): complaint spikes and suspected
// fake-review bursts, raised by the engine's review flow and synced to the desk's replica. Reloads
// when a sync round changed the replica; an alert the desk had not seen before is announced with
// newAlert() (the main window shows it in the tray). Acknowledge is the alert.acknowledge command.

#include <vector>

#include <QObject>
#include <QSet>
#include <QString>

#include "domain/clock.h"

namespace outpost::ui {

class DeskSyncController;

struct AlertItem {
    QString id;
    QString kind;  // complaint_spike | fake_review_burst
    QString locationName;
    Timestamp raisedAt;
    QString title;    // "Complaint spike at Austin Mueller"
    QString details;  // "4 complaints in 30 minutes (usually 0.1)"
    bool pending = false;  // acknowledged here, not synced yet
};

class AlertsPresenter final : public QObject {
    Q_OBJECT

  public:
    AlertsPresenter(DeskSyncController& sync, const Clock& clock, QObject* parent = nullptr);

    void start();
    void reload();
    [[nodiscard]] bool hasLoaded() const { return m_loaded; }
    [[nodiscard]] const std::vector<AlertItem>& alerts() const { return m_alerts; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    void acknowledge(const QString& alertId);

  signals:
    void alertsChanged();
    // An open alert arrived that this desk had not shown before (not at the first load).
    void newAlert(const QString& title, const QString& details);
    void actionFailed(const QString& message);

  private:
    DeskSyncController& m_sync;
    const Clock& m_clock;
    std::vector<AlertItem> m_alerts;
    QSet<QString> m_seen;
    bool m_loaded = false;
};

}  // namespace outpost::ui
