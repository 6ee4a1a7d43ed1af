#include "ui/settings/audit_presenter.h"

#include <QLocale>
#include <QPointer>

#include "ui/logging.h"
#include "ui/models/display_text.h"

namespace outpost::ui {

AuditPresenter::AuditPresenter(AdminApi& api, QTimeZone zone, QObject* parent)
    : QObject(parent), m_api(api), m_zone(std::move(zone)), m_model(m_directory) {}

void AuditPresenter::start() {
    refresh();
}

void AuditPresenter::refresh() {
    m_api.listLocations([self = QPointer<AuditPresenter>(this)](Result<OrgSnapshot> org) {
        if (!self) return;
        if (!org) {
            qCWarning(lcSettings) << "locations failed:" << QString::fromStdString(org.error().message);
            return;
        }
        self->m_directory.reset(std::move(*org));
        self->m_model.locationsChanged();
        emit self->locationsChanged();
    });
    reload();
}

void AuditPresenter::setFilter(const AuditFilter& filter) {
    if (filter == m_filter) return;
    m_filter = filter;
    reload();
}

std::optional<AuditQuery> AuditPresenter::firstPageQuery() const {
    AuditQuery q;
    q.actor = m_filter.actor.trimmed().toStdString();
    q.actionPrefix = m_filter.actionPrefix.trimmed().toStdString();
    q.location = m_filter.location.toStdString();
    if (m_filter.from && m_filter.to && *m_filter.from > *m_filter.to) return std::nullopt;
    if (m_filter.from) q.from = DisplayText::toTimestamp(QDateTime(*m_filter.from, QTime(0, 0), m_zone));
    if (m_filter.to) q.to = DisplayText::toTimestamp(QDateTime(m_filter.to->addDays(1), QTime(0, 0), m_zone));
    q.limit = kPageSize;
    return q;
}

void AuditPresenter::reload() {
    const auto query = firstPageQuery();
    if (!query) {
        setPending(std::nullopt);
        m_moreOnServer = false;
        m_model.resetEntries({});
        setError(tr("The start date is after the end date: choose dates in order."));
        emit entriesReplaced();
        emit pagingChanged();
        return;
    }
    send(*query, PageKind::first);
}

void AuditPresenter::loadOlder() {
    if (!canLoadOlder()) return;
    auto query = firstPageQuery();
    if (!query) return;
    query->before = m_model.oldestSeq();
    send(*query, PageKind::older);
}

bool AuditPresenter::canLoadOlder() const {
    return m_loaded && m_moreOnServer && !m_pending && m_model.rowCount() > 0;
}

void AuditPresenter::send(const AuditQuery& query, PageKind kind) {
    const quint64 id = m_nextId++;
    qCDebug(lcSettings) << "loading" << QString::fromStdString(query.target());
    setPending(Pending{id, kind});
    emit pagingChanged();
    m_api.queryAudit(query, [self = QPointer<AuditPresenter>(this), id](Result<std::vector<AuditEntry>> entries) {
        if (self) self->onEntries(id, std::move(entries));
    });
}

void AuditPresenter::onEntries(quint64 id, Result<std::vector<AuditEntry>> entries) {
    if (!m_pending || m_pending->id != id) return;  // the filters changed since
    const PageKind kind = m_pending->kind;
    setPending(std::nullopt);
    if (!entries) {
        qCWarning(lcSettings) << "audit failed:" << QString::fromStdString(entries.error().message);
        setError(describe(entries.error()));
        emit pagingChanged();
        return;
    }
    setError({});
    m_moreOnServer = static_cast<int>(entries->size()) >= kPageSize;
    if (kind == PageKind::first) {
        m_model.resetEntries(std::move(*entries));
        m_loaded = true;
        emit entriesReplaced();
    } else {
        m_model.appendEntries(std::move(*entries));
        emit entriesAppended();
    }
    emit pagingChanged();
}

void AuditPresenter::verifyChain() {
    const quint64 id = m_nextId++;
    m_verifyId = id;
    setVerify(VerifyState::checking, tr("Checking the chain…"));
    m_api.verifyAudit([self = QPointer<AuditPresenter>(this), id](Result<AuditVerdict> verdict) {
        if (!self || self->m_verifyId != id) return;
        const QLocale locale;
        if (!verdict) {
            self->setVerify(
                VerifyState::failed,
                tr("The chain could not be checked: %1").arg(QString::fromStdString(verdict.error().message)));
        } else if (verdict->intact) {
            self->setVerify(VerifyState::intact,
                            tr("Intact: %1 entries checked").arg(locale.toString(qint64(verdict->rowsChecked))));
        } else {
            self->setVerify(
                VerifyState::broken,
                tr("Broken at entry %1: %2 (%3 entries checked). Entries from there on may have been altered.")
                    .arg(QString::number(verdict->firstBrokenSeq.value_or(0)), QString::fromStdString(verdict->problem),
                         locale.toString(qint64(verdict->rowsChecked))));
        }
    });
}

void AuditPresenter::setVerify(VerifyState state, QString text) {
    m_verifyState = state;
    m_verifyText = std::move(text);
    emit verifyChanged();
}

void AuditPresenter::setPending(std::optional<Pending> pending) {
    const bool wasLoading = m_pending.has_value();
    m_pending = pending;
    if (wasLoading != m_pending.has_value()) emit loadingChanged(m_pending.has_value());
}

void AuditPresenter::setError(QString message) {
    if (message == m_error) return;
    m_error = std::move(message);
    emit errorChanged(m_error);
}

QString AuditPresenter::describe(const Error& error) const {
    const QString message = QString::fromStdString(error.message);
    switch (error.code) {
        case ErrorCode::unavailable:
            return tr("Cannot reach the engine right now. Press F5 to try again.");
        case ErrorCode::permission_denied:
            return tr("Only corporate administrators read the audit log: %1").arg(message);
        default:
            return tr("The engine could not load the audit log: %1").arg(message);
    }
}

}  // namespace outpost::ui
