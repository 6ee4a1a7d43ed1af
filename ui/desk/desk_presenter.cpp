#include "ui/desk/desk_presenter.h"

#include <algorithm>

#include <QPointer>

#include "ui/desk/desk_text.h"
#include "ui/logging.h"
#include "ui/sync/core_sync.h"
#include "ui/sync/desk_sync_controller.h"

namespace outpost::ui {
namespace {

constexpr int kResultLimit = 8;

// The locations of the person's scope the replica knows, by name.
Result<std::vector<DeskLocation>> readLocations(store::Database& db, const QStringList& scope, bool all) {
    auto stmt = db.prepare("SELECT id, name, time_zone FROM location ORDER BY name, id");
    if (!stmt) return stmt.error();
    std::vector<DeskLocation> out;
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) break;
        const QString id = QString::fromStdString(stmt->string(0));
        if (!all && !scope.contains(id)) continue;
        QTimeZone zone(QByteArray::fromStdString(stmt->string(2)));
        out.push_back({id.toStdString(), QString::fromStdString(stmt->string(1)), zone.isValid() ? zone : QTimeZone::utc()});
    }
    return out;
}


}  // namespace

bool DeskPresenter::servesRole(Role role) {
    return role == Role::front_desk || role == Role::location_manager;
}

DeskPresenter::DeskPresenter(DeskSyncController& sync, QStringList locations, bool allLocations, const Clock& clock,
                             QObject* parent)
    : QObject(parent), m_sync(sync), m_scope(std::move(locations)), m_allLocations(allLocations), m_clock(clock) {
    connect(&m_sync, &DeskSyncController::dataChanged, this, &DeskPresenter::reload);
}

void DeskPresenter::start() { reload(); }

void DeskPresenter::reload() {
    loadLocations();
    refreshCard();
}

void DeskPresenter::refreshCard() {
    if (m_card) loadCard(m_card->profile.id, true);
}

void DeskPresenter::failed(const Error& error) {
    qCWarning(lcSync) << "front desk:" << QString::fromStdString(error.message);
    emit actionFailed(QString::fromStdString(error.message));
}

void DeskPresenter::loadLocations() {
    QPointer<DeskPresenter> self(this);
    const QStringList scope = m_scope;
    const bool all = m_allLocations;
    m_sync.worker().run<Result<std::vector<DeskLocation>>>(
        [scope, all](sync::Replica& replica) {
            return replica.read([&](store::Database& db) { return readLocations(db, scope, all); });
        },
        [self](Result<std::vector<DeskLocation>> locations) {
            if (!self) return;
            if (!locations) return self->failed(locations.error());
            const bool changed = locations->size() != self->m_locations.size();
            self->m_locations = std::move(*locations);
            const bool known = std::any_of(self->m_locations.begin(), self->m_locations.end(),
                                           [&](const DeskLocation& l) { return l.id == self->m_location; });
            if (!known) self->m_location = self->m_locations.empty() ? std::string() : self->m_locations.front().id;
            if (changed || !known) emit self->locationsChanged();
            self->loadToday();
        });
}

QTimeZone DeskPresenter::zone() const {
    for (const auto& l : m_locations) {
        if (l.id == m_location) return l.zone;
    }
    return QTimeZone::utc();
}

void DeskPresenter::setLocation(const std::string& id) {
    if (id == m_location) return;
    m_location = id;
    loadToday();
}

void DeskPresenter::loadToday() {
    if (m_location.empty()) return;
    QPointer<DeskPresenter> self(this);
    const quint64 generation = ++m_todayGeneration;
    const LocationId location(m_location);
    const Clock& clock = m_clock;
    m_sync.worker().run<Result<profiles::TodayAtDesk>>(
        [location, &clock](sync::Replica& replica) {
            return replica.read([&](store::Database& db) { return profiles::today_at_desk(db, location, clock); });
        },
        [self, generation](Result<profiles::TodayAtDesk> today) {
            if (!self || generation != self->m_todayGeneration) return;
            if (!today) return self->failed(today.error());
            self->m_today = std::move(*today);
            emit self->todayChanged();
        });
}

void DeskPresenter::search(const QString& text) {
    QPointer<DeskPresenter> self(this);
    const quint64 generation = ++m_searchGeneration;
    const std::string query = text.trimmed().toStdString();
    if (query.empty()) {
        m_results.clear();
        emit resultsChanged();
        return;
    }
    m_sync.worker().run<Result<std::vector<profiles::SearchHit>>>(
        [query](sync::Replica& replica) {
            return replica.read([&](store::Database& db) { return profiles::search_replica(db, query, kResultLimit); });
        },
        [self, generation](Result<std::vector<profiles::SearchHit>> hits) {
            if (!self || generation != self->m_searchGeneration) return;
            if (!hits) return self->failed(hits.error());
            self->m_results = std::move(*hits);
            emit self->resultsChanged();
        });
}

void DeskPresenter::lookup(const QString& text) {
    QPointer<DeskPresenter> self(this);
    ++m_searchGeneration;  // a scan wins over the as-you-type answers still on their way
    const quint64 generation = ++m_cardGeneration;
    const std::string typed = text.toStdString();
    const Clock& clock = m_clock;
    m_sync.worker().run<Result<profiles::DeskLookup>>(
        [typed, &clock](sync::Replica& replica) {
            return replica.read(
                [&](store::Database& db) { return profiles::front_desk_lookup(db, typed, clock, kResultLimit); });
        },
        [self, generation, text](Result<profiles::DeskLookup> found) {
            if (!self || generation != self->m_cardGeneration) return;
            if (!found) return self->failed(found.error());
            if (found->card) {
                self->m_results.clear();
                emit self->resultsChanged();
                self->showCard(std::move(found->card));
            } else if (!found->candidates.empty()) {
                self->m_results = std::move(found->candidates);
                emit self->resultsChanged();
            } else {
                self->m_results.clear();
                emit self->resultsChanged();
                emit self->notFound(text.trimmed());
            }
        });
}

void DeskPresenter::open(ProfileId profile) { loadCard(profile, false); }

// A refresh (after a sync or a check-in) never takes the place of a scan or an opening on its way:
// its answer applies while that member's card is still the one shown and nothing newer was asked.
void DeskPresenter::loadCard(ProfileId profile, bool refresh) {
    QPointer<DeskPresenter> self(this);
    const quint64 generation = refresh ? m_cardGeneration : ++m_cardGeneration;
    const Clock& clock = m_clock;
    m_sync.worker().run<Result<profiles::MemberCard>>(
        [profile, &clock](sync::Replica& replica) {
            return replica.read([&](store::Database& db) { return profiles::member_card(db, profile, clock); });
        },
        [self, generation, profile, refresh](Result<profiles::MemberCard> card) {
            if (!self || generation != self->m_cardGeneration) return;
            if (refresh && (!self->m_card || self->m_card->profile.id != profile)) return;
            if (!card) {
                // Gone from the replica (merged away, deleted on request): the card closes and says why.
                self->showCard(std::nullopt);
                return self->failed(card.error());
            }
            self->showCard(std::move(*card));
        });
}

void DeskPresenter::closeCard() {
    ++m_cardGeneration;
    showCard(std::nullopt);
}

void DeskPresenter::showCard(std::optional<profiles::MemberCard> card) {
    if (!card || !m_card || card->profile.id != m_card->profile.id) m_confirmDouble.reset();
    m_card = std::move(card);
    emit cardChanged();
}

void DeskPresenter::checkIn() {
    if (!m_card) return;
    if (m_location.empty()) return emit actionFailed(DeskText::noLocation());
    const ProfileId profile = m_card->profile.id;
    const QString name = DeskText::name(m_card->profile);
    const Timestamp at = now();
    if (m_card->last_visit && at - *m_card->last_visit < kDoubleCheckInWindow &&
        m_confirmDouble != std::optional<ProfileId>(profile)) {
        m_confirmDouble = profile;
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(at - *m_card->last_visit).count();
        emit doubleCheckIn(name, DeskText::minutesAgo(static_cast<int>(minutes), DeskText::time(*m_card->last_visit, zone())));
        return;
    }
    m_confirmDouble.reset();
    QPointer<DeskPresenter> self(this);
    const Json args = {{"profile_id", profile.value()}, {"location_id", m_location}};
    qCInfo(lcSync) << "queueing visit.check_in";
    m_sync.worker().run<Result<std::int64_t>>(
        [args](sync::Replica& replica) { return replica.submit("visit.check_in", args); },
        [self, name, profile](Result<std::int64_t> queued) {
            if (!self) return;
            if (!queued) return self->failed(queued.error());
            self->m_sync.refreshCounts();
            self->m_sync.wake();
            emit self->checkedIn(profile.value(), name);
            self->refreshCard();
            self->loadToday();
        });
}

void DeskPresenter::createWalkIn(const WalkIn& walkIn) {
    if (m_location.empty()) return emit walkInRefused({}, DeskText::noLocation());
    Json args = {{"location_id", m_location},
                 {"first_name", walkIn.firstName.trimmed().toStdString()},
                 {"last_name", walkIn.lastName.trimmed().toStdString()},
                 {"interest", walkIn.interest.trimmed().toStdString()},
                 {"note", walkIn.note.trimmed().toStdString()},
                 {"consent_sms", walkIn.consentSms},
                 {"consent_email", walkIn.consentEmail},
                 {"consent_text_version", walkIn.consentTextVersion.toStdString()}};
    if (!walkIn.phone.trimmed().isEmpty()) args["phone"] = walkIn.phone.trimmed().toStdString();
    if (!walkIn.email.trimmed().isEmpty()) args["email"] = walkIn.email.trimmed().toStdString();
    QPointer<DeskPresenter> self(this);
    const QString name = (walkIn.firstName.trimmed() + QLatin1Char(' ') + walkIn.lastName.trimmed()).trimmed();
    qCInfo(lcSync) << "queueing lead.create_walk_in";
    m_sync.worker().run<Result<std::int64_t>>(
        [args](sync::Replica& replica) { return replica.submit("lead.create_walk_in", args); },
        [self, name](Result<std::int64_t> queued) {
            if (!self) return;
            if (!queued) {
                const auto refusal = DeskText::walkInRefusal(queued.error().message);
                emit self->walkInRefused(refusal.field, refusal.message);
                return;
            }
            self->m_sync.refreshCounts();
            self->m_sync.wake();
            emit self->walkInSaved(name);
        });
}

}  // namespace outpost::ui
