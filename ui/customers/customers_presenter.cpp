#include "ui/customers/customers_presenter.h"

#include <QPointer>

#include "profiles/front_desk.h"
#include "ui/logging.h"
#include "ui/sync/desk_sync_controller.h"

namespace outpost::ui {

CustomersPresenter::CustomersPresenter(DeskSyncController& sync, const Clock& clock, QObject* parent)
    : QObject(parent), m_sync(sync), m_clock(clock) {
    connect(&m_sync, &DeskSyncController::dataChanged, this, &CustomersPresenter::reload);
}

void CustomersPresenter::reload() {
    if (!m_query.trimmed().isEmpty()) search(m_query);
    if (m_selected != 0) loadProfile();
}

void CustomersPresenter::search(const QString& query) {
    m_query = query;
    const quint64 generation = ++m_searchGeneration;
    const std::string text = query.trimmed().toStdString();
    if (text.empty()) {
        m_results.clear();
        emit resultsChanged();
        return;
    }
    QPointer<CustomersPresenter> self(this);
    m_sync.worker().run<Result<std::vector<profiles::SearchHit>>>(
        [text](sync::Replica& replica) {
            return replica.read([&](store::Database& db) { return profiles::search_replica(db, text, kResultLimit); });
        },
        [self, generation](Result<std::vector<profiles::SearchHit>> hits) {
            if (!self || generation != self->m_searchGeneration) return;
            if (!hits) {
                emit self->actionFailed(QString::fromStdString(hits.error().message));
                return;
            }
            self->m_results = std::move(*hits);
            emit self->resultsChanged();
        });
}

void CustomersPresenter::select(std::int64_t profileId) {
    if (profileId == m_selected && m_profile) return;
    m_selected = profileId;
    if (profileId == 0) {
        ++m_loadGeneration;
        m_profile.reset();
        emit profileChanged();
        return;
    }
    loadProfile();
}

void CustomersPresenter::loadProfile() {
    QPointer<CustomersPresenter> self(this);
    const quint64 generation = ++m_loadGeneration;
    const ProfileId id(m_selected);
    const Clock& clock = m_clock;
    m_sync.worker().run<Result<profiles::Profile360>>(
        [id, &clock](sync::Replica& replica) {
            return replica.read([&](store::Database& db) { return profiles::read_profile_360(db, id, clock); });
        },
        [self, generation](Result<profiles::Profile360> loaded) {
            if (!self || generation != self->m_loadGeneration) return;
            if (!loaded) {
                self->m_profile.reset();
                emit self->profileChanged();
                emit self->actionFailed(QString::fromStdString(loaded.error().message));
                return;
            }
            self->m_profile = std::move(*loaded);
            emit self->profileChanged();
        });
}

void CustomersPresenter::addNote(const QString& text) {
    if (!m_profile) return;
    submit("profile.add_note", {{"profile_id", m_profile->id.value()}, {"text", text.trimmed().toStdString()}});
}

void CustomersPresenter::recordConsent(const std::string& channel, bool granted, const QString& textVersion) {
    if (!m_profile) return;
    submit("consent.set", {{"profile_id", m_profile->id.value()},
                           {"channel", channel},
                           {"granted", granted},
                           {"source", "front_desk"},
                           {"text_version", textVersion.toStdString()}});
}

void CustomersPresenter::updateContact(const std::map<std::string, QString>& fields) {
    if (!m_profile || fields.empty()) return;
    Json args{{"profile_id", m_profile->id.value()}};
    for (const auto& [field, value] : fields) args[field] = value.trimmed().toStdString();
    submit("profile.update_contact", std::move(args));
}

void CustomersPresenter::submit(const std::string& name, Json args) {
    QPointer<CustomersPresenter> self(this);
    qCInfo(lcSync) << "queueing" << QString::fromStdString(name);
    m_sync.worker().run<Result<std::int64_t>>(
        [name, args = std::move(args)](sync::Replica& replica) { return replica.submit(name, args); },
        [self](Result<std::int64_t> queued) {
            if (!self) return;
            if (!queued) {
                emit self->actionFailed(QString::fromStdString(queued.error().message));
                return;
            }
            self->m_sync.refreshCounts();
            self->m_sync.wake();
            emit self->actionQueued();
            self->reload();
        });
}

}  // namespace outpost::ui
