#include "ui/reviews/alerts_presenter.h"

#include <QLocale>
#include <QPointer>

#include "domain/json_codec.h"
#include "store/repositories.h"
#include "ui/logging.h"
#include "ui/sync/core_sync.h"
#include "ui/sync/desk_sync_controller.h"

namespace outpost::ui {
namespace {

struct RawAlert {
    std::string id, kind, location, detail;
    std::int64_t raised = 0;
    bool pending = false;
};

Result<std::vector<RawAlert>> readOpenAlerts(store::Database& db) {
    auto stmt = db.prepare(
        "SELECT a.id, a.kind, coalesce(l.name, a.location_id), a.detail, a.raised_at, "
        "EXISTS(SELECT 1 FROM shadow s WHERE s.entity = 'alert' AND s.entity_id = a.id) "
        "FROM alert a LEFT JOIN location l ON l.id = a.location_id WHERE a.acknowledged_at IS NULL "
        "ORDER BY a.raised_at DESC, a.id");
    if (!stmt) return stmt.error();
    return store::collect_rows<RawAlert>(*stmt, [](const store::Statement& s) -> Result<RawAlert> {
        return RawAlert{s.string(0), s.string(1), s.string(2), s.string(3), s.int64(4), s.int64(5) != 0};
    });
}

AlertItem itemOf(const RawAlert& raw) {
    AlertItem item;
    item.id = QString::fromStdString(raw.id);
    item.kind = QString::fromStdString(raw.kind);
    item.locationName = QString::fromStdString(raw.location);
    item.raisedAt = store::from_db(raw.raised);
    item.pending = raw.pending;
    auto parsed = parse_json(raw.detail);
    const Json detail = parsed && parsed->is_object() ? *parsed : Json::object();
    const int minutes = detail.value("window_minutes", 0);
    const QLocale locale;
    if (raw.kind == "complaint_spike") {
        item.title = AlertsPresenter::tr("Complaint spike at %1").arg(item.locationName);
        const auto complaints = detail.value("complaints", std::int64_t{0});
        // A spike has at least three complaints and a burst five reviews: no singular forms needed.
        item.details = AlertsPresenter::tr("%1 complaints in %2 minutes (usually %3)")
                           .arg(complaints)
                           .arg(minutes)
                           .arg(locale.toString(detail.value("usual_per_30_min", 0.0), 'f', 1));
    } else {
        item.title = AlertsPresenter::tr("Suspected fake-review burst at %1").arg(item.locationName);
        const auto reviews = detail.value("new_account_reviews", std::int64_t{0});
        item.details = AlertsPresenter::tr("%1 reviews from new accounts in %2 minutes").arg(reviews).arg(minutes);
    }
    return item;
}

}  // namespace

AlertsPresenter::AlertsPresenter(DeskSyncController& sync, const Clock& clock, QObject* parent)
    : QObject(parent), m_sync(sync), m_clock(clock) {
    connect(&m_sync, &DeskSyncController::dataChanged, this, &AlertsPresenter::reload);
}

void AlertsPresenter::start() { reload(); }

void AlertsPresenter::reload() {
    QPointer<AlertsPresenter> self(this);
    m_sync.worker().run<Result<std::vector<RawAlert>>>(
        [](sync::Replica& replica) { return replica.read([](store::Database& db) { return readOpenAlerts(db); }); },
        [self](Result<std::vector<RawAlert>> rows) {
            if (!self) return;
            if (!rows) {
                emit self->actionFailed(tr("Alerts could not be read: %1").arg(QString::fromStdString(rows.error().message)));
                return;
            }
            self->m_alerts.clear();
            for (const RawAlert& raw : *rows) self->m_alerts.push_back(itemOf(raw));
            // Alerts already there when the replica is first read (or still bootstrapping) are not news.
            const bool first = !self->m_loaded;
            if (!self->m_sync.state().loaded) {
                emit self->alertsChanged();
                return;
            }
            self->m_loaded = true;
            for (const AlertItem& a : self->m_alerts) {
                if (self->m_seen.contains(a.id)) continue;
                self->m_seen.insert(a.id);
                if (!first) emit self->newAlert(a.title, a.details);
            }
            emit self->alertsChanged();
        });
}

void AlertsPresenter::acknowledge(const QString& alertId) {
    QPointer<AlertsPresenter> self(this);
    qCInfo(lcSync) << "queueing alert.acknowledge";
    m_sync.worker().run<Result<std::int64_t>>(
        [id = alertId.toStdString()](sync::Replica& replica) {
            return replica.submit("alert.acknowledge", {{"alert_id", id}});
        },
        [self](Result<std::int64_t> queued) {
            if (!self) return;
            if (!queued) {
                emit self->actionFailed(
                    tr("The alert was not acknowledged: %1").arg(QString::fromStdString(queued.error().message)));
                return;
            }
            self->m_sync.refreshCounts();
            self->m_sync.wake();
            self->reload();
        });
}

}  // namespace outpost::ui
